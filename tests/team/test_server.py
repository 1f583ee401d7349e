"""The team library's server on a real PostgreSQL cluster: its schema and roles, and row-level security that
holds against any client, `psql` with an editor's password included."""
from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa

from db.api import team as team_api
from db.team import server

INSERT = sa.text("INSERT INTO item (uuid, kind, body) VALUES (:u, 'note', CAST(:b AS jsonb))")


@pytest.fixture
def library(pg_cluster, team_db):
    """An initialised library and three analysts of it: (admin url, {name: url}) for reader, editor, other editor,
    admin (login roles unique to the test: roles are the cluster's)."""
    admin_url = pg_cluster.url(database=team_db)
    team_api.init(admin_url)
    urls = {}
    eng = sa.create_engine(admin_url)
    with eng.begin() as conn:
        for who, role in (("reader", "reader"), ("ed", "editor"), ("ed2", "editor"), ("boss", "admin")):
            name = f"{team_db}_{who}"[-60:]
            conn.execute(sa.text(f'CREATE ROLE "{name}" LOGIN PASSWORD \'pw-{who}\''))
            urls[who] = pg_cluster.url(name, f"pw-{who}", team_db)
    eng.dispose()
    for who, role in (("reader", "reader"), ("ed", "editor"), ("ed2", "editor"), ("boss", "admin")):
        team_api.add_member(f"{team_db}_{who}"[-60:], role, conninfo=admin_url)
    return admin_url, urls


def run(url: str, statement, **params):
    eng = sa.create_engine(url)
    try:
        with eng.begin() as conn:
            result = conn.execute(statement, params)
            return result.rowcount if result.returns_rows is False else result.all()
    finally:
        eng.dispose()


def add_note(url: str, text: str) -> str:
    uid = str(uuid.uuid4())
    run(url, INSERT, u=uid, b=f'{{"text": "{text}"}}')
    return uid


def row(url: str, uid: str):
    return run(url, sa.text("SELECT author, version, body->>'text' FROM item WHERE uuid = :u"), u=uid)[0]


def test_init_makes_the_schema_once_and_a_second_init_changes_nothing(pg_cluster, team_db):
    url = pg_cluster.url(database=team_db)
    assert team_api.init(url) == server.known_revisions()[-1]
    assert team_api.init(url) == server.known_revisions()[-1]  # again: nothing to do, no error
    eng = sa.create_engine(url)
    with eng.connect() as conn:
        assert server.check_schema(conn) == server.known_revisions()[-1]
    eng.dispose()


def test_the_server_names_the_author_whatever_the_client_says(library):
    _, urls = library
    uid = str(uuid.uuid4())
    run(urls["ed"], sa.text("INSERT INTO item (uuid, kind, body, author) VALUES (:u, 'note', '{}', 'someone_else')"),
        u=uid)
    author, version, _ = row(urls["reader"], uid)
    assert author.endswith("_ed") and version == 1


def test_an_editor_changes_its_own_rows_and_not_anothers_even_through_sql(library):
    _, urls = library
    mine = add_note(urls["ed"], "mine")
    theirs = add_note(urls["ed2"], "theirs")
    assert run(urls["ed"], sa.text("UPDATE item SET body = '{\"text\": \"edited\"}' WHERE uuid = :u"), u=mine) == 1
    assert row(urls["reader"], mine)[1:] == (2, "edited")  # the version rose
    # row-level security: the other analyst's row is not there to update or delete
    assert run(urls["ed"], sa.text("UPDATE item SET body = '{\"text\": \"hijacked\"}' WHERE uuid = :u"),
               u=theirs) == 0
    assert run(urls["ed"], sa.text("DELETE FROM item WHERE uuid = :u"), u=theirs) == 0
    assert row(urls["reader"], theirs)[1:] == (1, "theirs")


def test_a_reader_reads_and_cannot_write(library):
    _, urls = library
    uid = add_note(urls["ed"], "shared")
    assert row(urls["reader"], uid)[2] == "shared"
    with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
        add_note(urls["reader"], "mine")
    with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
        run(urls["reader"], sa.text("UPDATE item SET body = '{}' WHERE uuid = :u"), u=uid)


def test_an_admin_changes_anyones_row_and_the_author_stays(library):
    _, urls = library
    uid = add_note(urls["ed"], "draft")
    assert run(urls["boss"], sa.text("UPDATE item SET body = '{\"text\": \"fixed\"}', author = 'x' WHERE uuid = :u"),
               u=uid) == 1
    author, version, text = row(urls["reader"], uid)
    assert author.endswith("_ed") and version == 2 and text == "fixed"


def test_members_and_their_roles(library, team_db):
    admin_url, _ = library
    got = {m.name.removeprefix(f"{team_db}_"[-60:]): m.role for m in team_api.members(conninfo=admin_url)}
    assert got == {"reader": "reader", "ed": "editor", "ed2": "editor", "boss": "admin"}
    with pytest.raises(server.TeamError, match="unknown team role"):
        team_api.add_member(f"{team_db}_ed", "owner", conninfo=admin_url)
    with pytest.raises(server.TeamError, match="no PostgreSQL role"):
        team_api.add_member("nobody_of_this_team", "reader", conninfo=admin_url)


def test_a_server_schema_from_a_newer_chiplens_is_refused_with_a_message(pg_cluster, team_db):
    url = pg_cluster.url(database=team_db)
    team_api.init(url)
    run(url, sa.text("UPDATE chiplens_team_version SET version_num = 't9999'"))
    eng = sa.create_engine(url)
    with eng.connect() as conn, pytest.raises(server.NewerTeamSchemaError, match="newer ChipLens"):
        server.check_schema(conn)
    eng.dispose()
    with pytest.raises(server.NewerTeamSchemaError):
        team_api.init(url)  # and init does not touch it


def test_a_database_without_a_library_says_how_to_make_one(pg_cluster, team_db):
    eng = sa.create_engine(pg_cluster.url(database=team_db))
    with eng.connect() as conn, pytest.raises(server.NoTeamSchemaError, match="chiplens team init"):
        server.check_schema(conn)
    eng.dispose()

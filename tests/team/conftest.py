"""The team-library tests' server: a throwaway PostgreSQL cluster the tests start themselves (tests/team/cluster.py:
initdb in a temporary folder, a free port of 127.0.0.1, an unprivileged owner under root), stopped at the end of
the session; a fresh database of it per test, and an initialised library with logins of every role.
"""
from __future__ import annotations

import shutil

import pytest

from tests.team.cluster import Cluster, start_cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Cluster:
    cluster = start_cluster()
    yield cluster
    cluster.remove()


@pytest.fixture
def team_db(pg_cluster, request) -> str:
    """A fresh database of the cluster for one test; its name."""
    import re
    name = "t_" + re.sub(r"[^a-z0-9_]", "_", request.node.name.lower())[:50]
    pg_cluster.create_database(name)
    return name


@pytest.fixture
def team(pg_cluster, team_db):
    """An initialised library with logins of every role: {"admin": url, "ana": url (editor), "ben": url (editor),
    "rita": url (reader)}; login names are unique to the test (roles are the cluster's)."""
    import sqlalchemy as sa

    from db.api import team as team_api
    admin_url = pg_cluster.url(database=team_db)
    team_api.init(admin_url)
    urls = {"admin": admin_url}
    eng = sa.create_engine(admin_url)
    with eng.begin() as conn:
        for who in ("ana", "ben", "rita", "boss"):
            conn.execute(sa.text(f'CREATE ROLE "{login(team_db, who)}" LOGIN PASSWORD \'pw-{who}\''))
            urls[who] = pg_cluster.url(login(team_db, who), f"pw-{who}", team_db)
    eng.dispose()
    for who, role in (("ana", "editor"), ("ben", "editor"), ("rita", "reader"), ("boss", "admin")):
        team_api.add_member(login(team_db, who), role, conninfo=admin_url)
    return urls


def login(team_db: str, who: str) -> str:
    return f"{team_db}_{who}"[-60:]


@pytest.fixture
def store_of(tmp_path, seeded_template):
    """`store_of(who)`: that analyst's own store, a copy of a freshly seeded one (made on first use)."""
    def make(who: str):
        folder = tmp_path / who
        folder.mkdir(exist_ok=True)
        path = folder / "chiplens.sqlite"
        if not path.exists():
            shutil.copy(seeded_template, path)
        return path
    return make


@pytest.fixture
def engines(team):
    """A SQLAlchemy engine on the library for each login of `team`."""
    import sqlalchemy as sa
    made = {who: sa.create_engine(url) for who, url in team.items()}
    yield made
    for eng in made.values():
        eng.dispose()

"""Every sentence the team library's data layer writes is known to the translation table (a sentence db changes
without its pattern would reach a French or Chinese reader in English)."""
from __future__ import annotations

import pytest

from db.team import connection, server
from db.team.server import TeamError
from desktop.present.team_messages import team_message


def marked(context: str, text: str) -> str:
    assert context == "TeamLibrary"
    return "[" + text + "]"


def messages() -> list[str]:
    out = []
    for bad in ("", "host=db.example.org port"):
        with pytest.raises(TeamError) as caught:
            connection.parse(bad)
        out.append(caught.value.message)
    target, _ = connection.parse("postgresql://ana@db.example.org/desk")
    for said in ('connection to server at "db.example.org" failed: FATAL:  password authentication failed for user',
                 "server certificate for \"x\" does not match host name \"db.example.org\" (SSL verify failed)",
                 'FATAL:  database "desk" does not exist',
                 'definition of service "desk" not found',
                 "Connection refused"):
        with pytest.raises(TeamError) as caught:
            connection.explain(Exception(said), target)
        out.append(caught.value.message)
    with pytest.raises(TeamError) as caught:
        server.add_member_on(None, "ana", "boss")  # refused before any connection
    out.append(caught.value.message)
    import sqlalchemy as sa

    from db.team.sync import _raise_server_error
    for exc in (sa.exc.OperationalError("SELECT 1", {}, Exception("server closed the connection")),
                sa.exc.ProgrammingError("UPDATE item", {}, Exception("permission denied for table item"))):
        with pytest.raises(TeamError) as caught:
            _raise_server_error(exc)
        out.append(caught.value.message)
    return out


def test_a_store_not_connected_says_how_to_connect(db_path):
    from db.api import team
    with pytest.raises(TeamError) as caught:
        team.sync(db_path)
    assert team_message(caught.value.message, marked).startswith("[This store is not connected")


@pytest.mark.parametrize("text", messages())
def test_each_message_has_a_translatable_template(text):
    reworded = team_message(text, marked)
    assert reworded.startswith("[") and reworded != text
    assert team_message(text) == text  # in English, the same sentence


def test_a_message_no_pattern_knows_is_shown_as_written():
    assert team_message("something new", marked) == "something new"


def test_a_team_call_failing_on_this_computers_store_is_told_in_the_windows_language(translation_table, qapp,
                                                                                    tmp_path):
    """A sync or connection that fails on the analyst's own store (damaged, busy, full) says so as the window says
    it everywhere else: in French for a French window, not in db's English."""
    from db import api
    from db.errors import StoreError
    from desktop import i18n
    from desktop.dialogs.team_conflicts import _message
    from desktop.team_words import error_text
    damaged = tmp_path / "chiplens.sqlite"
    damaged.write_bytes(b"not a database, only bytes" * 200)
    with pytest.raises(StoreError) as caught:
        api.open_store(damaged)
    english = caught.value.title
    translation_table(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr_FR"><context>'
        f"<name>StoreOpening</name><message><source>{english}</source>"
        "<translation>La base est illisible</translation></message></context></TS>\n")
    i18n.install("fr")
    for told in (error_text(caught.value), _message(caught.value)):
        assert told.splitlines()[0] == "La base est illisible"
        assert english not in told

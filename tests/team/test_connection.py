"""Reaching a team library as libpq would: the connection string's own terms, TLS that checks the server's name by
default off this computer, and a password that is never kept in the store."""
from __future__ import annotations

import shutil
import sqlite3

import pytest

from db import api
from db.api import team as team_api
from db.team.connection import parse
from db.team.server import TeamError
from tests.team.conftest import login


@pytest.mark.parametrize("text, sslmode", [
    ("postgresql://ana@db.example.org/desk", "verify-full"),  # a server elsewhere must prove its name
    ("host=db.example.org dbname=desk user=ana", "verify-full"),
    ("postgresql://ana@db.example.org/desk?sslmode=require", "require"),  # what the string says wins
    ("postgresql://ana@localhost/desk", None),  # this computer
    ("host=/var/run/postgresql dbname=desk", None),  # a Unix socket
    ("service=desk", None),  # the service file decides
])
def test_tls_that_checks_the_server_name_is_the_default_off_this_computer(text, sslmode):
    target, _ = parse(text)
    assert target.values.get("sslmode") == sslmode


def test_a_password_in_the_string_is_used_but_never_kept(tmp_path, seeded_template, team, team_db):
    store = tmp_path / api.DB_FILENAME
    shutil.copy(seeded_template, store)
    url = team["ana"]  # postgresql+psycopg://LOGIN:pw-ana@127.0.0.1:PORT/DB
    status = team_api.connect(store, url)
    assert status.connected and status.user == login(team_db, "ana") and status.role == "editor"
    with sqlite3.connect(store) as c:
        kept = " ".join(v for (v,) in c.execute("SELECT value FROM team_state"))
    c.close()
    assert "pw-ana" not in kept and "pw-ana" not in status.where
    assert "pw-ana" not in store.read_bytes().decode("latin-1")


def test_a_server_whose_certificate_names_another_host_is_refused_in_words(tmp_path, seeded_template, pg_cluster,
                                                                          team, team_db):
    store = tmp_path / api.DB_FILENAME
    shutil.copy(seeded_template, store)
    base = (f"host=127.0.0.1 port={pg_cluster.port} dbname={team_db} user={login(team_db, 'ana')} "
            f"password=pw-ana sslrootcert={pg_cluster.certificate}")
    with pytest.raises(TeamError) as refused:
        team_api.connect(store, base + " sslmode=verify-full")
    assert "could not prove who it is" in refused.value.message and "127.0.0.1" in refused.value.message
    assert not team_api.status(store).connected  # nothing was kept
    # the same server, trusted for its certificate's signature only, is reached over TLS
    assert team_api.connect(store, base + " sslmode=verify-ca").connected

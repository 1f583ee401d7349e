"""Migration 0010: organisations gain their other names; a store of schema 0009 keeps every user row and gets
the vendors' Chinese names from the seed it is re-seeded with."""
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from db import api

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "dbs" / "schema-0009.sqlite"


def columns(path: Path, table: str) -> set[str]:
    with closing(sqlite3.connect(path)) as c:
        return {r[1] for r in c.execute(f"PRAGMA table_info({table})")}


def test_a_0009_store_gains_the_vendors_chinese_names_and_keeps_the_users_rows(tmp_path):
    db = tmp_path / api.DB_FILENAME
    shutil.copy(FIXTURE, db)
    assert "aliases" not in columns(db, "organisation")
    with closing(sqlite3.connect(db)) as c:
        users = sorted(c.execute("SELECT d.slug, a.alias FROM device d JOIN device_alias a ON a.device_id = d.id "
                                 "WHERE d.origin = 'user'"))
        notes = sorted(c.execute("SELECT uid, title FROM note"))
    assert users and notes
    api.open_store(db)
    assert "aliases" in columns(db, "organisation")
    with closing(sqlite3.connect(db)) as c:
        aliases = dict(c.execute("SELECT slug, aliases FROM organisation"))
        assert sorted(c.execute("SELECT d.slug, a.alias FROM device d JOIN device_alias a ON a.device_id = d.id "
                                "WHERE d.origin = 'user'")) == users
        assert sorted(c.execute("SELECT uid, title FROM note")) == notes
    assert "华为" in aliases["huawei"].split("\n") and "寒武纪" in aliases["cambricon"].split("\n")
    assert aliases["nvidia"] == "", "no name is made up for a vendor the sources give none"
    devices = {d.slug: d for d in api.Library(db).catalog.devices()}
    assert "华为" in devices["ascend-910c"].vendor_aliases and "昇腾910C" in devices["ascend-910c"].aliases
    assert devices["analyst-npu-x"].vendor_aliases == devices["ascend-910c"].vendor_aliases, "the user's Huawei device"

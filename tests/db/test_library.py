"""db.Library: one object on a store file, with a sub-facade per concern; the same answers as the calls it
wraps, every write returning the ChangeSet to broadcast."""
from __future__ import annotations

import pytest

import db
from db import api
from db.api import Library
from db.errors import StoreError
from db.units import PLAIN, NumberStyle


def test_library_is_reachable_as_db_library_and_opens_a_fresh_store(tmp_path, seed):
    lib = db.Library(tmp_path / "fresh" / api.DB_FILENAME)
    info = lib.open()
    assert info.seeded and len(lib.catalog.devices()) == seed.devices
    assert len(lib.catalog.pairings()) == seed.pairings and len(lib.events.list()) == seed.events


def test_compare_uses_the_library_style_unless_given_one(db_path):
    comma = NumberStyle(group=".", point=",")
    lib = Library(db_path, comma)
    plain = api.compare(db_path, "910C", "H100")
    styled = lib.compare.pair("910C", "H100")
    assert [r.metric.key for r in styled.rows] == [r.metric.key for r in plain.rows]
    assert styled != plain  # same figures, written with a decimal comma
    assert lib.compare.pair("910C", "H100", style=PLAIN) == plain


def test_every_write_returns_what_changed(db_path):
    lib = Library(db_path)
    uid, change = lib.notes.create("Ascend supply", "HBM from CXMT", links=["device:ascend-910c"])
    assert change.kinds == {"note"} and change.device_slugs == {"ascend-910c"}
    assert lib.notes.get(uid).title == "Ascend supply"
    slug, change = lib.catalog.save_pairing("Mine", "ascend-910c", "h100-sxm")
    assert change.kinds == {"pairing"} and slug in {p.slug for p in lib.catalog.pairings()}
    assert lib.catalog.choose_value("h100-sxm", "tdp", None).metric_keys == {"tdp"}


def test_backups_and_exports_work_on_the_library_store(db_path, tmp_path):
    lib = Library(db_path)
    made = lib.backups.make("manual")
    assert made in {b.path for b in lib.backups.list()} and lib.backups.check().ok
    n = lib.exports.data(tmp_path / "out.csv")
    assert n == len(lib.exports.rows()[3]) > 0


def test_writes_use_the_house_pragmas(db_path):
    from db.connect import connect
    with connect(db_path, writing=True, synchronous="FULL") as conn:
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    conn.close()


def test_a_store_error_names_the_store(tmp_path):
    (tmp_path / "not-a-db.sqlite").write_bytes(b"x" * 4096)
    with pytest.raises(StoreError) as err:  # not a bare sqlite3 error: one the user can act on
        Library(tmp_path / "not-a-db.sqlite").catalog.devices()
    assert "not-a-db.sqlite" in err.value.message

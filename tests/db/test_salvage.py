"""Salvage of a damaged store (real SQLite files, a zeroed page of the notes table): every row plain `sqlite3`
can still read is recovered, the damaged file is kept untouched, the report's counts are the real ones, the
result passes the app's checks, and a merge into the latest backup keeps the backup's rows plus the newer ones."""
from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from salvage_support import (add_notes, digest, make_store, note_leaf_pages, plain_scan_fails, readable_by_sqlite3,
                             zero_a_note_page, zero_page)

from db import api, backup, recovery
from db.api import backups
from db.api.store import HEAD
from db.errors import StoreError


def rows(report):
    return {r.kind: r for r in report.rows}


def note_ids(db) -> range:
    with closing(sqlite3.connect(db)) as conn:
        top = conn.execute("SELECT max(rowid) FROM note INDEXED BY sqlite_autoindex_note_1").fetchone()[0]
    return range(1, top + 1)


def test_every_note_sqlite3_can_read_is_recovered_with_the_figures(db_path):
    made = make_store(db_path)
    backup.backup_before(db_path, "test")
    ids = note_ids(db_path)
    zero_a_note_page(db_path)
    assert plain_scan_fails(db_path, "note")  # real damage: plain sqlite3 stops reading the notes
    readable = readable_by_sqlite3(db_path, "note", "uid", ids)
    assert 0 < len(readable) < len(made.notes) and readable <= set(made.notes)
    damaged = digest(db_path)

    report = backups.salvage(db_path)

    assert digest(db_path) == damaged and report.damaged == db_path  # kept, untouched
    assert {n.uid for n in api.list_notes(report.salvaged)} == readable
    assert recovery.check_database(report.salvaged).ok
    by_kind = rows(report)
    lost = len(made.notes) - len(readable)
    assert (by_kind["notes"].recovered, by_kind["notes"].lost, by_kind["notes"].in_backup) == (len(readable), lost,
                                                                                               len(made.notes))
    assert by_kind["notes"].unreadable == lost  # each lost note's uid is still in the uid index
    assert (by_kind["figures"].recovered, by_kind["figures"].lost) == (len(made.figures), 0)
    assert (by_kind["sources"].recovered, by_kind["events"].recovered) == (1, 1)
    assert report.tables_damaged == ("note",) and report.revision == HEAD
    assert {api.get_value(report.salvaged, uid).uid for uid in made.figures} == set(made.figures)


def test_the_search_index_is_rebuilt_from_the_recovered_notes(db_path):
    make_store(db_path)
    zero_a_note_page(db_path)
    report = backups.salvage(db_path)
    backups.use_salvaged(db_path, report.salvaged)
    hits = api.search_notes(db_path, "salvageable", limit=1000)
    assert len(hits) == rows(report)["notes"].recovered
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT count(*) FROM note WHERE fts_stale = 1").fetchone()[0] == 0


def test_without_a_backup_the_losses_come_from_the_index_and_the_report_says_so(db_path):
    made = make_store(db_path)
    ids = note_ids(db_path)
    zero_a_note_page(db_path)
    readable = readable_by_sqlite3(db_path, "note", "uid", ids)
    report = backups.salvage(db_path)
    notes = rows(report)["notes"]
    assert report.backup is None and notes.in_backup is None
    assert (notes.recovered, notes.lost) == (len(readable), len(made.notes) - len(readable))


def test_using_the_salvaged_store_keeps_the_damaged_file_aside(db_path):
    make_store(db_path)
    zero_a_note_page(db_path)
    damaged = digest(db_path)
    report = backups.salvage(db_path)
    moved = backups.use_salvaged(db_path, report.salvaged)
    assert moved is not None and digest(moved) == damaged
    assert not report.salvaged.exists() and recovery.check_database(db_path).ok
    assert len(api.list_notes(db_path)) == rows(report)["notes"].recovered
    assert api.list_devices(db_path)  # the bundled data is there


def test_merge_keeps_the_backups_rows_and_adds_the_newer_ones(db_path):
    made = make_store(db_path, notes=60)
    edited = made.notes[0]
    backup.backup_before(db_path, "test")
    in_backup = list(made.notes)
    api.save_note(db_path, edited, "Rewritten after the backup", "the newer words")
    add_notes(db_path, made, 40, "Late")
    later = made.notes[len(in_backup):]
    src = api.save_source(db_path, {"publisher": "Later lab"})[0].key
    late_figure = api.save_value(db_path, {"device": "ascend-910c", "metric": "memory_bandwidth", "value": "3 TB/s",
                                           "source": src, "confidence": "reported"})[0].key
    ids = note_ids(db_path)
    zero_a_note_page(db_path)
    readable = readable_by_sqlite3(db_path, "note", "uid", ids)
    damaged = digest(db_path)

    report = backups.salvage(db_path)
    merged = backups.merge_salvaged(db_path, report.salvaged)

    notes = {n.uid for n in api.list_notes(db_path)}
    assert notes == set(in_backup) | (readable & set(later))  # the backup's, plus the newer ones salvaged
    assert edited in readable  # the first page of notes is intact
    assert api.get_note(db_path, edited).title == "Rewritten after the backup"
    assert api.get_value(db_path, late_figure).uid == late_figure
    assert recovery.check_database(db_path).ok
    assert merged.moved is not None and digest(merged.moved) == damaged and report.salvaged.exists()
    merged_notes = next(r for r in merged.rows if r.kind == "notes")
    assert merged_notes.added == len(readable & set(later))
    assert merged_notes.updated == 1
    lost_later = len(set(later) - readable)
    assert report.lost_since_backup == lost_later


def test_a_merge_needs_a_backup(db_path):
    make_store(db_path, notes=60)
    zero_a_note_page(db_path)
    report = backups.salvage(db_path)
    before = digest(db_path)
    with pytest.raises(StoreError):
        backups.merge_salvaged(db_path, report.salvaged)
    assert digest(db_path) == before


def test_an_unreadable_table_list_is_a_clear_error_and_nothing_is_written(db_path):
    make_store(db_path, notes=60)
    note_leaf_pages(db_path)  # checkpointed: page 1 is in the main file
    zero_page(db_path, 1)
    with pytest.raises(StoreError) as err:
        backups.salvage(db_path)
    assert "restore" in err.value.message.lower() or "fresh" in err.value.message.lower()
    assert not list(db_path.parent.glob("chiplens-salvaged-*")) and not list(db_path.parent.glob(".chiplens-salvage-*"))


def test_notes_below_a_zeroed_interior_page_are_found_on_their_leaf_pages(db_path):
    """With the notes table's root page zeroed plain sqlite3 reads no note at all; the leaves are intact, and the
    uid and updated indexes vouch for each row found there (long notes too, whose text spills onto overflow pages)."""
    made = make_store(db_path, notes=80)
    long_uid, _ = api.create_note(db_path, "A long one", "a paragraph of many words " * 800)
    made.notes.append(long_uid)
    with closing(sqlite3.connect(db_path)) as conn:
        query = "SELECT id, uid, title, body, created, updated, deleted FROM note ORDER BY id"
        before = conn.execute(query).fetchall()
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'note'").fetchone()[0]
    assert len(note_leaf_pages(db_path)) > 1  # the root is an interior page
    zero_page(db_path, root)
    assert readable_by_sqlite3(db_path, "note", "uid", range(1, len(made.notes) + 1)) == set()

    report = backups.salvage(db_path)

    with closing(sqlite3.connect(report.salvaged)) as conn:
        assert conn.execute(query).fetchall() == before
    assert (rows(report)["notes"].recovered, rows(report)["notes"].lost) == (len(made.notes), 0)
    assert recovery.check_database(report.salvaged).ok and report.tables_damaged == ()

"""A store with the analyst's rows made through db.api, and real damage to it: one leaf page of the notes
table zeroed on disk (found with SQLite's dbstat). Shared by tests/db/test_salvage.py and the desktop tests."""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from db import api

PAGE = 4096


@dataclass
class Made:
    notes: list[str] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)
    source: str = ""
    event: str = ""


def add_notes(db: Path, made: Made, count: int, prefix: str) -> None:
    for i in range(count):
        uid, _ = api.create_note(db, f"{prefix} {i}", f"salvageable paragraph {i} " * 30, tags=(f"t{i % 3}",))
        made.notes.append(uid)


def make_store(db: Path, notes: int = 90) -> Made:
    """Notes (several leaf pages of them), two user figures with a user source, a user event."""
    made = Made()
    made.source = api.save_source(db, {"publisher": "Our lab", "title": "Bench run"})[0].key
    for device, metric, value in (("ascend-910c", "bf16_dense", "1.2 PFLOPS"), ("h20", "bf16_dense", "150 TFLOPS")):
        edit, _ = api.save_value(db, {"device": device, "metric": metric, "value": value, "source": made.source,
                                      "confidence": "reported"})
        made.figures.append(edit.key)
    made.event, _ = api.save_event(db, {
        "date": "2025-04-09", "precision": "day", "title": "Our stock check", "summary": "", "actor": "Our desk",
        "jurisdiction": "CN", "category": "market", "confidence": "reported",
        "sources": [{"publisher": "Field visit", "title": "Notes", "url": None, "date": None}],
        "devices": ["H20"], "tags": ["distributors"]})
    add_notes(db, made, notes, "Note")
    return made


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def note_leaf_pages(db: Path) -> list[int]:
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the main file, where the damage goes
        try:
            rows = conn.execute("SELECT pageno FROM dbstat WHERE name = 'note' AND pagetype = 'leaf' "
                                "ORDER BY pageno").fetchall()
        except sqlite3.OperationalError:
            pytest.skip("missing: SQLite built with dbstat (SQLITE_ENABLE_DBSTAT_VTAB) to find a page of the notes")
    return [r[0] for r in rows]


def zero_page(db: Path, page: int) -> None:
    with open(db, "r+b") as fh:
        fh.seek((page - 1) * PAGE)
        fh.write(b"\0" * PAGE)


def zero_a_note_page(db: Path) -> int:
    """Zero a leaf page of the notes table in the middle of it; returns its number."""
    pages = note_leaf_pages(db)
    assert len(pages) >= 3, "the notes must fill several pages"
    page = pages[len(pages) // 2]
    zero_page(db, page)
    return page


def sqlite3_tool() -> str:
    tool = shutil.which("sqlite3")
    if tool is None:
        pytest.skip("missing: the sqlite3 command-line tool (Debian package sqlite3; packaging/apt-test.txt)")
    return tool


def run_sqlite3(db: Path, script: str) -> subprocess.CompletedProcess:
    """Plain `sqlite3` on a copy of `db` (the tool must not touch the damaged file either); it goes on after an
    error in one statement."""
    copy = db.with_name(db.name + ".probe")
    shutil.copyfile(db, copy)
    try:
        return subprocess.run([sqlite3_tool(), str(copy)], input=script, capture_output=True, text=True, timeout=60)
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(str(copy) + suffix).unlink(missing_ok=True)


def readable_by_sqlite3(db: Path, table: str, key: str, ids: range) -> set[str]:
    """The keys plain `sqlite3` can still read, row by row."""
    result = run_sqlite3(db, "".join(f"SELECT {key} FROM {table} WHERE rowid = {i};\n" for i in ids))
    return {line for line in result.stdout.splitlines() if line}


def plain_scan_fails(db: Path, table: str) -> bool:
    """Reading the whole table with plain `sqlite3` stops at the damage."""
    result = run_sqlite3(db, f"SELECT count(*), max(length(body)) FROM {table};\n")
    return "malformed" in result.stderr

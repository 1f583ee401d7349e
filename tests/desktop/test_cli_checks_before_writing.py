"""On the command line a command that only reads does not check the whole file first (its time does not grow
with the store), but a command that writes does, before it writes: a damaged page no read touches is still
refused before anything is written, and a read that meets it says the file is damaged, with the ways out."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from db import api

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def chiplens(data_dir: Path, *argv: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHIPLENS_TESTING="1")
    return subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *argv], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_reads_go_on_writes_are_refused_and_the_file_is_left_as_it_was(tmp_path):
    from tests.db.test_deferred_check import damage_a_note_page, with_notes
    data = tmp_path / "data"
    db = data / api.DB_FILENAME
    data.mkdir()
    api.open_store(db)
    with_notes(db)
    healthy = json.loads(chiplens(data, "compare", "910c", "h100", "--format", "json").stdout)
    damage_a_note_page(db)
    before = digest(db)
    compared = chiplens(data, "compare", "910c", "h100", "--format", "json")
    assert compared.returncode == 0 and json.loads(compared.stdout) == healthy  # the catalog's pages are whole
    listed = chiplens(data, "notes", "list")
    assert listed.returncode == 1 and "The database file is damaged" in listed.stderr
    assert "chiplens db salvage" in listed.stderr and "Traceback" not in listed.stderr
    added = chiplens(data, "notes", "add", "--title", "Written on a damaged store")
    assert added.returncode == 1 and "The database file is damaged" in added.stderr
    assert "Traceback" not in added.stderr
    assert digest(db) == before, "nothing written"
    checked = chiplens(data, "db", "check")
    assert checked.returncode == 1  # the explicit check reads the whole file

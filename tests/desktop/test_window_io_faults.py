"""The window under I/O faults: the real app (`desktop.app.main`, as `chiplens` starts it) runs under libfiu's POSIX
preload (`fiu-run -x`); once its notes panel is open, the reads, writes and syncs of its files fail at seeded
random (ENOSPC, EIO, EACCES, EROFS: tests/desktop/fiu_wrapper.py) while a note is typed word by word; then the
faults stop, the autosave catches up, and the window is closed as a user closes it.

Each run: no traceback on stderr (a disk error is told as one, never as a bug), exit code 0, the store passes
`db check`, and the note in the store is exactly the text the editor showed at the end: nothing typed is lost.
The failure points are SQLite's own file calls (pread, pwrite, fsync, fdatasync, ftruncate): Qt's event loop
wakes itself through read/write on an eventfd, and failing those would test the test, not the app.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing
from pathlib import Path

import pytest
from tests_support import private_fontconfig

from tests.desktop.app_driver import PRELUDE

from db.recovery import check_database

ROOT = Path(__file__).resolve().parents[2]
FIU_RUN = shutil.which("fiu-run")
SEEDS = (7, 11, 23)

pytestmark = [pytest.mark.faults,
              pytest.mark.skipif(FIU_RUN is None, reason="fiu-run is not installed (Debian package fiu-utils, "
                                                          "listed in packaging/apt-test.txt)")]

DRIVER = PRELUDE + textwrap.dedent("""
    import random
    sys.path.insert(0, sys.argv[3])
    import fiu_wrapper

    data_dir, seed = sys.argv[1], int(sys.argv[2])
    fiu_wrapper.POINTS = ("posix/io/rw/pread", "posix/io/rw/pwrite", "posix/io/sync/fsync",
                          "posix/io/sync/fdatasync", "posix/io/rw/ftruncate")
    app = QApplication(["chiplens"])

    def drive():
        win = main_window()
        if win is None:
            QTimer.singleShot(50, drive)
            return
        panel = open_new_note(win)
        panel.editor.setFocus()
        faults = fiu_wrapper.Faults(seed, (0, 200))
        faults.install()
        faults.on = True
        pace = random.Random(seed)
        for i in range(60):
            QTest.keyClicks(panel.editor, f"w{i} ")
            QTest.qWait(pace.choice((20, 50, 150)))
        faults.on = False
        print("INJECTED", json.dumps(faults.injected), flush=True)
        wait_for(lambda: not panel.has_unsaved_changes(), "the autosave catching up", 30000)
        print("TEXT", json.dumps(panel.editor.toPlainText()), flush=True)
        win.close()

    QTimer.singleShot(0, drive)
    from desktop.app import main
    sys.exit(main(["--data-dir", data_dir]))
""")


def _tagged(out: str, tag: str):
    line = next((ln for ln in out.splitlines() if ln.startswith(tag + " ")), None)
    return None if line is None else json.loads(line[len(tag) + 1:])


def test_notes_typed_in_the_window_under_io_faults_are_all_saved(tmp_path):
    script = tmp_path / "drive.py"
    script.write_text(DRIVER)
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               **private_fontconfig(tmp_path / "fontconfig"))
    injected = 0
    for seed in SEEDS:
        data = tmp_path / f"data-{seed}"
        run = subprocess.run([FIU_RUN, "-x", "-f", "", sys.executable, str(script), str(data), str(seed),
                              str(Path(__file__).parent)], capture_output=True, text=True, env=env, cwd=ROOT,
                             timeout=180)
        where = f"seed {seed}, exit {run.returncode}\n{run.stdout[-1500:]}\n{run.stderr[-3000:]}"
        assert run.returncode == 0, where
        assert "Traceback" not in run.stderr, where
        text = _tagged(run.stdout, "TEXT")
        assert text and text.startswith("w0 w1 ") and text.rstrip().endswith("w59"), where
        injected += len(_tagged(run.stdout, "INJECTED") or [])
        db = data / "chiplens.sqlite"
        assert check_database(db).ok, where
        with closing(sqlite3.connect(db)) as conn:
            bodies = [r[0] for r in conn.execute("SELECT body FROM note WHERE deleted IS NULL")]
        assert bodies == [text], where
    assert injected > 0  # the faults did reach the store's files

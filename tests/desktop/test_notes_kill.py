"""Kill -9 after autosave: a real app process (QApplication + Store + NotesPanel) loses nothing it confirmed."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from db import api

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from desktop.store import Store
    from desktop.views.notes.notes_panel import NotesPanel

    app = QApplication([])
    panel = NotesPanel(Store(Path(sys.argv[1])), autosave_ms=300)
    panel.resize(460, 800)
    panel.show()
    uid = panel.new_note("Kill test")
    panel.editor.setFocus()
    saved = []
    panel.note_saved.connect(saved.append)
    QTest.keyClicks(panel.editor, "typed before the crash")
    while not saved:
        QTest.qWait(20)
    print("SAVED", uid, flush=True)
    QTest.keyClick(panel.editor, Qt.Key.Key_Return)
    QTest.keyClicks(panel.editor, "and flushed")
    panel.flush()
    print("FLUSHED", uid, flush=True)
    QTest.keyClicks(panel.editor, " and typed after, not yet saved")
    app.exec()  # until killed
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_text_survives_sigkill_after_save(db_path, tmp_path, reap):
    script = tmp_path / "notes_app.py"
    script.write_text(SCRIPT)
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, str(script), str(db_path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    with reap(proc):
        lines = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line.split())
            if line.startswith("FLUSHED"):
                break
        if not (lines and lines[-1][0] == "FLUSHED"):
            proc.kill()
            pytest.fail(f"the app did not report a flushed save: {lines} {proc.stderr.read()}")
        uid = lines[-1][1]
        assert proc.poll() is None  # still running: we kill it, it does not exit cleanly
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    note = api.get_note(db_path, uid)
    assert note.title == "Kill test"
    assert note.body == "typed before the crash\nand flushed"

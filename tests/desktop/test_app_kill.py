"""The whole app, as a user runs it: `chiplens --data-dir D` in a subprocess, driven by keyboard and mouse.

A note typed into the running app's notes panel and autosaved survives `kill -9`; the next start of the
app shows it. The driver is a QTimer scheduled before `desktop.app.main()`, which then builds the real
window, store and notes dock exactly as the installed command does.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.desktop.app_driver import PRELUDE

ROOT = Path(__file__).resolve().parents[2]

DRIVER = PRELUDE + textwrap.dedent("""

    data_dir, phase = sys.argv[1], sys.argv[2]
    app = QApplication(["chiplens"])

    def type_and_wait_for_kill():
        win = main_window()
        panel = open_notes(win)
        saved = []
        panel.note_saved.connect(saved.append)
        QTest.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
        wait_for(lambda: panel.editor.isVisible() and panel.editor.isEnabled(), "editor")
        panel.editor.setFocus()
        QTest.keyClicks(panel.editor, "CM384 power: 559 kW (SemiAnalysis), third-party")
        wait_for(lambda: saved, "autosave")  # the real one-second debounce, no flush
        print("SAVED", json.dumps({"uid": saved[-1], "title": panel.title_edit.text()}), flush=True)
        QTest.keyClicks(panel.editor, " - typed after the save")
        # the app runs on until the test kills it

    def read_back():
        win = main_window()
        panel = open_notes(win)
        QTest.mouseClick(panel.scope_buttons["all"], Qt.MouseButton.LeftButton)
        wait_for(lambda: panel.model.rowCount() > 0, "note list")
        index = panel.list_view.model().index(0, 0)
        rect = panel.list_view.visualRect(index)
        QTest.mouseClick(panel.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        wait_for(lambda: panel.editor.toPlainText(), "note opened")
        print("READ", json.dumps({"count": panel.model.rowCount(), "title": panel.title_edit.text(),
                                  "body": panel.editor.toPlainText()}), flush=True)
        win.close()

    def drive():
        if main_window() is None:
            QTimer.singleShot(50, drive)
            return
        type_and_wait_for_kill() if phase == "type" else read_back()

    QTimer.singleShot(0, drive)
    from desktop.app import main
    sys.exit(main(["--data-dir", data_dir]))
""")


def _start(script: Path, data_dir: Path, phase: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, str(script), str(data_dir), phase], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)


def _line(proc: subprocess.Popen, tag: str, timeout: float = 90) -> dict:
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        seen.append(line.strip())
        if line.startswith(tag + " "):
            return json.loads(line[len(tag) + 1:])
    proc.kill()
    pytest.fail(f"the app never printed {tag}: {seen} {proc.stderr.read()[-2000:]}")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_note_typed_into_the_running_app_survives_kill_9_and_is_there_after_restart(tmp_path, reap):
    data_dir = tmp_path / "data"
    script = tmp_path / "drive_chiplens.py"
    script.write_text(DRIVER)
    proc = _start(script, data_dir, "type")
    with reap(proc):
        saved = _line(proc, "SAVED")
        time.sleep(0.3)  # let the unsaved keystrokes land in the editor, as a user would keep typing
        assert proc.poll() is None  # still running: it does not get to exit cleanly
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL

    again = _start(script, data_dir, "read")
    with reap(again):
        read = _line(again, "READ")
        assert again.wait(60) == 0
        stderr = again.stderr.read()
    assert read["count"] == 1
    assert read["title"] == saved["title"]
    assert read["body"].startswith("CM384 power: 559 kW (SemiAnalysis), third-party")
    assert "Traceback" not in stderr

"""Crashes are reported, not hidden: a log in the data folder, a dialog naming it, and the app goes on."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.dialogs.crash_dialog import crash_dialog
from desktop.startup import crash

ROOT = Path(__file__).resolve().parents[2]

APP = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from desktop.startup import crash, gui
    from desktop.paths import Paths
    paths = Paths(Path(sys.argv[1]))
    crash.install(paths)
    gui._setup_logging(paths)
    app = QApplication([])
    def broken_slot():
        raise RuntimeError("a bug in a slot")
    def still_alive():
        print("still running after the error", flush=True)
        app.exit(0)
    QTimer.singleShot(0, broken_slot)
    QTimer.singleShot(200, still_alive)
    sys.exit(app.exec())
""")


def run_script(script: str, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60)


def test_an_exception_in_a_slot_is_logged_and_the_app_keeps_running(tmp_path):
    data = tmp_path / "data"
    result = run_script(APP, str(data))
    assert result.returncode == 0, result.stderr
    assert "still running after the error" in result.stdout
    log = (data / "logs" / "chiplens.log").read_text()
    assert "unexpected error" in log and "RuntimeError: a bug in a slot" in log and "broken_slot" in log
    assert "RuntimeError: a bug in a slot" in result.stderr
    assert (os.stat(data).st_mode & 0o777) == 0o700


@pytest.mark.skipif(sys.platform == "win32", reason="SIGSEGV semantics")
def test_a_hard_crash_leaves_its_stack_in_the_faulthandler_log(tmp_path):
    data = tmp_path / "data"
    script = ("import sys, faulthandler; from pathlib import Path; from desktop.startup import crash; "
              "from desktop.paths import Paths; crash.install(Paths(Path(sys.argv[1]))); faulthandler._sigsegv()")
    result = run_script(script, str(data))
    assert result.returncode != 0
    text = (data / "logs" / "faulthandler.log").read_text()
    assert "Fatal Python error: Segmentation fault" in text and "File" in text


def test_the_crash_dialog_names_the_log_and_says_the_data_is_safe(qtbot, tmp_path):
    try:
        raise ValueError("something odd")
    except ValueError as exc:
        box = crash_dialog(exc, tmp_path / "logs" / "chiplens.log")
    qtbot.addWidget(box)
    assert str(tmp_path / "logs" / "chiplens.log") in box.informativeText()
    assert "keeps running" in box.text() and "ValueError: something odd" in box.detailedText()
    box.show()
    qtbot.waitExposed(box)
    assert not box.grab().isNull()


def test_report_never_raises_and_logs(tmp_path, caplog, qapp):
    import logging
    with caplog.at_level(logging.ERROR, logger="chiplens"):
        try:
            raise KeyError("x")
        except KeyError as exc:
            crash.report(type(exc), exc, exc.__traceback__, tmp_path / "log")
    assert any("unexpected error" in r.getMessage() for r in caplog.records)


def test_with_a_screen_the_dialog_shows_once_for_a_burst_and_store_errors_show_advice(qapp, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from db.errors import DiskFullError
    from desktop.dialogs import crash_dialog as module
    monkeypatch.setattr(module, "_headless", lambda: False)
    monkeypatch.setattr(module, "_last_shown", 0.0)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()) or 0)
    advice = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: advice.append((title, text)))
    for _ in range(3):  # an error that repeats (in a paint event, say): one dialog, three log entries
        try:
            raise RuntimeError("again")
        except RuntimeError as exc:
            crash.report(type(exc), exc, exc.__traceback__, tmp_path / "chiplens.log")
    assert len(shown) == 1 and str(tmp_path / "chiplens.log") in shown[0]
    monkeypatch.setattr(module, "_last_shown", 0.0)
    full = DiskFullError("There is no space left on the disk.", "x")
    crash.report(DiskFullError, full, None, tmp_path / "chiplens.log")
    assert advice == [("The disk is full", "There is no space left on the disk.")]

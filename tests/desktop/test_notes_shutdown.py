"""The whole app typing without a pause into a note, then ended from outside: `kill -9` loses at most the last
3 s of typing (the autosave's ceiling); SIGTERM, SIGINT and SIGHUP (logout, shutdown, `kill`, Ctrl+C) lose
nothing and the app exits with code 0.

The app runs as `chiplens --data-dir D` does (desktop.app.main in a subprocess, started like
test_app_kill.py); a QTimer in the driver types one key every 40 ms through QTest, printing how much it has
typed and when (time.monotonic, one clock for both processes), so that the test knows what was typed before
each moment.
"""
from __future__ import annotations

import json
import os
import signal
import sys
import textwrap
import time

import pytest

from tests.desktop.app_driver import PRELUDE

from db import api
from tests.desktop.test_app_kill import _start

CEILING_S = 3.0  # the autosave's ceiling (desktop.views.notes.note_editor)
WRITE_S = 0.5  # allowance for the save in flight when the kill lands (a synchronous=FULL write) and timer jitter

TEXT = "Ascend 910C vs H100, typed without a pause; CM384 power per SemiAnalysis. "

DRIVER = PRELUDE + textwrap.dedent("""
    TEXT = %r
    data_dir = sys.argv[1]
    app = QApplication(["chiplens"])

    typing = QTimer(app)
    typing.setInterval(40)

    def start_typing():
        win = main_window()
        panel = open_new_note(win)
        wait_for(lambda: not panel.has_unsaved_changes(), "new note saved")
        panel.editor.setFocus()
        print("NOTE", json.dumps({"uid": panel.current_uid()}), flush=True)
        typed = [0]

        def key():
            QTest.keyClicks(panel.editor, TEXT[typed[0] %% len(TEXT)])
            typed[0] += 1
            print("TYPED", json.dumps([typed[0], time.monotonic()]), flush=True)

        def stopped():
            typing.stop()  # the event loop has ended: what the editor holds now is what must be in the store
            print("FINAL", json.dumps({"length": len(panel.editor.toPlainText())}), flush=True)

        typing.timeout.connect(key)
        app.aboutToQuit.connect(stopped)
        typing.start()

    def drive():
        if main_window() is None:
            QTimer.singleShot(50, drive)
            return
        start_typing()

    QTimer.singleShot(0, drive)
    from desktop.app import main
    sys.exit(main(["--data-dir", data_dir]))
""") % TEXT


def typed_text(count: int) -> str:
    return (TEXT * (count // len(TEXT) + 1))[:count]


class Typist:
    """The driven app's output: the note's uid, then (keys typed, when) for each key."""

    def __init__(self, proc):
        self.proc = proc
        self.uid: str | None = None
        self.keys: list[tuple[int, float]] = []
        self.final: int | None = None
        self.seen: list[str] = []

    def read_line(self) -> bool:
        line = self.proc.stdout.readline()
        if not line:
            return False
        self.seen.append(line.strip())
        tag, _, payload = line.partition(" ")
        if tag == "NOTE":
            self.uid = json.loads(payload)["uid"]
        elif tag == "TYPED":
            count, when = json.loads(payload)
            self.keys.append((count, when))
        elif tag == "FINAL":
            self.final = json.loads(payload)["length"]
        elif tag == "TIMEOUT":
            pytest.fail(f"the driver timed out: {self.seen} {self.proc.stderr.read()[-2000:]}")
        return True

    def type_for(self, seconds: float, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.read_line():
                break
            if self.keys and self.keys[-1][1] - self.keys[0][1] >= seconds:
                return
        self.proc.kill()
        pytest.fail(f"the app did not type for {seconds} s: {self.seen[-5:]} {self.proc.stderr.read()[-2000:]}")

    def read_rest(self, timeout: float = 60) -> None:
        """Until the app's output ends; an app still typing after `timeout` (it ignored a signal) is killed."""
        deadline = time.monotonic() + timeout
        while self.read_line():
            if time.monotonic() > deadline:
                self.proc.kill()
                pytest.fail(f"the app went on after the signal: {self.seen[-3:]}")

    def typed_by(self, moment: float) -> int:
        """How many keys had been typed at `moment` (time.monotonic)."""
        return max((count for count, when in self.keys if when <= moment), default=0)


def _driven_app(tmp_path):
    data_dir = tmp_path / "data"
    script = tmp_path / "type_into_chiplens.py"
    script.write_text(DRIVER)
    return data_dir, _start(script, data_dir, "type")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_ten_seconds_of_continuous_typing_then_kill_9_loses_at_most_the_last_3_seconds(tmp_path, reap):
    data_dir, proc = _driven_app(tmp_path)
    typist = Typist(proc)
    with reap(proc):
        typist.type_for(10.0)
        killed_at = time.monotonic()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        typist.read_rest()
    assert proc.returncode == -signal.SIGKILL
    body = api.get_note(data_dir / api.DB_FILENAME, typist.uid).body
    assert body == typed_text(len(body))  # the saved text is what was typed, in order
    must_have = typist.typed_by(killed_at - CEILING_S - WRITE_S)
    assert len(body) >= must_have, (
        f"kill -9 after {typist.keys[-1][0]} keys lost {typist.keys[-1][0] - len(body)}: the store holds "
        f"{len(body)}, but {must_have} had been typed {CEILING_S} s before the kill")
    assert must_have > 0


@pytest.mark.parametrize("name", [n for n in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, n)])
def test_a_termination_signal_during_typing_saves_everything_and_exits_cleanly(tmp_path, reap, name):
    data_dir, proc = _driven_app(tmp_path)
    typist = Typist(proc)
    with reap(proc):
        typist.type_for(2.5)  # not on a save's boundary: the ceiling is 3 s, the pause-save never comes
        os.kill(proc.pid, getattr(signal, name))
        typist.read_rest()
        code = proc.wait(60)
        stderr = proc.stderr.read()
    assert code == 0, stderr[-2000:]
    assert "Traceback" not in stderr
    assert typist.final is not None and typist.final >= typist.keys[-1][0] > 0
    body = api.get_note(data_dir / api.DB_FILENAME, typist.uid).body
    assert body == typed_text(typist.final)  # every key typed before the app ended is in the store
    assert sys.platform == "win32" or name in (data_dir / "logs" / "chiplens.log").read_text(encoding="utf-8")

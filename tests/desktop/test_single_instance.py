"""One ChipLens per data folder: a second start hands its command line to the running one and exits 0."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.startup.single_instance import SingleInstance, handle_message, parse_pair, server_name

ROOT = Path(__file__).resolve().parents[2]


def start(data_dir: Path, *args: str) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("CHIPLENS_DATA_DIR", None)
    return subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(predicate, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def last_pair(data_dir: Path):
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat).value("comparison/last_pair")


def test_server_names_differ_by_folder_and_are_short(tmp_path):
    a, b = server_name(tmp_path / "a"), server_name(tmp_path / "b")
    assert a != b and a == server_name(tmp_path / "a" / ".." / "a") and len(a) < 60


def test_parse_pair_ignores_anything_else():
    assert parse_pair(["--pair", "h20", "910C"]) == ("h20", "910C")
    assert parse_pair(["--pair", "h20"]) is None and parse_pair(["--evil", "rm -rf /"]) is None


def test_second_start_hands_its_pair_to_the_running_window_and_exits_0(data_dir):
    first = start(data_dir)
    try:
        assert wait_for(lambda: (data_dir / "chiplens.lock").exists() and last_pair(data_dir) is not None), \
            "the first instance did not start"
        second = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "--pair", "h20",
                                 "910B"], cwd=ROOT, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert "handed over" in second.stderr and "Traceback" not in second.stderr
        assert wait_for(lambda: last_pair(data_dir) == ["h20", "ascend-910b"], 20), last_pair(data_dir)
        log = (data_dir / "logs" / "chiplens.log").read_text()
        assert "second start handed over: ['--pair', 'h20', '910B']" in log
        assert first.poll() is None  # the first one runs on
    finally:
        first.send_signal(signal.SIGTERM)
        first.wait(30)
        first.stdout.close()
        first.stderr.close()


def test_a_lock_left_by_a_killed_instance_is_taken_over(data_dir):
    first = start(data_dir)
    try:
        assert wait_for(lambda: last_pair(data_dir) is not None), "the first instance did not start"
        first.kill()
        first.wait(30)
    finally:
        first.stdout.close()
        first.stderr.close()
    assert (data_dir / "chiplens.lock").exists()  # left behind by SIGKILL
    again = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "--quit-when-ready"],
                           cwd=ROOT, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True,
                           text=True, timeout=60)
    assert again.returncode == 0, again.stderr


def test_the_lock_belongs_to_one_process(tmp_path, qapp):
    one = SingleInstance(tmp_path, tmp_path / "chiplens.lock")
    assert one.acquire()
    code = ("import sys; from pathlib import Path; from desktop.startup.single_instance import SingleInstance; "
            "p = Path(sys.argv[1]); print(SingleInstance(p, p / 'chiplens.lock').acquire())")

    def other_process_gets_it() -> str:
        return subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT, capture_output=True, text=True,
                              timeout=60, env=dict(os.environ, QT_QPA_PLATFORM="offscreen")).stdout.strip()
    try:
        assert other_process_gets_it() == "False"
    finally:
        one.release()
    assert other_process_gets_it() == "True"


def test_a_message_brings_the_window_forward_with_the_pair(make_window, db_path):
    window = make_window(db_path)
    handle_message(["--pair", "h20", "h100"])
    assert [d.slug for d in window.comparison.devices] == ["h20", "h100-sxm"]
    assert window.isVisible()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_running_instance_that_does_not_answer_is_named(tmp_path):
    """A lock held by a live process that never listens: the second start explains and exits 1 (no hang)."""
    folder = tmp_path / "d"
    folder.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from PySide6.QtCore import QLockFile; "
        "l = QLockFile(sys.argv[1]); assert l.tryLock(0); print('locked', flush=True); time.sleep(120)"),
        str(folder / "chiplens.lock")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        second = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(folder)], cwd=ROOT,
                                env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True,
                                timeout=60)
        assert second.returncode == 1 and "already running" in second.stderr and "does not answer" in second.stderr
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()

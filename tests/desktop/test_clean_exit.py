"""A clean exit of the real app: the day's backup is made, settings saved (unless --safe-mode), the lock released."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QSettings

from db import backup

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])

    def close_when_shown():
        from desktop.main_window import MainWindow
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.comparison]
        if windows:
            windows[0].resize(1000, 700)
            windows[0].close()
        else:
            QTimer.singleShot(100, close_when_shown)
    QTimer.singleShot(100, close_when_shown)
    from desktop.app import main
    sys.exit(main(sys.argv[1:]))
""")


def run_app(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("CHIPLENS_DATA_DIR", None)
    return subprocess.run([sys.executable, "-c", SCRIPT, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


def test_clean_exit_backs_up_and_saves_settings(data_dir):
    result = run_app("--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    [daily] = [b for b in backup.list_backups(data_dir / "backups") if b.daily]
    assert daily.size > 0
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    assert int(settings.value("meta/version")) >= 1 and settings.value("window/geometry") is not None
    assert not (data_dir / "chiplens.lock").exists()
    again = run_app("--data-dir", str(data_dir))  # a second exit the same day: still one daily backup
    assert again.returncode == 0, again.stderr
    assert len([b for b in backup.list_backups(data_dir / "backups") if b.daily]) == 1


def test_safe_mode_leaves_the_settings_file_alone(data_dir):
    path = data_dir / "settings.ini"
    path.write_text("[meta]\nversion=1\n[appearance]\ntheme=dark\n[comparison]\nlast_pair=h20, h100-sxm\n")
    before = path.read_bytes()
    result = run_app("--data-dir", str(data_dir), "--safe-mode", "--pair", "910C", "H100")
    assert result.returncode == 0, result.stderr
    assert path.read_bytes() == before
    log = (data_dir / "logs" / "chiplens.log").read_text()
    assert "safe mode" in log


def test_a_damaged_settings_file_is_noted_in_the_log_and_kept(data_dir):
    path = data_dir / "settings.ini"
    path.write_bytes(b"\x00\x01garbage\xff")
    result = run_app("--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    [kept] = data_dir.glob("settings.ini.damaged-*")
    assert kept.read_bytes() == b"\x00\x01garbage\xff"
    assert "using the default settings" in (data_dir / "logs" / "chiplens.log").read_text()

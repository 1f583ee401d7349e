"""Start the window: crash handlers first, then the store (with a way out on errors), then the UI."""
from __future__ import annotations

import faulthandler
import logging
import os
import sys
import traceback

from desktop import APP_NAME, __version__

log = logging.getLogger("chiplens")


def _setup_logging(paths) -> None:
    try:
        paths.log_file.parent.mkdir(parents=True, exist_ok=True)
        if paths.log_file.exists() and paths.log_file.stat().st_size > 1_000_000:  # keep one previous log
            paths.log_file.replace(paths.log_file.with_suffix(".log.1"))
        handler = logging.FileHandler(paths.log_file, encoding="utf-8", delay=True)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    except OSError:
        pass  # an unwritable folder is reported by the store check, with advice


def _install_excepthook(paths) -> None:
    def hook(exc_type, exc, tb):
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", text)
        sys.stderr.write(text)
        from PySide6.QtWidgets import QApplication, QMessageBox
        if QApplication.instance() is not None and not _headless():
            QMessageBox.critical(None, f"{APP_NAME}: unexpected error",
                                 f"Something went wrong inside ChipLens (a bug, not your data).\n\n{exc}\n\n"
                                 f"Details were written to {paths.log_file}. Your saved data is safe.")
    sys.excepthook = hook


def _headless() -> bool:
    from PySide6.QtGui import QGuiApplication
    return QGuiApplication.platformName() in ("offscreen", "minimal")


def open_store_interactively(paths, quiet: bool):
    """Open (create, migrate, seed) the store; on a fixable error offer another folder or quit."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from db import api
    from db.errors import StoreError
    from desktop.paths import Paths
    while True:
        try:
            api.open_store(paths.database)
            return paths
        except StoreError as exc:
            log.warning("store error: %s", exc.message)
            if quiet or _headless():
                sys.stderr.write(f"chiplens: {exc.title}.\n{exc.message}\n")
                return None
            box = QMessageBox(QMessageBox.Icon.Critical, exc.title, exc.message)
            other = box.addButton("Open another folder…", QMessageBox.ButtonRole.AcceptRole)
            box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not other:
                return None
            folder = QFileDialog.getExistingDirectory(None, "Choose a folder for the ChipLens data")
            if not folder:
                return None
            paths = Paths(type(paths.data_dir)(folder))


def run_gui(paths, args) -> int:
    faulthandler.enable()
    _setup_logging(paths)
    _install_excepthook(paths)
    from PySide6.QtCore import QLockFile, QSettings
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "chiplens"])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("chiplens")
    quiet = bool(args.quit_when_ready)
    paths = open_store_interactively(paths, quiet)
    if paths is None:
        return 1
    lock = QLockFile(str(paths.lock_file))
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        msg = (f"ChipLens is already running with the data folder {paths.data_dir}. Switch to that window, "
               "or start this one with --data-dir DIR to use another folder.")
        sys.stderr.write(f"chiplens: {msg}\n")
        if not quiet and not _headless():
            from PySide6.QtWidgets import QMessageBox
            QMessageBox.warning(None, APP_NAME, msg)
        return 1
    from desktop.main_window import MainWindow
    from desktop.store import Store
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(Store(paths.database), settings, tuple(args.pair) if args.pair else None)
    if args.quit_when_ready == "table":
        window.ready.connect(lambda: app.exit(0))
    elif args.quit_when_ready == "chart":
        window.chart_ready.connect(lambda: app.exit(0))
    window.show()
    code = app.exec()
    settings.sync()
    lock.unlock()
    if args.quit_when_ready:
        # the measurement ends at the paint: leave without the interpreter's and Qt's teardown
        # (about 0.1 s with pyqtgraph loaded); everything worth keeping is already written
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code

"""The crash dialog and report: loaded only when something went wrong (desktop.startup.crash installs the hooks)."""
from __future__ import annotations

import logging
import sys
import threading
import traceback

from desktop import APP_NAME
from desktop.startup import store_opening as said

log = logging.getLogger("chiplens")

_showing = False
_last_shown = 0.0
QUIET_SECONDS = 10.0  # an error repeating (say, in a paint event) is logged each time but shown once a while


def crash_dialog(exc: BaseException, log_file, parent=None):
    """The message box a user sees after an unexpected error (built, not shown)."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMessageBox

    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Critical, translate("CrashDialog", "%1: unexpected error").replace("%1", APP_NAME),
                      translate("CrashDialog", "Something went wrong inside ChipLens (a bug, not your data). ChipLens "
                                "keeps running; your saved data is safe."), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("crashDialog")
    box.setInformativeText(translate("CrashDialog", "The details were written to:\n%1\n\nPlease send that file with a "
                                     "bug report.").replace("%1", str(log_file)))
    box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__))[-6000:])
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path can be copied
    return box


def _headless() -> bool:
    from PySide6.QtGui import QGuiApplication
    return QGuiApplication.platformName() in ("offscreen", "minimal")


def report(exc_type, exc, tb, log_file) -> None:
    """Log, print and (with a screen) show an unexpected exception. Never raises."""
    global _showing, _last_shown
    import time
    from db.errors import StoreError
    if isinstance(exc, StoreError):  # a disk or store condition, not a bug: its message, never a traceback
        text = f"chiplens: {exc.title}.\n{exc.message}\n"
    else:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
    try:
        log.error("%s\n%s", "store error" if isinstance(exc, StoreError) else "unexpected error", text)
        for handler in log.handlers:
            handler.flush()
        sys.stderr.write(text)
    except Exception:  # noqa: BLE001 - the report must not fail
        pass
    if _showing or threading.current_thread() is not threading.main_thread():
        return
    if _last_shown and time.monotonic() - _last_shown < QUIET_SECONDS:
        return
    from PySide6.QtWidgets import QApplication, QMessageBox
    if QApplication.instance() is None or _headless():
        return
    _showing = True
    try:
        if isinstance(exc, StoreError):  # the user can act on it: advice, not a bug report
            QMessageBox.critical(QApplication.activeWindow(), *said.words(exc))
        else:
            crash_dialog(exc, log_file, QApplication.activeWindow()).exec()
    except Exception:  # noqa: BLE001
        pass
    finally:
        _showing = False
        _last_shown = time.monotonic()

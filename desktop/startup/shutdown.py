"""Leaving without losing a word when the system ends the app: SIGTERM, SIGINT, SIGHUP (logout, shutdown,
`kill`, Ctrl+C in a terminal) and the session manager's logout save every pending note first.

A Python signal handler runs only when the interpreter runs, and Qt's event loop runs in C++: the handlers
here do nothing themselves; `signal.set_wakeup_fd` makes the C-level handler write the signal's number to
one end of a socket pair, and a QSocketNotifier on the other end wakes the event loop, which then saves the
notes and ends the loop with exit code 0 (the window's usual exit path follows: window geometry, the daily
backup). Windows has no SIGHUP; its console's Ctrl+C arrives as SIGINT.

The session manager's logout (`QGuiApplication.commitDataRequest`) saves the notes without cancelling the
logout. Whatever the store still refuses when the app ends (a failing disk) is written to
`unsaved-notes-<time>.md` in the data folder (NoteAutosaver.rescue), and the next start says so.

Pending input elsewhere: figures, events, sources and pairings are written only when their dialog's OK is
pressed (after validation), so an open dialog is closed without writing its half-filled fields; only the
notes are saved as they are typed.
"""
from __future__ import annotations

import logging
import signal
import socket
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.views.notes.note_autosaver import RESCUE_GLOB

log = logging.getLogger("chiplens")

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name))


class ShutdownGuard(QObject):
    """Installed once the window exists (install()); uninstall() puts the previous handlers back."""

    def __init__(self, app: QApplication, window, parent: QObject | None = None):
        super().__init__(parent)
        self.app = app
        self.window = window
        self.received: list[int] = []  # the signals that ended the app, for the log and the tests
        self._quitting = False
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._old_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._old_handlers = {sig: signal.signal(sig, _noted) for sig in SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        app.commitDataRequest.connect(self.commit_data)

    def uninstall(self) -> None:
        self._notifier.setEnabled(False)
        for sig, handler in self._old_handlers.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(self._old_fd)
        try:
            self.app.commitDataRequest.disconnect(self.commit_data)
        except (RuntimeError, TypeError):
            pass
        self._reader.close()
        self._writer.close()

    # what ends the app ------------------------------------------------------------------------------------
    def _woken(self, *_args) -> None:
        try:
            data = self._reader.recv(64)
        except OSError:
            return
        for number in data:
            self.end_on_signal(number)

    def end_on_signal(self, number: int) -> None:
        """Save every pending note, then end the event loop (and any dialog's loop inside it) with code 0."""
        self.received.append(number)
        if self._quitting:
            return
        self._quitting = True
        name = signal.Signals(number).name if number in {s.value for s in signal.Signals} else str(number)
        log.info("%s received: saving the notes and leaving", name)
        self.save_pending(name)
        self.app.exit(0)

    def commit_data(self, _manager=None) -> None:
        """The session manager's logout: save the notes now (the logout goes on; nothing is asked)."""
        log.info("the session is ending: saving the notes")
        self.save_pending("logout")

    def save_pending(self, why: str) -> bool:
        """Every pending note into the store; what the store refuses goes to the rescue file. True if all saved."""
        notes = getattr(self.window, "notes", None)
        if notes is None:
            return True
        if notes.flush():
            return True
        where = notes.autosaver.rescue()
        log.error("%s: the store refused the notes; their text is in %s", why, where or "stderr")
        return False


def _noted(_signum, _frame) -> None:
    """The Python-level handler: the wakeup fd does the work (see the module's docstring)."""


def install(app: QApplication, window, data_dir: Path, tell: bool = True) -> ShutdownGuard:
    """Save the notes on SIGTERM/SIGINT/SIGHUP and logout; tell the user about texts rescued by a past exit.
    Called once the window is up (its first paint): no note can be typed before, and start-up stays light."""
    guard = ShutdownGuard(app, window, app)
    if tell and any(Path(data_dir).glob(RESCUE_GLOB)):
        QTimer.singleShot(0, lambda: tell_rescued(window, Path(data_dir)))
    return guard


def finish(guard: ShutdownGuard) -> None:
    """After the event loop: a last try for any note the store refused on the way out, then the rescue file."""
    guard.save_pending("exit")
    guard.uninstall()


def rescued_files(data_dir: Path) -> list[Path]:
    return sorted(Path(data_dir).glob(RESCUE_GLOB))


def tell_rescued(window, data_dir: Path) -> QMessageBox | None:
    """A message (not blocking the window) naming the files that hold notes the store refused at a past exit."""
    files = rescued_files(data_dir)
    if not files:
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("MainWindow", "Notes saved outside the store"),
                      QCoreApplication.translate("MainWindow", "When ChipLens last closed, the store did not take some notes. Their text was "
                                "saved in:\n\n%1\n\nOpen the file and copy the text back into your notes. This "
                                "message shows at each start until the file is moved or deleted.").replace(
                          "%1", "\n".join(str(f) for f in files)),
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("rescuedNotesMessage")
    box.open()
    return box

"""The window's link to a team library (issue 24): connect, sync on demand and every five minutes, and the
status-bar button that says how the last sync went ("Team: synced 14:32 · 3 queued").

Everything that reaches the server or the keyring runs on a worker thread (desktop.background); results come
back through signals, so the window never waits for the network. A store with no team library never loads the
PostgreSQL driver: the window asks db.api.team.connected (one read of the store) after its first paint, and the
button, the timer and this module's workers exist only once a library is connected.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QToolButton
from shiboken6 import isValid

from db.dto import ChangeSet
from desktop.background import BackgroundJob
from desktop.present import dates
from desktop.team_words import error_text, said

translate = QCoreApplication.translate
CONTEXT = "TeamLink"
SYNC_EVERY_MS = 5 * 60 * 1000
FIRST_SYNC_MS = 15 * 1000  # after a start: what teammates did meanwhile comes without a click
# what a pull may bring (a teammate's devices, sources, figures, pairings, events and notes): every panel re-reads
PULLED = ChangeSet(frozenset({"device", "pairing", "choice", "source", "value", "event", "note"}))


class _Progress(QObject):
    progressed = Signal(str, int, int)  # stage ("push" | "pull"), done, total: emitted on the worker


class TeamLink(QObject):
    """The store's team library as the window sees it: its last known status, and the calls that change it."""

    status_changed = Signal(object)  # TeamStatusDTO, or None when no library is connected
    connected = Signal(object)  # TeamStatusDTO after a successful connection
    connect_failed = Signal(str)  # why, in words
    sync_started = Signal()
    sync_progressed = Signal(str, int, int)  # stage, done, total
    sync_finished = Signal(object)  # TeamSyncDTO
    sync_failed = Signal(str)
    members_read = Signal(object)  # list[TeamMemberDTO]
    members_failed = Signal(str)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.store = window.store
        self.status = None  # the last TeamStatusDTO read (None: not connected, or not read yet)
        self.syncing = False
        self.button: QToolButton | None = None
        self.dialog = None  # the open TeamDialog
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)  # a status read may run beside a sync
        self._jobs: set[BackgroundJob] = set()  # kept alive until their signals have been delivered
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_EVERY_MS)
        self.timer.timeout.connect(self.sync)
        self.first_sync = QTimer(self)  # a window start syncs soon after its first paint, then every few minutes
        self.first_sync.setSingleShot(True)
        self.first_sync.setInterval(FIRST_SYNC_MS)
        self.first_sync.timeout.connect(self.sync)

    # work on a worker ----------------------------------------------------------------------------------
    def _run(self, fn: Callable[[], object], done: Callable[[object], None],
             failed: Callable[[BaseException], None]) -> BackgroundJob:
        job = BackgroundJob(fn)
        job.setAutoDelete(False)
        self._jobs.add(job)

        def finished(result, job=job):
            if isValid(self):  # the window may have closed while the worker ran
                self._jobs.discard(job)
                done(result)

        def raised(exc, job=job):
            if isValid(self):
                self._jobs.discard(job)
                failed(exc)
        job.signals.finished.connect(finished)
        job.signals.failed.connect(raised)
        self.pool.start(job)
        return job

    def busy(self) -> bool:
        return bool(self._jobs)

    # status ------------------------------------------------------------------------------------------
    def start(self) -> None:
        """After the window's first paint: is a library connected? If so, show the button and start syncing."""
        from db.api import team
        try:
            on = team.connected(self.store.database)
        except Exception as exc:  # noqa: BLE001 - a store that cannot be read says so elsewhere; no button here
            logging.getLogger("chiplens").warning("team state unreadable: %s", exc)
            return
        if on:
            self.timer.start()
            self.first_sync.start()
            self.refresh()

    def refresh(self) -> None:
        """Read the status again (on a worker: it counts what waits in the queue)."""
        from db.api import team
        path = self.store.database

        def failed(exc):
            logging.getLogger("chiplens").warning("team status unreadable: %s", error_text(exc))
        self._run(lambda: team.status(path) if team.connected(path) else None, self._set_status, failed)

    def _set_status(self, status) -> None:
        self.status = status
        if status is None:
            self.timer.stop()
        elif not self.timer.isActive():
            self.timer.start()
        self._show_button()
        self.status_changed.emit(status)

    # connect, disconnect -----------------------------------------------------------------------------
    def connect_library(self, conninfo: str, password: str | None, keep_password: bool) -> None:
        from db.api import team
        path = self.store.database

        def done(status):
            self._set_status(status)
            self.connected.emit(status)
            self.sync()  # the library's rows come at once
        self._run(lambda: team.connect(path, conninfo, password or None, keep_password), done,
                  lambda exc: self.connect_failed.emit(error_text(exc)))

    def disconnect_library(self) -> None:
        from db.api import team
        path = self.store.database
        self.timer.stop()
        self._run(lambda: team.disconnect(path), lambda _none: self.refresh(),
                  lambda exc: self.sync_failed.emit(error_text(exc)))

    # sync --------------------------------------------------------------------------------------------
    def sync(self) -> bool:
        """Push the queue and pull the others' changes, on a worker; False if a sync is already running."""
        if self.syncing:
            return False
        from db.api import team
        path = self.store.database
        self.syncing = True
        progress = _Progress()
        progress.progressed.connect(self.sync_progressed)

        def report(stage: str, done: int, total: int, progress=progress) -> None:
            progress.progressed.emit(stage, done, total)

        def finished(result, progress=progress):
            self.syncing = False
            progress.deleteLater()
            if result.pulled:
                self.store.publish(PULLED)  # every panel shows what arrived
            self.sync_finished.emit(result)
            self.refresh()

        def failed(exc, progress=progress):
            self.syncing = False
            progress.deleteLater()
            self.sync_failed.emit(error_text(exc))  # the button says it; no dialog interrupts the analyst
            self.refresh()
        self._show_button()
        self.sync_started.emit()
        self._run(lambda: team.sync(path, report), finished, failed)
        return True

    def members(self) -> None:
        from db.api import team
        path = self.store.database
        self._run(lambda: team.members(path), self.members_read.emit,
                  lambda exc: self.members_failed.emit(error_text(exc)))

    # the status-bar button ---------------------------------------------------------------------------
    def label(self) -> str:
        status = self.status
        if self.syncing:
            return QCoreApplication.translate("TeamLink", "Team: syncing…")
        if status is None:
            return ""
        if status.conflicts:
            return (QCoreApplication.translate("TeamLink", "Team: 1 conflict") if status.conflicts == 1 else
                    QCoreApplication.translate("TeamLink", "Team: %1 conflicts").replace("%1", str(status.conflicts)))
        queued = QCoreApplication.translate("TeamLink", "%1 queued").replace("%1", str(status.queued))
        if status.last_error:
            return QCoreApplication.translate("TeamLink", "Team: offline · %1").replace("%1", queued)
        if status.last_sync:
            text = QCoreApplication.translate("TeamLink", "Team: synced %1").replace(
                "%1", dates.clock(status.last_sync))
        else:
            text = QCoreApplication.translate("TeamLink", "Team: not synced yet")
        return text + (" · " + queued if status.queued else "")

    def _show_button(self) -> None:
        if self.status is None and not self.syncing:
            if self.button is not None:
                self.window.statusBar().removeWidget(self.button)
                self.button.deleteLater()
                self.button = None
            return
        if self.button is None:
            self.button = QToolButton(self.window)
            self.button.setObjectName("teamStatusButton")
            self.button.setAutoRaise(True)
            self.button.setAccessibleName(QCoreApplication.translate("TeamLink", "Team library status"))
            self.button.clicked.connect(self.open_dialog)
            self.window.statusBar().addPermanentWidget(self.button)
        self.button.setText(self.label())
        tip = QCoreApplication.translate(
            "TeamLink", "Team library: %1. Click for details, Sync now and conflicts.").replace(
            "%1", self.status.where if self.status is not None else "")
        if self.status is not None and self.status.last_error:
            tip += "\n" + said(self.status.last_error)
        self.button.setToolTip(tip)

    def open_dialog(self):
        """File ▸ Team library… (and the button): one dialog, raised if it is open already."""
        from desktop.dialogs.team_dialog import TeamDialog
        dialog = self.dialog
        if dialog is None:
            self.dialog = dialog = TeamDialog(self, self.window)
            dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

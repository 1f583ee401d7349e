"""Backups while working: every 30 minutes of use, if the store changed since the last backup, a "daily"
backup is made off the GUI thread; on exit, one more if something changed since (gui.py asks `finish()`).

Changes are heard on the Store's `changed` broadcast (every write publishes a ChangeSet). Each backup has
the daily reason, so pruning by the user's retention policy (the newest of each day, week, month) keeps
the rotation exactly as it was: several backups in a day leave the newest of them. A backup that fails
(a full disk, a read-only folder) says so in the status bar, once per attempt: no dialog, typing goes on,
and the next tick tries again.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal

from desktop.background import BackgroundJob

log = logging.getLogger("chiplens")

INTERVAL_MS = 30 * 60 * 1000


class WorkBackups(QObject):
    made = Signal(object)  # the backup's path (None: the store did not pass quick_check, nothing made)
    failed = Signal(str)  # what the status bar says

    def __init__(self, store, policy: Callable[[], object], show: Callable[[str], None] | None = None,
                 interval_ms: int = INTERVAL_MS, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self._policy = policy  # read on the GUI thread (QSettings), before each backup
        self._show = show
        self.changed_since_backup = False
        self._job: BackgroundJob | None = None  # the running backup, until it reports back
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        store.changed.connect(self._changed)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.back_up_if_changed)
        self.timer.start()

    @property
    def running(self) -> bool:
        return self._job is not None

    def _changed(self, _change=None, _initiator=None) -> None:
        self.changed_since_backup = True

    def back_up_if_changed(self) -> bool:
        """Start a backup off the GUI thread if the store changed since the last one; True if one started."""
        if not self.changed_since_backup or self._job is not None:
            return False
        self.changed_since_backup = False  # changes made while it runs go into the next one
        policy, backups = self._policy(), self.store.library.backups
        job = BackgroundJob(lambda: backups.daily(policy, again=True))
        job.signals.finished.connect(self._done)
        job.signals.failed.connect(self._failed)
        self._job = job
        self._pool.start(job)
        return True

    def _done(self, path) -> None:
        self._job = None
        if path is None:
            log.warning("backup while working: %s did not pass quick_check; no backup made", self.store.database)
        else:
            log.info("backup while working: %s", path)
        self.made.emit(path)

    def _failed(self, exc) -> None:
        self._job = None
        self.changed_since_backup = True  # not backed up: the next tick tries again
        detail = getattr(exc, "message", "") or str(exc)
        text = self.tr("The backup could not be made: %1").replace("%1", detail.split("\n\n")[0])
        log.warning("backup while working failed: %s", detail)
        if self._show is not None:
            self._show(text)
        self.failed.emit(text)

    def finish(self) -> bool:
        """On exit: stop the timer, let a running backup end; True if the store changed since the last backup."""
        self.timer.stop()
        if self._job is not None:
            self._pool.waitForDone()
            # only its result (queued to this object): a failure leaves the changes to back up on exit. Not
            # processEvents(), which would run whatever else is pending after the loop ended (the chart's load)
            QCoreApplication.sendPostedEvents(self)
        return self.changed_since_backup

"""The store's full check, after the first paint.

A window start opens the store with the checks that cost the same whatever its size (file header and
size, schema and seed stamps: db.api.store.open_store(check_later=True)); PRAGMA quick_check and
foreign_key_check read the whole file (seconds for a decade of notes), so they run here, on a worker, once
the comparison is on screen. Until the check has passed, nothing is written: a write made meanwhile (a note's
autosave) waits for it in the data layer, and on a damaged store every write is refused.

Damage found then is told with the damaged-database dialog of a start (restore the latest backup, recover
what can be read, start fresh, or quit); the window then shows the store put in place, which is checked
in its turn. Leaving stops a check still running: the next start runs it again.
"""
from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, QThreadPool, Signal

from db import api
from db.errors import CorruptDatabaseError, StoreError
from desktop.background import BackgroundJob

log = logging.getLogger("chiplens")


class FullCheck(QObject):
    passed = Signal()
    damaged = Signal(object)  # the CorruptDatabaseError

    def __init__(self, window, parent: QObject | None = None):
        super().__init__(parent or window)
        self.window = window
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: BackgroundJob | None = None  # kept until it reports back (its signals live as long)
        self.damaged.connect(self._tell)

    @property
    def database(self):
        return self.window.store.database

    def start(self) -> None:
        """Run the owed check on the worker (nothing owed: it reports `passed` at once)."""
        database = self.database
        job = self._job = BackgroundJob(lambda: api.verify_store(database))
        job.signals.finished.connect(self._passed)
        job.signals.failed.connect(self._failed)
        self._pool.start(job)

    def finish(self) -> None:
        """Leaving: stop a check still running (it stays owed) and wait for the worker."""
        api.stop_verifying(self.database)
        self._pool.waitForDone()

    def _passed(self, _none=None) -> None:
        self._job = None
        self.passed.emit()

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        if isinstance(exc, CorruptDatabaseError):
            log.warning("full check of %s: %s", self.database, exc.message)
            self.damaged.emit(exc)
        else:  # stopped, busy, a read the disk failed: no verdict, so writes run the check themselves
            log.warning("full check of %s not finished: %s", self.database, exc)

    def _tell(self, exc: CorruptDatabaseError) -> None:
        """The damaged-database dialog over the window; act on the choice, then show what is in place."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from desktop.dialogs.backups_dialog import EVERYTHING
        from desktop.startup import store_opening
        from desktop.startup import store_opening as said
        from desktop.startup.store_opening import ask_about_damage, recover, salvage_interactively
        window, database = self.window, self.database
        if store_opening._headless():  # no one to ask (offscreen): as at start, the message and exit 1, untouched
            sys.stderr.write(f"chiplens: {exc.title}.\n{exc.message}\n")
            QCoreApplication.exit(1)
            return
        while True:
            choice = ask_about_damage(database, exc, window, other_folder=False)
            if choice not in ("restore", "fresh", "salvage"):
                window.close()  # quit: the store is left as it is, nothing was written to it
                return
            try:
                done = salvage_interactively(database, window) if choice == "salvage" else recover(database, choice)
                if not done:  # Back from the salvage report
                    continue
                log.warning("damaged database %s: %s", database, done)
                api.open_store(database, check_later=True)  # a restored backup may be migrated or seeded
            except StoreError as again:
                QMessageBox.critical(window, *said.words(again))
                continue
            window.store.publish(EVERYTHING)  # every panel re-reads the store put in place
            window.statusBar().showMessage({
                "restore": QCoreApplication.translate("MainWindow", "Backup restored: the window shows its data."),
                "fresh": QCoreApplication.translate("MainWindow", "Started with a fresh database; the damaged file was kept beside it."),
            }.get(choice, QCoreApplication.translate("MainWindow", "What could be read was recovered: the window shows it.")), 15_000)
            self.start()  # which is checked in its turn
            return

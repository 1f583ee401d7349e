"""Run one slow call off the GUI thread and hear back on it (STYLE rule 4: workers never touch widgets).

    job = BackgroundJob(lambda: backup_database(...))
    job.signals.finished.connect(on_result)   # queued back to the GUI thread
    job.signals.failed.connect(on_error)      # the exception object
    pool.start(job)
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Signal


class JobSignals(QObject):
    finished = Signal(object)  # what the call returned
    failed = Signal(object)  # the exception it raised


class BackgroundJob(QRunnable):
    def __init__(self, fn: Callable[[], object]):
        super().__init__()
        self.fn = fn
        self.signals = JobSignals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which explains it to the user
            logging.getLogger("chiplens").warning("background job failed", exc_info=True)  # kept in the log
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit(result)

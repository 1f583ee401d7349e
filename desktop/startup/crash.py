"""Crashes are reported, not hidden.

- `faulthandler` writes the Python stacks of a hard crash (segfault, abort, deadlock dump) to
  `logs/faulthandler.log` in the data folder.
- `sys.excepthook` (and `threading.excepthook`) log an unexpected exception with its traceback to
  `logs/chiplens.log`, print it to stderr, and show a dialog naming the log file. Qt keeps running
  its event loop after an exception in a slot, so the app goes on where it can.
- An error the user can act on (a StoreError: disk full, locked, read-only...) is shown with its
  advice instead of as a bug.
"""
from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback

log = logging.getLogger("chiplens")

_fault_file = None  # kept open for faulthandler for the life of the process


def enable_faulthandler(paths) -> bool:
    """Hard crashes go to logs/faulthandler.log (stderr if the folder cannot be written)."""
    global _fault_file
    from desktop.paths import make_private
    try:
        make_private(paths.data_dir)
        make_private(paths.fault_log.parent)
        fh = open(paths.fault_log, "a", encoding="utf-8")  # noqa: SIM115 - must stay open
    except OSError:
        faulthandler.enable()
        return False
    if _fault_file is not None and _fault_file is not fh:
        _fault_file.close()
    _fault_file = fh
    faulthandler.enable(file=fh, all_threads=True)
    return True


def report(exc_type, exc, tb, log_file) -> None:
    """Log, print and (with a screen) show an unexpected exception. Never raises."""
    try:
        from desktop.dialogs.crash_dialog import report as show
    except Exception:  # noqa: BLE001 - even a broken install must not hide the error
        sys.stderr.write("".join(traceback.format_exception(exc_type, exc, tb)))
        return
    show(exc_type, exc, tb, log_file)


def install(paths) -> None:
    """faulthandler to the logs folder, and the exception hooks (for the main and other threads)."""
    enable_faulthandler(paths)
    log_file = paths.log_file

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        report(exc_type, exc, tb, log_file)

    def thread_hook(args):
        if args.exc_type is SystemExit:
            return
        report(args.exc_type, args.exc_value, args.exc_traceback, log_file)

    sys.excepthook = hook
    threading.excepthook = thread_hook

"""What a failed read or write of a file means to the user, in words: the one wording of OS errors (full disk,
permissions, read-only disk, a failing drive) for the command line and the exports, with the file named.

No Qt here: the words are marked for Qt's lupdate; a caller passes its translate function (English without)."""
from __future__ import annotations

import errno

from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english

CONTEXT = "FileErrors"
ADVICE = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("FileErrors", "the disk is full: free some space and try again"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("FileErrors", "your disk quota is used up: free some space and try again"),
    errno.EACCES: QT_TRANSLATE_NOOP("FileErrors", "permission denied: fix the permissions or choose a folder you can "
                                                  "write to"),
    errno.EPERM: QT_TRANSLATE_NOOP("FileErrors", "permission denied: fix the permissions or choose a folder you can "
                                                 "write to"),
    errno.EROFS: QT_TRANSLATE_NOOP("FileErrors", "the disk is read-only: choose a folder on a disk you can write to"),
    errno.EIO: QT_TRANSLATE_NOOP("FileErrors", "the disk or drive reported an input/output error: check the drive, "
                                               "or use another folder"),
    errno.ENOENT: QT_TRANSLATE_NOOP("FileErrors", "no such file or folder"),
    errno.EISDIR: QT_TRANSLATE_NOOP("FileErrors", "that is a folder"),
}
NO_NAME = QT_TRANSLATE_NOOP("FileErrors", "a file could not be read or written: %1")
DISK_TITLE = QT_TRANSLATE_NOOP("FileErrors", "The disk reported an error")
DISK_MESSAGE = QT_TRANSLATE_NOOP(
    "FileErrors", "The disk that holds the ChipLens data failed to read or write the database (%1). What was being "
    "saved was rolled back: the database is as it was before. Check the drive (a failing disk, a disconnected "
    "network share or USB drive) and try again; 'chiplens db check' checks the database.")


def reason(exc: OSError, translate: Translate = _english) -> str:
    """Why the operation failed, with what to do when the user can do something."""
    advice = ADVICE.get(exc.errno or 0)
    return translate(CONTEXT, advice) if advice else (exc.strerror or str(exc) or type(exc).__name__)


def file_error(exc: OSError, translate: Translate = _english) -> str:
    """`FILE: reason` (the file the system named, both of them for a rename); the system does not name the
    file when writing to or closing an open one fails."""
    names = [str(n) for n in (exc.filename, exc.filename2) if n not in (None, "")]
    why = reason(exc, translate)
    return f"{' → '.join(names)}: {why}" if names else translate(CONTEXT, NO_NAME).replace("%1", why)


def store_error_text(err, translate: Translate = _english) -> tuple[str, str]:
    """(title, message) of a StoreError (db.errors) for the user: its own, or for a disk error (whose message
    holds only the system's words and the path) what happened and what to do."""
    from db.errors import DiskError
    if not isinstance(err, DiskError):
        return err.title, err.message
    detail, _, where = err.message.partition("\n\n")
    return (translate(CONTEXT, DISK_TITLE),
            translate(CONTEXT, DISK_MESSAGE).replace("%1", detail) + (f"\n\n{where}" if where else ""))

"""What a failed read or write of a file means to the user, in words: the one wording of OS errors (full disk,
permissions, read-only disk, a failing drive) for the command line and the exports, with the file named."""
from __future__ import annotations

import errno

ADVICE = {
    errno.ENOSPC: "the disk is full: free some space and try again",
    errno.EDQUOT: "your disk quota is used up: free some space and try again",
    errno.EACCES: "permission denied: fix the permissions or choose a folder you can write to",
    errno.EPERM: "permission denied: fix the permissions or choose a folder you can write to",
    errno.EROFS: "the disk is read-only: choose a folder on a disk you can write to",
    errno.EIO: "the disk or drive reported an input/output error: check the drive, or use another folder",
    errno.ENOENT: "no such file or folder",
    errno.EISDIR: "that is a folder",
}


def reason(exc: OSError) -> str:
    """Why the operation failed, with what to do when the user can do something."""
    return ADVICE.get(exc.errno or 0) or exc.strerror or str(exc) or type(exc).__name__


def file_error(exc: OSError) -> str:
    """`FILE: reason` (the file the system named, both of them for a rename); the system does not name the
    file when writing to or closing an open one fails."""
    names = [str(n) for n in (exc.filename, exc.filename2) if n not in (None, "")]
    return f"{' → '.join(names)}: {reason(exc)}" if names else f"a file could not be read or written: {reason(exc)}"


def store_error_text(err) -> tuple[str, str]:
    """(title, message) of a StoreError (db.errors) for the user: its own, or for a disk error (whose message
    holds only the system's words and the path) what happened and what to do."""
    from db.errors import DiskError
    if not isinstance(err, DiskError):
        return err.title, err.message
    detail, _, where = err.message.partition("\n\n")
    return ("The disk reported an error",
            f"The disk that holds the ChipLens data failed to read or write the database ({detail}). What was "
            "being saved was rolled back: the database is as it was before. Check the drive (a failing disk, a "
            "disconnected network share or USB drive) and try again; 'chiplens db check' checks the database."
            + (f"\n\n{where}" if where else ""))

"""File operations that must never leave half a file behind: write-then-rename, and moving a store aside.

Depends only on db.integrity's error translation, so that backup, recovery, exports and notes can all
use it without an import cycle.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from db.integrity import translate

SIDE_FILES = ("-wal", "-shm", "-journal")


@contextlib.contextmanager
def atomic_target(target: Path, suffix: str = ".part", create_folder: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside `target`; when the block ends without error it replaces `target`,
    otherwise it is removed. Durable: the file is fsynced, renamed, then its folder fsynced (so that the
    rename itself survives a power cut). A crash leaves the old file or the new one, never half of one.
    The file gets the usual permissions (0644 less the umask), not the temporary file's private ones.
    `create_folder` False: a missing folder is an error (FileNotFoundError) instead of being made."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if create_folder:
        folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=folder)
    tmp = Path(name)
    try:
        os.close(fd)  # in here: a close the disk refuses still removes the file
        yield tmp
        if tmp.exists():
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o644 & ~_umask())
        os.replace(tmp, target)
        sync_folder(folder)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def sync_folder(folder: Path) -> None:
    """fsync a folder, so that the names created or renamed in it are on the disk (POSIX; Windows has no
    handle to a folder to fsync, and NTFS journals its renames)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(target: Path, payload: bytes) -> None:
    """Write `payload` to `target` with write-then-rename."""
    with atomic_target(Path(target)) as tmp:
        tmp.write_bytes(payload)


def free_name(name: Callable[[str], Path]) -> Path:
    """`name(stamp)` for the local time now (YYYYmmdd-HHMMSS), or with "-2", "-3"... after the stamp if that
    file exists: the one naming rule of backups, moved-aside stores and salvaged stores."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target, n = name(stamp), 1
    while target.exists():
        n += 1
        target = name(f"{stamp}-{n}")
    return target


def move_aside(path: Path) -> Path:
    """Rename the store (and its -wal/-shm files) to `<name>.damaged-<timestamp>`; returns the new path.

    Nothing is deleted: the user (or a support person) can still look at the file.
    """
    path = Path(path)
    target = free_name(lambda stamp: path.with_name(f"{path.name}.damaged-{stamp}"))
    try:
        os.replace(path, target)
        for suffix in SIDE_FILES:
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, target.with_name(target.name + suffix))
    except OSError as exc:
        raise translate(exc, path) from exc
    return target

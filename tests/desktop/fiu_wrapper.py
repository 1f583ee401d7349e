"""Run one `chiplens` command with I/O failures injected into this very process (libfiu's POSIX preload).

    fiu-run -x -f '' python tests/desktop/fiu_wrapper.py SEED WINDOW [chiplens arguments ...]

WINDOW is N (the first failure on one of the first N intercepted calls) or START:END (on one of the calls from
START up to END, not included).

Faults cannot be enabled from the start (`fiu-run -c`): Python's own start-up would fail to read its modules.
So this script starts clean, then registers one libfiu callback (fiu_enable_external) on the file-system
failure points below and calls `desktop.app.main` as `python -m desktop` would. The callback, not libfiu's
own generator (seeded from the clock), decides each failure, from `random.Random(SEED)` so that a failing run
can be replayed: the first failure falls on one of the WINDOW's intercepted calls, and each later call
fails with a probability drawn from AFTER (0: one failure; 1: the disk stays full or broken). Each failure's
errno is one of ENOSPC, EIO, EACCES and EROFS. Loading a module is never failed (the installation is not
what is tested): the import machinery pauses the faults while it runs.

The command's standard output and error are held in memory while the faults are on (a terminal does not fill
up like a disk) and written out afterwards; an exception that escapes main() is printed as Python would, with
exit code 1. Last line on standard error: `fiu: N failures injected in M calls: ` the first few (point and errno), and
how many at each point.
"""
from __future__ import annotations

import builtins
import ctypes
import errno
import importlib
import io
import random
import sys
import traceback
from collections import Counter

POINTS = ("posix/io/oc/open", "posix/io/oc/close", "posix/io/rw/read", "posix/io/rw/pread", "posix/io/rw/write",
          "posix/io/rw/pwrite", "posix/io/rw/writev", "posix/io/rw/ftruncate", "posix/io/sync/fsync",
          "posix/io/sync/fdatasync", "posix/io/dir/rename", "posix/io/dir/unlink", "posix/io/dir/opendir",
          "posix/io/dir/readdir", "posix/stdio/oc/fopen", "posix/stdio/rw/fread", "posix/stdio/rw/fwrite")
ERRNOS = (errno.ENOSPC, errno.EIO, errno.EACCES, errno.EROFS)
AFTER = (0.0, 0.02, 0.3, 1.0)

CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int),
                            ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_uint))


class Faults:
    def __init__(self, seed: int, window: tuple[int, int]):
        self.random = random.Random(seed)
        start, end = window
        self.first = self.random.randrange(start, max(end, start + 1))  # the call that fails first
        self.after = self.random.choice(AFTER)
        self.on = False
        self.paused = 0  # > 0 while a module loads
        self.injected: list[str] = []  # "point errno" of each failure, in order
        self.calls = 0  # intercepted calls while the faults were on
        self.callback = CALLBACK(self.decide)  # kept alive as long as libfiu may call it

    def decide(self, name, failnum, failinfo, flags) -> int:
        if not self.on or self.paused:
            return 0
        self.calls += 1
        if self.calls <= self.first or (self.injected and self.random.random() >= self.after):
            return 0
        code = self.random.choice(ERRNOS)
        failinfo[0] = code  # the preload sets errno to failinfo
        self.injected.append(f"{name.decode()} {errno.errorcode[code]}")
        return 1

    def install(self) -> None:
        lib = ctypes.CDLL(None)  # libfiu is loaded already, by the preload libraries
        if not hasattr(lib, "fiu_enable_external"):
            sys.exit("fiu_wrapper: run me under `fiu-run -x`")
        lib.fiu_enable_external.argtypes = (ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_uint, CALLBACK)
        for point in POINTS:
            if lib.fiu_enable_external(point.encode(), 1, None, 0, self.callback) != 0:
                sys.exit(f"fiu_wrapper: cannot enable {point}")
        self.pause_imports()

    def pause_imports(self) -> None:
        def paused(load):
            def call(*args, **kwargs):
                self.paused += 1
                try:
                    return load(*args, **kwargs)
                finally:
                    self.paused -= 1
            return call
        builtins.__import__ = paused(builtins.__import__)
        importlib.import_module = paused(importlib.import_module)


def main(argv: list[str]) -> int:
    seed, args = int(argv[0]), argv[2:]
    start, _, end = argv[1].rpartition(":")
    window = (int(start or 0), int(end))
    from desktop.app import main as chiplens
    if {"export", "report"} & set(args):  # Qt's platform plugin and fonts: loaded once, before the faults (also
        # after --data-dir DIR: a fault inside Qt's plugin loading aborts the process, like a broken installation)
        from desktop.cli.pictures import _qt
        _qt()
    faults = Faults(seed, window)
    faults.install()
    real_out, real_err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = io.StringIO(), io.StringIO()
    crashed = None
    faults.on = True
    try:
        code = chiplens(args)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:
        crashed = traceback.format_exc()
        code = 1
    finally:
        faults.on = False
        out, err = sys.stdout.getvalue(), sys.stderr.getvalue()
        sys.stdout, sys.stderr = real_out, real_err
    sys.stdout.write(out)
    points = Counter(f.split()[0] for f in faults.injected)
    sys.stderr.write(err + (crashed or "") + f"fiu: {len(faults.injected)} failures injected in {faults.calls} calls: "
                     + ", ".join(faults.injected[:6]) + (" …" if len(faults.injected) > 6 else "")
                     + "; by point: " + ", ".join(f"{p} {n}" for p, n in sorted(points.items())) + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Compiled dataclass methods, kept between runs as Python keeps .pyc files.

Every @dataclass writes its __init__, __repr__, __eq__, __hash__ (and, when frozen, __setattr__ and __delattr__)
as source text and compiles it when its module is imported: about 1 ms a class on CPython 3.11, some 60 ms for
the data classes a start loads. A compiled text depends only on the text and the interpreter, so the code
objects are kept, marshalled, in a file named by the interpreter's cache tag and magic number (as .pyc files
are) and handed to `exec` instead of the text; a text not seen before is compiled as usual. Each entry is
unmarshalled when its class is made (one big load at start-up cost ~10 ms, most of the saving). When a run
compiled a text the file did not have, the file is rewritten once the window is up (`save`): what it had plus
what this run used, so the window's classes and the commands' share one file; past MAX_ENTRIES (texts of code
that has since changed pile up in a development checkout) only what this run used is kept.

Nothing here changes what a class does: the same text gives the same code. A missing, damaged or unwritable
file means dataclasses compile as they always do.
"""
from __future__ import annotations

import builtins
import os
import sys
from pathlib import Path

_state: dict = {}
MAX_ENTRIES = 3000  # a release has some 500 data-class methods


def cache_file(folder: Path) -> Path:
    import importlib.util
    return folder / f"dataclass-code.{sys.implementation.cache_tag}.{importlib.util.MAGIC_NUMBER.hex()}.marshal"


def install(folder: Path | None) -> None:
    """Serve dataclasses' compiled methods from `folder`'s cache (None: no cache, nothing changes)."""
    if folder is None or _state:
        return
    import dataclasses
    import marshal
    path = cache_file(folder)
    try:
        with open(path, "rb") as fh:
            known = marshal.load(fh)
        if not isinstance(known, dict):
            known = {}
    except (OSError, EOFError, ValueError, TypeError):
        known = {}
    _state.update(path=path, known=known, used={}, new=0)

    def cached_exec(source, globals=None, locals=None):  # noqa: A002 - exec's own parameter names
        if isinstance(source, str):
            data = known.get(source)
            code = None
            if isinstance(data, bytes):
                try:
                    code = marshal.loads(data)
                except (EOFError, ValueError, TypeError):
                    code = None
            if code is None:
                code = compile(source, "<string>", "exec")
                data = marshal.dumps(code)
                _state["new"] += 1
            _state["used"][source] = data
            source = code
        return builtins.exec(source, globals, locals)

    dataclasses.exec = cached_exec  # the module's `exec` (a global shadows the builtin); nothing else is touched


def save() -> None:
    """Write the texts this run compiled or used, if any was new (atomically; a failure is ignored)."""
    if not _state or not _state["new"]:
        return
    import marshal
    path: Path = _state["path"]
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        kept = {k: v for k, v in _state["known"].items() if isinstance(k, str) and isinstance(v, bytes)}
        kept.update(_state["used"])
        with open(tmp, "wb") as fh:
            marshal.dump(kept if len(kept) <= MAX_ENTRIES else dict(_state["used"]), fh)
        os.replace(tmp, path)
        _state["new"] = 0
    except (OSError, ValueError):
        try:
            tmp.unlink()
        except OSError:
            pass


def uninstall() -> None:
    """Back to dataclasses as they come (tests)."""
    import dataclasses
    if "exec" in vars(dataclasses):
        del dataclasses.exec
    _state.clear()

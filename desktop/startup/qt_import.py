"""PySide6 without its per-module source scan.

PySide6 asks, of every module imported once it is loaded, whether that module uses PySide6 (for its
`__feature__` switches): it reads the module's whole source through `inspect.getsource` (tokenize and
linecache), about 0.1-0.3 ms a module and some ninety modules on the way to the first paint. The same
question is answered here by looking for the same word in the file's bytes; a module without a .py file
(a frozen build) is asked the original way.
"""
from __future__ import annotations

import sys


def quicker_feature_scan() -> None:
    """Load PySide6 and make its per-module scan read bytes (no effect if its internals change)."""
    import PySide6  # noqa: F401 - loads shiboken's support modules, the scan among them
    feature = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if scan is None or getattr(scan, "quick", False):
        return

    def uses_pyside(module) -> bool:
        file = getattr(module, "__file__", None)
        if isinstance(file, str) and file.endswith(".py"):
            try:
                with open(file, "rb") as fh:
                    return b"PySide6" in fh.read()
            except OSError:
                pass
        return bool(scan(module))
    uses_pyside.quick = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]

"""The one way ChipLens hands a link to the system: only http, https and mailto, only after a click.

Notes, event summaries and source titles are text from elsewhere (imports, other analysts). A link
in them must never start a program (file:, javascript:, a custom scheme registered by some app,
smb: ...): every view that shows such text sets `setOpenLinks(False)` / `setOpenExternalLinks(False)`
and calls `open_external` from its click handler.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QUrl

log = logging.getLogger("chiplens")

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})


def is_safe(url: QUrl) -> bool:
    """A well-formed http(s) URL with a host, or a mailto: address."""
    if not url.isValid():
        return False
    scheme = url.scheme().lower()
    if scheme not in SAFE_SCHEMES:
        return False
    if scheme in ("http", "https"):
        return bool(url.host())
    return bool(url.path())


def open_external(url: QUrl | str) -> bool:
    """Open a web or mail link in the system's browser or mail program; anything else is refused."""
    url = QUrl(url)
    if not is_safe(url):
        log.info("refused to open a link with scheme %r", url.scheme())
        return False
    from PySide6.QtGui import QDesktopServices
    return bool(QDesktopServices.openUrl(url))


def open_local_path(path) -> bool:
    """Show a file or folder ChipLens itself wrote (an export, the backups folder) in the system's file manager.

    Never call this with a URL or path taken from note, event or source text: those go to open_external.
    """
    from pathlib import Path

    from PySide6.QtGui import QDesktopServices
    target = Path(path)
    if not target.exists():
        return False
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.resolve()))))

"""The one way ChipLens hands a link to the system: only http, https and mailto, only after a click.

Notes, event summaries and source titles are text from elsewhere (imports, other analysts). A link
in them must never start a program (file:, javascript:, a custom scheme registered by some app,
smb: ...): every view that shows such text sets `setOpenLinks(False)` / `setOpenExternalLinks(False)`
and calls `open_external` from its click handler. A mailto: link keeps only its address, subject and body:
cc, bcc, to and attach (a file of the user's, sent along) are dropped.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QUrl, QUrlQuery

log = logging.getLogger("chiplens")

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
MAIL_FIELDS = frozenset({"subject", "body"})  # the only query fields a mailto: link keeps


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


def mail_link(url: QUrl) -> QUrl:
    """A mailto: link with only its address and its subject and body fields (case-insensitive): no hidden cc or
    bcc recipient, no other "to", no attachment of a file of the user's."""
    query = QUrlQuery(url)
    kept = QUrlQuery()
    for name, value in query.queryItems(QUrl.ComponentFormattingOption.FullyEncoded):
        if name.lower() in MAIL_FIELDS:
            kept.addQueryItem(name, value)
    out = QUrl(url)
    out.setQuery(kept)
    if kept.isEmpty():
        out.setQuery(None)
    return out


def open_external(url: QUrl | str) -> bool:
    """Open a web or mail link in the system's browser or mail program; anything else is refused."""
    url = QUrl(url)
    if not is_safe(url):
        log.info("refused to open a link with scheme %r", url.scheme())
        return False
    if url.scheme().lower() == "mailto":
        url = mail_link(url)
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

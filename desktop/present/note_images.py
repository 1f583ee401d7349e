"""What a note's preview and its exports show in place of an image: ChipLens loads none.

A note is text from elsewhere too (imported, pasted, another analyst's): an image in it may name any file the user
can read (`![](file:///…)`, `![](/abs/path.png)`, `![](../x.png)`) or a tracker on the web. ChipLens has no images
attached to notes, so the preview, the note picture and the brief load no image at all: each is replaced by these
words, in the text. No Qt here (an import-linter contract); the window and the exports pass Qt's translate function.
"""
from __future__ import annotations

from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english

CONTEXT = "Notes"
LOCAL = QT_TRANSLATE_NOOP("Notes", "[image not shown: local files are not loaded]")
REMOTE = QT_TRANSLATE_NOOP("Notes", "[image not shown: remote images are not loaded]")
INLINE = QT_TRANSLATE_NOOP("Notes", "[image not shown: images in notes are not loaded]")
REMOTE_SCHEMES = frozenset({"http", "https", "ftp", "ftps", "ws", "wss"})


def image_words(scheme: str, host: str, translate: Translate = _english) -> str:
    """The words shown for an image whose address has this scheme and host: a web address (or any with a host,
    '//cdn.example/x.png') is remote, data: is the note's own, anything else a file."""
    scheme = scheme.lower()
    if scheme in REMOTE_SCHEMES or host:
        text = REMOTE
    elif scheme == "data":
        text = INLINE
    else:
        text = LOCAL
    return translate(CONTEXT, text)

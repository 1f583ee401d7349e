"""A note's Markdown as a QTextDocument that loads no image: the one way the preview and the exports render a note.

QTextDocument reads local files by itself (`![](file:///etc/x.png)`, `![](/abs/x.png)`, `![](../x.png)` resolved
against the working folder) when it lays an image out. Here every image of the rendered note is replaced by words
in italics (desktop.present.note_images) before anything is laid out, and `NoteDocument.loadResource` refuses
whatever is still asked for, so no file is opened and nothing is fetched.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

from desktop.present.note_images import image_words


class NoteDocument(QTextDocument):
    """A QTextDocument that never loads a resource (image, style sheet): what it shows comes from its text."""

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt override
        return None


def set_note_markdown(doc: QTextDocument, markdown: str) -> list[QUrl]:
    """Render `markdown` into `doc` (GitHub dialect), its images replaced by words; returns their addresses."""
    doc.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    return replace_images(doc)


def replace_images(doc: QTextDocument) -> list[QUrl]:
    """Replace each image of `doc` (Markdown or HTML `<img>`) by words saying it is not shown, in italics; returns
    the images' addresses, in the order of the text."""
    found: list[tuple[int, int, QTextCharFormat, QUrl]] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fragment.isValid() and fmt.isImageFormat():  # one character per image; like ones may share a fragment
                url = QUrl(fmt.toImageFormat().name())
                found += [(fragment.position() + i, 1, fmt, url) for i in range(fragment.length())]
            it += 1
        block = block.next()
    for position, length, fmt, url in reversed(found):  # from the end: earlier positions stay valid
        words = QTextCharFormat()
        words.setFontItalic(True)
        if fmt.isAnchor():  # an image inside a link stays a link
            words.setAnchor(True)
            words.setAnchorHref(fmt.anchorHref())
        cursor = QTextCursor(doc)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(image_words(url.scheme(), url.host(), QCoreApplication.translate), words)
    return [url for *_, url in found]

"""A note as a picture: its Markdown rendered by QTextDocument (text stays text in SVG and PDF), in the
export fonts and the theme's colours. No image is loaded, neither a local file nor a remote one: each is replaced by
words saying so (desktop.note_document, as in the preview)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument

from db.dto import NoteDTO
from desktop import APP_NAME, __version__
from desktop.export.sources import EPOCH_CREDIT, Caption
from desktop.export.text import font
from desktop.export.theme import Theme
from desktop.note_document import NoteDocument, set_note_markdown

BODY = 13


def tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def markdown_document(markdown: str, theme: Theme, size: int = BODY) -> QTextDocument:
    doc = NoteDocument()
    doc.setDefaultFont(font(size))
    doc.setDocumentMargin(0)
    set_note_markdown(doc, markdown)
    return doc


def draw_document(p: QPainter, doc: QTextDocument, theme: Theme, clip: QRectF | None = None) -> None:
    ctx = QAbstractTextDocumentLayout.PaintContext()
    palette = ctx.palette
    palette.setColor(QPalette.ColorRole.Text, theme.text)
    palette.setColor(QPalette.ColorRole.WindowText, theme.text)
    palette.setColor(QPalette.ColorRole.Link, theme.series[0].darker(120))
    ctx.palette = palette
    if clip is not None:
        ctx.clip = clip
    doc.documentLayout().draw(p, ctx)


class NotePicture:
    def __init__(self, note: NoteDTO, theme: Theme, title: bool = True):
        """`title` False: the caption above the picture names the note, the body does not repeat it."""
        self.note, self.theme = note, theme
        body = note.body.strip() or "*" + tr("(empty note)") + "*"
        self.markdown = f"# {note.title}\n\n{body}" if note.title and title else body
        self.doc: QTextDocument | None = None

    def layout(self, width: float) -> float:
        # made here, not in __init__: a QTextDocument belongs to the thread that made it, and the window
        # builds the picture on the GUI thread but lays it out and draws it on a worker
        self.doc = markdown_document(self.markdown, self.theme)
        self.width = width
        self.doc.setTextWidth(width)
        return self.doc.size().height()

    def paint(self, p: QPainter, x: float, y: float) -> float:
        p.save()
        p.translate(x, y)
        draw_document(p, self.doc, self.theme)
        p.restore()
        return self.doc.size().height()


def note_caption(note: NoteDTO) -> Caption:
    links = ", ".join(link.label or f"{link.kind}:{link.target}" for link in note.links)
    first = [tr("Analyst note")]
    if note.tags:
        first.append(tr("tags: %1").replace("%1", " ".join("#" + t for t in note.tags)))
    if links:
        first.append(tr("linked to: %1").replace("%1", links))
    edited = tr("Last edited %1 (UTC)").replace("%1", note.updated.replace("T", " ").rstrip("Z")[:16])
    footer = [f"{APP_NAME} {__version__}"]
    if "Epoch AI" in note.body:
        footer.append(tr("Includes data from %1").replace("%1", EPOCH_CREDIT))
    return Caption(note.title or tr("Untitled note"), (" · ".join(first), " · ".join(footer)), edited)

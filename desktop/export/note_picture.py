"""A note as a picture: its Markdown rendered by QTextDocument (text stays text in SVG and PDF), in the
export fonts and the theme's colours. No image is loaded, neither a local file nor a remote one: each is replaced by
words saying so (desktop.note_document, as in the preview)."""
from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument

from db.dto import NoteDTO
from desktop import APP_NAME, __version__
from desktop.export.options import export_date
from desktop.export.sources import EPOCH_CREDIT, Caption
from desktop.export.text import font
from desktop.export.theme import Theme
from desktop.note_document import NoteDocument, set_note_markdown
from desktop.present.lang import ENGLISH, Translate, english

BODY = 13


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
    def __init__(self, note: NoteDTO, theme: Theme, title: bool = True, translate: Translate = english):
        """`title` False: the caption above the picture names the note, the body does not repeat it."""
        self.note, self.theme = note, theme
        body = note.body.strip() or "*" + translate("Export", "(empty note)") + "*"
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


def note_caption(note: NoteDTO, translate: Translate = english, lang: str = ENGLISH) -> Caption:
    links = ", ".join(link.label or f"{link.kind}:{link.target}" for link in note.links)
    first = [translate("Export", "Analyst note")]
    if note.tags:
        first.append(translate("Export", "tags: %1").replace("%1", " ".join("#" + t for t in note.tags)))
    if links:
        first.append(translate("Export", "linked to: %1").replace("%1", links))
    when = note.updated.replace("T", " ").rstrip("Z")[:16]
    when = export_date(when[:10], lang) + when[10:]  # English: as stored, ISO
    edited = translate("Export", "Last edited %1 (UTC)").replace("%1", when)
    footer = [f"{APP_NAME} {__version__}"]
    if "Epoch AI" in note.body:
        footer.append(translate("Export", "Includes data from %1").replace("%1", EPOCH_CREDIT))
    return Caption(note.title or translate("Export", "Untitled note"), (" · ".join(first), " · ".join(footer)), edited)

"""MarkdownView: a read-only Markdown preview that loads nothing: no local file, nothing from the network.

QTextDocument renders CommonMark/GitHub Markdown (headings, lists, tables, links, code). A note may name any
image (`![](file:///etc/x.png)`, `![](/abs/x.png)`, `![](../x.png)`, a tracker on the web): ChipLens has no
images attached to notes, so every image is replaced by words saying it is not shown (desktop.note_document,
the same as the note exports), and loadResource() refuses whatever the document still asks for, drawing a
small placeholder that says so. Links are not followed inside the view: web and mail links open in the system
browser, other links are ignored.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPainter, QPalette, QTextDocument  # noqa: F401 (tests patch it)
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.note_document import set_note_markdown
from desktop.present.note_images import image_words
from desktop.store import window_count

EXTERNAL_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
PREVIEW_LIMIT = 400_000  # characters rendered in the preview; longer notes show their beginning


class MarkdownView(QTextBrowser):
    link_opened = Signal(QUrl)  # a link handed to the system browser
    resource_refused = Signal(QUrl)  # an image of the note, or a resource the document asked for, not loaded

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setAccessibleName(self.tr("Note preview"))
        self.anchorClicked.connect(self._open)
        self.refused: list[QUrl] = []
        self._placeholders: dict[str, QImage] = {}
        self._truncated = False

    def set_markdown(self, text: str) -> None:
        """Render `text` (the beginning of it if it is very long)."""
        self.refused.clear()
        self._truncated = len(text) > PREVIEW_LIMIT
        if self._truncated:
            cut = text.rfind("\n", 0, PREVIEW_LIMIT)
            text = text[:cut if cut > 0 else PREVIEW_LIMIT] + "\n\n---\n\n*" + self.tr(
                "The preview shows the beginning of this note (%1 characters); the editor has all of it.").replace(
                "%1", window_count(PREVIEW_LIMIT)) + "*\n"
        for url in set_note_markdown(self.document(), text):
            self._refuse(url)

    @property
    def truncated(self) -> bool:
        return self._truncated

    # resources ------------------------------------------------------------------------------------
    def _refuse(self, url: QUrl) -> None:
        self.refused.append(QUrl(url))
        self.resource_refused.emit(QUrl(url))

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt override
        """Nothing is loaded: not a file (whatever its scheme or path), not a web address."""
        self._refuse(url)
        if kind == QTextDocument.ResourceType.ImageResource.value or kind == QTextDocument.ResourceType.ImageResource:
            return self.placeholder_image(url)
        return None

    def placeholder_image(self, url: QUrl | None = None) -> QImage:
        """'[image not shown: local files are not loaded]' (or remote images), drawn in the palette's colours."""
        text = image_words(url.scheme() if url else "", url.host() if url else "", QCoreApplication.translate)
        if text not in self._placeholders:
            metrics = self.fontMetrics()
            size = QSize(metrics.horizontalAdvance(text) + 16, metrics.height() + 10)
            dpr = self.devicePixelRatioF() or 1.0
            image = QImage(size * dpr, QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(dpr)
            image.fill(self.palette().color(QPalette.ColorRole.AlternateBase))
            p = QPainter(image)
            p.setPen(self.palette().color(QPalette.ColorRole.Mid))
            p.drawRect(QRect(0, 0, size.width() - 1, size.height() - 1))
            p.setPen(self.palette().color(QPalette.ColorRole.Text))
            p.setFont(self.font())
            p.drawText(QRect(0, 0, size.width(), size.height()), Qt.AlignmentFlag.AlignCenter, text)
            p.end()
            self._placeholders[text] = image
        return self._placeholders[text]

    # links ----------------------------------------------------------------------------------------
    def _open(self, url: QUrl) -> None:
        from desktop.safe_links import open_external
        if url.scheme().lower() in EXTERNAL_LINK_SCHEMES and open_external(url):
            self.link_opened.emit(url)

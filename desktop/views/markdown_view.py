"""MarkdownView: a read-only Markdown preview that never fetches anything from the network.

QTextDocument renders CommonMark/GitHub Markdown (headings, lists, tables, links, code). Every resource
the document asks for goes through loadResource(): only local files (file: URLs) and data: URLs are
loaded; anything else (http, https, ftp, or any other scheme) is refused, and a refused image is drawn
as a small placeholder that says so. Links are not followed inside the view: web and mail links open in
the system browser, other links are ignored.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPainter, QPalette, QTextDocument  # noqa: F401 (tests patch it)
from PySide6.QtWidgets import QTextBrowser, QWidget

LOCAL_SCHEMES = frozenset({"file", "data"})
EXTERNAL_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
PREVIEW_LIMIT = 400_000  # characters rendered in the preview; longer notes show their beginning


class MarkdownView(QTextBrowser):
    link_opened = Signal(QUrl)  # a link handed to the system browser
    resource_refused = Signal(QUrl)  # a remote resource the document asked for and did not get

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setAccessibleName(self.tr("Note preview"))
        self.anchorClicked.connect(self._open)
        self.refused: list[QUrl] = []
        self._placeholder: QImage | None = None
        self._truncated = False

    def set_markdown(self, text: str) -> None:
        """Render `text` (the beginning of it if it is very long)."""
        self.refused.clear()
        self._truncated = len(text) > PREVIEW_LIMIT
        if self._truncated:
            cut = text.rfind("\n", 0, PREVIEW_LIMIT)
            text = text[:cut if cut > 0 else PREVIEW_LIMIT] + "\n\n---\n\n*" + self.tr(
                "The preview shows the beginning of this note (%1 characters); the editor has all of it.").replace(
                "%1", f"{PREVIEW_LIMIT:,}") + "*\n"
        self.document().setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)

    @property
    def truncated(self) -> bool:
        return self._truncated

    # resources ------------------------------------------------------------------------------------
    @staticmethod
    def is_local(url: QUrl) -> bool:
        return url.scheme().lower() in LOCAL_SCHEMES and (url.scheme().lower() != "file" or not url.host())

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt override
        if self.is_local(url):
            return super().loadResource(kind, url)
        self.refused.append(QUrl(url))
        self.resource_refused.emit(QUrl(url))
        if kind == QTextDocument.ResourceType.ImageResource.value or kind == QTextDocument.ResourceType.ImageResource:
            return self.placeholder_image()
        return None

    def placeholder_image(self) -> QImage:
        """'⊘ remote image not loaded', drawn in the palette's colours."""
        if self._placeholder is None:
            text = "⊘ " + self.tr("remote image not loaded")
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
            self._placeholder = image
        return self._placeholder

    # links ----------------------------------------------------------------------------------------
    def _open(self, url: QUrl) -> None:
        from desktop.safe_links import open_external
        if url.scheme().lower() in EXTERNAL_LINK_SCHEMES and open_external(url):
            self.link_opened.emit(url)

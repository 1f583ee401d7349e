"""WrappedHeaderView: a horizontal header whose sections wrap their text to their own width, as tall as the tallest
section needs (a QHeaderView neither wraps nor grows: a long name was cut, or wrapped by hand at a number of
characters, which is wrong for both a proportional font and Chinese, whose characters are twice as wide and which
has no spaces to wrap at).

Lines break where the language allows (spaces; between Chinese characters), a word wider than its section after
its slashes, underscores, hyphens or inside its camelCase, and only if that is not enough, anywhere: nothing is cut.
A line break in the model's text ("name\\nvendor") is kept.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QHeaderView, QStyle, QWidget

from desktop.present.stacks_matrix import ZWSP, breakable


def wrap_lines(text: str, font: QFont, width: int) -> list[str]:
    """`text` in lines no wider than `width` pixels in `font` (a line of one unbreakable glyph excepted)."""
    metrics = QFontMetrics(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        paragraph = breakable(paragraph, lambda w: metrics.horizontalAdvance(w) > width)
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(max(width, 1))
            lines.append(paragraph[line.textStart():line.textStart() + line.textLength()].replace(ZWSP, "").strip())
        layout.endLayout()
    return [x for x in lines if x] or [""]


class WrappedHeaderView(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)  # as a table view's own header
        self.setHighlightSections(True)
        self.sectionResized.connect(lambda *_: self.updateGeometry())  # the height follows the widths

    def _font(self) -> QFont:
        """Bold: the current column's section is drawn bold, and must still fit."""
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _margin(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)

    def _text(self, logical: int) -> str:
        model = self.model()
        text = model.headerData(logical, self.orientation(), Qt.ItemDataRole.DisplayRole) if model else None
        return str(text or "")

    def wrapped(self, logical: int) -> str:
        """The section's text as drawn: wrapped to the section's width."""
        return "\n".join(wrap_lines(self._text(logical), self._font(), self.sectionSize(logical) - 2 * self._margin() - 2))

    def natural_width(self, logical: int) -> int:
        """The width the section's text needs to keep each of its lines on one line."""
        metrics = QFontMetrics(self._font())
        return max(metrics.horizontalAdvance(x) for x in self._text(logical).split("\n")) + 2 * self._margin() + 4

    def initStyleOptionForIndex(self, option, logical: int) -> None:  # noqa: N802 - Qt override
        super().initStyleOptionForIndex(option, logical)
        option.text = self.wrapped(logical)

    def sectionSizeFromContents(self, logical: int) -> QSize:  # noqa: N802 - Qt override
        size = super().sectionSizeFromContents(logical)
        lines = self.wrapped(logical).count("\n") + 1
        return QSize(size.width(), QFontMetrics(self._font()).lineSpacing() * lines + 2 * self._margin() + 6)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As tall as the tallest section at its present width (Qt's own hint is kept from the first widths)."""
        hint = super().sizeHint()
        if self.count() == 0:
            return hint
        tallest = max(self.sectionSizeFromContents(i).height() for i in range(self.count())
                      if not self.isSectionHidden(i))
        return QSize(hint.width(), tallest)

"""MarketShareChart: the Supply tab's chart of China's AI-accelerator market shares. It paints the export's own
picture (desktop/export/market_share_picture.MarketSharePicture) at the widget's width, so that what the window
shows and what `chiplens export market-share` writes are one drawing. Its height follows its width (the legend
wraps); hover a point for its value, series and source.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QSize
from PySide6.QtGui import QHelpEvent, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from db.api.beyond import ShareSeriesDTO, SupplyFactDTO
from db.api.compare import NumberStyle
from desktop.export.market_share_picture import MarketSharePicture
from desktop.export.theme import theme

PAD = 8.0


class MarketShareChart(QWidget):
    def __init__(self, parent: QWidget | None = None, numbers: NumberStyle | None = None) -> None:
        super().__init__(parent)
        self.numbers = numbers  # the window's number style (Store.style): '12,5 %' as the comparison writes it
        self.setObjectName("marketShareChart")
        self.setAccessibleName(self.tr("Market-share chart: China's AI-accelerator market by vendor and year"))
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.picture = MarketSharePicture((), (), theme("screen"), QCoreApplication.translate, style=numbers)
        self._laid_width = -1.0

    def set_fit_height(self, height: float | None) -> None:
        """The height the chart should fit in when it can (the scroll area's): the plot shrinks, never below 200 px."""
        fit = None if height is None else max(height - 2 * PAD, 0.0)
        if fit != self.picture.fit_height:
            self.picture.fit_height = fit
            self._laid_width = -1.0
            self.updateGeometry()
            self.update()

    def set_data(self, series: Sequence[ShareSeriesDTO], left_out: Sequence[SupplyFactDTO]) -> None:
        fit = self.picture.fit_height
        # the window's language, its words, numbers and dates
        self.picture = MarketSharePicture(series, left_out, theme("screen"), QCoreApplication.translate,
                                          style=self.numbers)
        self.picture.fit_height = fit
        self._laid_width = -1.0
        self.setAccessibleDescription("; ".join(f"{s.name}: " + ", ".join(f"{p.year} {p.text}" for p in s.points)
                                                for s in self.picture.series))
        self.updateGeometry()
        self.update()

    def _lay_out(self, width: float) -> float:
        if width != self._laid_width:
            self.picture.layout(max(width - 2 * PAD, 200.0))
            self._laid_width = width
        return self.picture.height + 2 * PAD

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(self._lay_out(float(width)) + 0.5)

    def sizeHint(self) -> QSize:
        return QSize(900, self.heightForWidth(900))

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 200)

    def paintEvent(self, _event) -> None:
        self._lay_out(float(self.width()))
        p = QPainter(self)
        p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        p.fillRect(self.rect(), self.picture.theme.background)
        self.picture.paint(p, PAD, PAD)
        p.end()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.heightForWidth(self.width()) != self.height():
            self.updateGeometry()

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            hit = self.picture.point_at(QPointF(e.pos()) - QPointF(PAD, PAD))
            if hit is None:
                QToolTip.hideText()
            else:
                s, pt = hit
                QToolTip.showText(e.globalPos(), f"{s.name}\n{pt.year}: {pt.text}\n{s.source}", self)
            return True
        return super().event(e)

    def drawn_series(self) -> list[str]:
        """The names of the lines drawn (tests compare them with the store's series)."""
        return [s.name for s in self.picture.series if s.points]

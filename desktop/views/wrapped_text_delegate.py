"""WrappedTextDelegate: list rows whose text wraps to the list's width, so a long title is read whole
(never cut with an ellipsis, never behind a horizontal scroll bar); each row is as tall as its text."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

PAD_X = 4
PAD_Y = 4
FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


class WrappedTextDelegate(QStyledItemDelegate):
    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self._view = view

    def text_width(self) -> int:
        """The width the text of every row wraps to: the list's visible width less the row's padding."""
        return max(self._view.viewport().width() - 2 * PAD_X - 2, 40)

    def text_rect(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QRect:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        return opt.fontMetrics.boundingRect(QRect(0, 0, self.text_width(), 1_000_000), FLAGS, opt.text)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(self.text_width() + 2 * PAD_X, self.text_rect(option, index).height() + 2 * PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)  # background, focus
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        painter.setFont(opt.font)
        painter.drawText(opt.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y), FLAGS, text)
        painter.restore()

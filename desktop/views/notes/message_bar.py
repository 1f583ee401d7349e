"""MessageBar: the strip above the note editor that says what went wrong (or right), with buttons to act."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QWidget

from desktop.present.palette import ERROR_ACCENT


class MessageBar(QFrame):
    """A strip above the editor: a symbol (ⓘ or ⚠, so colour never carries it alone), a message, buttons."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noteMessageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Notes message"))
        self.symbol = QLabel(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._buttons: list[QPushButton] = []
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.dismiss)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(6, 4, 4, 4)
        self._row.addWidget(self.symbol, 0, Qt.AlignmentFlag.AlignTop)
        self._row.addWidget(self.label, 1)
        self._row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.level = ""
        self.hide()

    def show_message(self, text: str, level: str = "info", actions=()) -> None:
        for b in self._buttons:
            self._row.removeWidget(b)
            b.deleteLater()
        self._buttons = []
        self.level = level
        self.symbol.setText("⚠" if level == "error" else "ⓘ")
        self.label.setText(text)
        self.setProperty("level", level)
        accent = ERROR_ACCENT if level == "error" else "palette(highlight)"
        self.setStyleSheet(f"QFrame#noteMessageBar {{ background: palette(alternate-base); "
                           f"border: 1px solid palette(mid); border-left: 4px solid {accent}; }}")
        for label, slot in actions:
            b = QPushButton(label, self)
            b.setAccessibleName(label.replace("&", ""))
            b.clicked.connect(slot)
            self._row.insertWidget(self._row.count() - 1, b, 0, Qt.AlignmentFlag.AlignTop)
            self._buttons.append(b)
        self.setAccessibleDescription(text)
        self.show()

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def dismiss(self) -> None:
        self.level = ""
        self.hide()

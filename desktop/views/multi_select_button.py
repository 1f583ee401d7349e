"""MultiSelectButton: a tool button whose menu of check boxes stays open while several are ticked (the
timeline's category and jurisdiction filters)."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QMenu, QStyle, QToolButton, QWidget


class _StickyMenu(QMenu):
    """A menu of check boxes that stays open while the user ticks several of them."""

    def mouseReleaseEvent(self, event) -> None:
        action = self.activeAction()
        if action is not None and action.isEnabled() and action.isCheckable():
            action.trigger()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self.activeAction()
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and action is not None \
                and action.isCheckable():
            action.trigger()
            return
        super().keyPressEvent(event)


class MultiSelectButton(QToolButton):
    """A button with a menu of checkable choices; none ticked or all ticked means 'all'."""

    changed = Signal()

    def sizeHint(self) -> QSize:
        """Room for the text and the menu arrow the style draws beside it (Qt leaves the arrow out of the hint
        of an instant-popup button, so a longer translation ran under it)."""
        hint = super().sizeHint()
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, self)
        return QSize(hint.width() + arrow, hint.height())

    def __init__(self, title: str, choices: Iterable[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self._title = title
        self.setAccessibleName(title)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = _StickyMenu(self)
        menu.setAccessibleName(title)
        select_all = menu.addAction(self.tr("Show all"))
        select_all.triggered.connect(lambda: self.set_selected(None))
        menu.addSeparator()
        self._actions: dict[str, QAction] = {}
        for key, label in choices:
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setData(key)
            action.toggled.connect(self._toggled)
            self._actions[key] = action
        self.setMenu(menu)
        self._update_text()

    def keys(self) -> list[str]:
        return list(self._actions)

    def selected(self) -> frozenset[str] | None:
        ticked = frozenset(k for k, a in self._actions.items() if a.isChecked())
        return None if not ticked or len(ticked) == len(self._actions) else ticked

    def set_selected(self, keys: Iterable[str] | None) -> None:
        wanted = set(keys) if keys is not None else set()
        for key, action in self._actions.items():
            with QSignalBlocker(action):
                action.setChecked(key in wanted)
        self._update_text()
        self.changed.emit()

    def _toggled(self, _checked: bool) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        chosen = self.selected()
        if chosen is None:
            summary = self.tr("all")
        elif len(chosen) == 1:
            summary = self._actions[next(iter(chosen))].text()
        else:
            summary = self.tr("%1 of %2").replace("%1", str(len(chosen))).replace("%2", str(len(self._actions)))
        self.setText(self.tr("%1: %2").replace("%1", self._title).replace("%2", summary))

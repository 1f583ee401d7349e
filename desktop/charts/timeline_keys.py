"""The timeline chart's keyboard: + / - zoom, Left / Right pan, Home (or 0) fits all,
[ / ] or Alt+Left / Alt+Right select the previous / next event and recentre on it."""
from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

ZOOM_STEP = 1.5
PAN_STEP = 0.2  # of the visible width


class Navigable(Protocol):
    def zoom(self, factor: float, centre: float | None = None) -> None: ...
    def pan(self, fraction: float) -> None: ...
    def select_step(self, step: int) -> object: ...
    def fit_all(self) -> None: ...


def handle_key(chart: Navigable, event: QKeyEvent) -> bool:
    """Act on a key press; returns whether the key was one of the chart's."""
    key = event.key()
    alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
    if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
        chart.zoom(1 / ZOOM_STEP)
    elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
        chart.zoom(ZOOM_STEP)
    elif key == Qt.Key.Key_Left:
        chart.select_step(-1) if alt else chart.pan(-PAN_STEP)
    elif key == Qt.Key.Key_Right:
        chart.select_step(1) if alt else chart.pan(PAN_STEP)
    elif key == Qt.Key.Key_BracketLeft:
        chart.select_step(-1)
    elif key == Qt.Key.Key_BracketRight:
        chart.select_step(1)
    elif key in (Qt.Key.Key_Home, Qt.Key.Key_0):
        chart.fit_all()
    else:
        return False
    return True

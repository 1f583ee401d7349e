"""The main window's size on screen: a first size that fits the available screen, and a saved geometry (from a
larger screen, or a screen since removed) brought back within the screen the window opens on."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication

PREFERRED = QSize(1440, 900)  # the size the comparison, its chart and the sources are laid out for
# what a window manager's frame takes (title bar, borders) before the window is shown and the frame is known
FRAME_GUESS = QSize(8, 38)


def first_size(available: QRect, frame: QSize = FRAME_GUESS, preferred: QSize = PREFERRED) -> QSize:
    """The preferred size, or less so that the window and its frame fit the screen's available area."""
    return QSize(max(min(preferred.width(), available.width() - frame.width()), 200),
                 max(min(preferred.height(), available.height() - frame.height()), 200))


def _frame(window) -> QSize:
    """The frame's size around the window: measured once shown, else the guess."""
    if window.isVisible():
        frame, inner = window.frameGeometry(), window.geometry()
        return QSize(frame.width() - inner.width(), frame.height() - inner.height())
    return FRAME_GUESS


def available_geometry(window) -> QRect:
    screen = window.screen() if window.screen() is not None else QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_first_size(window, available: QRect | None = None) -> None:
    """Size the window for the first start: the preferred size, within the screen's available area."""
    available = available or available_geometry(window)
    window.resize(first_size(available, _frame(window)))
    window.move(available.topLeft())


def clamp(window, available: QRect | None = None) -> bool:
    """Bring a restored geometry within the screen: no wider or taller than the available area (with the frame),
    and moved so that all of it is on screen. True if it had to change."""
    available = available or available_geometry(window)
    frame = _frame(window)
    size = window.size()
    fitted = QSize(min(size.width(), available.width() - frame.width()),
                   min(size.height(), available.height() - frame.height()))
    pos = window.pos()
    x = min(max(pos.x(), available.left()), available.right() + 1 - fitted.width() - frame.width())
    y = min(max(pos.y(), available.top()), available.bottom() + 1 - fitted.height() - frame.height())
    changed = fitted != size or (x, y) != (pos.x(), pos.y())
    if changed:
        window.resize(fitted)
        window.move(x, y)
    return changed

"""The window's first size fits the screen it opens on, and a geometry saved on a larger screen is brought within it."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

from desktop.main_window import MainWindow
from desktop.settings import AppSettings
from desktop.store import Store
from desktop.window_geometry import FRAME_GUESS, PREFERRED, clamp, first_size, fit_first_size

LAPTOP = QRect(0, 0, 1280, 720)


def fits(widget: QWidget, available: QRect, frame: QSize = FRAME_GUESS) -> bool:
    x, y, w, h = widget.x(), widget.y(), widget.width() + frame.width(), widget.height() + frame.height()
    return available.contains(QRect(x, y, w, h))


def test_the_first_size_is_the_preferred_one_or_what_the_screen_has():
    assert first_size(QRect(0, 0, 1920, 1080)) == PREFERRED
    small = first_size(LAPTOP)
    assert small.width() + FRAME_GUESS.width() <= 1280 and small.height() + FRAME_GUESS.height() <= 720
    assert small.width() >= 1200 and small.height() >= 650  # and no smaller than it must be


def test_the_window_opens_within_a_1280_by_720_screen(qtbot, db_path):
    window = MainWindow(Store(db_path), None, ("910c", "h100"))
    qtbot.addWidget(window)
    fit_first_size(window, LAPTOP)
    assert fits(window, LAPTOP), window.geometry()
    assert window.minimumSizeHint().height() + FRAME_GUESS.height() <= 720  # nothing forces it taller
    assert window.minimumSizeHint().width() <= 1280


def test_a_geometry_saved_on_a_larger_screen_is_clamped(qtbot, tmp_path):
    big = QWidget()
    qtbot.addWidget(big)
    big.resize(1440, 900)
    big.move(300, 200)
    assert clamp(big, LAPTOP) and fits(big, LAPTOP), big.geometry()
    assert not clamp(big, LAPTOP)  # once within, left as it is
    path = tmp_path / "settings.ini"
    saved = QWidget()
    qtbot.addWidget(saved)
    saved.resize(4000, 3000)  # larger than any screen the tests run on
    settings = AppSettings(path)
    settings.save_window(saved)
    settings.close()
    restored = QWidget()
    qtbot.addWidget(restored)
    assert AppSettings(path).restore_window(restored)
    screen = restored.screen().availableGeometry()
    assert fits(restored, screen), (restored.geometry(), screen)

"""Export themes. Fixed colours (not the system palette), so an export looks the same from the window and
from the command line.

- screen: the app's light look: a pale window, white table, blue A / orange B, coloured confidence marks.
- print: white paper, near-black text, Okabe-Ito colours (colour-blind safe) chosen to differ in lightness,
  plus hatching on bars, letters in marks and ▲ for the better side, so nothing is lost in greyscale.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.present import palette

THEMES = ("screen", "print")


@dataclass(frozen=True)
class Theme:
    name: str
    background: QColor
    panel: QColor  # table and chart background
    text: QColor
    muted: QColor
    rule: QColor  # grid and separator lines
    header: QColor  # table header band
    group: QColor  # metric-group band
    better: QColor  # tint behind the better figure
    series: tuple[QColor, ...]  # per device (A, B, C, D)
    neutral: QColor
    patterns: tuple[Qt.BrushStyle, ...]  # per device: how a bar is filled besides its colour
    confidence: dict[str, QColor]
    filled_marks: bool  # official marks drawn filled (screen) or all outlined (print)


_SCREEN_SERIES = tuple(QColor(c) for c in palette.DEVICE_SERIES)
_PRINT_SERIES = tuple(QColor(c) for c in palette.PRINT_SERIES)

SCREEN = Theme(
    name="screen", background=QColor(242, 243, 245), panel=QColor(255, 255, 255), text=QColor(32, 33, 36),
    muted=QColor(110, 114, 120), rule=QColor(214, 217, 222), header=QColor(228, 232, 238),
    group=QColor(236, 238, 242), better=QColor(46, 125, 50, 40), series=_SCREEN_SERIES,
    neutral=QColor(150, 150, 150),
    patterns=(Qt.BrushStyle.SolidPattern,) * 4,
    confidence={"official": QColor(21, 101, 192), "third-party": QColor(123, 31, 162),
                "reported": QColor(191, 54, 12)},
    filled_marks=True)

PRINT = Theme(
    name="print", background=QColor(255, 255, 255), panel=QColor(255, 255, 255), text=QColor(17, 17, 17),
    muted=QColor(85, 85, 85), rule=QColor(190, 190, 190), header=QColor(235, 235, 235),
    group=QColor(245, 245, 245), better=QColor(0, 0, 0, 22), series=_PRINT_SERIES,
    neutral=QColor(215, 215, 215),
    patterns=(Qt.BrushStyle.SolidPattern, Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.CrossPattern,
              Qt.BrushStyle.Dense4Pattern),
    confidence={"official": QColor(17, 17, 17), "third-party": QColor(17, 17, 17), "reported": QColor(17, 17, 17)},
    filled_marks=False)


def theme(name: str) -> Theme:
    return PRINT if name == "print" else SCREEN

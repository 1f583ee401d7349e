"""Colours, once: the Okabe-Ito palette (Wong 2011, colour-blind safe) and the per-device series built from it.

Hex strings, not QColor: this layer has no Qt. Qt code turns them into colours with `QColor(hex)`.
"""
from __future__ import annotations

# Okabe-Ito palette (Wong 2011); black is left out: renderers use their own text colour instead
OKABE_ITO: dict[str, str] = {
    "orange": "#e69f00", "sky": "#56b4e9", "green": "#009e73", "yellow": "#f0e442",
    "blue": "#0072b2", "vermillion": "#d55e00", "purple": "#cc79a7", "grey": "#808080",
}

# one colour per device column (A, B, C, D) on screen and in the screen export
DEVICE_SERIES: tuple[str, ...] = tuple(OKABE_ITO[n] for n in ("blue", "orange", "green", "purple"))
# the print theme: four greys at least 35 apart (85, 158, 120, 207 of 255), so the devices stay apart in greyscale too
PRINT_SERIES: tuple[str, ...] = tuple(OKABE_ITO[n] for n in ("blue", "orange", "vermillion", "yellow"))
# a ratio with no better side
NEUTRAL = OKABE_ITO["grey"]
# the accent of an error message (the notes' message bar)
ERROR_ACCENT = OKABE_ITO["vermillion"]


def rgb(hex_colour: str) -> tuple[int, int, int]:
    """'#0072b2' -> (0, 114, 178)."""
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)

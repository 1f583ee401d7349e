"""The fonts bundled in resources/fonts (DejaVu Sans, and a subset of Noto Sans CJK SC), registered once.

Exports use them by name, so that a picture is drawn with the same glyphs on every machine; once
registered, Qt also falls back to the CJK subset in the window, so Chinese names render on a machine
without CJK fonts. Made by packaging/make_font_subset.py; licences beside the files.
"""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

LATIN_FAMILY = "DejaVu Sans"
CJK_FAMILY = "ChipLens Noto Sans SC"
FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "ChipLensNotoSansSC-Regular.otf")

_families: dict[str, list[str]] = {}  # file name -> families it added


def font_path(name: str) -> str:
    import resources
    return str(resources.package_files().joinpath("fonts", name))


def _register(name: str) -> list[str]:
    if name not in _families:
        font_id = QFontDatabase.addApplicationFont(font_path(name))
        _families[name] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return _families[name]


def register_fonts() -> list[str]:
    """Add the bundled fonts to the application's font database (once; needs a QGuiApplication).
    Returns the families registered; a file that cannot be read is skipped (the system fonts serve)."""
    out: list[str] = []
    for name in FILES:
        out += [f for f in _register(name) if f not in out]
    return out


def register_ui_fonts() -> list[str]:
    """At start-up, only the CJK subset (about 8 ms): Qt falls back to it for Chinese text in every widget,
    so names such as 华为 昇腾 910C render on a machine without CJK fonts. The rest loads with the first export."""
    return _register(FILES[-1])


def export_font(pixel_size: int, bold: bool = False, italic: bool = False) -> QFont:
    """A font for exports: bundled families only, sized in logical pixels, unhinted and without subpixel
    antialiasing, so that text measures and draws the same at every scale and on every platform."""
    register_fonts()
    font = QFont()
    font.setFamilies([LATIN_FAMILY, CJK_FAMILY])
    font.setPixelSize(max(1, int(pixel_size)))
    font.setBold(bold)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias | QFont.StyleStrategy.NoSubpixelAntialias)
    font.setKerning(True)
    return font

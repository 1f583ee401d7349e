"""A pane's hint ("Select a figure…") as a paragraph in the palette's placeholder colour: a QTextBrowser draws its
placeholder on one line, cut by a narrow pane, where a paragraph wraps."""
from __future__ import annotations

import html

from PySide6.QtGui import QColor, QPalette


def hint_html(text: str, palette: QPalette) -> str:
    """`text` escaped, in a paragraph of the placeholder colour (with its transparency: the palette's placeholder
    is the text colour half transparent, which '#rrggbb' alone would make black)."""
    colour = palette.placeholderText().color()
    return f"<p style='color:{colour.name(QColor.NameFormat.HexArgb)}'>{html.escape(text)}</p>"

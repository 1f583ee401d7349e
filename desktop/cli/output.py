"""Plain-text output of the command line: aligned tables, wrapped or clipped cells.

Columns are aligned by the width a terminal gives the text: a Chinese character takes two columns
(a French or Chinese heading, a device's Chinese name), every other character one."""
from __future__ import annotations

import unicodedata
from typing import TextIO


def width(text: str) -> int:
    """Terminal columns `text` takes: wide and full-width characters (CJK) count two."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, columns: int) -> str:
    """`text` followed by spaces up to `columns` terminal columns (str.ljust counts characters)."""
    return text + " " * (columns - width(text))


def table(rows: list[list[str]], out: TextIO) -> None:
    widths = [max(width(r[i]) for r in rows) for i in range(len(rows[0]))]
    for n, r in enumerate(rows):
        out.write("  ".join(pad(cell, w) for cell, w in zip(r, widths)).rstrip() + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def wrapped_table(rows: list[list[str]], limits: list[int | None], out: TextIO) -> None:
    """An aligned table whose long cells wrap within their column's limit (None: never wrapped) instead of being
    clipped: a figure or a source is never cut. A row of several lines is followed by a blank line."""
    import textwrap
    cells = [[textwrap.wrap(c, limit, break_on_hyphens=False) or [""] if limit else [c] for c, limit in zip(r, limits)]
             for r in rows]
    widths = [max(width(line) for r in cells for line in r[i]) for i in range(len(limits))]
    for n, r in enumerate(cells):
        height = max(len(c) for c in r)
        for k in range(height):
            out.write("  ".join(pad(c[k] if k < len(c) else "", w) for c, w in zip(r, widths)).rstrip() + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")
        elif height > 1 and n < len(cells) - 1:
            out.write("\n")


def clip(text: str, width: int = 48) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"

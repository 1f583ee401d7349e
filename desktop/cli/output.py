"""Plain-text output of the command line: aligned tables, wrapped or clipped cells."""
from __future__ import annotations

from typing import TextIO


def table(rows: list[list[str]], out: TextIO) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for n, r in enumerate(rows):
        out.write("  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip() + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def wrapped_table(rows: list[list[str]], limits: list[int | None], out: TextIO) -> None:
    """An aligned table whose long cells wrap within their column's limit (None: never wrapped) instead of being
    clipped: a figure or a source is never cut. A row of several lines is followed by a blank line."""
    import textwrap
    cells = [[textwrap.wrap(c, limit, break_on_hyphens=False) or [""] if limit else [c] for c, limit in zip(r, limits)]
             for r in rows]
    widths = [max(len(line) for r in cells for line in r[i]) for i in range(len(limits))]
    for n, r in enumerate(cells):
        height = max(len(c) for c in r)
        for k in range(height):
            out.write("  ".join((c[k] if k < len(c) else "").ljust(w) for c, w in zip(r, widths)).rstrip() + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")
        elif height > 1 and n < len(cells) - 1:
            out.write("\n")


def clip(text: str, width: int = 48) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"

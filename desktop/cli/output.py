"""Plain-text output of the command line: aligned tables and clipped cells."""
from __future__ import annotations

from typing import TextIO


def table(rows: list[list[str]], out: TextIO) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for n, r in enumerate(rows):
        out.write("  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip() + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def clip(text: str, width: int = 48) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"

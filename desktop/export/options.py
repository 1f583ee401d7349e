"""What an export is asked for, checked before anything is drawn: format, size, scale, theme, caption."""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.export.theme import THEMES

FORMATS = ("png", "svg", "pdf")
PARTS = ("both", "table", "chart")
DEFAULT_WIDTH = 1000  # logical pixels


def default_width(devices: int = 2) -> int:
    """1000 pixels for a pair, 200 more for each further device (a column of figures each)."""
    return DEFAULT_WIDTH + 200 * max(0, min(devices, 4) - 2)
MIN_WIDTH = 320
MAX_WIDTH = 8000
MAX_PIXELS_SIDE = 20_000  # of a PNG: width × scale and height × scale
MAX_SCALE = 8.0
SCALES = (1.0, 2.0, 3.0)


class ExportError(Exception):
    """A problem the user can fix (bad name, size, folder): the message says what and how. `usage` is
    False for a file-system problem (unwritable folder, full disk) rather than a bad request."""

    def __init__(self, message: str, usage: bool = True):
        super().__init__(message)
        self.usage = usage


def tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


@dataclass(frozen=True)
class ExportOptions:
    width: int = DEFAULT_WIDTH  # of the picture in logical pixels (a PNG is width × scale pixels wide)
    scale: float = 1.0
    theme: str = "screen"
    caption: bool = True
    parts: str = "both"  # the comparison: table and chart, or either alone

    def checked(self) -> ExportOptions:
        if not isinstance(self.width, int) or not MIN_WIDTH <= self.width <= MAX_WIDTH:
            raise ExportError(tr("the width must be between %1 and %2 pixels, not %3")
                              .replace("%1", str(MIN_WIDTH)).replace("%2", str(MAX_WIDTH)).replace("%3", str(self.width)))
        if not (isinstance(self.scale, (int, float)) and math.isfinite(self.scale) and 0.5 <= self.scale <= MAX_SCALE):
            raise ExportError(tr("the scale must be between 0.5 and %1, not %2")
                              .replace("%1", f"{MAX_SCALE:g}").replace("%2", str(self.scale)))
        if self.width * self.scale > MAX_PIXELS_SIDE:
            raise ExportError(tr("%1 pixels × scale %2 is wider than %3 pixels: choose a smaller width or scale")
                              .replace("%1", str(self.width)).replace("%2", f"{self.scale:g}")
                              .replace("%3", f"{MAX_PIXELS_SIDE:,}"))
        if self.theme not in THEMES:
            raise ExportError(tr("unknown theme %1: use screen or print").replace("%1", repr(self.theme)))
        if self.parts not in PARTS:
            raise ExportError(tr("unknown part %1: use both, table or chart").replace("%1", repr(self.parts)))
        return self


def format_of(target: Path, allowed: tuple[str, ...] = FORMATS) -> str:
    """'png', 'svg' or 'pdf' from the file name; ExportError for anything else."""
    suffix = Path(target).suffix.lower().lstrip(".")
    if suffix not in allowed:
        names = ", ".join("." + f for f in allowed[:-1]) + (" or ." + allowed[-1] if len(allowed) > 1 else "")
        given = f"“.{suffix}”" if suffix else tr("no extension")
        raise ExportError(tr("%1: the file name must end in %2 (it has %3)")
                          .replace("%1", Path(target).name or str(target)).replace("%2", names).replace("%3", given))
    return suffix

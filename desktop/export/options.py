"""What an export is asked for, checked before anything is drawn: format, size, scale, theme, caption, language.

An export has its own language, chosen independently of the window's (an analyst in Paris writing for a
Chinese-speaking reader): every text it draws goes through `translator(lang)` (desktop.present.lang reads the
`.ts` files, no Qt translator involved), and its numbers and dates through `number_style(lang)` and
`export_date(...)` below: the one place the exports' number and date formats are decided.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.export.theme import THEMES
from desktop.present import lang as languages
from desktop.present.lang import Translate

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


_messages: Translate | None = None  # the command line's translate function (None: Qt's, the window's language)


def use_messages(words: Translate | None) -> None:
    """Word the messages to the user (errors) with `words` from now on: the command line's language, which has no Qt
    translator installed; None: Qt's again."""
    global _messages
    _messages = words


def translate(context: str, text: str) -> str:
    """A message to the user (an error, a status) in the window's language, Qt's translator (the command line's
    language once `use_messages` is called): not an export's text, which is in the export's own language
    (`ExportOptions.translate`)."""
    return _messages(context, text) if _messages is not None else QCoreApplication.translate(context, text)


def tr(text: str) -> str:
    return translate("Export", text)


@dataclass(frozen=True)
class ExportOptions:
    width: int = DEFAULT_WIDTH  # of the picture in logical pixels (a PNG is width × scale pixels wide)
    scale: float = 1.0
    theme: str = "screen"
    caption: bool = True
    parts: str = "both"  # the comparison: table and chart, or either alone
    lang: str = languages.ENGLISH  # the language of every text the export draws (not the window's)

    @property
    def translate(self) -> Translate:
        return translator(self.lang)

    def checked(self) -> ExportOptions:
        if not isinstance(self.width, int) or not MIN_WIDTH <= self.width <= MAX_WIDTH:
            raise ExportError(translate("Export", "the width must be between %1 and %2 pixels, not %3")
                              .replace("%1", str(MIN_WIDTH)).replace("%2", str(MAX_WIDTH)).replace("%3", str(self.width)))
        if not (isinstance(self.scale, (int, float)) and math.isfinite(self.scale) and 0.5 <= self.scale <= MAX_SCALE):
            raise ExportError(translate("Export", "the scale must be between 0.5 and %1, not %2")
                              .replace("%1", f"{MAX_SCALE:g}").replace("%2", str(self.scale)))
        if self.width * self.scale > MAX_PIXELS_SIDE:
            raise ExportError(translate("Export", "%1 pixels × scale %2 is wider than %3 pixels: choose a smaller width or scale")
                              .replace("%1", str(self.width)).replace("%2", f"{self.scale:g}")
                              .replace("%3", f"{MAX_PIXELS_SIDE:,}"))
        if self.theme not in THEMES:
            raise ExportError(translate("Export", "unknown theme %1: use screen or print").replace("%1", repr(self.theme)))
        if self.lang not in languages.LANGUAGES:
            raise ExportError(translate("Export", "unknown language %1: use en, fr or zh_CN").replace("%1", repr(self.lang)))
        if self.parts not in PARTS:
            raise ExportError(translate("Export", "unknown part %1: use both, table or chart").replace("%1", repr(self.parts)))
        return self


def format_of(target: Path, allowed: tuple[str, ...] = FORMATS) -> str:
    """'png', 'svg' or 'pdf' from the file name; ExportError for anything else."""
    suffix = Path(target).suffix.lower().lstrip(".")
    if suffix not in allowed:
        names = "." + allowed[-1]
        if len(allowed) > 1:  # '.png, .svg or .pdf'
            names = translate("Export", "%1 or %2").replace("%1", ", ".join("." + f for f in allowed[:-1])).replace(
                "%2", names)
        given = f"“.{suffix}”" if suffix else translate("Export", "no extension")
        raise ExportError(translate("Export", "%1: the file name must end in %2 (it has %3)")
                          .replace("%1", Path(target).name or str(target)).replace("%2", names).replace("%3", given))
    return suffix


def translator(lang: str | None) -> Translate:
    """The translate function of an export in `lang`: the finished messages of `chiplens_<lang>.ts` (of the
    folder CHIPLENS_I18N_DIR names, if set), the English source for the rest; English: the source itself."""
    code = languages.normalize(lang) if lang not in languages.LANGUAGES else lang
    if code == languages.ENGLISH:
        return languages.english
    import os
    table = languages.catalog(code, os.environ.get("CHIPLENS_I18N_DIR") or None)

    def translate(context: str, text: str) -> str:
        return table.get((context, text), text)
    return translate


def number_style(lang: str, default=None):
    """The NumberStyle of an export's figures in `lang`. English keeps `default` (the style figures are formatted
    in today: the window's, or the command line's); French and Chinese take their language's style."""
    if lang not in languages.LANGUAGES or lang == languages.ENGLISH:
        return default
    try:
        from desktop.present.locale_style import number_style as style_of
    except ImportError:  # not there yet: the figures keep today's style
        return default
    return style_of(lang)


def decimal_point(lang: str) -> str:
    """The decimal point of an export's own numbers (a chart's ticks) in `lang`: '.' in English, ',' in French."""
    style = number_style(lang)
    return style.point if style is not None else "."


def export_date(iso: str | None, lang: str) -> str:
    """A day, month, quarter or year given as ISO ('2025-12-16', '2025-12', '2025') as an export in `lang` writes
    it: English keeps ISO, as every export always has; French '16 déc. 2025', Chinese '2025年12月16日'."""
    if not iso or lang not in languages.LANGUAGES or lang == languages.ENGLISH:
        return iso or ""
    try:
        from desktop.present import locale_style as ls
    except ImportError:
        return iso
    parts = iso.split("-")
    if len(parts) == 3:
        return ls.format_date(iso, lang)
    if len(parts) == 2:
        return ls.format_period(iso + "-01", "month", lang)
    return iso


def event_date(iso: str, precision: str, lang: str) -> str:
    """An event's date at its precision ('9 April 2025', 'avril 2025', '2025年第2季度'), in `lang`."""
    try:
        from desktop.present import locale_style as ls
    except ImportError:
        from desktop.present import dates
        return dates.period(iso, precision)
    return ls.format_period(iso, precision, lang)


def tick_label(day, step: int, lang: str) -> str:
    """A timeline axis label at `day` (a date): the year at January or on a yearly axis, else the quarter or the
    short month name, in `lang`."""
    if day.month == 1 or step == 12:
        return str(day.year)
    try:
        from desktop.present import locale_style as ls
    except ImportError:
        return f"Q{(day.month - 1) // 3 + 1}" if step == 3 else day.strftime("%b")
    return ls.quarter_label((day.month - 1) // 3 + 1, lang) if step == 3 else ls.month_name(day.month, lang, short=True)

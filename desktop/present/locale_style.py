"""Numbers and dates in a language, for the window, the command line and the exports (each export has its own
language, chosen independently of the window's).

    number_style("fr")  -> separators, unit symbols and spacing for db.units' one formatter:
                           format_quantity(1_229_000, "GB/s", number_style("fr")) == "1 229 To/s"
    format_date(day, "zh_CN") == "2026年12月4日";  format_period("2025-04-01", "quarter", "fr") == "T2 2025"

English reads exactly as ChipLens always wrote it (1,229 TB/s, ISO days). French follows its typography and SI
usage: a narrow no-break space (U+202F) groups thousands and stands before a unit and the percent sign, a decimal
comma, o for byte (Go, To, Po, Go/s, To/s); FLOPS, TOPS and W stay. Chinese keeps the international symbols
(GB, TB/s, W) with comma-grouped digits, and counts in 亿 (2,080亿 for 208 billion).

No Qt and no C-library locale here (a fresh machine has none): each language's conventions are written below.
"""
from __future__ import annotations

from datetime import date, datetime

from db.api.compare import NumberStyle
from desktop.present import dates
from desktop.present.dates import month_name, quarter_label, set_language  # noqa: F401 - part of this API

NNBSP = "\u202f"  # narrow no-break space

_BYTES = ("MB", "GB", "TB", "PB")
_STYLES: dict[str, NumberStyle] = {
    "en": NumberStyle(),
    "fr": NumberStyle(group=NNBSP, point=",", space=NNBSP, percent_sign=NNBSP + "%",
                      units=tuple((u, u[0] + "o") for u in _BYTES) + tuple((f"{u}/s", f"{u[0]}o/s") for u in _BYTES)
                      + (("GB/s per TFLOPS", "Go/s par TFLOPS"), ("billion", "milliards"))),
    "zh_CN": NumberStyle(units=(("GB/s per TFLOPS", "GB/s/TFLOPS"), ("billion", "亿")),
                         multiples=(("billion", 10.0),)),
}


def number_style(lang: str | None) -> NumberStyle:
    """How numbers read in `lang` ('en', 'fr', 'zh_CN'; anything else reads as English)."""
    return _STYLES.get(lang or "en", _STYLES["en"])


def with_separators(lang: str | None, group: str, point: str) -> NumberStyle:
    """`lang`'s style with the user's own separators (English in a country that writes 1.229,5): its unit
    symbols, spacing and percent sign stay `lang`'s."""
    from dataclasses import replace
    return replace(number_style(lang), group=group, point=point)


def count_text(n: int, style: NumberStyle) -> str:
    """A count, every digit shown and grouped as `style` groups them: '10,000', '10 000' in French."""
    return f"{n:,}".replace(",", style.group)


def percent(number: str, style: NumberStyle) -> str:
    """'12' -> '12%' ('12 %' in French): the sign after a number formatted with `style`."""
    return style.percent(number)


def format_date(value: date | datetime | str | None, lang: str) -> str:
    """A day: '2026-12-04' (English, ISO), '4 déc. 2026', '2026年12月4日'."""
    return dates.day(value, lang)


def format_date_time(value: datetime | str | None, lang: str) -> str:
    """A moment, in local time: '2026-12-04 18:15', '4 déc. 2026 18:15', '2026年12月4日 18:15'."""
    return dates.date_time(value, lang)


def format_long_date(value: date | datetime | str, lang: str) -> str:
    """A day written out: '4 December 2026', '4 décembre 2026', '2026年12月4日'."""
    return dates.long_day(value, lang=lang)


def format_period(iso: str, precision: str, lang: str) -> str:
    """An event's date at its precision (day, month, quarter, year): '9 April 2025', 'avril 2025',
    '2025年第2季度', '2025'."""
    return dates.period(iso, precision, lang=lang)

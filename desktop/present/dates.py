"""How a date or a time reads, once for the window, the command line and the exports: never a numeric
day-month order ("4 12 2026" reads as April in one country and December in another).

- a moment (a note saved, a backup made): to the minute, in the user's time zone: "2026-12-04 18:15" in
  English (ISO), "4 déc. 2026 18:15" in French, "2026年12月4日 18:15" in Chinese;
- a day: "2026-12-04" (ISO) in English, "4 déc. 2026", "2026年12月4日"; written out where a sentence reads
  better: "4 December 2026", "4 décembre 2026", "2026年12月4日";
- an event's date at its precision: "9 April 2025", "April 2025", "Q2 2025", "2025" (French "9 avril 2025",
  "avril 2025", "T2 2025", "2025"; Chinese "2025年4月9日", "2025年4月", "2025年第2季度", "2025年").

Each function takes the language ('en', 'fr', 'zh_CN'); without one, the window's (set_language: the store
sets it at start and on a switch; English on the command line). An export passes its own. Machine data (CSV,
JSON, file names) stays ISO: it does not come here.

No Qt here (an import-linter contract), nor the C library's locales (a fresh machine has none): each
language's month names are written below.
"""
from __future__ import annotations

import re

from datetime import date, datetime, timezone
from typing import Callable

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
MonthName = Callable[[int], str]  # 1..12 -> the month's name

# language -> (month names, abbreviated month names), as each language's typography writes them (CLDR)
_MONTHS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (MONTHS, ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")),
    "fr": (("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre"),
           ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")),
    "zh_CN": (tuple(f"{m}月" for m in range(1, 13)),) * 2,
}
# language -> quarter label for an axis, quarter of a year: %1 the quarter's number, %2 the year
_QUARTERS: dict[str, tuple[str, str]] = {"en": ("Q%1", "Q%1 %2"), "fr": ("T%1", "T%1 %2"),
                                         "zh_CN": ("%1季度", "%2年第%1季度")}
_window = "en"
# language -> how a date field (Qt's QDateEdit display format) shows a day; English: ISO, as typed
_EDIT_FORMATS = {"en": "yyyy-MM-dd", "fr": "d MMM yyyy", "zh_CN": "yyyy年M月d日"}


def set_language(lang: str) -> None:
    """The window's language ('en', 'fr', 'zh_CN'; anything else reads as English): what dates use without one."""
    global _window
    _window = lang if lang in _MONTHS else "en"


def language(lang: str | None = None) -> str:
    """`lang` if ChipLens speaks it, else English; without one, the window's language."""
    if lang is None:
        return _window
    return lang if lang in _MONTHS else "en"


def edit_format(lang: str | None = None) -> str:
    """A date field's display format (Qt's notation) in `lang`: '2026-12-04', '4 déc. 2026', '2026年12月4日'."""
    return _EDIT_FORMATS[language(lang)]


def month_name(month: int, lang: str | None = None, short: bool = False) -> str:
    """'April', 'avril', '4月'; short: 'Apr', 'avr.', '4月' (a timeline's axis)."""
    return _MONTHS[language(lang)][1 if short else 0][month - 1]


def quarter_label(quarter: int, lang: str | None = None) -> str:
    """A quarter on a timeline's axis: 'Q2', 'T2', '2季度'."""
    return _QUARTERS[language(lang)][0].replace("%1", str(quarter))


_ENGLISH_SHORT = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")


def axis_text(text: str, lang: str | None = None) -> str:
    """A date axis's tick text written with English month abbreviations ('Apr', 'Apr 05') in `lang`."""
    if language(lang) == "en":
        return text
    return _ENGLISH_SHORT.sub(lambda m: month_name(_SHORT_INDEX[m.group(1)], lang, short=True), text)


_SHORT_INDEX = {m: i for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                                             "Dec"), 1)}


def _english_month(month: int) -> str:
    return MONTHS[month - 1]


def _written(d: date, lang: str, short: bool) -> str:
    """'4 déc. 2026' (short) or '4 décembre 2026' in French, '2026年12月4日' in Chinese, '4 December 2026'."""
    if lang == "zh_CN":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.day} {month_name(d.month, lang, short)} {d.year}"


_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_YEAR = re.compile(r"^\d{4}$")


def _month_year(year: int, month: int, lang: str) -> str:
    """'oct. 2025', '2025年10月'."""
    return f"{year}年{month}月" if lang == "zh_CN" else f"{month_name(month, lang, True)} {year}"


def _moment(value: datetime | str | None) -> datetime | None:
    """A datetime in local time: an aware one (or an ISO string with 'Z' or an offset) is converted, a naive one
    is taken as local time already (backup file names)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    if value.tzinfo is not None:
        value = value.astimezone()
    return value


def date_time(value: datetime | str | None, lang: str | None = None) -> str:
    """'2026-12-04 18:15' (local time; '4 déc. 2026 18:15', '2026年12月4日 18:15'); '' for nothing; an unreadable
    string is shown as it is."""
    moment = _moment(value)
    if moment is None:
        return value if isinstance(value, str) else ""
    lang = language(lang)
    if lang == "en":
        return moment.strftime("%Y-%m-%d %H:%M")
    return f"{_written(moment.date(), lang, True)} {moment.strftime('%H:%M')}"


def clock(value: datetime | str | None, lang: str | None = None) -> str:
    """'18:15' for a moment of today (local time), else as date_time ('2026-12-04 18:15'); '' for nothing."""
    moment = _moment(value)
    if moment is not None and moment.date() == datetime.now().date():
        return moment.strftime("%H:%M")
    return date_time(value, lang)


def day(value: date | datetime | str | None, lang: str | None = None) -> str:
    """'2026-12-04' ('4 déc. 2026', '2026年12月4日'); a source's month or year as precise as it is given ('2025-10':
    'oct. 2025', '2025年10月'; '2025': '2025年'); '' for nothing; an unreadable string is shown as it is."""
    if isinstance(value, datetime):
        value = _moment(value)
    if isinstance(value, str):
        parsed = _moment(value) if "T" in value else None
        if parsed is None:
            try:
                parsed = date.fromisoformat(value.strip())
            except ValueError:
                if _MONTH.match(value.strip()) and language(lang) != "en":  # a month-precise date: 'oct. 2025'
                    year, month = value.strip().split("-")
                    return _month_year(int(year), int(month), language(lang))
                if _YEAR.match(value.strip()) and language(lang) == "zh_CN":  # a year: '2025年'
                    return f"{value.strip()}年"
                return value
            if language(lang) == "en":
                return parsed.isoformat()
        value = parsed
    if value is None:
        return ""
    lang = language(lang)
    if lang == "en":
        return value.strftime("%Y-%m-%d")
    return _written(value if not isinstance(value, datetime) else value.date(), lang, True)


def _month_names(month_name: MonthName | None, lang: str) -> MonthName | None:
    """The caller's month names for English (Qt's, in the window), None (this module's) for another language."""
    if lang != "en":
        return None
    return month_name or _english_month


def long_day(value: date | datetime | str, month_name: MonthName | None = None, lang: str | None = None) -> str:
    """'4 December 2026' (the month written out, so no order of numbers can be misread; '4 décembre 2026',
    '2026年12月4日'). English uses `month_name` if given; the other languages their own names."""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip()[:10])
        except ValueError:
            return value
    lang = language(lang)
    names = _month_names(month_name, lang)
    if names is None:
        return _written(value, lang, False)
    return f"{value.day} {names(value.month)} {value.year}"


def period(iso: str, precision: str, month_name: MonthName | None = None, quarter: str | None = None,
           lang: str | None = None) -> str:
    """An event's date as precise as it is known: '9 April 2025' (day), 'April 2025' (month), 'Q2 2025'
    (quarter), '2025' (year); in French '9 avril 2025', 'avril 2025', 'T2 2025', '2025'; in Chinese
    '2025年4月9日', '2025年4月', '2025年第2季度', '2025年'. In English `month_name` and `quarter` (a template:
    %1 the quarter, %2 the year) may come from the caller; the other languages use their own."""
    try:
        d = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso or ""
    lang = language(lang)
    names = _month_names(month_name, lang)
    if precision == "year":
        return f"{d.year}年" if lang == "zh_CN" else str(d.year)
    if precision == "quarter":
        template = (quarter or _QUARTERS["en"][1]) if lang == "en" else _QUARTERS[lang][1]
        return template.replace("%1", str((d.month - 1) // 3 + 1)).replace("%2", str(d.year))
    if precision == "month":
        if names is None:
            return f"{d.year}年{d.month}月" if lang == "zh_CN" else f"{_MONTHS[lang][0][d.month - 1]} {d.year}"
        return f"{names(d.month)} {d.year}"
    return long_day(d, month_name, lang)


def utc_now_iso() -> str:
    """Now, as the store writes it: '2026-12-04T17:15:00Z'."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

"""Dates as precise as they are known: a start day and a precision (day, month, quarter, year).

No import of any other db module, so that the DTOs and the event rules can both use it.
"""
from __future__ import annotations

import calendar
import re
from datetime import date

QUARTER_START_MONTHS = (1, 4, 7, 10)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PERIOD = re.compile(r"(\d{4})(?:-(?:(\d{2})|Q([1-4])))?")


def parse_iso_date(text: object) -> date | None:
    """The calendar date written as 'YYYY-MM-DD', or None if `text` is not exactly that."""
    if not isinstance(text, str) or not _ISO_DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def period_end(start: str, precision: str) -> str:
    """ISO date of the last day of the period that starts on `start` (e.g. month: '2025-04-30')."""
    first = date.fromisoformat(start)
    months = {"day": 0, "month": 1, "quarter": 3, "year": 12}[precision]
    if months == 0:
        return first.isoformat()
    last_month_index = first.year * 12 + first.month - 1 + months - 1
    year, month = divmod(last_month_index, 12)
    month += 1
    return date(year, month, calendar.monthrange(year, month)[1]).isoformat()


def period_label(start: str, precision: str) -> str:
    """The date as precise as it is known: '2025-04-09', '2025-04', '2025-Q2', '2025'."""
    year, month = start[:4], int(start[5:7])
    if precision == "month":
        return start[:7]
    if precision == "quarter":
        return f"{year}-Q{(month - 1) // 3 + 1}"
    if precision == "year":
        return year
    return start


def parse_period(text: str) -> tuple[str, str] | None:
    """First and last ISO day of '2025', '2025-04', '2025-Q2' or '2025-04-09' (None if not one of these)."""
    day = parse_iso_date(text)
    if day is not None:
        return text, text
    m = _PERIOD.fullmatch(text.strip())
    if not m or (m.group(2) and not 1 <= int(m.group(2)) <= 12):
        return None
    year, month, quarter = m.groups()
    if month:
        start, precision = f"{year}-{month}-01", "month"
    elif quarter:
        start, precision = f"{year}-{QUARTER_START_MONTHS[int(quarter) - 1]:02d}-01", "quarter"
    else:
        start, precision = f"{year}-01-01", "year"
    return start, period_end(start, precision)

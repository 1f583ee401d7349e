"""How a date or a time reads, once for the window, the command line and the exports: never a numeric
day-month order ("4 12 2026" reads as April in one country and December in another).

- a moment (a note saved, a backup made): ISO, to the minute, in the user's time zone: "2026-12-04 18:15";
- a day: ISO "2026-12-04", or written out "4 December 2026" where a sentence reads better;
- an event's date at its precision: "9 April 2025", "April 2025", "Q2 2025", "2025".

No Qt here (an import-linter contract): month names come from the caller (Qt's QLocale in the window) and
default to English.
"""
from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Callable

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
MonthName = Callable[[int], str]  # 1..12 -> the month's name


def _english_month(month: int) -> str:
    return MONTHS[month - 1]


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


def date_time(value: datetime | str | None) -> str:
    """'2026-12-04 18:15' (local time); '' for nothing; an unreadable string is shown as it is."""
    moment = _moment(value)
    if moment is None:
        return value if isinstance(value, str) else ""
    return moment.strftime("%Y-%m-%d %H:%M")


def day(value: date | datetime | str | None) -> str:
    """'2026-12-04'; '' for nothing; an unreadable string is shown as it is."""
    if isinstance(value, datetime):
        value = _moment(value)
    if isinstance(value, str):
        parsed = _moment(value) if "T" in value else None
        if parsed is None:
            try:
                return date.fromisoformat(value.strip()).isoformat()
            except ValueError:
                return value
        value = parsed
    return value.strftime("%Y-%m-%d") if value is not None else ""


def long_day(value: date | datetime | str, month_name: MonthName = _english_month) -> str:
    """'4 December 2026' (the month written out, so no order of numbers can be misread)."""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip()[:10])
        except ValueError:
            return value
    return f"{value.day} {month_name(value.month)} {value.year}"


def period(iso: str, precision: str, month_name: MonthName = _english_month, quarter: str = "Q%1 %2") -> str:
    """An event's date as precise as it is known: '9 April 2025' (day), 'April 2025' (month), 'Q2 2025'
    (quarter; `quarter` is the translated template), '2025' (year)."""
    try:
        d = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso or ""
    if precision == "year":
        return str(d.year)
    if precision == "quarter":
        return quarter.replace("%1", str((d.month - 1) // 3 + 1)).replace("%2", str(d.year))
    if precision == "month":
        return f"{month_name(d.month)} {d.year}"
    return long_day(d, month_name)


def utc_now_iso() -> str:
    """Now, as the store writes it: '2026-12-04T17:15:00Z'."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

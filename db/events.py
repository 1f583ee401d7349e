"""Policy-timeline events: the allowed values, date periods and validation. No Qt, no SQLAlchemy.

An event's `date` is the ISO date ('YYYY-MM-DD') of the first day of its period and `precision`
says how long the period is (a day, a month, a quarter or a year). Dates stay plain calendar
dates from end to end: no time of day and no time zone, so they read the same everywhere.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from db.dto import EventDTO

PRECISIONS = ("day", "month", "quarter", "year")
JURISDICTIONS = ("US", "CN", "EU", "NL", "JP", "TW", "KR", "other")
CATEGORIES = ("export-control", "entity-list", "procurement-guidance", "industrial-policy", "subsidy",
              "security-review", "antitrust", "product-launch", "market", "funding", "regulation", "other")
CONFIDENCES = ("official", "reported")
ORIGINS = ("seed", "user")

EVENT_FIELDS = ("date", "precision", "title", "summary", "actor", "jurisdiction", "category", "confidence",
                "sources", "devices", "tags")
DEFAULTS = {"precision": "day"}  # fields that may be left out
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


def overlaps(start: str, end: str, date_from: str | None, date_to: str | None) -> bool:
    """Whether the period start..end (ISO dates, inclusive) meets the range date_from..date_to."""
    return (date_to is None or start <= date_to) and (date_from is None or end >= date_from)


def utc_now() -> str:
    """The current time in UTC as ISO 8601 ('2026-11-29T10:15:00Z'), for created/updated stamps."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def fields_of(event: EventDTO) -> dict[str, object]:
    """The editable fields of an event, in the shape validate_event and db.api.save_event take."""
    return {name: getattr(event, name) for name in EVENT_FIELDS}


def _choice_error(name: str, value: object, allowed: tuple[str, ...]) -> str | None:
    if value in allowed:
        return None
    if value is None or value == "":
        return f"{name} is required (one of {', '.join(allowed)})"
    return f"{name} {value!r} is not one of {', '.join(allowed)}"


def _date_errors(text: object, precision: object) -> list[str]:
    if text is None or text == "":
        return ["date is required"]
    day = parse_iso_date(text)
    if day is None:
        return [f"date {text!r} is not a valid date written YYYY-MM-DD"]
    if precision == "month" and day.day != 1:
        return [f"a month-precision date must be the first day of the month ({text[:7]}-01), not {text}"]
    if precision == "quarter" and (day.day != 1 or day.month not in QUARTER_START_MONTHS):
        return [f"a quarter-precision date must be the first day of a quarter "
                f"({day.year}-01-01, -04-01, -07-01 or -10-01), not {text}"]
    if precision == "year" and (day.day, day.month) != (1, 1):
        return [f"a year-precision date must be 1 January ({day.year}-01-01), not {text}"]
    return []


def is_web_url(text: str) -> bool:
    """True for a well-formed http:// or https:// address with a host and no spaces."""
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and not re.search(r"\s", text)


def _field(item: object, name: str) -> object:
    return item.get(name) if isinstance(item, Mapping) else getattr(item, name, None)


def _source_errors(sources: Iterable[object]) -> list[str]:
    errors = []
    for n, src in enumerate(sources, start=1):
        publisher, url = _field(src, "publisher"), _field(src, "url")
        if not isinstance(publisher, str) or not publisher.strip():
            errors.append(f"source {n}: publisher is required")
        if url not in (None, "") and not (isinstance(url, str) and is_web_url(url)):
            errors.append(f"source {n}: URL {url!r} is not a well-formed http(s) address")
    return errors


def validate_event(fields: Mapping[str, object]) -> list[str]:
    """Every problem with an event's fields, as messages a user can act on ([] when it is valid).

    `fields` uses the names of EventDTO: date, precision, title, summary, actor, jurisdiction,
    category, confidence, sources (EventSourceDTOs or dicts), devices, tags.
    """
    errors = [f"unknown field {name!r}" for name in fields if name not in EVENT_FIELDS]
    precision = fields.get("precision", DEFAULTS["precision"])
    errors += _date_errors(fields.get("date"), precision)
    title = fields.get("title")
    if not isinstance(title, str) or not title.strip():
        errors.append("title is required")
    for name, allowed in (("precision", PRECISIONS), ("jurisdiction", JURISDICTIONS), ("category", CATEGORIES),
                          ("confidence", CONFIDENCES)):
        message = _choice_error(name, fields.get(name, DEFAULTS.get(name)), allowed)
        if message:
            errors.append(message)
    not_lists = [name for name in ("sources", "devices", "tags") if isinstance(fields.get(name), (str, bytes, Mapping))]
    errors += [f"{name} must be a list" for name in not_lists]
    if "sources" not in not_lists:
        errors += _source_errors(fields.get("sources") or ())
    return errors

"""Policy-timeline events: the allowed values, date periods and validation. No Qt, no SQLAlchemy.

An event's `date` is the ISO date ('YYYY-MM-DD') of the first day of its period and `precision`
says how long the period is (a day, a month, a quarter or a year). Dates stay plain calendar
dates from end to end: no time of day and no time zone, so they read the same everywhere.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from typing import TYPE_CHECKING, cast
from urllib.parse import urlsplit

from db.periods import QUARTER_START_MONTHS, parse_iso_date, parse_period, period_end, period_label  # noqa: F401  (re-exported)

if TYPE_CHECKING:
    from db.dto import EventDTO

PRECISIONS = ("day", "month", "quarter", "year")
JURISDICTIONS = ("US", "CN", "EU", "NL", "JP", "TW", "KR", "HK", "other")
CATEGORIES = ("export-control", "entity-list", "procurement-guidance", "industrial-policy", "subsidy",
              "security-review", "antitrust", "product-launch", "software", "supply", "market", "funding", "regulation",
              "other")
CONFIDENCES = ("official", "third-party", "reported")
ORIGINS = ("seed", "user")

EVENT_FIELDS = ("date", "precision", "title", "summary", "actor", "jurisdiction", "category", "confidence",
                "sources", "devices", "tags")
DEFAULTS = {"precision": "day"}  # fields that may be left out


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
        return [f"a month-precision date must be the first day of the month ({str(text)[:7]}-01), not {text}"]
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
        errors += _source_errors(cast("Iterable[object]", fields.get("sources") or ()))
    return errors

"""The policy timeline: listing, saving, deleting and restoring events."""
from __future__ import annotations

import builtins
import sqlite3
import uuid
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, cast

from db import read
from db.api._session import read as _read
from db.api._session import write as _write
from db.dto import ChangeSet, EventDTO
from db.errors import EventValidationError, UnknownEventError
from db.events import CATEGORIES, CONFIDENCES, JURISDICTIONS, PRECISIONS, fields_of, overlaps, utc_now, validate_event
from db.periods import parse_iso_date, parse_period, period_end, period_label

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

__all__ = ["CATEGORIES", "CONFIDENCES", "JURISDICTIONS", "PRECISIONS", "Events", "parse_period", "period_end",
           "period_label", "validate_event"]


def _check_choices(name: str, given: Collection[str] | None, allowed: tuple[str, ...]) -> None:
    unknown = sorted(set(given or ()) - set(allowed))
    if unknown:
        raise ValueError(f"unknown {name}: {', '.join(unknown)} (known: {', '.join(allowed)})")


def _check_event_filters(date_from: str | None, date_to: str | None, categories: Collection[str] | None,
                         jurisdictions: Collection[str] | None, confidences: Collection[str] | None) -> None:
    for name, value in (("date_from", date_from), ("date_to", date_to)):
        if value is not None and parse_iso_date(value) is None:
            raise ValueError(f"{name} {value!r} is not a date written YYYY-MM-DD")
    _check_choices("category", categories, CATEGORIES)
    _check_choices("jurisdiction", jurisdictions, JURISDICTIONS)
    _check_choices("confidence", confidences, CONFIDENCES)


def _matches_text(event: EventDTO, needle: str) -> bool:
    haystack = (event.title, event.summary, event.actor, *event.tags)
    return any(needle in text.casefold() for text in haystack)


def list_events(path: Path, date_from: str | None = None, date_to: str | None = None,
                categories: Collection[str] | None = None, jurisdictions: Collection[str] | None = None,
                confidences: Collection[str] | None = None, device: str | None = None,
                text: str | None = None) -> list[EventDTO]:
    """Events sorted by date then title, filtered by every criterion given (None: no filter).

    An event matches a date range (ISO dates, inclusive) if its period overlaps it: a
    month-precision event of 2025-04 matches date_from='2025-04-15'. An empty collection of
    categories, jurisdictions or confidences matches nothing. `device` is a slug, name or alias
    (UnknownDeviceError with suggestions if none matches); `text` is searched, ignoring case, in
    the title, summary, actor and tags. Unknown values raise ValueError.
    """
    _check_event_filters(date_from, date_to, categories, jurisdictions, confidences)
    needle = text.casefold().strip() if text else ""

    def keep(e: EventDTO, slug: str | None) -> bool:
        return (overlaps(e.date, e.end, date_from, date_to)
                and (categories is None or e.category in categories)
                and (jurisdictions is None or e.jurisdiction in jurisdictions)
                and (confidences is None or e.confidence in confidences)
                and (slug is None or slug in e.devices)
                and (not needle or _matches_text(e, needle)))

    def _run(conn: sqlite3.Connection) -> list[EventDTO]:
        slug = read.resolve_device(conn, device) if device else None
        return [e for e in read.events(conn) if keep(e, slug)]
    return _read(path, _run)


def get_event(path: Path, uid: str) -> EventDTO:
    """The event with this uid; UnknownEventError if there is none."""
    found = _read(path, lambda conn: read.events(conn, [uid]))
    if not found:
        raise UnknownEventError(uid)
    return found[0]


def _resolve_devices(path: Path, names: Iterable[object]) -> list[str]:
    return _read(path, lambda conn: [read.resolve_device(conn, cast(str, n)) for n in names])


def _validated(fields: Mapping[str, object]) -> None:
    errors = validate_event(fields)
    if errors:
        raise EventValidationError(errors)


def _editable(found: tuple[int, str] | None, uid: str, action: str) -> int:
    if found is None:
        raise UnknownEventError(uid)
    event_id, origin = found
    if origin == "team":
        raise ValueError(f"event {uid!r} is a teammate's (from the team library) and cannot be {action} here; only "
                         "your own events can")
    if origin != "user":
        raise ValueError(f"event {uid!r} comes with ChipLens and cannot be {action}; only your own events can")
    return event_id


def save_event(path: Path, fields: Mapping[str, object], uid: str | None = None) -> tuple[str, ChangeSet]:
    """Create a user event (uid None) or edit one of the user's events; returns its uid.

    `fields` uses EventDTO's names (date, precision, title, summary, actor, jurisdiction, category,
    confidence, sources, devices, tags); sources are EventSourceDTOs or dicts with publisher, title,
    url, date; devices are slugs, names or aliases. Invalid fields raise EventValidationError (a
    ValueError) listing every problem; seed events are not editable (ValueError).
    """
    from db import event_writes
    _validated(fields)
    slugs = _resolve_devices(path, cast("Iterable[object]", fields.get("devices") or ()))
    before = get_event(path, uid).devices if uid is not None else ()

    def _run(conn: Connection) -> str:
        data = event_writes.content(fields, event_writes.device_ids(conn, slugs))
        if uid is None:
            new_uid = uuid.uuid4().hex
            event_writes.insert_event(conn, new_uid, "user", data, utc_now(), utc_now())
            return new_uid
        event_id = _editable(event_writes.find_event(conn, uid), uid, "edited")
        event_writes.update_event(conn, event_id, data, utc_now())
        return uid
    saved = _write(path, _run)
    return saved, ChangeSet(frozenset({"event"}), frozenset(before) | frozenset(slugs))


def delete_event(path: Path, uid: str) -> tuple[EventDTO, ChangeSet]:
    """Delete one of the user's events; returns it as it was, so that restore_event can undo."""
    from sqlalchemy import delete

    from db import event_writes
    from db.schema import Event
    event = get_event(path, uid)

    def _run(conn: Connection) -> None:
        event_id = _editable(event_writes.find_event(conn, uid), uid, "deleted")
        conn.execute(delete(Event).where(Event.id == event_id))
    _write(path, _run)
    return event, ChangeSet(frozenset({"event"}), frozenset(event.devices))


def restore_event(path: Path, event: EventDTO) -> ChangeSet:
    """Put back a deleted event with the same uid, origin and timestamps (ValueError if the uid exists)."""
    from db import event_writes
    _validated(fields_of(event))
    slugs = _resolve_devices(path, event.devices)

    def _run(conn: Connection) -> None:
        if event_writes.find_event(conn, event.uid) is not None:
            raise ValueError(f"an event with uid {event.uid!r} already exists")
        data = event_writes.content(fields_of(event), event_writes.device_ids(conn, slugs))
        now = utc_now()
        event_writes.insert_event(conn, event.uid, event.origin, data, event.created or now, event.updated or now)
    _write(path, _run)
    return ChangeSet(frozenset({"event"}), frozenset(slugs))


class Events:
    """`library.events`: the policy timeline of one store."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def list(self, date_from: str | None = None, date_to: str | None = None,
             categories: Collection[str] | None = None, jurisdictions: Collection[str] | None = None,
             confidences: Collection[str] | None = None, device: str | None = None,
             text: str | None = None) -> builtins.list[EventDTO]:
        return list_events(self.path, date_from, date_to, categories, jurisdictions, confidences, device, text)

    def get(self, uid: str) -> EventDTO:
        return get_event(self.path, uid)

    def save(self, fields: Mapping[str, object], uid: str | None = None) -> tuple[str, ChangeSet]:
        return save_event(self.path, fields, uid)

    def delete(self, uid: str) -> tuple[EventDTO, ChangeSet]:
        return delete_event(self.path, uid)

    def restore(self, event: EventDTO) -> ChangeSet:
        return restore_event(self.path, event)

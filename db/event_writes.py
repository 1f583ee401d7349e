"""Writing events with SQLAlchemy Core (imported only by seeding and by db.api's write calls).

An event is written as one row plus its children: sources (in order), links to devices and
free-text tags. Children are always replaced as a whole, never merged.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import cast

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from db.events import DEFAULTS
from db.schema import Device, Event, EventDevice, EventSource, EventTag

SCALARS = ("date", "precision", "title", "summary", "actor", "jurisdiction", "category", "confidence")


@dataclass(frozen=True)
class EventContent:
    """Everything stored about an event except its identity (uid, origin) and timestamps."""

    row: tuple[str, ...]  # the SCALARS, in order
    sources: tuple[tuple[str, str, str | None, str | None], ...]  # publisher, title, url, date text
    device_ids: tuple[int, ...]
    tags: tuple[str, ...]


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _optional(value: object) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def _source_field(src: object, name: str) -> object:
    return src.get(name) if isinstance(src, Mapping) else getattr(src, name, None)


def content(fields: Mapping[str, object], device_ids: Iterable[int]) -> EventContent:
    """Normalised content from validated fields (strings trimmed, empty tags and duplicates dropped)."""
    row = tuple(_text(fields.get(name, DEFAULTS.get(name))) for name in SCALARS)
    sources = tuple((_text(_source_field(s, "publisher")), _text(_source_field(s, "title")),
                     _optional(_source_field(s, "url")), _optional(_source_field(s, "date")))
                    for s in cast("Iterable[object]", fields.get("sources") or ()))
    tags = tuple(dict.fromkeys(t for t in (_text(t) for t in cast("Iterable[object]", fields.get("tags") or ())) if t))
    return EventContent(row, sources, tuple(dict.fromkeys(device_ids)), tags)


def stored_content(conn: Connection, event_id: int) -> EventContent:
    row = conn.execute(select(*(getattr(Event, n) for n in SCALARS)).where(Event.id == event_id)).one()
    sources = conn.execute(select(EventSource.publisher, EventSource.title, EventSource.url, EventSource.date_text)
                           .where(EventSource.event_id == event_id).order_by(EventSource.position)).all()
    device_ids = conn.execute(select(EventDevice.device_id).where(EventDevice.event_id == event_id)
                              .order_by(EventDevice.id)).scalars()
    tags = conn.execute(select(EventTag.tag).where(EventTag.event_id == event_id).order_by(EventTag.id)).scalars()
    return EventContent(tuple(row), tuple(cast("tuple[str, str, str | None, str | None]", tuple(s)) for s in sources),
                        tuple(device_ids), tuple(tags))


def _write_children(conn: Connection, event_id: int, data: EventContent) -> None:
    for table in (EventSource, EventDevice, EventTag):
        conn.execute(delete(table).where(table.event_id == event_id))
    if data.sources:
        conn.execute(insert(EventSource), [
            dict(event_id=event_id, position=pos, publisher=p, title=t, url=u, date_text=d)
            for pos, (p, t, u, d) in enumerate(data.sources)])
    if data.device_ids:
        conn.execute(insert(EventDevice), [dict(event_id=event_id, device_id=i) for i in data.device_ids])
    if data.tags:
        conn.execute(insert(EventTag), [dict(event_id=event_id, tag=t) for t in data.tags])


def insert_event(conn: Connection, uid: str, origin: str, data: EventContent, created: str, updated: str) -> int:
    values = dict(zip(SCALARS, data.row), uid=uid, origin=origin, created=created, updated=updated)
    event_id: int = conn.execute(insert(Event).values(**values)).inserted_primary_key[0]  # type: ignore[index]
    _write_children(conn, event_id, data)
    return event_id


def update_event(conn: Connection, event_id: int, data: EventContent, updated: str) -> None:
    conn.execute(update(Event).where(Event.id == event_id).values(**dict(zip(SCALARS, data.row)), updated=updated))
    _write_children(conn, event_id, data)


def find_event(conn: Connection, uid: str) -> tuple[int, str] | None:
    """(id, origin) of the event with this uid, or None."""
    row = conn.execute(select(Event.id, Event.origin).where(Event.uid == uid)).first()
    return None if row is None else (row[0], row[1])


def device_ids(conn: Connection, slugs: Iterable[str]) -> list[int]:
    """Ids of the devices with these slugs, in the given order (every slug must exist)."""
    slugs = list(slugs)
    ids = dict(conn.execute(select(Device.slug, Device.id).where(Device.slug.in_(slugs))).all())
    return [ids[s] for s in slugs]

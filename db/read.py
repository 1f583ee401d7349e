"""Read queries in plain sqlite3, returning DTOs.

The start-up path (open the store, show the default comparison) goes through here so that it
never imports SQLAlchemy, which alone costs about twice a bare Qt window's start-up. The tables
are the ones `db.schema` declares and Alembic creates; tests compare both on real files.
"""
from __future__ import annotations

import difflib
import sqlite3
from collections import defaultdict

from db.dto import (ComponentDTO, DeviceDTO, EventDTO, EventSourceDTO, MetricDTO, OrganisationDTO, PairingDTO, SourceDTO,
                    ValueDTO)
from db.errors import UnknownDeviceError

_SOURCE_COLS = "s.key, s.publisher, s.title, s.url, s.date_text, s.date_sort, s.kind"


def placeholders(values) -> str:
    """'?,?,?' for an `IN (...)` of these values (passed as parameters, never formatted into the SQL)."""
    return ",".join("?" * len(values))


def _source(row: tuple) -> SourceDTO | None:
    return SourceDTO(*row) if row[0] is not None else None


def norm(text: str) -> str:
    return " ".join(text.casefold().split())


def metrics(conn: sqlite3.Connection) -> list[MetricDTO]:
    rows = conn.execute(
        "SELECT key, label, grp, unit, kind, higher_is_better, aggregate, default_qualifier, directional, "
        "derived, formula, inputs, key_metric, description, position FROM metric ORDER BY position").fetchall()
    return [MetricDTO(r[0], r[1], r[2], r[3], r[4], None if r[5] is None else bool(r[5]), r[6], r[7],
                      bool(r[8]), bool(r[9]), r[10], tuple(x for x in r[11].split(",") if x), bool(r[12]),
                      r[13], r[14]) for r in rows]


def devices(conn: sqlite3.Connection, slugs: list[str] | None = None) -> list[DeviceDTO]:
    sql = ("SELECT d.id, d.slug, d.name, d.kind, d.family, d.status, o.name, o.country, d.racks, d.racks_note, d.origin "
           "FROM device d JOIN organisation o ON o.id = d.organisation_id")
    args: tuple = ()
    if slugs is not None:
        sql += f" WHERE d.slug IN ({placeholders(slugs)})"
        args = tuple(slugs)
    rows = conn.execute(sql + " ORDER BY d.kind, o.name, d.name", args).fetchall()
    aliases: dict[int, list[str]] = defaultdict(list)
    ids = [r[0] for r in rows]
    if ids:
        for dev_id, alias in conn.execute(
                f"SELECT device_id, alias FROM device_alias WHERE device_id IN ({placeholders(ids)}) ORDER BY id", ids):
            aliases[dev_id].append(alias)
    return [DeviceDTO(r[1], r[2], r[3], r[4], r[5], r[6], r[7],
                      tuple(a for a in aliases[r[0]] if a not in (r[1], r[2])), r[8], r[9] or "", r[10]) for r in rows]


def pairings(conn: sqlite3.Connection) -> list[PairingDTO]:
    rows = conn.execute(
        "SELECT p.slug, p.name, a.slug, b.slug, p.origin, c.slug, d.slug, p.baseline FROM pairing p "
        "JOIN device a ON a.id = p.device_a_id JOIN device b ON b.id = p.device_b_id "
        "LEFT JOIN device c ON c.id = p.device_c_id LEFT JOIN device d ON d.id = p.device_d_id "
        "ORDER BY p.origin DESC, p.position, p.name").fetchall()
    return [PairingDTO(*r[:5], tuple(s for s in r[5:7] if s), r[7]) for r in rows]


def resolve_device(conn: sqlite3.Connection, name: str) -> str:
    """Slug of the device called `name` (slug, name or alias, case-insensitive)."""
    key = norm(name)
    row = conn.execute("SELECT d.slug FROM device_alias a JOIN device d ON d.id = a.device_id WHERE a.alias_norm = ?",
                       (key,)).fetchone()
    if row is None:
        row = conn.execute("SELECT slug FROM device WHERE lower(slug) = ? OR lower(name) = ?", (key, key)).fetchone()
    if row is not None:
        return row[0]
    labels = {a: s for a, s in conn.execute(
        "SELECT a.alias, d.slug FROM device_alias a JOIN device d ON d.id = a.device_id")}
    by_norm = {norm(a): a for a in labels}
    close = difflib.get_close_matches(key, list(by_norm), n=8, cutoff=0.5)
    contains = [n for n in by_norm if key and (key in n or n in key) and n not in close]
    suggestions: list[str] = []
    for n in close + contains:
        label = by_norm[n]
        if labels[label] not in [labels[s] for s in suggestions]:
            suggestions.append(label)
    raise UnknownDeviceError(name, suggestions[:5])


def values(conn: sqlite3.Connection, slugs: list[str]) -> dict[tuple[str, str], list[ValueDTO]]:
    """Every stored value (and recorded gap) of the devices, keyed by (device slug, metric key)."""
    out: dict[tuple[str, str], list[ValueDTO]] = defaultdict(list)
    if not slugs:
        return out
    rows = conn.execute(
        f"SELECT v.uid, d.slug, m.key, v.value_num, v.value_text, v.qualifier, v.approximate, {_SOURCE_COLS}, "
        "v.confidence, v.as_of, v.note, v.unit_text, v.origin FROM spec_value v "
        "JOIN device d ON d.id = v.device_id JOIN metric m ON m.id = v.metric_id "
        "LEFT JOIN source s ON s.id = v.source_id "
        f"WHERE d.slug IN ({placeholders(slugs)}) ORDER BY v.id", slugs).fetchall()
    for r in rows:
        out[(r[1], r[2])].append(ValueDTO(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), _source(r[7:14]),
                                          r[14], r[15], r[16] or "", r[17] or "", r[18]))
    return out


def components(conn: sqlite3.Connection, slug: str) -> list[ComponentDTO]:
    rows = conn.execute(
        f"SELECT c.name, c.role, c.count, cd.slug, {_SOURCE_COLS}, c.confidence FROM system_component c "
        "JOIN device d ON d.id = c.system_id LEFT JOIN device cd ON cd.id = c.component_device_id "
        "LEFT JOIN source s ON s.id = c.source_id WHERE d.slug = ? ORDER BY c.id", (slug,)).fetchall()
    return [ComponentDTO(r[0], r[1], r[2], r[3], _source(r[4:11]), r[11]) for r in rows]


def choices(conn: sqlite3.Connection, slugs: list[str]) -> dict[tuple[str, str], str]:
    if not slugs:
        return {}
    rows = conn.execute(f"SELECT device_slug, metric_key, value_uid FROM value_choice "
                        f"WHERE device_slug IN ({placeholders(slugs)})", slugs).fetchall()
    return {(r[0], r[1]): r[2] for r in rows}


def sources(conn: sqlite3.Connection) -> list[SourceDTO]:
    rows = conn.execute(f"SELECT {_SOURCE_COLS} FROM source s ORDER BY s.key").fetchall()
    return [SourceDTO(*r) for r in rows]


def _by_event(conn: sqlite3.Connection, sql: str, order: str, event_ids: list[int] | None) -> dict[int, list[tuple]]:
    """Rows of a child table grouped by event id: (event_id, *columns) selected by `sql`."""
    args: list[int] = []
    if event_ids is not None:
        sql += f" WHERE event_id IN ({placeholders(event_ids)})"
        args = event_ids
    grouped: dict[int, list[tuple]] = defaultdict(list)
    for row in conn.execute(f"{sql} ORDER BY {order}", args):
        grouped[row[0]].append(row[1:])
    return grouped


def events(conn: sqlite3.Connection, uids: list[str] | None = None) -> list[EventDTO]:
    """Every event (or those with the given uids) with sources, device slugs and tags, by date then title."""
    sql = ("SELECT id, uid, date, precision, title, summary, actor, jurisdiction, category, confidence, origin, "
           "created, updated FROM event")
    args: tuple = ()
    if uids is not None:
        sql += f" WHERE uid IN ({placeholders(uids)})"
        args = tuple(uids)
    rows = conn.execute(sql + " ORDER BY date, title, uid", args).fetchall()
    ids = None if uids is None else [r[0] for r in rows]
    sources = _by_event(conn, "SELECT event_id, publisher, title, url, date_text FROM event_source",
                        "event_id, position", ids)
    slugs = _by_event(conn, "SELECT l.event_id, d.slug FROM event_device l JOIN device d ON d.id = l.device_id",
                      "l.event_id, l.id", ids)
    tags = _by_event(conn, "SELECT event_id, tag FROM event_tag", "event_id, id", ids)
    return [EventDTO(r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9],
                     tuple(EventSourceDTO(*s) for s in sources[r[0]]), tuple(s[0] for s in slugs[r[0]]),
                     tuple(t[0] for t in tags[r[0]]), r[10], r[11], r[12]) for r in rows]


def meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM app_meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def organisations(conn: sqlite3.Connection) -> list[OrganisationDTO]:
    return [OrganisationDTO(*r) for r in conn.execute("SELECT slug, name, country FROM organisation ORDER BY name")]

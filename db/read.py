"""Read queries in plain sqlite3, returning DTOs.

The start-up path (open the store, show the default comparison) goes through here so that it
never imports SQLAlchemy, which alone costs about twice a bare Qt window's start-up. The tables
are the ones `db.schema` declares and Alembic creates; tests compare both on real files.
"""
from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence, Sized
from typing import Any

from db.basis import DIMENSIONS, Basis, BasisRule
from db.columns import Columns, col, join_list, optional_bool, or_empty, split_lines, split_list
from db.dto import (ComponentDTO, DeviceDTO, EventDTO, EventSourceDTO, MetricDTO, OrganisationDTO, PairingDTO,
                    SourceDTO, ValueDTO)
from db.errors import UnknownDeviceError

STATUS_METRICS = ("availability", "announced")  # a device's status is as recent as the newest of these figures
# CROSS JOIN keeps spec_value the outer loop, read through its device_id index: a few rows a device. Left to
# itself, SQLite may walk every device's availability figures per device (quadratic: 70 s at 10,000 devices).
STATUS_AS_OF = ("SELECT max(sv.as_of) FROM spec_value sv CROSS JOIN metric sm ON sm.id = sv.metric_id "
                f"WHERE sv.device_id = d.id AND sm.key IN ({', '.join(repr(k) for k in STATUS_METRICS)})")

# a teammate's row (origin 'team', migration 0011): who added it, one index seek on team_row's (kind, key) and
# only for the team's rows
_TEAM_AUTHOR = ("CASE WHEN {origin} = 'team' THEN (SELECT t.author FROM team_row t WHERE t.kind = '{kind}' "
                "AND t.key = {key}) END")

# each query's columns, declared once for the SELECT and the DTO (see db.columns)
SOURCE = Columns(col("s.key"), col("s.publisher"), col("s.title"), col("s.url"), col("s.date_text"),
                 col("s.date_sort"), col("s.kind"))
METRIC = Columns(col("key"), col("label"), col("grp", "group"), col("unit"), col("kind"),
                 col("higher_is_better", convert=optional_bool), col("aggregate"), col("default_qualifier"),
                 col("directional", convert=bool), col("derived", convert=bool), col("formula"),
                 col("inputs", convert=split_list, dump=join_list), col("key_metric", convert=bool), col("description"),
                 col("position"), col("basis_rule", "rule", convert=BasisRule.from_json, dump=BasisRule.to_json))
DEVICE = Columns(col("d.slug"), col("d.name"), col("d.kind"), col("d.family"), col("d.status"),
                 col("o.name", "vendor"), col("o.country", "country"), col("d.racks"),
                 col("d.racks_note", convert=or_empty), col("d.origin"),
                 col("d.granularity", convert=lambda g: g or "package"), col("d.packages"),
                 col(f"({STATUS_AS_OF})", "status_as_of"), col("o.aliases", "vendor_aliases", convert=split_lines))
PAIRING = Columns(col("p.slug"), col("p.name"), col("a.slug", "device_a"), col("b.slug", "device_b"),
                  col("p.origin"), col("p.baseline"))
VALUE = Columns(col("v.uid"), col("d.slug", "device_slug"), col("m.key", "metric_key"), col("v.value_num"),
                col("v.value_text"), col("v.qualifier"), col("v.approximate", convert=bool), col("v.confidence"),
                col("v.as_of"), col("v.note", convert=or_empty), col("v.unit_text", convert=or_empty),
                col("v.origin"), col("v.producer"), col("v.carrier_quality"),
                col(f"({_TEAM_AUTHOR.format(kind='figure', key='v.uid', origin='v.origin')})", "author"))
BASIS = Columns(*(col(f"v.basis_{dim}", dim) for dim in DIMENSIONS))
COMPONENT = Columns(col("c.name"), col("c.role"), col("c.count"), col("cd.slug", "device_slug"), col("c.confidence"))
EVENT = Columns(col("uid"), col("date"), col("precision"), col("title"), col("summary"), col("actor"),
                col("jurisdiction"), col("category"), col("confidence"), col("origin"), col("created"),
                col("updated"), col(f"({_TEAM_AUTHOR.format(kind='event', key='event.uid', origin='event.origin')})",
                                    "author"))
EVENT_SOURCE = Columns(col("publisher"), col("title"), col("url"), col("date_text", "date"))
ORGANISATION = Columns(col("slug"), col("name"), col("country"))


def placeholders(values: Sized) -> str:
    """'?,?,?' for an `IN (...)` of these values (passed as parameters, never formatted into the SQL)."""
    return ",".join("?" * len(values))


def _source(row: Sequence[Any], start: int) -> SourceDTO | None:
    """The source selected with SOURCE at `start` (None when the LEFT JOIN found none)."""
    fields = SOURCE.fields(row, start)
    return SourceDTO(**fields) if fields["key"] is not None else None


def norm(text: str) -> str:
    return " ".join(text.casefold().split())


def metrics(conn: sqlite3.Connection) -> list[MetricDTO]:
    rows = conn.execute(f"SELECT {METRIC.select()} FROM metric ORDER BY position").fetchall()
    return [MetricDTO(**METRIC.fields(r)) for r in rows]


def devices(conn: sqlite3.Connection, slugs: list[str] | None = None) -> list[DeviceDTO]:
    sql = f"SELECT d.id, {DEVICE.select()} FROM device d JOIN organisation o ON o.id = d.organisation_id"
    args: tuple[str, ...] = ()
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
    out = []
    for r in rows:
        fields = DEVICE.fields(r, 1)
        own = (fields["slug"], fields["name"])
        out.append(DeviceDTO(**fields, aliases=tuple(a for a in aliases[r[0]] if a not in own)))
    return out


def pairings(conn: sqlite3.Connection) -> list[PairingDTO]:
    rows = conn.execute(
        f"SELECT {PAIRING.select()}, c.slug, d.slug FROM pairing p "
        "JOIN device a ON a.id = p.device_a_id JOIN device b ON b.id = p.device_b_id "
        "LEFT JOIN device c ON c.id = p.device_c_id LEFT JOIN device d ON d.id = p.device_d_id "
        "ORDER BY p.origin DESC, p.position, p.name").fetchall()
    return [PairingDTO(**PAIRING.fields(r), more=tuple(s for s in r[len(PAIRING):] if s)) for r in rows]


def resolve_device(conn: sqlite3.Connection, name: str) -> str:
    """Slug of the device called `name` (slug, name or alias, case-insensitive)."""
    key = norm(name)
    row = conn.execute("SELECT d.slug FROM device_alias a JOIN device d ON d.id = a.device_id WHERE a.alias_norm = ?",
                       (key,)).fetchone()
    if row is None:  # a slug as given first (its index), then any spelling of a slug or name (a scan)
        row = conn.execute("SELECT slug FROM device WHERE slug = ?", (name,)).fetchone()
    if row is None:
        row = conn.execute("SELECT slug FROM device WHERE lower(slug) = ? OR lower(name) = ?", (key, key)).fetchone()
    if row is not None:
        slug: str = row[0]
        return slug
    labels = {a: s for a, s in conn.execute(
        "SELECT a.alias, d.slug FROM device_alias a JOIN device d ON d.id = a.device_id")}
    by_norm = {norm(a): a for a in labels}
    import difflib  # a device name not found: suggestions (not on the start path)
    import os
    close = difflib.get_close_matches(key, list(by_norm), n=40, cutoff=0.5)
    # among equally close names (thousands of imported look-alikes: BX-02439, BX-02543), those that begin as typed
    close = sorted(close, key=lambda n: (-round(difflib.SequenceMatcher(None, key, n).ratio(), 2),
                                         -len(os.path.commonprefix([key, n]))))[:8]
    contains = [n for n in by_norm if key and (key in n or n in key) and n not in close]
    suggestions: list[str] = []
    for n in close + contains:
        label = by_norm[n]
        if labels[label] not in [labels[s] for s in suggestions]:
            suggestions.append(label)
    raise UnknownDeviceError(name, suggestions[:5])


def values(conn: sqlite3.Connection, slugs: list[str] | None, metric_keys: Sequence[str] | None = None,
           kind: str | None = None) -> dict[tuple[str, str], list[ValueDTO]]:
    """Every stored value (and recorded gap) of the devices (None: of every device, or of every device of `kind`),
    keyed by (device slug, metric key); with `metric_keys`, of those metrics only (one query whatever the number
    of devices)."""
    out: dict[tuple[str, str], list[ValueDTO]] = defaultdict(list)
    if slugs is not None and not slugs:
        return out
    where, args = [], []
    if slugs is not None:
        where.append(f"d.slug IN ({placeholders(slugs)})")
        args += slugs
    if kind is not None:
        where.append("d.kind = ?")
        args.append(kind)
    if metric_keys is not None:
        where.append(f"m.key IN ({placeholders(metric_keys)})")
        args += list(metric_keys)
    rows = conn.execute(
        f"SELECT {VALUE.select()}, {BASIS.select()}, {SOURCE.select()} FROM spec_value v "
        "JOIN device d ON d.id = v.device_id JOIN metric m ON m.id = v.metric_id "
        "LEFT JOIN source s ON s.id = v.source_id "
        f"{'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY v.id", args).fetchall()
    for r in rows:
        value = ValueDTO(**VALUE.fields(r), basis=Basis(**BASIS.fields(r, len(VALUE))),
                         source=_source(r, len(VALUE) + len(BASIS)))
        out[(value.device_slug, value.metric_key)].append(value)
    return out


def all_components(conn: sqlite3.Connection) -> dict[str, list[ComponentDTO]]:
    """Every system's components, keyed by the system's slug (one query)."""
    rows = conn.execute(
        f"SELECT d.slug, {COMPONENT.select()}, {SOURCE.select()} FROM system_component c "
        "JOIN device d ON d.id = c.system_id LEFT JOIN device cd ON cd.id = c.component_device_id "
        "LEFT JOIN source s ON s.id = c.source_id ORDER BY c.id").fetchall()
    out: dict[str, list[ComponentDTO]] = defaultdict(list)
    for r in rows:
        out[r[0]].append(ComponentDTO(**COMPONENT.fields(r, 1), source=_source(r, 1 + len(COMPONENT))))
    return out


def components(conn: sqlite3.Connection, slug: str) -> list[ComponentDTO]:
    rows = conn.execute(
        f"SELECT {COMPONENT.select()}, {SOURCE.select()} FROM system_component c "
        "JOIN device d ON d.id = c.system_id LEFT JOIN device cd ON cd.id = c.component_device_id "
        "LEFT JOIN source s ON s.id = c.source_id WHERE d.slug = ? ORDER BY c.id", (slug,)).fetchall()
    return [ComponentDTO(**COMPONENT.fields(r), source=_source(r, len(COMPONENT))) for r in rows]


def choices(conn: sqlite3.Connection, slugs: list[str] | None) -> dict[tuple[str, str], str]:
    """The analyst's chosen figures of the devices (None: of every device)."""
    if slugs is None:
        rows = conn.execute("SELECT device_slug, metric_key, value_uid FROM value_choice").fetchall()
        return {(r[0], r[1]): r[2] for r in rows}
    if not slugs:
        return {}
    rows = conn.execute(f"SELECT device_slug, metric_key, value_uid FROM value_choice "
                        f"WHERE device_slug IN ({placeholders(slugs)})", slugs).fetchall()
    return {(r[0], r[1]): r[2] for r in rows}


def sources(conn: sqlite3.Connection) -> list[SourceDTO]:
    rows = conn.execute(f"SELECT {SOURCE.select()} FROM source s ORDER BY s.key").fetchall()
    return [SourceDTO(**SOURCE.fields(r)) for r in rows]


def _by_event(conn: sqlite3.Connection, sql: str, order: str, event_ids: list[int] | None) -> dict[int, list[tuple[Any, ...]]]:
    """Rows of a child table grouped by event id: (event_id, *columns) selected by `sql`."""
    args: list[int] = []
    if event_ids is not None:
        sql += f" WHERE event_id IN ({placeholders(event_ids)})"
        args = event_ids
    grouped: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in conn.execute(f"{sql} ORDER BY {order}", args):
        grouped[row[0]].append(row[1:])
    return grouped


def events(conn: sqlite3.Connection, uids: list[str] | None = None) -> list[EventDTO]:
    """Every event (or those with the given uids) with sources, device slugs and tags, by date then title."""
    sql = f"SELECT id, {EVENT.select()} FROM event"
    args: tuple[str, ...] = ()
    if uids is not None:
        sql += f" WHERE uid IN ({placeholders(uids)})"
        args = tuple(uids)
    rows = conn.execute(sql + " ORDER BY date, title, uid", args).fetchall()
    ids = None if uids is None else [r[0] for r in rows]
    sources = _by_event(conn, f"SELECT event_id, {EVENT_SOURCE.select()} FROM event_source",
                        "event_id, position", ids)
    slugs = _by_event(conn, "SELECT l.event_id, d.slug FROM event_device l JOIN device d ON d.id = l.device_id",
                      "l.event_id, l.id", ids)
    tags = _by_event(conn, "SELECT event_id, tag FROM event_tag", "event_id, id", ids)
    return [EventDTO(**EVENT.fields(r, 1),
                     sources=tuple(EventSourceDTO(**EVENT_SOURCE.fields(s)) for s in sources[r[0]]),
                     devices=tuple(s[0] for s in slugs[r[0]]), tags=tuple(t[0] for t in tags[r[0]])) for r in rows]


def meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM app_meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def organisations(conn: sqlite3.Connection) -> list[OrganisationDTO]:
    rows = conn.execute(f"SELECT {ORGANISATION.select()} FROM organisation ORDER BY name")
    return [OrganisationDTO(**ORGANISATION.fields(r)) for r in rows]

"""`library.beyond`: software stacks and supply facts beside the figures (the rules are db.beyond).

    lib.beyond.stacks()                                   # the 12 stacks, each fact with source and grade
    lib.beyond.device_stacks(["910C", "CM384"])           # the stack each device runs (a system: its chip's)
    lib.beyond.supply("huawei", kind="output")            # every estimate, none merged, each with its unit
    lib.beyond.supply(device="ascend-910c")               # what a comparison's Supply group shows
    lib.beyond.market_share()                             # one series per source and subject
    lib.beyond.save_fact("supply", {...})                 # the analyst's fact, kept over re-seeding

Bundled stacks and supply facts come from resources/seed/stacks.json and supply.json (converted from the
reference by db.importers.beyond) and are never stored; the analyst's own facts are rows of analyst_fact.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import resources
from db import beyond, read
from db.api._session import read as _read
from db.api._session import write as _write
from db.beyond import (E_DATE, E_NEGATIVE_COUNT, E_NOT_FINITE, E_NOT_ONE_OF, E_REQUIRED, E_UNKNOWN_FACT, E_UNKNOWN_STACK, E_URL,
                       CONFIDENCES, DOMAINS, MATRIX_COLUMNS, ROUTE_KINDS, STACK_FIELD_ROWS, STACK_ROWS, SUPPLY_KINDS)
from db.beyond_dto import (DeviceStackDTO, FactSourceDTO, RouteDTO, SharePointDTO, ShareSeriesDTO, StackDTO,
                           StackFactDTO, SupplyFactDTO)
from db.dto import ChangeSet
from db.errors import FactValidationError
from db.events import utc_now

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

__all__ = ["E_DATE", "E_NEGATIVE_COUNT", "E_NOT_FINITE", "E_NOT_ONE_OF", "E_REQUIRED", "E_UNKNOWN_FACT", "E_UNKNOWN_STACK", "E_URL", "CONFIDENCES", "DOMAINS", "MATRIX_COLUMNS", "ROUTE_KINDS", "STACK_FIELD_ROWS", "STACK_ROWS", "SUPPLY_KINDS",
           "Beyond", "DeviceStackDTO", "FactSourceDTO", "RouteDTO", "SharePointDTO", "ShareSeriesDTO", "StackDTO",
           "StackFactDTO", "SupplyFactDTO", "validate_fact"]
CHANGE_KIND = "analyst_fact"
validate_fact = beyond.validate_fact
_FACT_COLUMNS = ("uid", "domain", "subject", "field", "period", "value", "unit", "publisher", "title", "url",
                 "source_date", "confidence", "note", "updated")


@lru_cache(maxsize=1)
def _supply_doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(resources.seed_bytes("supply.json"))
    return doc


def _source(s: Mapping[str, Any]) -> FactSourceDTO:
    return FactSourceDTO(s.get("publisher") or "", s.get("title"), s.get("url"), s.get("date"), s.get("read_on"))


def _user_rows(conn: sqlite3.Connection, domain: str) -> list[dict[str, Any]]:
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'analyst_fact'").fetchone() is None:
        return []  # a store opened before its migration (never in the app: open_store migrates first)
    rows = conn.execute(f"SELECT {', '.join(_FACT_COLUMNS)} FROM analyst_fact WHERE domain = ? AND deleted IS NULL "
                        "ORDER BY created, id", (domain,)).fetchall()
    return [dict(zip(_FACT_COLUMNS, r)) for r in rows]


def _user_source(r: Mapping[str, Any]) -> FactSourceDTO:
    return FactSourceDTO(r["publisher"], r["title"], r["url"], r["source_date"], (r["updated"] or "")[:10] or None)


def _stack_fact(sid: str, f: Mapping[str, Any]) -> StackFactDTO:
    return StackFactDTO(f["uid"], sid, f["field"], f.get("row"), str(f["value"]), _source(f["source"]),
                        f["confidence"], f.get("note"), "seed")


def _user_stack_fact(r: Mapping[str, Any]) -> StackFactDTO:
    return StackFactDTO(r["uid"], r["subject"], r["field"], STACK_FIELD_ROWS.get(r["field"]), r["value"],
                        _user_source(r), r["confidence"], r["note"], "user", r["updated"])


def _stack(s: Mapping[str, Any], user: Iterable[StackFactDTO]) -> StackDTO:
    routes = tuple(RouteDTO(k, v.get("text"), v.get("kind")) for k, v in s["routes"].items())
    facts = tuple(_stack_fact(s["id"], f) for f in s["facts"]) + tuple(f for f in user if f.stack_id == s["id"])
    return StackDTO(s["id"], s["name"], s["vendor"], s["jurisdiction"], tuple(s["organisations"]),
                    s.get("first_release_date"), s.get("latest_version_seen"), s.get("latest_version_date"),
                    s.get("licence_openness"), s.get("programming_model"), s.get("translation_tools"),
                    s.get("cuda_source_compatibility"), routes, facts)


def _supply_fact(f: Mapping[str, Any]) -> SupplyFactDTO:
    return SupplyFactDTO(f["uid"], f["subject"], f["metric"], f["kind"], f["period"], f["value"], f.get("number"),
                         f["unit"], f.get("counted"), _source(f["source"]), f["confidence"], f.get("note"),
                         tuple(f.get("devices", ())), tuple(f.get("organisations", ())), "seed")


@lru_cache(maxsize=1)
def _seed_supply() -> tuple[SupplyFactDTO, ...]:
    return tuple(_supply_fact(f) for f in _supply_doc()["facts"])


def _user_supply_fact(r: Mapping[str, Any], devices: Mapping[str, str]) -> SupplyFactDTO:
    unit = r["unit"] or "text"
    return SupplyFactDTO(r["uid"], r["subject"], r["field"], beyond.supply_kind(r["field"], r["subject"]),
                         r["period"] or "", r["value"], beyond.number(r["value"]), unit, beyond.counted(unit),
                         _user_source(r), r["confidence"], r["note"], tuple(beyond.subject_devices(f"{r['subject']} {r['period'] or ''}", devices)),
                         tuple(beyond.subject_organisations(r["subject"])), "user", r["updated"])


def _device_names(conn: sqlite3.Connection) -> dict[str, str]:
    """Every device name and alias, normalised -> slug (what a supply subject is matched against)."""
    names: dict[str, str] = {}
    rows = conn.execute("SELECT d.slug, d.name, a.alias FROM device d JOIN organisation o ON o.id = d.organisation_id "
                        "LEFT JOIN device_alias a ON a.device_id = d.id ORDER BY d.kind, o.name, d.name, d.id, a.id")
    # names only, in read.devices' order (the first device named wins): no figure is read, 10,000 devices or not
    for slug, name, alias in rows:
        for n in (slug, name, alias):
            if n is not None:
                names.setdefault(read.norm(n), slug)
    return names


def _stacks_of_many(conn: sqlite3.Connection, names: list[str]) -> list[tuple[str, str | None, str | None]]:
    """(slug, organisation slug, accelerator slug or None) of each device, every device's organisation and every
    system's accelerators read at once (as device_stacks reads them one device at a time)."""
    orgs: dict[str, str] = dict(conn.execute(
        "SELECT d.slug, o.slug FROM device d JOIN organisation o ON o.id = d.organisation_id"))
    accels: dict[str, list[str]] = {}
    for system, part in conn.execute(
            "SELECT d.slug, cd.slug FROM system_component c JOIN device d ON d.id = c.system_id "
            "JOIN device cd ON cd.id = c.component_device_id WHERE c.role = 'accelerator' ORDER BY c.id"):
        accels.setdefault(system, []).append(part)
    out: list[tuple[str, str | None, str | None]] = []
    for n in names:
        slug = n if n in orgs else read.resolve_device(conn, n)
        accel = accels.get(slug, [])
        via = accel[0] if len(set(accel)) == 1 else None
        out.append((slug, orgs.get(via or slug), via))
    return out


class Beyond:
    """Software stacks and supply facts of one store (bundled plus the analyst's own)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)

    # stacks -------------------------------------------------------------------------------------------------
    def stacks(self, jurisdiction: str | None = None) -> tuple[StackDTO, ...]:
        """Every stack in the reference's order (`jurisdiction` 'US' or 'CN' for one side only)."""
        user = [_user_stack_fact(r) for r in _read(self.path, lambda c: _user_rows(c, "stack"))]
        return tuple(_stack(s, user) for s in beyond.bundled_stacks()["stacks"]
                     if jurisdiction is None or s["jurisdiction"] == jurisdiction)

    def stack(self, stack_id: str) -> StackDTO:
        found = next((s for s in self.stacks() if s.id == stack_id), None)
        if found is None:
            raise FactValidationError([("stack", beyond.E_UNKNOWN_STACK, stack_id)])
        return found

    def device_stacks(self, devices: Iterable[str]) -> tuple[DeviceStackDTO, ...]:
        """The stack each device runs, in the order given (slug, name or alias): a chip its organisation's, a
        system its one kind of accelerator's (`via` names it); stack None where the reference has none."""
        names = list(devices)
        stacks = self.stacks()
        by_org = {o: s for s in stacks for o in s.organisations}

        def _run(conn: sqlite3.Connection) -> list[tuple[str, str | None, str | None]]:
            if len(names) > 64:  # a whole catalog (the Stacks tab): three queries, not three a device
                return _stacks_of_many(conn, names)
            out = []

            def org(slug: str) -> str | None:  # the devices asked about only (a comparison reads 2 to 4)
                row = conn.execute("SELECT o.slug FROM device d JOIN organisation o ON o.id = d.organisation_id "
                                   "WHERE d.slug = ?", (slug,)).fetchone()
                return row[0] if row else None
            for n in names:
                slug = read.resolve_device(conn, n)
                accel = [c.device_slug for c in read.components(conn, slug) if c.role == "accelerator" and c.device_slug]
                via = accel[0] if len(set(accel)) == 1 else None
                out.append((slug, org(via or slug), via))
            return out
        return tuple(DeviceStackDTO(slug, org, by_org.get(org) if org else None, via)
                     for slug, org, via in _read(self.path, _run))

    # supply -------------------------------------------------------------------------------------------------
    def supply(self, subject: str | None = None, kind: str | None = None, *, device: str | None = None,
               organisation: str | None = None) -> tuple[SupplyFactDTO, ...]:
        """Supply facts, bundled and the analyst's, none merged: `subject` words all in the subject ('huawei'),
        `kind` one of SUPPLY_KINDS, `device` a slug the subject names, `organisation` a slug it is about.
        Sorted by kind (SUPPLY_KINDS order), then period, then subject."""
        if kind is not None and kind not in SUPPLY_KINDS:
            raise FactValidationError([("metric", beyond.E_NOT_ONE_OF, ", ".join(SUPPLY_KINDS))])

        def _run(conn: sqlite3.Connection) -> list[SupplyFactDTO]:
            rows = _user_rows(conn, "supply")
            names = _device_names(conn) if rows else {}
            return [_user_supply_fact(r, names) for r in rows]
        facts = [*_seed_supply(), *_read(self.path, _run)]
        picked = [f for f in facts
                  if (subject is None or beyond.matches(f.subject, subject))
                  and (kind is None or f.kind == kind)
                  and (device is None or device in f.devices)
                  and (organisation is None or organisation in f.organisations)]
        order = {k: i for i, k in enumerate(SUPPLY_KINDS)}
        return tuple(sorted(picked, key=lambda f: (order[f.kind], beyond.period_start(f.period), f.subject)))

    def market_share(self) -> tuple[ShareSeriesDTO, ...]:
        """China's AI-accelerator market shares: one series per (publisher, subject, metric), never merged; only
        facts that give a year and a number (a '95 -> 0' with no start year is left out)."""
        series: dict[tuple[str, str, str], list[SharePointDTO]] = {}
        for f in self.supply(kind="share"):
            if not beyond.market_share(f.metric, f.unit):
                continue
            points = beyond.year_points(f.value, f.period)
            if not points:
                continue
            metric = f.metric.replace(" (forecast)", "")
            series.setdefault((f.source.publisher, f.subject, metric), []).extend(
                SharePointDTO(y, v, f) for y, v in points)
        return tuple(ShareSeriesDTO(beyond.producer(pub), pub, subj, metric, tuple(sorted(pts, key=lambda p: p.year)))
                     for (pub, subj, metric), pts in series.items())

    def market_share_left_out(self) -> tuple[SupplyFactDTO, ...]:
        """The market-share statements market_share() cannot chart: no year and number to place them ('>75' of
        '2025 (early)', '95 -> 0' over '2025-10 vs earlier peak'); the chart lists them instead."""
        return tuple(f for f in self.supply(kind="share")
                     if beyond.market_share(f.metric, f.unit) and not beyond.year_points(f.value, f.period))

    # the analyst's facts ------------------------------------------------------------------------------------
    def save_fact(self, domain: str, doc: Mapping[str, Any], uid: str | None = None) -> tuple[str, ChangeSet]:
        """Save the analyst's stack fact (subject: a stack id; field: STACK_FIELD_ROWS) or supply fact (subject,
        field: the metric, period, unit), with its source (publisher, title, url, source_date) and confidence;
        `uid` replaces that fact of the analyst's. ValidationError lists what to fix, field by field."""
        errors = beyond.validate_fact(domain, doc, beyond.bundled_stack_ids())
        if errors:
            raise FactValidationError(errors)

        def text(name: str) -> str | None:
            value = doc.get(name)
            return str(value).strip() or None if value is not None else None
        import uuid  # (with the platform module: loaded by the first fact written, not at start)
        fact_uid = uid or uuid.uuid4().hex
        cols = {name: text(name) for name in ("subject", "field", "period", "value", "unit", "publisher", "title",
                                              "url", "source_date", "note")}
        cols["confidence"] = str(doc["confidence"])

        def _run(conn: Connection) -> None:
            from sqlalchemy import insert, select, update

            from db.schema import AnalystFact
            now = utc_now()
            found = conn.execute(select(AnalystFact.id).where(AnalystFact.uid == fact_uid)).first()
            if found is None:
                conn.execute(insert(AnalystFact).values(uid=fact_uid, domain=domain, created=now, updated=now, **cols))
            else:
                conn.execute(update(AnalystFact).where(AnalystFact.uid == fact_uid)
                             .values(domain=domain, updated=now, deleted=None, **cols))
        _write(self.path, _run)
        return fact_uid, ChangeSet(frozenset({CHANGE_KIND}))

    def fact_doc(self, uid: str) -> dict[str, Any] | None:
        """The analyst's fact as save_fact takes it, with its domain (None when there is none): what undo restores."""
        row = _read(self.path, lambda c: c.execute(
            f"SELECT {', '.join(_FACT_COLUMNS)} FROM analyst_fact WHERE uid = ? AND deleted IS NULL", (uid,)).fetchone())
        if row is None:
            return None
        doc = dict(zip(_FACT_COLUMNS, row))
        doc.pop("updated")
        return doc

    def delete_fact(self, uid: str) -> ChangeSet:
        """Move the analyst's fact to the trash (restore_fact brings it back)."""
        return self._mark(uid, utc_now())

    def restore_fact(self, uid: str) -> ChangeSet:
        return self._mark(uid, None)

    def _mark(self, uid: str, deleted: str | None) -> ChangeSet:
        def _run(conn: Connection) -> None:
            from sqlalchemy import update

            from db.schema import AnalystFact
            done = conn.execute(update(AnalystFact).where(AnalystFact.uid == uid).values(deleted=deleted))
            if done.rowcount == 0:
                raise FactValidationError([("uid", beyond.E_UNKNOWN_FACT, uid)])
        _write(self.path, _run)
        return ChangeSet(frozenset({CHANGE_KIND}))


def stack_names() -> dict[str, tuple[str, str]]:
    """Each bundled stack's id -> (name, vendor): what a stack id stands for wherever one appears (an event's tag)."""
    return {s["id"]: (s["name"], s["vendor"]) for s in beyond.bundled_stacks()["stacks"]}

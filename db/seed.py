"""Load the bundled seed data into the store. Idempotent; never touches user rows.

Seed rows are matched by their stable keys (slugs, source keys, metric keys, value and event uids); a pick of
a figure that was re-cited to a better page (its former uid) follows it to its new uid.
Seed values are replaced as a whole; seed events are updated in place by uid (only when their
content changed) and removed when the seed data drops them; rows with origin 'user' (values,
pairings, devices, sources, events), and the user's source choices, are left as they are.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

import resources
from db import event_writes
from db.basis import Basis, BasisRule
from db.engine import make_engine
from db.events import utc_now
from db.schema import (AppMeta, Device, DeviceAlias, Event, Metric, Organisation, Pairing, Source, SpecValue,
                       SystemComponent, ValueChoice)

_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def parse_date(text: str | None) -> str | None:
    """First ISO-like date in free text ('updated 2026-06-21' -> '2026-06-21'; 'n.d.' -> None)."""
    m = _DATE.search(text or "")
    if not m:
        return None
    return "-".join(p for p in m.groups() if p)


def norm_alias(text: str) -> str:
    return " ".join(text.casefold().split())


def _upsert(conn: Connection, table: Any, key_col: str, key: str, values: dict[str, Any]) -> int:
    row: int | None = conn.execute(select(table.id).where(getattr(table, key_col) == key)).scalar_one_or_none()
    if row is None:
        new_id: int = conn.execute(insert(table).values({key_col: key, **values})).inserted_primary_key[0]  # type: ignore[index]
        return new_id
    conn.execute(update(table).where(table.id == row).values(**values))
    return row


def _load(name: str, seed_dir: Path | None = None) -> dict[str, Any]:
    raw = (seed_dir / name).read_bytes() if seed_dir is not None else resources.seed_bytes(name)
    doc: dict[str, Any] = json.loads(raw)
    return doc


def seed_connection(conn: Connection, seed_dir: Path | None = None) -> dict[str, int]:
    """Seed from the bundled data, or from the seed files in `seed_dir` (db.importers.release_notes compares two)."""
    catalog, devices, sources, values, events = (_load(n, seed_dir) for n in resources.SEED_FILES)
    counts = {}
    for pos, m in enumerate(catalog["metrics"]):
        _upsert(conn, Metric, "key", m["key"], dict(
            label=m["label"], grp=m["group"], unit=m.get("unit", ""), kind=m["kind"],
            higher_is_better=m.get("higher_is_better"), aggregate=m.get("aggregate"),
            default_qualifier=m.get("default_qualifier"), directional=bool(m.get("directional")),
            derived=bool(m.get("derived")), formula=m.get("formula", ""),
            inputs=",".join(m.get("inputs", [])), key_metric=bool(m.get("key_metric")),
            description=m.get("description", ""), position=pos,
            basis_rule=BasisRule.from_json(json.dumps(m.get("basis") or {})).to_json()))
    counts["metrics"] = len(catalog["metrics"])
    src_ids = {}
    # bundled sources and devices that the user edited became theirs (origin 'user'): left as they are
    kept_sources = dict(conn.execute(select(Source.key, Source.id).where(Source.origin == "user")).all())
    kept_devices = dict(conn.execute(select(Device.slug, Device.id).where(Device.origin == "user")).all())
    for s in sources["sources"]:
        if s["key"] in kept_sources:
            src_ids[s["key"]] = kept_sources[s["key"]]
            continue
        src_ids[s["key"]] = _upsert(conn, Source, "key", s["key"], dict(
            publisher=s["publisher"] or "", title=s.get("title") or "", url=s.get("url"),
            date_text=s.get("date") or "", date_sort=parse_date(s.get("date")), kind=s.get("kind") or "",
            other_urls="\n".join(s.get("other_urls") or []), repo_ref=s.get("repo_ref"), origin="seed"))
    counts["sources"] = len(src_ids)
    org_ids = {o["slug"]: _upsert(conn, Organisation, "slug", o["slug"], dict(
                   name=o["name"], country=o["country"], aliases="\n".join(o.get("aliases", ()))))
               for o in devices["organisations"]}
    dev_ids = {}
    for d in devices["devices"]:
        if d["slug"] in kept_devices:
            dev_ids[d["slug"]] = kept_devices[d["slug"]]
            continue
        comp = d.get("composition") or {}
        dev_ids[d["slug"]] = _upsert(conn, Device, "slug", d["slug"], dict(
            name=d["name"], kind=d["kind"], family=d.get("family", ""), status=d["status"],
            organisation_id=org_ids[d["organisation"]], racks=comp.get("racks"),
            racks_note=comp.get("rack_note", ""),
            composition_source_id=src_ids.get(comp.get("source") or d.get("packages_source")),
            granularity=d.get("granularity") or ("package" if d["kind"] == "chip" else "system"),
            packages=d.get("packages"), origin="seed"))
    seed_ids = [i for slug, i in dev_ids.items() if slug not in kept_devices]
    conn.execute(delete(DeviceAlias).where(DeviceAlias.device_id.in_(seed_ids)))
    conn.execute(delete(SystemComponent).where(SystemComponent.system_id.in_(seed_ids)))
    taken = set(conn.execute(select(DeviceAlias.alias_norm)).scalars())
    for d in devices["devices"]:
        if d["slug"] in kept_devices:
            continue
        names = [d["slug"], d["name"], *d.get("aliases", [])]
        for alias in names:
            key = norm_alias(alias)
            if key in taken:
                continue
            taken.add(key)
            conn.execute(insert(DeviceAlias).values(device_id=dev_ids[d["slug"]], alias=alias, alias_norm=key))
        for c in (d.get("composition") or {}).get("components", []):
            conn.execute(insert(SystemComponent).values(
                system_id=dev_ids[d["slug"]], component_device_id=dev_ids.get(c["device"]) if c["device"] else None,
                name=c["name"], role=c["role"], count=c["count"], source_id=src_ids.get(c.get("source")),
                confidence=c.get("confidence")))
    counts["devices"] = len(dev_ids)
    metric_ids = dict(conn.execute(select(Metric.key, Metric.id)).all())
    conn.execute(delete(SpecValue).where(SpecValue.origin == "seed"))
    rows = []
    source_dates = {s["key"]: parse_date(s.get("date")) for s in sources["sources"]}
    for v in values["values"]:
        src = v.get("source")
        rows.append(dict(uid=v["uid"], device_id=dev_ids[v["device"]], metric_id=metric_ids[v["metric"]],
                         value_num=v["value_num"], value_text=v["value_text"], qualifier=v["qualifier"],
                         approximate=bool(v["approximate"]), source_id=src_ids.get(src), confidence=v["confidence"],
                         as_of=source_dates.get(src),
                         note=v.get("note") or "", unit_text=v.get("unit_text") or "", origin="seed",
                         producer=v.get("producer"), carrier_quality=v.get("carrier_quality"),
                         **Basis.from_mapping(v.get("basis")).columns()))
    for i, g in enumerate(values["gaps"]):
        rows.append(dict(uid=f"gap-{g['device']}-{g['metric']}-{i}", device_id=dev_ids[g["device"]],
                         metric_id=metric_ids[g["metric"]], value_num=None, value_text=None, qualifier=None,
                         approximate=False, source_id=None, confidence=None, as_of=None, note=g.get("note") or "",
                         unit_text="", origin="seed", producer=None, carrier_quality=None, **Basis().columns()))
    if rows:
        conn.execute(insert(SpecValue), rows)
    # a figure re-cited to a better page changed its uid: the analyst's pick of it follows it
    for v in values["values"]:
        for former in v.get("former_uids", ()):
            conn.execute(update(ValueChoice).where(ValueChoice.value_uid == former).values(value_uid=v["uid"]))
    counts["values"] = len(values["values"])
    for pos, p in enumerate(devices["pairings"]):
        existing = conn.execute(select(Pairing.origin).where(Pairing.slug == p["slug"])).scalar_one_or_none()
        if existing == "user":
            continue
        _upsert(conn, Pairing, "slug", p["slug"], dict(name=p["name"], device_a_id=dev_ids[p["a"]],
                                                       device_b_id=dev_ids[p["b"]], position=pos, origin="seed"))
    counts["pairings"] = len(devices["pairings"])
    counts["events"] = seed_events(conn, events["events"], dev_ids)
    if seed_dir is None:
        _record_release(conn)
    _upsert_meta(conn, "seed_hash", resources.seed_hash())
    return counts


def _record_release(conn: Connection) -> None:
    """Remember the data release this store now holds and the one it held before (what changed since is
    listed once after an upgrade). A store seeded before releases were recorded held the previous release."""
    release = resources.data_release()
    if not release:
        return
    stored = conn.execute(select(AppMeta.value).where(AppMeta.key == "data_release")).scalar_one_or_none()
    seeded_before = conn.execute(select(AppMeta.key).where(AppMeta.key == "seed_hash")).first() is not None
    earlier = [r["version"] for r in release.get("releases", ())]
    previous = stored or (earlier[-1] if seeded_before and earlier else "")
    if previous != release["version"]:
        _upsert_meta(conn, "data_release_previous", previous)
    _upsert_meta(conn, "data_release", release["version"])


def seed_events(conn: Connection, events: list[dict[str, Any]], dev_ids: dict[str, int]) -> int:
    """Insert, update (only if changed) or remove seed events by uid; user events stay as they are."""
    rows = conn.execute(select(Event.uid, Event.id, Event.origin))
    stored = {uid: (event_id, origin) for uid, event_id, origin in rows}
    wanted = {e["uid"] for e in events}
    gone = [event_id for uid, (event_id, origin) in stored.items() if origin == "seed" and uid not in wanted]
    if gone:
        conn.execute(delete(Event).where(Event.id.in_(gone)))
    now = utc_now()
    for e in events:
        data = event_writes.content(e, [dev_ids[slug] for slug in e["devices"]])
        event_id, origin = stored.get(e["uid"], (None, None))
        if event_id is None:
            event_writes.insert_event(conn, e["uid"], "seed", data, now, now)
        elif origin == "seed" and event_writes.stored_content(conn, event_id) != data:
            event_writes.update_event(conn, event_id, data, now)
    return len(events)


def _upsert_meta(conn: Connection, key: str, value: str) -> None:
    if conn.execute(select(AppMeta.key).where(AppMeta.key == key)).first():
        conn.execute(update(AppMeta).where(AppMeta.key == key).values(value=value))
    else:
        conn.execute(insert(AppMeta).values(key=key, value=value))


def seed(path: Path) -> dict[str, int]:
    """Seed (or re-seed) the store at `path` in one transaction."""
    with make_engine(path).begin() as conn:
        return seed_connection(conn)

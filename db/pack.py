"""The JSON data pack `chiplens export data -o FILE.json` writes: the whole catalog of a store.

Read back by `db.importers.chiplens_json` (which documents every section and field). Plain sqlite3,
so that exporting never imports SQLAlchemy. Rows are keyed by slugs and keys, never by ids; a
value choice names the value it picks by its position in "values" (value uids are per machine).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import asdict
from typing import Any, TypeVar

from db.dto import DeviceDTO, MetricDTO, SourceDTO
from db.importers import pack_facts
from db.importers.chiplens_json import FORMAT, VERSION

T = TypeVar("T")
ABOUT = ("ChipLens data export. Includes data from Epoch AI, 'Data on Machine Learning Hardware', epoch.ai "
         "(CC-BY 4.0).")


def split_pick(pick: str, uids: Mapping[str, T]) -> tuple[T | None, str]:
    """(uids[uid of the stored value a choice picks], prefix) for a choice's uid: the value itself, or a figure
    ChipLens computes from it ('bidir:UID', 'derived:SYSTEM:UID', nested); (None, '') when it names no value."""
    if pick in uids:
        return uids[pick], ""
    for i, ch in enumerate(pick):
        if ch == ":" and pick[i + 1:] in uids:
            return uids[pick[i + 1:]], pick[:i + 1]
    return None, ""


def _devices(conn: sqlite3.Connection, devs: list[DeviceDTO]) -> list[dict[str, Any]]:
    comp_src = dict(conn.execute("SELECT d.slug, s.key FROM device d JOIN source s ON s.id = d.composition_source_id"))
    comps: dict[str, list[dict[str, Any]]] = {}
    for system, name, role, count, part, source, confidence in conn.execute(
            "SELECT d.slug, c.name, c.role, c.count, p.slug, s.key, c.confidence FROM system_component c "
            "JOIN device d ON d.id = c.system_id LEFT JOIN device p ON p.id = c.component_device_id "
            "LEFT JOIN source s ON s.id = c.source_id ORDER BY c.id"):
        comps.setdefault(system, []).append({"name": name, "role": role, "count": count, "device": part,
                                             "source": source, "confidence": confidence})
    out = []
    for d in devs:
        row = asdict(d)
        row.pop("status_as_of")  # read from its figures, not a field of the device
        row.pop("vendor_aliases")  # its organisation's, not the device's
        if d.slug in comps or d.slug in comp_src:
            row["composition_source"] = comp_src.get(d.slug)
            row["components"] = comps.get(d.slug, [])
        out.append(row)
    return out


def _sources(conn: sqlite3.Connection, srcs: list[SourceDTO]) -> list[dict[str, Any]]:
    extra = {k: (urls, ref, origin) for k, urls, ref, origin in
             conn.execute("SELECT key, other_urls, repo_ref, origin FROM source")}
    out = []
    for s in srcs:
        urls, ref, origin = extra[s.key]
        out.append({**asdict(s), "other_urls": [u for u in (urls or "").split("\n") if u], "repo_ref": ref,
                    "origin": origin})
    return out


def _pairings(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT p.slug, p.name, a.slug, b.slug, c.slug, d.slug, p.baseline, p.position, p.origin FROM pairing p "
        "JOIN device a ON a.id = p.device_a_id JOIN device b ON b.id = p.device_b_id "
        "LEFT JOIN device c ON c.id = p.device_c_id LEFT JOIN device d ON d.id = p.device_d_id "
        "ORDER BY p.origin DESC, p.position, p.name, p.slug")
    return [{"slug": r[0], "name": r[1], "devices": [s for s in r[2:6] if s], "baseline": r[6], "position": r[7],
             "origin": r[8]} for r in rows]


def _choices(conn: sqlite3.Connection, uids: list[str]) -> list[dict[str, Any]]:
    where = {uid: n for n, uid in enumerate(uids, start=1)}
    out = []
    for device, metric, pick in conn.execute(
            "SELECT device_slug, metric_key, value_uid FROM value_choice ORDER BY device_slug, metric_key"):
        n, prefix = split_pick(pick, where)
        row: dict[str, Any] = {"device": device, "metric": metric, "value": n}
        if prefix:
            row["prefix"] = prefix
        if n is None:
            row["uid"] = pick  # names no stored value (a stale pick): kept as it is
        out.append(row)
    return out


def document(conn: sqlite3.Connection, devs: list[DeviceDTO], mets: list[MetricDTO], srcs: list[SourceDTO],
             rows: list[dict[str, Any]], uids: list[str]) -> dict[str, Any]:
    """The pack: `rows` are `db.api.export_rows`' value rows and `uids` the uid of each row."""
    return {"about": ABOUT, "format": FORMAT, "version": VERSION,
            "devices": _devices(conn, devs), "metrics": [asdict(m) for m in mets], "sources": _sources(conn, srcs),
            "values": rows, "pairings": _pairings(conn), "choices": _choices(conn, uids),
            pack_facts.SECTION: pack_facts.export(conn)}

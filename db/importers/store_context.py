"""What the import planner knows about the store, read once per plan (db.importers.plan)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from db.basis import DIMENSIONS, Basis
from db.dto import MetricDTO
from db.importers import basis_in, pack_facts, pack_plan
from db.importers.base import slugify
from db.read import metrics as read_metrics
from db.read import norm


@dataclass
class StoreRow:
    """A stored value as the planner compares it with a file's."""

    uid: str
    device: str
    metric: str
    value_num: float | None
    value_text: str | None
    qualifier: str | None
    approximate: bool
    confidence: str | None
    source: str | None
    publisher: str | None
    as_of: str | None
    note: str
    origin: str
    basis: Basis = Basis()
    producer: str | None = None
    carrier_quality: str | None = None


@dataclass
class StoreContext:
    """What importers and the planner need to know about the store, read once."""

    devices: dict[str, tuple[int, str, str]]  # slug -> (id, name, kind)
    aliases: dict[str, str]  # normalised alias / name / slug -> slug
    metrics: dict[str, tuple[int, MetricDTO]]
    sources: dict[str, int]
    orgs: dict[str, int]  # normalised name and slug -> id
    values: list[StoreRow]
    has_seed: bool
    catalog: pack_plan.Catalog | None = None  # what data packs carry besides values
    granularity: dict[str, str] = field(default_factory=dict)  # device slug -> what one of it counts
    facts: dict[str, dict[str, Any]] = field(default_factory=dict)  # the analyst's facts by uid (db.importers.pack_facts)

    def chips(self) -> dict[str, str]:
        return {k: s for k, s in self.aliases.items() if self.devices[s][2] == "chip"}

    def metric_units(self) -> dict[str, str]:
        return {k: m.unit for k, (_, m) in self.metrics.items()}


def load_context(conn: sqlite3.Connection) -> StoreContext:
    devices = {r[1]: (r[0], r[2], r[3]) for r in conn.execute("SELECT id, slug, name, kind FROM device")}
    granularity = {slug: basis_in.device_granularity(kind, g)
                   for slug, kind, g in conn.execute("SELECT slug, kind, granularity FROM device")}
    by_id = {v[0]: s for s, v in devices.items()}
    aliases: dict[str, str] = {}
    for slug, (_, name, _) in devices.items():
        aliases.setdefault(norm(slug), slug)
        aliases.setdefault(norm(name), slug)
    for dev_id, alias_norm in conn.execute("SELECT device_id, alias_norm FROM device_alias"):
        aliases[alias_norm] = by_id[dev_id]
    metrics = {}
    ids = dict(conn.execute("SELECT key, id FROM metric"))
    for m in read_metrics(conn):
        metrics[m.key] = (ids[m.key], m)
    sources = dict(conn.execute("SELECT key, id FROM source"))
    orgs: dict[str, int] = {}
    for org_id, slug, name in conn.execute("SELECT id, slug, name FROM organisation"):
        orgs.setdefault(norm(name), org_id)
        orgs.setdefault("slug:" + slug, org_id)
        orgs.setdefault("name:" + slugify(name), org_id)
    basis = ", ".join(f"v.basis_{dim}" for dim in DIMENSIONS)
    end = 13 + len(DIMENSIONS)
    values = [StoreRow(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], r[8], r[9], r[10], r[11] or "", r[12],
                       Basis(*r[13:end]), r[end], r[end + 1])
              for r in conn.execute(
                  "SELECT v.uid, d.slug, m.key, v.value_num, v.value_text, v.qualifier, v.approximate, v.confidence, "
                  f"s.key, s.publisher, v.as_of, v.note, v.origin, {basis}, v.producer, v.carrier_quality "
                  "FROM spec_value v "
                  "JOIN device d ON d.id = v.device_id "
                  "JOIN metric m ON m.id = v.metric_id LEFT JOIN source s ON s.id = v.source_id ORDER BY v.id")]
    has_seed = conn.execute("SELECT 1 FROM app_meta WHERE key = 'seed_hash'").fetchone() is not None
    return StoreContext(devices, aliases, metrics, sources, orgs, values, has_seed, pack_plan.load_catalog(conn),
                        granularity, pack_facts.stored(conn))

"""Applying an import plan: the rows it adds, changes and removes, written in the caller's transaction
(see db.importers.plan for how the plan is made)."""
from __future__ import annotations

import sqlite3
import uuid
from typing import Any

from db.connect import inserted_id
from db.basis import COLUMNS as BASIS_COLUMNS
from db.events import utc_now
from db.importers import basis_in, pack_facts, pack_plan
from db.importers.base import ValueIn, slugify
from db.importers.basis_in import written_basis
from db.importers.plan import ImportPlan, ImportResult
from db.importers.store_context import StoreContext, StoreRow
from db.read import METRIC, norm, placeholders


def _org_id(conn: sqlite3.Connection, ctx: StoreContext, vendor: str, country: str, exact: bool) -> int:
    """The organisation called `vendor`; `exact` False (Epoch names) also matches punctuation-insensitively
    and by slug ('Huawei' -> huawei, 'Kunlunxin Baidu' -> 'Kunlunxin (Baidu)')."""
    name = vendor.strip() or "Unknown vendor"
    found = ctx.orgs.get(norm(name))
    if found is None and not exact:
        found = ctx.orgs.get("name:" + slugify(name)) or ctx.orgs.get("slug:" + slugify(name))
    if found is not None:
        return found
    base = slugify(name) or "vendor"
    slug, n = base, 1
    while "slug:" + slug in ctx.orgs:
        n += 1
        slug = f"{base}-{n}"
    org_id = inserted_id(conn.execute("INSERT INTO organisation (slug, name, country) VALUES (?, ?, ?)",
                                      (slug, name, country)))
    ctx.orgs[norm(name)] = org_id
    ctx.orgs["slug:" + slug] = org_id
    ctx.orgs.setdefault("name:" + slugify(name), org_id)
    return org_id


def written_provenance(v: ValueIn, stored: StoreRow) -> tuple[str | None, str | None]:
    """(producer, carrier quality) a file's figure changing a stored one is written with: as the file states them;
    a file that does not (pack v1-3, older CSV, Epoch) keeps the stored ones (the carrier its source's kind
    implies where the stored figure has none)."""
    if v.provenance_stated:
        return v.producer, v.carrier_quality
    return stored.producer, stored.carrier_quality or v.carrier_quality


def write(conn: sqlite3.Connection, plan: ImportPlan, ctx: StoreContext, work: tuple[Any, ...]) -> ImportResult:
    """Write a plan computed on `conn` in the current transaction."""
    adds, changes, removes, catalog = work
    parsed = plan.parsed
    created = []
    taken = set(ctx.aliases)
    used_devices = {v.device for _, v in adds} | {v.device for _, v in changes} | {r.device for r in removes}
    for d in parsed.devices:
        if d.slug in ctx.devices:
            continue
        if parsed.format == "epoch" and d.slug not in used_devices:
            continue
        origin = "import" if d.origin == "seed" and ctx.has_seed else d.origin
        org = _org_id(conn, ctx, d.vendor, d.country, exact=parsed.format == "json")
        dev_id = inserted_id(conn.execute(
            "INSERT INTO device (slug, name, kind, family, status, organisation_id, racks, racks_note, origin, "
            "granularity, packages) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (d.slug, d.name, d.kind, d.family, d.status, org, d.racks, d.racks_note, origin,
             basis_in.device_granularity(d.kind, d.granularity), d.packages)))
        ctx.devices[d.slug] = (dev_id, d.name, d.kind)
        created.append(d.name)
        for alias in (d.slug, d.name, *d.aliases):
            key = norm(alias)
            if not key or key in taken:
                continue
            taken.add(key)
            conn.execute("INSERT INTO device_alias (device_id, alias, alias_norm) VALUES (?, ?, ?)",
                         (dev_id, alias, key))
    for m in parsed.metrics:
        if m.key in ctx.metrics and not ctx.has_seed and ctx.metrics[m.key][1] != m:
            # a store without bundled data (an empty store) takes the pack's definition of the row: schema 0005
            # made its sparse rows without their description and basis rule
            conn.execute(f"UPDATE metric SET ({METRIC.names()}) = ({placeholders(METRIC.columns)}) WHERE key = ?",
                         (*METRIC.values_of(m), m.key))
            ctx.metrics[m.key] = (ctx.metrics[m.key][0], m)
        if m.key in ctx.metrics:
            continue
        metric_id = inserted_id(conn.execute(
            f"INSERT INTO metric ({METRIC.names()}) VALUES ({placeholders(METRIC.columns)})",
            METRIC.values_of(m)))
        ctx.metrics[m.key] = (metric_id, m)
    needed = {v.source for _, v in adds} | {v.source for _, v in changes}
    for s in parsed.sources:
        if s.key in ctx.sources or (parsed.format != "json" and s.key not in needed):
            continue
        ctx.sources[s.key] = inserted_id(conn.execute(
            "INSERT INTO source (key, publisher, title, url, date_text, date_sort, kind, other_urls, repo_ref, "
            "origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (s.key, s.publisher, s.title, s.url, s.date_text, s.date_sort, s.kind, "\n".join(s.other_urls or ()),
             s.repo_ref, "import" if s.origin == "seed" and ctx.has_seed else s.origin)))
    new_uids = {i: f"imp-{uuid.uuid4().hex[:20]}" for i in range(len(adds))}
    basis_cols = ", ".join(BASIS_COLUMNS)
    conn.executemany(
        "INSERT INTO spec_value (uid, device_id, metric_id, value_num, value_text, qualifier, approximate, "
        f"source_id, confidence, as_of, note, unit_text, origin, producer, carrier_quality, {basis_cols}) "
        f"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, {placeholders(BASIS_COLUMNS)})",
        [(new_uids[i], ctx.devices[v.device][0], ctx.metrics[v.metric][0], v.value_num,
          v.value_text, v.qualifier, v.approximate, ctx.sources.get(v.source) if v.source else None, v.confidence,
          v.as_of, v.note, v.unit_text, origin, v.producer, v.carrier_quality, *written_basis(v).as_dict().values())
         for i, (origin, v) in enumerate(adds)])
    conn.executemany(
        "UPDATE spec_value SET value_num = ?, value_text = ?, qualifier = ?, approximate = ?, source_id = ?, "
        "confidence = ?, as_of = ?, note = ?, unit_text = ?, producer = ?, carrier_quality = ?, "
        + ", ".join(f"{column} = ?" for column in BASIS_COLUMNS) + " WHERE uid = ?",
        [(v.value_num, v.value_text, v.qualifier, v.approximate, ctx.sources.get(v.source) if v.source else None,
          v.confidence, v.as_of, v.note, v.unit_text, *written_provenance(v, r),
          *written_basis(v, r.basis).as_dict().values(), r.uid)
         for r, v in changes])
    if removes:
        conn.executemany("DELETE FROM spec_value WHERE uid = ?", [(r.uid,) for r in removes])
        conn.executemany("DELETE FROM value_choice WHERE value_uid = ?", [(r.uid,) for r in removes])
    pack_plan.write_catalog(conn, catalog, ctx.devices, ctx.sources,
                            lambda vendor, country: _org_id(conn, ctx, vendor, country, exact=True),
                            {v.row: new_uids[i] for i, (_, v) in enumerate(adds) if v.row is not None})
    pack_facts.write(conn, catalog.facts, utc_now())
    devices = {v.device for _, v in adds} | {v.device for _, v in changes} | {r.device for r in removes}
    devices |= catalog.device_slugs()
    metrics = {v.metric for _, v in adds} | {v.metric for _, v in changes} | {r.metric for r in removes}
    metrics |= {c.metric for c, _ in catalog.choices}
    return ImportResult(plan.added, plan.changed, plan.removed, plan.skipped, tuple(created), frozenset(devices),
                        frozenset(metrics), kinds=catalog.kinds())

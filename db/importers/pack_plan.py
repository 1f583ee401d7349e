"""What a data pack carries besides values, compared with the store and written: device definitions
(aliases, system composition), sources (every field), saved pairings and groups, and value choices.
`db.importers.plan` calls this for JSON packs, in the same plan and the same transaction as the values.

Origins, as for values:
- a row the store lacks is added with the pack's origin; a pack's bundled (`seed`) row keeps that mark
  only in a store without bundled data, elsewhere it becomes `import` (a pairing or group becomes the
  user's, so that it can be edited and deleted like one's own);
- a row the store has with other content is replaced when the pack's row is the user's (an edit made on
  the other machine, also of a bundled row, which becomes the user's here as an edit here would), or
  when both rows are imported; otherwise the store's row is kept and the preview says why: a bundled row
  in a pack never overwrites anything, an imported row never overwrites the user's own or a bundled one;
- a value choice (the user's pick for a cell) is added, or replaces another pick of the same cell;
- nothing is removed: what the pack lacks stays.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, cast

from db.importers.base import ChoiceIn, ComponentIn, DeviceIn, PairingIn, Parsed, SourceIn
from db.importers.pack_facts import KIND as FACT_KIND
from db.importers.pack_facts import FactWork
from db.read import norm

ORIGIN_WORDS = {"seed": "bundled with ChipLens", "user": "your own", "import": "imported earlier"}
_DEVICE_FIELDS = ("name", "kind", "family", "status", "vendor", "aliases", "racks", "racks_note")
_SOURCE_FIELDS = ("publisher", "title", "url", "date_text", "date_sort", "kind", "other_urls", "repo_ref")


@dataclass
class Catalog:
    """The store's rows as a pack would carry them, keyed by slug / key / cell."""

    devices: dict[str, DeviceIn]
    sources: dict[str, SourceIn]
    pairings: dict[str, PairingIn]
    choices: dict[tuple[str, str], str]  # (device, metric) -> picked uid
    alias_owner: dict[str, str]  # alias_norm -> slug of its device


@dataclass
class CatalogWork:
    devices: list[tuple[DeviceIn, str]] = field(default_factory=list)  # existing devices to rewrite, new origin
    compositions: list[DeviceIn] = field(default_factory=list)  # devices whose composition is (re)written
    sources: list[tuple[SourceIn, str]] = field(default_factory=list)  # existing sources to rewrite, new origin
    pairings: list[tuple[PairingIn, str]] = field(default_factory=list)  # pairing, origin (added or replaced)
    choices: list[tuple[ChoiceIn, str | None]] = field(default_factory=list)  # choice, store uid (None: added value)
    facts: FactWork = field(default_factory=FactWork)  # the analyst's stack and supply facts (db.importers.pack_facts)

    def kinds(self) -> frozenset[str]:
        return frozenset(k for k, rows in (("device", self.devices or self.compositions), ("source", self.sources),
                                           ("pairing", self.pairings), ("choice", self.choices),
                                           (FACT_KIND, self.facts.adds or self.facts.changes)) if rows)

    def device_slugs(self) -> set[str]:
        return ({d.slug for d, _ in self.devices} | {d.slug for d in self.compositions}
                | {s for p, _ in self.pairings for s in p.devices} | {c.device for c, _ in self.choices})


def load_catalog(conn: sqlite3.Connection) -> Catalog:
    from db import read
    comps: dict[str, list[ComponentIn]] = {}
    for row in conn.execute(
            "SELECT d.slug, c.name, c.role, c.count, p.slug, s.key, c.confidence FROM system_component c "
            "JOIN device d ON d.id = c.system_id LEFT JOIN device p ON p.id = c.component_device_id "
            "LEFT JOIN source s ON s.id = c.source_id ORDER BY c.id"):
        comps.setdefault(row[0], []).append(ComponentIn(*row[1:]))
    comp_src = dict(conn.execute("SELECT d.slug, s.key FROM device d JOIN source s ON s.id = d.composition_source_id"))
    devices = {d.slug: DeviceIn(d.slug, d.name, d.kind, d.family, d.status, d.vendor, d.country, d.aliases, d.racks,
                                d.racks_note, d.origin, tuple(comps.get(d.slug, ())), comp_src.get(d.slug))
               for d in read.devices(conn)}
    sources = {r[0]: SourceIn(r[0], r[1], r[2], r[3], r[4] or "", r[5], r[6] or "",
                              tuple(u for u in (r[7] or "").split("\n") if u), r[8], r[9])
               for r in conn.execute("SELECT key, publisher, title, url, date_text, date_sort, kind, other_urls, "
                                     "repo_ref, origin FROM source")}
    pairings = {r[0]: PairingIn(r[0], r[1], tuple(x for x in r[2:6] if x), r[6], r[7], r[8]) for r in conn.execute(
        "SELECT p.slug, p.name, a.slug, b.slug, c.slug, d.slug, p.baseline, p.position, p.origin FROM pairing p "
        "JOIN device a ON a.id = p.device_a_id JOIN device b ON b.id = p.device_b_id "
        "LEFT JOIN device c ON c.id = p.device_c_id LEFT JOIN device d ON d.id = p.device_d_id")}
    choices = {(r[0], r[1]): r[2] for r in conn.execute("SELECT device_slug, metric_key, value_uid FROM value_choice")}
    owners = dict(conn.execute("SELECT a.alias_norm, d.slug FROM device_alias a JOIN device d ON d.id = a.device_id"))
    return Catalog(devices, sources, pairings, choices, owners)


def _takes(store_origin: str, pack_origin: str) -> bool:
    """Whether a pack's row replaces the store's different row with the same key."""
    return pack_origin == "user" or pack_origin == store_origin == "import"


def _kept(what: str, store_origin: str, pack_origin: str) -> str:
    theirs = {"seed": "the file's is the bundled one of the ChipLens that wrote it",
              "import": "the file's was imported there"}.get(pack_origin, "")
    return f"differs; this store's {what} ({ORIGIN_WORDS.get(store_origin, store_origin)}) is kept: {theirs}"


def _new_origin(pack_origin: str, has_seed: bool, bundled: str = "import") -> str:
    return bundled if pack_origin == "seed" and has_seed else pack_origin


def _differences(a: object, b: object, names: tuple[str, ...]) -> list[str]:
    return [n.replace("_", " ") for n in names if getattr(a, n) != getattr(b, n)]


def show_composition(d: DeviceIn, names: dict[str, str]) -> str:
    parts = []
    for c in d.components or ():
        name = names.get(c.device, c.name) if c.device else c.name
        parts.append(f"{c.count:,} × {name}" if c.count else name)
    return " + ".join(parts) or "no components"


def show_pairing(p: PairingIn, names: dict[str, str]) -> str:
    return " · ".join(names.get(s, s) for s in p.devices) + f" (ratios against {names.get(p.devices[p.baseline], '?')})"


def plan_catalog(parsed: Parsed, cat: Catalog, has_seed: bool, picked: dict[int, str], planner: Any
                 ) -> tuple[list[tuple[Any, ...]], CatalogWork]:
    """(preview lines as (action, row, device, metric, before, after, reason, kind), work). `picked`: the store uid
    each pack value (by its number) matched or changes; values missing from it are added by this import."""
    items: list[tuple[Any, ...]] = []
    work = CatalogWork()
    names = planner.names
    for d in parsed.devices:
        have = cat.devices.get(d.slug)
        if have is None:
            if d.components:
                items.append(("add", None, d.name, "composition", "", show_composition(d, names), "new device",
                              "composition"))
                work.compositions.append(d)
            elif d.composition_source:
                work.compositions.append(d)
            continue
        # aliases another device holds here cannot be written: they are not a difference
        wanted = replace(d, aliases=tuple(a for a in d.aliases if cat.alias_owner.get(norm(a), d.slug) == d.slug))
        changed = _differences(wanted, have, _DEVICE_FIELDS)
        comp_changed = d.components is not None and (d.components, d.composition_source) != (
            have.components, have.composition_source)
        if not changed and not comp_changed:
            continue
        takes = _takes(have.origin, d.origin)
        if changed:
            before = "; ".join(f"{n}: {_show(getattr(have, n.replace(' ', '_')))}" for n in changed)
            after = "; ".join(f"{n}: {_show(getattr(wanted, n.replace(' ', '_')))}" for n in changed)
            reason = ("changed: " + ", ".join(changed)) if takes else _kept("device", have.origin, d.origin)
            items.append(("change" if takes else "skip", None, have.name, "device", before, after, reason, "device"))
        if comp_changed:
            what = [n for n, a, b in (("components", d.components, have.components),
                                      ("source", d.composition_source, have.composition_source)) if a != b]
            reason = ("changed: " + ", ".join(what)) if takes else _kept("composition", have.origin, d.origin)
            items.append(("change" if takes else "skip", None, have.name, "composition",
                          show_composition(have, names), show_composition(d, names), reason, "composition"))
        if takes:
            origin = "user" if d.origin == "user" else have.origin
            work.devices.append((wanted, origin))
            if comp_changed:
                work.compositions.append(d)
    for s in parsed.sources:
        have_source = cat.sources.get(s.key)
        if have_source is None or parsed.format != "json":
            continue
        wanted_source = s if s.other_urls is not None else replace(s, other_urls=have_source.other_urls,
                                                                   repo_ref=have_source.repo_ref)
        changed = _differences(wanted_source, have_source, _SOURCE_FIELDS)
        if not changed:
            continue
        takes = _takes(have_source.origin, s.origin)
        items.append(("change" if takes else "skip", None, s.publisher or s.key, "source",
                      "; ".join(f"{n}: {_show(getattr(have_source, n.replace(' ', '_')))}" for n in changed),
                      "; ".join(f"{n}: {_show(getattr(wanted_source, n.replace(' ', '_')))}" for n in changed),
                      ("changed: " + ", ".join(changed)) if takes else _kept("source", have_source.origin, s.origin),
                      "source"))
        if takes:
            work.sources.append((wanted_source, "user" if s.origin == "user" else have_source.origin))
    for p in parsed.pairings:
        label = "saved pairing" if len(p.devices) == 2 else "saved group"
        have_pairing = cat.pairings.get(p.slug)
        if have_pairing is None:
            origin = _new_origin(p.origin, has_seed, bundled="user")
            reason = (f"new {label.split()[1]}" if origin == p.origin
                      else f"new {label.split()[1]}: bundled with the ChipLens that wrote the file; added as yours")
            items.append(("add", None, p.name, label, "", show_pairing(p, names), reason, "pairing"))
            work.pairings.append((p, origin))
            continue
        changed = _differences(p, have_pairing, ("name", "devices", "baseline", "position"))
        if not changed:
            continue
        takes = _takes(have_pairing.origin, p.origin)
        items.append(("change" if takes else "skip", None, p.name, label,
                      f"{have_pairing.name}: {show_pairing(have_pairing, names)}",
                      f"{p.name}: {show_pairing(p, names)}",
                      ("changed: " + ", ".join(changed)) if takes else _kept(label, have_pairing.origin, p.origin),
                      "pairing"))
        if takes:
            work.pairings.append((p, "user" if p.origin == "user" else have_pairing.origin))
    by_row = {v.row: v for v in parsed.values}
    by_uid = {r.uid: r for r in planner.ctx.values} if parsed.choices else {}
    for c in parsed.choices:
        if c.value is not None and c.value in planner.held:
            continue  # it picks a figure held as unit suspect: not imported
        cell = (c.device, c.metric)
        current = cat.choices.get(cell)
        if c.value is None:
            target, shown = c.uid, c.uid or ""
        else:
            stored = picked.get(c.value)
            target = None if stored is None else c.prefix + stored
            shown = _computed(c.prefix, planner.show_in(by_row[c.value]))
        if target is not None and target == current:
            continue
        before = "" if current is None else _show_pick(current, planner, by_uid)
        items.append(("add" if current is None else "change", None, names.get(c.device, c.device),
                      planner.label(c.metric), before, shown,
                      "your pick of the figure this cell shows" + ("" if current is None else ": another pick"),
                      "choice"))
        work.choices.append((c, None if target is None else target))
    return items, work


def _computed(prefix: str, shown: str) -> str:
    """How a pick computed from a stored figure reads: 'system total from 708 TFLOPS — …'."""
    if not prefix:
        return shown
    return ("both directions from " if prefix.startswith("bidir:") else "system total from ") + shown


def _show_pick(uid: str, planner: Any, rows: dict[str, Any]) -> str:
    """The figure a stored pick shows; `rows`: the store's values by uid."""
    from db.pack import split_pick
    row, prefix = split_pick(uid, rows)
    return uid if row is None else _computed(prefix, planner.show_row(row))


def _show(x: object) -> str:
    if isinstance(x, tuple):
        return ", ".join(str(a) for a in x) or "none"
    return "none" if x in (None, "") else str(x)


# ---------------------------------------------------------------- writing


def write_catalog(conn: sqlite3.Connection, work: CatalogWork, devices: dict[str, tuple[int, str, str]],
                  sources: dict[str, int], org_id: Callable[[str, str], int], new_uids: dict[int, str]) -> None:
    """Write the work in the current transaction, after the devices, sources and values of the import.
    `org_id(vendor, country)`: the organisation's id; `new_uids`: the uid of each value this import added."""
    for d, origin in work.devices:
        conn.execute("UPDATE device SET name = ?, kind = ?, family = ?, status = ?, organisation_id = ?, racks = ?, "
                     "racks_note = ?, origin = ? WHERE slug = ?",
                     (d.name, d.kind, d.family, d.status, org_id(d.vendor, d.country), d.racks, d.racks_note,
                      origin, d.slug))
        devices[d.slug] = (devices[d.slug][0], d.name, d.kind)
    ids = [devices[d.slug][0] for d, _ in work.devices]
    conn.executemany("DELETE FROM device_alias WHERE device_id = ?", [(i,) for i in ids])
    taken = {r[0] for r in conn.execute("SELECT alias_norm FROM device_alias")}
    for d, _ in work.devices:
        for alias in (d.slug, d.name, *d.aliases):
            key = norm(alias)
            if key and key not in taken:  # an alias another device holds stays that device's
                taken.add(key)
                conn.execute("INSERT INTO device_alias (device_id, alias, alias_norm) VALUES (?, ?, ?)",
                             (devices[d.slug][0], alias, key))
    for s, origin in work.sources:
        conn.execute("UPDATE source SET publisher = ?, title = ?, url = ?, date_text = ?, date_sort = ?, kind = ?, "
                     "other_urls = ?, repo_ref = ?, origin = ? WHERE key = ?",
                     (s.publisher, s.title, s.url, s.date_text, s.date_sort, s.kind, "\n".join(s.other_urls or ()),
                      s.repo_ref, origin, s.key))
    for d in work.compositions:
        dev_id = devices[d.slug][0]
        conn.execute("DELETE FROM system_component WHERE system_id = ?", (dev_id,))
        conn.execute("UPDATE device SET composition_source_id = ? WHERE id = ?",
                     (sources.get(d.composition_source) if d.composition_source else None, dev_id))
        conn.executemany(
            "INSERT INTO system_component (system_id, component_device_id, name, role, count, source_id, confidence) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(dev_id, devices[c.device][0] if c.device else None, c.name, c.role, c.count,
              sources.get(c.source) if c.source else None, c.confidence) for c in d.components or ()])
    for p, origin in work.pairings:
        ids4 = [devices[s][0] for s in p.devices] + [None] * (4 - len(p.devices))
        values = (p.name, *ids4, p.baseline, p.position, origin)
        if conn.execute("SELECT 1 FROM pairing WHERE slug = ?", (p.slug,)).fetchone():
            conn.execute("UPDATE pairing SET name = ?, device_a_id = ?, device_b_id = ?, device_c_id = ?, "
                         "device_d_id = ?, baseline = ?, position = ?, origin = ? WHERE slug = ?", (*values, p.slug))
        else:
            conn.execute("INSERT INTO pairing (name, device_a_id, device_b_id, device_c_id, device_d_id, baseline, "
                         "position, origin, slug) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (*values, p.slug))
    for c, uid in work.choices:
        pick = uid if uid is not None else c.prefix + new_uids[cast(int, c.value)]
        conn.execute("DELETE FROM value_choice WHERE device_slug = ? AND metric_key = ?", (c.device, c.metric))
        conn.execute("INSERT INTO value_choice (device_slug, metric_key, value_uid) VALUES (?, ?, ?)",
                     (c.device, c.metric, pick))

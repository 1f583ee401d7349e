"""`library.controls`: export-control rules and per-device verdicts (the engine is db.controls).

    lib.controls.rules(on="2024-06-01")                  # the rules in force that day (all rules with on=None)
    lib.controls.verdicts(["H20", "910C"], "2024-06-01")  # DeviceVerdictDTOs: TPP, density, each rule's verdict
    lib.controls.all_verdicts("2024-06-01")              # every device of the catalog
    lib.controls.save_rule(doc)                          # the analyst's rule (a proposed one, or a bundled one edited)

Bundled rules and chip figures come from resources/seed/controls.json; the analyst's rules from the store
(table control_rule). A device's TPP is the comparison's own figure (db.compare.derived_for): one source of
truth. Die area, I/O and DRAM bandwidth come from the catalog's headline figures, else from the bundled chip
figures (with their sources; inferred areas say so); where the reference gives two I/O values, both are kept.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import resources
from db import control_rules, read
from db.api._session import read as _read
from db.api._session import write as _write
from db.api.compare import load_bundle
from db.compare import Bundle, derived_for, headlines
from db.control_dto import (DEPENDS, LEAF_DEPENDS, LEAF_MET, LEAF_MISSED, LEAF_NOT_TRACKED, LEAF_UNKNOWN, MEETS,
                            MEETS_REGARDLESS, MISSES, MISSES_REGARDLESS, NAMED, NOT_ASSESSED, NOT_NAMED,
                            PD_DIE_ONLY, PD_NO_DIE_AREA, PD_NO_TPP, UNDECIDED, ChipFiguresDTO, ConditionDTO, DeviceVerdictDTO,
                            FigureDTO, LeafResultDTO, RuleDTO, RuleSourceDTO, RuleVerdictDTO, TestVerdictDTO)
from db.control_rules import EVENT_ROLES, JURISDICTIONS, KINDS, OPS, condition_json, from_json, to_json, validate
from db.controls import ChipInputs, Judged, device_verdict, effective_rules
from db.dto import ChangeSet, ValueDTO
from db.errors import ControlRuleValidationError, UnknownControlRuleError
from db.events import utc_now

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

# what desktop/ reads of the lens (it imports db.api, never db.control_dto or db.control_rules)
__all__ = ["DEPENDS", "EVENT_ROLES", "JURISDICTIONS", "KINDS", "LEAF_DEPENDS", "LEAF_MET", "LEAF_MISSED",
           "LEAF_NOT_TRACKED", "LEAF_UNKNOWN", "MEETS", "MEETS_REGARDLESS", "MISSES", "MISSES_REGARDLESS", "NAMED",
           "NOT_ASSESSED", "NOT_NAMED", "OPS", "PD_DIE_ONLY", "PD_NO_DIE_AREA", "PD_NO_TPP", "UNDECIDED", "ChipFiguresDTO",
           "ConditionDTO", "Controls", "DeviceVerdictDTO", "FigureDTO", "LeafResultDTO", "RuleDTO", "RuleSourceDTO",
           "RuleVerdictDTO", "TestVerdictDTO", "condition_json", "from_json", "to_json", "validate"]
CONTROLS_FILE = "controls.json"
Shown = dict[tuple[str, str], tuple[ValueDTO, tuple[ValueDTO, ...]]]  # db.compare.headlines
CHANGE_KIND = "control_rule"
DIE_AREA = "die_area_mm2"
NO_SINGLE_CHIP = "no_single_chip"  # DeviceVerdictDTO.tpp_missing of a system with no one kind of accelerator


@lru_cache(maxsize=1)
def _bundled() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(resources.seed_bytes(CONTROLS_FILE))
    return doc


@lru_cache(maxsize=1)
def seed_rules() -> tuple[RuleDTO, ...]:
    """The bundled rules, as converted from the reference (frozen: converted once, not at every comparison)."""
    return tuple(control_rules.from_json(r) for r in _bundled()["rules"])


def _figures(items: Iterable[Mapping[str, Any]], metric: str, publishers: str) -> tuple[FigureDTO, ...]:
    return tuple(FigureDTO(metric, float(x["value"]), publishers, "reference", bool(x.get("inferred")),
                           bool(x.get("approximate")), x.get("note") or "") for x in items)


@lru_cache(maxsize=1)
def chip_figures() -> tuple[ChipFiguresDTO, ...]:
    """The bundled chip figures (controls-chip-figures.json as converted), every value with its sources."""
    out = []
    for c in _bundled()["chip_figures"]:
        sources = tuple(RuleSourceDTO(s.get("publisher") or "", s.get("title") or "", s.get("url"), s.get("date"))
                        for s in c["sources"])
        pubs = "; ".join(dict.fromkeys(s.publisher for s in sources))
        area = [c["die_area_mm2"]] if c.get("die_area_mm2") else []
        out.append(ChipFiguresDTO(c["name"], c.get("device"), _figures(area, DIE_AREA, pubs),
                                  _figures(c["io_bidirectional_gbps"], "io_bidirectional_gbps", pubs),
                                  _figures(c["memory_bandwidth_gbps"], "total_dram_bandwidth_gbps", pubs),
                                  sources, c.get("confidence")))
    return tuple(out)


def _user_rules(conn: sqlite3.Connection) -> tuple[RuleDTO, ...]:
    rows = conn.execute("SELECT body, based_on FROM control_rule ORDER BY effective, rule_id").fetchall()
    return tuple(control_rules.from_json(json.loads(body), "user", based_on) for body, based_on in rows)


def _catalog_figure(v: ValueDTO, metric: str) -> FigureDTO:
    root = v
    while root.inputs:
        root = root.inputs[0]
    src = root.source
    return FigureDTO(metric, float(v.value_num or 0), src.publisher if src else "", "catalog", False, v.approximate,
                     v.formula or v.note or "", src.key if src else None, src.url if src else None,
                     per_die=v.basis.granularity == "die")


def _merge(catalog: FigureDTO | None, bundled: tuple[FigureDTO, ...], keep_all: bool) -> tuple[FigureDTO, ...]:
    """The catalog's figure first, then the bundled ones it does not repeat (all of them when `keep_all`, as
    for an I/O rate with two reported values; otherwise only when the catalog has none)."""
    out = [catalog] if catalog is not None else []
    for f in bundled:
        if (keep_all or not out) and all(abs(f.value - o.value) > 1e-9 for o in out):
            out.append(f)
    return tuple(out)


def _inputs(bundle: Bundle, shown: Shown, slug: str,
            bundled: Mapping[str, ChipFiguresDTO]) -> tuple[ChipInputs, ValueDTO | None, str]:
    device = bundle.devices[slug]
    tpp, missing = derived_for(bundle, slug, "tpp", shown)

    def headline(key: str, metric: str, both_ways: bool = False) -> FigureDTO | None:
        v = shown.get((slug, key), (None,))[0]
        if v is None or v.value_num is None or (both_ways and v.basis.direction != "both-ways"):
            return None
        return _catalog_figure(v, metric)
    ref = bundled.get(slug)
    chip = ChipInputs(slug, device.name, tpp.value_num if tpp else None,
                      _merge(headline("die_area", DIE_AREA), ref.die_area if ref else (), False),
                      _merge(headline("scaleup_bw", "io_bidirectional_gbps", True), ref.io if ref else (),
                             bool(ref and len(ref.io) > 1)),
                      _merge(headline("memory_bandwidth", "total_dram_bandwidth_gbps"), ref.dram if ref else (), False))
    return chip, tpp, missing


# the catalog rows a verdict reads: TPP's inputs (and the sparse rows a dense figure may be derived from) and the
# headline figures of db.controls.ChipInputs
_HEADLINES = ("die_area", "scaleup_bw", "memory_bandwidth")


def _catalog_bundle(conn: sqlite3.Connection, kind: str | None) -> tuple[Bundle, list[str]]:
    """Every device (of `kind`) and what their verdicts read, in a fixed number of queries whatever the size of the
    catalog: the rows TPP and the chip figures need, not every figure of every device."""
    metrics = read.metrics(conn)
    by_key = {m.key: m for m in metrics}
    keys = {"tpp", *_HEADLINES, *by_key["tpp"].inputs} if "tpp" in by_key else set(_HEADLINES)
    keys |= {twin for k in list(keys) if k in by_key and (twin := by_key[k].rule.sparse_twin)}
    keys |= {k for m in list(keys) if m in by_key for k in by_key[m].inputs}
    devices = read.devices(conn)
    slugs = [d.slug for d in devices if kind is None or d.kind == kind]
    return Bundle([m for m in metrics if m.key in keys], {d.slug: d for d in devices},
                  read.values(conn, None, sorted(keys), kind="chip"),  # a system is judged through its chip
                  read.all_components(conn), read.choices(conn, None)), slugs


def _verdicts(conn: sqlite3.Connection, slugs: list[str], on: str,
              bundle: Bundle | None = None) -> tuple[DeviceVerdictDTO, ...]:
    rules = effective_rules(seed_rules(), _user_rules(conn))
    bundle = load_bundle(conn, slugs) if bundle is None else bundle
    chips = {s: d for s, d in bundle.devices.items() if d.kind != "system"}  # the headlines of the chips judged
    shown = headlines(Bundle(bundle.metrics, chips, bundle.values, {}, bundle.choices))
    bundled = {c.device_slug: c for c in chip_figures() if c.device_slug}
    judged = Judged(rules, on)
    out = []
    for slug in slugs:
        device = bundle.devices[slug]
        count = None
        chip_slug: str | None = slug
        if device.kind == "system":
            accel = [c for c in bundle.components.get(slug, []) if c.role == "accelerator" and c.device_slug]
            chip_slug, count = (accel[0].device_slug, accel[0].count) if len(accel) == 1 else (None, None)
        if not chip_slug:
            chip = ChipInputs(slug, device.name, None)
            out.append(device_verdict(chip, rules, on, device_slug=slug, device_name=device.name, kind="system",
                                      tpp_missing=NO_SINGLE_CHIP, country=device.country, judged=judged))
            continue
        chip, tpp, missing = _inputs(bundle, shown, chip_slug, bundled)
        used = tpp.inputs[0] if tpp and tpp.inputs else None
        fmt = (used.basis.format or "BF16/FP16") if used else None
        sources = tuple(dict.fromkeys(f"{v.source.publisher}" for v in (used,) if v and v.source))
        out.append(device_verdict(chip, rules, on, device_slug=slug, device_name=device.name, kind=device.kind,
                                  tpp_format=fmt, tpp_bits=16 if tpp else None, tpp_formula=tpp.formula if tpp else "",
                                  tpp_missing=missing, via_count=count, country=device.country, tpp_sources=sources,
                                  judged=judged))
    return tuple(out)


def _on(on: date | str | None) -> str:
    if on is None:
        return date.today().isoformat()
    text = on.isoformat() if isinstance(on, date) else str(on)
    date.fromisoformat(text)  # ValueError for a date not written YYYY-MM-DD
    return text


def _rule_row(conn: Connection, rule_id: str) -> tuple[int, str] | None:
    from sqlalchemy import select

    from db.schema import ControlRule
    row = conn.execute(select(ControlRule.id, ControlRule.body).where(ControlRule.rule_id == rule_id)).first()
    return (row[0], row[1]) if row else None


class Controls:
    """`library.controls`: the rules (bundled and the analyst's), chip figures and verdicts of one store."""

    def __init__(self, path: Path) -> None:
        self.path = path

    # reading ----------------------------------------------------------------------------------------------
    def rules(self, on: date | str | None = None) -> tuple[RuleDTO, ...]:
        """The rules in use (the analyst's version of a bundled rule replaces it), in date order; with `on`,
        only those in force that day."""
        user = _read(self.path, _user_rules)
        rules = effective_rules(seed_rules(), user)
        return rules if on is None else tuple(r for r in rules if r.in_force(_on(on)))

    def seed_rules(self) -> tuple[RuleDTO, ...]:
        return seed_rules()

    def rule(self, rule_id: str) -> RuleDTO:
        found = next((r for r in self.rules() if r.id == rule_id), None)
        if found is None:
            raise UnknownControlRuleError(rule_id)
        return found

    def chip_figures(self) -> tuple[ChipFiguresDTO, ...]:
        return chip_figures()

    def device_count(self, kind: str | None = None) -> int:
        """How many devices (of `kind`) `all_verdicts` judges."""
        sql = "SELECT count(*) FROM device" + (" WHERE kind = ?" if kind else "")
        count: int = _read(self.path, lambda c: c.execute(sql, (kind,) if kind else ()).fetchone()[0])
        return count

    def verdicts(self, devices: Iterable[str], on: date | str | None = None) -> tuple[DeviceVerdictDTO, ...]:
        """Each device's verdicts on `on` (default today), in the order given; devices by slug, name or alias
        (UnknownDeviceError with close matches otherwise)."""
        names, day = list(devices), _on(on)

        def _run(conn: sqlite3.Connection) -> tuple[DeviceVerdictDTO, ...]:
            return _verdicts(conn, [read.resolve_device(conn, n) for n in names], day)
        return _read(self.path, _run)

    def all_verdicts(self, on: date | str | None = None, kind: str | None = None) -> tuple[DeviceVerdictDTO, ...]:
        """Every device's verdicts (chips, then systems; `kind` 'chip' or 'system' for one kind only)."""
        day = _on(on)

        def _run(conn: sqlite3.Connection) -> tuple[DeviceVerdictDTO, ...]:
            bundle, slugs = _catalog_bundle(conn, kind)
            return _verdicts(conn, slugs, day, bundle)
        return _read(self.path, _run)

    # writing (the analyst's rules) --------------------------------------------------------------------------
    def user_rule_json(self, rule_id: str) -> str | None:
        """The analyst's stored version of a rule as JSON (None when they have none): what undo restores."""
        row = _read(self.path, lambda c: c.execute("SELECT body FROM control_rule WHERE rule_id = ?",
                                                   (rule_id,)).fetchone())
        return row[0] if row else None

    def save_rule(self, doc: Mapping[str, Any], previous_id: str | None = None) -> ChangeSet:
        """Save the analyst's rule (db.control_rules JSON: id, name, kind, jurisdiction, effective, ends,
        tests...). A bundled rule saved under its own id becomes the analyst's version of it (re-seeding never
        touches it). `previous_id`: the id the rule had before a rename. ControlRuleValidationError lists what
        to fix."""
        data = dict(doc)
        errors = control_rules.validate(data)
        if errors:
            raise ControlRuleValidationError(errors)
        rule = control_rules.from_json(data, "user")
        body = json.dumps(control_rules.to_json(rule), ensure_ascii=False, sort_keys=True)
        seeded = {r.id for r in seed_rules()}
        based_on = rule.id if rule.id in seeded else None

        def _run(conn: Connection) -> None:
            from sqlalchemy import delete, insert, update

            from db.schema import ControlRule
            if previous_id and previous_id != rule.id:
                conn.execute(delete(ControlRule).where(ControlRule.rule_id == previous_id))
            cols = dict(name=rule.name, kind=rule.kind, jurisdiction=rule.jurisdiction, effective=rule.effective,
                        ends=rule.ends, body=body, based_on=based_on, origin="user", updated=utc_now())
            row = _rule_row(conn, rule.id)
            if row is None:
                conn.execute(insert(ControlRule).values(rule_id=rule.id, created=utc_now(), **cols))
            else:
                conn.execute(update(ControlRule).where(ControlRule.id == row[0]).values(**cols))
        _write(self.path, _run)
        return ChangeSet(frozenset({CHANGE_KIND}))

    def delete_rule(self, rule_id: str) -> ChangeSet:
        """Delete the analyst's rule (their version of a bundled rule: the bundled one applies again)."""
        def _run(conn: Connection) -> None:
            from sqlalchemy import delete

            from db.schema import ControlRule
            if _rule_row(conn, rule_id) is None:
                raise UnknownControlRuleError(rule_id)
            conn.execute(delete(ControlRule).where(ControlRule.rule_id == rule_id))
        _write(self.path, _run)
        return ChangeSet(frozenset({CHANGE_KIND}))

    def restore_rule(self, rule_id: str, body: str | None) -> ChangeSet:
        """Put the analyst's version of `rule_id` back as `body` (user_rule_json), or remove it (None): undo."""
        if body is None:
            if self.user_rule_json(rule_id) is None:
                return ChangeSet(frozenset({CHANGE_KIND}))
            return self.delete_rule(rule_id)
        return self.save_rule(json.loads(body))

"""Convert the export-control reference (export-controls.json, controls-chip-figures.json) into
resources/seed/controls.json. Run by db.importers.reference after the events (rules link to them).

Each rule keeps its conditions as data: the reference's `conditions` object is split into named tests (an
`any_of` / `all_of` tree with its `verified` flag), notes (a verified flag with no test, such as the datacentre
designation) and details (everything else, kept as the reference gives it). Named products are linked to
catalog devices, as are chip-figure names (`chip_device`). Chip figures keep every value with its source; an area the reference infers says so; where
the reference gives two conflicting values (H800 I/O) both are kept.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from db import control_rules
from db.read import norm

# the timeline events that enacted, amended, suspended or rescinded each rule: (role, date, words of the title)
EVENT_LINKS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "US-2022-10-07-3A090": (("enacted", "2022-10-07", "October 7 rule"), ("amended", "2023-10-17", "BIS updates")),
    "US-2023-10-17-3A090": (("enacted", "2023-10-17", "BIS updates"), ("amended", "2024-04-04", "clarifications"),
                            ("related", "2026-05-31", "China-headquartered")),
    "US-2024-04-04-corrections": (("enacted", "2024-04-04", "clarifications"),),
    "US-2024-12-02-HBM": (("enacted", "2024-12-02", "HBM controls"),),
    "US-2025-01-15-AI-diffusion": (("enacted", "2025-01-13", "AI Diffusion"), ("rescinded", "2025-05-13", "rescission"),
                                   ("related", "2026-05-12", "GAO")),
    "US-2025-01-16-foundry-due-diligence": (("enacted", "2025-01-15", "foundry due-diligence"),),
    "US-2025-04-09-H20-MI308-is-informed": (("enacted", "2025-04-09", "H20"),
                                            ("related", "2025-04-15", "MI308 charge")),
    "US-2025-08-H20-licences-15pct": (("related", "2025-07-14", "licences"), ("enacted", "2025-08-10", "15%"),
                                      ("amended", "2025-08-11", "15%")),
    "US-2026-01-15-H200-case-by-case": (("related", "2025-12-08", "may sell"),
                                        ("enacted", "2026-01-13", "case-by-case"),
                                        ("related", "2026-01-14", "Section 232")),
    "US-2025-05-13-rescission": (("enacted", "2025-05-13", "rescission"), ("related", "2026-05-12", "GAO")),
    "US-2025-05-13-GP10-Huawei-Ascend": (("enacted", "2025-05-13", "Huawei Ascend"),
                                         ("related", "2025-05-21", "Anti-Foreign Sanctions")),
    "US-2025-05-13-AI-training-policy": (),
    "US-2026-05-31-D5-HQ-guidance": (("enacted", "2026-05-31", "China-headquartered"),),
    "CN-2024-12-03-MOFCOM-46": (("enacted", "2024-12-03", "gallium"),),
    "CN-2025-10-09-MOFCOM-61-62": (),
    "CN-2025-07-31-CAC-H20-summons": (("enacted", "2025-07-31", "CAC summons"),),
    "CN-2025-08-H20-discouragement": (("enacted", "2025-08-12", "discourage"),),
    "CN-2025-09-17-CAC-RTX6000D": (("enacted", "2025-09-17", "RTX Pro 6000D"),),
    "CN-2025-10-customs-crackdown": (("enacted", "2025-10-10", "customs"),),
    "CN-2025-08-domestic-50pct": (("enacted", "2025-08-01", ">50%"),),
    "CN-2025-11-state-funded-DC-domestic-only": (("enacted", "2025-11-05", "reportedly requires"),),
}


_NUMBER = re.compile(r"^\s*(~|≈|about)?\s*([0-9][0-9,]*\.?[0-9]*)\s*GB/s", re.I)
_RULE_ID = re.compile(r"^((?:US|CN)-\d{4}-[A-Za-z0-9-]+)")
_TOP = ("verified", "verified_against", "note")


def split_conditions(conditions: dict[str, Any] | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]],
                                                                    dict[str, Any]]:
    """(tests, notes, details) of a reference rule's `conditions`."""
    tests: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    details: dict[str, Any] = {}
    if not conditions:
        return tests, notes, details
    if control_rules.is_condition(conditions):
        tree = {k: v for k, v in conditions.items() if k not in _TOP}
        return [_test("", conditions, tree)], notes, details
    for key, value in conditions.items():
        if control_rules.is_condition(value):
            tree = {k: v for k, v in value.items() if k in ("any_of", "all_of", "metric", "op", "value", "applies")}
            tests.append(_test(key, value, tree))
        elif isinstance(value, dict) and "verified" in value and set(value) <= {"verified", "note"}:
            notes.append({"key": key, "text": value.get("note") or "", "verified": value["verified"]})
        else:
            details[key] = value
    return tests, notes, details


def _test(key: str, node: dict[str, Any], tree: dict[str, Any]) -> dict[str, Any]:
    verified = node.get("verified")
    return {"key": key, "effect": control_rules.effect_of(key),
            "verified": verified if isinstance(verified, bool) else None,
            "verified_against": node.get("verified_against"), "note": node.get("note") or "",
            "condition": tree}


def link_events(rule_id: str, events: list[dict[str, Any]]) -> list[dict[str, str]]:
    out = []
    for role, date, words in EVENT_LINKS[rule_id]:
        found = [e for e in events if e["date"] == date and words.casefold() in e["title"].casefold()]
        if len(found) != 1:
            raise SystemExit(f"rule {rule_id}: {len(found)} timeline events on {date} with {words!r} in the title")
        out.append({"uid": found[0]["uid"], "role": role})
    return out


def convert_rule(rec: dict[str, Any], names: dict[str, str], events: list[dict[str, Any]]) -> dict[str, Any]:
    tests, notes, details = split_conditions(rec.get("conditions"))
    if rec.get("numeric_thresholds_reported"):
        details["numeric_thresholds_reported"] = rec["numeric_thresholds_reported"]
    if rec.get("conditions_verification"):
        details["conditions_verification"] = rec["conditions_verification"]
    if rec.get("status_note"):
        details["status_note"] = rec["status_note"]
    products = [{"text": p, "device": names.get(norm(p)) or names.get(norm(p.split(" (")[0]))}
                for p in rec.get("products") or ()]
    ended = _RULE_ID.match(rec.get("ended_by") or "")
    doc = {
        "id": rec["id"], "name": rec["name"], "jurisdiction": rec["jurisdiction"], "kind": rec["kind"],
        "effective": rec["effective"], "effective_note": rec.get("effective_note") or "", "ends": rec.get("ends"),
        "ends_note": rec.get("ends_note") or "", "enacted_by": rec.get("enacted_by") or "",
        "ended_by": rec.get("ended_by") or "", "ended_by_rule": ended.group(1) if ended else None,
        "rescinds": rec.get("rescinds"), "destinations": rec.get("destinations") or [],
        "destinations_note": rec.get("destinations_note") or "", "tests": tests, "notes": notes, "details": details,
        "products": products, "summary": rec.get("summary") or "",
        "sources": [{k: s.get(k) for k in ("publisher", "title", "url", "date")} for s in rec.get("sources", ())],
        "confidence": rec.get("confidence"), "compliance_date": rec.get("compliance_date"),
        "events": link_events(rec["id"], events),
    }
    errors = control_rules.validate(doc)
    if errors:
        raise SystemExit(f"export-control rule {rec['id']}: {errors}")
    return doc


def _io_values(rec: dict[str, Any]) -> list[dict[str, Any]]:
    if rec.get("io_bidirectional_gbps") is not None:
        return [{"value": rec["io_bidirectional_gbps"], "note": rec.get("io_source") or "", "approximate": False}]
    out = []
    for text in rec.get("io_conflict") or ():
        m = _NUMBER.match(text)
        if m is None:
            raise SystemExit(f"chip figures {rec['name']}: no GB/s figure at the start of {text!r}")
        out.append({"value": float(m.group(2).replace(",", "")), "note": text, "approximate": bool(m.group(1))})
    return out


def chip_device(name: str, names: dict[str, str]) -> str | None:
    """The catalog device a chip-figures name means: the name, or without its vendor word and its parenthesis,
    or with the parenthesis as words ('NVIDIA H800 (SXM)' -> alias 'H800 SXM'); None for a chip not in it."""
    bare = name.split(" (")[0]
    inner = name[len(bare):].strip(" ()").split(",")[0]
    model = bare.split(" ", 1)[-1]
    for candidate in (name, bare, f"{model} {inner}", model):
        if norm(candidate) in names:
            return names[norm(candidate)]
    return None


def convert_chip(rec: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    area_note = rec.get("die_area_source") or ""
    area = None
    if rec.get("die_area_mm2") is not None:
        area = {"value": rec["die_area_mm2"], "note": area_note, "inferred": area_note.upper().startswith("INFERRED")}
    dram = []
    if rec.get("memory_bandwidth_gbps") is not None:
        dram.append({"value": rec["memory_bandwidth_gbps"], "note": rec.get("memory_note") or "", "approximate": False})
    return {"name": rec["name"], "device": chip_device(rec["name"], names), "die_area_mm2": area,
            "die_area_note": area_note, "io_bidirectional_gbps": _io_values(rec), "memory_bandwidth_gbps": dram,
            "dense_figure": rec.get("dense_figure"), "tpp_reference": rec.get("tpp_derived"),
            "tpp_derivation": rec.get("tpp_derivation") or "",
            "performance_density_reference": rec.get("performance_density_derived"),
            "sources": [{k: s.get(k) for k in ("publisher", "title", "url", "date")} for s in rec.get("sources", ())],
            "confidence": rec.get("confidence")}


def convert_controls(reference: Path, seed: Path) -> dict[str, int]:
    rules_in = json.loads((reference / "export-controls.json").read_text(encoding="utf-8"))
    chips_in = json.loads((reference / "controls-chip-figures.json").read_text(encoding="utf-8"))
    devices = json.loads((seed / "devices.json").read_text(encoding="utf-8"))
    events = json.loads((seed / "events.json").read_text(encoding="utf-8"))["events"]
    names: dict[str, str] = {}
    for d in devices["devices"]:
        for name in (d["slug"], d["name"], *d.get("aliases", [])):
            names.setdefault(norm(name), d["slug"])
    missing = [r["id"] for r in rules_in if r["id"] not in EVENT_LINKS]
    if missing:
        raise SystemExit(f"export-control rules without an entry in EVENT_LINKS: {missing}")
    rules = [convert_rule(r, names, events) for r in rules_in]
    if len({r["id"] for r in rules}) != len(rules):
        raise SystemExit("two export-control rules share an id")
    chips = [convert_chip(c, names) for c in chips_in]
    doc = {"rules": rules, "chip_figures": chips}
    (seed / "controls.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return {"control_rules": len(rules), "control_tests": sum(len(r["tests"]) for r in rules),
            "control_chip_figures": len(chips)}

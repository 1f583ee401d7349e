"""Convert the reference's software stacks and supply facts into resources/seed/stacks.json and supply.json.

    python -m db.importers.reference ../shared/reference resources/seed     # runs this after the events

Stacks keep their summary (what the reference's own summary says of each framework and engine) and every
fact with its source, grade and note; each fact is filed under the comparison row it supports
(db.beyond.STACK_FIELD_ROWS) and each route gets its kind (db.beyond.route_kind). A stack is linked to the
catalog's organisations that ship it (STACK_ORGANISATIONS, checked against the stack's vendor name).
Supply facts keep their subject, metric, period, value and unit as written; the converter adds the kind
(db.beyond.supply_kind), what a count counts, the number where the value is one, and links to the catalog's
devices (a subject naming '910B/910C' links both) and organisations (a subject that starts with the
organisation's name). Nothing is merged and nothing is invented: a null stays a null.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from db import beyond
from db.read import norm

STACKS_FILE = "stacks.json"
SUPPLY_FILE = "supply.json"

# stack id -> the catalog organisations whose accelerators it drives, with the word of the stack's vendor name
# that says so (checked, so a renamed vendor in the reference fails the conversion instead of linking wrongly)
STACK_ORGANISATIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "nvidia-cuda": (("nvidia",), "NVIDIA"), "amd-rocm": (("amd",), "AMD"), "huawei-cann": (("huawei",), "Huawei"),
    "cambricon-neuware": (("cambricon",), "Cambricon"), "moorethreads-musa": (("moore-threads",), "Moore Threads"),
    "hygon-dtk": (("hygon",), "Hygon"), "kunlunxin-xpu": (("kunlunxin",), "Kunlunxin"),
    "biren-supa": (("biren",), "Biren"), "metax-maca": (("metax",), "MetaX"), "google-tpu-xla": (("google",), "Google"),
    "aws-neuron": (("aws",), "Amazon"), "intel-gaudi": (("intel",), "Intel"),
}
SUMMARY = ("first_release_date", "latest_version_seen", "latest_version_date", "licence_openness",
           "programming_model", "translation_tools", "cuda_source_compatibility")


def _source(s: dict[str, Any]) -> dict[str, Any]:
    return {k: s.get(k) for k in ("publisher", "title", "url", "date", "read_on")}


def convert_stack(rec: dict[str, Any]) -> dict[str, Any]:
    sid = rec["id"]
    if sid not in STACK_ORGANISATIONS:
        raise SystemExit(f"software-stacks.json: stack {sid!r} has no entry in STACK_ORGANISATIONS")
    orgs, vendor_word = STACK_ORGANISATIONS[sid]
    if vendor_word.lower() not in rec["vendor"].lower():
        raise SystemExit(f"software-stacks.json: stack {sid!r} vendor {rec['vendor']!r} does not name {vendor_word!r}")
    routes: dict[str, Any] = {}
    for key, holder in beyond.MATRIX_COLUMNS:
        text = rec[holder].get(key) if holder else rec.get(key)
        routes[key] = {"text": text, "kind": beyond.route_kind(text)}
    vendor_engine = rec["inference_engines"].get("vendor_engine")
    routes["vendor_engine"] = {"text": vendor_engine, "kind": beyond.route_kind(vendor_engine)}
    facts = []
    for index, f in enumerate(rec["facts"]):
        if f["confidence"] not in beyond.CONFIDENCES:
            raise SystemExit(f"software-stacks.json: {sid} fact {index} ({f['field']}): confidence {f['confidence']!r}")
        facts.append({"uid": fact_uid(sid, f["field"], str(f["value"]), f["source"].get("url") or "", str(index)),
                      "field": f["field"], "row": beyond.STACK_FIELD_ROWS.get(f["field"]), "value": f["value"],
                      "source": _source(f["source"]), "confidence": f["confidence"], "note": f.get("note")})
    return {"id": sid, "name": rec["name"], "vendor": rec["vendor"], "jurisdiction": rec["jurisdiction"],
            "organisations": list(orgs), **{k: rec.get(k) for k in SUMMARY}, "routes": routes, "facts": facts}


def device_names(devices: Mapping[str, Any]) -> dict[str, str]:
    """Every slug, name and alias of the seed devices, normalised, -> device slug."""
    names: dict[str, str] = {}
    for d in devices["devices"]:
        for name in (d["slug"], d["name"], *d.get("aliases", [])):
            names.setdefault(norm(name), d["slug"])
    return names


def fact_uid(*parts: str) -> str:
    """Stable id of a bundled fact: the same on every conversion, distinct from the analyst's (uuid4 hex)."""
    return "seed-" + hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def _text(value: object) -> str:
    """A value as text, as the reference writes it (200000 -> '200000', 0.0648 -> '0.0648')."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value if isinstance(value, str) else repr(value)


def convert_supply_fact(index: int, f: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    where = f"supply-facts.json record {index} ({f['subject']}, {f['metric']})"
    if f["confidence"] not in beyond.CONFIDENCES:
        raise SystemExit(f"{where}: confidence {f['confidence']!r} is not one of {', '.join(beyond.CONFIDENCES)}")
    if f["value"] is None or not f["unit"]:
        raise SystemExit(f"{where}: a fact without a value or a unit")
    value = f["value"]
    return {"uid": fact_uid(f["subject"], f["metric"], f["period"], str(value), f["source"].get("url") or ""),
            "subject": f["subject"], "metric": f["metric"], "kind": beyond.supply_kind(f["metric"], f["subject"]),
            "period": f["period"], "value": _text(value),
            "number": beyond.number(value), "unit": f["unit"], "counted": beyond.counted(f["unit"]),
            "source": _source(f["source"]), "confidence": f["confidence"], "note": f.get("note"),
            "devices": beyond.subject_devices(f"{f['subject']} {f['period']}", names),
            "organisations": beyond.subject_organisations(f["subject"])}


def convert_beyond(reference: Path, seed: Path) -> dict[str, int]:
    stacks = [convert_stack(r) for r in json.loads((reference / "software-stacks.json").read_text(encoding="utf-8"))]
    devices = json.loads((seed / "devices.json").read_text(encoding="utf-8"))
    names = device_names(devices)
    raw = json.loads((reference / "supply-facts.json").read_text(encoding="utf-8"))
    supply = [convert_supply_fact(i, f, names) for i, f in enumerate(raw)]
    for what, rows in (("stack fact", [f for s in stacks for f in s["facts"]]), ("supply fact", supply)):
        uids = [r["uid"] for r in rows]
        if len(set(uids)) != len(uids):
            raise SystemExit(f"two {what}s share an id")
    (seed / STACKS_FILE).write_text(json.dumps({"stacks": stacks}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (seed / SUPPLY_FILE).write_text(json.dumps({"facts": supply}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return {"stacks": len(stacks), "stack_facts": sum(len(s["facts"]) for s in stacks), "supply_facts": len(supply),
            "supply_device_links": sum(len(f["devices"]) for f in supply)}

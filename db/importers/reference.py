"""Convert the sourced reference data (shared/reference/*.json) into the app's seed files.

    python -m db.importers.reference ../shared/reference resources/seed

Reads `specs.json` and `sources.json`, maps each record onto the metric catalog
(`resources/seed/metrics.json`) and the curated device list (`resources/seed/devices.json`),
converts units to the canonical ones and writes `sources.json` and `values.json`.
Reads `timeline.json`, `software-events.json` and `supply-events.json` and writes `events.json`:
each event's subjects are linked to devices through their slugs, names and aliases (case-insensitive,
also after the maker's name); subjects that match no device (companies, software stack ids such as
'huawei-cann') are kept as tags. Categories and dates are checked, never remapped; a jurisdiction
of two ('US/CN') or of none ('global') is filed under 'other'.
Nothing is invented: records without a value become "gaps" (kept with their note, shown as
"not published"); numeric records the reference marks DERIVED are dropped because the app
computes them itself (system totals, direction conversions); text records from the DERIVED
source are kept and shown as derived through that source's kind.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

from db.basis import Basis, BasisRule
from db.events import validate_event
from db.provenance import CARRIERS, clean_producer
from db.read import norm
from db.units import to_canonical

# reference field -> (metric key, qualifier or None); units converted separately
FIELD_MAP: dict[str, str] = {
    "bf16_fp16_dense": "bf16_dense", "bf16_dense_pflops": "bf16_dense",
    "fp8_dense": "fp8_dense", "fp8_pflops": "fp8_dense",
    "fp4_dense": "fp4_dense", "fp4_pflops": "fp4_dense",
    "int8_dense": "int8_dense", "fp32": "fp32", "fp64": "fp64",
    "memory_capacity": "memory_capacity", "hbm_capacity": "memory_capacity",
    "memory_bandwidth": "memory_bandwidth", "hbm_bandwidth": "memory_bandwidth",
    "memory_type": "memory_type",
    "scaleup_bw": "scaleup_bw", "scaleup_bw_per_chip": "scaleup_bw",
    "scaleup_bw_total": "scaleup_bw_total", "scaleout_bw_per_chip": "scaleout_bw",
    "scaleup_interconnect": "scaleup_interconnect", "optical_transceivers": "optics",
    "tdp": "power", "power": "power",
    "process_node": "process_node", "foundry": "foundry", "die_area": "die_area",
    "transistors": "transistors", "family": "family", "form_factor": "form_factor",
    "announced": "announced", "availability": "availability", "racks": "racks",
    "deployed_units": "deployed_units", "export_control": "export_control",
    "notes": "notes", "description": "notes", "pod_compute_power": "power",
    "latency_claim": "published_claims", "throughput_claim": "published_claims",
    "ratio_vs_nvl144": "published_claims", "unverified_claims": "published_claims",
}

# source-stated ratios are kept as the sources word them, under one text metric
RATIO_LABELS = {
    "ratio_vs_nvl72_bf16": "Dense BF16 compute vs GB200 NVL72",
    "ratio_vs_nvl72_hbm_capacity": "HBM capacity vs GB200 NVL72",
    "ratio_vs_nvl72_hbm_bandwidth": "HBM bandwidth vs GB200 NVL72",
    "ratio_vs_nvl72_scaleup_bw": "Scale-up bandwidth vs GB200 NVL72",
    "ratio_vs_nvl72_scaleout_bw": "Scale-out bandwidth vs GB200 NVL72",
    "ratio_vs_nvl72_power": "All-in power vs GB200 NVL72",
    "ratio_vs_nvl72_power_per_flop": "Power per BF16 FLOP vs GB200 NVL72",
    "ratio_vs_nvl72_power_per_tbps": "Power per TB/s of HBM bandwidth vs GB200 NVL72",
    "ratio_vs_nvl72_power_per_tb_hbm": "Power per TB of HBM vs GB200 NVL72",
}

_APPROX = re.compile(r"^\s*(~|≈|about|close to|approx\.?)\s*([0-9][0-9,]*\.?[0-9]*)\s*$", re.I)


RANGE = re.compile(r"^\s*([0-9][0-9,.]*)\s*[-–]\s*([0-9][0-9,.]*)\s*$")
RELAYED = re.compile(r"also relayed by ([A-Za-z0-9][A-Za-z0-9_-]*)")


def value_uid(*parts: object) -> str:
    """Stable id of a seed value: survives re-seeding so user choices keep pointing at it."""
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:16]


def _source_unit(field: str, unit: str) -> str:
    """The plain unit inside the reference's unit text ('Gbit/s uni-directional' -> 'Gbit/s')."""
    if field in ("tdp",):
        return "W"
    head = unit.split("(")[0].strip().split(" ")[0] if unit else ""
    return _UNIT_SPELLINGS.get(head, head)


PER_DIE = re.compile(r"\bper (XCD|die|chiplet)\b", re.IGNORECASE)
_UNIT_SPELLINGS = {"bn": "billion"}  # the reference's short spellings of a unit the units table knows by name


def _qualifier(metric: dict[str, Any], rec: dict[str, Any]) -> str | None:
    """What a power figure counts: a chip's TDP or a system's all-in draw (the only qualifier left)."""
    if metric["key"] == "power":
        return "all-in" if rec["field"] == "power" else "TDP"
    return None


def record_basis(rec: dict[str, Any], metric: dict[str, Any], where: str) -> Basis:
    """The record's basis, checked against the row it lands in (a wrong one stops the conversion)."""
    basis = Basis.from_mapping(rec.get("basis"))
    rule = BasisRule.from_json(json.dumps(metric.get("basis") or {}))
    bad = rule.contradictions(basis)
    if bad:
        raise SystemExit(f"{where}: basis {', '.join(f'{k} {v!r}' for k, v in bad)} does not fit the row "
                         f"{metric['key']!r}")
    return basis


def route(metric: dict[str, Any], rec: dict[str, Any], metrics: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The row a record belongs in: a 2:4-sparse figure goes to the row of sparse figures of its format."""
    twin = (metric.get("basis") or {}).get("sparse_twin")
    if twin and (rec.get("basis") or {}).get("sparsity") == "sparse":
        return metrics[twin]
    return metric


def legacy_tag(key: str, basis: Basis, qualifier: str | None, metric: dict[str, Any]) -> str | None:
    """The qualifier the converter of schema 0004 gave this figure: part of its uid, so that a value's uid (which
    the analyst's picks of a source point at) stays the same across the move to basis fields."""
    if qualifier:
        return qualifier
    if basis.sparsity == "sparse":
        return "sparse"
    if basis.scope == "cube":
        return "Cube units only"
    if metric.get("directional"):
        return "unidirectional" if basis.direction == "one-way" else "bidirectional"
    return "dense" if key in DENSE_ROWS else None


DENSE_ROWS = ("bf16_dense", "fp8_dense", "fp4_dense", "int8_dense")


def convert_record(rec: dict[str, Any], metric: dict[str, Any], slug: str, where: str = "record") -> dict[str, Any]:
    """One reference record -> one seed value (numeric values in canonical units, the basis as fields)."""
    value = rec["value"]
    out = {
        "device": slug, "metric": metric["key"], "source": rec["source_key"],
        "confidence": rec["confidence"], "note": rec.get("note") or "",
        "qualifier": _qualifier(metric, rec), "approximate": False,
        "value_num": None, "value_text": None, "unit_text": rec.get("unit") or "",
    }
    producer = clean_producer(rec.get("origin"))
    if producer:
        out["producer"] = producer
    if rec.get("carrier_quality") in CARRIERS:
        out["carrier_quality"] = rec["carrier_quality"]
    if metric["key"] == "die_area" and PER_DIE.search(rec.get("unit") or ""):
        out["basis"] = {"granularity": "die"}  # one chiplet's area ('mm2 per XCD (8 XCDs)'), not the package's
    if "basis" in rec:
        basis = record_basis(rec, metric, where)
        out["basis"] = {k: v for k, v in basis.as_dict().items() if v is not None}
        if rec.get("basis_note"):
            out["basis_note"] = rec["basis_note"]
    if value is None:
        return out
    if rec["field"] in RATIO_LABELS:
        out["value_text"] = f"{RATIO_LABELS[rec['field']]}: {value}× {rec['unit'].replace('x', '').strip()}".strip()
        out["value_text"] = out["value_text"].rstrip()
        out["unit_text"] = ""
    elif metric["kind"] == "number" and isinstance(value, (int, float)):
        out["value_num"] = to_canonical(value, _source_unit(rec["field"], rec["unit"]), metric["unit"])
    elif metric["kind"] == "number" and isinstance(value, str) and _APPROX.match(value):
        approx = _APPROX.match(value)
        assert approx is not None
        number = float(approx.group(2).replace(",", ""))
        out["value_num"] = to_canonical(number, _source_unit(rec["field"], rec["unit"]), metric["unit"])
        out["approximate"] = True
        out["note"] = "; ".join(x for x in (f"source wording: '{value} {rec['unit']}'".strip(), out["note"]) if x)
    elif metric["kind"] == "number" and isinstance(value, str) and RANGE.match(value):
        low, high = RANGE.match(value).groups()  # type: ignore[union-attr]
        out["value_text"] = f"{low}–{high} {rec['unit']}".strip()  # a range stays text, with its unit
    elif metric["key"] == "optics":
        out["value_text"] = f"{value:,} {rec['unit']}".strip()
    elif metric["key"] == "racks" and isinstance(value, (int, float)):
        out["value_text"] = f"{value} {rec['unit']}".strip()
    else:
        out["value_text"] = str(value)
    return out


def convert(reference: Path, seed: Path, skip_unknown_devices: bool = False) -> dict[str, int]:
    specs = json.loads((reference / "specs.json").read_text(encoding="utf-8"))
    sources = json.loads((reference / "sources.json").read_text(encoding="utf-8"))
    catalog = json.loads((seed / "metrics.json").read_text(encoding="utf-8"))
    devices = json.loads((seed / "devices.json").read_text(encoding="utf-8"))
    metrics = {m["key"]: m for m in catalog["metrics"]}
    by_ref = {d["reference_name"]: d["slug"] for d in devices["devices"]}
    values, gaps, skipped, unknown = [], [], [], set()
    seen: dict[str, int] = {}
    source_keys = {s["key"] for s in sources}
    for index, rec in enumerate(specs):
        slug = by_ref.get(rec["name"])
        if slug is None and skip_unknown_devices:
            unknown.add(rec["name"])
            continue
        if slug is None:
            raise SystemExit(f"specs.json record {index}: no device in devices.json for reference name {rec['name']!r}")
        field = rec["field"]
        if field == "accelerators":
            continue  # composition: curated in devices.json with the same sources
        key = "published_claims" if field in RATIO_LABELS else FIELD_MAP.get(field)
        if key is None:
            raise SystemExit(f"unmapped reference field {field!r}")
        metric = metrics[key]
        if rec["source_key"] == "DERIVED" and metric["kind"] == "number":
            skipped.append(rec)  # the app computes these itself
            continue
        if metric.get("basis") and isinstance(rec["value"], (int, float)) and "basis" not in rec:
            raise SystemExit(f"specs.json record {index} ({rec['name']}, {field}): a figure without its basis")
        row = route(metric, rec, metrics)
        value = convert_record(rec, row, slug, f"specs.json record {index} ({rec['name']}, {field})")
        if value["value_num"] is None and value["value_text"] is None:
            gaps.append({"device": slug, "metric": row["key"], "note": value["note"]})
            continue
        tag = legacy_tag(key, Basis.from_mapping(value.get("basis")), value["qualifier"], metric)
        base = value_uid(slug, key, value["source"], value["value_num"], value["value_text"], tag)
        seen[base] = seen.get(base, 0) + 1
        value["uid"] = base if seen[base] == 1 else f"{base}-{seen[base]}"
        # a figure re-cited to a better page keeps the uid it had under its old relay, so that an analyst's
        # pick of it holds (db.seed moves picks of a former uid to the figure)
        former = [value_uid(slug, key, old, value["value_num"], value["value_text"], tag)
                  for old in RELAYED.findall(value["note"]) if old in source_keys and old != value["source"]]
        if former:
            value["former_uids"] = former
        values.append(value)
    (seed / "values.json").write_text(json.dumps({"values": values, "gaps": gaps}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    cited = {v["source"] for v in values} | {c.get("source") for d in devices["devices"]
                                             for c in (d.get("composition") or {}).get("components", [])} \
        | {(d.get("composition") or {}).get("source") for d in devices["devices"]} \
        | {d.get("packages_source") for d in devices["devices"]}
    out_sources = [{k: s.get(k) for k in ("key", "publisher", "title", "url", "date", "kind", "other_urls", "repo_ref")}
                   for s in sources if s["key"] in cited or not skip_unknown_devices]
    (seed / "sources.json").write_text(json.dumps({"sources": out_sources}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    counts = {"values": len(values), "gaps": len(gaps), "derived_skipped": len(skipped), "sources": len(out_sources),
              "unknown_devices_skipped": len(unknown)}
    if skip_unknown_devices:
        return counts
    counts |= convert_events(reference, seed)
    if not (reference / "export-controls.json").is_file():
        return counts
    from db.importers.beyond import convert_beyond
    from db.importers.controls import convert_controls  # rules link to the events just written
    return counts | convert_controls(reference, seed) | convert_beyond(reference, seed)


def device_names(devices: dict[str, Any]) -> dict[str, str]:
    """Every slug, name and alias of the seed devices, normalised, -> device slug; then each alias after its maker's
    name ('NVIDIA H200', 'Huawei Ascend 950'), as the software and supply events write them, where no device already
    goes by that name."""
    names: dict[str, str] = {}
    for d in devices["devices"]:
        for name in (d["slug"], d["name"], *d.get("aliases", [])):
            names.setdefault(norm(name), d["slug"])
    makers = {o["slug"]: (o["slug"], o["name"].split(" (")[0]) for o in devices.get("organisations", [])}
    for d in devices["devices"]:
        for maker in makers.get(d.get("organisation") or "", ()):
            for alias in d.get("aliases", []):
                names.setdefault(norm(f"{maker} {alias}"), d["slug"])
    return names


def event_uid(date: str, title: str) -> str:
    """Stable id of a seed event: the same on every re-seed, distinct from user uids (uuid4 hex)."""
    return "seed-" + value_uid(date, title)


# the reference's event files, the policy timeline first; the others are read when present
EVENT_FILES = ("timeline.json", "software-events.json", "supply-events.json")
NO_SINGLE_JURISDICTION = ("global",)  # a reference jurisdiction that names none in particular
_MONTH, _YEAR = re.compile(r"^\d{4}-\d{2}$"), re.compile(r"^\d{4}$")


def _jurisdiction(text: str) -> str:
    """A jurisdiction of the events' vocabulary: an event of two ('US/CN', a summit) is filed under 'other' (its
    title and actor name both), not under one of them; so is a 'global' one."""
    return "other" if "/" in text or text in NO_SINGLE_JURISDICTION else text


def _period_start(date: str, precision: str) -> str:
    """The first day of an event's period: '2026-01' of a month-precision event is '2026-01-01', '2025' of a
    year-precision one '2025-01-01'; a full date is kept (and checked by validate_event)."""
    if precision == "month" and _MONTH.match(date):
        return f"{date}-01"
    if precision == "year" and _YEAR.match(date):
        return f"{date}-01-01"
    return date


def convert_event(rec: dict[str, Any], names: dict[str, str], where: str = "timeline event") -> dict[str, Any]:
    """One reference event record -> one seed event (subjects split into device slugs and tags)."""
    devices, tags = [], []
    for subject in rec["subjects"]:
        slug = names.get(norm(subject))
        if slug is None:
            tags.append(subject)
        elif slug not in devices:
            devices.append(slug)
    date = _period_start(rec["date"], rec["date_precision"])
    event = {
        "uid": event_uid(date, rec["title"]), "date": date, "precision": rec["date_precision"],
        "title": rec["title"], "summary": rec["summary"], "actor": rec["actor"],
        "jurisdiction": _jurisdiction(rec["jurisdiction"]), "category": rec["category"],
        "confidence": rec["confidence"],
        "sources": [{k: s.get(k) for k in ("publisher", "title", "url", "date")} for s in rec["sources"]],
        "devices": devices, "tags": tags,
    }
    errors = validate_event({k: v for k, v in event.items() if k != "uid"})
    if errors:
        raise SystemExit(f"{where} {rec['date']} {rec['title']!r}: {'; '.join(errors)}")
    return event


MERGED_FIELDS = ("sources", "devices", "tags")  # what a second file may add to an event the first already has

# the same happening told by two files under different titles (same_events.json): (date, start of the later file's
# title) -> (date, start of the policy timeline's title). The timeline's wording, category and grade are kept; the later file's
# sources, devices and tags (stack ids) are added, so the timeline shows it once (a pair whose timeline event is
# missing leaves the later event as it is).
SAME_EVENTS_FILE = Path(__file__).with_name("same_events.json")  # pairs are data: titles, not interface text


def same_events() -> dict[tuple[str, str], tuple[str, str]]:
    doc = json.loads(SAME_EVENTS_FILE.read_text(encoding="utf-8"))
    return {(p["later"]["date"], p["later"]["title_starts"]): (p["timeline"]["date"], p["timeline"]["title_starts"])
            for p in doc}


def _same_as(e: dict[str, Any], kept: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The timeline's event a later file's event repeats under another title (same_events.json), None if it is new."""
    pairs = same_events()
    key = next((k for k in pairs if k[0] == e["date"] and e["title"].startswith(k[1])), None)
    if key is None:
        return None
    day, start = pairs[key]
    return next((k for k in kept if k["date"] == day and k["title"].startswith(start)), None)


def merge_events(files: list[tuple[str, list[dict[str, Any]]]]) -> list[dict[str, Any]]:
    """The events of every file, in file order. An event that a later file gives again (same date and title, so the
    same uid, or a pair of same_events.json) is merged into the first: its sources, devices and tags are added; if it says anything else
    differently the conversion stops, naming both files and the fields."""
    first: dict[str, tuple[str, dict[str, Any]]] = {}
    for name, events in files:
        seen: set[str] = set()
        for e in events:
            if e["uid"] in seen:
                raise SystemExit(f"{name}: two events share a date and title ({e['date']} {e['title']!r})")
            seen.add(e["uid"])
            later = name != EVENT_FILES[0] and e["uid"] not in first
            same = _same_as(e, [k for _n, k in first.values()]) if later else None
            if same is not None:
                for key in MERGED_FIELDS:
                    same[key] = same[key] + [x for x in e[key] if x not in same[key]]
                urls = [s.get("url") for s in same["sources"]]  # one page cited by both under two publisher names
                same["sources"] = [s for i, s in enumerate(same["sources"]) if not s.get("url") or s["url"] not in urls[:i]]
                continue
            if e["uid"] not in first:
                first[e["uid"]] = (name, e)
                continue
            other, kept = first[e["uid"]]
            differ = [k for k in kept if k not in MERGED_FIELDS and kept[k] != e[k]]
            if differ:
                raise SystemExit(f"{name}: the event {e['date']} {e['title']!r} is also in {other}, with another "
                                 f"{', '.join(differ)}: make them agree or give them different titles")
            for key in MERGED_FIELDS:
                kept[key] = kept[key] + [x for x in e[key] if x not in kept[key]]
    return [e for _name, e in first.values()]


def convert_events(reference: Path, seed: Path) -> dict[str, int]:
    devices = json.loads((seed / "devices.json").read_text(encoding="utf-8"))
    names = device_names(devices)
    files = []
    for name in EVENT_FILES:
        path = reference / name
        if name != EVENT_FILES[0] and not path.is_file():
            continue
        records = json.loads(path.read_text(encoding="utf-8"))
        files.append((name, [convert_event(rec, names, f"{name} event") for rec in records]))
    events = merge_events(files)
    (seed / "events.json").write_text(json.dumps({"events": events}, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
    return {"events": len(events), "event_device_links": sum(len(e["devices"]) for e in events),
            "event_tags": sum(len(e["tags"]) for e in events)}


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--skip-unknown-devices"]
    if len(args) != 2:
        raise SystemExit("usage: python -m db.importers.reference REFERENCE_DIR SEED_DIR [--skip-unknown-devices]\n"
                         "  --skip-unknown-devices: convert only the figures of the devices in devices.json (and the\n"
                         "  sources they cite), leave events.json as it is")
    print(convert(Path(args[0]), Path(args[1]), skip_unknown_devices="--skip-unknown-devices" in sys.argv))

"""ChipLens JSON data packs: the file `chiplens export data -o FILE.json` writes.

`{"about": …, "devices": [...], "metrics": [...], "sources": [...], "values": [...]}` with the
fields of DeviceDTO, MetricDTO and SourceDTO and the value rows of `db.api.export_rows`. Devices,
metrics and sources the store lacks are created from the pack; those it has are kept as they
are. Values are matched on every exported field (see `db.importers.plan`), so importing a newer
pack shows which values it adds, changes and removes.
"""
from __future__ import annotations

import json

from db.importers.base import (
    DataImportError,
    DeviceIn,
    MetricIn,
    Parsed,
    Problem,
    Progress,
    SourceIn,
    ValueIn,
    finite,
    first_date,
)
from db.importers.chiplens_csv import CONFIDENCES
from db.importers.text import decode
from db.units import UnitError, to_canonical

_DEVICE_KINDS = ("chip", "system")
_METRIC_KINDS = ("number", "text", "date")


def _text(d: dict, key: str, default: str = "") -> str:
    v = d.get(key, default)
    return v if isinstance(v, str) else default


def parse(data: bytes, name: str, devices: set[str], metrics: dict[str, tuple[str, str]], sources: set[str],
          progress: Progress | None = None) -> Parsed:
    """Read a pack. `devices`: slugs in the store; `metrics`: key -> (kind, canonical unit) in the store;
    `sources`: source keys in the store."""
    text = decode(data, name)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataImportError(f"{name}, line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise DataImportError(f"{name}: nested too deeply to be a ChipLens data pack") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("values"), list):
        raise DataImportError(f"{name}: not a ChipLens data pack (no \"values\" list; `chiplens export data -o "
                              "FILE.json` writes one)")
    out = Parsed(name, "json", match="exact", removes="imported")
    for part in ("devices", "metrics", "sources"):
        if not isinstance(doc.get(part, []), list):
            raise DataImportError(f"{name}: \"{part}\" is not a list")
    for i, m in enumerate(doc.get("metrics", [])):
        try:
            metric = MetricIn(m["key"], m["label"], m["group"], m.get("unit") or "", m["kind"],
                              m.get("higher_is_better"), m.get("aggregate"), m.get("default_qualifier"),
                              bool(m.get("directional")), bool(m.get("derived")), m.get("formula") or "",
                              tuple(m.get("inputs") or ()), bool(m.get("key_metric")), m.get("description") or "",
                              int(m.get("position", i)))
            if not all(isinstance(x, str) and x for x in (metric.key, metric.label, metric.group)) \
                    or metric.kind not in _METRIC_KINDS or not all(isinstance(x, str) for x in metric.inputs):
                raise ValueError
        except (KeyError, TypeError, ValueError):
            out.problems.append(Problem(name, "is not a valid metric definition", i + 1, "metrics", None, "metric"))
            continue
        out.metrics.append(metric)
        metrics.setdefault(metric.key, (metric.kind, metric.unit))
    pack_devices = set()
    for i, d in enumerate(doc.get("devices", [])):
        if not isinstance(d, dict) or not _text(d, "slug") or not _text(d, "name") \
                or d.get("kind") not in _DEVICE_KINDS or not isinstance(d.get("aliases", []), list):
            out.problems.append(Problem(name, "is not a valid device definition", i + 1, "devices", None, "device"))
            continue
        racks = d.get("racks")
        out.devices.append(DeviceIn(d["slug"], d["name"], d["kind"], _text(d, "family"), _text(d, "status"),
                                    _text(d, "vendor"), _text(d, "country"),
                                    tuple(a for a in d.get("aliases", []) if isinstance(a, str)),
                                    racks if isinstance(racks, int) else None, _text(d, "racks_note"),
                                    _text(d, "origin", "import") or "import"))
        pack_devices.add(d["slug"])
    pack_sources = set()
    for i, s in enumerate(doc.get("sources", [])):
        if not isinstance(s, dict) or not _text(s, "key") or not isinstance(s.get("publisher", ""), str):
            out.problems.append(Problem(name, "is not a valid source", i + 1, "sources", None, "source"))
            continue
        url = s.get("url")
        out.sources.append(SourceIn(s["key"], _text(s, "publisher"), _text(s, "title"),
                                    url if isinstance(url, str) else None, _text(s, "date_text"),
                                    s.get("date_sort") if isinstance(s.get("date_sort"), str) else None,
                                    _text(s, "kind")))
        pack_sources.add(s["key"])
    rows = doc["values"]
    total = len(rows)
    for i, r in enumerate(rows):
        n = i + 1
        if progress is not None and i % 500 == 0:
            progress(i, total)
        out.rows += 1

        problems: list[Problem] = []

        def bad(field: str, reason: str, r=r, problems: list[Problem] = problems, n: int = n) -> None:
            value = r.get(field) if isinstance(r, dict) else None
            problems.append(Problem(name, reason, n, field, None if value is None else str(value), "value"))
        if not isinstance(r, dict):
            out.problems.append(Problem(name, "is not an object with device, metric and value", n, None, None,
                                        "value"))
            continue
        device, metric = r.get("device"), r.get("metric")
        if not isinstance(device, str) or not (device in devices or device in pack_devices):
            bad("device", "is not a device in this store or in the pack")
        if not isinstance(metric, str) or metric not in metrics:
            bad("metric", "is not a metric in this store or in the pack")
        value = r.get("value")
        value_num, value_text = None, None
        if isinstance(value, bool) or not (value is None or isinstance(value, (int, float, str))):
            bad("value", "is not a number or text")
        elif isinstance(value, (int, float)):
            if not finite(float(value)):
                bad("value", "is not a finite number")
            elif isinstance(metric, str) and metric in metrics:
                _kind, unit = metrics[metric]
                given = r.get("unit") or unit
                try:
                    value_num = to_canonical(float(value), given, unit) if isinstance(given, str) else None
                except UnitError:
                    bad("unit", f"cannot be converted to {unit or 'a plain number'}")
                if not isinstance(given, str):
                    bad("unit", "is not text")
        elif isinstance(value, str):
            value_text = value
        approximate = r.get("approximate", False)
        if not isinstance(approximate, bool):
            bad("approximate", "is not true or false")
        confidence = r.get("confidence") or None
        if confidence is not None and confidence not in CONFIDENCES:
            bad("confidence", f"is not one of {', '.join(CONFIDENCES)}")
        origin = r.get("origin") or "import"
        if origin not in ("seed", "user", "import"):
            bad("origin", "is not seed, user or import")
        source = r.get("source") or None
        if source is not None and not isinstance(source, str):
            bad("source", "is not a source key")
        elif source is not None and source not in sources and source not in pack_sources:
            if not _text(r, "publisher"):
                bad("source", "is not a source in this store or in the pack")
            else:
                out.sources.append(SourceIn(source, _text(r, "publisher"), _text(r, "title"), _text(r, "url") or None,
                                            _text(r, "source_date"), first_date(_text(r, "source_date"))))
                pack_sources.add(source)
        for field in ("qualifier", "as_of", "note"):
            if r.get(field) is not None and not isinstance(r.get(field), str):
                bad(field, "is not text")
        if problems:
            out.problems.extend(problems)
            continue
        out.values.append(ValueIn(device, metric, value_num, value_text, r.get("qualifier") or None, approximate,
                                  confidence, source, r.get("as_of") or None, r.get("note") or "", "", origin, n))
    if progress is not None:
        progress(total, total)
    return out

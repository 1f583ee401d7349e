"""ChipLens JSON data packs: the file `chiplens export data -o FILE.json` writes (`db.pack`).

```
{"about": …, "format": "chiplens-data-pack", "version": 5,
 "devices": [...], "metrics": [...], "sources": [...], "values": [...], "pairings": [...], "choices": [...],
 "analyst_facts": [...]}
```
- devices: the fields of DeviceDTO (slug, name, kind, family, status, vendor, country, aliases, racks,
  racks_note, origin, granularity, packages); a system also has "composition_source" (a source key) and "components" (name,
  role, count, device slug or null, source key or null, confidence).
- metrics: the fields of MetricDTO (with "rule", the basis rule of the row). sources: those of SourceDTO plus other_urls (a list), repo_ref, origin.
- values: the rows of `db.api.export_rows` (the CSV's columns), with the figure's basis as one object
  "basis": {"format", "sparsity", "granularity", "direction", "scope", "condition"} (null: not stated;
  db.basis has the words of each field). "qualifier" is only what a power figure counts (TDP, all-in).
  "producer": who produced the figure ('vendor', 'analyst firm (SemiAnalysis)', ...) and "carrier_quality": how
  good the page it was read on is (primary, reputable-relay, weak-relay, derived); '' or null: not stated
  (db.provenance). "origin" is where the row came from (seed, user, import), not who produced the figure.
- pairings: saved pairings and groups: slug, name, devices (2-4 slugs), baseline (index into devices),
  position, origin.
- choices: the user's pick of the figure a cell shows: device, metric, value (the Nth value of "values",
  from 1), and prefix when the pick is a figure ChipLens computes from that value ("bidir:",
  "derived:SYSTEM:"); a pick that names no value has value null and its uid as written.

Version 1 packs (no "format"/"version": devices without composition, sources without other_urls,
repo_ref and origin, no pairings, no choices) still import: what they do not carry is left as it is.
Versions 1 and 2 carry no basis: each value's old "qualifier" (dense, sparse, unidirectional, bidirectional,
Cube units only) is read as schema 0005 reads it (db.importers.basis_in), and a v3 figure whose basis its
metric's row cannot hold is a problem naming the value and the field (basis.sparsity), not imported.
Versions 1 to 3 carry no producer or carrier quality: a figure is imported with none stated, except the carrier
its source's kind implies (db.provenance.default_carrier: a vendor page is primary, a press article a reputable
relay, a compilation a weak relay), as schema 0006 set it for the analyst's own figures. A v4 carrier quality
outside the vocabulary is a problem naming the value and the field (carrier_quality), not imported.
- analyst_facts: the analyst's stack facts and supply estimates (db.importers.pack_facts); packs before version 5
  have none, and importing one leaves the store's as they are.
Every number is checked as the value dialog checks it (db.units.check_figure: finite, not negative, 0 or within a
million times the bundled figures of its unit, after conversion; text that reads as a number, "NaN" or "-5", too);
counts and positions are whole numbers SQLite holds (db.units.whole_number). A problem names the value and field.
How a pack is compared with the store and written: `db.importers.plan`.
"""
from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from db.basis import DIMENSIONS, GRANULARITIES, Basis, BasisRule
from db.importers.base import (ORIGINS, ChoiceIn, ComponentIn, DataImportError, DeviceIn, MetricIn, PairingIn, Parsed,
                               Problem, Progress, SourceIn, ValueIn, file_origin, first_date)
from db.importers import pack_facts
from db.importers.chiplens_csv import CONFIDENCES
from db.importers.text import decode
from db.provenance import CARRIERS
from db.units import (INTEGER_RANGE, FigureError, UnitError, check_figure, check_figure_text, finite_number, to_canonical,
                      whole_number)

FORMAT = "chiplens-data-pack"
VERSION = 5  # 1: devices, metrics, sources, values; 2: + compositions, every source field, pairings, choices;
# 3: + every value's basis (format, sparsity, granularity, direction, scope, condition), device granularity;
# 4: + every value's producer and carrier quality; 5: + the analyst's stack facts and supply estimates

PICKS_WITH_ERRORS = "picks value {}, which has errors"
NOT_WHOLE = "is not a whole number"  # racks and packages from 1, positions of any sign (db.units.whole_number)
_DEVICE_KINDS = ("chip", "system")
_METRIC_KINDS = ("number", "text", "date")
_ROLES = ("accelerator", "cpu")


def _text(d: dict[str, Any], key: str, default: str = "") -> str:
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
    except ValueError:  # an integer of more digits than Python reads (sys.get_int_max_str_digits)
        raise DataImportError(f"{name}: a number has too many digits to be a figure") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("values"), list):
        raise DataImportError(f"{name}: not a ChipLens data pack (no \"values\" list; `chiplens export data -o "
                              "FILE.json` writes one)")
    version = doc.get("version", 1)
    if doc.get("format", FORMAT) != FORMAT or isinstance(version, bool) or not isinstance(version, int) \
            or version < 1:
        raise DataImportError(f"{name}: not a ChipLens data pack (format {doc.get('format')!r}, version {version!r})")
    out = Parsed(name, "json", match="exact", removes="imported")
    if version > VERSION:
        out.warnings.append(f"{name}: written by a newer ChipLens (pack version {version}; this one reads up to "
                            f"{VERSION}): what this version does not know is left out")
    for part in ("devices", "metrics", "sources", "pairings", "choices", pack_facts.SECTION):
        if not isinstance(doc.get(part, []), list):
            raise DataImportError(f"{name}: \"{part}\" is not a list")
    for i, m in enumerate(doc.get("metrics", [])):
        try:
            metric = MetricIn(m["key"], m["label"], m["group"], m.get("unit") or "", m["kind"],
                              m.get("higher_is_better"), m.get("aggregate"), m.get("default_qualifier"),
                              bool(m.get("directional")), bool(m.get("derived")), m.get("formula") or "",
                              tuple(m.get("inputs") or ()), bool(m.get("key_metric")), m.get("description") or "",
                              int(m.get("position", i)), _rule(m.get("rule")))
            if not all(isinstance(x, str) and x for x in (metric.key, metric.label, metric.group)) \
                    or metric.kind not in _METRIC_KINDS or not all(isinstance(x, str) for x in metric.inputs) \
                    or not whole_number(metric.position, INTEGER_RANGE[0]):
                raise ValueError
        except (KeyError, TypeError, ValueError, OverflowError):
            out.problems.append(Problem(name, "is not a valid metric definition", i + 1, "metrics", None, "metric"))
            continue
        out.metrics.append(metric)
        metrics.setdefault(metric.key, (metric.kind, metric.unit))
    pack_devices, device_rows = set(), []
    for i, d in enumerate(doc.get("devices", [])):
        if not isinstance(d, dict) or not _text(d, "slug") or not _text(d, "name") \
                or d.get("kind") not in _DEVICE_KINDS or not isinstance(d.get("aliases", []), list):
            out.problems.append(Problem(name, "is not a valid device definition", i + 1, "devices", None, "device"))
            continue
        racks, packages = d.get("racks"), d.get("packages")
        for field, count in (("racks", racks), ("packages", packages)):
            if isinstance(count, int) and not isinstance(count, bool) and not whole_number(count):
                out.problems.append(Problem(name, NOT_WHOLE, i + 1, field, str(count), "device"))
        comps = _components(d.get("components", [])) if version >= 2 else None
        comp_src = d.get("composition_source") if version >= 2 else None
        if version >= 2 and (comps is None or not (comp_src is None or isinstance(comp_src, str))):
            out.problems.append(Problem(name, "is not a valid composition (components: name, role accelerator or "
                                        "cpu, count, device, source, confidence)", i + 1, "components", None, "device"))
            comps, comp_src = None, None
        origin = file_origin(_text(d, "origin", "import") or "import")
        if origin not in ORIGINS:
            out.problems.append(Problem(name, "is not seed, user or import", i + 1, "origin", origin, "device"))
            continue
        out.devices.append(DeviceIn(d["slug"], d["name"], d["kind"], _text(d, "family"), _text(d, "status"),
                                    _text(d, "vendor"), _text(d, "country"),
                                    tuple(a for a in d.get("aliases", []) if isinstance(a, str)),
                                    racks if whole_number(racks) else None,
                                    _text(d, "racks_note"), origin, comps, comp_src or None,
                                    d.get("granularity") if d.get("granularity") in GRANULARITIES else None,
                                    packages if whole_number(packages) else None))
        pack_devices.add(d["slug"])
        device_rows.append(i + 1)
    pack_sources = set()
    for i, s in enumerate(doc.get("sources", [])):
        if not isinstance(s, dict) or not _text(s, "key") or not isinstance(s.get("publisher", ""), str):
            out.problems.append(Problem(name, "is not a valid source", i + 1, "sources", None, "source"))
            continue
        url, urls, ref = s.get("url"), s.get("other_urls", []), s.get("repo_ref")
        origin = file_origin(_text(s, "origin", "import") or "import") if version >= 2 else "import"
        if version >= 2 and (not isinstance(urls, list) or not all(isinstance(u, str) for u in urls)
                             or not (ref is None or isinstance(ref, str)) or origin not in ORIGINS):
            out.problems.append(Problem(name, "is not a valid source (other_urls: a list of addresses; repo_ref: text; "
                                        "origin: seed, user or import)", i + 1, None, None, "source"))
            continue
        out.sources.append(SourceIn(s["key"], _text(s, "publisher"), _text(s, "title"),
                                    url if isinstance(url, str) else None, _text(s, "date_text"),
                                    s.get("date_sort") if isinstance(s.get("date_sort"), str) else None,
                                    _text(s, "kind"), tuple(urls) if version >= 2 else None,
                                    ref if version >= 2 else None, origin))
        pack_sources.add(s["key"])
    rows = doc["values"]
    total = len(rows)
    for i, r in enumerate(rows):
        n = i + 1
        if progress is not None and i % 500 == 0:
            progress(i, total)
        out.rows += 1

        problems: list[Problem] = []

        def bad(field: str, reason: str, r: object = r, problems: list[Problem] = problems, n: int = n) -> None:
            value = r.get(field) if isinstance(r, dict) else None
            problems.append(Problem(name, reason, n, field, None if value is None else str(value), "value"))
        if not isinstance(r, dict):
            out.problems.append(Problem(name, "is not an object with device, metric and value", n, None, None,
                                        "value"))
            continue
        device, metric_key = r.get("device"), r.get("metric")
        if not isinstance(device, str) or not (device in devices or device in pack_devices):
            bad("device", "is not a device in this store or in the pack")
        if not isinstance(metric_key, str) or metric_key not in metrics:
            bad("metric", "is not a metric in this store or in the pack")
        value = r.get("value")
        value_num, value_text = None, None
        if isinstance(value, bool) or not (value is None or isinstance(value, (int, float, str))):
            bad("value", "is not a number or text")
        elif isinstance(value, (int, float)) and isinstance(metric_key, str) and metric_key in metrics:
            _kind, unit = metrics[metric_key]
            given = r.get("unit") or unit
            try:  # finite as written (an integer may be beyond the float range), then a figure of its row
                value_num = check_figure(to_canonical(finite_number(value), given, unit), unit) \
                    if isinstance(given, str) else None
            except UnitError:
                bad("unit", f"cannot be converted to {unit or 'a plain number'}")
            except FigureError as exc:
                bad("value", str(exc))
            if not isinstance(given, str):
                bad("unit", "is not text")
        elif isinstance(value, (int, float)):
            try:
                finite_number(value)
            except FigureError as exc:
                bad("value", str(exc))
        elif isinstance(value, str):
            value_text = value
            if isinstance(metric_key, str) and metrics.get(metric_key, ("", ""))[0] == "number":
                try:
                    check_figure_text(value, metrics[metric_key][1])
                except FigureError as exc:
                    bad("value", str(exc))
        approximate = r.get("approximate", False)
        if not isinstance(approximate, bool):
            bad("approximate", "is not true or false")
        confidence = r.get("confidence") or None
        if confidence is not None and confidence not in CONFIDENCES:
            bad("confidence", f"is not one of {', '.join(CONFIDENCES)}")
        origin = file_origin(r.get("origin") or "import")
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
        basis = None
        if version >= 3:
            raw_basis = r.get("basis", {})
            if not isinstance(raw_basis, dict):
                bad("basis", "(object expected)")
            elif any(raw_basis.get(k) is not None and not isinstance(raw_basis.get(k), str) for k in DIMENSIONS):
                bad("basis", "is not text")
            else:
                basis = Basis.from_mapping(raw_basis)
        producer, carrier = r.get("producer") or None, r.get("carrier_quality") or None
        if version >= 4:
            if producer is not None and not isinstance(producer, str):
                bad("producer", "is not text")
            if carrier is not None and carrier not in CARRIERS:
                bad("carrier_quality", f"is not one of {', '.join(CARRIERS)}")
        if problems:
            out.problems.extend(problems)
            continue
        assert isinstance(device, str) and isinstance(metric_key, str)  # otherwise a problem was found above
        out.values.append(ValueIn(device, metric_key, value_num, value_text, r.get("qualifier") or None, approximate,
                                  confidence, source, r.get("as_of") or None, r.get("note") or "", "", origin, n,
                                  basis, producer=(producer or "").strip() or None if version >= 4 else None,
                                  carrier_quality=carrier if version >= 4 else None, provenance_stated=version >= 4))
    known_devices = devices | pack_devices
    known_sources = sources | pack_sources
    _check_compositions(out, name, known_devices, known_sources, device_rows)
    _pairings(out, doc.get("pairings", []), name, known_devices)
    _choices(out, doc.get("choices", []), name, known_devices, metrics, total)
    out.facts = pack_facts.parse(doc.get(pack_facts.SECTION, []), name, out.problems)
    if progress is not None:
        progress(total, total)
    return out


def _rule(raw: object) -> BasisRule:
    """A metric's basis rule as a pack writes it (the fields of BasisRule); none: the row declares none."""
    if not isinstance(raw, dict):
        return BasisRule()
    try:
        return BasisRule.from_json(json.dumps(raw))
    except (TypeError, ValueError):
        return BasisRule()


def _components(raw: object) -> tuple[ComponentIn, ...] | None:
    """A device's "components", or None if they are not a list of valid components."""
    if not isinstance(raw, list):
        return None
    out = []
    for c in raw:
        if not isinstance(c, dict):
            return None
        count, device, source, confidence = c.get("count"), c.get("device"), c.get("source"), c.get("confidence")
        if not isinstance(c.get("name", ""), str) or c.get("role", "accelerator") not in _ROLES \
                or not (count is None or whole_number(count)) \
                or not all(x is None or isinstance(x, str) for x in (device, source)) \
                or confidence not in (None, "", *CONFIDENCES) or not (c.get("name") or device):
            return None
        out.append(ComponentIn(str(c.get("name") or device), c.get("role", "accelerator"), count, device or None,
                               source or None, confidence or None))
    return tuple(out)


def _check_compositions(out: Parsed, name: str, devices: set[str], sources: set[str], rows: list[int]) -> None:
    """A composition naming a device or source neither the store nor the pack has is an error (and left out).
    `rows`: where each of out.devices is in the pack (from 1)."""
    for i, d in enumerate(out.devices):
        if d.components is None:
            continue
        wrong = [f"device '{c.device}'" for c in d.components if c.device and c.device not in devices]
        wrong += [f"source '{k}'" for k in {d.composition_source, *(c.source for c in d.components)} - {None}
                  if k not in sources]
        if wrong:
            out.problems.append(Problem(name, f"names {', '.join(sorted(wrong))}, not in this store or in the pack",
                                        rows[i], "components", d.slug, "device"))
            out.devices[i] = replace(d, components=None, composition_source=None)


def _pairings(out: Parsed, rows: list[Any], name: str, devices: set[str]) -> None:
    for n, p in enumerate(rows, start=1):
        def bad(field: str | None, reason: str, value: object = None, n: int = n) -> None:
            out.problems.append(Problem(name, reason, n, field, None if value is None else str(value), "pairing"))
        if not isinstance(p, dict) or not _text(p, "slug") or not _text(p, "name"):
            bad(None, "is not a pairing (slug, name, devices, baseline)")
            continue
        slugs, baseline, position = p.get("devices"), p.get("baseline", 1), p.get("position", 0)
        origin = {"import": "user", "team": "user"}.get(p.get("origin") or "user", p.get("origin") or "user")
        if not isinstance(slugs, list) or not 2 <= len(slugs) <= 4 or not all(isinstance(x, str) for x in slugs) \
                or len(set(slugs)) != len(slugs):
            bad("devices", "must list 2 to 4 different device slugs")
        elif any(x not in devices for x in slugs):
            bad("devices", "is not a device in this store or in the pack", next(x for x in slugs if x not in devices))
        elif isinstance(baseline, bool) or not isinstance(baseline, int) or not 0 <= baseline < len(slugs):
            bad("baseline", "is not the index of one of the devices (from 0)", baseline)
        elif not whole_number(position, INTEGER_RANGE[0]):
            bad("position", NOT_WHOLE, position)
        elif origin not in ("seed", "user"):
            bad("origin", "is not seed or user", origin)
        else:
            out.pairings.append(PairingIn(p["slug"], p["name"], tuple(slugs), baseline, position, origin))


def _choices(out: Parsed, rows: list[Any], name: str, devices: set[str], metrics: dict[str, Any], total: int) -> None:
    good = {v.row for v in out.values}
    for n, c in enumerate(rows, start=1):
        def bad(field: str | None, reason: str, value: object = None, n: int = n) -> None:
            out.problems.append(Problem(name, reason, n, field, None if value is None else str(value), "choice"))
        if not isinstance(c, dict):
            bad(None, "is not a choice (device, metric, value)")
            continue
        device, metric, value = c.get("device"), c.get("metric"), c.get("value")
        prefix, uid = c.get("prefix") or "", c.get("uid")
        if not isinstance(device, str) or device not in devices:
            bad("device", "is not a device in this store or in the pack", device)
        elif not isinstance(metric, str) or metric not in metrics:
            bad("metric", "is not a metric in this store or in the pack", metric)
        elif not isinstance(prefix, str) or not (uid is None or isinstance(uid, str)):
            bad("prefix", "is not text", prefix)
        elif value is None and not uid:
            bad("value", "names no value: give the number of a value in the pack (from 1)")
        elif value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= total):
            bad("value", f"is not the number of a value in the pack (1 to {total})", value)
        elif value is not None and value not in good:
            bad("value", PICKS_WITH_ERRORS.format(value), value)
        else:
            out.choices.append(ChoiceIn(device, metric, value, prefix if value is not None else "",
                                        uid if value is None else None, n))

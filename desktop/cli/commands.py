"""The command line: `chiplens list|compare|export|events`. No Qt is imported on these paths.

Output goes to stdout; messages the user must read go to stderr. Exit codes: 0 done,
1 a store problem (message says what to do), 2 a usage error (bad arguments, unknown device).
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import TextIO

from db.api import Library
from db.api.imports import escape_cell  # a cell starting with = + - @ cannot run as a formula
from db.dto import CellDTO, ComparisonDTO, DeviceDTO, EventDTO, EventSourceDTO, ValueDTO
from db.errors import UnknownDeviceError
from desktop.present import comparison as pc
from desktop.present.reasons import phrase

CONFIDENCE_MARK = {"official": "O", "third-party": "T", "reported": "R"}


def value_json(cell: CellDTO) -> dict | None:
    v = cell.value
    if v is None:
        return None
    src = v.source
    return {
        "value": v.value_num if v.value_num is not None else v.value_text,
        "display": cell.display,
        "qualifier": v.qualifier,
        "approximate": v.approximate,
        "source": None if src is None else {"key": src.key, "publisher": src.publisher, "title": src.title,
                                             "url": src.url, "date": src.date_text},
        "confidence": v.confidence,
        "as_of": v.as_of,
        "derived": v.is_derived,
        "formula": v.formula or None,
        "note": v.note or None,
        "alternatives": len(cell.candidates) - 1 if cell.candidates else 0,
        "sources_disagree": cell.disagreement or None,
    }


def comparison_json(c: ComparisonDTO) -> dict:
    """The JSON contract of `compare`: per metric, one value per device; `ratio`, `ratio_display`,
    `better` compare the first device that is not the baseline with the baseline (A ÷ B for a pair);
    `ratios` holds every device's ratio against the baseline (null for the baseline itself)."""
    return {
        "devices": [{"slug": d.slug, "name": d.name, "kind": d.kind, "vendor": d.vendor, "country": d.country}
                    for d in c.devices],
        "baseline": c.devices[c.baseline].slug,
        "metrics": [{
            "key": r.metric.key, "label": r.metric.label, "group": r.metric.group, "unit": r.metric.unit,
            "kind": r.metric.kind, "higher_is_better": r.metric.higher_is_better, "derived": r.metric.derived,
            "formula": r.metric.formula or None,
            "values": [value_json(cell) for cell in r.cells],
            "ratio": r.ratio, "ratio_display": r.ratio_display or None,
            "better": None if r.better is None else c.devices[r.better].slug,
            "ratio_note": phrase(r.ratio_note) or None,
            "ratios": [None if i == c.baseline else {"ratio": cell.ratio, "display": cell.ratio_display or None,
                                                     "note": phrase(cell.ratio_note) or None}
                       for i, cell in enumerate(r.cells)],
            "best": [c.devices[i].slug for i in r.best],
        } for r in c.rows],
        "attribution": "Includes data from Epoch AI, 'Data on Machine Learning Hardware', epoch.ai (CC-BY 4.0).",
    }


def _mark(v: ValueDTO | None) -> str:
    if v is None:
        return ""
    return ("ƒ" if v.is_derived else "") + CONFIDENCE_MARK.get(v.confidence or "", "?")


def _table(rows: list[list[str]], out: TextIO) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for n, r in enumerate(rows):
        out.write("  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip() + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def _clip(text: str, width: int = 48) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _short(name: str) -> str:
    return name.split()[-1]


def _source_of(cell: CellDTO) -> str:
    v = cell.value
    return (v.source.publisher if v.source else v.formula) if v else ""


def print_comparison(c: ComparisonDTO, fmt: str, out: TextIO) -> None:
    """Two to four devices; a pair keeps its columns (A, B, ratio A/B, better)."""
    if fmt == "json":
        json.dump(comparison_json(c), out, ensure_ascii=False, indent=1)
        out.write("\n")
        return
    pair = len(c.devices) == 2
    base = c.devices[c.baseline]
    others = [i for i in range(len(c.devices)) if i != c.baseline]
    if fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        head = ["group", "metric", "unit"]
        for d in c.devices:
            head += [d.name, f"{d.name} source", f"{d.name} confidence"]
        head += ["ratio", "better"] if pair else [f"{c.devices[i].name} ÷ {base.name}" for i in others] + ["best"]
        w.writerow([escape_cell(x) for x in head + ["note"]])
        for r in c.rows:
            line = [r.metric.group, r.metric.label, r.metric.unit]
            for cell in r.cells:
                line += [cell.display, _source_of(cell), cell.value.confidence if cell.value else ""]
            if pair:
                line += [r.ratio_display, c.devices[r.better].name if r.better is not None else "", phrase(r.ratio_note)]
            else:
                notes = "; ".join(dict.fromkeys(phrase(r.cells[i].ratio_note) for i in others if r.cells[i].ratio_note))
                line += [r.cells[i].ratio_display for i in others] + [
                    "; ".join(c.devices[i].name for i in r.best), notes]
            w.writerow([escape_cell(x) for x in line])
        return
    head = ["Metric"]
    for d in c.devices:
        head += [d.name, ""]
    if pair:
        head.append(f"{_short(c.devices[c.other].name)}/{_short(base.name)}")
    else:
        label = {i: (d.aliases[0] if d.aliases else _short(d.name)) for i, d in enumerate(c.devices)}
        head += [f"{label[i]}/{label[c.baseline]}" for i in others]
    rows = [head]
    for r in c.rows:
        line = [_clip(r.metric.label, 40)]
        for cell in r.cells:
            line += [pc.cell_text(cell, _clip(cell.display, 48 if pair else 30)), _mark(cell.value)]
        if pair:
            better = f" ({pc.letter(r.better)} better)" if r.better is not None else ""
            line.append((r.ratio_display + better) if r.ratio_display else phrase(r.ratio_note))
        else:
            for i in others:
                cell = r.cells[i]
                line.append((cell.ratio_display + pc.best_suffix(r, i)) if cell.ratio_display else
                            ("not comparable" if cell.ratio_note else ""))
        rows.append(line)
    _table(rows, out)
    if not pair:
        out.write(f"\nRatios against {base.name}; ▲ the best figure among those comparable.\n")
    out.write("\nO official · T third-party · R reported · ƒ derived (formula in --format json) · "
              "≠ sources disagree by more than 5%\n")


def print_devices(devices: list[DeviceDTO], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        json.dump([{"slug": d.slug, "name": d.name, "kind": d.kind, "vendor": d.vendor, "country": d.country,
                    "family": d.family, "status": d.status, "aliases": list(d.aliases)} for d in devices],
                  out, ensure_ascii=False, indent=1)
        out.write("\n")
        return
    rows = [["Slug", "Name", "Kind", "Vendor", "Country", "Status", "Aliases"]]
    rows += [[d.slug, d.name, d.kind, d.vendor, d.country, d.status, _clip(", ".join(d.aliases), 50)] for d in devices]
    _table(rows, out)


def cmd_list(lib: Library, what: str, fmt: str, out: TextIO) -> int:
    if what == "pairings":
        pairs = lib.catalog.pairings()
        if fmt == "json":
            json.dump([{"slug": p.slug, "name": p.name, "a": p.device_a, "b": p.device_b, "origin": p.origin,
                        **({"more": list(p.more)} if p.more else {}),
                        **({"baseline": p.devices[p.baseline]} if p.baseline != 1 or p.more else {})}
                       for p in pairs], out, ensure_ascii=False, indent=1)
            out.write("\n")
        else:
            _table([["Slug", "Pairing", "A", "B", "More"]]
                   + [[p.slug, p.name, p.device_a, p.device_b, ", ".join(p.more)] for p in pairs], out)
        return 0
    devices = lib.catalog.devices()
    if what in ("chips", "systems"):
        devices = [d for d in devices if d.kind == what[:-1]]
    print_devices(devices, fmt, out)
    return 0


def cmd_compare(lib: Library, devices: list[str], fmt: str, out: TextIO, baseline: str | None = None) -> int:
    """Compare 2 to 4 devices; `baseline` names the column ratios are taken against (default: the second)."""
    if not 2 <= len(devices) <= 4:
        sys.stderr.write(f"chiplens compare: give 2 to 4 devices, not {len(devices)}\n")
        return 2
    try:
        comparison = lib.compare.many(devices, baseline)
    except UnknownDeviceError as exc:
        sys.stderr.write(f"chiplens compare: {exc}\n")
        return 2
    except ValueError as exc:  # the baseline is not one of the devices
        sys.stderr.write(f"chiplens compare: {exc}\n")
        return 2
    print_comparison(comparison, fmt, out)
    return 0


def cmd_export(lib: Library, what: str, target: Path) -> int:
    if target.suffix.lower() not in (".json", ".csv"):
        sys.stderr.write(f"chiplens export: {target.name}: the file name must end in .json or .csv\n")
        return 2
    n = lib.exports.data(target)
    sys.stderr.write(f"exported {n} values to {target}\n")
    return 0


EVENT_COLUMNS = ("date", "precision", "title", "jurisdiction", "category", "confidence", "sources", "devices",
                 "summary", "actor", "tags", "origin", "uid")


def event_json(e: EventDTO, names: dict[str, str]) -> dict:
    row = {name: getattr(e, name) for name in EVENT_COLUMNS}
    row["sources"] = [{"publisher": s.publisher, "title": s.title, "url": s.url, "date": s.date} for s in e.sources]
    row["devices"] = [{"slug": slug, "name": names.get(slug, slug)} for slug in e.devices]
    row["tags"] = list(e.tags)
    return row


def _source_text(s: EventSourceDTO) -> str:
    head = ": ".join(x for x in (s.publisher, s.title) if x)
    return " ".join(x for x in (head, f"({s.date})" if s.date else "", s.url or "") if x)


def event_csv_row(e: EventDTO, names: dict[str, str]) -> list[str]:
    row = {name: getattr(e, name) for name in EVENT_COLUMNS}
    row["sources"] = "; ".join(_source_text(s) for s in e.sources)
    row["devices"] = "; ".join(names.get(slug, slug) for slug in e.devices)
    row["tags"] = "; ".join(e.tags)
    return [row[name] for name in EVENT_COLUMNS]


def print_events(events: list[EventDTO], names: dict[str, str], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        json.dump([event_json(e, names) for e in events], out, ensure_ascii=False, indent=1)
        out.write("\n")
        return
    if fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(EVENT_COLUMNS)
        w.writerows([escape_cell(x) for x in event_csv_row(e, names)] for e in events)
        return
    _table([["Date", "Jur.", "Category", "Title"]] + [[e.label, e.jurisdiction, e.category, e.title] for e in events],
           out)


def cmd_events(lib: Library, fmt: str, out: TextIO, date_from: str | None = None, date_to: str | None = None,
               categories: list[str] | None = None, jurisdictions: list[str] | None = None,
               device: str | None = None) -> int:
    try:
        events = lib.events.list(date_from, date_to, categories, jurisdictions, device=device)
    except UnknownDeviceError as exc:
        sys.stderr.write(f"chiplens events: {exc}\n")
        return 2
    names = {d.slug: d.name for d in lib.catalog.devices()}
    print_events(events, names, fmt, out)
    if not events:
        sys.stderr.write("chiplens events: no event matches these filters\n")
    return 0


# ---------------------------------------------------------------- notes

NOTE_COLUMNS = ("uid", "title", "tags", "links", "created", "updated")


def note_json(n, snippet: str | None = None) -> dict:
    row = {"uid": n.uid, "title": n.title, "tags": list(n.tags),
           "links": [{"kind": k.kind, "target": k.target, "label": k.label, "missing": k.missing} for k in n.links],
           "created": n.created, "updated": n.updated}
    if snippet is not None:
        row["snippet"] = snippet
    return row


def _links_text(n) -> str:
    return ", ".join(f"{k.kind}:{k.target}" + (" (missing)" if k.missing else "") for k in n.links)


def _read_body(spec: str | None) -> str:
    if spec is None:
        return ""
    if spec == "-":
        return sys.stdin.read()
    return Path(spec).read_bytes().decode("utf-8")


def _notes_add(lib: Library, args, out: TextIO) -> int:
    if not args.title.strip():
        sys.stderr.write("chiplens notes add: --title must not be empty\n")
        return 2
    try:
        body = _read_body(args.body_file)
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not UTF-8 text"
        sys.stderr.write(f"chiplens notes add: --body-file {args.body_file}: {reason}\n")
        return 2
    uid, _ = lib.notes.create(args.title, body, tags=args.tag, links=args.link)
    out.write(uid + "\n")
    return 0


def _notes_list(lib: Library, args, out: TextIO) -> int:
    found = lib.notes.list(tag=args.tag, device=args.device, trash=args.trash, sort=args.sort)
    if args.format == "json":
        json.dump([note_json(n) for n in found], out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif found:
        _table([["Updated", "Title", "Tags", "Links", "Uid"]]
               + [[n.updated, _clip(n.title), _clip(", ".join(n.tags), 30), _clip(_links_text(n), 40), n.uid]
                  for n in found], out)
    if not found:
        sys.stderr.write("chiplens notes: no notes\n")
    return 0


def _notes_search(lib: Library, args, out: TextIO) -> int:
    if args.limit < 1:
        sys.stderr.write("chiplens notes search: --limit must be at least 1\n")
        return 2
    hits = lib.notes.search(args.query, tag=args.tag, device=args.device, limit=args.limit)
    if args.format == "json":
        by_uid = {n.uid: n for n in lib.notes.summaries([h.uid for h in hits])}
        json.dump([{**note_json(by_uid[h.uid], h.snippet), "rank": h.rank} for h in hits if h.uid in by_uid],
                  out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif hits:
        _table([["Title", "Snippet", "Uid"]] + [[_clip(h.title, 32), _clip(h.snippet, 72), h.uid] for h in hits], out)
    if not hits:
        sys.stderr.write(f"chiplens notes search: no note matches {args.query!r}\n")
    return 0


def cmd_notes(lib: Library, args, out: TextIO) -> int:
    """`chiplens notes add|list|search|export|import`; usage problems (bad links, unknown devices,
    unreadable or malformed files) exit 2 with a message."""
    name = f"chiplens notes {args.notes_command}"
    try:
        if args.notes_command == "add":
            return _notes_add(lib, args, out)
        if args.notes_command == "list":
            return _notes_list(lib, args, out)
        if args.notes_command == "search":
            return _notes_search(lib, args, out)
        if args.notes_command == "export":
            written = lib.notes.export(Path(args.output))
            sys.stderr.write(f"exported {len(written)} notes to {args.output}\n")
            return 0
        if args.notes_command == "import":
            source = Path(args.source)
            if not source.exists():
                sys.stderr.write(f"{name}: {source}: no such file or folder\n")
                return 2
            counts = lib.notes.import_files(source)
            out.write(f"created {counts['created']}, updated {counts['updated']}, "
                      f"unchanged {counts['unchanged']}\n")
            return 0
    except UnknownDeviceError as exc:
        sys.stderr.write(f"{name}: {exc}\n")
        return 2
    except ValueError as exc:  # UnknownLinkError, malformed links or front matter (file and line named)
        sys.stderr.write(f"{name}: {exc}\n")
        return 2
    return 2

"""`chiplens compare`: 2 to 4 devices side by side, as a table, CSV or JSON (the JSON keys are a contract)."""
from __future__ import annotations

import csv
import json
import sys
import textwrap
from typing import TextIO

from db.api import Library
from db.api.imports import escape_cell  # a cell starting with = + - @ cannot run as a formula
from db.dto import CellDTO, ComparisonDTO
from db.errors import UnknownDeviceError
from desktop.cli.output import clip, table
from desktop.cli.words import current_language, say, translate
from desktop.present import comparison as pc
from desktop.present import status as ps
from desktop.present.basis import per_package_note
from desktop.present.catalog_words import catalog_word
from desktop.present.event_words import confidence_label
from desktop.present.fact_rows import is_fact_row
from desktop.present.provenance import full_mark
from desktop.present.disagreement import threshold
from desktop.present.reasons import _english, phrase, phrase_all
from desktop.present.beyond_rows import add_beyond
from desktop.present.verdict_row import add_verdicts


def value_json(cell: CellDTO) -> dict | None:
    v = cell.value
    if v is None:
        return None
    src = v.source
    return {
        "value": v.value_num if v.value_num is not None else v.value_text,
        "display": pc.shown_display(cell),
        "not_supported": pc.is_not_supported(v),
        "qualifier": v.qualifier,
        "basis": v.basis.as_dict(),
        "approximate": v.approximate,
        "source": None if src is None else {"key": src.key, "publisher": src.publisher, "title": src.title,
                                             "url": src.url, "date": src.date_text},
        "confidence": v.confidence,
        "origin": v.producer,
        "carrier_quality": v.carrier_quality,
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
        "devices": [{"slug": d.slug, "name": d.name, "kind": d.kind, "vendor": d.vendor, "country": d.country,
                     "status": d.status, "status_as_of": d.status_as_of} for d in c.devices],
        "baseline": c.devices[c.baseline].slug,
        "metrics": [{
            "key": r.metric.key, "label": r.metric.label, "group": r.metric.group, "unit": r.metric.unit,
            "kind": r.metric.kind, "higher_is_better": r.metric.higher_is_better, "derived": r.metric.derived,
            "formula": r.metric.formula or None,
            "values": [value_json(cell) for cell in r.cells],
            "ratio": r.ratio, "ratio_display": r.ratio_display or None,
            "better": None if r.better is None else c.devices[r.better].slug,
            "ratio_note": phrase(r.ratio_note) or None,
            "ratio_warnings": phrase_all(r.ratio_warnings),
            "ratios": [None if i == c.baseline else {"ratio": cell.ratio, "display": cell.ratio_display or None,
                                                     "note": phrase(cell.ratio_note) or None,
                                                     "warnings": phrase_all(cell.ratio_warnings)}
                       for i, cell in enumerate(r.cells)],
            "best": [c.devices[i].slug for i in r.best],
            "provenance_note": phrase(r.provenance_note) or None,
            **({"facts": [facts_json(cell) for cell in r.cells]} if is_fact_row(r) else {}),
        } for r in c.rows],
        "per_package": c.per_package,
        "attribution": "Includes data from Epoch AI, 'Data on Machine Learning Hardware', epoch.ai (CC-BY 4.0).",
    }


def facts_json(cell: CellDTO) -> list[dict]:
    """A statement cell's facts (Software, Supply), each with its words, source, grade, date and whose it is."""
    return [{"text": v.value_text, "kind": v.qualifier, "period": v.as_of,
             "source": None if v.source is None else {"publisher": v.source.publisher, "title": v.source.title or None,
                                                      "url": v.source.url, "date": v.source.date_text},
             "confidence": v.confidence, "yours": v.origin == "user", "note": v.note or None}
            for v in (cell.value.inputs if cell.value else ())]


def print_facts(c: ComparisonDTO, out: TextIO, width: int = 110) -> None:
    """The Software and Supply groups, whole (never clipped): per row, each device's words and their sources."""
    group = None
    for r in c.rows:
        if not is_fact_row(r):
            continue
        if r.metric.group != group:
            group = r.metric.group
            heading = pc.group_word(group, translate)
            out.write(f"\n{heading}\n{'=' * len(heading)}\n")
        out.write(f"{catalog_word(r.metric.label, translate)}\n")
        for i, cell in enumerate(r.cells):
            head, indent = f"  {pc.letter(i)}: ", " " * 5
            facts = facts_json(cell)
            cites = [_cite(f) for f in facts]
            inline = {f["text"]: _cite(f, (f["source"] or {}).get("publisher", "") not in f["text"])
                      for f in facts}  # a line of its own (a supply estimate names who made it): cited at its end
            lines = pc.shown_display(cell, translate).split("\n")
            for k, line in enumerate(lines):
                cite = inline.pop(line.removeprefix("• "), "")
                out.write(textwrap.fill(line + (f" {cite}" if cite else ""), width, initial_indent=head if k == 0
                                        else indent, subsequent_indent=indent + "  ") + "\n")
            for f, cite in zip(facts, cites):
                if f["text"] in inline:  # the words above rest on it
                    out.write(textwrap.fill(cite, width, initial_indent=indent + "  ",
                                            subsequent_indent=indent + "    ") + "\n")


def _cite(fact: dict, publisher: bool = True) -> str:
    """'[Huawei Ascend (hiascend.com), undated, read 2026-12-04, official]' (and 'yours')."""
    src = fact["source"] or {}
    parts = [src.get("publisher") if publisher else None, src.get("date"),
             confidence_label(fact["confidence"], translate) if fact["confidence"] else None,
             translate("Cli", "yours") if fact["yours"] else None]
    return "[" + ", ".join(x for x in parts if x) + "]"


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
                line += [pc.shown_display(cell), _source_of(cell), cell.value.confidence if cell.value else ""]
            notes = "; ".join(pc.row_notes(c, r))
            if pair:
                line += [r.ratio_display, c.devices[r.better].name if r.better is not None else "", notes]
            else:
                line += [r.cells[i].ratio_display for i in others] + [
                    "; ".join(c.devices[i].name for i in r.best), notes]
            w.writerow([escape_cell(x) for x in line])
        return
    head = [translate("Cli", "Metric")]
    for d in c.devices:
        head += [d.name, ""]
    if pair:
        head.append(f"{_short(c.devices[c.other].name)}/{_short(base.name)}")
    else:
        label = {i: (d.aliases[0] if d.aliases else _short(d.name)) for i, d in enumerate(c.devices)}
        head += [f"{label[i]}/{label[c.baseline]}" for i in others]
    rows = [head, [translate("Cli", "Status"),
                   *(x for d in c.devices
                     for x in (f"{ps.badge(d.status, translate)}, {ps.as_of(d, translate, current_language())}", "")),
                   *([""] * (len(head) - 1 - 2 * len(c.devices)))]]
    footnotes: list[str] = []
    for r in c.rows:
        if is_fact_row(r):
            continue  # written whole after the table (print_facts)
        label = catalog_word(r.metric.label, translate)
        line = [clip(label, 40)]
        for cell in r.cells:
            line += [pc.cell_text(cell, clip(pc.shown_display(cell, translate), 48 if pair else 30), translate),
                     full_mark(cell.value)]
        notes = pc.row_notes(c, r, translate)
        mark = ""
        if notes:
            footnotes += [f"[{len(footnotes) + k + 1}] {label}: {n}" for k, n in enumerate(notes)]
            mark = f" {pc.WARNING_MARK}" + ",".join(str(len(footnotes) - len(notes) + k + 1) for k in range(len(notes)))
        if pair:
            better = " " + say(translate("Cli", "(%1 better)"), pc.letter(r.better)) if r.better is not None else ""
            line.append(((r.ratio_display + better) if r.ratio_display else
                         (translate("Cli", "not comparable") if r.ratio_note else "")) + mark)
        else:
            for k, i in enumerate(others):
                cell = r.cells[i]
                line.append(((cell.ratio_display + pc.best_suffix(r, i)) if cell.ratio_display else
                             (translate("Cli", "not comparable") if cell.ratio_note else ""))
                            + (mark if k == len(others) - 1 else ""))
        rows.append(line)
    table(rows, out)
    print_facts(c, out)
    split = per_package_note(c, translate)
    if split:
        out.write("\n" + split + "\n")
    if footnotes:
        out.write("\n" + "\n".join(footnotes) + "\n")
    if not pair:
        out.write("\n" + say(translate("Cli", "Ratios against %1; ▲ the best figure among those comparable."),
                             base.name) + "\n")
    out.write("\n" + say(translate("Cli", "O official · T third-party · R reported · ƒ derived (formula in "
                                         "--format json) · ≠ sources disagree by more than %1"), threshold()) + "\n")


def cmd_compare(lib: Library, devices: list[str], fmt: str, out: TextIO, baseline: str | None = None,
                per_package: bool = False) -> int:
    """Compare 2 to 4 devices; `baseline` names the column ratios are taken against (default: the second);
    `per_package` splits boards and superchips per accelerator package."""
    if not 2 <= len(devices) <= 4:
        sys.stderr.write("chiplens compare: " + say(translate("Cli", "give 2 to 4 devices, not %1"), len(devices))
                         + "\n")
        return 2
    try:
        words = translate if fmt == "table" else _english  # JSON and CSV stay English
        comparison = add_beyond(lib, add_verdicts(lib, lib.compare.many(devices, baseline, per_package=per_package),
                                                  translate=words, style=lib.style), words)
    except UnknownDeviceError as exc:
        sys.stderr.write(f"chiplens compare: {exc}\n")
        return 2
    except ValueError as exc:  # the baseline is not one of the devices
        sys.stderr.write(f"chiplens compare: {exc}\n")
        return 2
    print_comparison(comparison, fmt, out)
    return 0

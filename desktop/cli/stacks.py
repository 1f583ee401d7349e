"""`chiplens stacks [--jurisdiction US|CN] [--format table|json|csv]`: the software stacks matrix (issue 25).

The table is one block per stack (its frameworks, engines and facts down, each wrapped to fit 100 columns), in
--lang (its rows, route kinds and dates); the JSON and CSV stay English, their dates ISO.
The JSON keys are a contract: {"rows": [{key, label}], "stacks": [{id, name, short_name, vendor, jurisdiction,
cells: {ROW: {label, text, words, kind, kind_label, facts: [{field, value, confidence, note, origin, citation,
source: {publisher, title, url, date, read_on}}]}}, devices: [{slug, name, kind}], events: [{uid, date, title}],
facts: [...every fact of the stack...]}]}. The CSV has one line per stack and row, with English headers.
"""
from __future__ import annotations

import csv
import json
import textwrap
from typing import TextIO

from desktop.cli.output import pad, width
from desktop.cli.words import QT_TRANSLATE_NOOP, current_language, translate

WIDTH = 100
LABEL = 25
CSV_HEADERS = ("Stack id", "Stack", "Vendor", "Jurisdiction", "Row", "Text", "Kind", "Sources", "Source addresses")


def add_parser(sub) -> None:
    sp = sub.add_parser("stacks", help=QT_TRANSLATE_NOOP("Cli", "the software stacks side by side: how each reaches "
                                                                "PyTorch, JAX, vLLM, SGLang, llama.cpp, Triton…, its "
                                                                "CUDA compatibility and openness, sourced"))
    sp.add_argument("--jurisdiction", choices=["US", "CN"], help=QT_TRANSLATE_NOOP("Cli", "one side's stacks only"))
    sp.add_argument("--format", default="table", choices=["table", "json", "csv"])


def _read(lib, jurisdiction: str | None):
    """The stacks, the catalog devices that run each, and the timeline's events."""
    from desktop.present import stacks_matrix as sm
    stacks = lib.beyond.stacks(jurisdiction)
    devices = lib.catalog.devices()
    runs = lib.beyond.device_stacks([d.slug for d in devices]) if devices else ()
    return stacks, sm.devices_by_stack(runs, devices), lib.events.list()


def matrix_json(lib, jurisdiction: str | None = None) -> dict:
    """The matrix as `chiplens stacks --format json` gives it."""
    from desktop.present import stacks_matrix as sm
    stacks, by_stack, events = _read(lib, jurisdiction)
    return {"rows": [{"key": r, "label": sm.row_label(r)} for r in sm.ROWS],
            "stacks": [sm.stack_json(s, by_stack.get(s.id, ()), sm.stack_events(events, s.id)) for s in stacks]}


def _wrapped(label: str, text: str, out: TextIO, column: int = LABEL) -> None:
    """`label`, then `text` from `column` on, wrapped to fit WIDTH."""
    lines = textwrap.wrap(text, WIDTH - column - 2, break_long_words=True, break_on_hyphens=True) or [""]
    out.write(f"  {pad(label, column - 2)}{lines[0]}".rstrip() + "\n")
    for line in lines[1:]:
        out.write(" " * column + line + "\n")


def cmd_stacks(lib, jurisdiction: str | None, fmt: str, out: TextIO) -> int:
    from desktop.present import stacks_matrix as sm
    if fmt == "json":
        json.dump(matrix_json(lib, jurisdiction), out, ensure_ascii=False, indent=1)
        out.write("\n")
        return 0
    if fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(CSV_HEADERS)
        for s in matrix_json(lib, jurisdiction)["stacks"]:
            for key, c in s["cells"].items():
                w.writerow([s["id"], s["name"], s["vendor"], s["jurisdiction"], c["label"], c["text"], c["kind"] or "",
                            " | ".join(f["citation"] for f in c["facts"]),
                            " | ".join(f["source"]["url"] for f in c["facts"] if f["source"]["url"])])
        return 0
    # the table is for a person: its rows, routes and dates in --lang
    from desktop.present.locale_style import format_period
    lang = current_language()
    stacks, by_stack, events = _read(lib, jurisdiction)
    labels = {row: sm.row_label(row, translate) for row in sm.ROWS}
    devices, timeline = translate("Cli", "Devices"), translate("Cli", "Timeline")
    column = max(LABEL, 3 + max(width(t) for t in (*labels.values(), devices, timeline)))  # a space after the longest
    for n, s in enumerate(stacks):
        if n:
            out.write("\n")
        for line in textwrap.wrap(f"{sm.short_name(s)} · {s.vendor} · {s.jurisdiction} — {s.name}", WIDTH):
            out.write(line + "\n")
        for row in sm.ROWS:
            _wrapped(labels[row], sm.cell(s, row, translate, lang).text(translate), out, column)
        names = ", ".join(d.name for d in by_stack.get(s.id, ())) or translate(sm.CONTEXT, sm.NO_DEVICES)
        _wrapped(devices, names, out, column)
        tagged = sm.stack_events(events, s.id)
        if tagged:
            _wrapped(timeline, "; ".join(
                f"{format_period(e.date, e.precision, lang) if lang != 'en' else e.label} {e.title}" for e in tagged),
                out, column)
    out.write("\n" + textwrap.fill(translate(sm.CONTEXT, sm.SOURCES_NOTE), WIDTH) + "\n")
    return 0


def add_export_parser(views, picture_options) -> None:
    """`chiplens export stacks [--jurisdiction US|CN] -o FILE.png|svg|pdf` (run by desktop.cli.pictures)."""
    ep = views.add_parser("stacks", help=QT_TRANSLATE_NOOP("Cli", "the software stacks matrix, with a legend of route "
                                                                  "kinds and a caption"))
    ep.add_argument("--jurisdiction", choices=["US", "CN"], help=QT_TRANSLATE_NOOP("Cli", "one side's stacks only"))
    picture_options(ep)

"""`chiplens controls DEVICE… [--on DATE]` and `chiplens controls --all [--on DATE]`: which export-control rule
catches which chip on a date, with the arithmetic.

The JSON keys are a contract, one object per device: device, name, kind, date, tpp, tpp_format, tpp_formula,
performance_density (null when unknown), performance_density_note, die_area, io, dram (each value with its
source; inferred ones say so), via (a system's chip) and rules: {id, name, kind, in_force, meets (true / false /
null), status, margin, why, unverified, sources, tests}.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date
from typing import TextIO

from db.api.controls import NOT_ASSESSED, DeviceVerdictDTO, FigureDTO, RuleVerdictDTO
from desktop.cli.words import QT_TRANSLATE_NOOP, current_language, say, translate
from desktop.present.locale_style import format_date, number_style

CSV_COLUMNS = ("device", "date", "tpp", "tpp_format", "performance_density", "rule", "rule_name", "in_force",
               "meets", "status", "margin", "why", "unverified")


def iso_day(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(say(translate("Cli", "%1 is not a date: use YYYY-MM-DD"),
                                             repr(text))) from None


def add_parser(sub) -> None:
    cp = sub.add_parser("controls", help=QT_TRANSLATE_NOOP("Cli", "which export-control rules catch which devices on a "
                                                                  "date: TPP, performance density and each rule's "
                                                                  "verdict with its margin"))
    cp.add_argument("devices", nargs="*", metavar="DEVICE",
                    help=QT_TRANSLATE_NOOP("Cli", "names, slugs or aliases (910C, H20, CM384)"))
    cp.add_argument("--all", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "every device of the catalog"))
    cp.add_argument("--on", type=iso_day, metavar="DATE",
                    help=QT_TRANSLATE_NOOP("Cli", "the date (YYYY-MM-DD; default today)"))
    cp.add_argument("--format", default="table", choices=["table", "json", "csv"])


def _figures(figures: tuple[FigureDTO, ...]) -> list[dict]:
    return [{"value": f.value, "source": f.source or None, "origin": f.origin, "inferred": f.inferred,
             "approximate": f.approximate, "note": f.note or None, "url": f.url} for f in figures]


def rule_json(r: RuleVerdictDTO, on: str) -> dict:
    from desktop.present import controls as pc
    return {"id": r.rule_id, "name": r.name, "kind": r.kind, "jurisdiction": r.jurisdiction, "origin": r.origin,
            "in_force": r.in_force, "meets": r.meets, "status": r.status, "margin": pc.margin(r) or None,
            "why": pc.why(r, on), "unverified": r.unverified,
            "sources": [{"publisher": s.publisher, "title": s.title, "url": s.url, "date": s.date} for s in r.sources],
            "tests": [{"key": t.key, "meets": t.meets, "status": t.status, "unverified": t.unverified}
                      for t in r.tests]}


def verdict_json(v: DeviceVerdictDTO) -> dict:
    from desktop.present import controls as pc
    return {"device": v.device_slug, "name": v.device_name, "kind": v.kind, "date": v.on, "tpp": v.tpp,
            "tpp_format": v.tpp_format, "tpp_formula": v.tpp_formula or None,
            "performance_density": v.performance_density,
            "performance_density_note": None if v.performance_density is not None else pc.pd_text(v),
            "die_area": _figures(v.die_area), "io": _figures(v.io), "dram": _figures(v.dram),
            "via": None if v.via_slug is None else {"device": v.via_slug, "name": v.via_name, "count": v.via_count},
            "rules": [rule_json(r, v.on) for r in v.rules]}


def _json(verdicts: tuple[DeviceVerdictDTO, ...], out: TextIO) -> None:
    """A JSON array: indented for a few devices; one device a line for many (--all over an imported catalog is
    written by the C encoder, not the indenting one, which takes seconds per thousand devices)."""
    if len(verdicts) <= 50:
        json.dump([verdict_json(v) for v in verdicts], out, ensure_ascii=False, indent=1)
        out.write("\n")
        return
    out.write("[")
    for i, v in enumerate(verdicts):
        out.write(("\n" if i == 0 else ",\n") + json.dumps(verdict_json(v), ensure_ascii=False))
    out.write("\n]\n")


def _csv(verdicts: tuple[DeviceVerdictDTO, ...], out: TextIO) -> None:
    from db.api.imports import escape_cell  # a cell starting with = + - @ cannot run as a formula
    from desktop.present import controls as pc
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for v in verdicts:
        for r in v.rules:
            row = [v.device_slug, v.on, v.tpp, v.tpp_format, v.performance_density, r.rule_id, r.name, r.in_force,
                   r.meets, r.status, pc.margin(r), pc.why(r, v.on), r.unverified]
            w.writerow([escape_cell("" if x is None else str(x)) for x in row])


def _device_table(v: DeviceVerdictDTO, out: TextIO) -> None:
    from desktop.cli.output import clip, table
    from desktop.present import controls as pc
    style, day = number_style(current_language()), format_date(v.on, current_language())
    out.write(f"{pc.device_heading(v, translate=translate)} · {day}\n")
    out.write(f"  TPP  {pc.tpp_text(v, style, translate)}\n  PD   {pc.pd_text(v, style, translate)}\n")
    out.write(f"  I/O  {pc.figures_text(v.io, 'io_bidirectional_gbps', style, translate)}\n")
    out.write(f"  DRAM {pc.figures_text(v.dram, 'total_dram_bandwidth_gbps', style, translate)}\n")
    live = [r for r in v.rules if r.in_force]
    tested = [r for r in live if r.status != NOT_ASSESSED]
    if tested:
        rows = [[translate("Cli", "Rule"), translate("Cli", "Verdict"), translate("Cli", "Margin"),
                 translate("Cli", "Why")]]
        rows += [[clip(r.rule_id, 38), pc.mark(r.status, translate) + (" ⚠" if r.unverified else ""),
                  clip(pc.margin(r, style, translate), 110), clip(pc.why(r, v.on, style, translate), 80)]
                 for r in tested]
        table(rows, out)
    other = len(live) - len(tested)
    if not live:
        out.write("  " + translate("Cli", "No rule in force on this date.") + "\n")
    elif other:
        out.write("  " + say(translate("Cli", "%1 more rule(s) in force with no chip test (licence policy, guidance, "
                                              "purchases)."), other) + "\n")
    out.write("  " + say(translate("Cli", "%1 rule(s) not in force on %2."), len(v.rules) - len(live), day) + "\n\n")


def _all_table(verdicts: tuple[DeviceVerdictDTO, ...], out: TextIO) -> None:
    from desktop.cli.output import clip, table
    from desktop.present import controls as pc
    style = number_style(current_language())
    rows = [[translate("Cli", "Device"), "TPP", "PD", translate("Cli", "Caught by (in force)"),
             translate("Cli", "Open")]]
    for v in verdicts:
        caught = [r.rule_id for r in v.rules if r.in_force and r.meets is True and r.status != NOT_ASSESSED
                  and r.effect != "eligible"]  # eligible for case-by-case review is not caught
        open_ = [r.rule_id for r in v.rules if r.in_force and r.meets is None and r.status != NOT_ASSESSED]
        pd = "–" if v.performance_density is None else pc.number("performance_density", v.performance_density, style)
        rows.append([clip(v.device_name, 40), "–" if v.tpp is None else pc.number("tpp", v.tpp, style), pd,
                     clip(", ".join(caught) or translate("Cli", "none"), 70), clip(", ".join(open_), 40)])
    table(rows, out)
    if verdicts:
        out.write(say(translate("Cli", "%1 devices on %2; `chiplens controls DEVICE` shows the margins."),
                      len(verdicts), format_date(verdicts[0].on, current_language())) + "\n")


def cmd_controls(lib, devices: list[str], all_devices: bool, on: str | None, fmt: str, out: TextIO) -> int:
    from db.errors import UnknownDeviceError
    if bool(devices) == bool(all_devices):
        sys.stderr.write("chiplens controls: " + translate("Cli", "give one or more devices, or --all (not both)")
                         + "\n")
        return 2
    try:
        verdicts = lib.controls.all_verdicts(on) if all_devices else lib.controls.verdicts(devices, on)
    except UnknownDeviceError as exc:
        sys.stderr.write(f"chiplens controls: {exc}\n")
        return 2
    if fmt == "json":
        _json(verdicts, out)
    elif fmt == "csv":
        _csv(verdicts, out)
    elif all_devices:
        _all_table(verdicts, out)
    else:
        for v in verdicts:
            _device_table(v, out)
        out.write(translate("Cli", "● meets  ○ misses  ◐ depends on which reported figure holds  ? cannot be "
                                   "decided  * whatever the unknown figure  ⚠ threshold unverified") + "\n")
    return 0

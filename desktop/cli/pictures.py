"""`chiplens export compare|timeline` and `chiplens report`: pictures and briefs without a window.

Runs headless (Qt's offscreen platform, no display needed). Exit codes: 0 written; 2 a usage problem
(unknown device or pairing, bad extension, width or scale out of range); 1 a store or file-system problem
(unwritable folder, full disk). Messages go to stderr; no traceback, and no partial file is left behind.
Importing this module imports no Qt.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from desktop.cli.arguments import period_bound
from desktop.cli.words import QT_TRANSLATE_NOOP, say, translate


def add_export_parser(sub) -> None:
    from db.api.events import CATEGORIES, JURISDICTIONS
    ex = sub.add_parser("export", help=QT_TRANSLATE_NOOP("Cli", "export data (JSON, CSV), or a view as a picture (PNG, "
                                                                "SVG, PDF)"))
    views = ex.add_subparsers(dest="view", metavar="WHAT", required=True)
    data = views.add_parser("data", help=QT_TRANSLATE_NOOP("Cli", "the whole catalog as a data pack (.json) or its "
                                                                  "figures (.csv)"))
    data.add_argument("-o", "--output", required=True, metavar="FILE.json|FILE.csv")
    cp = views.add_parser("compare",
                          help=QT_TRANSLATE_NOOP("Cli", "the comparison of 2 to 4 devices: table and chart, with a "
                                                        "caption"))
    cp.add_argument("devices", nargs="+", metavar="DEVICE",
                    help=QT_TRANSLATE_NOOP("Cli", "2 to 4 names, slugs or aliases (910C, H100, CM384)"))
    cp.add_argument("--part", choices=["both", "table", "chart"], default="both",
                    help=QT_TRANSLATE_NOOP("Cli", "the table and the chart (default), or either alone"))
    cp.add_argument("--baseline", metavar="NAME",
                    help=QT_TRANSLATE_NOOP("Cli", "the device ratios are taken against (default: the second)"))
    cp.add_argument("--per-package", action="store_true",
                    help=QT_TRANSLATE_NOOP("Cli", "split a board's or superchip's figures per accelerator package (÷ "
                                                  "the packages it holds)"))
    _picture_options(cp)
    tl = views.add_parser("timeline",
                          help=QT_TRANSLATE_NOOP("Cli", "the policy timeline (lanes by jurisdiction), with a caption"))
    tl.add_argument("--from", dest="date_from", type=period_bound(end=False), metavar="DATE",
                    help=QT_TRANSLATE_NOOP("Cli", "first day shown (YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY; default: the "
                                                  "first event's year)"))
    tl.add_argument("--to", dest="date_to", type=period_bound(end=True), metavar="DATE",
                    help=QT_TRANSLATE_NOOP("Cli", "last day shown (default: the last event's year)"))
    tl.add_argument("--device", metavar="NAME", help=QT_TRANSLATE_NOOP("Cli", "only events about this device"))
    tl.add_argument("--category", action="append", choices=CATEGORIES, metavar="C",
                    help=QT_TRANSLATE_NOOP("Cli", "repeat for several"))
    tl.add_argument("--jurisdiction", action="append", choices=JURISDICTIONS, metavar="J",
                    help=QT_TRANSLATE_NOOP("Cli", "repeat for several"))
    _picture_options(tl)
    cm = views.add_parser("controls",
                          help=QT_TRANSLATE_NOOP("Cli", "the export-control map: every chip against the rules in force "
                                                        "that day"))
    cm.add_argument("--on", metavar="DATE", help=QT_TRANSLATE_NOOP("Cli", "the day (YYYY-MM-DD; default: today)"))
    cm.add_argument("--ring", action="append", metavar="NAME",
                    help=QT_TRANSLATE_NOOP("Cli", "ring a device (repeat for several)"))
    _picture_options(cm)
    ms = views.add_parser("market-share",
                          help=QT_TRANSLATE_NOOP("Cli", "China's AI-accelerator market shares by vendor and year, one "
                                                        "line per source (IDC, TrendForce, Bernstein), with its sources"))
    _picture_options(ms)
    from desktop.cli import stacks  # its picture's options are these
    stacks.add_export_parser(views, _picture_options)


def _scale(text: str) -> float:
    try:
        value = float(text.rstrip("xX×"))
    except ValueError:
        raise argparse.ArgumentTypeError(say(translate(
            "Cli", "%1 is not a scale: use 1, 2, 3 or a number such as 1.5"), repr(text))) from None
    return value


def _picture_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", required=True, metavar="FILE",
                   help=QT_TRANSLATE_NOOP("Cli", "FILE.png, FILE.svg or FILE.pdf"))
    p.add_argument("--scale", type=_scale, default=1.0, metavar="N",
                   help=QT_TRANSLATE_NOOP("Cli", "pixels per logical pixel of a PNG (1, 2, 3, or e.g. 1.5); an SVG's "
                                                 "displayed size"))
    p.add_argument("--width", type=int, default=None, metavar="PX",
                   help=QT_TRANSLATE_NOOP("Cli", "width of the picture in logical pixels (default 1000, and 200 more "
                                                 "for each compared device past two; a PNG is PX × N pixels wide)"))
    p.add_argument("--theme", choices=["screen", "print"], default="screen",
                   help=QT_TRANSLATE_NOOP("Cli", "screen: the app's colours; print: white paper, dark text, "
                                                 "colour-blind-safe and greyscale-safe (patterns and letters)"))
    p.add_argument("--no-caption", dest="caption", action="store_false",
                   help=QT_TRANSLATE_NOOP("Cli", "leave out the caption (title, units, sources, date, version, "
                                                 "credits)"))


def add_report_parser(sub) -> None:
    rp = sub.add_parser("report", help=QT_TRANSLATE_NOOP("Cli", "the PDF brief of 2 to 4 devices or a saved pairing: "
                                                                "key findings, table, chart, timeline, notes, sources"))
    rp.add_argument("devices", nargs="*", metavar="DEVICE",
                    help=QT_TRANSLATE_NOOP("Cli", "2 to 4 names, slugs or aliases (910C, H100, CM384), as for compare"))
    rp.add_argument("--pairing", metavar="SLUG",
                    help=QT_TRANSLATE_NOOP("Cli", "a saved pairing's slug instead (chiplens list pairings)"))
    rp.add_argument("--baseline", metavar="NAME",
                    help=QT_TRANSLATE_NOOP("Cli", "the device ratios are taken against (default: the second)"))
    rp.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    rp.add_argument("--paper", choices=["a4", "letter"], default="a4")
    rp.add_argument("--findings", metavar="FILE",
                    help=QT_TRANSLATE_NOOP("Cli", "the key findings from FILE (UTF-8 text, one a line) instead of the "
                                                  "generated ones"))


def _qt():
    """A QGuiApplication on the offscreen platform: exports need fonts and painters, never a display."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0] if sys.argv else "chiplens"])
    from desktop.export.fonts import register_fonts
    register_fonts()
    return app


def main(paths, args) -> int:
    """Run `export compare|timeline` or `report`; the exit code, every error told on stderr (store and file
    errors by desktop.cli.main)."""
    name = "chiplens report" if args.command == "report" else f"chiplens export {args.view}"
    from db.errors import UnknownDeviceError
    from desktop.export.options import ExportError, use_messages
    use_messages(translate)  # the export's errors (bad width, scale, file name) in the command line's language
    try:
        from db.api import Library
        return run(Library(paths.database), args)
    except ExportError as exc:
        sys.stderr.write(f"{name}: {exc}\n")
        return 2 if exc.usage else 1
    except UnknownDeviceError as exc:
        sys.stderr.write(f"{name}: {exc}\n")
        return 2
    finally:
        use_messages(None)  # a window opened later in this process speaks through Qt again


def export_language(args) -> str:
    """The language of the picture or brief: `--lang`, else the locale's (desktop.cli.words.language)."""
    from desktop.cli.words import language
    return language(args)


def run(library, args) -> int:
    from desktop.export.options import ExportError, ExportOptions, default_width, format_of
    target = Path(args.output)
    if args.command == "report":
        if target.suffix.lower() != ".pdf":
            raise ExportError(f"{target.name}: "
                              + translate("Cli", "the brief is a PDF: the file name must end in .pdf"))
        return _report(library, args, target)
    format_of(target)
    devices = len(args.devices) if args.view == "compare" else 2
    if args.view == "stacks":
        from desktop.present.stacks_matrix import PICTURE_WIDTH as width
    else:
        width = default_width(devices)
    options = ExportOptions(width=args.width if args.width is not None else width, scale=args.scale,
                            theme=args.theme, caption=args.caption,
                            parts=getattr(args, "part", "both"), lang=export_language(args)).checked()
    library.open(check_later=True)  # a picture only reads the store
    _qt()
    from desktop.export import writers
    from desktop.export.views import comparison_document
    from desktop.export.options import number_style
    from desktop.store import locale_style
    library.style = number_style(options.lang, locale_style())  # English: the locale's separators, as always
    if args.view == "compare":
        if not 2 <= len(args.devices) <= 4:
            raise ExportError(say(translate("Cli", "give 2 to 4 devices, not %1"), len(args.devices)))
        comparison = _compare(library, args.devices, args.baseline, args.per_package, options.translate)
        doc = comparison_document(comparison, options)
    elif args.view == "controls":
        doc = _controls(library, args, options)
    elif args.view == "market-share":
        from desktop.export.market_share_picture import market_share_document
        doc = market_share_document(library, options)
    elif args.view == "stacks":
        from desktop.export.stacks_picture import stacks_document
        doc = stacks_document(library, options, args.jurisdiction)
    else:
        doc = _timeline(library, args, options)
    writers.write(doc, target, options)
    sys.stderr.write(say(translate("Cli", "wrote %1"), target) + "\n")
    return 0


def _compare(library, devices: list[str], baseline: str | None, per_package: bool = False, translate=None):
    from desktop.present.beyond_rows import add_beyond
    from desktop.present.lang import english
    from desktop.present.verdict_row import add_verdicts
    translate = translate or english  # the picture's language: its Software, Supply and export-control rows
    if len(devices) == 2 and baseline is None and not per_package:
        pair = library.compare.pair(devices[0], devices[1])
        return add_beyond(library, add_verdicts(library, pair, translate=translate, style=library.style), translate)
    try:
        comparison = library.compare.many(devices, baseline, per_package=per_package)
        return add_beyond(library, add_verdicts(library, comparison, translate=translate, style=library.style), translate)
    except ValueError as exc:  # the baseline is not one of the devices
        from desktop.export.options import ExportError
        raise ExportError(str(exc)) from exc


def _controls(library, args, options):
    from datetime import date

    from desktop.export.control_map_picture import control_map_document
    from desktop.export.options import ExportError
    try:
        on = date.fromisoformat(args.on).isoformat() if args.on else date.today().isoformat()
    except ValueError:
        raise ExportError(f"--on {args.on}: " + translate("Cli", "write the day as YYYY-MM-DD")) from None
    ringed = [library.catalog.resolve_device(n) for n in args.ring or ()]
    return control_map_document(library, on, options, ringed)


def _timeline(library, args, options):
    from desktop.export.options import ExportError
    from desktop.export.views import timeline_document
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise ExportError(say(options.translate("Cli", "--from %1 is after --to %2"), args.date_from, args.date_to))
    events = library.events.list(args.date_from, args.date_to, args.category, args.jurisdiction,
                                 device=args.device)
    from desktop.export.views import timeline_range
    date_from, date_to = timeline_range(events, args.date_from, args.date_to)
    from desktop.present.event_words import category_label, jurisdiction_label
    filters = []
    translate = options.translate
    names = {d.slug: d.name for d in library.catalog.devices()}
    if args.device:
        slug = library.catalog.resolve_device(args.device)
        filters.append(translate("Export", "device: %1").replace("%1", names.get(slug, args.device)))
    if args.category:
        filters.append(translate("Export", "categories: %1").replace(
            "%1", ", ".join(category_label(c, translate) for c in args.category)))
    if args.jurisdiction:
        filters.append(translate("Export", "jurisdictions: %1").replace(
            "%1", ", ".join(jurisdiction_label(j, translate) for j in args.jurisdiction)))
    return timeline_document(events, date_from, date_to, options, filters="; ".join(filters))


def _report(library, args, target: Path) -> int:
    from desktop.export.options import ExportError
    if bool(args.devices) == bool(args.pairing):
        raise ExportError(translate("Cli", "give 2 to 4 devices (chiplens report 910c h100 -o brief.pdf) or "
                                           "--pairing SLUG, not both") if args.devices else
                          translate("Cli", "give 2 to 4 devices or --pairing SLUG"))
    if args.pairing and args.baseline:
        raise ExportError(translate("Cli", "--baseline goes with devices; a saved pairing keeps its own baseline"))
    if args.devices and not 2 <= len(args.devices) <= 4:
        raise ExportError(say(translate("Cli", "give 2 to 4 devices, not %1"), len(args.devices)))
    findings = _findings_file(args.findings) if args.findings else None
    library.open(check_later=True)  # a picture only reads the store
    if args.pairing:
        pairings = library.catalog.pairings()
        what = next((p for p in pairings if p.slug == args.pairing), None)
        if what is None:
            known = ", ".join(p.slug for p in pairings)
            raise ExportError(say(translate("Cli", "no pairing %1; known pairings: %2"), repr(args.pairing), known))
    _qt()
    from desktop.export.brief import collect, write_brief
    from desktop.store import Store
    store = Store(library.path)  # the window's Store, without a window
    if args.devices:
        what = _compare(store.library, args.devices, args.baseline)  # the picture's comparison, the same figures
    code = export_language(args)
    data = collect(store, what, code)
    if findings is not None:
        data = data.with_findings(findings)
    write_brief(data, target, args.paper)
    sys.stderr.write(say(translate("Cli", "wrote %1"), target) + "\n")
    return 0


def _findings_file(name: str) -> list[str]:
    from desktop.export.options import ExportError
    from desktop.present.findings import parse_findings
    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"--findings {name}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ExportError(f"--findings {name}: " + translate("Cli", "not UTF-8 text")) from exc
    return parse_findings(text)

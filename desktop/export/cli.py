"""`chiplens export compare|timeline` and `chiplens report`: pictures and briefs without a window.

Runs headless (Qt's offscreen platform, no display needed). Exit codes: 0 written; 2 a usage problem
(unknown device or pairing, bad extension, width or scale out of range); 1 a store or file-system problem
(unwritable folder, full disk). Messages go to stderr; no traceback, and no partial file is left behind.

`route(argv)` is called by desktop.app.main before its own parser: `export data` stays with desktop.cli.
Importing this module imports no Qt.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from db.events import CATEGORIES, JURISDICTIONS
from desktop import APP_NAME, __version__
from desktop.app import period_bound

VIEWS = ("compare", "timeline")


def _scale(text: str) -> float:
    try:
        value = float(text.rstrip("xX×"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a scale: use 1, 2, 3 or a number such as 1.5") from None
    return value


def _picture_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.png, FILE.svg or FILE.pdf")
    p.add_argument("--scale", type=_scale, default=1.0, metavar="N",
                   help="pixels per logical pixel of a PNG (1, 2, 3, or e.g. 1.5); an SVG's displayed size")
    p.add_argument("--width", type=int, default=None, metavar="PX",
                   help="width of the picture in logical pixels (default 1000, and 200 more for each compared "
                        "device past two; a PNG is PX × N pixels wide)")
    p.add_argument("--theme", choices=["screen", "print"], default="screen",
                   help="screen: the app's colours; print: white paper, dark text, colour-blind-safe and "
                        "greyscale-safe (patterns and letters)")
    p.add_argument("--no-caption", dest="caption", action="store_false",
                   help="leave out the caption (title, units, sources, date, version, credits)")


def add_help(sub) -> None:
    """List `report` in the main parser's help (route() runs it before that parser sees it)."""
    _report_parser(sub)


def _report_parser(sub) -> None:
    rp = sub.add_parser("report", help="the PDF brief of a pairing: cover, table, chart, timeline, notes, sources")
    rp.add_argument("--pairing", required=True, metavar="SLUG", help="a pairing's slug (chiplens list pairings)")
    rp.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    rp.add_argument("--paper", choices=["a4", "letter"], default="a4")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="chiplens", description="Report-ready pictures and PDF briefs, headless.")
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    p.add_argument("--data-dir", metavar="DIR", help="folder holding the database (also CHIPLENS_DATA_DIR)")
    p.add_argument("--safe-mode", action="store_true", help=argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)
    ex = sub.add_parser("export", help="export a view as a picture (PNG, SVG, PDF); `export data` writes data")
    views = ex.add_subparsers(dest="view", metavar="VIEW", required=True)
    cp = views.add_parser("compare", help="the comparison of 2 to 4 devices: table and chart, with a caption")
    cp.add_argument("devices", nargs="+", metavar="DEVICE", help="2 to 4 names, slugs or aliases (910C, H100, CM384)")
    cp.add_argument("--part", choices=["both", "table", "chart"], default="both",
                    help="the table and the chart (default), or either alone")
    cp.add_argument("--baseline", metavar="NAME", help="the device ratios are taken against (default: the second)")
    _picture_options(cp)
    tl = views.add_parser("timeline", help="the policy timeline (lanes by jurisdiction), with a caption")
    tl.add_argument("--from", dest="date_from", type=period_bound(end=False), metavar="DATE",
                    help="first day shown (YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY; default: the first event's year)")
    tl.add_argument("--to", dest="date_to", type=period_bound(end=True), metavar="DATE",
                    help="last day shown (default: the last event's year)")
    tl.add_argument("--device", metavar="NAME", help="only events about this device")
    tl.add_argument("--category", action="append", choices=CATEGORIES, metavar="C", help="repeat for several")
    tl.add_argument("--jurisdiction", action="append", choices=JURISDICTIONS, metavar="J", help="repeat for several")
    _picture_options(tl)
    _report_parser(sub)
    return p


def route(argv: list[str]) -> int | None:
    """Run `export compare|timeline` and `report` here; None for every other command line."""
    i = 0
    while i < len(argv):
        if argv[i] == "--data-dir":
            i += 2
        elif argv[i].startswith("--data-dir=") or argv[i] == "--safe-mode":
            i += 1
        else:
            break
    if i >= len(argv):
        return None
    command = argv[i]
    view = argv[i + 1] if i + 1 < len(argv) else None
    if command == "report" or (command == "export" and view in VIEWS):
        return main(argv)
    return None


class _ApiStore:
    """The Store's read methods the brief needs, over db.api (no QObject, no window)."""

    def __init__(self, database: Path, style):
        from db import api
        self.api, self.database, self.style = api, database, style

    def compare(self, a: str, b: str):
        return self.api.compare(self.database, a, b, self.style)

    def compare_many(self, slugs, baseline=None):
        return self.api.compare_many(self.database, list(slugs), baseline, self.style)

    def events(self):
        return self.api.list_events(self.database)

    def devices(self):
        return self.api.list_devices(self.database)

    def notes_linked(self, links):
        seen = {}
        for link in dict.fromkeys(links):
            for note in self.api.list_notes(self.database, linked=link):
                seen.setdefault(note.uid, note)
        return sorted(seen.values(), key=lambda n: (n.updated, n.uid), reverse=True)

    def note(self, uid: str):
        return self.api.get_note(self.database, uid)


def _qt():
    """A QGuiApplication on the offscreen platform: exports need fonts and painters, never a display."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0] if sys.argv else "chiplens"])
    from desktop.export.fonts import register_fonts
    register_fonts()
    return app


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    from desktop import paths as paths_mod
    try:
        paths = paths_mod.resolve(args.data_dir)
    except paths_mod.PathError as exc:
        sys.stderr.write(f"chiplens: {exc}\n")
        return 2
    name = "chiplens report" if args.command == "report" else f"chiplens export {args.view}"
    from db.errors import StoreError, UnknownDeviceError
    from desktop.export.options import ExportError
    try:
        return run(paths.database, args)
    except ExportError as exc:
        sys.stderr.write(f"{name}: {exc}\n")
        return 2 if exc.usage else 1
    except UnknownDeviceError as exc:
        sys.stderr.write(f"{name}: {exc}\n")
        return 2
    except StoreError as exc:
        sys.stderr.write(f"chiplens: {exc.title}.\n{exc.message}\n")
        return 1
    except OSError as exc:
        sys.stderr.write(f"{name}: {exc.strerror or exc}: {exc.filename or ''}\n")
        return 1


def run(database: Path, args) -> int:
    from desktop.export.options import ExportError, ExportOptions, default_width, format_of
    target = Path(args.output)
    if args.command == "report":
        if target.suffix.lower() != ".pdf":
            raise ExportError(f"{target.name}: the brief is a PDF: the file name must end in .pdf")
        return _report(database, args, target)
    format_of(target)
    devices = len(args.devices) if args.view == "compare" else 2
    options = ExportOptions(width=args.width if args.width is not None else default_width(devices), scale=args.scale,
                            theme=args.theme, caption=args.caption,
                            parts=getattr(args, "part", "both")).checked()
    from db import api
    api.open_store(database)
    _qt()
    from desktop.export import writers
    from desktop.export.views import comparison_document
    from desktop.store import locale_style
    if args.view == "compare":
        if not 2 <= len(args.devices) <= 4:
            raise ExportError(f"give 2 to 4 devices, not {len(args.devices)}")
        comparison = _compare(database, args.devices, args.baseline, locale_style())
        doc = comparison_document(comparison, options)
    else:
        doc = _timeline(database, args, options)
    writers.write(doc, target, options)
    sys.stderr.write(f"wrote {target}\n")
    return 0


def _compare(database: Path, devices: list[str], baseline: str | None, style):
    from db import api
    if len(devices) == 2 and baseline is None:
        return api.compare(database, devices[0], devices[1], style)
    try:
        return api.compare_many(database, devices, baseline, style)
    except ValueError as exc:  # the baseline is not one of the devices
        from desktop.export.options import ExportError
        raise ExportError(str(exc)) from exc


def timeline_range(events, date_from: str | None, date_to: str | None) -> tuple[str, str]:
    """The range shown: as asked, else from the first event's year to the last event's."""
    if date_from is None:
        date_from = (min(e.date for e in events)[:4] if events else "2022") + "-01-01"
    if date_to is None:
        date_to = (max(e.end for e in events)[:4] if events else date_from[:4]) + "-12-31"
    return date_from, date_to


def _timeline(database: Path, args, options):
    from db import api
    from desktop.export.options import ExportError
    from desktop.export.views import timeline_document
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise ExportError(f"--from {args.date_from} is after --to {args.date_to}")
    events = api.list_events(database, args.date_from, args.date_to, args.category, args.jurisdiction,
                             device=args.device)
    date_from, date_to = timeline_range(events, args.date_from, args.date_to)
    filters = []
    names = {d.slug: d.name for d in api.list_devices(database)}
    if args.device:
        slug = api.resolve_device(database, args.device)
        filters.append(f"device: {names.get(slug, args.device)}")
    if args.category:
        filters.append("categories: " + ", ".join(args.category))
    if args.jurisdiction:
        filters.append("jurisdictions: " + ", ".join(args.jurisdiction))
    return timeline_document(events, date_from, date_to, options, filters="; ".join(filters))


def _report(database: Path, args, target: Path) -> int:
    from db import api
    from desktop.export.options import ExportError
    api.open_store(database)
    pairings = api.list_pairings(database)
    pairing = next((p for p in pairings if p.slug == args.pairing), None)
    if pairing is None:
        known = ", ".join(p.slug for p in pairings)
        raise ExportError(f"no pairing {args.pairing!r}; known pairings: {known}")
    _qt()
    from desktop.export.brief import collect, write_brief
    from desktop.store import locale_style
    data = collect(_ApiStore(database, locale_style()), pairing)
    write_brief(data, target, args.paper)
    sys.stderr.write(f"wrote {target}\n")
    return 0

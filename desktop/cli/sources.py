"""`chiplens sources [--weak] [--format table|json]`: every source as a citation, the weakest first (issue 17).

The JSON keys are a contract: key, publisher, title, url, date, kind, carrier_quality (the most common carrier
of its figures), carriers, figures, weak_figures, headline_devices (names), headlines (device, metric, picked,
weak_only).
"""
from __future__ import annotations

import json
from typing import TextIO

from db.dto import SourceQualityDTO
from desktop.cli.words import QT_TRANSLATE_NOOP, translate


def add_parser(sub) -> None:
    sp = sub.add_parser("sources", help=QT_TRANSLATE_NOOP("Cli", "every source with its kind, carrier quality, the "
                                                                 "figures resting on it and the devices whose headline "
                                                                 "figure it gives"))
    sp.add_argument("--weak", action="store_true",
                    help=QT_TRANSLATE_NOOP("Cli", "only the sources with figures read on a weak relay (aggregators, "
                                                  "wikis, reseller blogs, mirrors)"))
    sp.add_argument("--format", default="table", choices=["table", "json"])


def source_json(q: SourceQualityDTO) -> dict:
    s = q.source
    return {"key": s.key, "publisher": s.publisher, "title": s.title, "url": s.url, "date": s.date_text or None,
            "kind": s.kind, "carrier_quality": q.carrier, "carriers": list(q.carriers), "figures": len(q.figures),
            "weak_figures": len(q.weak_figures), "headline_devices": list(q.headline_devices),
            "headlines": [{"device": h.device_slug, "metric": h.metric_key, "picked": h.picked,
                           "weak_only": h.weak_only} for h in q.headlines]}


def cmd_sources(lib, weak: bool, fmt: str, out: TextIO) -> int:
    from desktop.cli.output import clip, table
    from desktop.present.sources import carriers_text, headline_text, worst_first
    qualities = worst_first(lib.catalog.sources_overview())
    if weak:
        qualities = [q for q in qualities if q.weak_figures]
    if fmt == "json":
        json.dump([source_json(q) for q in qualities], out, ensure_ascii=False, indent=1)
        out.write("\n")
        return 0
    rows = [[translate("Cli", "Key"), translate("Cli", "Publisher"), translate("Cli", "Kind"),
             translate("Cli", "Carrier"), translate("Cli", "Figures"), translate("Cli", "Weak"),
             translate("Cli", "Headline devices")]]
    rows += [[q.source.key, clip(q.source.publisher, 40), clip(q.source.kind, 24), carriers_text(q),
              str(len(q.figures)), str(len(q.weak_figures)), clip(headline_text(q), 60)] for q in qualities]
    table(rows, out)
    return 0

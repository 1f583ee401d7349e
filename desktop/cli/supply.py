"""`chiplens supply [SUBJECT] [--metric KIND] [--format table|json|csv]`: every supply fact, none merged.

Each estimate keeps its own unit and what it counts (chips, units, cards, dies), its source and grade: two
output figures for the same year that count different things are two rows, never one. SUBJECT is words that
must all appear in the subject ('huawei', 'ascend 910c'); 'all' or nothing lists every fact. The JSON keys are a
contract: subject, metric, kind, period, value, number, unit, counted, source {publisher, title, url, date},
confidence, note, origin.
"""
from __future__ import annotations

import csv
import json
import sys
from typing import TextIO

from db.api.beyond import SUPPLY_KINDS
from desktop.cli.arguments import Composed
from desktop.cli.words import QT_TRANSLATE_NOOP, say, translate

# the text table's headings (translated when shown; the CSV keeps COLUMNS)
_HEADINGS = (QT_TRANSLATE_NOOP("Cli", "Kind"), QT_TRANSLATE_NOOP("Cli", "Period"), QT_TRANSLATE_NOOP("Cli", "Subject"),
             QT_TRANSLATE_NOOP("Cli", "Metric"), QT_TRANSLATE_NOOP("Cli", "Value"), QT_TRANSLATE_NOOP("Cli", "Counts"),
             QT_TRANSLATE_NOOP("Cli", "Source"), QT_TRANSLATE_NOOP("Cli", "Date"), QT_TRANSLATE_NOOP("Cli", "Grade"))
COLUMNS = ("subject", "metric", "kind", "period", "value", "number", "unit", "counted", "publisher", "title", "url",
           "date", "confidence", "note", "origin")


def add_parser(sub) -> None:
    sp = sub.add_parser("supply", help=QT_TRANSLATE_NOOP("Cli", "supply facts (output, yields, node, fab capacity, "
                                                                "HBM, market share, revenue, funding), each estimate "
                                                                "with its unit, what it counts and its source"))
    sp.add_argument("subject", nargs="?", default="all", metavar="SUBJECT",
                    help=QT_TRANSLATE_NOOP("Cli", "words that must all appear in the subject (huawei, 'ascend 910c', "
                                                  "smic); all: every fact"))
    sp.add_argument("--metric", metavar="KIND", help=Composed(  # the list in the language's own punctuation
        lambda translate: say(translate("Cli", "one kind of fact: %1"), ", ".join(SUPPLY_KINDS))))
    sp.add_argument("--format", default="table", choices=["table", "json", "csv"])


def fact_json(f) -> dict:
    s = f.source
    return {"subject": f.subject, "metric": f.metric, "kind": f.kind, "period": f.period, "value": f.value,
            "number": f.number, "unit": f.unit, "counted": f.counted,
            "source": {"publisher": s.publisher, "title": s.title, "url": s.url, "date": s.date},
            "confidence": f.confidence, "note": f.note, "origin": f.origin}


def _csv_row(f) -> list[str]:
    d = fact_json(f)
    d.update(d.pop("source"))
    return ["" if d[c] is None else str(d[c]) for c in COLUMNS]


def cmd_supply(lib, subject: str | None, metric: str | None, fmt: str, out: TextIO, err: TextIO | None = None) -> int:
    err = err or sys.stderr
    from db.api.imports import escape_cell  # a cell starting with = + - @ cannot run as a formula
    from db.errors import FactValidationError
    from desktop.cli.output import wrapped_table
    from desktop.present.beyond import counted_words, error_text, source_date, supply_value
    from desktop.present.event_words import confidence_label
    if metric is not None and metric not in SUPPLY_KINDS:
        err.write("chiplens supply: " + say(translate("Cli", "unknown metric %1: use one of %2"), repr(metric),
                                            ", ".join(SUPPLY_KINDS)) + "\n")
        return 2
    query = None if subject is None or subject.strip().lower() in ("", "all") else subject
    try:
        facts = lib.beyond.supply(query, metric)
    except FactValidationError as exc:  # the library's own check of the kind: the same message
        err.write("chiplens supply: " + "; ".join(error_text(*e, translate=translate) for e in exc.errors) + "\n")
        return 2
    if fmt == "json":
        json.dump([fact_json(f) for f in facts], out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(COLUMNS)
        w.writerows([escape_cell(x) for x in _csv_row(f)] for f in facts)
    else:
        rows = [[translate("Cli", word) for word in _HEADINGS]]
        rows += [[f.kind, f.period, f.subject, f.metric, supply_value(f), counted_words(f.counted, translate),
                  f.source.publisher, source_date(f.source, translate),
                  confidence_label(f.confidence, translate)] for f in facts]
        wrapped_table(rows, [None, 16, 24, 28, 24, None, 30, 12, None], out)
    if not facts:
        if metric:
            text = say(translate("Cli", "no supply fact of kind %1 names %2"), metric, repr(subject)) if query else \
                say(translate("Cli", "no supply fact of kind %1"), metric)
        else:
            text = say(translate("Cli", "no supply fact names %1"), repr(subject)) if query else \
                translate("Cli", "no supply fact")
        err.write(f"chiplens supply: {text}\n")
    return 0

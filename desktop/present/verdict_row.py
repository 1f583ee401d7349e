"""The comparison's primary export-control answer: a row "Export-control verdict (US, today)" in the Policy group.

Each cell says what the rules in force that day make of the device, with the margin worded once in
desktop.present.controls ("meets 3A090.a (TPP 15,830, 230% over 4,800)", "misses every threshold (TPP 2,368,
1.3% under 2,400; …)"). The sourced free-text "Export-control status" row stays below it, as the sources.
Added here, not in db.compare, so that the window, the command line and every export read the same row:

    comparison = with_verdicts(comparison, library.controls.verdicts(slugs, on), on)
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from db.api.compare import PLAIN, NumberStyle
from db.api.controls import (DEPENDS, MEETS, MEETS_REGARDLESS, MISSES, MISSES_REGARDLESS, NAMED, UNDECIDED,
                             DeviceVerdictDTO, RuleVerdictDTO)
from db.dto import CellDTO, ComparisonDTO, MetricDTO, RowDTO, ValueDTO
from desktop.present import controls as words
from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english, fill

CONTEXT = "Controls"
VERDICT_KEY = "export_control_verdict"
STATUS_KEY = "export_control"  # the sourced free-text row it goes above
JURISDICTION = "US"
LABEL = QT_TRANSLATE_NOOP("Controls", "Export-control verdict (%1, %2)")
TODAY = QT_TRANSLATE_NOOP("Controls", "today")
MET = (MEETS, MEETS_REGARDLESS)


def _tests_met(r: RuleVerdictDTO) -> str:
    keys = [t.key for t in r.tests if t.status in MET and t.key]
    return " / ".join(keys) if keys else r.rule_id


def _closest(rules: Sequence[RuleVerdictDTO], translate: Translate, style: NumberStyle) -> str:
    """The missed test nearest to being met (its largest shortfall the smallest), with its margins."""
    tests = [t for r in rules for t in r.tests if t.deciding]
    if not tests:
        return "; ".join(dict.fromkeys(words.margin(r, style, translate) for r in rules))

    def shortfall(t: object) -> float:
        return max((abs(x.margin) for x in t.deciding if x.margin is not None), default=1e9)  # type: ignore[attr-defined]
    t = min(tests, key=shortfall)
    margins = "; ".join(dict.fromkeys(words.leaf_text(x, style, translate) for x in t.deciding))
    return f"{t.key}: {margins}" if t.key else margins


def verdict_text(v: DeviceVerdictDTO, jurisdiction: str = JURISDICTION, translate: Translate = _english,
                 style: NumberStyle = PLAIN) -> str:
    """One device's answer on its date: the threshold rules in force it meets (with the margin), else how far
    under every line it sits, else why it cannot be decided; then any licence policy naming it or making it
    eligible for review, and the unverified flag."""
    live = [r for r in v.rules if r.in_force and r.jurisdiction == jurisdiction]
    if v.tpp is None and v.tpp_missing:
        return fill(translate("Controls", "cannot be decided: TPP %1"), words.tpp_text(v, style, translate))
    thresholds = [r for r in live if r.kind == "threshold-rule" and r.effect == "controlled"
                  and r.status in (*MET, MISSES, MISSES_REGARDLESS, UNDECIDED, DEPENDS)]
    met = [r for r in thresholds if r.status in MET]
    undecided = [r for r in thresholds if r.status in (UNDECIDED, DEPENDS)]
    if met:
        parts = [fill(translate("Controls", "meets %1 (%2)"), _tests_met(r), words.margin(r, style, translate))
                 for r in met]
        text = "; ".join(parts)
    elif undecided:
        text = "; ".join(f"{r.name}: {words.status_text(r, translate)}" for r in undecided)
    elif thresholds:
        text = fill(translate("Controls", "misses every threshold (%1)"), _closest(thresholds, translate, style))
    else:
        text = translate("Controls", "no threshold rule in force")
    extra = []
    named = [r.rule_id for r in live if r.status == NAMED and r.kind == "licence-policy"]
    if named:
        extra.append(fill(translate("Controls", "named by %1"), ", ".join(named)))
    for r in live:
        if r.effect == "eligible" and r.status in MET:
            extra.append(fill(translate("Controls", "eligible for case-by-case review (%1)"), r.rule_id))
    if any(r.unverified for r in met or undecided):
        extra.append(translate(CONTEXT, words.UNVERIFIED))
    return "; ".join([text, *extra])


def row_label(on: str | None, jurisdiction: str = JURISDICTION, translate: Translate = _english) -> str:
    """'Export-control verdict (US, today)' or '… (US, 2024-06-01)'."""
    today = on is None or on == date.today().isoformat()
    return fill(translate(CONTEXT, LABEL), jurisdiction, translate(CONTEXT, TODAY) if today else str(on))


def _metric(comparison: ComparisonDTO, label: str) -> MetricDTO:
    base = comparison.row(STATUS_KEY)
    if base is not None:
        return replace(base.metric, key=VERDICT_KEY, label=label, derived=True, key_metric=False,
                       description="", formula="", inputs=())
    return MetricDTO(VERDICT_KEY, label, "Policy", "", "text", None, None, None, False, True, "", (), False, "", 0)


def with_verdicts(comparison: ComparisonDTO, verdicts: Sequence[DeviceVerdictDTO], on: str | None = None,
                  translate: Translate = _english, style: NumberStyle = PLAIN) -> ComparisonDTO:
    """The comparison with the verdict row above "Export-control status" (or at the end of the Policy group)."""
    by_slug = {v.device_slug: v for v in verdicts}
    day = on or date.today().isoformat()
    metric = _metric(comparison, row_label(on, translate=translate))
    tpp_row = next((r for r in comparison.rows if r.metric.key == "tpp"), None)
    cells = []
    for i, d in enumerate(comparison.devices):
        v = by_slug.get(d.slug)
        text = verdict_text(v, translate=translate, style=style) if v else translate("Controls", "not judged")
        tpp = tpp_row.cells[i].value if tpp_row is not None else None  # what the verdict rests on, as the table shows
        value = ValueDTO(f"verdict-{d.slug}-{day}", d.slug, VERDICT_KEY, None, text, None, False, None,
                         tpp.confidence if tpp is not None else None, None,
                         words.tpp_text(v, style, translate) if v else "", derived=True,
                         formula=translate("Controls", "the rules in force that day applied to TPP and density"),
                         inputs=(tpp,) if tpp is not None else ())
        cells.append(CellDTO(d.slug, value, text, (value,)))
    row = RowDTO(metric, tuple(cells))
    rows = [r for r in comparison.rows if r.metric.key != VERDICT_KEY]
    at = next((i for i, r in enumerate(rows) if r.metric.key == STATUS_KEY), None)
    if at is None:
        policy = [i for i, r in enumerate(rows) if r.metric.group == metric.group]
        at = policy[-1] + 1 if policy else len(rows)
    return replace(comparison, rows=(*rows[:at], row, *rows[at:]))


def add_verdicts(library, comparison: ComparisonDTO, on: str | None = None,
                 translate: Translate = _english, style: NumberStyle = PLAIN) -> ComparisonDTO:
    """`with_verdicts` with the verdicts read from `library.controls` (db.api.Library) for the devices compared."""
    slugs = [d.slug for d in comparison.devices]
    return with_verdicts(comparison, library.controls.verdicts(slugs, on), on, translate, style)

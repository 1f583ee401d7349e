"""Phrasing of the export-control lens (db.controls returns codes and numbers; this module says them in words).

Shared by the window, the command line and the exports, so that all three say the same thing: the margin
("TPP 2,368, 1.3% under 2,400; PD 2.9, 9.1% under 3.2"), the status ("meets regardless of PD"), why, the
TPP and performance-density lines with their working, a rule's conditions as text, and validation problems.
Templates are marked for Qt's lupdate; the window passes its translate function, the command line none.
"""
from __future__ import annotations

from db.api.compare import PLAIN, NumberStyle, format_number
from db.api.controls import (DEPENDS, LEAF_DEPENDS, LEAF_NOT_TRACKED, LEAF_UNKNOWN, MEETS,
                            MEETS_REGARDLESS, MISSES, MISSES_REGARDLESS, NAMED, NOT_ASSESSED, NOT_NAMED, PD_DIE_ONLY, PD_NO_DIE_AREA,
                            PD_NO_TPP, UNDECIDED, ConditionDTO, DeviceVerdictDTO, FigureDTO, LeafResultDTO, RuleDTO,
                            RuleVerdictDTO)
from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english, fill

CONTEXT = "Controls"

METRICS = {
    "tpp": QT_TRANSLATE_NOOP("Controls", "TPP"),
    "performance_density": QT_TRANSLATE_NOOP("Controls", "PD"),
    "io_bidirectional_gbps": QT_TRANSLATE_NOOP("Controls", "I/O"),
    "total_dram_bandwidth_gbps": QT_TRANSLATE_NOOP("Controls", "DRAM bandwidth"),
    # what the other rules test (ChipLens tracks none of these: their verdicts are 'not assessed'), named for a reader
    "aggregated_approx_transistor_count_billion": QT_TRANSLATE_NOOP("Controls", "transistors in the package"),
    "contains_hbm": QT_TRANSLATE_NOOP("Controls", "has HBM"),
    "hbm_memory_bandwidth_density_gbps_per_mm2": QT_TRANSLATE_NOOP("Controls", "HBM bandwidth density"),
    "chinese_rare_earth_value_share": QT_TRANSLATE_NOOP("Controls", "share of Chinese rare-earth value"),
    "share_of_domestic_compute_and_storage_chips": QT_TRANSLATE_NOOP("Controls", "share of domestic compute and "
                                                                                 "storage chips"),
}
SHARES = ("chinese_rare_earth_value_share", "share_of_domestic_compute_and_storage_chips")  # 0.5 is 50%
UNITS = {"io_bidirectional_gbps": "GB/s", "total_dram_bandwidth_gbps": "GB/s",
         "aggregated_approx_transistor_count_billion": "billion", "hbm_memory_bandwidth_density_gbps_per_mm2": "GB/s/mm²"}
STATUS = {
    MEETS: QT_TRANSLATE_NOOP("Controls", "meets"),
    MEETS_REGARDLESS: QT_TRANSLATE_NOOP("Controls", "meets, whatever its %1"),
    MISSES: QT_TRANSLATE_NOOP("Controls", "misses"),
    MISSES_REGARDLESS: QT_TRANSLATE_NOOP("Controls", "misses, whatever its %1"),
    UNDECIDED: QT_TRANSLATE_NOOP("Controls", "cannot be decided: %1 not published"),
    DEPENDS: QT_TRANSLATE_NOOP("Controls", "depends on which reported figure holds"),
    NOT_ASSESSED: QT_TRANSLATE_NOOP("Controls", "no chip test"),
    NAMED: QT_TRANSLATE_NOOP("Controls", "names it"),
    NOT_NAMED: QT_TRANSLATE_NOOP("Controls", "does not name it"),
}
SHORT = {
    MEETS: QT_TRANSLATE_NOOP("Controls", "met"), MEETS_REGARDLESS: QT_TRANSLATE_NOOP("Controls", "met"),
    MISSES: QT_TRANSLATE_NOOP("Controls", "missed"), MISSES_REGARDLESS: QT_TRANSLATE_NOOP("Controls", "missed"),
    UNDECIDED: QT_TRANSLATE_NOOP("Controls", "undecided"), DEPENDS: QT_TRANSLATE_NOOP("Controls", "depends"),
}
# the short column of a table: a mark that is not colour alone
MARKS = {MEETS: QT_TRANSLATE_NOOP("Controls", "● meets"), MEETS_REGARDLESS: QT_TRANSLATE_NOOP("Controls", "● meets*"),
         MISSES: QT_TRANSLATE_NOOP("Controls", "○ misses"), MISSES_REGARDLESS: QT_TRANSLATE_NOOP("Controls", "○ misses*"),
         UNDECIDED: QT_TRANSLATE_NOOP("Controls", "? unknown"), DEPENDS: QT_TRANSLATE_NOOP("Controls", "◐ depends"),
         NOT_ASSESSED: "–", NAMED: QT_TRANSLATE_NOOP("Controls", "● named"),
         NOT_NAMED: QT_TRANSLATE_NOOP("Controls", "○ not named")}
# what a timeline event is to a rule (controls.json: events[].role)
EVENT_ROLES = {
    "enacted": QT_TRANSLATE_NOOP("Controls", "enacted"),
    "amended": QT_TRANSLATE_NOOP("Controls", "amended"),
    "rescinded": QT_TRANSLATE_NOOP("Controls", "rescinded"),
    "related": QT_TRANSLATE_NOOP("Controls", "related"),
}
UNVERIFIED = QT_TRANSLATE_NOOP("Controls", "threshold unverified")
NOT_IN_FORCE = QT_TRANSLATE_NOOP("Controls", "not in force on %1")
KINDS = {
    "threshold-rule": QT_TRANSLATE_NOOP("Controls", "threshold rule"),
    "licence-policy": QT_TRANSLATE_NOOP("Controls", "licence policy"),
    "guidance": QT_TRANSLATE_NOOP("Controls", "guidance"),
    "procurement-rule": QT_TRANSLATE_NOOP("Controls", "procurement rule"),
    "rescission": QT_TRANSLATE_NOOP("Controls", "rescission"),
}
WHY_NO_TEST = {
    "licence-policy": QT_TRANSLATE_NOOP("Controls", "a licence policy: it changes the licence outcome, not the "
                                                    "classification"),
    "guidance": QT_TRANSLATE_NOOP("Controls", "guidance: no technical threshold"),
    "procurement-rule": QT_TRANSLATE_NOOP("Controls", "acts on purchases in China, not on US classification"),
    "rescission": QT_TRANSLATE_NOOP("Controls", "rescinds another rule"),
    "threshold-rule": QT_TRANSLATE_NOOP("Controls", "its thresholds are not on chip figures ChipLens tracks"),
}
PD_MISSING = {
    PD_NO_DIE_AREA: QT_TRANSLATE_NOOP("Controls", "cannot compute: die area not published"),
    PD_DIE_ONLY: QT_TRANSLATE_NOOP("Controls", "cannot compute: only one die's area is published (not the package's)"),
    PD_NO_TPP: QT_TRANSLATE_NOOP("Controls", "cannot compute: TPP not published"),
}
ERRORS = {
    "id": QT_TRANSLATE_NOOP("Controls", "Give the rule an id of letters, digits and - . _ : (2 to 100 characters)."),
    "name": QT_TRANSLATE_NOOP("Controls", "Give the rule a name."),
    "kind": QT_TRANSLATE_NOOP("Controls", "Choose the kind of rule."),
    "jurisdiction": QT_TRANSLATE_NOOP("Controls", "Choose US, CN or other."),
    "effective": QT_TRANSLATE_NOOP("Controls", "Write the date it takes effect as YYYY-MM-DD."),
    "ends": QT_TRANSLATE_NOOP("Controls", "Write the end date as YYYY-MM-DD, or leave it empty."),
    "ends_before_effective": QT_TRANSLATE_NOOP("Controls", "The end date must come after the date it takes effect."),
    "test_key": QT_TRANSLATE_NOOP("Controls", "Each test needs its own name."),
    "condition": QT_TRANSLATE_NOOP("Controls", "A test's condition cannot be read: %1"),
    "json": QT_TRANSLATE_NOOP("Controls", "The conditions are not valid JSON: %1"),
}
OPS = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "==": "="}


def mark(status: str, translate: Translate = _english) -> str:
    """A verdict's short mark for a table column ('● meets'), in the language of `translate`."""
    return translate(CONTEXT, MARKS[status]) if status in MARKS else status


def event_role(role: str, translate: Translate = _english) -> str:
    """What an event is to a rule ('enacted', 'amended', ...), in the language of `translate`."""
    return translate(CONTEXT, EVENT_ROLES[role]) if role in EVENT_ROLES else role


def metric_name(metric: str, translate: Translate = _english) -> str:
    return translate(CONTEXT, METRICS[metric]) if metric in METRICS else metric


def number(metric: str, value: float, style: NumberStyle = PLAIN) -> str:
    """A figure as the lens writes it: TPP whole ('15,830'), PD to one decimal ('2.9'), rates with their unit."""
    if metric == "tpp":
        return format_number(round(value), style)
    if metric == "performance_density":
        return format_number(round(value, 1) if value < 100 else round(value), style)
    return _with_unit(metric, value, style)


def _with_unit(metric: str, value: float, style: NumberStyle) -> str:
    """A rate or a count with its unit in the language ('600 Go/s', '2,080亿' for 208 billion)."""
    if metric not in UNITS:
        return format_number(value, style)
    unit = UNITS[metric]
    return style.with_unit(format_number(value * style.multiple(unit), style), unit)


def threshold_text(metric: str, value: float | bool | None, style: NumberStyle = PLAIN,
                   translate: Translate = _english) -> str:
    """A rule's line as the rule writes it (5.92 stays 5.92; a share as a percentage, a yes-or-no test in words)."""
    if isinstance(value, bool):
        return translate(CONTEXT, QT_TRANSLATE_NOOP("Controls", "yes") if value else QT_TRANSLATE_NOOP("Controls", "no"))
    if value is None:
        return "—"
    if metric in SHARES:
        return style.percent(format_number(value * 100, style))
    return _with_unit(metric, value, style)


def leaf_text(x: LeafResultDTO, style: NumberStyle = PLAIN, translate: Translate = _english) -> str:
    """'TPP 2,368, 1.3% under 2,400'; 'I/O 400 or 300 GB/s, under 600 GB/s'; 'PD not published'."""
    name = metric_name(x.metric, translate)
    line = threshold_text(x.metric, x.threshold, style, translate)
    if x.status in (LEAF_UNKNOWN, LEAF_NOT_TRACKED) or not x.values:
        return fill(translate("Controls", "%1 not published (line: %2 %3)"), name, OPS.get(x.op, x.op), line)
    values = translate("Controls", " or ").join(number(x.metric, v, style) for v in x.values)
    if x.status == LEAF_DEPENDS:
        return fill(translate("Controls", "%1 %2: on both sides of %3"), name, values, line)
    side = translate("Controls", "over") if x.values[0] > float(x.threshold or 0) else translate("Controls", "under")
    if x.values[0] == x.threshold:
        return fill(translate("Controls", "%1 %2, exactly at %3"), name, values, line)
    if x.margin is None:
        return fill(translate("Controls", "%1 %2, %3 %4"), name, values, side, line)
    pct = abs(x.margin) * 100
    pct_text = format_number(round(pct, 1) if pct < 10 else round(pct), style)
    return fill(translate("Controls", "%1 %2, %3% %4 %5"), name, values, pct_text, side, line)


def margin(r: RuleVerdictDTO, style: NumberStyle = PLAIN, translate: Translate = _english) -> str:
    """The comparisons that settle the verdict, with how far each figure sits from its line."""
    return "; ".join(dict.fromkeys(leaf_text(x, style, translate) for x in r.deciding))


def status_text(r: RuleVerdictDTO, translate: Translate = _english) -> str:
    unknown = ", ".join(metric_name(m, translate) for m in r.unknown) or translate("Controls", "a figure")
    return fill(translate(CONTEXT, STATUS[r.status]), unknown)


def why(r: RuleVerdictDTO, on: str = "", style: NumberStyle = PLAIN, translate: Translate = _english) -> str:
    """Why the rule does or does not catch the chip, in a line: tests met and missed, named products, the
    unverified flag, and whether it is in force."""
    parts: list[str] = []
    if r.status == NOT_ASSESSED:
        parts.append(translate(CONTEXT, WHY_NO_TEST.get(r.kind, WHY_NO_TEST["threshold-rule"])))
    elif r.status in (NAMED, NOT_NAMED):
        parts.append(fill(translate("Controls", "the rule names %1"), r.named_as) if r.named_as
                     else translate("Controls", "not among the products the rule names"))
    else:
        the_test = translate("Controls", "the test")
        tests = [f"{test_name(t.key, translate) or the_test} {translate(CONTEXT, SHORT[t.status])}"
                 for t in r.tests if t.status != NOT_ASSESSED]
        parts.append(status_text(r, translate) + (f" ({'; '.join(tests)})" if len(tests) > 1 else ""))
        if r.effect == "eligible" and r.meets:
            parts.append(translate("Controls", "eligible for case-by-case review"))
    if r.unverified:
        parts.append(translate(CONTEXT, UNVERIFIED))
    if not r.in_force and on:
        parts.append(fill(translate(CONTEXT, NOT_IN_FORCE), on))
    return "; ".join(parts)


def figure_source(f: FigureDTO, translate: Translate = _english) -> str:
    text = f.source or (translate("Controls", "catalog") if f.origin == "catalog" else "")
    return text + (" · " + translate("Controls", "inferred") if f.inferred else "")


def tpp_text(v: DeviceVerdictDTO, style: NumberStyle = PLAIN, translate: Translate = _english) -> str:
    """'15,830 (BF16/FP16 × 16)', or why there is none."""
    if v.tpp is None:
        if v.tpp_missing == "no_single_chip":
            return translate("Controls", "not applicable: a system with no single kind of accelerator chip")
        return fill(translate("Controls", "not published (%1)"), v.tpp_missing) if v.tpp_missing \
            else translate("Controls", "not published")
    return f"{number('tpp', v.tpp, style)} ({v.tpp_format} × {v.tpp_bits})"


def pd_text(v: DeviceVerdictDTO, style: NumberStyle = PLAIN, translate: Translate = _english) -> str:
    """'19.4 (15,830 ÷ 814 mm², Epoch AI)'; '2.9 (2,368 ÷ 814 mm², inferred)'; 'cannot compute: die area not
    published'."""
    if v.performance_density is None:
        return translate(CONTEXT, PD_MISSING.get(v.pd_missing or PD_NO_DIE_AREA, PD_MISSING[PD_NO_DIE_AREA]))
    area = v.die_area[0]
    return (f"{number('performance_density', v.performance_density, style)} ({number('tpp', v.tpp or 0, style)} ÷ "
            f"{format_number(area.value, style)} mm², {figure_source(area, translate)})")


def figures_text(figures: tuple[FigureDTO, ...], metric: str, style: NumberStyle = PLAIN,
                 translate: Translate = _english) -> str:
    """'400 GB/s (PhiliSun) or 300 GB/s (Fudzilla…)': every value with its source; 'not published'."""
    if not figures:
        return translate("Controls", "not published")
    return translate("Controls", " or ").join(f"{number(metric, f.value, style)} ({figure_source(f, translate)})"
                                          for f in figures)


def device_heading(v: DeviceVerdictDTO, translate: Translate = _english) -> str:
    if v.via_name:
        count = format_number(v.via_count) if v.via_count else "?"
        return fill(translate("Controls", "%1 (judged through %2 × %3)"), v.device_name, count,
                    v.via_name)
    return v.device_name


def condition_text(c: ConditionDTO, style: NumberStyle = PLAIN, translate: Translate = _english,
                   top: bool = True) -> str:
    """'TPP ≥ 4,800 or (TPP ≥ 1,600 and PD ≥ 5.92)'."""
    if c.op in ("any_of", "all_of"):
        word = translate("Controls", " or ") if c.op == "any_of" else translate("Controls", " and ")
        inner = word.join(condition_text(k, style, translate, False) for k in c.children)
        return inner if top or len(c.children) == 1 else f"({inner})"
    value = threshold_text(c.metric or "", c.value, style, translate)
    return f"{metric_name(c.metric or '', translate)} {OPS.get(c.op, c.op)} {value}"


def rule_tests_text(rule: RuleDTO, style: NumberStyle = PLAIN, translate: Translate = _english) -> str:
    """Each test of a rule: '3A090.a: TPP ≥ 4,800 or (…); 3A090.b (unverified): …'; the named products otherwise."""
    parts = []
    for t in rule.tests:
        label = test_name(t.key, translate) or translate("Controls", "test")
        if t.verified is False:
            label += f" ({translate(CONTEXT, UNVERIFIED)})"
        parts.append(f"{label}: {condition_text(t.condition, style, translate)}")
    if not parts and rule.products:
        parts.append(fill(translate("Controls", "names %1"), ", ".join(p.text for p in rule.products)))
    return "; ".join(parts)


TEST_NAMES = {  # the bundled rules' tests that are not ECCN paragraphs
    "presumption_rebuttal": QT_TRANSLATE_NOOP("Controls", "presumption rebuttal"),
    "domestic_chip_share": QT_TRANSLATE_NOOP("Controls", "domestic chip share"),
    "eligible_for_case_by_case": QT_TRANSLATE_NOOP("Controls", "eligible for case-by-case review"),
    "de_minimis_value_share": QT_TRANSLATE_NOOP("Controls", "de minimis value share"),
}


def test_name(key: str | None, translate: Translate = _english) -> str:
    """A test as a reader names it: the rule's own ECCN ('3A090.a') as it is, a bundled test in the language, any
    other data key in words ('my_test' -> 'my test')."""
    if key in TEST_NAMES:
        return translate(CONTEXT, TEST_NAMES[key])
    return (key or "").replace("_", " ")


def kind_text(kind: str, translate: Translate = _english) -> str:
    return translate(CONTEXT, KINDS[kind]) if kind in KINDS else kind


def dates_text(rule: RuleDTO, translate: Translate = _english, lang: str | None = None) -> str:
    """'from 2023-11-17', '2023-11-17 → 2025-01-15'; the days in `lang` (None: the window's language)."""
    from desktop.present import dates
    start, end = dates.day(rule.effective, lang), dates.day(rule.ends, lang) if rule.ends else ""
    return f"{start} → {end}" if rule.ends else fill(translate("Controls", "from %1"), start)


def error_text(code: str, translate: Translate = _english) -> str:
    """A validation problem of db.control_rules in words ('condition: 3A090.a: leaf_op' keeps its detail)."""
    head, _, detail = code.partition(": ")
    if head in ERRORS:
        return fill(translate(CONTEXT, ERRORS[head]), detail)
    return code

"""The brief's key findings, generated from the figures of a comparison: roadmap cautions, the three largest ratios
with their basis, the power cost, the scale-to-match sentence (the window's calculator: db.api's scale_to_match,
passed in by the caller), the figures whose sources disagree (≠) and how many figures rest on weak citations.

One finding is one line of plain text, so the analyst can edit them (File ▸ Export brief…, or `chiplens report
--findings FILE`) before they are drawn. No Qt (an import-linter contract); templates are marked for Qt's
translation tools as in reasons.py, the window passes its translate function.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence

from db.api.compare import PLAIN, Basis, NumberStyle
from db.dto import ComparisonDTO, RowDTO, ScaleMatchDTO, ValueDTO
from desktop.present import status as ps
from desktop.present.basis import basis_words
from desktop.present.catalog_words import catalog_word
from desktop.present.comparison import DISAGREE_MARK, LETTERS, WARNING_MARK, ratio_label, shown_display
from desktop.present.provenance import WEAK_MARK, rests_on_weak_relay
from desktop.present.disagreement import threshold
from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english, fill
from desktop.present.scale_words import scale_text

CONTEXT = "Findings"
LARGEST = 3  # how many ratios the findings name
POWER_KEY = "power"
SCALE_KEY = "bf16_dense"  # the metric the scale-to-match sentence is about (the calculator's default too)
BASIS_FIELDS = ("sparsity", "granularity", "direction", "condition")  # the format and scope are in the row's label

RATIO = QT_TRANSLATE_NOOP("Findings", "%1: %2 (%3 over %4)")
POWER_PAIR = QT_TRANSLATE_NOOP("Findings", "Power cost: %1 for A, %2 for B: %3 (A over B).")
POWER_MANY = QT_TRANSLATE_NOOP("Findings", "Power cost: %1; against %2: %3.")
POWER_NONE = QT_TRANSLATE_NOOP("Findings", "Power cost: %1 (no comparable ratio).")
NO_POWER = QT_TRANSLATE_NOOP("Findings", "Power cost: not published for %1.")
NO_RATIO = QT_TRANSLATE_NOOP("Findings", "No key metric has comparable figures for these devices.")
DISAGREE_ONE = QT_TRANSLATE_NOOP("Findings", "1 figure has sources more than %3 apart (marked %1): %2.")
DISAGREE_MANY = QT_TRANSLATE_NOOP("Findings", "%1 figures have sources more than %4 apart (marked %2): %3.")
DISAGREE_NONE = QT_TRANSLATE_NOOP("Findings", "No figure shown has sources more than %1 apart.")
WEAK_NONE = QT_TRANSLATE_NOOP("Findings", "None of the %1 figures shown rests on a weak citation.")
WEAK_ONE = QT_TRANSLATE_NOOP("Findings", "%1 of %2 figure rests on a weak citation")
WEAK_MANY = QT_TRANSLATE_NOOP("Findings", "%1 of %2 figures rest on weak citations")
WEAK_WHY = QT_TRANSLATE_NOOP("Findings", "(read only on a weak relay: marked %1 in the table; their sources are marked "
                                         "in the source list).")
NOT_PUBLISHED = QT_TRANSLATE_NOOP("Findings", "not published")

ScaleToMatch = Callable[[ComparisonDTO, str, "int | None"], ScaleMatchDTO]


def shown_values(rows: Iterable[RowDTO]) -> list[ValueDTO]:
    """The figures a table shows (not the gaps), row by row; the export-control verdict is a judgement, not a figure."""
    from desktop.present.fact_rows import is_fact_row  # the Software and Supply rows are statements, not figures
    from desktop.present.verdict_row import VERDICT_KEY
    return [c.value for r in rows if r.metric.key != VERDICT_KEY and not is_fact_row(r) for c in r.cells
            if c.value is not None and not c.value.is_gap]


def weak_count(rows: Iterable[RowDTO]) -> tuple[int, int]:
    """(figures shown resting on weak relays, figures shown); a worked-out figure counts by its inputs."""
    values = shown_values(rows)
    return sum(rests_on_weak_relay(v) for v in values), len(values)


def weak_finding(weak: int, total: int, translate: Translate = _english) -> str:
    """'3 of 18 figures rest on weak citations (…)': the figures the brief shows, a worked-out one by its inputs."""
    if weak == 0:
        return translate(CONTEXT, WEAK_NONE).replace("%1", str(total))
    text = translate(CONTEXT, WEAK_ONE if weak == 1 else WEAK_MANY).replace("%1", str(weak)).replace("%2", str(total))
    return text + " " + translate(CONTEXT, WEAK_WHY).replace("%1", WEAK_MARK)


def _basis(row: RowDTO, i: int, j: int, translate: Translate) -> str:
    """The basis both figures share, in words ('per package · both ways'); a field they state differently as
    'per system / per rack'."""
    a, b = row.cells[i].value, row.cells[j].value
    if a is None or b is None or not row.metric.rule.dimensions:
        return ""
    words = []
    for dim in BASIS_FIELDS:
        if dim not in row.metric.rule.dimensions:
            continue
        wa, wb = _dim_words(a, dim, translate), _dim_words(b, dim, translate)
        if wa and wa == wb:
            words += wa
        elif wa and wb:
            words.append(f"{wa[0]} / {wb[0]}")
    return " · ".join(words)


def _dim_words(v: ValueDTO, dim: str, translate: Translate) -> list[str]:
    """The words of one basis field of a figure (none when the source does not state it)."""
    if getattr(v.basis, dim) is None:
        return []
    return basis_words(Basis(**{dim: getattr(v.basis, dim)}), None, translate)


def _candidates(comparison: ComparisonDTO) -> list[tuple[float, RowDTO, int]]:
    """(size of the difference, row, device) for every comparable ratio of a key metric against the baseline; the
    power is the cost (a finding of its own), a ratio needing care (⚠) is left to the table."""
    out = []
    for row in comparison.rows:
        if not row.metric.key_metric or row.metric.kind != "number" or row.metric.key == POWER_KEY:
            continue
        for i, cell in enumerate(row.cells):
            if i == comparison.baseline or cell.ratio is None or cell.ratio <= 0 or cell.ratio_warnings:
                continue
            out.append((round(abs(math.log(cell.ratio)), 2), row, i))
    return sorted(out, key=lambda c: -c[0])  # equal differences (FP8 as BF16) in the table's order


def largest_ratios(comparison: ComparisonDTO) -> list[tuple[RowDTO, int]]:
    """The three largest differences (row, device): each compared device's largest first (so that one device does
    not fill the list), then the next largest overall; largest first."""
    ranked = _candidates(comparison)
    chosen: list[tuple[float, RowDTO, int]] = []
    for i in range(len(comparison.devices)):
        best = next((c for c in ranked if c[2] == i), None)
        if best is not None:
            chosen.append(best)
    chosen = sorted(chosen, key=lambda c: -c[0])[:LARGEST]  # stable: the table's order among equals
    for c in ranked:  # a device's twin rows (Dense FP8 as Dense BF16, same ratio) are said once
        if len(chosen) >= LARGEST:
            break
        if not any(c[2] == o[2] and (c[1] is o[1] or c[0] == o[0]) for o in chosen):
            chosen.append(c)
    return [(row, i) for _, row, i in sorted(chosen, key=lambda c: -c[0])]


def ratio_finding(comparison: ComparisonDTO, row: RowDTO, i: int, translate: Translate = _english,
                  style: NumberStyle = PLAIN) -> str:
    """'Memory capacity: 1.6× (A over B), per package': the larger figure over the smaller, with the basis."""
    j = comparison.baseline
    ratio = row.cells[i].ratio or 1.0
    high, low = (i, j) if ratio >= 1 else (j, i)
    text = translate(CONTEXT, RATIO).replace("%1", catalog_word(row.metric.label, translate)).replace(
        "%2", ratio_label(ratio if ratio >= 1 else 1 / ratio, style)).replace("%3", LETTERS[high]).replace(
        "%4", LETTERS[low])
    basis = _basis(row, i, j, translate)
    return text + (f", {basis}" if basis else "")


def power_finding(comparison: ComparisonDTO, translate: Translate = _english) -> str | None:
    """'Power cost: 700 W (TDP) for A, 700 W (TDP) for B: 1× (A over B).'; three or four devices, each device's
    figure and its ratio to the baseline. None without a power row."""
    row = comparison.row(POWER_KEY)
    if row is None:
        return None
    missing = [comparison.devices[k].name for k, c in enumerate(row.cells) if c.value is None or c.value.is_gap]
    if len(missing) == len(row.cells):
        return translate(CONTEXT, NO_POWER).replace("%1", ", ".join(missing))
    shown = [shown_display(c, translate) if c.value is not None else translate(CONTEXT, NOT_PUBLISHED)
             for c in row.cells]
    base = comparison.baseline
    if len(row.cells) == 2 and base == 1:
        cell = row.cells[0]
        if cell.ratio_display:
            return translate(CONTEXT, POWER_PAIR).replace("%1", shown[0]).replace("%2", shown[1]).replace(
                "%3", cell.ratio_display + (f" {WARNING_MARK}" if cell.ratio_warnings else ""))
    each = ", ".join(f"{LETTERS[k]} {text}" for k, text in enumerate(shown))
    ratios = ", ".join(f"{LETTERS[k]} {c.ratio_display}" + (f" {WARNING_MARK}" if c.ratio_warnings else "")
                       for k, c in enumerate(row.cells) if k != base and c.ratio_display)
    if not ratios:
        return translate(CONTEXT, POWER_NONE).replace("%1", each)
    return translate(CONTEXT, POWER_MANY).replace("%1", each).replace("%2", LETTERS[base]).replace("%3", ratios)


def scale_metric(comparison: ComparisonDTO) -> str | None:
    """The metric the scale-to-match sentence is about: dense BF16 when the comparison has it, else the first
    metric where more is better (as the window's calculator chooses)."""
    keys = [r.metric.key for r in comparison.rows if r.metric.kind == "number" and r.metric.higher_is_better]
    return SCALE_KEY if SCALE_KEY in keys else (keys[0] if keys else None)


def scale_sentences(comparison: ComparisonDTO, scale_to_match: ScaleToMatch, translate: Translate = _english,
                    style: NumberStyle = PLAIN) -> list[str]:
    """'1.32 × Huawei Ascend 910C ≈ 1 × NVIDIA H100 SXM on Dense BF16/FP16, at 1.3× the power': one sentence per
    compared device against the baseline, made by the calculator's code (`scale_to_match`: the store's or
    db.api's); in another language than English, phrased by desktop.present.scale_words from its numbers."""
    key = scale_metric(comparison)
    if key is None:
        return []
    out = []
    for i in range(len(comparison.devices)):
        if i != comparison.baseline:
            match = scale_to_match(comparison, key, i)
            text = match.text if translate is _english else scale_text(comparison, match, i, translate, style)
            out.append(text if text.endswith(".") else text + ".")
    return out


def disagreements(comparison: ComparisonDTO, translate: Translate = _english) -> list[str]:
    """'Dense BF16/FP16, A: 752 / 780 / 800 TFLOPS': each figure shown with ≠ (sources further apart than the ≠ threshold)."""
    return [f"{catalog_word(row.metric.label, translate)}, {LETTERS[i]}: {cell.disagreement}" for row in comparison.rows
            for i, cell in enumerate(row.cells) if cell.disagreement and cell.value is not None]


def disagreement_finding(comparison: ComparisonDTO, translate: Translate = _english) -> str:
    found = disagreements(comparison, translate)
    if not found:
        return fill(translate(CONTEXT, DISAGREE_NONE), threshold())
    if len(found) == 1:
        return fill(translate(CONTEXT, DISAGREE_ONE), DISAGREE_MARK, found[0], threshold())
    return fill(translate(CONTEXT, DISAGREE_MANY), str(len(found)), DISAGREE_MARK, "; ".join(found), threshold())


def key_findings(comparison: ComparisonDTO, scale_to_match: ScaleToMatch, translate: Translate = _english,
                 style: NumberStyle = PLAIN, rows: Iterable[RowDTO] | None = None, stacks: Sequence[object] = (),
                 events: Iterable[object] = ()) -> list[str]:
    """The brief's key findings, one line each: roadmap cautions, the largest ratios with their basis, the power
    cost, the scale-to-match sentences, the software stacks (`stacks`: library.beyond.device_stacks of the devices,
    citing their newest software event among `events`), the disagreeing sources and the weak citations. `rows`: the
    rows the brief's table shows (default every row)."""
    out = ps.cautions(comparison, translate)
    ratios = largest_ratios(comparison)
    out += [ratio_finding(comparison, row, i, translate, style) for row, i in ratios]
    if not ratios:
        out.append(translate(CONTEXT, NO_RATIO))
    power = power_finding(comparison, translate)
    if power:
        out.append(power)
    out += scale_sentences(comparison, scale_to_match, translate, style)
    from desktop.present.software_rows import software_finding
    software = software_finding(stacks, tuple(events), translate)  # type: ignore[arg-type]
    if software:
        out.append(software)
    out.append(disagreement_finding(comparison, translate))
    out.append(weak_finding(*weak_count(comparison.rows if rows is None else rows), translate=translate))
    return out


def parse_findings(text: str) -> list[str]:
    """Findings as the analyst typed them: one a line, bullets ('•', '-', '*') and blank lines dropped."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line[:1] in ("•", "-", "*") and line[1:2] in (" ", ""):
            line = line[1:].strip()
        if line:
            out.append(line)
    return out


def findings_text(findings: Iterable[str]) -> str:
    """The findings as the editor shows them: one a line, each after '• '."""
    return "\n".join(f"• {f}" for f in findings)

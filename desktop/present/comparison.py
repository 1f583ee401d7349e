"""How a comparison reads and is drawn, once for the table model, the command-line table, the on-screen
ratio chart and every export: column letters, the marks (≠ sources disagree, ▲ the better figure), cell
and ratio text, axis tick labels, one marker shape per device and the geometry of the dot plot that shows
three or four devices.

No Qt here (an import-linter contract). Text a user reads that is a sentence is phrased by the callers
through Qt's translation functions; the marks and letters below are not translated.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from db.api.compare import BASIS_DIFFERS, PLAIN, QUALIFIERS_DIFFER, NumberStyle, format_ratio
from db.dto import CellDTO, ComparisonDTO, RowDTO, ValueDTO
from desktop.present.beyond import SOFTWARE_GROUP, SUPPLY_GROUP
from desktop.present.catalog_words import catalog_word
from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english, phrase, phrase_all

BASIS_CODES = (BASIS_DIFFERS, QUALIFIERS_DIFFER)  # a ratio withheld because the figures are of different kinds

LETTERS = "ABCD"  # one letter per device column; a comparison has 2 to 4 devices
DISAGREE_MARK = "≠"  # the sources of a figure differ by more than 5%
FIELD_DIFFERS = DISAGREE_MARK  # the team library's conflicts: the two versions of a shared row differ in this field
BETTER_MARK = "▲"  # the better (pair) or best (three or four devices) figure
DERIVED_MARK = "ƒ"  # a metric computed from other figures
WARNING_MARK = "⚠"  # a ratio whose figures' basis is not stated, or holds for other conditions
SEP = "  "  # between a figure and its marks

# one marker shape per device (A, B, C, D): colour never names a device alone
MARKERS = ("circle", "square", "triangle-down", "diamond")


def letter(index: int) -> str:
    return LETTERS[index]


def group_word(group: str, translate: Translate = _english) -> str:
    """A group of the comparison's rows in the language of `translate`: the catalog's groups (Compute, Memory, ...)
    and the Software and Supply groups after them."""
    if group in (SOFTWARE_GROUP, SUPPLY_GROUP):
        return translate("Beyond", group)
    return catalog_word(group, translate)


def device_label(comparison: ComparisonDTO, index: int) -> str:
    """'A: Huawei Ascend 910C'."""
    return f"{LETTERS[index]}: {comparison.devices[index].name}"


def ratio_label(ratio: float, style: NumberStyle = PLAIN) -> str:
    """A ratio of two figures as text: '0.76×', '2.1×' (the one formatter in db.units)."""
    return format_ratio(ratio, style)


def tick_label(k: int, point: str = ".") -> str:
    """The label of the log-axis tick at 2**k: '1×', '4×', '0.125×' (with `point`, the figures' decimal point:
    '0,125×' in French). An axis tick is an exact power of two, so it keeps three significant digits where a
    ratio of two figures is rounded to two (0.125×, not 0.12×)."""
    r = 2.0 ** k
    return (f"{r:g}×" if r >= 1 else f"{r:.3g}×").replace(".", point)


# a figure whose text says the device lacks the feature ('not supported', 'unsupported', 'no FP8') reads
# "not supported" in a style of its own; a figure no source gives reads "not published" (db.compare)
NOT_SUPPORTED = QT_TRANSLATE_NOOP("Comparison", "not supported")
_ABSENT = re.compile(r"(not supported|unsupported|no support|no [\w.+-]+)", re.IGNORECASE)


def is_not_supported(value: ValueDTO | None) -> bool:
    """Whether a figure says the feature is absent; a missing figure (None) is "not published", not this."""
    if value is None or value.value_num is not None or not value.value_text:
        return False
    return bool(_ABSENT.fullmatch(value.value_text.strip()))


# the words db.compare puts in a cell's display: no figure, and the tags after a number ('700 W (TDP)', '176 TFLOPS
# (Cube units)', '96 TFLOPS (per board)', '1,000 TFLOPS (format, sparsity unstated)')
DISPLAY_WORDS = {
    "not published": QT_TRANSLATE_NOOP("Comparison", "not published"),
    "not applicable": QT_TRANSLATE_NOOP("Comparison", "not applicable"),
    "all-in": QT_TRANSLATE_NOOP("Comparison", "all-in"),
    "one way": QT_TRANSLATE_NOOP("Comparison", "one way"),
    "Cube units": QT_TRANSLATE_NOOP("Comparison", "Cube units"),
    "vector units": QT_TRANSLATE_NOOP("Comparison", "vector units"),
    "package": QT_TRANSLATE_NOOP("Comparison", "package"),
    "board": QT_TRANSLATE_NOOP("Comparison", "board"),
    "superchip": QT_TRANSLATE_NOOP("Comparison", "superchip"),
    "die": QT_TRANSLATE_NOOP("Comparison", "die"),
    "node": QT_TRANSLATE_NOOP("Comparison", "node"),
    "rack": QT_TRANSLATE_NOOP("Comparison", "rack"),
    "pod": QT_TRANSLATE_NOOP("Comparison", "pod"),
    "system": QT_TRANSLATE_NOOP("Comparison", "system"),
    "format": QT_TRANSLATE_NOOP("Comparison", "format"),
    "sparsity": QT_TRANSLATE_NOOP("Comparison", "sparsity"),
    "scope": QT_TRANSLATE_NOOP("Comparison", "scope"),
    "direction": QT_TRANSLATE_NOOP("Comparison", "direction"),
    "granularity": QT_TRANSLATE_NOOP("Comparison", "granularity"),
    "condition": QT_TRANSLATE_NOOP("Comparison", "condition"),
}
PER_TAG = QT_TRANSLATE_NOOP("Comparison", "per %1")
UNSTATED_TAG = QT_TRANSLATE_NOOP("Comparison", "%1 unstated")
_TAGS = re.compile(r"^(.*) \(([^()]*)\)$", re.DOTALL)


def _word(word: str, translate: Translate) -> str:
    return translate("Comparison", DISPLAY_WORDS[word]) if word in DISPLAY_WORDS else word


def _tag(tag: str, translate: Translate) -> str:
    if tag.startswith("per ") and tag[4:] in DISPLAY_WORDS:
        return translate("Comparison", PER_TAG).replace("%1", _word(tag[4:], translate))
    if tag.endswith(" unstated"):
        fields = tag[:-len(" unstated")].split(", ")
        if all(f in DISPLAY_WORDS for f in fields):
            return translate("Comparison", UNSTATED_TAG).replace("%1", ", ".join(_word(f, translate) for f in fields))
    return _word(tag, translate)


def display_words(text: str, translate: Translate = _english) -> str:
    """A display of db.compare in the language of `translate`: 'not published', and the tags after a number; the
    number, its unit and the sources' own words as they are."""
    if translate is _english or not text:
        return text
    if text in DISPLAY_WORDS:
        return _word(text, translate)
    m = _TAGS.match(text)
    if m is None or not m.group(1)[:1].isdigit() and not m.group(1).startswith("≈"):
        return text  # a statement of the sources ('Hopper (GH100)'): their words
    return f"{m.group(1)} ({'; '.join(_tag(t, translate) for t in m.group(2).split('; '))})"


def shown_display(cell: CellDTO, translate: Translate = _english) -> str:
    """The cell's figure as it reads: its display, or "not supported" for a figure saying the feature is absent."""
    return translate("Comparison", NOT_SUPPORTED) if is_not_supported(cell.value) else \
        display_words(cell.display, translate)


def disagree_suffix(cell: CellDTO) -> str:
    return f"{SEP}{DISAGREE_MARK}" if cell.disagreement else ""


def cell_text(cell: CellDTO, text: str | None = None, translate: Translate = _english) -> str:
    """A cell's figure with its disagreement mark: '752 TFLOPS  ≠'. `text`: the figure as the caller
    shows it (clipped, say), default the cell's display ("not supported" for a feature the device lacks)."""
    return (shown_display(cell, translate) if text is None else text) + disagree_suffix(cell)


def best_sides(row: RowDTO) -> set[int]:
    """The device columns whose figure is marked better: the best of three or four, or the better of a pair."""
    if row.best:
        return set(row.best)
    return {row.better} if row.better is not None else set()


def is_marked(row: RowDTO, side: int) -> bool:
    """Whether the figure in column `side` is bold with ▲ (a pair: the better; more: the best)."""
    return side in row.best if len(row.cells) > 2 else row.better == side


def warning_suffix(reasons: tuple[object, ...]) -> str:
    """'  ⚠' after a ratio whose figures' basis needs care (not stated, other conditions)."""
    return f"{SEP}{WARNING_MARK}" if reasons else ""


def pair_ratio_text(row: RowDTO) -> str:
    """A pair's ratio column: '0.76×  ▲B', '1.7×  ▲A  ⚠' ('' when there is no ratio)."""
    if not row.ratio_display:
        return ""
    return row.ratio_display + (f"{SEP}{BETTER_MARK}{LETTERS[row.better]}" if row.better is not None else "") \
        + warning_suffix(row.ratio_warnings)


def row_notes(comparison: ComparisonDTO, row: RowDTO, translate: Translate = _english) -> list[str]:
    """Why a row's ratios are withheld ('not comparable: …') or need care (⚠ …), each once."""
    cells = [row.cells[i] for i in range(len(comparison.devices)) if i != comparison.baseline]
    withheld = [phrase(c.ratio_note, translate) for c in cells if c.ratio_note and c.ratio_note.code in BASIS_CODES]
    warned = [f"{WARNING_MARK} {w}" for c in cells for w in phrase_all(c.ratio_warnings, translate)]
    return list(dict.fromkeys(withheld + warned))


def ratio_notes(comparison: ComparisonDTO, translate: Translate = _english) -> list[str]:
    """Every row's notes, as 'Metric: note' (for a caption, a footnote list, the brief)."""
    return [f"{catalog_word(row.metric.label, translate)}: {note}" for row in comparison.rows
            for note in row_notes(comparison, row, translate)]


def best_suffix(row: RowDTO, side: int) -> str:
    """'  ▲' after the best figure of three or four devices."""
    return f"{SEP}{BETTER_MARK}" if side in row.best else ""


def many_cell_text(row: RowDTO, side: int, text: str) -> str:
    """Three or four devices: a cell's text, its ratio to the baseline and ▲ on the best
    ('2.25 PFLOPS  2.3×  ▲')."""
    cell = row.cells[side]
    if cell.ratio_display:
        text += f"{SEP}{cell.ratio_display}" + warning_suffix(cell.ratio_warnings)  # not comparable: said elsewhere
    return text + best_suffix(row, side)


def many_ratio_line(row: RowDTO, side: int) -> str:
    """Three or four devices, a ratio column line: 'C: 2.3×  ▲', 'C: –' when not comparable, '' without one."""
    cell = row.cells[side]
    if cell.ratio_display:
        return f"{LETTERS[side]}: {cell.ratio_display}" + best_suffix(row, side) + warning_suffix(cell.ratio_warnings)
    return f"{LETTERS[side]}: –" if cell.ratio_note else ""


# ------------------------------------------------------------------------------------- the dot plot

ROW_SPREAD = 0.2  # devices of one row sit this far apart (in row units), so that equal ratios show
LEFT_ROOM = 0.7  # log2 units left of the leftmost marker
RIGHT_ROOM = 1.2  # right of the rightmost marker: room for its letter
LETTER_GAP = 0.15  # between a marker and its letter
TICK_STEPS = (1, 2, 3, 4, 6, 8)  # ticks at every power of two, or of 4, 8, ... when the axis is narrow
TICK_MIN_PX = 40  # tick labels at least this far apart


@dataclass(frozen=True)
class Dot:
    device: int  # column index
    x: float  # log2 of the ratio to the baseline (0: the baseline itself)
    y: float  # in row units: the row's y plus the device's offset
    text: str  # 'C' or 'C▲' beside the marker
    marker: str  # one of MARKERS
    ratio: float  # 1.0 for the baseline
    better: int | None  # non-baseline: the better side's column index; None: none or the baseline


@dataclass(frozen=True)
class DotRow:
    key: str
    label: str
    y: float  # top row highest: n - 1 - k
    dots: tuple[Dot, ...]


@dataclass(frozen=True)
class DotPlot:
    """Three or four devices: one row per key metric, one marker per device at its ratio to the baseline
    (log2 scale, the baseline on the 1× line)."""

    baseline: int
    rows: tuple[DotRow, ...]
    missing: tuple[str, ...]  # key metrics with no comparable ratio
    low: float  # x range, in log2 units
    high: float

    @property
    def y_range(self) -> tuple[float, float]:
        return -0.6, max(len(self.rows), 1) - 0.4

    def tick_step(self, px_per_unit: float) -> int:
        return next((k for k in TICK_STEPS if k * px_per_unit >= TICK_MIN_PX), TICK_STEPS[-1])

    def ticks(self, px_per_unit: float, point: str = ".") -> list[tuple[int, str]]:
        """(log2 position, label) of the axis ticks, with the figures' decimal `point`; none half shown at the
        edges."""
        step = self.tick_step(px_per_unit)
        return [(k, tick_label(k, point)) for k in range(-8, 9) if k % step == 0 and self.low + 0.3 <= k <= self.high - 0.3]


def dot_plot(comparison: ComparisonDTO, translate: Translate = _english) -> DotPlot:
    """The dots of three or four devices; the metrics' names in the language of `translate`."""
    base = comparison.baseline
    n = len(comparison.devices)
    others = [i for i in range(n) if i != base]
    rows = [r for r in comparison.rows if r.metric.key_metric
            and any(r.cells[i].ratio is not None and r.cells[i].ratio > 0 for i in others)]
    out, xs = [], []
    for k, r in enumerate(rows):
        y_row = len(rows) - 1 - k
        dots = []
        for i in range(n):
            cell = r.cells[i]
            if i == base:
                ratio, better = 1.0, None
            elif cell.ratio is None or cell.ratio <= 0:
                continue
            else:
                ratio = cell.ratio
                better = None if cell.better is None else (i if cell.better else base)
            x = math.log2(ratio)
            dots.append(Dot(i, x, y_row + (i - (n - 1) / 2) * ROW_SPREAD,
                            LETTERS[i] + (BETTER_MARK if i in r.best else ""), MARKERS[i], ratio, better))
            xs.append(x)
        out.append(DotRow(r.metric.key, catalog_word(r.metric.label, translate), y_row, tuple(dots)))
    missing = tuple(catalog_word(r.metric.label, translate) for r in comparison.rows if r.metric.key_metric and r not in rows)
    return DotPlot(base, tuple(out), missing, min(xs + [-1.0]) - LEFT_ROOM, max(xs + [1.0]) + RIGHT_ROOM)


def marker_polygon(marker: str, cx: float, cy: float, size: float) -> list[tuple[float, float]]:
    """The outline of a marker of `size` (its width) centred on (cx, cy), y downwards; [] for a circle
    (drawn as an ellipse). The shapes match the on-screen chart's symbols."""
    h = size / 2
    if marker == "square":
        s = h * 0.85
        return [(cx - s, cy - s), (cx + s, cy - s), (cx + s, cy + s), (cx - s, cy + s)]
    if marker == "triangle-down":
        return [(cx - h, cy - h * 0.6), (cx + h, cy - h * 0.6), (cx, cy + h)]
    if marker == "diamond":
        return [(cx, cy - h), (cx + h, cy), (cx, cy + h), (cx - h, cy)]
    return []

"""The timeline's label placement, without Qt: shared by the window's chart and the exported picture.

- `shorten` cuts a title at a word boundary (never inside a word; between Chinese or Japanese characters
  is a boundary) so that it fits a width, and ends it with an ellipsis.
- `group` clusters markers closer than a marker's width into one (a run of close markers is split at its
  widest gaps when it grows longer than a few markers), so no two drawn markers sit on each other.
- `place_lane` stacks the labels of one lane in rows under the lane line, each joined to its marker by a
  vertical leader line: no two labels overlap, and no leader line crosses a label of another row (labels
  are placed right to left, so a crowded stretch steps down like a staircase). Near the right edge a
  label ends at its marker instead of starting there.

Text is measured by the caller (`width_of(text) -> px`), so fonts stay the renderer's business and the
tests can measure with a fixed width per character.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

WidthOf = Callable[[str], float]

ELLIPSIS = "…"
LEAD_PX = 3.0  # from a marker to the start of its label
GAP_PX = 6.0  # between two labels of a row
LEADER_CLEAR_PX = 2.0  # a label keeps this far from another row's leader line

# a break is allowed at a run of spaces, and before or after a CJK character
_BREAKS = re.compile(r"\s+|(?<=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])|(?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])")
_TRAILING = " ,;:·—–-(/&"


def cut_points(text: str) -> list[int]:
    """Where `text` may be cut (indices, increasing): before a space, or next to a CJK character."""
    points = sorted({m.start() for m in _BREAKS.finditer(text)} - {0})
    return [p for p in points if p < len(text)]


def shorten(text: str, width_of: WidthOf, max_px: float) -> tuple[str, bool]:
    """(the text, False) when it fits `max_px`; else (its longest start that ends at a word boundary and
    fits with an ellipsis, True). A first word wider than `max_px` is kept whole: never cut inside a word."""
    text = " ".join(text.split())
    if width_of(text) <= max_px:
        return text, False
    best = ""
    for point in cut_points(text):
        head = text[:point].rstrip(_TRAILING)
        if not head:
            continue
        candidate = head + ELLIPSIS
        if width_of(candidate) > max_px:
            break
        best = candidate
    if not best:
        points = [p for p in cut_points(text) if text[:p].rstrip(_TRAILING)]
        best = (text[:points[0]].rstrip(_TRAILING) + ELLIPSIS) if points else text
        if best == text:
            return text, False
    return best, True


def group(xs: Sequence[float], distance: float, max_span: float | None = None) -> list[tuple[int, int]]:
    """Runs [start, end) of the sorted marker positions `xs` whose neighbours are closer than `distance`:
    each run becomes one marker. A run wider than `max_span` (default: 3 × distance) is split at its widest
    gaps; afterwards, runs whose middles are still closer than `distance` are joined again."""
    n = len(xs)
    if not n:
        return []
    max_span = 3 * distance if max_span is None else max_span
    runs: list[tuple[int, int]] = []
    start = 0
    for i in range(1, n + 1):
        if i == n or xs[i] - xs[i - 1] >= distance:
            runs.extend(_split(xs, start, i, max_span))
            start = i
    joined: list[tuple[int, int]] = []
    for run in runs:
        if joined and _middle(xs, run) - _middle(xs, joined[-1]) < distance:
            joined[-1] = (joined[-1][0], run[1])
        else:
            joined.append(run)
    return joined


def _middle(xs: Sequence[float], run: tuple[int, int]) -> float:
    return (xs[run[0]] + xs[run[1] - 1]) / 2


def _split(xs: Sequence[float], start: int, end: int, max_span: float) -> list[tuple[int, int]]:
    if end - start < 2 or xs[end - 1] - xs[start] <= max_span:
        return [(start, end)]
    cut = max(range(start + 1, end), key=lambda i: (xs[i] - xs[i - 1], -abs(2 * i - start - end)))
    return _split(xs, start, cut, max_span) + _split(xs, cut, end, max_span)


def place_lane(anchors: Sequence[float], widths: Sequence[float], left: float, right: float,
               max_rows: int | None = None, gap: float = GAP_PX, lead: float = LEAD_PX,
               cross: bool = False) -> list[tuple[float, int] | None]:
    """(label left, row) for each label of one lane, or None when `max_rows` rows have no room for it.

    `anchors` are the markers' x (sorted), `widths` the labels' widths. A label starts `lead` px right of
    its marker or, in a crowd that would run past `right`, ends `lead` px left of it; it stays within
    [left, right] when it can. Within a row labels keep `gap` apart. A label in row r needs its leader line
    (from the lane line down to row r, at its marker) clear of every label of the rows above, and keeps
    clear of the leader lines that pass through row r; `cross=True` drops that rule (a last resort).

    Crowds are laid out as staircases: labels to the right of their markers from right to left, labels to
    the left of their markers (near the right edge) from left to right, so each leader line stays clear."""
    best: list[tuple[float, int] | None] | None = None
    best_score = None
    for tail in (True, False):
        spots = _place_in(anchors, widths, left, right, max_rows, gap, lead, cross,
                          _order(anchors, widths, left, right, gap, lead, tail))
        flipped = sum(1 for x, s in zip(anchors, spots) if s is not None and s[0] < x)
        score = (sum(s is None for s in spots), rows_used(spots), flipped)
        if best_score is None or score < best_score:
            best, best_score = spots, score
    return best or []


def _place_in(anchors, widths, left, right, max_rows, gap, lead, cross, order) -> list[tuple[float, int] | None]:
    n = len(anchors)
    out: list[tuple[float, int] | None] = [None] * n
    rows: list[list[tuple[float, float]]] = []  # per row: (left, right) of its labels
    leaders: list[tuple[float, int]] = []  # (x, row) of the leader lines placed
    for i, flip in order:
        x, w = anchors[i], widths[i]
        after, before = x + lead, x - lead - w
        starts = [before, after] if flip else [after, before]
        starts = [s for s in starts if left <= s and s + w <= right] or [max(left, min(after, right - w))]
        row = 0
        while max_rows is None or row < max_rows:
            if not cross and any(a - LEADER_CLEAR_PX <= x <= b + LEADER_CLEAR_PX for r in rows[:row] for a, b in r):
                break  # the leader line would cross a label above, and would in every lower row too
            boxes = rows[row] if row < len(rows) else []
            start = next((s for s in starts if _fits(s, s + w, boxes, [] if cross else leaders, row, gap)), None)
            if start is not None:
                if row == len(rows):
                    rows.append([])
                rows[row].append((start, start + w))
                leaders.append((x, row))
                out[i] = (start, row)
                break
            row += 1
    return out


def _order(anchors: Sequence[float], widths: Sequence[float], left: float, right: float, gap: float,
           lead: float, tail: bool) -> list[tuple[int, bool]]:
    """(label index, flipped) in the order to place them: crowds (labels that would touch when put right
    of their markers) from the rightmost; a crowd that would run past `right` is flipped to the left of its
    markers and placed left to right (only its labels that would pass `right`, first, when `tail`), else it
    is placed right to left."""
    crowds: list[list[int]] = []
    end = -1e18
    for i, x in enumerate(anchors):
        if crowds and x + lead < end + gap:
            crowds[-1].append(i)
        else:
            crowds.append([i])
        end = max(end if len(crowds[-1]) > 1 else -1e18, x + lead + widths[i])
    order: list[tuple[int, bool]] = []
    for crowd in reversed(crowds):
        flip = max(anchors[i] + lead + widths[i] for i in crowd) > right and \
            min(anchors[i] - lead - widths[i] for i in crowd) >= left
        if flip and tail:
            out = [i for i in crowd if anchors[i] + lead + widths[i] > right]
            order.extend((i, True) for i in out)
            order.extend((i, False) for i in reversed(crowd) if i not in out)
        else:
            order.extend((i, flip) for i in (crowd if flip else reversed(crowd)))
    return order


def _fits(a: float, b: float, boxes: list[tuple[float, float]], leaders: list[tuple[float, int]], row: int,
          gap: float) -> bool:
    if any(a < bb + gap and ba < b + gap for ba, bb in boxes):
        return False
    return not any(r > row and a - LEADER_CLEAR_PX <= lx <= b + LEADER_CLEAR_PX for lx, r in leaders)


def rows_used(placed: Sequence[tuple[float, int] | None]) -> int:
    return max((p[1] + 1 for p in placed if p is not None), default=0)


def boxes_intersect(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Whether two (left, top, width, height) boxes share any area."""
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]

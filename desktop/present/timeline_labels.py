"""The timeline's label placement, without Qt: shared by the window's chart and the exported picture.

- `shorten` cuts a title at a word boundary (never inside a word; between Chinese or Japanese characters
  is a boundary) so that it fits a width, and ends it with an ellipsis.
- `group` clusters markers closer than a marker's width into one (a run of close markers is cut into
  pieces when it grows longer than a few markers), so no two drawn markers sit on each other.
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

import numpy as np

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


def group(xs: Sequence[float] | np.ndarray, distance: float, max_span: float | None = None) -> list[tuple[int, int]]:
    """Runs [start, end) of the sorted marker positions `xs` whose neighbours are closer than `distance`:
    each run becomes one marker. A run wider than `max_span` (default: 3 × distance) is cut into pieces
    of at most that width; afterwards, pieces whose middles are still closer than `distance` are joined
    again. Vectorised: the chart groups every event in view on each frame."""
    x = np.asarray(xs, dtype=np.float64)
    n = len(x)
    if not n:
        return []
    max_span = 3 * distance if max_span is None else max_span
    new_run = np.empty(n, dtype=bool)
    new_run[0] = True
    new_run[1:] = np.diff(x) >= distance
    run_start = np.maximum.accumulate(np.where(new_run, np.arange(n), 0))
    piece = np.floor((x - x[run_start]) / max(max_span, 1e-9)).astype(np.int64)
    new_piece = new_run.copy()
    new_piece[1:] |= piece[1:] != piece[:-1]
    starts = np.flatnonzero(new_piece).tolist()
    ends = starts[1:] + [n]
    joined: list[tuple[int, int]] = []
    middle = -1e300
    for a, b in zip(starts, ends):
        m = (x[a] + x[b - 1]) / 2
        if joined and m - middle < distance:
            a = joined.pop()[0]
            m = (x[a] + x[b - 1]) / 2
        joined.append((a, b))
        middle = m
    return joined


def place_lane(anchors: Sequence[float], widths: Sequence[float], left: float, right: float,
               max_rows: int | None = None, gap: float = GAP_PX, lead: float = LEAD_PX, cross: bool = False,
               min_widths: Sequence[float] | None = None, least_widths: Sequence[float] | None = None,
               variants: Sequence[bool] = (True, False)) -> list[tuple[float, int, float] | None]:
    """(label left, row, width) for each label of one lane, or None when `max_rows` rows have no room for it.

    `anchors` are the markers' x (sorted), `widths` the labels' widths; a label may be narrowed down to its
    `min_widths` (default: not at all) when that lets it sit on a higher row, and further, down to its
    `least_widths`, rather than be left out. A label starts `lead` px right
    of its marker or, in a crowd that would run past `right`, ends `lead` px left of it; it stays within
    [left, right] when it can. Within a row labels keep `gap` apart. A label in row r needs its leader line
    (from the lane line down to row r, at its marker) clear of every label of the rows above, and keeps
    clear of the leader lines that pass through row r; `cross=True` drops that rule (a last resort).

    Crowds are laid out as staircases: labels to the right of their markers from right to left, labels to
    the left of their markers (near the right edge) from left to right, so each leader line stays clear.
    Both ways of flipping a crowd near the right edge (all of it, or its tail) are tried, unless `variants`
    says which; the one with fewest labels left out, then fewest rows, wins."""
    mins = list(widths) if min_widths is None else [min(a, b) for a, b in zip(widths, min_widths)]
    least = mins if least_widths is None else [min(a, b) for a, b in zip(mins, least_widths)]
    best: list[tuple[float, int, float] | None] | None = None
    best_score = None
    for tail in variants:
        spots = _place_in(anchors, widths, mins, least, left, right, max_rows, gap, lead, cross,
                          _order(anchors, widths, left, right, gap, lead, tail))
        flipped = sum(1 for x, s in zip(anchors, spots) if s is not None and s[0] < x)
        narrowed = sum(1 for w, s in zip(widths, spots) if s is not None and s[2] < w)
        score = (sum(s is None for s in spots), rows_used(spots), narrowed, flipped)
        if best_score is None or score < best_score:
            best, best_score = spots, score
    return best or []


def _span(x: float, w: float, minw: float, flip: bool, boxes, leaders, gap: float, lead: float, left: float,
          right: float) -> tuple[float, float] | None:
    """(left, width) of a label of width `w` (or narrower, down to `minw`) beside its marker at x, clear of
    the row's `boxes` and of the leader lines' xs in `leaders`; None when it has no room."""
    if not flip:
        s, limit = x + lead, right
        for a, b in boxes:
            if b + gap > s:
                if a - gap < s + 0.01:
                    return None
                limit = min(limit, a - gap)
        for lx in leaders:
            if lx + LEADER_CLEAR_PX >= s:
                if lx - LEADER_CLEAR_PX <= s:
                    return None
                limit = min(limit, lx - LEADER_CLEAR_PX)
        width = min(w, limit - s)
        return (s, width) if width >= minw else None
    e, limit = x - lead, left
    for a, b in boxes:
        if a - gap < e:
            if b + gap > e - 0.01:
                return None
            limit = max(limit, b + gap)
    for lx in leaders:
        if lx - LEADER_CLEAR_PX <= e:
            if lx + LEADER_CLEAR_PX >= e:
                return None
            limit = max(limit, lx + LEADER_CLEAR_PX)
    width = min(w, e - limit)
    return (e - width, width) if width >= minw else None


class _Row:
    __slots__ = ("boxes", "leaders")

    def __init__(self):
        self.boxes: list[tuple[float, float, int]] = []  # (left, right, label index)
        self.leaders: list[float] = []  # x of the leader lines that end in this row


def _place_in(anchors, widths, mins, least, left, right, max_rows, gap, lead, cross,
              order) -> list[tuple[float, int, float] | None]:
    """Each label, in `order`, goes to the first row where it fits (narrowed if need be) and its leader line
    is clear; when its leader is blocked (a label of an upper row covers its marker) before it finds room, a
    new row is opened just above the blocking one, if that keeps to `max_rows` and clear of the leaders."""
    rows: list[_Row] = []  # top to bottom
    where: dict[int, tuple[float, float, _Row]] = {}  # label index -> (left, width, its row)
    for i, flip in order:
        for minw in dict.fromkeys((mins[i], least[i])):  # as wide as it may be, else as narrow
            got = _place_one(i, flip, minw, anchors, widths[i], rows, left, right, max_rows, gap, lead, cross)
            if got is not None:
                start, width, row = got
                row.boxes.append((start, start + width, i))
                row.leaders.append(anchors[i])
                where[i] = (start, width, row)
                break
    depth = {id(r): k for k, r in enumerate(rows)}
    out: list[tuple[float, int, float] | None] = [None] * len(anchors)
    for i, (start, width, r) in where.items():
        out[i] = (start, depth[id(r)], width)
    return out


def _place_one(i, flip, minw, anchors, w, rows: list[_Row], left, right, max_rows, gap, lead,
               cross) -> tuple[float, float, _Row] | None:
    """(left, width, row) for label i: the first row with room, or a new row above the one that blocks its
    leader line (inserted into `rows`); None when there is no room within `max_rows`."""
    x = anchors[i]
    sides = [side for side in ([flip, not flip]) if (x - lead - minw >= left if side else x + lead + minw <= right)]

    def fit(row: int, boxes) -> tuple[float, float] | None:
        through = [] if cross else [lx for r in rows[row + 1:] for lx in r.leaders]
        for side in sides[:1] if len(sides) == 2 else sides:
            got = _span(x, w, minw, side, boxes, through, gap, lead, left, right)
            if got is not None:
                return got
        if not sides:  # wider than the room on either side: as far in as it goes
            s = max(left, min(x + lead, right - w))
            if all(not (s < b + gap and a < s + w + gap) for a, b in boxes) and \
                    not any(s - LEADER_CLEAR_PX <= lx <= s + w + LEADER_CLEAR_PX for lx in through):
                return s, w
        return None

    blocked = len(rows)
    for row in range(len(rows) + 1):
        if max_rows is not None and row >= max_rows:
            break
        boxes = [(a, b) for a, b, _j in rows[row].boxes] if row < len(rows) else []
        if not cross and any(a - LEADER_CLEAR_PX <= x <= b + LEADER_CLEAR_PX for a, b in boxes):
            blocked = row  # the leader cannot pass this row: no room in it or below
            break
        got = fit(row, boxes)
        if got is not None:
            if row == len(rows):
                rows.append(_Row())
            return got[0], got[1], rows[row]
    if max_rows is not None and len(rows) >= max_rows:
        return None
    for row in range(min(blocked, len(rows)), -1, -1):  # a new row above the blocking one
        got = fit(row - 1, [])
        if got is not None:
            rows.insert(row, _Row())
            return got[0], got[1], rows[row]
    return None


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


def alternate_sides(anchors: Sequence[float], widths: Sequence[float], right: float, gap: float = GAP_PX) -> list[bool]:
    """Which labels hang above their lane line (True) rather than below it: every other one in a crowd
    (labels that would touch if all hung on one side), which halves the crowd's staircase; a label with
    room of its own hangs below."""
    out = [False] * len(anchors)
    end = -1e18
    turn = False
    for k, x in enumerate(anchors):
        crowded = x < end or (k + 1 < len(anchors) and anchors[k + 1] < min(x + widths[k] + gap, right))
        turn = (not turn) if crowded and x < end else False
        out[k] = turn
        end = x + widths[k] + gap
    return out


def rows_used(placed: Sequence[tuple[float, int, float] | None]) -> int:
    return max((p[1] + 1 for p in placed if p is not None), default=0)


def boxes_intersect(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Whether two (left, top, width, height) boxes share any area."""
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]

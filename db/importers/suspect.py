"""Unit suspects: an incoming figure that a unit slip would explain is held, not imported, until confirmed.

A figure 8 times (bits read as bytes, or bytes as bits), 1,000 or 1,024 times (a unit prefix) off, either way
and within ±3%, from another source's figure of the same device and metric, with no other source agreeing
with it (within a factor of 2, one way vs both ways), is a unit suspect. A scale-out bandwidth is also checked
against the device's scale-up figures: Epoch's 910C internode cell, 7.84e11 "bit/s", is Huawei's 784 GB/s
scale-up figure stored as bits (bytes read as bits: 98 GB/s). The import plan (db.importers.plan) shows such a
figure as held ('hold') with a `Suspect` (the factor, the likely reading, what it was compared with); it is
written only when the analyst confirms (`accept_suspect`). The words are desktop/'s (desktop.present).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from db.importers.base import ValueIn

# the unit slips a figure is held for: bits read as bytes (8), a unit a thousand times off (1,000; 1,024)
UNIT_FACTORS = (8, 1000, 1024)
SUSPECT_TOLERANCE = 0.03
# a figure of these rows is also checked against the same device's figures of the rows named
PEERS = {"scaleout_bw": ("scaleup_bw",)}


@dataclass(frozen=True)
class Suspect:
    """Why a file's figure is held as unit suspect: it is `factor` (8, 1,000 or 1,024) times lower (`way`
    'low') or higher ('high') than `reference`, another source's figure of the same device in the row
    `reference_metric` (within SUSPECT_TOLERANCE), and no other source's figure of its own row agrees with it.
    `likely`: the figure read the other way (bytes for bits, …), in the metric's unit; `unit`: that unit;
    `column`: the unit or column the file gives (Epoch: its header)."""

    factor: int
    way: str  # low | high
    likely: float
    unit: str
    reference: float
    reference_metric: str
    reference_source: str
    column: str = ""


def unit_suspect(value: float, own: list[float], references: list[tuple[float, str, str]]) -> tuple[int, str, float,
                                                                                                   str, str] | None:
    """(factor, way, reference, its metric, its source) when `value` is a unit slip away from one of the
    `references` ((figure, metric, source)) and none of `own` (other sources' figures of its row) agrees with it
    within a factor of 2 (one way vs both ways)."""
    if value <= 0 or any(x > 0 and 0.5 <= value / x <= 2 for x in own):
        return None
    best: tuple[float, tuple[int, str, float, str, str]] | None = None
    for ref, metric, who in references:
        if ref <= 0:
            continue
        ratio = value / ref
        for f in UNIT_FACTORS:
            for way, off in (("high", abs(ratio / f - 1)), ("low", abs(ratio * f - 1))):
                if off <= SUSPECT_TOLERANCE and (best is None or off < best[0]):
                    best = (off, (f, way, ref, metric, who))
    return None if best is None else best[1]


def check(v: ValueIn, figures: Mapping[tuple[str, str], list[Any]], publisher: str, unit: str) -> Suspect | None:
    """Whether a file's figure looks like a unit slip against other sources' figures of the same device (and, on
    a scale-out row, the device's scale-up figures, read either way). `figures`: (device, metric) -> the store's
    rows with a number (value_num, source, publisher, basis); `publisher`: who the file's figure is from (figures
    of the same source or publisher are not "other sources"); `unit`: the metric's unit."""
    if v.value_num is None:
        return None

    def others(metric: str) -> list[Any]:
        return [r for r in figures.get((v.device, metric), ())
                if r.source != v.source and (r.publisher or r.source or "") != publisher]
    own = [r.value_num for r in others(v.metric) if r.value_num is not None]
    refs = [(x, v.metric, r.publisher or r.source or "") for r in others(v.metric) if (x := r.value_num)]
    for peer in PEERS.get(v.metric, ()):
        for r in others(peer):
            x = r.value_num or 0.0
            both = {"one-way": (x, 2 * x), "both-ways": (x, x / 2)}.get(r.basis.direction or "", (x,))
            refs += [(y, peer, r.publisher or r.source or "") for y in both]
    found = unit_suspect(v.value_num, own, refs)
    if found is None:
        return None
    factor, way, ref, metric, source = found
    likely = float(f"{(v.value_num / factor if way == 'high' else v.value_num * factor):.12g}")
    return Suspect(factor, way, likely, unit, ref, metric, source, v.unit_text)

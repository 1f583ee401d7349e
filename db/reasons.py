"""Why db/ could not give a figure or a ratio, as a code with its data: db/ writes no sentence a user reads
(Qt's translation cannot reach it). desktop/present/reasons.py phrases each code."""
from __future__ import annotations

from dataclasses import dataclass

QUALIFIERS_DIFFER = "qualifiers_differ"  # data: (qualifier of the figure, qualifier of the other); None: standard
BASELINE_ZERO = "baseline_zero"  # the baseline's figure is zero
OTHER_ZERO = "other_zero"  # the figure divided by is zero


@dataclass(frozen=True)
class Reason:
    code: str
    data: tuple[object, ...] = ()

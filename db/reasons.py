"""Why db/ could not give a figure or a ratio, as a code with its data: db/ writes no sentence a user reads
(Qt's translation cannot reach it). desktop/present/reasons.py phrases each code."""
from __future__ import annotations

from dataclasses import dataclass

QUALIFIERS_DIFFER = "qualifiers_differ"  # data: (qualifier of the figure, qualifier of the other); None: standard
BASELINE_ZERO = "baseline_zero"  # the baseline's figure is zero
OTHER_ZERO = "other_zero"  # the figure divided by is zero
# db.basis: data (field, value of the figure, value of the other, device of the figure, device of the other)
BASIS_DIFFERS = "basis_differs"
BASIS_NOT_STATED = "basis_not_stated"  # data: (device, the fields not stated, comma-separated)
FORMAT_DIFFERS = "format_differs"  # data: (format of the figure, format of the other)
CONDITION_DIFFERS = "condition_differs"  # data: (device, its condition, other device, its condition)
# a row's figures, each the device's own headline, come from different sources (no data), or from different
# sources although one source gives a figure of the same kind for every side (data: that source's publisher)
SOURCES_DIFFER = "sources_differ"
SOURCES_DIFFER_SHARED = "sources_differ_shared"
METHODS_DIFFER = "methods_differ"  # one side's figure is stated, another's worked out by ChipLens


@dataclass(frozen=True)
class Reason:
    code: str
    data: tuple[object, ...] = ()

# why the figures of a cell disagree (db.disagreement); data start with the uids of the two figures (lower, higher)
GIB_VS_GB = "gib_vs_gb"  # data: (uid, uid, binary unit 'GiB', decimal unit 'GB'): their ratio is that factor
BITS_VS_BYTES = "bits_vs_bytes"  # data: (uid, uid): their ratio is 8
DIFFERENT_CONDITIONS = "different_conditions"  # data: (uid, uid, condition of each, '' for none stated)
ESTIMATE_VS_VENDOR = "estimate_vs_vendor"  # data: (uid of the analyst's or press figure, uid of the vendor's)

"""Which chart draws a comparison, decided once for the window's ratio chart and every export picture:
two devices as bars of A ÷ B (1× in the middle), three or four devices as the dot plot of
desktop.present.comparison.dot_plot (one marker per device, against the baseline).

No Qt here (an import-linter contract).
"""
from __future__ import annotations

from db.dto import ComparisonDTO

BARS = "bars"  # a pair: one bar per key metric, A's figure ÷ B's
DOTS = "dots"  # three or four devices: one row per key metric, one marker per device


def chart_kind(comparison: ComparisonDTO | int | None) -> str:
    """BARS for a pair (or nothing to draw), DOTS for three or four devices; takes a comparison or a device count."""
    if comparison is None:
        return BARS
    n = comparison if isinstance(comparison, int) else len(comparison.devices)
    return DOTS if n > 2 else BARS

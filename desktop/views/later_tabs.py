"""The tabs made after the comparison's first paint, beside the policy timeline: the export-control map, supply
and the software stacks (each view adds itself and its menu entries)."""
from __future__ import annotations

from typing import Any


def add_later_tabs(window: Any) -> None:
    from desktop.views.control_map_panel import ControlMapPanel
    from desktop.views.stacks_panel import StacksPanel
    from desktop.views.supply_panel import SupplyPanel
    window.control_map = ControlMapPanel.add_to(window)
    window.supply = SupplyPanel.add_to(window)
    window.stacks_panel = StacksPanel.add_to(window)

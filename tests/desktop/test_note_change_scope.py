"""A note's save is broadcast to every panel; none but the notes re-reads anything for it: not the comparison,
not the export-control map (an autosave runs every few seconds while the analyst types)."""
from __future__ import annotations

from db.dto import ChangeSet


def test_a_note_change_rereads_neither_the_comparison_nor_the_map(window, monkeypatch):
    window._load_timeline()  # the later tabs too: the export-control map, supply, stacks
    assert window.control_map is not None
    compared, judged = [], []
    store, panel = window.store, window.control_map
    for name in ("compare_many", "compare"):
        real = getattr(store, name)
        monkeypatch.setattr(store, name, lambda *a, _real=real, **k: compared.append(a) or _real(*a, **k))
    refresh = panel.refresh
    monkeypatch.setattr(panel, "refresh", lambda *a, **k: judged.append(a) or refresh(*a, **k))
    linked = frozenset(d.slug for d in window.comparison.devices)
    window.store.publish(ChangeSet(frozenset({"note"}), linked))  # a note linked to the devices on screen
    assert compared == [] and judged == []
    window.store.publish(ChangeSet(frozenset({"choice"}), linked))  # a figure chosen: both read again
    assert compared and judged

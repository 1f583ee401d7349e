"""A figure is never cut: at 1280 x 720 and 1440 x 900, notes open or not, two or four devices, every figure
cell of the comparison table is as wide as its text needs, and the columns fit the view (no figure off to the
side). The notes open as a tab where they would squeeze the figures, beside the tabs where there is room."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from desktop.models.comparison_model import ROW_ROLE, SIDE_ROLE
from desktop.notes_host import BESIDE, TAB

FOUR = ("ascend-910c", "h100-sxm", "h20", "b200")


def cut_figures(window) -> list[str]:
    """Figure cells whose text (in its own font, with the confidence mark's room) is wider than its column."""
    table = window.panel.table
    model = table.model()
    icon = table.iconSize().width() if table.iconSize().isValid() else 16
    cut = []
    for r in range(model.rowCount()):
        row = model.index(r, 0).data(ROW_ROLE)
        if row is None or row.metric.kind != "number":
            continue
        for c in range(1, model.columnCount()):
            index = model.index(r, c)
            if index.data(SIDE_ROLE) is None:
                continue
            font = index.data(0x06) or QFont(table.font())  # FontRole
            font = QFont(font)
            font.resolve(table.font())
            text = index.data()
            need = max(QFontMetrics(font).horizontalAdvance(line) for line in text.split("\n")) + icon + 12
            if need > table.columnWidth(c):
                cut.append(f"{row.metric.key}[{c}] {text!r}: {need} > {table.columnWidth(c)}")
    return cut


def columns_fit(window) -> bool:
    table = window.panel.table
    return sum(table.columnWidth(c) for c in range(table.model().columnCount())) <= table.viewport().width() + 1


@pytest.mark.parametrize("devices", [("910c", "h100"), FOUR])
@pytest.mark.parametrize("size", [(1280, 720), (1440, 900)])
def test_every_figure_shows_whole_with_the_notes_open(make_window, db_path, qtbot, size, devices):
    window = make_window(db_path)
    window.resize(*size)
    qtbot.wait(20)
    if len(devices) > 2:
        assert window.set_devices(devices, 1)
    else:
        assert window.set_pair(*devices)
    window.toggle_notes()
    qtbot.wait(50)
    assert window.notes_shown() and window.notes.isVisible() or window.notes_host.placement == TAB
    window.tabs.setCurrentIndex(0)  # back to the figures (the notes may be a tab of their own)
    qtbot.wait(50)
    assert window.panel.table.isVisible()
    assert cut_figures(window) == []
    assert columns_fit(window), [window.panel.table.columnWidth(c) for c in range(5)]


def test_wide_windows_keep_the_notes_beside_and_narrow_ones_as_a_tab(make_window, db_path, qtbot):
    window = make_window(db_path)
    window.resize(1280, 720)
    window.toggle_notes()
    assert window.notes_host.placement == TAB and window.tabs.currentWidget() is window.notes
    window.notes.new_note("Kept across the move")
    window.setMinimumWidth(0)
    window.resize(2200, 900)  # wider than the offscreen screen: the placement follows the window's width
    qtbot.waitUntil(lambda: window.notes_host.placement == BESIDE, timeout=2000)
    assert window.notes_dock.isVisible() and window.tabs.indexOf(window.notes) < 0
    assert window.notes.editor.title_edit.text() if hasattr(window.notes.editor, "title_edit") else True
    assert cut_figures(window) == [] and columns_fit(window)
    window.toggle_notes()
    assert not window.notes_shown() and not window.notes_dock.isVisible()

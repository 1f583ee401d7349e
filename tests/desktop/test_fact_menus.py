"""The analyst's stack facts and supply estimates reached from where they are read: the comparison's Software and
Supply cells, the Stacks tab's matrix and the Supply tab's list (desktop.fact_menus), on the real seeded store."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QUrl

from desktop import fact_menus
from desktop.fact_menus import short
from tests.desktop.test_beyond_facts import accept_with

SOURCE = {"publisher": "Analyst desk", "title": "Output model", "url": "https://example.org/model",
          "source_date": "2026-11-30"}


def source(dialog):
    for key, text in SOURCE.items():
        dialog.edits[key].setText(text)


def texts(menu):
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def action(menu, start):
    found = [a for a in menu.actions() if a.text().startswith(start)]
    found += [a for a in menu.actions() if a.menu() for a in a.menu().actions() if a.text().startswith(start)]
    assert found, (start, texts(menu))
    return found[0]


def cell_menu(window, key, side=0):
    return window.catalog.cell_menu(window.comparison.row(key), side, QPoint())


def stack_of(window, side=0):
    return window.store.device_stacks([window.comparison.devices[side].slug])[0].stack


def test_a_software_cell_offers_the_stack_a_fact_there_and_each_fact_behind_it(window):
    stack = stack_of(window)
    menu = cell_menu(window, "software_pytorch")
    shown = texts(menu)
    assert shown[0] == f"Show {fact_menus.short_name(stack)} in the &Stacks tab"
    assert f"Add a stack &fact for {fact_menus.short_name(stack)}…" in shown
    assert not [t for t in shown if "figure" in t]  # never "Add a figure…" on a statement row
    facts = stack.facts_for("pytorch")
    if len(facts) > fact_menus.SUBMENU_AFTER:
        sub = next(a.menu() for a in menu.actions() if a.menu())
        assert len(sub.actions()) == len(facts)
        assert all(" — " in a.text() and a.text().endswith("…") for a in sub.actions())
    else:
        assert "&Correct this fact…" in shown
    assert shown[-1].startswith("Edit the de&vice")


def test_show_in_the_stacks_tab_selects_that_stack(window, qtbot):
    stack = stack_of(window, 1)
    action(cell_menu(window, "software_vllm", 1), "Show ").trigger()
    assert window.tabs.currentWidget() is window.stacks_panel
    assert window.stacks_panel.selected_cell().stack_id == stack.id


def test_add_a_stack_fact_from_a_cell_is_prefilled_and_shows_in_the_cell(window, monkeypatch):
    stack = stack_of(window)
    shown = accept_with(monkeypatch, lambda d: (d.edits["value"].setText("torch_npu 9.9 (analyst's reading)"),
                                                source(d)))
    action(cell_menu(window, "software_pytorch"), "Add a stack &fact").trigger()
    dialog = shown[0]
    assert (dialog.stack_box.currentData(), dialog.field_box.currentData()) == (stack.id, "pytorch_support")
    cell = window.comparison.row("software_pytorch").cells[0]
    assert "torch_npu 9.9 (analyst's reading)" in cell.display  # the comparison rebuilt its Software rows
    window.undo_stack.undo()
    assert "torch_npu 9.9" not in window.comparison.row("software_pytorch").cells[0].display


def test_correct_a_fact_from_a_software_cell_keeps_the_bundled_one(window, monkeypatch):
    stack = stack_of(window)
    bundled = stack.facts_for("vllm")
    shown = accept_with(monkeypatch, lambda d: (d.edits["value"].setText("vllm-ascend, analyst's correction"),
                                                source(d)))
    first = "&Correct this fact" if len(bundled) == 1 else bundled[0].value[:20]
    action(cell_menu(window, "software_vllm"), first).trigger()
    assert shown[0].windowTitle() == "Correct a stack fact"
    after = window.store.library.beyond.stack(stack.id)
    assert set(bundled) <= set(after.facts)  # the bundled facts are unchanged
    mine = [f for f in after.facts if f.origin == "user"]
    assert [(f.field, f.value) for f in mine] == [("vllm_support", "vllm-ascend, analyst's correction")]
    # the analyst's own fact is now behind the cell: edit and delete it from the same menu
    menu = cell_menu(window, "software_vllm")
    action(menu, "Delete your" if len(bundled) == 0 else "Delete yours: ").trigger()
    assert [f for f in window.store.library.beyond.stack(stack.id).facts if f.origin == "user"] == []
    window.undo_stack.undo()
    assert [f.uid for f in window.store.library.beyond.stack(stack.id).facts if f.origin == "user"] == \
        [mine[0].uid]


def test_a_supply_estimate_added_from_a_cell_shows_in_it_and_undo_removes_it(window, monkeypatch):
    device = window.comparison.devices[0]
    menu = cell_menu(window, "supply_output")
    assert not [t for t in texts(menu) if "figure" in t]
    shown = accept_with(monkeypatch, lambda d: (d.edits["period"].setText("2027"), d.edits["value"].setText("4321"),
                                                d.unit_box.setEditText("chips"), source(d)))
    action(menu, f"Add a supply &estimate for {device.name}").trigger()
    dialog = shown[0]
    assert dialog.subject_box.currentText() == device.name
    assert dialog.metric_box.currentText() == fact_menus.ROW_METRICS["output"]
    cell = window.comparison.row("supply_output").cells[0]
    assert "4321" in cell.display and "2027" in cell.display  # in the open comparison, without reopening it
    window.undo_stack.undo()
    assert "4321" not in window.comparison.row("supply_output").cells[0].display


def test_supply_cell_corrections_are_listed_by_short_words(window, monkeypatch):
    value = window.comparison.row("supply_output").cells[0].value
    uids = [v.uid for v in value.inputs] if value else []
    menu = cell_menu(window, "supply_output")
    sub = [a.menu() for a in menu.actions() if a.menu()]
    if len(uids) > fact_menus.SUBMENU_AFTER:
        assert len(sub[0].actions()) == len(uids)
        assert all(len(a.text()) < 120 for a in sub[0].actions())
    bundled = {f.uid: f for f in window.store.supply()}[uids[0]]
    shown = accept_with(monkeypatch, lambda d: (d.edits["value"].setText("1"), source(d)))
    (sub[0].actions()[0] if sub else action(menu, "&Correct this fact")).trigger()
    assert shown[0].windowTitle() == "Correct a supply estimate"
    assert bundled in window.store.supply()


def test_the_stacks_matrix_menu_adds_and_corrects_facts_of_the_cell(window, monkeypatch, qtbot):
    window._load_timeline()
    panel = window.stacks_panel
    assert panel.table.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    assert panel.select("huawei-cann", "vllm")
    cell = panel.selected_cell()
    menu = fact_menus.stacks_menu(window, panel)
    assert texts(menu)[0] == "Add a stack &fact for CANN…"
    assert len(texts(menu)) == 1 + (1 if len(cell.facts) == 1 else len(cell.facts) > 1)
    shown = accept_with(monkeypatch, lambda d: (d.edits["value"].setText("analyst's vLLM note"), source(d)))
    action(menu, "Add a stack &fact").trigger()
    assert (shown[0].stack_box.currentData(), shown[0].field_box.currentData()) == ("huawei-cann", "vllm_support")
    assert panel.select("huawei-cann", "vllm")
    assert "analyst&#x27;s vLLM note" in panel.details_html() or "analyst's vLLM note" in panel.details_html()
    # the analyst's fact is listed behind the cell with Edit and Delete
    menu = fact_menus.stacks_menu(window, panel)
    action(menu, "Delete your").trigger()
    panel.select("huawei-cann", "vllm")
    assert "vLLM note" not in panel.details_html()


def test_the_supply_list_menu_corrects_edits_deletes_and_adds(window, monkeypatch):
    window._load_timeline()
    panel = window.supply
    assert panel.table.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    row = next(r for r in range(panel.model.rowCount()) if not panel.model.is_heading(r))
    bundled = panel.model.data(panel.model.index(row, 0), Qt.ItemDataRole.UserRole)
    panel.table.selectRow(row)
    menu = fact_menus.supply_menu(window, panel)
    assert texts(menu) == ["&Correct this estimate…", "&Add a supply estimate…"]
    accept_with(monkeypatch, lambda d: (d.edits["value"].setText("777"), source(d)))
    action(menu, "&Correct this estimate").trigger()
    mine = [f for f in window.store.supply() if f.origin == "user"]
    assert [(f.subject, f.metric, f.period, f.value) for f in mine] == [
        (bundled.subject, bundled.metric, bundled.period, "777")]
    assert bundled in window.store.supply()
    own = next(r for r in range(panel.model.rowCount())
               if getattr(panel.model.data(panel.model.index(r, 0), Qt.ItemDataRole.UserRole), "uid", None) == mine[0].uid)
    panel.table.selectRow(own)
    menu = fact_menus.supply_menu(window, panel)
    assert texts(menu) == ["&Edit your estimate…", "&Delete your estimate", "&Add a supply estimate…"]
    action(menu, "&Delete your estimate").trigger()
    assert [f for f in window.store.supply() if f.origin == "user"] == []
    window.undo_stack.undo()
    assert [f.uid for f in window.store.supply() if f.origin == "user"] == [mine[0].uid]


def test_short_words_cut_at_a_word():
    assert short("a b c") == "a b c"
    cut = short("word " * 30)
    assert cut.endswith("…") and len(cut) <= fact_menus.SHORT + 1 and " " not in cut[-2:]


def test_facts_the_analyst_may_not_state_are_not_offered_for_correction(window):
    cann = window.store.library.beyond.stack("huawei-cann")
    evidence = [f for f in cann.facts if f.field in ("mlperf", "model_ecosystem", "developer_scale")]
    assert evidence and fact_menus.correctable(evidence) == []
    routes = cann.facts_for("pytorch")
    assert fact_menus.correctable(routes) == list(routes)
    menu = cell_menu(window, "software_maturity")
    offered = [a.text() for a in menu.actions() if a.menu() for a in a.menu().actions()]
    assert not [t for t in offered for f in evidence if t.startswith(short(f.value)[:20])]


def test_the_stacks_details_pane_links_add_and_correct(window, monkeypatch):
    window._load_timeline()
    panel = window.stacks_panel
    assert panel.select("huawei-cann", "pytorch")
    page = panel.details_html()
    assert 'href="fact:add/huawei-cann/pytorch"' in page and "Add a stack fact for CANN…" in page
    fact = panel.selected_cell().facts[0]
    assert f'href="fact:edit/{fact.uid}"' in page
    shown = accept_with(monkeypatch, lambda d: (d.edits["value"].setText("torch_npu, analyst's reading"), source(d)))
    panel._link(QUrl(f"fact:edit/{fact.uid}"))
    assert shown[0].windowTitle() == "Correct a stack fact"
    panel.select("huawei-cann", "pytorch")
    mine = next(f for f in panel.selected_cell().facts if f.origin == "user")
    assert f'href="fact:delete/{mine.uid}"' in panel.details_html()
    panel._link(QUrl(f"fact:delete/{mine.uid}"))
    panel.select("huawei-cann", "pytorch")
    assert "analyst's reading" not in panel.details_html()
    accept_with(monkeypatch, lambda d: (d.edits["value"].setText("analyst's pytorch note"), source(d)))
    panel._link(QUrl("fact:add/huawei-cann/pytorch"))
    assert any(f.value == "analyst's pytorch note" and f.field == "pytorch_support"
               for f in window.store.library.beyond.stack("huawei-cann").facts)


def test_the_supply_details_pane_links_correct_and_add(window, monkeypatch):
    window._load_timeline()
    panel = window.supply
    row = next(r for r in range(panel.model.rowCount()) if not panel.model.is_heading(r))
    bundled = panel.model.data(panel.model.index(row, 0), Qt.ItemDataRole.UserRole)
    panel.table.selectRow(row)
    text, page = panel.details.toPlainText(), panel.details.toHtml()
    assert "Correct this estimate…" in text and "Add a supply estimate…" in text and "fact:edit/" in page
    shown = accept_with(monkeypatch, lambda d: (d.edits["value"].setText("9"), source(d)))
    panel.details.anchorClicked.emit(QUrl(f"fact:edit/{bundled.uid}"))
    assert shown[0].windowTitle() == "Correct a supply estimate"
    assert [f.value for f in window.store.supply() if f.origin == "user"] == ["9"]

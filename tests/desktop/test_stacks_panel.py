"""The Stacks tab on a real store: routes as colour and words from the bundled stacks, the jurisdiction filter, a
cell's sourced facts, the devices that run a stack (each opens a comparison) and MainWindow.show_stack."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QUrl

import resources
from desktop.models.stacks_matrix_model import STRIPE_ROLE, StacksMatrixModel
from desktop.present import stacks_matrix as sm
from desktop.present.beyond import ROUTE_KIND_COLOURS, route_label


def seed_stacks() -> list[dict]:
    return json.loads(resources.seed_bytes("stacks.json"))["stacks"]


@pytest.fixture
def panel(window, qtbot):
    window.show_stack("huawei-cann")
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.stacks_panel, timeout=10_000)
    return window.stacks_panel


def cell_text(panel, stack_id: str, row: str) -> str:
    model = panel.model
    return model.index(sm.ROWS.index(row), model.column_of(stack_id)).data()


def test_every_cell_says_its_route_kind_in_words_beside_its_colour(panel):
    model = panel.model
    assert [s.id for s in model.stacks()] == [s["id"] for s in seed_stacks()]
    for s in seed_stacks():
        for key in sm.ROUTE_KEYS:
            route = s["routes"][key]
            index = model.index(sm.ROWS.index(key), model.column_of(s["id"]))
            if route["text"] is None:
                assert index.data() == "not found" and index.data(STRIPE_ROLE) is None, (s["id"], key)
            else:
                assert route["text"] in index.data(), (s["id"], key)
                assert route_label(route["kind"]) in index.data() or route["kind"] == "other", (s["id"], key)
                assert index.data(STRIPE_ROLE).name() == ROUTE_KIND_COLOURS[route["kind"]].lower()
    assert cell_text(panel, "huawei-cann", "pytorch").startswith("plugin")
    assert cell_text(panel, "nvidia-cuda", "pytorch") == "in-tree"
    assert "no" not in {model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())}


def test_the_jurisdiction_filter_hides_the_other_side(panel):
    for side in sm.JURISDICTIONS:
        panel.filter_box.setCurrentIndex(panel.filter_box.findData(side))
        shown = [s.id for s in panel.model.stacks()]
        assert shown == [s["id"] for s in seed_stacks() if s["jurisdiction"] == side]
    panel.filter_box.setCurrentIndex(panel.filter_box.findData(None))
    assert len(panel.model.stacks()) == len(seed_stacks())


def test_show_stack_clears_a_filter_that_hides_it_and_selects_it(window, panel):
    panel.set_jurisdiction("US")
    window.tabs.setCurrentIndex(0)
    window.show_stack("huawei-cann")
    assert window.tabs.currentWidget() is panel
    assert panel.jurisdiction is None and panel.selected_cell().stack_id == "huawei-cann"


def test_a_selected_cell_shows_its_facts_with_their_sources(panel):
    seed = next(s for s in seed_stacks() if s["id"] == "huawei-cann")
    facts = [f for f in seed["facts"] if f["field"] in sm.ROW_FIELDS["pytorch"]]
    assert facts  # the reference sources CANN's PyTorch route
    page = panel.details_html()
    for f in facts:
        assert f["source"]["publisher"].replace("&", "&amp;") in page
        if f["source"]["url"]:
            assert f'href="{f["source"]["url"]}"' in page


def test_a_chip_links_to_its_stack_and_the_stack_back_to_the_chip(window, panel, qtbot):
    run = window.store.device_stacks(["910c"])[0]
    assert run.stack is not None and run.stack.id == "huawei-cann"
    window.tabs.setCurrentIndex(0)
    window.show_stack(run.stack.id)
    assert panel.selected_cell().stack_id == "huawei-cann"
    assert 'href="device:ascend-910b"' in panel.details_html()
    panel.details.anchorClicked.emit(QUrl("device:ascend-910b"))
    assert window.comparison.devices[0].slug == "ascend-910b" and window.tabs.currentIndex() == 0
    systems = [d for d in panel.devices_of("huawei-cann") if d.kind == "system"]
    assert "cloudmatrix-384" in [d.slug for d in systems]  # a system runs its accelerator's stack


def test_a_software_event_tagged_with_the_stack_is_listed_and_opens_the_timeline(window, panel, qtbot):
    untagged = [s["id"] for s in seed_stacks() if not sm.stack_events(window.store.events(), s["id"])]
    if untagged:
        panel.select(untagged[0])
        assert sm.NO_EVENTS in panel.details_html()
    uid = window.store.save_event({
        "date": "2026-11-20", "precision": "day", "title": "CANN 9.1 analyst check", "summary": "s", "actor": "Huawei",
        "jurisdiction": "CN", "category": "export-control", "confidence": "reported",
        "sources": [{"publisher": "Example", "title": "t", "url": "https://example.org/a", "date": "2026-11-20"}],
        "devices": [], "tags": ["huawei-cann"]})
    panel.select("huawei-cann")
    assert f'href="event:{uid}"' in panel.details_html()
    panel.details.anchorClicked.emit(QUrl(f"event:{uid}"))
    assert window.tabs.currentWidget() is window.timeline
    assert window.timeline.selected_event().uid == uid


def test_a_link_outside_http_is_never_handed_to_the_system(panel, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    panel.details.anchorClicked.emit(QUrl("file:///etc/passwd"))
    panel.details.anchorClicked.emit(QUrl("https://example.org/page"))
    assert opened == ["https://example.org/page"]


def test_nothing_is_cut_at_1280_by_720(window, panel, qtbot):
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: panel.table.horizontalHeader().sectionSize(0) >= 120, timeout=5_000)
    panel._fit()
    delegate, table = panel.table.itemDelegate(), panel.table
    from PySide6.QtWidgets import QStyleOptionViewItem
    for r in range(panel.model.rowCount()):
        for c in range(panel.model.columnCount()):
            option = QStyleOptionViewItem()
            option.initFrom(table)
            option.rect.setWidth(table.columnWidth(c))
            assert delegate.sizeHint(option, panel.model.index(r, c)).height() <= table.rowHeight(r), (r, c)


def test_the_matrix_model_passes_the_model_tester(qtmodeltester, db_path):
    from desktop.store import Store
    model = StacksMatrixModel()
    model.set_stacks(Store(db_path).stacks())
    qtmodeltester.check(model)
    model.set_stacks(())
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_the_tab_is_in_the_view_menu_and_exports_what_it_shows(window, panel, qtbot, tmp_path):
    qtbot.waitUntil(lambda: any(a.text() == "Stacks" for a in window.view_menu.actions()), timeout=5_000)
    window.tabs.setCurrentIndex(0)
    next(a for a in window.view_menu.actions() if a.text() == "Stacks").trigger()
    assert window.tabs.currentWidget() is panel
    panel.set_jurisdiction("CN")
    target = tmp_path / "cn.svg"
    panel.export_picture(str(target))
    svg = target.read_text(encoding="utf-8")
    assert "CN stacks only" in svg and "Moore Threads" in svg and "Amazon Web Services" not in svg


def test_degenerate_data_no_devices_a_long_cjk_device_and_the_analysts_own_fact(make_window, db_path, qtbot):
    import sqlite3

    from db.api import Library
    from tests.desktop.conftest import add_device
    with sqlite3.connect(db_path) as c:
        for table in ("value_choice", "pairing", "spec_value", "system_component", "device_alias", "device"):
            c.execute(f"DELETE FROM {table}")
    c.close()
    window = make_window(db_path)
    window.show_stack("huawei-cann")
    panel = window.stacks_panel
    assert len(panel.model.stacks()) == len(seed_stacks()) and sm.NO_DEVICES in panel.details_html()
    long_name = "华为昇腾超大规模智能计算加速卡（实验型号）" * 3
    add_device(db_path, "cjk-chip", long_name)  # a Huawei device: it runs CANN
    Library(db_path).beyond.save_fact("stack", {
        "subject": "huawei-cann", "field": "pytorch_support", "value": "torch_npu 26.1 checked by the analyst",
        "publisher": "Analyst desk", "confidence": "reported", "url": "https://example.org/check"})
    window.store._devices = None
    panel.refresh()
    panel.select("huawei-cann", "pytorch")
    page = panel.details_html()
    assert long_name in page and 'href="device:cjk-chip"' in page
    assert "torch_npu 26.1 checked by the analyst" in page and "yours" in page


def test_a_route_cell_says_its_kind_in_the_language_and_keeps_the_reference_words():
    from desktop.present.stacks_matrix import MatrixCell
    marked = lambda _ctx, text: f"⟦{text}⟧"  # noqa: E731  (a language where every word differs)
    alone = MatrixCell("cuda", "pytorch", "in-tree", "in-tree", ())
    longer = MatrixCell("rocm", "pytorch", "in-tree ROCm build", "in-tree", ())
    assert alone.text() == "in-tree" and longer.text() == "in-tree ROCm build"  # English as before
    assert alone.text(marked) == "⟦in-tree⟧"  # not '⟦in-tree⟧: in-tree'
    assert longer.text(marked) == "⟦in-tree⟧: in-tree ROCm build"


@pytest.mark.parametrize("size", [(1440, 900), (1280, 720)])
def test_each_heading_reads_in_two_lines_its_name_then_its_maker_in_chinese(window, panel, qtbot, size):
    """Not a name cut into four lines at a count of characters: the stack's name on a line, its maker and side on
    the next, each whole, the columns as wide as that needs (the matrix scrolls across)."""
    from PySide6.QtCore import QCoreApplication

    from desktop.i18n import TsTranslator
    sides = {"CN": "中国", "US": "美国"}
    translator = TsTranslator({("Stacks", code): word for code, word in sides.items()})
    QCoreApplication.installTranslator(translator)
    try:
        panel.refresh()
        window.resize(*size)
        qtbot.waitUntil(lambda: panel.table.viewport().width() < size[0], timeout=5_000)
        panel._fit()
        header = panel.table.horizontalHeader()
        for c, s in enumerate(panel.model.stacks()):
            assert header.wrapped(c).split("\n") == [sm.short_name(s), f"{s.vendor}\u00a0· {sides[s.jurisdiction]}"]
        line = header.fontMetrics().lineSpacing()
        qtbot.waitUntil(lambda: header.height() >= 2 * line, timeout=5_000)
        assert header.height() < 3 * line + 20
    finally:
        QCoreApplication.removeTranslator(translator)
        panel.refresh()


def test_a_long_chinese_heading_wraps_between_characters_and_a_long_word_at_its_parts(qtbot):
    """Chinese has no spaces: a heading wraps between its characters to the column's width, and a word wider than
    its column after its slashes and inside its camelCase; no character is lost, no line is wider than the column."""
    from PySide6.QtGui import QFont, QFontMetrics, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from desktop.views.wrapped_header_view import WrappedHeaderView
    texts = ["华为昇腾超大规模智能计算软件栈（实验版）\n华为技术有限公司\u00a0· 中国", "PaddleCustomDevice/torch_npu"]
    model = QStandardItemModel(1, len(texts))
    model.setHorizontalHeaderLabels(texts)
    table = QTableView()
    qtbot.addWidget(table)
    header = WrappedHeaderView(table)
    table.setHorizontalHeader(header)
    table.setModel(model)
    table.resize(400, 300)
    table.show()
    font = QFont(header.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    for c, text in enumerate(texts):
        header.resizeSection(c, 120)
        lines = header.wrapped(c).split("\n")
        assert len(lines) > text.count("\n") + 1, lines  # wrapped, not cut
        assert all(metrics.horizontalAdvance(x) <= 120 for x in lines), lines
        assert "".join(lines).replace(" ", "") == text.replace("\n", "").replace(" ", "")
    parts = sm.breakable(texts[1], lambda w: True).split(sm.ZWSP)  # 'Paddle', 'Custom', 'Device/', 'torch_', 'npu'
    allowed = {sum(len(p) for p in parts[:k]) for k in range(len(parts) + 1)}
    ends = [len("".join(header.wrapped(1).split("\n")[:k])) for k in range(1, header.wrapped(1).count("\n") + 2)]
    assert set(ends) <= allowed, header.wrapped(1)  # broken at its parts, never inside 'torch' or 'Device'
    tallest = max(header.wrapped(c).count("\n") + 1 for c in range(len(texts)))
    qtbot.waitUntil(lambda: header.height() >= tallest * metrics.lineSpacing(), timeout=5_000)

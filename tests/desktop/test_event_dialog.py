"""EventDialog: inline validation through db.events.validate_event, and fields() for the API."""
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from db.dto import EventDTO, EventSourceDTO
from desktop.dialogs.event_dialog import NO_DATE, EventDialog

DEVICES = [("h100-sxm", "NVIDIA H100 SXM"), ("ascend-910c", "Huawei Ascend 910C")]


def ok_enabled(d):
    return d.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_new_event_requires_title_and_date_and_returns_fields(qtbot):
    d = EventDialog(DEVICES)
    qtbot.addWidget(d)
    assert not ok_enabled(d) and "title is required" in d.errors.text()
    qtbot.keyClicks(d.title_edit, "BIS foundry rule")
    assert ok_enabled(d) and not d.errors.isVisible()
    d.date_edit.setDate(NO_DATE)
    assert not ok_enabled(d) and "date is required" in d.errors.text()
    d.date_edit.setDate(QDate(1962, 10, 16))  # before 1970 is fine
    d.category_box.setCurrentIndex(d.category_box.findData("entity-list"))
    d.devices.item(1).setCheckState(Qt.CheckState.Checked)
    row = d.add_source_row("BIS", "Rule", "https://www.bis.gov/x", "")
    assert row == 0 and ok_enabled(d)
    f = d.fields()
    assert f["date"] == "1962-10-16" and f["title"] == "BIS foundry rule" and f["category"] == "entity-list"
    assert f["devices"] == ["ascend-910c"] and f["precision"] == "day"
    assert f["sources"] == [{"publisher": "BIS", "title": "Rule", "url": "https://www.bis.gov/x", "date": None}]


def test_bad_url_and_precision_mismatch(qtbot):
    d = EventDialog(DEVICES)
    qtbot.addWidget(d)
    d.title_edit.setText("x")
    d.add_source_row("BIS", "Rule", "not a url")
    assert not ok_enabled(d) and "URL" in d.errors.text()
    d.set_source_cell(0, "url", "https://ok.example/a")
    assert ok_enabled(d)
    d.date_edit.setDate(QDate(2025, 4, 9))
    d.precision_box.setCurrentIndex(d.precision_box.findData("month"))
    assert not ok_enabled(d) and "first day of the month" in d.errors.text()
    d.snap_date()
    assert ok_enabled(d) and d.fields()["date"] == "2025-04-01"
    d.remove_source_row()
    assert d.fields()["sources"] == []


def test_edit_prefills_every_field(qtbot):
    e = EventDTO(uid="u1", date="2024-04-01", precision="quarter", title="中国 title", summary="s", actor="MOFCOM",
                 jurisdiction="CN", category="regulation", confidence="official",
                 sources=(EventSourceDTO("Reuters", "T", None, "2024-04"),), devices=("h100-sxm",), tags=("HBM",),
                 origin="user")
    d = EventDialog(DEVICES, e)
    qtbot.addWidget(d)
    assert d.windowTitle() == "Edit event" and ok_enabled(d)
    f = d.fields()
    assert f == {"date": "2024-04-01", "precision": "quarter", "title": "中国 title", "summary": "s",
                 "actor": "MOFCOM", "jurisdiction": "CN", "category": "regulation", "confidence": "official",
                 "sources": [{"publisher": "Reuters", "title": "T", "url": None, "date": "2024-04"}],
                 "devices": ["h100-sxm"], "tags": ["HBM"]}

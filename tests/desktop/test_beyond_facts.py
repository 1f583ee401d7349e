"""The analyst's stack facts and supply estimates from the window: added through the dialog (checked as typed), kept
over re-seeding, undone and redone, corrections beside the bundled fact, edits in place, listed and deleted."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from db import api
from desktop import beyond_actions
from desktop.beyond_actions import AnalystFactsDialog, AnalystFactsModel, analyst_facts
from desktop.dialogs.fact_dialog import FactDialog

ESTIMATE = {"subject": "Huawei Ascend 910C", "field": "annual production", "period": "2026", "value": "700000",
            "unit": "chips (packages)", "publisher": "Analyst desk", "title": "Ascend output model",
            "url": "https://example.org/model", "source_date": "2026-11-30"}


def reseed(path):
    with sqlite3.connect(path) as c:
        c.execute("UPDATE app_meta SET value = 'stale' WHERE key = 'seed_hash'")
    c.close()
    api.open_store(path)


def fill_supply(dialog: FactDialog, doc: dict) -> None:
    dialog.subject_box.setEditText(doc["subject"])
    dialog.metric_box.setEditText(doc["field"])
    dialog.unit_box.setEditText(doc["unit"])
    for key in ("period", "value", "publisher", "title", "url", "source_date"):
        dialog.edits[key].setText(doc.get(key, ""))


def accept_with(monkeypatch, fill):
    """Make the next dialog shown be filled by `fill(dialog)` and accepted (once)."""
    shown = []

    def run(dialog):
        if shown:
            return dialog.DialogCode.Rejected
        shown.append(dialog)
        fill(dialog)
        assert dialog.check(), dialog.errors.text()
        return dialog.DialogCode.Accepted
    monkeypatch.setattr(FactDialog, "exec", run)
    return shown


def mine(window, **query):
    return [f for f in window.store.library.beyond.supply(**query) if f.origin == "user"]


def test_the_supply_dialog_checks_as_you_type_and_names_each_field(qtbot, window):
    dialog = FactDialog(window, "supply", units=["chips", "dies (up to)"])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    for word in ("Subject is required", "Metric is required", "Period is required", "Unit is required",
                 "Source publisher is required"):
        assert word in dialog.errors.text()
    fill_supply(dialog, {**ESTIMATE, "source_date": "30/11/2026", "url": "example.org"})
    assert not ok.isEnabled()
    assert "Source date 30/11/2026 is not written YYYY, YYYY-MM or YYYY-MM-DD" in dialog.errors.text()
    assert "Source address example.org does not start with https://" in dialog.errors.text()
    dialog.edits["source_date"].setText("2026-11")
    dialog.edits["url"].setText("https://example.org/model")
    dialog.edits["value"].setText("-5")
    assert "Value -5 is negative, and a count cannot be" in dialog.errors.text()
    dialog.edits["value"].setText("700000")
    assert ok.isEnabled() and dialog.errors.text() == ""
    assert dialog.doc() == {**ESTIMATE, "source_date": "2026-11", "confidence": "reported"}
    assert dialog.unit_box.findText("dies (up to)") >= 0  # the units already known are offered


def test_an_estimate_added_in_the_window_survives_reseeding_and_undo_redo(qtbot, window, monkeypatch, db_path):
    seen = []
    window.store.changed.connect(lambda change, _: seen.append(change.kinds))
    before = len(window.store.library.beyond.supply(device="ascend-910c"))
    accept_with(monkeypatch, lambda d: fill_supply(d, ESTIMATE))
    window.beyond_facts.actions["add_supply_fact"].trigger()
    added = mine(window)
    assert [(f.value, f.unit, f.counted, f.kind, f.source.publisher) for f in added] == [
        ("700000", "chips (packages)", "chips", "output", "Analyst desk")]
    assert "ascend-910c" in added[0].devices and any("analyst_fact" in k for k in seen)
    reseed(db_path)
    assert [f.uid for f in mine(window)] == [added[0].uid]
    assert len(window.store.library.beyond.supply(device="ascend-910c")) == before + 1  # beside, not instead
    window.undo_stack.undo()
    assert mine(window) == []
    window.undo_stack.redo()
    assert [(f.uid, f.value) for f in mine(window)] == [(added[0].uid, "700000")]


def test_a_correction_of_a_bundled_estimate_sits_beside_it(qtbot, window, monkeypatch):
    bundled = next(f for f in window.store.library.beyond.supply("huawei", kind="output") if f.counted)
    shown = accept_with(monkeypatch, lambda d: (d.edits["value"].setText("123456"),
                                                d.edits["publisher"].setText("Analyst desk")))
    uid = beyond_actions.open_supply_fact_dialog(window, bundled)
    dialog = shown[0]
    assert dialog.windowTitle() == "Correct a supply estimate"
    assert bundled.source.publisher in dialog.findChild(type(dialog.errors), "correcting").text()
    facts = window.store.library.beyond.supply("huawei", kind="output")
    assert bundled in facts  # the bundled fact is unchanged
    correction = next(f for f in facts if f.uid == uid)
    assert (correction.origin, correction.subject, correction.metric, correction.period, correction.unit,
            correction.value) == ("user", bundled.subject, bundled.metric, bundled.period, bundled.unit, "123456")
    # editing one's own fact replaces it (same uid), and undo puts the earlier figure back
    accept_with(monkeypatch, lambda d: d.edits["value"].setText("234567"))
    assert beyond_actions.open_supply_fact_dialog(window, correction) == uid
    assert [(f.uid, f.value) for f in mine(window)] == [(uid, "234567")]
    window.undo_stack.undo()
    assert [(f.uid, f.value) for f in mine(window)] == [(uid, "123456")]


def test_a_stack_fact_is_added_corrected_listed_and_deleted_with_undo(qtbot, window, monkeypatch):
    beyond = window.store.library.beyond
    cann = beyond.stack("huawei-cann")
    bundled = cann.facts_for("vllm")[0]
    accept_with(monkeypatch, lambda d: (d.edits["value"].setText("vllm-ascend 0.19, official plugin"),
                                        d.edits["publisher"].setText("vLLM project")))
    uid = beyond_actions.open_stack_fact_dialog(window, fact=bundled)
    facts = beyond.stack("huawei-cann").facts_for("vllm")
    assert bundled in facts and [(f.uid, f.origin, f.value) for f in facts if f.origin == "user"] == [
        (uid, "user", "vllm-ascend 0.19, official plugin")]
    dialog = window.beyond_facts.show_facts()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, AnalystFactsDialog) and dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, 1)) == cann.name
    assert "row vLLM" in dialog.model.data(dialog.model.index(0, 2))
    dialog.table.selectRow(0)
    dialog.delete()
    assert [f for f in beyond.stack("huawei-cann").facts if f.origin == "user"] == []
    assert dialog.model.rowCount() == 0  # the list follows the store's broadcast
    window.undo_stack.undo()
    assert [f.uid for f in beyond.stack("huawei-cann").facts if f.origin == "user"] == [uid]
    assert dialog.model.rowCount() == 1


def test_the_stack_dialog_offers_every_stack_and_field_in_words(qtbot, window):
    dialog = FactDialog(window, "stack", stacks=[(s.id, s.name) for s in window.store.library.beyond.stacks()],
                        doc={"subject": "huawei-cann"})
    qtbot.addWidget(dialog)
    assert dialog.stack_box.currentData() == "huawei-cann"
    fields = [dialog.field_box.itemText(i) for i in range(dialog.field_box.count())]
    assert "SGLang support (row Other engines)" in fields and "PyTorch support (row PyTorch)" in fields
    assert not any("_" in f for f in fields)
    dialog.show_errors([("subject", "unknown_stack", "cuda")])
    assert "Stack: there is no stack cuda" in dialog.errors.text()


@pytest.mark.parametrize("empty", [True, False])
def test_the_facts_model_passes_the_model_tester(qtmodeltester, window, empty):
    if not empty:
        window.store.library.beyond.save_fact("supply", {**ESTIMATE, "confidence": "reported"})
        window.store.library.beyond.save_fact("stack", {"subject": "huawei-cann", "field": "latest_version",
                                                        "value": "CANN 9 preview", "confidence": "official",
                                                        "publisher": "Huawei"})
    model = AnalystFactsModel(analyst_facts(window.store))
    assert model.rowCount() == (0 if empty else 2)
    qtmodeltester.check(model)

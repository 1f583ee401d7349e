"""Data ▸ Export-control rules…: the list, a rule added with the dialog (validated as typed), and undo / redo."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.control_actions import ControlRulesDialog, ControlRulesModel
from desktop.dialogs.control_rule_dialog import ControlRuleDialog


def test_the_data_menu_lists_every_rule_in_use(window, qtbot):
    action = window.control_rules.action
    assert action in next(a.menu() for a in window.menuBar().actions()
                          if a.menu() and action in a.menu().actions()).actions()
    dialog = window.control_rules.show_rules()
    qtbot.addWidget(dialog)
    rules = window.store.library.controls.rules()
    assert dialog.model.rowCount() == len(rules)
    texts = [dialog.model.text(r, "tests") for r in rules]
    assert any("TPP ≥ 4,800 or (TPP ≥ 1,600 and PD ≥ 5.92)" in t for t in texts)
    assert any("threshold unverified" in t for t in texts)


def test_the_rule_dialog_checks_as_you_type(qtbot, window):
    dialog = ControlRuleDialog(window, None, window.store.style)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no name, no date yet
    dialog.name_edit.setText("Proposed: TPP 2,000 line")
    dialog.id_edit.setText("DRAFT-TPP-2000")
    dialog.effective.setText("2024-01-01")
    assert ok.isEnabled() and "TPP ≥ 4,800" in dialog.reads.text()
    dialog.ends.setText("2023-01-01")
    assert not ok.isEnabled() and "after" in dialog.problems.text()
    dialog.ends.setText("")
    dialog.tests.setPlainText("[{")
    assert not ok.isEnabled() and "JSON" in dialog.problems.text()


def test_a_rule_added_changes_verdicts_and_undo_redo_take_it_back_and_forth(qtbot, window, monkeypatch):
    controls = window.store.library.controls
    doc = {"id": "DRAFT-TPP-2000", "name": "Proposed: TPP 2,000 line", "jurisdiction": "US",
           "kind": "threshold-rule", "effective": "2024-01-01",
           "tests": [{"key": "3A090.a", "condition": {"any_of": [{"metric": "tpp", "op": ">=", "value": 2000}]}}]}

    def fill_and_accept(dialog):
        dialog.id_edit.setText(doc["id"])
        dialog.name_edit.setText(doc["name"])
        dialog.effective.setText(doc["effective"])
        dialog.tests.setPlainText(json.dumps(doc["tests"]))
        assert dialog.check()
        return dialog.DialogCode.Accepted
    monkeypatch.setattr(ControlRuleDialog, "exec", fill_and_accept)
    window.control_rules.edit_rule(None)
    assert controls.verdicts(["H20"], "2024-06-01")[0].rule("DRAFT-TPP-2000").meets is True
    window.undo_stack.undo()
    assert controls.user_rule_json("DRAFT-TPP-2000") is None
    assert "DRAFT-TPP-2000" not in {r.id for r in controls.rules()}
    window.undo_stack.redo()
    assert controls.rule("DRAFT-TPP-2000").origin == "user"
    listing = ControlRulesDialog(window.control_rules)
    qtbot.addWidget(listing)
    assert "DRAFT-TPP-2000" in {r.id for r in listing.model.rules}


def test_the_rules_model_passes_the_model_tester(qtmodeltester, window):
    qtmodeltester.check(ControlRulesModel(window.store.library.controls.rules(), window.store.style))
    qtmodeltester.check(ControlRulesModel((), window.store.style))


def test_double_clicking_a_sorted_row_edits_that_rule(qtbot, window, monkeypatch):
    listing = ControlRulesDialog(window.control_rules)
    qtbot.addWidget(listing)
    listing.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    listing.table.selectRow(0)
    last = max(r.id for r in listing.model.rules)
    seen = []
    monkeypatch.setattr(window.control_rules, "edit_rule", lambda rule, parent=None: seen.append(rule.id))
    listing.edit()
    assert seen == [last]

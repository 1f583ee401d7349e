"""Add or edit an export-control rule: to model a proposed rule, or the analyst's version of a bundled one.

The form checks as you type (db.api.controls.validate, worded by desktop.present.controls) and shows the
conditions as a sentence ("3A090.a: TPP ≥ 4,800 or (TPP ≥ 1,600 and PD ≥ 5.92)"); OK stays disabled while
anything is wrong. The tests are edited as JSON (a list of {key, verified, condition: any_of / all_of over
{metric, op, value}}), the form the rules are kept in, so that any rule can be modelled without code.
"""
from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QVBoxLayout, QWidget)

from db.api.compare import NumberStyle
from db.api.controls import JURISDICTIONS, KINDS, RuleDTO, from_json, to_json, validate
from desktop.present import controls as pc

METRIC_HELP = "tpp, performance_density, io_bidirectional_gbps, total_dram_bandwidth_gbps"


class ControlRuleDialog(QDialog):
    """`rule` None: a new rule of the analyst's; otherwise that rule (bundled or theirs) to edit."""

    def __init__(self, parent: QWidget | None, rule: RuleDTO | None, style: NumberStyle):
        super().__init__(parent)
        self.setObjectName("control_rule_dialog")
        self.rule = rule
        self.numbers = style  # the window's (Store.style): 'Reads:' writes '4 800' as the rules list does
        self.base: dict[str, Any] = to_json(rule) if rule else {"destinations": ["CN"], "tests": [
            {"key": "3A090.a", "verified": None, "condition": {"any_of": [{"metric": "tpp", "op": ">=",
                                                                           "value": 4800}]}}]}
        self.setWindowTitle(self.tr("Edit the export-control rule") if rule else self.tr("Add an export-control rule"))
        layout = QVBoxLayout(self)
        if rule is not None and rule.origin == "seed":
            note = QLabel(self.tr("Saving makes this your version of the bundled rule: it is used instead of it and "
                                  "kept over data updates. Delete your version to return to the bundled one."))
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        layout.addLayout(form)
        self.id_edit = self._line("rule_id", self.base.get("id") or "DRAFT-", self.tr("Id"))
        self.id_edit.setReadOnly(rule is not None and rule.origin == "seed")
        self.name_edit = self._line("rule_name", self.base.get("name") or "", self.tr("Name"))
        self.jurisdiction = self._combo("rule_jurisdiction", JURISDICTIONS, self.base.get("jurisdiction") or "US",
                                        self.tr("Jurisdiction"))
        self.kind = self._combo("rule_kind", KINDS, self.base.get("kind") or "threshold-rule", self.tr("Kind"))
        self.effective = self._line("rule_effective", self.base.get("effective") or "", self.tr("Takes effect"))
        self.effective.setPlaceholderText("YYYY-MM-DD")
        self.ends = self._line("rule_ends", self.base.get("ends") or "", self.tr("Ends (empty: in force)"))
        self.ends.setPlaceholderText(self.tr("YYYY-MM-DD, or empty"))
        self.tests = QPlainTextEdit(json.dumps(self.base.get("tests") or [], ensure_ascii=False, indent=1))
        self.tests.setObjectName("rule_tests")
        self.tests.setAccessibleName(self.tr("Tests, as JSON"))
        self.tests.setToolTip(self.tr("Metrics: %1").replace("%1", METRIC_HELP))
        self.tests.setMinimumHeight(180)
        self.summary = QPlainTextEdit(self.base.get("summary") or "")
        self.summary.setObjectName("rule_summary")
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setMaximumHeight(80)
        for label, widget in ((self.tr("&Id"), self.id_edit), (self.tr("&Name"), self.name_edit),
                              (self.tr("&Jurisdiction"), self.jurisdiction), (self.tr("&Kind"), self.kind),
                              (self.tr("Takes &effect"), self.effective), (self.tr("E&nds"), self.ends),
                              (self.tr("&Tests (JSON)"), self.tests), (self.tr("&Summary"), self.summary)):
            form.addRow(label, widget)
        self.reads = QLabel()
        self.reads.setObjectName("rule_reads")
        self.reads.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setObjectName("rule_problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: palette(link);")
        layout.addWidget(self.reads)
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for w in (self.id_edit, self.name_edit, self.effective, self.ends):
            w.textChanged.connect(self.check)
        for c in (self.jurisdiction, self.kind):
            c.currentIndexChanged.connect(self.check)
        self.tests.textChanged.connect(self.check)
        self.resize(640, 620)
        self.check()

    def _line(self, name: str, text: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def _combo(self, name: str, values: tuple[str, ...], current: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        for v in values:
            combo.addItem(pc.kind_text(v) if v in pc.KINDS else v, v)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def doc(self) -> dict[str, Any]:
        """The rule as typed (db.control_rules JSON); raises ValueError when the tests are not JSON."""
        tests = json.loads(self.tests.toPlainText() or "[]")
        if not isinstance(tests, list):
            raise ValueError("[...]")
        return {**self.base, "id": self.id_edit.text().strip(), "name": self.name_edit.text().strip(),
                "jurisdiction": self.jurisdiction.currentData(), "kind": self.kind.currentData(),
                "effective": self.effective.text().strip(), "ends": self.ends.text().strip() or None,
                "summary": self.summary.toPlainText().strip(), "tests": tests}

    def errors(self) -> list[str]:
        try:
            doc = self.doc()
        except ValueError as exc:
            return [pc.error_text(f"json: {exc}", self._translate)]
        return [pc.error_text(code, self._translate) for code in validate(doc).values()]

    def _translate(self, context: str, text: str) -> str:
        from PySide6.QtCore import QCoreApplication
        return QCoreApplication.translate(context, text)

    def check(self) -> bool:
        problems = self.errors()
        self.problems.setText("\n".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
        if not problems:
            self.reads.setText(self.tr("Reads: %1").replace("%1", pc.rule_tests_text(from_json(self.doc()),
                                                                                     self.numbers, self._translate)
                                                            or self.tr("no chip test")))
        return not problems

"""FactDialog: the analyst adds, edits or corrects a stack fact or a supply estimate, with its source.

One dialog, two kinds (`domain`): a stack fact names a stack and one of its fields (db.api.beyond.STACK_FIELD_ROWS,
shown with the comparison row it lands in); a supply estimate names a subject, a metric, a period, a value and
the unit the source gives (which says what is counted: chips, units, cards, dies...). Both carry a source
(publisher, title, address, date), a confidence and a note. doc() returns what library.beyond.save_fact takes.
The form is checked as it is typed (db.api.beyond.validate_fact); each problem is listed under the form naming
its field (desktop.present.beyond.error_text), with a ⚠ mark, not colour alone, and OK waits until there is none.
"""
from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit,
                               QPlainTextEdit, QVBoxLayout, QWidget)

from db.api.beyond import CONFIDENCES, STACK_FIELD_ROWS, validate_fact
from desktop.present import beyond as pb

TEXT_FIELDS = ("value", "period", "publisher", "title", "url", "source_date")
# the field a problem names, as the form calls it (a stack fact's subject is its stack, a supply fact's field its metric)
SHOWN_FIELD = {"stack": {"subject": "stack"}, "supply": {"field": "metric"}}


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class FactDialog(QDialog):
    """`stacks`: (id, name) of every stack; `subjects`, `metrics`, `units`: those already known (suggested);
    `doc`: the fields to start from (an edit or a correction); `correcting`: the bundled fact's words, shown at the
    top when the analyst corrects it (their figure is saved beside it)."""

    def __init__(self, parent: QWidget | None, domain: str, *, stacks: Iterable[tuple[str, str]] = (),
                 subjects: Iterable[str] = (), metrics: Iterable[str] = (), units: Iterable[str] = (),
                 doc: Mapping[str, Any] | None = None, editing: bool = False, correcting: str | None = None):
        super().__init__(parent)
        self.domain = domain
        self.stacks = list(stacks)
        self.setObjectName(f"{domain}_fact_dialog")
        stack = domain == "stack"
        if correcting:
            title = self.tr("Correct a stack fact") if stack else self.tr("Correct a supply estimate")
        elif editing:
            title = self.tr("Edit your stack fact") if stack else self.tr("Edit your supply estimate")
        else:
            title = self.tr("Add a stack fact") if stack else self.tr("Add a supply estimate")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if stack:
            self.stack_box = self._combo(self.tr("Stack"), [(name, sid) for sid, name in self.stacks])
            self.field_box = self._combo(self.tr("Field"), [
                (pb.field_label(f, row, translate), f) for f, row in STACK_FIELD_ROWS.items()])
            form.addRow(self.tr("&Stack"), self.stack_box)
            form.addRow(self.tr("&Field"), self.field_box)
            form.addRow(self.tr("&Value"), self._line("value", self.tr("as the source says it, e.g. "
                                                                        "out-of-tree PrivateUse1 plugin (torch_npu)")))
        else:
            self.subject_box = self._editable(self.tr("Subject"), subjects, self.tr("e.g. Huawei Ascend 910C"))
            self.metric_box = self._editable(self.tr("Metric"), metrics, self.tr("e.g. annual production"))
            self.unit_box = self._editable(self.tr("Unit"), units, self.tr("e.g. chips (packages)"))
            form.addRow(self.tr("S&ubject"), self.subject_box)
            form.addRow(self.tr("&Metric"), self.metric_box)
            form.addRow(self.tr("&Period"), self._line("period", self.tr("e.g. 2025, 2025 H1, FY2026 Q3")))
            form.addRow(self.tr("&Value"), self._line("value", self.tr("as the source gives it: 805000, >75, 12-15")))
            hint = QLabel(self.tr("The unit says what is counted: chips, units, cards, dies, stacks, wafers… "
                                  "Estimates that count different things are shown side by side, never added up."),
                          self)
            hint.setObjectName("unit_hint")
            hint.setWordWrap(True)
            unit = QVBoxLayout()
            unit.setSpacing(2)
            unit.addWidget(self.unit_box)
            unit.addWidget(hint)
            unit_label = QLabel(self.tr("U&nit"), self)
            unit_label.setBuddy(self.unit_box)  # a row holding a layout gets no mnemonic of its own
            form.addRow(unit_label, unit)
        source = QGroupBox(self.tr("Source"), self)
        source_form = QFormLayout(source)
        source_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        source_form.addRow(self.tr("Pu&blisher"), self._line("publisher", self.tr("who published it, e.g. "
                                                                                  "TrendForce, or Reuters (citing IDC)")))
        source_form.addRow(self.tr("&Title"), self._line("title", self.tr("the page or report")))
        source_form.addRow(self.tr("&Address"), self._line("url", "https://"))
        source_form.addRow(self.tr("&Date"), self._line("source_date", self.tr("YYYY, YYYY-MM or YYYY-MM-DD")))
        self.confidence_box = self._combo(self.tr("Confidence"), [
            (translate(pb.CONTEXT, pb.CONFIDENCE_WORDS[c]), c) for c in CONFIDENCES])
        source_form.addRow(self.tr("C&onfidence"), self.confidence_box)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        source_form.addRow(self.tr("N&ote"), self.note_edit)
        self.errors = QLabel(self)
        self.errors.setObjectName("fact_errors")
        self.errors.setWordWrap(True)
        self.errors.setTextFormat(Qt.TextFormat.RichText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if correcting:
            about = QLabel(self.tr("You are correcting: %1\nYour figure is saved beside it, with your source; "
                                   "the bundled one stays listed.").replace("%1", correcting), self)
            about.setObjectName("correcting")
            about.setWordWrap(True)
            layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(source)
        layout.addWidget(self.errors)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.load(doc or {})
        for edit in self.edits.values():
            edit.textChanged.connect(self.check)
        for box in self.findChildren(QComboBox):
            (box.editTextChanged if box.isEditable() else box.currentIndexChanged).connect(self.check)
        self.note_edit.textChanged.connect(self.check)
        self.check()
        self.resize(720, self.sizeHint().height())

    # building ------------------------------------------------------------------------------------------------
    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(name)
        for text, key in items:
            box.addItem(text, key)
        return box

    def _editable(self, name: str, known: Iterable[str], example: str) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(name)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.addItems(sorted(set(known), key=str.casefold))
        box.setCurrentIndex(-1)
        box.lineEdit().setPlaceholderText(example)
        box.setToolTip(self.tr("Pick one already used, or type a new one"))
        return box

    def _line(self, key: str, example: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"fact_{key}")
        edit.setPlaceholderText(example)
        self.edits[key] = edit
        return edit

    # values ----------------------------------------------------------------------------------------------------
    def load(self, doc: Mapping[str, Any]) -> None:
        def text(name: str) -> str:
            value = doc.get(name)
            return "" if value is None else str(value)
        for key, edit in self.edits.items():
            edit.setText(text(key))
        if self.domain == "stack":
            self._pick(self.stack_box, text("subject"))
            self._pick(self.field_box, text("field"))
        else:
            self.subject_box.setEditText(text("subject"))
            self.metric_box.setEditText(text("field"))
            self.unit_box.setEditText(text("unit"))
        self._pick(self.confidence_box, text("confidence") or "reported")
        self.note_edit.setPlainText(text("note"))

    @staticmethod
    def _pick(box: QComboBox, key: str) -> None:
        i = box.findData(key)
        if i >= 0:
            box.setCurrentIndex(i)

    def doc(self) -> dict[str, Any]:
        """What library.beyond.save_fact takes (blank fields left out)."""
        out: dict[str, Any] = {key: edit.text().strip() for key, edit in self.edits.items()}
        if self.domain == "stack":
            out["subject"] = self.stack_box.currentData() or ""
            out["field"] = self.field_box.currentData() or ""
        else:
            out["subject"] = self.subject_box.currentText().strip()
            out["field"] = self.metric_box.currentText().strip()
            out["unit"] = self.unit_box.currentText().strip()
        out["confidence"] = self.confidence_box.currentData()
        out["note"] = self.note_edit.toPlainText().strip()
        return {k: v for k, v in out.items() if v}

    # checking --------------------------------------------------------------------------------------------------
    def check(self) -> bool:
        """Check the form as it stands; list its problems under it; OK only when there is none."""
        errors = validate_fact(self.domain, self.doc(), [sid for sid, _ in self.stacks])
        self.show_errors(errors)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not errors)
        return not errors

    def show_errors(self, errors: Iterable[tuple[str, str, str]]) -> None:
        """Each problem in words, naming its field (also what the store said when it refused the fact)."""
        names = SHOWN_FIELD.get(self.domain, {})
        lines = [html.escape(pb.error_text(names.get(field, field), code, value, translate))
                 for field, code, value in errors]
        self.errors.setText("<br>".join(f"⚠ {line}" for line in lines))
        self.errors.setAccessibleDescription("\n".join(lines))

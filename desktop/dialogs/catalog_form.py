"""CatalogFormDialog: the base of the catalog editing dialogs (devices, values, sources, pairings).

Fields are laid out in a form; each field has a message line under it that says what is wrong as
the user types (⚠ and text, never colour alone). OK is enabled only when nothing is wrong; the
checks themselves are db.catalog's, the same ones the store applies before writing.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLayout, QVBoxLayout, QWidget

from desktop.dialogs.form_messages import said


class CatalogFormDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._messages: dict[str, QLabel] = {}
        self.summary = QLabel(self)  # what would be stored, or the errors of fields that have no row
        self.summary.setObjectName("formSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._loading = False

    def add_field(self, label: str, field: str, widget: QWidget | QLayout, buddy: QWidget | None = None) -> QLabel:
        """A labelled row for `widget` (or a layout) with a message line for `field` under it; returns the row's
        label (a handle for `self.form.setRowVisible`)."""
        title = QLabel(label, self)
        title.setBuddy(buddy or (widget if isinstance(widget, QWidget) else None))
        box = QVBoxLayout()
        box.setSpacing(1)
        if isinstance(widget, QWidget):
            box.addWidget(widget)
        else:
            box.addLayout(widget)
        message = QLabel(self)
        message.setObjectName(f"{field}Message")
        message.setWordWrap(True)
        message.setVisible(False)
        pal = message.palette()
        pal.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.darkRed if self.palette().color(
            QPalette.ColorRole.Window).lightness() > 128 else Qt.GlobalColor.red)
        message.setPalette(pal)
        box.addWidget(message)
        self._messages[field] = message
        self.form.addRow(title, box)
        return title

    def message(self, field: str) -> str:
        """The message shown under a field ('' when it is valid)."""
        label = self._messages.get(field)
        return label.text().removeprefix("⚠ ") if label is not None and label.isVisibleTo(self) else ""

    def errors(self) -> dict[str, str]:
        raise NotImplementedError

    def show_errors(self, errors: dict[str, str], summary: str = "") -> None:
        for field, label in self._messages.items():
            text = said(errors.get(field, ""))
            label.setText(f"⚠ {text}" if text else "")
            label.setVisible(bool(text))
        loose = [f"⚠ {html.escape(f)}: {html.escape(said(m))}" for f, m in errors.items() if f not in self._messages]
        self.summary.setText("<br>".join(loose) if loose else summary)
        self.summary.setVisible(bool(loose or summary))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not errors)

    def validate(self, *_args) -> None:
        if not self._loading:
            self.show_errors(self.errors())

    def accept(self) -> None:
        errors = self.errors()
        if errors:
            self.show_errors(errors)
            return
        super().accept()

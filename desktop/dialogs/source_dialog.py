"""SourceDialog: add a source (who published a figure, where and when) or edit one."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from db.api.catalog import validate_source
from db.dto import SourceDTO
from desktop.dialogs.catalog_form import CatalogFormDialog

KINDS = ("vendor", "analyst", "press", "compilation", "dataset", "paper", "legal", "user")


class SourceDialog(CatalogFormDialog):
    def __init__(self, source: SourceDTO | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.source = source
        self.setWindowTitle(self.tr("Add a source") if source is None else self.tr("Edit a source"))
        self.setMinimumWidth(560)
        self.publisher_edit = QLineEdit(self)
        self.publisher_edit.setAccessibleName(self.tr("Publisher"))
        self.publisher_edit.setPlaceholderText(self.tr("who published the figure: NVIDIA, SemiAnalysis, Reuters…"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.url_edit = QLineEdit(self)
        self.url_edit.setAccessibleName(self.tr("Web address"))
        self.url_edit.setPlaceholderText("https://…")
        self.date_edit = QLineEdit(self)
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY (n.d. if undated)"))
        self.kind_box = QComboBox(self)
        self.kind_box.setEditable(True)
        self.kind_box.setAccessibleName(self.tr("Kind of source"))
        self.kind_box.addItems(KINDS)
        self.add_field(self.tr("&Publisher"), "publisher", self.publisher_edit)
        self.add_field(self.tr("&Title"), "title", self.title_edit)
        self.add_field(self.tr("&Web address"), "url", self.url_edit)
        self.add_field(self.tr("&Date"), "date", self.date_edit)
        self.add_field(self.tr("&Kind"), "kind", self.kind_box)
        self._loading = True
        if source is not None:
            self.publisher_edit.setText(source.publisher)
            self.title_edit.setText(source.title)
            self.url_edit.setText(source.url or "")
            self.date_edit.setText(source.date_text)
            self.kind_box.setCurrentText(source.kind)
        else:
            self.kind_box.setCurrentText("user")
        self._loading = False
        for edit in (self.publisher_edit, self.title_edit, self.url_edit, self.date_edit):
            edit.textChanged.connect(self.validate)
        self.validate()
        self.publisher_edit.setFocus()

    def fields(self) -> dict:
        return {"publisher": self.publisher_edit.text().strip(), "title": self.title_edit.text().strip(),
                "url": self.url_edit.text().strip(), "date": self.date_edit.text().strip(),
                "kind": self.kind_box.currentText().strip() or "user"}

    def errors(self) -> dict[str, str]:
        return validate_source(self.fields())

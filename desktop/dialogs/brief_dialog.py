"""BriefDialog: File ▸ Export brief… — the key findings generated from the figures, editable before export, the
paper size and the file."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from desktop.present.findings import findings_text, parse_findings

PAPERS = ("a4", "letter")


@dataclass(frozen=True)
class BriefRequest:
    target: Path
    paper: str  # a4 | letter
    findings: tuple[str, ...]  # one a line, as the analyst left them
    lang: str = "en"  # the brief's language (desktop.present.lang.LANGUAGES)


class BriefDialog(QDialog):
    """`title`: what the brief compares; `findings`: the generated key findings; `paper`: the default paper."""

    def __init__(self, title: str, findings: list[str], target: Path, paper: str = "a4",
                 parent: QWidget | None = None, lang: str = "en",
                 findings_in: Callable[[str], list[str]] | None = None):
        """`lang`: the brief's language at first (the window's); `findings_in(lang)`: the findings generated in
        another language, when the analyst picks one (findings left as generated follow it, edited ones stay)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export brief"))
        self._generated = findings_text(findings)
        what = QLabel(self.tr("Brief of %1").replace("%1", title), self)
        what.setWordWrap(True)
        what.setObjectName("briefTitle")
        self.findings_edit = QPlainTextEdit(self)
        self.findings_edit.setAccessibleName(self.tr("Key findings, one a line"))
        self.findings_edit.setPlainText(self._generated)
        self.findings_edit.setTabChangesFocus(True)
        self.findings_edit.setMinimumSize(560, 220)
        findings_label = QLabel(self.tr("&Key findings (generated from the figures; edit them as you like, one a "
                                        "line):"), self)
        findings_label.setWordWrap(True)
        findings_label.setBuddy(self.findings_edit)
        self.restore_button = QPushButton(self.tr("&Restore the generated findings"), self)
        self.restore_button.clicked.connect(lambda: self.findings_edit.setPlainText(self._generated))
        self.paper_box = QComboBox(self)
        self.paper_box.setAccessibleName(self.tr("Paper size"))
        self.paper_box.addItem(self.tr("A4"), "a4")
        self.paper_box.addItem(self.tr("US Letter"), "letter")
        self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(paper)))
        self.file_edit = QLineEdit(str(target), self)
        self.file_edit.setAccessibleName(self.tr("File name"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        from desktop.dialogs.export_dialog import language_box
        self._findings_in = findings_in
        self.language_box = language_box(self, lang)
        self.language_box.setAccessibleName(self.tr("Language of the brief"))
        self.language_box.currentIndexChanged.connect(self._language_changed)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow(self.tr("&Paper:"), self.paper_box)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.file_edit)
        form.addRow(file_label, row)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("exportError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(findings_label)
        layout.addWidget(self.findings_edit, 1)
        restore = QHBoxLayout()
        restore.addStretch(1)
        restore.addWidget(self.restore_button)
        layout.addLayout(restore)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _language_changed(self) -> None:
        if self._findings_in is None:
            return
        generated = findings_text(self._findings_in(self.language()))
        if self.findings_edit.toPlainText() == self._generated:  # not edited: the findings follow the language
            self.findings_edit.setPlainText(generated)
        self._generated = generated

    def language(self) -> str:
        return str(self.language_box.currentData())

    def _browse(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Export brief"), self.file_edit.text(),
                                                self.tr("PDF (*.pdf)"))
        if target:
            self.file_edit.setText(target if target.lower().endswith(".pdf") else target + ".pdf")

    def findings(self) -> tuple[str, ...]:
        return tuple(parse_findings(self.findings_edit.toPlainText()))

    def target(self) -> Path:
        text = self.file_edit.text().strip()
        return Path(text if text.lower().endswith(".pdf") else text + ".pdf")

    def request(self) -> BriefRequest:
        return BriefRequest(self.target(), str(self.paper_box.currentData()), self.findings(), self.language())

    def accept(self) -> None:
        text = self.file_edit.text().strip()
        if not text:
            self.error_label.setText(self.tr("Choose a file name."))
            return
        if Path(text).suffix and Path(text).suffix.lower() != ".pdf":
            self.error_label.setText(self.tr("The brief is a PDF: the file name must end in .pdf."))
            return
        if not self.target().parent.is_dir():
            self.error_label.setText(self.tr("The folder %1 does not exist.").replace("%1", str(self.target().parent)))
            return
        super().accept()

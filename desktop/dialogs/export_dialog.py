"""ExportDialog: which view, which file, and how (size or scale, theme, caption) for File ▸ Export view…"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QRadioButton, QSpinBox, QVBoxLayout, QWidget)

from desktop.export.options import DEFAULT_WIDTH, MAX_WIDTH, MIN_WIDTH, ExportError, ExportOptions, format_of
from desktop.present.lang import LANGUAGES
from desktop.store import window_count

VIEWS = ("compare-both", "compare-table", "compare-chart", "timeline", "note")


@dataclass(frozen=True)
class ExportRequest:
    view: str  # one of VIEWS
    target: Path | None  # None: copy to the clipboard
    options: ExportOptions


def language_box(parent: QWidget, lang: str) -> QComboBox:
    """The languages an export can be in, each named in its own words, `lang` chosen (an export's language is
    its own: the window's by default, any other on request)."""
    box = QComboBox(parent)
    for code, name in LANGUAGES.items():
        box.addItem(name, code)
    box.setCurrentIndex(max(0, box.findData(lang)))
    return box


class ExportDialog(QDialog):
    """`views`: the views that can be exported now (a note only when one is open); `screen_ratio`: the screen's
    device pixel ratio, offered as a scale; `file` False: the dialog chooses what to copy to the clipboard."""

    def __init__(self, views: list[str], current: str, screen_ratio: float, initial: ExportOptions,
                 folder: Path, parent: QWidget | None = None, file: bool = True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export view") if file else self.tr("Copy view as image"))
        self._folder = folder
        self._file = file
        labels = {"compare-both": self.tr("Comparison: table and chart"), "compare-table": self.tr("Comparison: table"),
                  "compare-chart": self.tr("Comparison: chart"),
                  "timeline": self.tr("Policy timeline (current range and filters)"),
                  "note": self.tr("The open note")}
        self.view_box = QComboBox(self)
        self.view_box.setAccessibleName(self.tr("View to export"))
        for key in VIEWS:
            if key in views:
                self.view_box.addItem(labels[key], key)
        self.view_box.setCurrentIndex(max(0, self.view_box.findData(current)))
        self.width_box = QSpinBox(self)
        self.width_box.setRange(MIN_WIDTH, MAX_WIDTH)
        self.width_box.setSingleStep(100)
        self.width_box.setSuffix(self.tr(" px"))
        self.width_box.setValue(initial.width if MIN_WIDTH <= initial.width <= MAX_WIDTH else DEFAULT_WIDTH)
        self.width_box.setAccessibleName(self.tr("Width in logical pixels"))
        self.scale_box = QComboBox(self)
        self.scale_box.setAccessibleName(self.tr("Scale"))
        ratios = [1.0, 2.0, 3.0] + ([screen_ratio] if screen_ratio not in (1.0, 2.0, 3.0) else [])
        for value in ratios:
            text = f"{value:g}×"
            self.scale_box.addItem(self.tr("%1 (this screen)").replace("%1", text) if value == screen_ratio else text,
                                   value)
        self.scale_box.setCurrentIndex(max(0, self.scale_box.findData(initial.scale)))
        self.screen_theme = QRadioButton(self.tr("&Screen"), self)
        self.print_theme = QRadioButton(self.tr("&Print (white paper, colour-blind and greyscale safe)"), self)
        (self.print_theme if initial.theme == "print" else self.screen_theme).setChecked(True)
        themes = QHBoxLayout()
        themes.addWidget(self.screen_theme)
        themes.addWidget(self.print_theme)
        themes.addStretch(1)
        self.caption_box = QCheckBox(self.tr("Add the &caption (title, units, sources, date, version, credits)"), self)
        self.caption_box.setChecked(initial.caption)
        self.language_box = language_box(self, initial.lang)
        self.language_box.setAccessibleName(self.tr("Language of the export"))
        self.size_label = QLabel(self)
        self.size_label.setObjectName("exportSizeLabel")
        form = QFormLayout()
        form.addRow(self.tr("&View:"), self.view_box)
        form.addRow(self.tr("&Width:"), self.width_box)
        form.addRow(self.tr("S&cale:"), self.scale_box)
        form.addRow("", self.size_label)
        form.addRow(self.tr("Theme:"), themes)
        form.addRow("", self.caption_box)
        form.addRow(self.tr("&Language:"), self.language_box)
        self.file_edit = QLineEdit(self)
        self.file_edit.setAccessibleName(self.tr("File name"))
        self.file_edit.setPlaceholderText(self.tr("name.png, name.svg or name.pdf"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        if file:
            file_label = QLabel(self.tr("&File:"), self)
            file_label.setBuddy(self.file_edit)
            form.addRow(file_label, row)
        else:
            self.file_edit.hide()
            browse.hide()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("exportError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export") if file else self.tr("Copy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        for signal in (self.width_box.valueChanged, self.scale_box.currentIndexChanged):
            signal.connect(self._update_size)
        self.view_box.currentIndexChanged.connect(self._default_name)
        self._default_name()
        self._update_size()

    def _default_name(self) -> None:
        if not self._file:
            return
        current = self.file_edit.text().strip()
        suffix = Path(current).suffix if current else ".png"
        name = {"timeline": "chiplens-timeline", "note": "chiplens-note"}.get(self.view(), "chiplens-comparison")
        folder = Path(current).parent if current else self._folder
        self.file_edit.setText(str(folder / (name + (suffix or ".png"))))

    def _browse(self) -> None:
        target, chosen = QFileDialog.getSaveFileName(self, self.tr("Export view"), self.file_edit.text(),
                                                     self.tr("PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)"))
        if target:
            if not Path(target).suffix:
                target += {"SVG": ".svg", "PDF": ".pdf"}.get(chosen[:3], ".png")
            self.file_edit.setText(target)

    def _update_size(self) -> None:
        scale = float(self.scale_box.currentData())
        self.size_label.setText(self.tr("A PNG will be %1 pixels wide.").replace(
            "%1", window_count(round(self.width_box.value() * scale))))

    def view(self) -> str:
        return str(self.view_box.currentData())

    def options(self) -> ExportOptions:
        view = self.view()
        return ExportOptions(width=self.width_box.value(), scale=float(self.scale_box.currentData()),
                             theme="print" if self.print_theme.isChecked() else "screen",
                             caption=self.caption_box.isChecked(),
                             parts=view.split("-")[1] if view.startswith("compare-") else "both",
                             lang=str(self.language_box.currentData()))

    def request(self) -> ExportRequest:
        target = Path(self.file_edit.text().strip()) if self._file else None
        return ExportRequest(self.view(), target, self.options())

    def accept(self) -> None:
        try:
            self.options().checked()
            if self._file:
                if not self.file_edit.text().strip():
                    raise ExportError(self.tr("Choose a file name."))
                format_of(Path(self.file_edit.text().strip()))
        except ExportError as exc:
            self.error_label.setText(str(exc))
            return
        super().accept()

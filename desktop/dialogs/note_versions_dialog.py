"""NoteVersionsDialog: the saved versions of a note (newest first), a preview of each, and Restore."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPushButton, QSplitter,
                               QVBoxLayout, QWidget)

from desktop.models.note_list_model import display_title
from desktop.present import dates
from desktop.store import window_count
from desktop.views.markdown_view import MarkdownView


class NoteVersionsDialog(QDialog):
    """accept() means: restore `chosen_version()`."""

    def __init__(self, title: str, versions: list, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Versions of “%1”").replace("%1", display_title(title)))
        self.setAccessibleName(self.tr("Note versions"))
        self._versions = list(versions)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Saved versions, newest first"))
        for v in self._versions:
            text = f"{dates.date_time(v.saved)} — {display_title(v.title)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            item.setToolTip(self.tr("%1 characters").replace("%1", window_count(len(v.body))))
            self.list.addItem(item)
        self.preview = MarkdownView(self)
        self.preview.setAccessibleName(self.tr("Preview of the selected version"))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(self.preview)
        split.setStretchFactor(1, 3)
        self.empty = QLabel(self.tr("No earlier versions yet. A version is kept when you switch notes, close "
                                    "ChipLens, or restore one."), self)
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self._versions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore this version"), self)
        self.restore_button.setAccessibleName(self.tr("Restore this version"))
        self.restore_button.setToolTip(self.tr("Replace the note's text with this version (the current text is "
                                               "kept as a version too)"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.restore_button.setEnabled(False)
        if self._versions:
            self.list.setCurrentRow(0)
        self.list.setFocus()
        self.resize(640, 560)

    def chosen_version(self):
        row = self.list.currentRow()
        return self._versions[row] if 0 <= row < len(self._versions) else None

    def _show(self, row: int) -> None:
        version = self._versions[row] if 0 <= row < len(self._versions) else None
        self.restore_button.setEnabled(version is not None)
        self.preview.set_markdown(f"# {version.title}\n\n{version.body}" if version else "")

"""DamagedDatabaseDialog: the database file is damaged; restore the latest good backup, recover what can be
read (SalvageReportDialog then shows what was recovered and lost), or start fresh.

The dialog only asks; the caller moves the file aside (renamed, never deleted) and acts on the choice.
"""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from desktop.present import dates

RESTORE, SALVAGE, FRESH, OTHER_FOLDER, QUIT = "restore", "salvage", "fresh", "other", "quit"


class DamagedDatabaseDialog(QDialog):
    def __init__(self, database: Path, detail: str, backup=None, parent: QWidget | None = None):
        """`backup`: the latest good BackupInfo (None: there is none)."""
        super().__init__(parent)
        self.choice = QUIT
        self.setObjectName("damagedDatabaseDialog")
        self.setWindowTitle(self.tr("The database file is damaged"))
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        loc = QLocale()
        text = QLabel(self)
        text.setObjectName("damagedText")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        parts = [
            "<p><b>" + html.escape(self.tr("ChipLens cannot read its database file:")) + "</b><br>"
            f"<code>{html.escape(str(database))}</code></p>",
            "<p>" + html.escape(self.tr("What is wrong: %1.").replace("%1", detail or self.tr("unknown damage")))
            + "</p>",
            "<p>" + html.escape(self.tr("Whatever you choose, the damaged file is not deleted: it is renamed to "
                                        "“%1.damaged-DATE” in the same folder, so it can still be examined.")
                                .replace("%1", Path(database).name)) + "</p>"]
        if backup is not None:
            when = dates.date_time(backup.created)  # '2026-12-04 18:15'
            parts.append("<p>" + html.escape(self.tr("The latest good backup is from %1 (%2). Restoring it brings "
                                                     "back your notes and values as they were then.")
                                             .replace("%1", when)
                                             .replace("%2", loc.formattedDataSize(backup.size))) + "</p>")
        else:
            parts.append("<p>" + html.escape(self.tr("There is no usable backup. Starting fresh creates a new "
                                                     "database with the reference data; your notes stay in the "
                                                     "damaged file.")) + "</p>")
        parts.append("<p>" + html.escape(self.tr("Recovering what can be read copies every row that can still be "
                                                 "read (notes, your figures, sources, events) into a new database and "
                                                 "shows what was recovered and lost before anything is replaced."))
                     + "</p>")
        text.setText("".join(parts))
        text.setMinimumWidth(460)
        self.restore_button = QPushButton(self.tr("&Restore the latest backup"), self)
        self.restore_button.setEnabled(backup is not None)
        self.salvage_button = QPushButton(self.tr("Re&cover what can be read"), self)
        self.fresh_button = QPushButton(self.tr("Start &fresh"), self)
        self.other_button = QPushButton(self.tr("&Open another folder…"), self)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        for button, choice in ((self.restore_button, RESTORE), (self.salvage_button, SALVAGE), (self.fresh_button, FRESH),
                               (self.other_button, OTHER_FOLDER), (self.quit_button, QUIT)):
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
        self.restore_button.setToolTip(self.tr("Move the damaged file aside and put the backup in its place"))
        self.salvage_button.setToolTip(self.tr("Copy every row that can still be read into a new database, then "
                                               "see what was recovered and lost before choosing what to keep"))
        self.fresh_button.setToolTip(self.tr("Move the damaged file aside and create a new database with the "
                                             "reference data only"))
        (self.restore_button if backup is not None else self.fresh_button).setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.salvage_button)
        buttons.addWidget(self.fresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.other_button)
        buttons.addWidget(self.quit_button)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        (self.reject if choice == QUIT else self.accept)()

    def reject(self) -> None:  # Escape or closing the window means Quit
        self.choice = QUIT
        super().reject()

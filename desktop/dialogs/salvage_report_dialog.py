"""SalvageReportDialog: what a salvage of the damaged database recovered and lost, per kind of the analyst's
rows; merge the recovered rows into the latest backup, or use the recovered database as it is.

The dialog only asks; the caller (desktop.startup.store_opening) acts on the choice. Its words come from
desktop.present.salvage, like the command line's.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from desktop.present import salvage as words
from desktop.present.dates import date_time
from desktop.present.reasons import fill

MERGE, USE, BACK = "merge", "use", "back"


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _cell(tag: str, column: int, text: str) -> str:
    """One cell, never wrapped (a label cut over two lines reads as two rows)."""
    return f"<{tag} align='{'left' if column == 0 else 'right'}'>{html.escape(text).replace(' ', '&nbsp;')}</{tag}>"


def table_html(table: words.Table) -> str:
    """A report table as rich text: labels left, counts right."""
    head = "".join(_cell("th", i, h) for i, h in enumerate(table.headers))
    body = "".join("<tr>" + "".join(_cell("td", i, c) for i, c in enumerate(row)) + "</tr>" for row in table.rows)
    return f"<table cellspacing='0' cellpadding='4'><tr>{head}</tr>{body}</table>"


class SalvageReportDialog(QDialog):
    def __init__(self, report, parent: QWidget | None = None):
        """`report`: db.api.backups.SalvageReport."""
        super().__init__(parent)
        self.choice = BACK
        self.report = report
        self.setObjectName("salvageReportDialog")
        self.setWindowTitle(self.tr("What could be recovered"))
        icon = QLabel(self)
        kind = QStyle.StandardPixmap.SP_MessageBoxWarning if report.lost else QStyle.StandardPixmap.SP_MessageBoxInformation
        icon.setPixmap(self.style().standardIcon(kind).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setText("<p><b>" + html.escape(self.tr("Every row that could still be read was copied into a new "
                                                     "database. Nothing has been replaced yet.")) + "</b></p>")
        table = QLabel(self)
        table.setObjectName("salvageTable")
        table.setText(table_html(words.salvage_table(report, _translate)))
        table.setAccessibleName(self.tr("What was recovered and lost"))
        table.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        notes = QLabel(self)
        notes.setObjectName("salvageNotes")
        notes.setWordWrap(True)
        notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lines = words.salvage_notes(report, _translate)
        lines.append(fill(_translate(words.CONTEXT, words.SALVAGED_AT), str(report.salvaged)))
        notes.setText("".join(f"<p>{html.escape(line)}</p>" for line in lines))
        notes.setMinimumWidth(520)
        if report.backup_created is not None:
            merge_text = self.tr("&Merge into the backup from %1").replace("%1", date_time(report.backup_created))
        else:
            merge_text = self.tr("&Merge into the latest backup")
        self.merge_button = QPushButton(merge_text, self)
        self.merge_button.setEnabled(report.backup is not None)
        self.merge_button.setToolTip(self.tr("Restore the latest good backup, then add every row of yours that it "
                                             "lacks or has in an older version from what was recovered"))
        self.use_button = QPushButton(self.tr("&Use the recovered database as it is"), self)
        self.use_button.setToolTip(self.tr("Move the damaged file aside (kept) and put the recovered database in "
                                           "its place"))
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setToolTip(self.tr("Change nothing and go back to the choices for the damaged file"))
        for button, choice in ((self.merge_button, MERGE), (self.use_button, USE), (self.back_button, BACK)):
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
        # the backup brings back what the salvage lost when something was lost and there is a backup
        (self.merge_button if report.backup is not None and report.lost else self.use_button).setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.use_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        text = QVBoxLayout()
        text.addWidget(intro)
        text.addWidget(table)
        text.addWidget(notes)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        (self.reject if choice == BACK else self.accept)()

    def reject(self) -> None:  # Escape or closing the window means Back
        self.choice = BACK
        super().reject()

"""TeamConflictsDialog: the team library's kept conflicts, one at a time, side by side, and the analyst's pick.

A conflict is a shared row changed here and in the library apart ("edited elsewhere"), or a change of this
store's the library would not take ("refused by the library": another analyst's row). Nothing was lost: both
versions are kept (db.api.team.conflicts). The dialog lists the open ones; for the selected one it shows
"Yours" and "The library's (author, version N)" field by field, the fields that differ marked (≠ and bold, on
a tinted row: never colour alone); for a note, the two texts side by side and a "Merged" text to edit,
prefilled with yours. The analyst keeps theirs, theirs, the merged text, or (a refused note) theirs as a copy
of their own; the store takes it (db.api.team.resolve), the next sync sends it, and the window is told.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QDialogButtonBox, QGridLayout, QHeaderView,
                               QLabel, QMessageBox, QPlainTextEdit, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from db.api.team import Team, TeamConflictDTO, TeamError
from db.dto import ChangeSet
from db.errors import StoreError
from desktop.present import dates
from desktop.present.comparison import FIELD_DIFFERS
from desktop.present.team_messages import kind_label, reason_label

translate = QCoreApplication.translate
CONTEXT = "TeamConflictsDialog"
_NOTE_TEXT = "body"  # a note's text: shown in the text panes, not in the field table

# what each conflict's settling may have changed, for the window's panels (Store.changed)
_CHANGED = {"note": ChangeSet(frozenset({"note"})), "event": ChangeSet(frozenset({"event"})),
            "pairing": ChangeSet(frozenset({"pairing"}))}
_CATALOG = ChangeSet(frozenset({"seed", "device", "choice"}))  # a figure, source or device: every comparison


FIELDS = {"title": QT_TRANSLATE_NOOP("TeamConflictsDialog", "Title"),
          "body": QT_TRANSLATE_NOOP("TeamConflictsDialog", "Text"),
          "tags": QT_TRANSLATE_NOOP("TeamConflictsDialog", "Tags"),
          "links": QT_TRANSLATE_NOOP("TeamConflictsDialog", "Links"),
          "value_num": QT_TRANSLATE_NOOP("TeamConflictsDialog", "Value"),
          "value_text": QT_TRANSLATE_NOOP("TeamConflictsDialog", "Value (text)"),
          "note": QT_TRANSLATE_NOOP("TeamConflictsDialog", "Note"),
          "source": QT_TRANSLATE_NOOP("TeamConflictsDialog", "Source"),
          "confidence": QT_TRANSLATE_NOOP("TeamConflictsDialog", "Confidence"),
          "as_of": QT_TRANSLATE_NOOP("TeamConflictsDialog", "As of"),
          "name": QT_TRANSLATE_NOOP("TeamConflictsDialog", "Name"),
          "publisher": QT_TRANSLATE_NOOP("TeamConflictsDialog", "Publisher"),
          "url": QT_TRANSLATE_NOOP("TeamConflictsDialog", "Address"),
          "date": QT_TRANSLATE_NOOP("TeamConflictsDialog", "Date"),
          "summary": QT_TRANSLATE_NOOP("TeamConflictsDialog", "Summary"),
          "devices": QT_TRANSLATE_NOOP("TeamConflictsDialog", "Devices"),
          "sources": QT_TRANSLATE_NOOP("TeamConflictsDialog", "Sources"),
          "device": QT_TRANSLATE_NOOP("TeamConflictsDialog", "Device"),
          "metric": QT_TRANSLATE_NOOP("TeamConflictsDialog", "Metric")}


def field_label(key: str) -> str:
    return translate(CONTEXT, FIELDS[key]) if key in FIELDS else key


def value_text(value: Any) -> str:
    """A body's field in words, whole: lists one item a line, a shared row's reference as such."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return "\n".join(value_text(v) for v in value)
    if isinstance(value, dict):
        if set(value) == {"team"}:
            return QCoreApplication.translate("TeamConflictsDialog", "a row shared in the team library")
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bool):
        return (QCoreApplication.translate("TeamConflictsDialog", "yes") if value
                else QCoreApplication.translate("TeamConflictsDialog", "no"))
    return str(value)


def _team_of(library_or_store: Any) -> tuple[Team, Any]:
    """The db.api.team Team of a desktop Store (`.library.team`, with `publish` to tell the window), a db.api
    Library (`.team`), a Team, or a store's path; and the Store, if one was given."""
    if isinstance(library_or_store, Team):
        return library_or_store, None
    if isinstance(library_or_store, (str, Path)):
        return Team(Path(library_or_store)), None
    library = getattr(library_or_store, "library", None)
    if library is not None:
        return library.team, library_or_store
    return library_or_store.team, None


class TeamConflictsDialog(QDialog):
    """The team library's open conflicts and a way to settle each.

    `library_or_store`: the window's Store (desktop.store.Store: its changes are then published, so every panel
    shows what was kept), or a db.api Library, a db.api.team Team, or the store's path. `conflict_settled(kind)`
    is emitted after each choice the store took ('note', 'event', 'figure', ...)."""

    conflict_settled = Signal(str)

    def __init__(self, library_or_store: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.team, self._store = _team_of(library_or_store)
        self.setWindowTitle(self.tr("Team library conflicts"))
        self.setAccessibleName(self.tr("Team library conflicts"))
        self._conflicts: list[TeamConflictDTO] = []
        self.intro = QLabel(self.tr("These shared rows were changed here and in the team library apart, or the "
                                    "library would not take a change of yours. Both versions are kept until you "
                                    "choose; what you keep goes to the library at the next sync."), self)
        self.intro.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setObjectName("teamConflicts")
        self.list.setAccessibleName(self.tr("Open conflicts"))
        self.list.setHeaderLabels([self.tr("Kind"), self.tr("Title"), self.tr("Teammate"), self.tr("Why"),
                                   self.tr("When")])
        self.list.setRootIsDecorated(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setWordWrap(True)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(False)
        self.list.currentItemChanged.connect(self._show_current)
        self.empty = QLabel(self.tr("No conflicts: every shared row here agrees with the team library."), self)
        self.empty.setWordWrap(True)
        self._build_details()
        self._build_buttons()
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(self.details)
        split.setStretchFactor(1, 3)
        split.setSizes([140, 580])
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.resize(960, 720)
        self.refresh()

    # building ---------------------------------------------------------------------------------------
    def _build_details(self) -> None:
        self.details = QWidget(self)
        self.fields = QTableWidget(0, 3, self.details)
        self.fields.setObjectName("conflictFields")
        self.fields.setAccessibleName(self.tr("Yours and the library's, field by field"))
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setWordWrap(True)
        self.fields.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.fields.verticalHeader().hide()
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.fields.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.mine_label, self.theirs_label = QLabel(self), QLabel(self)
        self.merged_label = QLabel(self.tr("Merged"), self)
        for label in (self.mine_label, self.theirs_label, self.merged_label):
            label.setWordWrap(True)
        self.mine_text = QPlainTextEdit(self.details)
        self.theirs_text = QPlainTextEdit(self.details)
        for pane, name in ((self.mine_text, self.tr("Your text")), (self.theirs_text, self.tr("The library's text"))):
            pane.setReadOnly(True)
            pane.setAccessibleName(name)
        self.merged_text = QPlainTextEdit(self.details)
        self.merged_text.setObjectName("mergedText")
        self.merged_text.setAccessibleName(self.tr("Merged text (edit it, then Keep merged)"))
        texts = QGridLayout()
        texts.addWidget(self.mine_label, 0, 0)
        texts.addWidget(self.theirs_label, 0, 1)
        texts.addWidget(self.mine_text, 1, 0)
        texts.addWidget(self.theirs_text, 1, 1)
        texts.addWidget(self.merged_label, 2, 0, 1, 2)
        texts.addWidget(self.merged_text, 3, 0, 1, 2)
        self._text_widgets = (self.mine_label, self.theirs_label, self.mine_text, self.theirs_text,
                              self.merged_label, self.merged_text)
        layout = QVBoxLayout(self.details)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fields, 1)
        layout.addLayout(texts, 2)

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.keep_mine = QPushButton(self.tr("Keep &mine"), self)
        self.keep_mine.setToolTip(self.tr("Your version goes to the library over theirs at the next sync"))
        self.keep_theirs = QPushButton(self.tr("Keep &theirs"), self)
        self.keep_theirs.setToolTip(self.tr("The library's version replaces yours here"))
        self.keep_merged = QPushButton(self.tr("Keep mer&ged"), self)
        self.keep_merged.setToolTip(self.tr("The merged text goes here and to the library at the next sync"))
        self.keep_copy = QPushButton(self.tr("Keep mine as a &copy"), self)
        self.keep_copy.setToolTip(self.tr("The library's version stays; yours becomes a private note of your own"))
        for button, keep in ((self.keep_mine, "mine"), (self.keep_theirs, "theirs"), (self.keep_merged, "merged"),
                             (self.keep_copy, "copy")):
            button.setAccessibleName(button.text().replace("&", ""))
            button.clicked.connect(lambda _c=False, k=keep: self.settle(k))
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)

    # the list ---------------------------------------------------------------------------------------
    def conflicts(self) -> list[TeamConflictDTO]:
        return list(self._conflicts)

    def refresh(self) -> None:
        """Read the open conflicts again, keeping the selection where it can."""
        current = self.current()
        try:
            self._conflicts = self.team.conflicts()
        except (StoreError, TeamError) as exc:
            self._conflicts = []
            QMessageBox.warning(self, self.tr("Team library conflicts"), _message(exc))
        self.list.clear()
        for c in self._conflicts:
            item = QTreeWidgetItem([kind_label(c.kind, translate), c.title or self.tr("(untitled)"), c.theirs_author,
                                    reason_label(c.reason, translate), dates.date_time(c.noticed)])
            item.setData(0, Qt.ItemDataRole.UserRole, c.id)
            for column in range(5):
                item.setToolTip(column, item.text(column))
            self.list.addTopLevelItem(item)
        self.empty.setVisible(not self._conflicts)
        self.details.setVisible(bool(self._conflicts))
        ids = [c.id for c in self._conflicts]
        row = ids.index(current.id) if current is not None and current.id in ids else 0
        if self._conflicts:
            self.list.setCurrentItem(self.list.topLevelItem(row))
        self._show_current()

    def current(self) -> TeamConflictDTO | None:
        item = self.list.currentItem()
        if item is None:
            return None
        cid = item.data(0, Qt.ItemDataRole.UserRole)
        return next((c for c in self._conflicts if c.id == cid), None)

    def select(self, conflict_id: int) -> None:
        for i in range(self.list.topLevelItemCount()):
            if self.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == conflict_id:
                self.list.setCurrentItem(self.list.topLevelItem(i))

    # the selected conflict ------------------------------------------------------------------------
    def theirs_heading(self, c: TeamConflictDTO) -> str:
        return self.tr("The library's (%1, version %2)").replace("%1", c.theirs_author).replace(
            "%2", str(c.theirs_version))

    def _show_current(self, *_args) -> None:
        c = self.current()
        note = c is not None and c.kind == "note"
        refused = c is not None and c.reason == "refused"
        self.keep_mine.setVisible(c is not None and not refused)
        self.keep_theirs.setVisible(c is not None)
        self.keep_merged.setVisible(note and not refused)
        self.keep_copy.setVisible(note and refused and c.mine is not None)
        for w in self._text_widgets:
            w.setVisible(note)
        self.merged_label.setVisible(note and not refused)
        self.merged_text.setVisible(note and not refused)
        self.fields.setRowCount(0)
        if c is None:
            return
        yours, theirs = self.tr("Yours"), self.theirs_heading(c)
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), yours, theirs])
        mine, lib = c.mine or {}, c.theirs or {}
        keys = [k for k in dict.fromkeys([*mine, *lib]) if not (note and k == _NOTE_TEXT)]
        deleted = self.tr("(deleted)")
        for key in keys:
            a = deleted if c.mine is None else value_text(mine.get(key))
            b = deleted if c.theirs is None else value_text(lib.get(key))
            self._field_row(field_label(key), a, b, a != b)
        if not keys:
            self._field_row(self.tr("Whole row"), deleted if c.mine is None else yours,
                            deleted if c.theirs is None else theirs, True)
        if note:
            self.mine_label.setText(yours + (" " + deleted if c.mine is None else ""))
            self.theirs_label.setText(theirs + (" " + deleted if c.theirs is None else ""))
            mine_body = str(mine.get(_NOTE_TEXT) or "")
            theirs_body = str(lib.get(_NOTE_TEXT) or "")
            self.mine_text.setPlainText(mine_body)
            self.theirs_text.setPlainText(theirs_body)
            self.merged_text.setPlainText(mine_body if c.mine is not None else theirs_body)
            if mine_body != theirs_body:
                self._field_row(field_label(_NOTE_TEXT), self.tr("see below"), self.tr("see below"), True)
        self.fields.resizeRowsToContents()  # every field whole, up to a third of the screen (then it scrolls)
        height = self.fields.horizontalHeader().height() + 2 * self.fields.frameWidth() + sum(
            self.fields.rowHeight(r) for r in range(self.fields.rowCount()))
        self.fields.setMinimumHeight(min(height, self.screen().availableGeometry().height() // 3))

    def _field_row(self, label: str, mine: str, theirs: str, differs: bool) -> None:
        row = self.fields.rowCount()
        self.fields.insertRow(row)
        items = [QTableWidgetItem((FIELD_DIFFERS + " " if differs else "") + label), QTableWidgetItem(mine),
                 QTableWidgetItem(theirs)]
        tint = QApplication.palette().color(QPalette.ColorRole.Highlight)
        tint.setAlpha(50)
        for column, item in enumerate(items):
            item.setToolTip(item.text())
            if differs:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setBackground(QColor(tint))
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("differs"))
            self.fields.setItem(row, column, item)

    def differing_fields(self) -> list[str]:
        """The labels of the rows marked as differing (what the analyst sees marked ≠)."""
        out = []
        for row in range(self.fields.rowCount()):
            text = self.fields.item(row, 0).text()
            if text.startswith(FIELD_DIFFERS + " "):
                out.append(text[len(FIELD_DIFFERS) + 1:])
        return out

    # settling ---------------------------------------------------------------------------------------
    def settle(self, keep: str) -> bool:
        """Keep 'mine', 'theirs', 'merged' (the merged text) or 'copy' for the selected conflict; True when the
        store took it (the list reads again, the window is told)."""
        c = self.current()
        if c is None:
            return False
        merged = None
        if keep == "merged":
            merged = dict(c.mine if c.mine is not None else (c.theirs or {}))
            merged[_NOTE_TEXT] = self.merged_text.toPlainText()
        try:
            self.team.resolve(c.id, keep, merged)
        except (StoreError, TeamError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Conflict not settled"), _message(exc))
            return False
        if self._store is not None:
            self._store.publish(_CHANGED.get(c.kind, _CATALOG), initiator=self)
        self.conflict_settled.emit(c.kind)
        self.refresh()
        return True


def _message(exc: BaseException) -> str:
    if isinstance(exc, ValueError):  # a conflict settled meanwhile (another window, the command line)
        return str(exc)
    from desktop.team_words import error_text  # a TeamError or StoreError, worded as the rest of the window does
    return error_text(exc)

"""NoteTeamBar: the open note and the team library — "Shared with the team" on the analyst's own note (offered only
while the store syncs with a team library), and "by <author>" on a teammate's.

Notes are private unless shared, and a shared note stays shared (its later saves, its deletion and its restore
follow it to the library). Whether the store is connected is read when a note of the analyst's own is shown
(one read of the store's team state, never at start-up; the PostgreSQL driver is not imported for it).
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from db.errors import StoreError
from desktop.models.note_list_model import by_author


class NoteTeamBar(QWidget):
    share_requested = Signal(str)  # uid: the analyst ticked "Shared with the team"

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self._uid: str | None = None
        self.shared_box = QCheckBox(self.tr("Shared with the team"), self)
        self.shared_box.setObjectName("noteShared")
        self.shared_box.setAccessibleName(self.tr("Shared with the team"))
        self.shared_box.setToolTip(self.tr("Send this note to the team library at the next sync; its later saves "
                                           "follow it. A shared note stays shared."))
        self.shared_box.toggled.connect(self._toggled)
        self.author_label = QLabel(self)
        self.author_label.setObjectName("noteAuthor")
        self.author_label.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.shared_box)
        row.addWidget(self.author_label, 1)
        self.show_note(None)

    def show_note(self, note) -> None:
        """Show what the note (a NoteDTO, or None) is to the team."""
        self._uid = None  # no share request while the box is set
        author = getattr(note, "team_author", None) if note is not None else None
        shared = bool(getattr(note, "shared", False)) if note is not None else False
        self.author_label.setText(by_author(author) if author else "")
        self.author_label.setVisible(bool(author))
        offered = note is not None and not author and not note.deleted and (shared or self._connected())
        self.shared_box.setVisible(offered)
        self.shared_box.setChecked(shared)
        self.shared_box.setEnabled(not shared)
        self.setVisible(bool(author) or offered)
        self._uid = note.uid if note is not None else None

    def mark_shared(self) -> None:
        self._uid, uid = None, self._uid
        self.shared_box.setChecked(True)
        self.shared_box.setEnabled(False)
        self._uid = uid

    def _connected(self) -> bool:
        try:
            return self.store.team_connected()
        except StoreError:
            return False  # the store cannot say now: sharing is offered again when it can

    def _toggled(self, on: bool) -> None:
        if on and self._uid is not None:
            self.share_requested.emit(self._uid)

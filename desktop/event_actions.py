"""Adding, editing and deleting the user's policy-timeline events from the window, with undo.

The timeline panel asks (add, edit, delete); the event dialog takes the fields; the Store writes them and
broadcasts the change. A deletion goes on the window's undo stack (Edit ▸ Undo), shared with the catalog's
edits and the notes.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand

from db.dto import EventDTO
from db.errors import StoreError
from desktop.window_api import WindowApi

translate = QCoreApplication.translate


class DeleteEventCommand(QUndoCommand):
    """Deleting a user event, undoable: the store returns the event as it was and can put it back."""

    def __init__(self, window: WindowApi, event: EventDTO):
        super().__init__(translate("EventActions", "Delete event “%1”").replace("%1", event.title))
        self.window, self.event = window, event

    def redo(self) -> None:
        self.event = self.window.store.delete_event(self.event.uid, initiator=self.window)
        self.window.reload_events()

    def undo(self) -> None:
        self.window.store.restore_event(self.event, initiator=self.window)
        self.window.reload_events(select=self.event.uid)


class EventActions(QObject):
    def __init__(self, window: WindowApi):
        super().__init__(window)
        self.window = window

    def add(self) -> None:
        self._edit(None)

    def edit(self, event: EventDTO) -> None:
        self._edit(event)

    def _edit(self, event: EventDTO | None) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.dialogs import exec_until_saved
        from desktop.dialogs.event_dialog import EventDialog
        window = self.window
        choices = [(d.slug, d.name) for d in window.store.devices()]
        dialog = EventDialog(choices, event, window)

        def save() -> str | None:
            try:
                uid = window.store.save_event(dialog.fields(), event.uid if event else None, initiator=window)
            except (StoreError, ValueError) as exc:
                QMessageBox.critical(window, translate("EventActions", "The event was not saved"), getattr(exc, "message", None) or str(exc))
                return None
            window.reload_events(select=uid)
            return uid
        exec_until_saved(dialog, save)

    def delete(self, event: EventDTO) -> None:
        from PySide6.QtWidgets import QMessageBox
        try:
            self.window.undo_stack.push(DeleteEventCommand(self.window, event))
        except (StoreError, ValueError) as exc:
            QMessageBox.critical(self.window, translate("EventActions", "The event was not deleted"),
                                 getattr(exc, "message", None) or str(exc))
            return
        self.window.statusBar().showMessage(translate("EventActions", "Deleted “%1”. Edit ▸ Undo (Ctrl+Z) brings it back.")
                                            .replace("%1", event.title), 10_000)

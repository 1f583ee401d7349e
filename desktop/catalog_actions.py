"""Editing the catalog from the window: the Data menu, the comparison cell's context menu, and undo.

Each edit is written through the Store, which returns a CatalogEditDTO holding the row before and
after; the edit goes on the window's undo stack (Edit ▸ Undo / Redo, shared with events and notes)
as a CatalogEditCommand that restores one state or the other. The Store broadcasts every write, and
the window refreshes from that broadcast, so undo, redo and the first edit refresh the same way.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPoint
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox

from db.api.catalog import CatalogValidationError
from db.dto import CatalogEditDTO, RowDTO, SourceDTO
from db.errors import StoreError
from desktop.dialogs import exec_until_saved
from desktop.present.fact_rows import is_fact_row
from desktop.window_api import WindowApi

translate = QCoreApplication.translate


class CatalogEditCommand(QUndoCommand):
    """An edit already written to the store: undo restores the row as it was, redo as the edit left it."""

    def __init__(self, store, edit: CatalogEditDTO, text: str):
        super().__init__(text)
        self.store, self.edit = store, edit
        self._done = True  # QUndoStack.push calls redo(): the first time, the edit is already made

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.store.redo_edit(self.edit)

    def undo(self) -> None:
        self.store.undo_edit(self.edit)


class CatalogActions(QObject):
    def __init__(self, window: WindowApi):
        super().__init__(window)
        self.window = window
        self.store = window.store

    # menus -------------------------------------------------------------------------------------
    def build_menu(self, menu: QMenu) -> QMenu:
        """Fill the window's Data menu."""
        self.actions: dict[str, QAction] = {}
        for key, text, shortcut, slot in (
                ("add_device", translate("CatalogActions", "Add a &device…"), "Ctrl+Shift+D", lambda: self.edit_device(None)),
                ("edit_device", translate("CatalogActions", "&Edit a device…"), "", self.choose_and_edit_device),
                ("add_value", translate("CatalogActions", "Add a &figure…"), "Ctrl+Shift+F", self.add_value_here),
                ("add_source", translate("CatalogActions", "Add a &source…"), "", self.add_source),
                ("edit_source", translate("CatalogActions", "Edit a s&ource…"), "", self.choose_and_edit_source),
                ("sources", translate("CatalogActions", "Sou&rces…"), "", self.show_sources),
                (None, None, None, None),
                ("new_group", translate("CatalogActions", "Save as a &named pairing or group…"), "Ctrl+Shift+G", self.new_group),
                ("edit_group", translate("CatalogActions", "Edit this &pairing or group…"), "", self.edit_group),
                ("delete_group", translate("CatalogActions", "De&lete this pairing or group"), "", self.delete_group)):
            if key is None:
                menu.addSeparator()
                continue
            action = QAction(text, self.window)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            menu.addAction(action)
            self.window.addAction(action)
            self.actions[key] = action
        menu.aboutToShow.connect(self._update_actions)
        return menu

    def _update_actions(self) -> None:
        slug = self.window.current_pairing_slug()
        mine = next((p for p in self.window.pairings if p.slug == slug and p.origin == "user"), None)
        self.actions["edit_group"].setEnabled(mine is not None)
        self.actions["delete_group"].setEnabled(mine is not None)

    def cell_menu(self, row: RowDTO, side: int | None, global_pos: QPoint) -> QMenu | None:
        """The context menu of a comparison cell: add a figure, edit / correct / delete the one shown."""
        comparison = self.window.comparison
        if comparison is None:
            return None
        menu = QMenu(self.window)
        sides = [side] if side is not None else list(range(len(comparison.devices)))
        for s in sides:
            device = comparison.devices[s]
            cell = row.cells[s]
            value = cell.value
            stored = value is not None and not value.is_derived and self.store.value(value.uid) is not None
            suffix = f" — {device.name}" if len(sides) > 1 else ""
            if not row.metric.derived and row.metric.key != "composition" and not is_fact_row(row):
                menu.addAction(translate("CatalogActions", "&Add a figure…") + suffix,
                               lambda d=device.slug: self.edit_value(None, d, row.metric.key))
            if is_fact_row(row):  # Software, Supply: the stack, and the analyst's facts (desktop.fact_menus)
                from desktop.fact_menus import add_comparison_entries
                add_comparison_entries(self.window, menu, row, s, suffix)
                stored = False
            if stored and value.origin == "user":
                menu.addAction(translate("CatalogActions", "&Edit this figure…") + suffix, lambda v=value: self.edit_value(v))
                menu.addAction(translate("CatalogActions", "&Delete this figure") + suffix, lambda v=value: self.delete_value(v.uid))
            elif stored:
                menu.addAction(translate("CatalogActions", "&Correct this figure…") + suffix, lambda v=value: self.edit_value(v))
            if stored:
                menu.addAction(translate("CatalogActions", "Cite a &better source…") + suffix, lambda v=value: self.upgrade_citation(v))
            menu.addAction(translate("CatalogActions", "Edit the de&vice %1…").replace("%1", device.name),
                           lambda d=device.slug: self.edit_device(d))
            if len(sides) > 1:
                menu.addSeparator()
        if not global_pos.isNull():
            menu.popup(global_pos)
        return menu

    # the undo stack ----------------------------------------------------------------------------
    def push(self, edit: CatalogEditDTO, text: str) -> None:
        self.window.undo_stack.push(CatalogEditCommand(self.store, edit, text))

    def _failed(self, title: str, exc: Exception) -> None:
        QMessageBox.critical(self.window, title, getattr(exc, "message", None) or str(exc))

    # devices -----------------------------------------------------------------------------------
    def choose_and_edit_device(self) -> None:
        from desktop.views.device_picker import DevicePickerDialog
        current = self.window.comparison.devices[0].slug if self.window.comparison else None
        dialog = DevicePickerDialog(self.store.devices(), current, self.window)
        dialog.setWindowTitle(translate("CatalogActions", "Edit which device?"))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen:
            self.edit_device(dialog.chosen)

    def device_dialog(self, slug: str | None):
        from desktop.dialogs.device_dialog import DeviceDialog
        device = self.store.device(slug) if slug else None
        components = self.store.components(slug) if device is not None and device.kind == "system" else []
        return DeviceDialog(self.store.devices(), self.store.organisations(), self.store.sources(), device,
                            components, self.window)

    def edit_device(self, slug: str | None) -> str | None:
        dialog = self.device_dialog(slug)
        return exec_until_saved(dialog, lambda: self.save_device(dialog.fields(), slug))

    def save_device(self, fields: dict, slug: str | None) -> str | None:
        try:
            edit = self.store.save_device(fields, slug)
        except (CatalogValidationError, StoreError) as exc:
            self._failed(translate("CatalogActions", "The device was not saved"), exc)
            return None
        verb = translate("CatalogActions", "Add device “%1”") if slug is None else translate("CatalogActions", "Edit device “%1”")
        self.push(edit, verb.replace("%1", fields["name"]))
        self.window.statusBar().showMessage(translate("CatalogActions", "Saved the device “%1”. Edit ▸ Undo (Ctrl+Z) takes it back.")
                                            .replace("%1", fields["name"]), 8000)
        return edit.key

    # sources -----------------------------------------------------------------------------------
    def add_source(self) -> SourceDTO | None:
        return self.edit_source(None)

    def choose_and_edit_source(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from desktop.dialogs.value_dialog import source_label
        sources = sorted(self.store.sources(), key=lambda s: (s.publisher.casefold(), s.title.casefold()))
        labels = [f"{source_label(s)}  [{s.key}]" for s in sources]
        label, ok = QInputDialog.getItem(self.window, translate("CatalogActions", "Edit a source"),
                                         translate("CatalogActions", "Source:"), labels, 0, False)
        if ok and label in labels:
            self.edit_source(sources[labels.index(label)])

    def edit_source(self, source: SourceDTO | None) -> SourceDTO | None:
        from desktop.dialogs.source_dialog import SourceDialog
        dialog = SourceDialog(source, self.window)
        return exec_until_saved(dialog, lambda: self.save_source(dialog.fields(), source.key if source else None))

    def save_source(self, fields: dict, key: str | None) -> SourceDTO | None:
        try:
            edit = self.store.save_source(fields, key)
        except (CatalogValidationError, StoreError) as exc:
            self._failed(translate("CatalogActions", "The source was not saved"), exc)
            return None
        verb = translate("CatalogActions", "Add source “%1”") if key is None else translate("CatalogActions", "Edit source “%1”")
        self.push(edit, verb.replace("%1", fields["publisher"]))
        return next((s for s in self.store.sources() if s.key == edit.key), None)

    # values ------------------------------------------------------------------------------------
    def add_value_here(self) -> None:
        """Data ▸ Add a figure: for the selected cell's device and metric when there is one."""
        comparison = self.window.comparison
        current = self.window.panel.current_metric()
        device = metric = None
        if comparison is not None and current is not None:
            metric = current[0]
            device = comparison.devices[current[1]].slug if current[1] is not None else None
        self.edit_value(None, device, metric)

    def value_dialog(self, value=None, device: str | None = None, metric: str | None = None):
        from desktop.dialogs.value_dialog import ValueDialog
        return ValueDialog(self.store.metrics(), self.store.devices(), self.store.sources(), self.store.style, value,
                           device, metric, self.window, new_source=self.add_source)

    def edit_value(self, value=None, device: str | None = None, metric: str | None = None) -> str | None:
        dialog = self.value_dialog(value, device, metric)
        return exec_until_saved(dialog, lambda: self.save_value(dialog.fields(), value.uid if value else None))

    def save_value(self, fields: dict, uid: str | None) -> str | None:
        try:
            edit = self.store.save_value(fields, uid)
        except (CatalogValidationError, StoreError) as exc:
            self._failed(translate("CatalogActions", "The figure was not saved"), exc)
            return None
        device = self.store.device(fields["device"])
        metric = next((m.label for m in self.store.metrics() if m.key == fields["metric"]), fields["metric"])
        verb = translate("CatalogActions", "Add figure %1 for %2") if uid is None or edit.key != uid else \
            translate("CatalogActions", "Edit figure %1 for %2")
        self.push(edit, verb.replace("%1", metric).replace("%2", device.name if device else fields["device"]))
        return edit.key

    def delete_value(self, uid: str) -> None:
        try:
            edit = self.store.delete_value(uid)
        except (CatalogValidationError, StoreError) as exc:
            self._failed(translate("CatalogActions", "The figure was not deleted"), exc)
            return
        self.push(edit, translate("CatalogActions", "Delete a figure"))
        self.window.statusBar().showMessage(translate("CatalogActions", "Deleted your figure. Edit ▸ Undo (Ctrl+Z) brings it back."), 8000)

    # citations (issue 17) -------------------------------------------------------------------------
    def show_sources(self):
        """Data ▸ Sources: every source as a citation (one window, raised when asked again)."""
        from desktop.dialogs.sources_dialog import SourcesDialog
        dialog = getattr(self, "sources_dialog", None)
        if dialog is None:
            dialog = self.sources_dialog = SourcesDialog(self.store, self, self.window)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def citation_dialog(self, value):
        from desktop.dialogs.citation_dialog import CitationDialog
        return CitationDialog(value, self.figure_heading(value), self.store.sources(),
                              QApplication.activeModalWidget() or QApplication.activeWindow() or self.window,
                              new_source=self.add_source)

    def upgrade_citation(self, value) -> str | None:
        """Attach a better source to a stored figure (CitationDialog); returns the new figure's uid."""
        dialog = self.citation_dialog(value)
        return exec_until_saved(dialog, lambda: self.save_citation(value, **dialog.fields()))

    def figure_heading(self, value) -> str:
        from db.api.compare import describe
        device = self.store.device(value.device_slug)
        metric = next((m for m in self.store.metrics() if m.key == value.metric_key), None)
        text = describe(value, metric, self.store.style) if metric else (value.value_text or "")
        return f"{device.name if device else value.device_slug} · {metric.label if metric else value.metric_key}: {text}"

    def save_citation(self, value, source: str, carrier_quality: str | None) -> str | None:
        from desktop.present.sources import upgrade_note
        note = upgrade_note(value.source.publisher if value.source else None, QCoreApplication.translate)
        try:
            edit = self.store.upgrade_citation(value.uid, source, carrier_quality, note)
        except (CatalogValidationError, StoreError) as exc:
            self._failed(translate("CatalogActions", "The citation was not upgraded"), exc)
            return None
        self.push(edit, translate("CatalogActions", "Cite a better source for %1").replace("%1", self.figure_heading(value)))
        self.window.statusBar().showMessage(translate("CatalogActions", "The figure now cites the better source; the old citation stays listed. "
                                               "Edit ▸ Undo (Ctrl+Z) takes it back."), 8000)
        return edit.key

    # pairings and groups -----------------------------------------------------------------------
    def new_group(self) -> None:
        comparison = self.window.comparison
        slugs = tuple(d.slug for d in comparison.devices) if comparison else ()
        name = " vs ".join(d.name for d in comparison.devices) if comparison else ""
        self._group_dialog(name, slugs, comparison.baseline if comparison else 1, None)

    def edit_group(self) -> None:
        slug = self.window.current_pairing_slug()
        pairing = next((p for p in self.window.pairings if p.slug == slug and p.origin == "user"), None)
        if pairing is not None:
            self._group_dialog(pairing.name, pairing.devices, pairing.baseline, pairing.slug)

    def _group_dialog(self, name: str, slugs: tuple[str, ...], baseline: int, slug: str | None) -> None:
        from desktop.dialogs.pairing_dialog import PairingDialog
        dialog = PairingDialog(self.store.devices(), name, slugs, baseline, slug is not None, self.window)
        exec_until_saved(dialog, lambda: self.save_group(dialog.name(), dialog.devices(), dialog.baseline(), slug))

    def save_group(self, name: str, slugs, baseline: int, slug: str | None = None) -> str | None:
        try:
            edit = self.store.save_group(name, list(slugs), baseline, slug)
        except (CatalogValidationError, StoreError) as exc:
            self._failed(translate("CatalogActions", "The pairing was not saved"), exc)
            return None
        verb = translate("CatalogActions", "Save “%1”") if slug is None else translate("CatalogActions", "Edit “%1”")
        self.push(edit, verb.replace("%1", name))
        self.window.set_devices(tuple(slugs), baseline)
        return edit.key

    def delete_group(self) -> None:
        slug = self.window.current_pairing_slug()
        try:
            edit = self.store.delete_pairing(slug) if slug else None
        except (CatalogValidationError, StoreError) as exc:
            self._failed(translate("CatalogActions", "The pairing was not deleted"), exc)
            return
        if edit is not None:
            self.push(edit, translate("CatalogActions", "Delete a pairing"))

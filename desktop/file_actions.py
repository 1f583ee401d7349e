"""The File menu's data actions: export the catalog's figures (CSV or JSON), import data (Epoch AI's CSV, a
ChipLens CSV or data pack, with a preview), and the backups. The picture exports are desktop.export.actions."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from db.errors import StoreError
from desktop.window_api import WindowApi

translate = QCoreApplication.translate


class FileActions(QObject):
    def __init__(self, window: WindowApi, file_menu: QMenu):
        super().__init__(window)
        self.window = window
        self.export_action = self._add(file_menu, translate("FileActions", "&Export data (JSON or CSV)…"),
                                       translate("FileActions", "Ctrl+E"), self.export_data)
        self.import_action = self._add(file_menu, translate("FileActions", "&Import data…"),
                                       translate("FileActions", "Ctrl+I"), self.import_data)
        self.backups_action = self._add(file_menu, translate("FileActions", "&Backups…"), "", self.show_backups)
        self.team_action = self._add(file_menu, translate("FileActions", "&Team library…"), "",
                                     lambda: window.team().open_dialog())

    def _add(self, menu: QMenu, text: str, key: str, slot) -> QAction:
        action = QAction(text, self.window)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def export_data(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox
        window = self.window
        target, _ = QFileDialog.getSaveFileName(window, translate("FileActions", "Export data"), str(Path.home() / "chiplens-data.csv"),
                                                translate("FileActions", "CSV (*.csv);;JSON (*.json)"))
        if not target:
            return
        if Path(target).suffix.lower() not in (".csv", ".json"):
            target += ".csv"
        try:
            n = window.store.export_data(Path(target))
        except (StoreError, OSError) as exc:
            QMessageBox.critical(window, translate("FileActions", "Export failed"), getattr(exc, "message", None) or str(exc))
            return
        window.statusBar().showMessage(translate("FileActions", "Exported %1 values to %2").replace("%1", str(n)).replace("%2", target),
                                       8000)

    def import_data(self, file: Path | None = None) -> None:
        """File ▸ Import data…: preview, then import; the Store's broadcast refreshes the comparison."""
        from desktop.dialogs.import_dialog import ImportDialog
        dialog = ImportDialog(self.window.store, self.window, file)
        if dialog.exec() and dialog.result_info is not None:
            r = dialog.result_info
            self.window.statusBar().showMessage(
                translate("FileActions", "Imported: %1 added, %2 changed, %3 removed").replace("%1", str(r.added))
                .replace("%2", str(r.changed)).replace("%3", str(r.removed)), 10_000)

    def show_backups(self) -> None:
        from desktop.dialogs.backups_dialog import open_backups_dialog
        open_backups_dialog(self.window).exec()

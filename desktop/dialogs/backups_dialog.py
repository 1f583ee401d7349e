"""BackupsDialog (File ▸ Backups…): the database backups with date, size and reason; back up now, restore one.

Restoring first saves what is being typed (the window's notes), backs the current database up
("before restore"), copies the chosen backup in with SQLite's backup API, migrates it if it comes
from an older schema, and tells the window to reload everything. The retention policy (how many
daily, weekly and monthly backups are kept) is a user setting shown here.
"""
from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QProgressBar, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from db import api
from db.api.backups import RetentionPolicy, backup_database, backup_dir_for, list_backups, restore_backup
from db.dto import ChangeSet
from db.errors import StoreError
from desktop.startup import store_opening as said
from desktop.background import BackgroundJob
from desktop.models.backup_list_model import BackupListModel
from desktop.views.list_table import list_table

EVERYTHING = ChangeSet(frozenset({"seed", "device", "pairing", "choice", "event", "note"}))


class _SortProxy(QSortFilterProxyModel):
    def lessThan(self, left, right) -> bool:
        model = self.sourceModel()
        col = model.columns[left.column()]
        return col.sort_key(model.backup(left.row())) < col.sort_key(model.backup(right.row()))


class BackupsDialog(QDialog):
    restored = Signal(object)  # BackupInfo: the store now holds this backup's content
    backed_up = Signal(object)  # Path of a backup made with "Back up now"
    failed = Signal(str)  # a backup or restore did not happen (the message box said why)

    def __init__(self, database: Path, settings=None, before_restore: Callable[[], None] | None = None,
                 parent: QWidget | None = None):
        """`settings`: AppSettings (for the retention policy; None hides it); `before_restore`: saves pending edits."""
        super().__init__(parent)
        self.database = Path(database)
        self.settings = settings
        self.before_restore = before_restore
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        folder = backup_dir_for(self.database)
        intro = QLabel(self)
        intro.setObjectName("backupsIntro")
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        intro.setText("<p>" + html.escape(self.tr(
            "ChipLens backs the database up when it closes (once a day, if the database is healthy), and before "
            "every database update, restore and import. Restoring a backup first backs up the current database, "
            "so a restore can be undone by restoring that backup.")) + "</p><p>" + html.escape(self.tr("Folder:"))
            + f" <code>{html.escape(str(folder))}</code></p>")
        self.model = BackupListModel(self)
        self.proxy = _SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = list_table(self, "backupsTable", self.tr("Backups"), self.proxy,
                                Qt.TextElideMode.ElideMiddle)  # file names differ at the end (the time)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.empty_label = QLabel(self.tr("No backups yet. The first one is made when ChipLens closes."), self)
        self.empty_label.setWordWrap(True)

        policy_row = QHBoxLayout()
        self.spins: dict[str, QSpinBox] = {}
        policy_label = QLabel(self.tr("Keep daily backups of the last"), self)
        policy_row.addWidget(policy_label)
        current = settings.retention() if settings is not None else RetentionPolicy()
        for key, value, suffix in (("daily", current.daily, self.tr("days,")),
                                   ("weekly", current.weekly, self.tr("weeks and")),
                                   ("monthly", current.monthly, self.tr("months"))):
            spin = QSpinBox(self)
            spin.setObjectName(f"keep_{key}")
            spin.setRange(0, 999)
            spin.setValue(value)
            spin.setAccessibleName(self.tr("Backups kept: %1").replace("%1", suffix.rstrip(",").replace(" and", "")))
            spin.valueChanged.connect(self._policy_changed)
            self.spins[key] = spin
            policy_row.addWidget(spin)
            policy_row.addWidget(QLabel(suffix, self))
        policy_row.addStretch(1)
        policy_label.setBuddy(self.spins["daily"])
        if settings is None:
            for spin in self.spins.values():
                spin.setEnabled(False)

        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton(self.tr("Show &folder"), self)
        self.folder_button.clicked.connect(self.show_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.status = QLabel(self)
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)
        self.busy_bar = QProgressBar(self)  # backing up and restoring run on a worker: the dialog stays live
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumHeight(self.fontMetrics().height())
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.hide()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._job: BackgroundJob | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(policy_row)
        layout.addWidget(self.status)
        layout.addWidget(self.busy_bar)
        bottom = QHBoxLayout()
        bottom.addWidget(self.folder_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(880, 440)
        self.refresh()

    # data ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.set_backups(list_backups(backup_dir_for(self.database)))
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        has = self.model.rowCount() > 0
        self.table.setVisible(has)
        self.empty_label.setVisible(not has)
        if has:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_backup(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.backup(self.proxy.mapToSource(rows[0]).row())

    def select_backup(self, path: Path) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.model.backup(self.proxy.mapToSource(self.proxy.index(row, 0)).row()).path == Path(path):
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self, *_args) -> None:
        idle = self._job is None
        self.backup_button.setEnabled(idle)
        self.restore_button.setEnabled(idle and self.selected_backup() is not None)
        self.folder_button.setEnabled(backup_dir_for(self.database).is_dir())
        self.table.setEnabled(idle)

    def is_busy(self) -> bool:
        return self._job is not None

    def _run(self, fn, done, error_title: str, busy_text: str) -> None:
        """`fn` on the worker; then `done(result)` or an error message, back on the GUI thread."""
        job = BackgroundJob(fn)

        def finished(result) -> None:
            self._set_idle()
            done(result)

        def failed(exc) -> None:
            self._set_idle()
            self._error(error_title, exc)
            self.failed.emit(error_title)

        job.signals.finished.connect(finished)
        job.signals.failed.connect(failed)
        self._job = job
        self.status.setText(busy_text)
        self.busy_bar.show()
        self._update_buttons()
        self.pool.start(job)

    def _set_idle(self) -> None:
        self._job = None
        self.busy_bar.hide()
        self._update_buttons()

    def reject(self) -> None:
        if self._job is not None:  # a backup or restore is being written: closing now would hide how it ended
            self.status.setText(self.tr("Please wait: the backup or restore is still running."))
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._job is not None:
            event.ignore()
            self.status.setText(self.tr("Please wait: the backup or restore is still running."))
            return
        super().closeEvent(event)

    def show_folder(self) -> bool:
        from desktop.safe_links import open_local_path
        return open_local_path(backup_dir_for(self.database))

    def policy(self) -> RetentionPolicy:
        return RetentionPolicy(*(self.spins[k].value() for k in ("daily", "weekly", "monthly")))

    def _policy_changed(self, _value: int) -> None:
        if self.settings is not None:
            self.settings.set_retention(self.policy())

    # actions ------------------------------------------------------------------------------------------
    def backup_now(self) -> bool:
        """Start a backup on the worker (backed_up(Path) when written); False if one is already running."""
        if self._job is not None:
            return False
        if self.before_restore is not None:
            self.before_restore()  # what is typed goes into the backup too
        database, folder = self.database, backup_dir_for(self.database)
        self._run(lambda: backup_database(database, folder, "manual"), self._backup_made,
                  self.tr("The backup was not made"), self.tr("Backing up…"))
        return True

    def _backup_made(self, made: Path) -> None:
        self.refresh()
        self.select_backup(made)
        self.status.setText(self.tr("Backed up to %1.").replace("%1", made.name))
        self.backed_up.emit(made)

    def confirm_restore(self, backup) -> bool:
        from desktop.present import dates
        when = dates.date_time(backup.created)  # '2026-12-04 18:15': no day-month order to misread
        answer = QMessageBox.question(
            self, self.tr("Restore this backup?"),
            self.tr("Replace the current database with the backup from %1?\n\nThe current database is backed up "
                    "first, so this can be undone by restoring that backup.").replace("%1", when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self, confirm: bool = True) -> bool:
        """Start restoring the selected backup on the worker (restored(BackupInfo) when done, failed(str) if
        not); False if nothing was started."""
        backup = self.selected_backup()
        if self._job is not None or backup is None or (confirm and not self.confirm_restore(backup)):
            return False
        if self.before_restore is not None:
            self.before_restore()
        database = self.database

        def restore():
            safety, moved = restore_backup(database, backup.path)
            api.open_store(database)  # migrates a backup made by an older schema
            return safety or moved

        self._run(restore, lambda kept: self._restored(backup, kept), self.tr("The backup was not restored"),
                  self.tr("Restoring %1…").replace("%1", backup.path.name))
        return True

    def _restored(self, backup, kept: Path | None) -> None:
        self.refresh()
        self.status.setText(self.tr("Restored %1. The database as it was before is kept as %2.")
                            .replace("%1", backup.path.name).replace("%2", kept.name if kept else "-"))
        self.restored.emit(backup)

    def _error(self, title: str, exc: BaseException) -> None:
        message = said.words(exc)[1] if isinstance(exc, StoreError) else str(exc)
        self.status.setText(title + ": " + message.split("\n\n")[0])
        QMessageBox.critical(self, title, message)


def open_backups_dialog(window) -> BackupsDialog:
    """File ▸ Backups… for a MainWindow: saves its notes before a restore, reloads it after one."""
    def flush() -> None:
        notes = getattr(window, "notes", None)
        if notes is not None:
            notes.flush()

    def reload(_backup) -> None:
        window.store.publish(EVERYTHING)  # every panel re-reads the store
        window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Backup restored: the window shows its data."), 10_000)

    dialog = BackupsDialog(window.store.database, window.app_settings, flush, window)
    dialog.restored.connect(reload)
    return dialog

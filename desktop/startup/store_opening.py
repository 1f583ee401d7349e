"""Opening the store at start-up, with a way out of every error a user can meet.

- damaged / not a database / truncated / empty-but-damaged file: DamagedDatabaseDialog; the file is
  moved aside (renamed with a timestamp, never deleted) and the latest good backup is restored or a
  fresh database is created; or what can be read is recovered first (SalvageReportDialog shows what was
  recovered and lost), then merged into the latest backup or used as it is;
- locked by another program, read-only, disk full: the message with Retry, Open another folder…, Quit;
- newer schema: refused and untouched; Open another folder… or Quit.

Without a screen (offscreen, --quit-when-ready) nothing is asked: the message goes to stderr, the
file is left untouched, and the start fails (exit 1).
"""
from __future__ import annotations

import html
import logging
import sys

log = logging.getLogger("chiplens")


def _headless() -> bool:
    from PySide6.QtGui import QGuiApplication
    return QGuiApplication.platformName() in ("offscreen", "minimal")


def recover(database, choice: str) -> str:
    """Act on the damaged-database dialog's choice; returns a line for the log."""
    from db.api import backups as recovery
    if choice == "restore":
        info, _safety, moved = recovery.restore_latest(database)
        return f"restored backup {info.path.name}; the damaged file was kept as {moved.name if moved else '-'}"
    moved = recovery.start_fresh(database)
    return f"started fresh; the damaged file was kept as {moved.name if moved else '-'}"


def salvage_interactively(database, parent=None) -> str:
    """Recover what can be read (a busy cursor meanwhile), show what was recovered and lost, and act on the
    choice: merge into the latest backup, or use the recovered store. Returns a line for the log ('' for Back)."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    from db.api import backups as recovery
    from desktop.dialogs.salvage_report_dialog import MERGE, USE, SalvageReportDialog, table_html
    from desktop.present import salvage as words
    from desktop.present.dates import date_time
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        report = recovery.salvage(database)
    finally:
        QGuiApplication.restoreOverrideCursor()
    dialog = SalvageReportDialog(report, parent)
    dialog.exec()
    if dialog.choice == USE:
        moved = recovery.use_salvaged(database, report.salvaged)
        return (f"salvaged {report.recovered} rows ({report.lost} lost) into {database.name}; the damaged file "
                f"was kept as {moved.name if moved else '-'}")
    if dialog.choice != MERGE:
        return ""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        merged = recovery.merge_salvaged(database, report.salvaged)
    finally:
        QGuiApplication.restoreOverrideCursor()

    def translate(context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)
    lines = words.merge_notes(merged, report, date_time(report.backup_created), translate)
    box = QMessageBox(QMessageBox.Icon.Information, translate("Salvage", "Merged into the latest backup"),
                      "".join(f"<p>{html.escape(line)}</p>" for line in lines) + table_html(words.merge_table(merged, translate)),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("mergedBox")
    box.exec()
    return (f"restored backup {merged.backup.name} and merged {merged.merged} salvaged rows; the damaged file was "
            f"kept as {merged.moved.name if merged.moved else '-'}")


def ask_about_damage(database, exc, parent=None, other_folder: bool = True) -> str:
    """Show the damaged-database dialog; returns restore | salvage | fresh | other | quit. `other_folder`:
    offer another folder (at start; not once the window is up, where the store is already this one)."""
    from db.api import backups as recovery
    from desktop.dialogs.damaged_database_dialog import DamagedDatabaseDialog
    dialog = DamagedDatabaseDialog(database, getattr(exc, "detail", "") or exc.message.split("\n\n")[0],
                                   recovery.latest_good_backup(database), parent)
    dialog.other_button.setVisible(other_folder)
    dialog.exec()
    return dialog.choice


def open_store_interactively(paths, quiet: bool, check_later: bool = False):
    """Open (create, migrate, seed) the store; on an error the user can act on, offer the ways out.
    `check_later`: the full check is left for after the first paint (desktop.startup.full_check).

    Returns the Paths in use (another folder may have been chosen), or None to quit.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from db import api
    from db.errors import CorruptDatabaseError, NewerSchemaError, StoreError
    from desktop.paths import Paths

    def tr(text: str) -> str:
        return QCoreApplication.translate("StoreOpening", text)
    while True:
        try:
            api.open_store(paths.database, check_later=check_later)
            return paths
        except StoreError as exc:
            log.warning("store error: %s", exc.message)
            if quiet or _headless():
                sys.stderr.write(f"chiplens: {exc.title}.\n{exc.message}\n")
                return None
            if isinstance(exc, CorruptDatabaseError):
                choice = ask_about_damage(paths.database, exc)
                if choice == "salvage":
                    try:
                        done = salvage_interactively(paths.database)
                        if done:
                            log.warning("damaged database %s: %s", paths.database, done)
                    except StoreError as again:
                        QMessageBox.critical(None, tr(again.title), again.message)
                    continue
                if choice in ("restore", "fresh"):
                    try:
                        log.warning("damaged database %s: %s", paths.database, recover(paths.database, choice))
                    except StoreError as again:
                        QMessageBox.critical(None, tr(again.title), again.message)
                    continue
                if choice == "quit":
                    return None
            else:
                box = QMessageBox(QMessageBox.Icon.Critical, tr(exc.title), exc.message)
                retry = None
                if not isinstance(exc, NewerSchemaError):  # locked, read-only, disk full: may pass
                    retry = box.addButton(tr("&Retry"), QMessageBox.ButtonRole.AcceptRole)
                other = box.addButton(tr("&Open another folder…"), QMessageBox.ButtonRole.ActionRole)
                box.addButton(tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
                box.exec()
                if retry is not None and box.clickedButton() is retry:
                    continue
                if box.clickedButton() is not other:
                    return None
            folder = QFileDialog.getExistingDirectory(None, tr("Choose a folder for the ChipLens data"))
            if not folder:
                return None
            paths = Paths(type(paths.data_dir)(folder))


def backup_on_exit(database, settings, changed: bool = False) -> None:
    """A clean exit: the day's backup if quick_check passes (`changed`: a new one even if there is one from
    today, for the changes made since the last backup), then rotation by the user's policy."""
    from db.api.backups import daily_backup
    try:
        made = daily_backup(database, settings.retention(), again=changed)
    except Exception:
        log.exception("daily backup of %s failed", database)
        return
    if made is not None:
        log.info("daily backup: %s", made)

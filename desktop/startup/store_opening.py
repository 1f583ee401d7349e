"""Opening the store at start-up, with a way out of every error a user can meet.

- damaged / not a database / truncated / empty-but-damaged file: DamagedDatabaseDialog; the file is
  moved aside (renamed with a timestamp, never deleted) and the latest good backup is restored or a
  fresh database is created; or what can be read is recovered first (SalvageReportDialog shows what was
  recovered and lost), then merged into the latest backup or used as it is;
- locked by another program, read-only, disk full: the message with Retry, Open another folder…, Quit;
- newer schema: refused and untouched; Open another folder… or Quit.

Without a screen (offscreen, --quit-when-ready) nothing is asked: the message goes to stderr, the
file is left untouched, and the start fails (exit 1).

The errors' titles and usual messages come from db/ in English (the command line and the logs show them
as they are); `title` and `message` say them again in the window's language from translatable templates
(the values, such as paths and schema numbers, are put back). A message they do not know is shown as db/
wrote it.
"""
from __future__ import annotations

import html
import logging
import re
import sys

from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english, reworded

log = logging.getLogger("chiplens")

TITLES = (
    QT_TRANSLATE_NOOP("StoreOpening", "Cannot open the ChipLens database"),
    QT_TRANSLATE_NOOP("StoreOpening", "The data folder cannot be used"),
    QT_TRANSLATE_NOOP("StoreOpening", "The database file is damaged"),
    QT_TRANSLATE_NOOP("StoreOpening", "The database comes from a newer ChipLens"),
    QT_TRANSLATE_NOOP("StoreOpening", "The database is busy"),
    QT_TRANSLATE_NOOP("StoreOpening", "The database has an unfinished transaction"),
    QT_TRANSLATE_NOOP("StoreOpening", "The disk is full"),
    QT_TRANSLATE_NOOP("StoreOpening", "Disk error"),
)
_DB = r"\n\nDatabase: (.+)"
# (db's sentence with its values as groups, the same sentence as a template; the database's path last)
MESSAGES = tuple((re.compile(pattern, re.S), template) for pattern, template in (
    (r"There is no space left on the disk that holds the ChipLens data\. Free some space and try again; nothing "
     r"was lost\." + _DB,
     QT_TRANSLATE_NOOP("StoreOpening", "There is no space left on the disk that holds the ChipLens data. Free some "
                                       "space and try again; nothing was lost.\n\nDatabase: %1")),
    (r"A transaction left unfinished by a crash is in (.+)-journal\. SQLite undoes it when the database is opened "
     r"with write access, but ChipLens cannot write to the database file: fix its permissions, then try again\. "
     r"Keep the -journal file beside the database: deleting it can damage the database\." + _DB,
     QT_TRANSLATE_NOOP("StoreOpening", "A transaction left unfinished by a crash is in %1-journal. SQLite undoes it "
                                       "when the database is opened with write access, but ChipLens cannot write "
                                       "to the database file: fix its permissions, then try again. Keep the "
                                       "-journal file beside the database: deleting it can damage the database."
                                       "\n\nDatabase: %2")),
    (r"Another program \(or another ChipLens\) is writing to the database\. Close it and try again\.\n\n"
     r"Held by: (.+)" + _DB,
     QT_TRANSLATE_NOOP("StoreOpening", "Another program (or another ChipLens) is writing to the database. Close it "
                                       "and try again.\n\nHeld by: %1\n\nDatabase: %2")),
    (r"Another program \(or another ChipLens\) is writing to the database\. Close it and try again\." + _DB,
     QT_TRANSLATE_NOOP("StoreOpening", "Another program (or another ChipLens) is writing to the database. Close it "
                                       "and try again.\n\nDatabase: %1")),
    (r"ChipLens cannot write to its data folder \(it is read-only\)\. Fix the permissions, or start ChipLens with "
     r"--data-dir DIR \(or set CHIPLENS_DATA_DIR\) to use another folder\." + _DB,
     QT_TRANSLATE_NOOP("StoreOpening", "ChipLens cannot write to its data folder (it is read-only). Fix the "
                                       "permissions, or start ChipLens with --data-dir DIR (or set "
                                       "CHIPLENS_DATA_DIR) to use another folder.\n\nDatabase: %1")),
    (r"The ChipLens data folder is missing: was it moved, renamed or deleted, or is it on a drive that is not "
     r"connected\? Put it back \(or connect the drive\) and try again; what you typed is kept meanwhile\. Or start "
     r"ChipLens with --data-dir DIR to use another folder\." + _DB,
     QT_TRANSLATE_NOOP("StoreOpening", "The ChipLens data folder is missing: was it moved, renamed or deleted, or is "
                                       "it on a drive that is not connected? Put it back (or connect the drive) "
                                       "and try again; what you typed is kept meanwhile. Or start ChipLens with "
                                       "--data-dir DIR to use another folder.\n\nDatabase: %1")),
    (r"This database was written by a newer version of ChipLens \(schema (\S+); this version knows up to (\S+)\)\. "
     r"It was left untouched\. Install the newer ChipLens, or start this one with --data-dir DIR to use another "
     r"folder\." + _DB,
     QT_TRANSLATE_NOOP("StoreOpening", "This database was written by a newer version of ChipLens (schema %1; this "
                                       "version knows up to %2). It was left untouched. Install the newer "
                                       "ChipLens, or start this one with --data-dir DIR to use another folder."
                                       "\n\nDatabase: %3")),
))


# what is wrong with a damaged file (CorruptDatabaseError.detail), for the damaged-database dialog
DETAILS = tuple((re.compile(pattern, re.S), template) for pattern, template in (
    (r"it does not start with the SQLite header",
     QT_TRANSLATE_NOOP("StoreOpening", "it does not start with the SQLite header")),
    (r"it is empty", QT_TRANSLATE_NOOP("StoreOpening", "it is empty")),
    (r"it is cut short inside its header", QT_TRANSLATE_NOOP("StoreOpening", "it is cut short inside its header")),
    (r"its header is damaged", QT_TRANSLATE_NOOP("StoreOpening", "its header is damaged")),
    (r"it is truncated: (\S+) bytes of the (\S+) its header counts",
     QT_TRANSLATE_NOOP("StoreOpening", "it is truncated: %1 bytes of the %2 its header counts")),
))


def detail(exc, translate: Translate = _english) -> str:
    """What is wrong with a damaged file, in the window's language (db's words when the table does not know
    them): its detail, else the first paragraph of its message."""
    text = getattr(exc, "detail", "") or exc.message.split("\n\n")[0]
    return reworded(text, DETAILS, "StoreOpening", translate) or text


def title(exc, translate: Translate = _english) -> str:
    """The error's title in the window's language (as it is when the table does not know it)."""
    return translate("StoreOpening", exc.title) if exc.title in TITLES else exc.title


def message(exc, translate: Translate = _english) -> str:
    """The error's message in the window's language (as it is when the table does not know it)."""
    return reworded(exc.message, MESSAGES, "StoreOpening", translate) or exc.message


def _headless() -> bool:
    from PySide6.QtGui import QGuiApplication
    return QGuiApplication.platformName() in ("offscreen", "minimal")


def words(exc) -> tuple[str, str]:
    """(title, message) of a store error in the window's language."""
    from PySide6.QtCore import QCoreApplication
    return title(exc, QCoreApplication.translate), message(exc, QCoreApplication.translate)


def tell(exc, parent=None, wait: bool = True) -> None:
    """A message box with the store error, in the window's language; `wait`: modal until closed."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox
    if wait:
        QMessageBox.critical(parent, *words(exc))
        return
    box = QMessageBox(QMessageBox.Icon.Critical, *words(exc), parent=parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


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
    from PySide6.QtCore import QCoreApplication

    from db.api import backups as recovery
    from desktop.dialogs.damaged_database_dialog import DamagedDatabaseDialog
    dialog = DamagedDatabaseDialog(database, detail(exc, QCoreApplication.translate),
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

    translate = QCoreApplication.translate
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
                        QMessageBox.critical(None, title(again, translate), message(again, translate))
                    continue
                if choice in ("restore", "fresh"):
                    try:
                        log.warning("damaged database %s: %s", paths.database, recover(paths.database, choice))
                    except StoreError as again:
                        QMessageBox.critical(None, title(again, translate), message(again, translate))
                    continue
                if choice == "quit":
                    return None
            else:
                box = QMessageBox(QMessageBox.Icon.Critical, title(exc, translate), message(exc, translate))
                retry = None
                if not isinstance(exc, NewerSchemaError):  # locked, read-only, disk full: may pass
                    retry = box.addButton(translate("StoreOpening", "&Retry"), QMessageBox.ButtonRole.AcceptRole)
                other = box.addButton(translate("StoreOpening", "&Open another folder…"), QMessageBox.ButtonRole.ActionRole)
                box.addButton(translate("StoreOpening", "&Quit"), QMessageBox.ButtonRole.RejectRole)
                box.exec()
                if retry is not None and box.clickedButton() is retry:
                    continue
                if box.clickedButton() is not other:
                    return None
            folder = QFileDialog.getExistingDirectory(None, translate("StoreOpening", "Choose a folder for the ChipLens data"))
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

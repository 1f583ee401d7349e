"""ImportDialog (File ▸ Import data…): pick a file, preview what it adds, changes, skips and removes, import.

The format is detected (Epoch AI's ml_hardware.csv, a ChipLens CSV, a ChipLens JSON data pack) and
can be forced. Reading and planning run on a worker thread (QThreadPool, one thread) with a progress
bar and can be cancelled; applying runs there too, in one transaction. The worker only calls db.api
and returns plain results through queued signals: it never touches a widget. After an import the
Store broadcasts the change, so the comparison refreshes and the pickers list the new devices.

A figure that a unit slip would explain (8, 1,000 or 1,024 times off the other sources of the same device:
Epoch's 910C internode cell is bytes read as bits) is held: its line says why and what it likely reads
(desktop.present.suspects), and it is imported only when the analyst ticks "Also import the figures held as
unit suspect".
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QRunnable, QSortFilterProxyModel, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget)

from db import api
from db.api.imports import DataImportError, ImportCancelled, catalog_counts
from db.errors import StoreError
from desktop.models.import_plan_model import ACTIONS, ImportPlanModel, action_label
from desktop.present.beyond import plan_reason
from desktop.present.suspects import CONFIRMED, why_held
from desktop.views.list_table import list_table


class _Signals(QObject):
    progressed = Signal(int, int)
    planned = Signal(object)  # ImportPlan
    applied = Signal(object, object)  # ImportResult, ChangeSet
    failed = Signal(str)


class _PlanJob(QRunnable):
    def __init__(self, database: Path, file: Path, fmt: str | None, signals: _Signals, cancel: threading.Event):
        super().__init__()
        self.database, self.file, self.fmt, self.signals, self.cancel = database, file, fmt, signals, cancel

    def _progress(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise ImportCancelled("cancelled")
        self.signals.progressed.emit(done, total)

    def run(self) -> None:
        try:
            plan = api.plan_import(self.database, self.file, self.fmt, progress=self._progress)
        except ImportCancelled:
            return
        except (DataImportError, StoreError) as exc:
            self.signals.failed.emit(getattr(exc, "message", None) or str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - shown to the user; the store was only read
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        if not self.cancel.is_set():
            self.signals.planned.emit(plan)


class _ApplyJob(QRunnable):
    def __init__(self, database: Path, plan, valid_only: bool, signals: _Signals, accept_suspect: bool = False):
        super().__init__()
        self.database, self.plan, self.valid_only, self.signals = database, plan, valid_only, signals
        self.accept_suspect = accept_suspect

    def run(self) -> None:
        try:
            result, change = api.apply_import(self.database, self.plan, valid_only=self.valid_only,
                                              accept_suspect=self.accept_suspect)
        except (DataImportError, StoreError) as exc:
            self.signals.failed.emit(getattr(exc, "message", None) or str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - the transaction was rolled back
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.signals.applied.emit(result, change)


class _PlanProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.action: str | None = None

    def set_action(self, action: str | None) -> None:
        self.beginFilterChange()
        self.action = action
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802 - Qt override
        return self.action is None or self.sourceModel().item(row).action == self.action

    def lessThan(self, left, right) -> bool:  # noqa: N802 - Qt override
        model = self.sourceModel()
        col = model.columns[left.column()]
        return col.sort_key(model.item(left.row())) < col.sort_key(model.item(right.row()))


class ImportDialog(QDialog):
    plan_ready = Signal(object)  # ImportPlan shown in the preview
    imported = Signal(object)  # ImportResult, after the store broadcast the change
    failed = Signal(str)


    def __init__(self, store, parent: QWidget | None = None, file: Path | None = None):
        super().__init__(parent)
        self.store = store
        self.plan = None
        self.result_info = None
        self.file: Path | None = None
        self._cancel = threading.Event()
        self._busy = False
        self._applying = False
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.signals = _Signals(self)
        self.signals.progressed.connect(self._progressed)
        self.signals.planned.connect(self._planned)
        self.signals.applied.connect(self._applied)
        self.signals.failed.connect(self._failed)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import data"))
        self._build()
        self.resize(1180, 660)
        if file is not None:
            self.set_file(Path(file))

    # layout -------------------------------------------------------------------
    def _build(self) -> None:
        intro = QLabel(self.tr("Import Epoch AI's “Data on Machine Learning Hardware” CSV, a ChipLens CSV or a ChipLens "
                               "JSON data pack (File ▸ Export data). Nothing is written until you choose Import; "
                               "a backup is made first."), self)
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.choose_button = QPushButton(self.tr("&Choose file…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.format_box = QComboBox(self)
        self.format_box.setAccessibleName(self.tr("Format"))
        for key, text in ((None, self.tr("Detect automatically")), ("epoch", self.tr("Epoch AI ml_hardware.csv")),
                          ("csv", self.tr("ChipLens CSV")), ("json", self.tr("ChipLens JSON data pack"))):
            self.format_box.addItem(text, key)
        self.format_box.currentIndexChanged.connect(lambda _i: self._start_plan())
        file_row = QHBoxLayout()
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.choose_button)
        format_label = QLabel(self.tr("F&ormat:"), self)
        format_label.setBuddy(self.format_box)
        file_row.addWidget(file_label)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(format_label)
        file_row.addWidget(self.format_box)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Reading the file"))
        self.progress.setFormat(self.tr("Reading rows: %v of %m"))
        self.progress.hide()
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QLabel(self)
        self.notes.setObjectName("importNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)  # Tab reaches the link
        self.notes.setOpenExternalLinks(False)
        self.notes.linkActivated.connect(lambda _link: self._show_notes(expanded=True))
        self._ignored: tuple[str, ...] = ()
        self._warnings: tuple[str, ...] = ()
        self.filter_box = QComboBox(self)
        self.filter_box.setAccessibleName(self.tr("Show"))
        self.filter_box.addItem(self.tr("All lines"), None)
        for action in ACTIONS:
            self.filter_box.addItem(action_label(action), action)
        self.filter_box.currentIndexChanged.connect(lambda _i: self.proxy.set_action(self.filter_box.currentData()))
        filter_row = QHBoxLayout()
        show_label = QLabel(self.tr("&Show:"), self)
        show_label.setBuddy(self.filter_box)
        filter_row.addWidget(self.summary, 1)
        filter_row.addWidget(show_label)
        filter_row.addWidget(self.filter_box)
        self.model = ImportPlanModel(self)
        self.proxy = _PlanProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = list_table(self, "importPreview", self.tr("What the import would do"), self.proxy)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        for col, width in enumerate((80, 44, 200, 190, 170, 170)):  # at least as wide as the heading, in any language
            header.resizeSection(col, max(width, header.sectionSizeFromContents(col).width()))
        header.setSectionResizeMode(len(self.model.columns) - 1, QHeaderView.ResizeMode.Stretch)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(lambda: self.apply(valid_only=False))
        self.valid_button = QPushButton(self.tr("Import &valid rows only"), self)
        self.valid_button.setToolTip(self.tr("Leave out the rows with errors and import the others"))
        self.valid_button.clicked.connect(lambda: self.apply(valid_only=True))
        self.accept_suspect = QCheckBox(self)
        self.accept_suspect.setObjectName("importAcceptSuspect")
        self.accept_suspect.setToolTip(self.tr("Figures 8, 1,000 or 1,024 times off the other sources of the same "
                                               "device look like a unit slip (bytes read as bits). Tick to import "
                                               "them as the file gives them."))
        self.accept_suspect.toggled.connect(lambda _on: self._update_buttons())
        self.accept_suspect.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        credit = QLabel(self.tr("Epoch AI data: “Data on Machine Learning Hardware”, epoch.ai (CC-BY 4.0)"), self)
        credit.setObjectName("importCredit")
        buttons.addWidget(credit, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.valid_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.progress)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.accept_suspect)
        layout.addLayout(buttons)
        self._update_buttons()

    # actions ------------------------------------------------------------------
    def choose_file(self) -> None:
        start = str(self.file.parent) if self.file else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import data"), start,
                                              self.tr("Data files (*.csv *.json *.tsv *.txt);;All files (*)"))
        if name:
            self.set_file(Path(name))

    def set_file(self, file: Path) -> None:
        self.file = Path(file)
        self.path_edit.setText(str(self.file))
        self._start_plan()

    def _start_plan(self) -> None:
        if self.file is None or self._busy:
            return
        self._cancel = threading.Event()
        self.plan = None
        self.model.set_items(())
        self.summary.setText(self.tr("Reading %1…").replace("%1", self.file.name))
        self.notes.clear()
        self.progress.setRange(0, 0)
        self.progress.show()
        self._set_busy(True)
        self.pool.start(_PlanJob(self.store.database, self.file, self.format_box.currentData(), self.signals,
                                 self._cancel))

    def apply(self, valid_only: bool) -> None:
        if self.plan is None or self._busy:
            return
        self.summary.setText(self.tr("Importing…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self._set_busy(True)
        self._applying = True
        self.cancel_button.setEnabled(False)  # one transaction: it completes or fails, it is not interrupted
        self.pool.start(_ApplyJob(self.store.database, self.plan, valid_only, self.signals,
                                  self.accept_suspect.isChecked()))

    # results (GUI thread) -----------------------------------------------------------
    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _planned(self, plan) -> None:
        if self._cancel.is_set():
            return  # the dialog was closed while the file was read
        self.plan = plan
        self.progress.hide()
        self._set_busy(False)
        self.model.set_items(self._phrased(plan))
        loc = QLocale()
        fmt = {"epoch": self.tr("Epoch AI"), "csv": self.tr("ChipLens CSV"),
               "json": self.tr("ChipLens JSON data pack")}[plan.format]
        text = (self.tr("%1 (%2): added %3 · changed %4 · skipped %5 · removed %6 · errors %7")
                .replace("%1", plan.file).replace("%2", fmt).replace("%3", loc.toString(plan.added))
                .replace("%4", loc.toString(plan.changed)).replace("%5", loc.toString(plan.skipped))
                .replace("%6", loc.toString(plan.removed)).replace("%7", loc.toString(len(plan.errors))))
        if plan.new_devices:
            text += " · " + self.tr("%1 new devices").replace("%1", loc.toString(len(plan.new_devices)))
        catalog = catalog_counts(plan.items)  # a data pack's pairings, groups, compositions and choices
        if catalog:
            text += "\n" + "; ".join(catalog)
        if plan.held:
            text += "\n" + self.tr("? %1 figures are held as unit suspect: they are not imported unless you tick "
                                   "“Also import…”.").replace("%1", loc.toString(plan.held))
        self.accept_suspect.setText(self.tr("Also import the %1 figures held as unit suspect")
                                    .replace("%1", loc.toString(plan.held)))
        self.accept_suspect.setChecked(False)
        self.accept_suspect.setVisible(bool(plan.held))
        if plan.errors:
            text += "\n" + self.tr("✕ The file has errors: nothing is imported unless you import the valid rows only.")
        self.summary.setText(text)
        self._ignored = tuple(plan.ignored)
        self._warnings = tuple(plan.warnings)
        self._show_notes(expanded=False)
        self._update_buttons()
        self.plan_ready.emit(plan)

    def _phrased(self, plan) -> list:
        """The plan's lines, a unit suspect's reason in words: why it is held and what it likely reads."""
        from dataclasses import replace

        def said(context: str, text: str) -> str:  # texts marked with QT_TRANSLATE_NOOP in desktop.present
            return QCoreApplication.translate(context, text)
        labels = {m.key: m.label for m in self.store.metrics()} if plan.suspects() else {}
        keys = {label: key for key, label in labels.items()}
        out = []
        for item in plan.items:
            if item.suspect is not None:
                held = why_held(item.suspect, keys.get(item.metric, item.metric), labels, said)
                item = replace(item, reason=held if item.action == "hold" else f"{held}; {said('Suspect', CONFIRMED)}")
            item = replace(item, reason=plan_reason(item, said))  # an analyst fact's in words
            out.append(item)
        return out

    def _show_notes(self, expanded: bool) -> None:
        """Warnings, then the known columns left out: a count with a link (keyboard too) that lists them."""
        import html
        parts = [html.escape(w) for w in self._warnings]
        if self._ignored:
            head = html.escape(self.tr("%1 known columns are not imported.").replace("%1", str(len(self._ignored))))
            if expanded:
                parts.append(head + "<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in self._ignored) + "</ul>")
            else:
                parts.append(head + ' <a href="#ignored">' + html.escape(self.tr("Show which, and why")) + "</a>")
        self.notes.setText("<br>".join(parts))

    def _applied(self, result, change) -> None:
        self._applying = False
        self._set_busy(False)
        self.progress.hide()
        self.result_info = result
        self.store.publish(change, initiator=self)
        self.imported.emit(result)
        self.accept()

    def _failed(self, message: str) -> None:
        self._applying = False
        self.cancel_button.setEnabled(True)
        self._set_busy(False)
        self.progress.hide()
        self.summary.setText("✕ " + message)
        self._update_buttons()
        self.failed.emit(message)

    # state ----------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.choose_button.setEnabled(not busy)
        self.format_box.setEnabled(not busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self.plan
        work = plan is not None and (plan.added or plan.changed or plan.removed
                                     or (plan.held and self.accept_suspect.isChecked()))
        self.import_button.setEnabled(bool(not self._busy and work and not plan.errors))
        self.valid_button.setEnabled(bool(not self._busy and work and plan.errors))
        self.valid_button.setVisible(bool(plan is not None and plan.errors))

    def reject(self) -> None:
        if self._applying:
            return  # Esc while the transaction runs: the dialog closes once the import is done
        super().reject()

    def done(self, result: int) -> None:
        """Cancel stops reading the file; an import already writing finishes first (one transaction)."""
        self._cancel.set()
        self.pool.waitForDone()
        super().done(result)

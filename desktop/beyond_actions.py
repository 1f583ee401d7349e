"""The analyst's own stack facts and supply estimates: added, corrected, edited and deleted, with undo.

Data ▸ Add a stack fact… / Add a supply estimate… / Your stack and supply facts…; other views offer "Correct…" on
a figure through open_stack_fact_dialog(window, stack_id, fact) and open_supply_fact_dialog(window, fact). A
correction of a bundled fact is a new fact of the analyst's beside it (the bundled one is never changed); editing
one of the analyst's own facts replaces it (same uid). Each save or deletion goes on the window's undo stack as a
FactCommand holding the fact as it was and as it became (library.beyond.fact_doc, None when there was none), and
the Store broadcasts the ChangeSet (kind "analyst_fact") so that every panel showing stacks or supply refreshes.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout

from db.api.beyond import STACK_FIELD_ROWS, StackFactDTO, SupplyFactDTO
from db.api.compare import PLAIN, NumberStyle
from db.errors import FactValidationError, StoreError
from desktop.present import beyond as pb
from desktop.views.list_table import list_table

translate = QCoreApplication.translate


class FactCommand(QUndoCommand):
    """A fact edit already written: undo puts the analyst's fact back as it was (or trashes it if it was new), redo
    as the edit left it (or trashes it again)."""

    def __init__(self, store, uid: str, before: dict | None, after: dict | None, text: str):
        super().__init__(text)
        self.store, self.uid, self.before, self.after = store, uid, before, after
        self._done = True

    def _put(self, doc: dict | None) -> None:
        beyond = self.store.library.beyond
        if doc is None:
            change = beyond.delete_fact(self.uid)
        else:
            change = beyond.save_fact(doc["domain"], doc, self.uid)[1]
        self.store.publish(change)

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._put(self.after)

    def undo(self) -> None:
        self._put(self.before)


def _known(store) -> tuple[list[str], list[str], list[str]]:
    """The subjects, metrics and units of every supply fact (suggested as the analyst types)."""
    facts = store.library.beyond.supply()
    return ([f.subject for f in facts], [f.metric for f in facts], [f.unit for f in facts])


def stack_field(fact: StackFactDTO) -> str:
    """The field a correction of a bundled fact states: its own when the analyst may state it, else the first
    that lands in the same comparison row."""
    if fact.field in STACK_FIELD_ROWS:
        return fact.field
    return next((f for f, row in STACK_FIELD_ROWS.items() if row == fact.row), "")


def _edit(window, domain: str, doc: dict, uid: str | None, correcting: str | None, **known) -> str | None:
    """Show the dialog until the fact is saved or the analyst cancels; push the save on the undo stack."""
    from desktop.dialogs import exec_until_saved
    from desktop.dialogs.fact_dialog import FactDialog
    store = window.store
    beyond = store.library.beyond
    dialog = FactDialog(window, domain, doc=doc, editing=uid is not None, correcting=correcting, **known)

    def save() -> tuple[str, dict | None, dict | None] | None:
        before = beyond.fact_doc(uid) if uid else None
        try:
            saved, change = beyond.save_fact(domain, dialog.doc(), uid)
        except FactValidationError as exc:
            dialog.show_errors(exc.errors)
            return None
        except StoreError as exc:
            QMessageBox.critical(dialog, translate("BeyondActions", "The fact was not saved"), getattr(exc, "message", None) or str(exc))
            return None
        store.publish(change)
        return saved, before, beyond.fact_doc(saved)
    result = exec_until_saved(dialog, save)
    if result is None:
        return None
    saved, before, after = result
    stack = domain == "stack"
    text = (translate("BeyondActions", "Edit your stack fact") if stack else translate("BeyondActions", "Edit your supply estimate")) if uid else \
        (translate("BeyondActions", "Add a stack fact") if stack else translate("BeyondActions", "Add a supply estimate"))
    window.undo_stack.push(FactCommand(store, saved, before, after, text))
    return saved


def open_stack_fact_dialog(window, stack_id: str | None = None, fact: StackFactDTO | None = None,
                           field: str | None = None) -> str | None:
    """Add a stack fact (for `stack_id`, its `field` chosen when given), correct a bundled `fact` (a new fact of the analyst's beside it) or edit
    the analyst's own `fact`. Returns the saved fact's uid, None when cancelled."""
    stacks = [(s.id, s.name) for s in window.store.library.beyond.stacks()]
    uid, correcting = None, None
    if fact is not None and fact.origin == "user":
        uid = fact.uid
        doc = window.store.library.beyond.fact_doc(fact.uid) or {}
    elif fact is not None:
        doc = {"subject": fact.stack_id, "field": stack_field(fact), "value": fact.value}
        correcting = f"{fact.value} — {pb.citation(fact, QCoreApplication.translate)}"
    else:
        doc = {k: v for k, v in (("subject", stack_id), ("field", field)) if v}
    return _edit(window, "stack", doc, uid, correcting, stacks=stacks)


def open_supply_fact_dialog(window, fact: SupplyFactDTO | None = None, subject: str | None = None,
                            metric: str | None = None) -> str | None:
    """Add a supply estimate (starting from `subject` and `metric` when given), correct a bundled `fact` (a new estimate of the analyst's beside it) or edit the
    analyst's own `fact`. Returns the saved fact's uid, None when cancelled."""
    subjects, metrics, units = _known(window.store)
    uid, correcting = None, None
    if fact is not None and fact.origin == "user":
        uid = fact.uid
        doc = window.store.library.beyond.fact_doc(fact.uid) or {}
    elif fact is not None:
        doc = {"subject": fact.subject, "field": fact.metric, "period": fact.period, "value": fact.value,
               "unit": fact.unit}
        figure = QCoreApplication.translate("Beyond", "%1: %2").replace("%1", fact.period).replace(
            "%2", pb.supply_value(fact, window.store.style))  # '2025 : 805 000 units' in French
        correcting = f"{fact.subject} · {fact.metric} · {figure} — {pb.citation(fact, QCoreApplication.translate)}"
    else:
        doc = {k: v for k, v in (("subject", subject), ("field", metric)) if v}
    return _edit(window, "supply", doc, uid, correcting, subjects=subjects, metrics=metrics, units=units)


def delete_fact(window, fact: StackFactDTO | SupplyFactDTO) -> None:
    """Trash one of the analyst's facts; Edit ▸ Undo brings it back."""
    store = window.store
    beyond = store.library.beyond
    before = beyond.fact_doc(fact.uid)
    try:
        change = beyond.delete_fact(fact.uid)
    except (FactValidationError, StoreError) as exc:
        QMessageBox.critical(window, translate("BeyondActions", "The fact was not deleted"), getattr(exc, "message", None) or str(exc))
        return
    store.publish(change)
    text = translate("BeyondActions", "Delete your stack fact") if isinstance(fact, StackFactDTO) else \
        translate("BeyondActions", "Delete your supply estimate")
    window.undo_stack.push(FactCommand(store, fact.uid, before, None, text))


# the analyst's facts, listed ------------------------------------------------------------------------------------
COLUMN_KEYS = ("kind", "subject", "field", "period", "value", "updated", "source")


def _headers() -> dict[str, str]:
    return {"kind": translate("BeyondActions", "Kind"), "subject": translate("BeyondActions", "Stack or subject"),
            "field": translate("BeyondActions", "Field or metric"), "period": translate("BeyondActions", "Period"),
            "value": translate("BeyondActions", "Value"), "source": translate("BeyondActions", "Source"),
            "updated": translate("BeyondActions", "Saved (UTC)")}


class AnalystFactsModel(QAbstractTableModel):
    """The analyst's own stack facts and supply estimates (stack facts first), one a row."""

    def __init__(self, facts: list[tuple[Any, str]] = (), parent: QObject | None = None, style: NumberStyle = PLAIN):
        super().__init__(parent)
        self.facts = list(facts)  # (fact, the stack's name or the subject)
        self.style = style  # the window's: an estimate's figure reads '805 000 units' in French
        self.headers = _headers()

    def set_facts(self, facts) -> None:
        self.beginResetModel()
        self.facts = list(facts)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.facts)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(COLUMN_KEYS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt override
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMN_KEYS):
            return self.headers[COLUMN_KEYS[section]]
        return None

    def text(self, fact, subject: str, key: str) -> str:
        t = QCoreApplication.translate
        stack = isinstance(fact, StackFactDTO)
        if key == "kind":
            return translate("BeyondActions", "Stack fact") if stack else translate("BeyondActions", "Supply estimate")
        if key == "subject":
            return subject
        if key == "field":
            return pb.field_label(fact.field, fact.row, t) if stack else fact.metric
        if key == "period":
            return "" if stack else fact.period
        if key == "value":
            return fact.value if stack else pb.supply_value(fact, self.style)
        if key == "source":
            return pb.citation(fact, t)
        return (fact.updated or "")[:16].replace("T", " ")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.facts):
            return None
        fact, subject = self.facts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(fact, subject, COLUMN_KEYS[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(x for x in (self.text(fact, subject, "value"), pb.citation(fact, QCoreApplication.translate),
                                         fact.source.url, fact.note) if x)
        if role == Qt.ItemDataRole.UserRole:
            return fact
        return None


def analyst_facts(store) -> list[tuple[Any, str]]:
    beyond = store.library.beyond
    out: list[tuple[Any, str]] = [(f, s.name) for s in beyond.stacks() for f in s.facts if f.origin == "user"]
    return out + [(f, f.subject) for f in beyond.supply() if f.origin == "user"]


class AnalystFactsDialog(QDialog):
    """Data ▸ Your stack and supply facts…: every fact of the analyst's, with Add, Edit and Delete."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.setObjectName("analyst_facts_dialog")
        self.setWindowTitle(translate("BeyondActions", "Your stack and supply facts"))
        self.model = AnalystFactsModel(analyst_facts(window.store), self, window.store.style)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = list_table(self, "analyst_facts_table", translate("BeyondActions", "Your stack and supply facts"), self.proxy)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _: self.edit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (("add_stack", translate("BeyondActions", "Add a &stack fact…"), self.add_stack),
                                 ("add_supply", translate("BeyondActions", "Add a supply est&imate…"), self.add_supply),
                                 ("edit", translate("BeyondActions", "&Edit…"), self.edit), ("delete", translate("BeyondActions", "&Delete"), self.delete)):
            button = QPushButton(text)
            button.setObjectName(f"fact_{name}")
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        window.store.changed.connect(self.refresh)
        self.table.resizeColumnsToContents()
        for col, width in ((1, 220), (2, 220), (4, 260), (6, 240)):
            self.table.setColumnWidth(col, min(width, self.table.columnWidth(col) + 24))
        self.table.horizontalHeader().setStretchLastSection(True)  # the source, read in full on hover
        self.resize(1200, 520)

    def refresh(self, change=None, *_) -> None:
        if change is None or "analyst_fact" in change.kinds or "seed" in change.kinds:
            self.model.set_facts(analyst_facts(self.window.store))

    def current(self):
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.data(rows[0], Qt.ItemDataRole.UserRole) if rows else None

    def add_stack(self) -> None:
        open_stack_fact_dialog(self.window)

    def add_supply(self) -> None:
        open_supply_fact_dialog(self.window)

    def edit(self) -> None:
        fact = self.current()
        if isinstance(fact, StackFactDTO):
            open_stack_fact_dialog(self.window, fact=fact)
        elif isinstance(fact, SupplyFactDTO):
            open_supply_fact_dialog(self.window, fact=fact)

    def delete(self) -> None:
        fact = self.current()
        if fact is not None:
            delete_fact(self.window, fact)
            self.window.statusBar().showMessage(translate("BeyondActions", "Deleted. Edit ▸ Undo (Ctrl+Z) brings it back."), 10_000)


class BeyondActions(QObject):
    """Adds the analyst's stack and supply facts to the Data menu (after the catalog's Data menu is built)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        data_menu = next((a.menu() for a in window.menuBar().actions()
                          if a.menu() and window.catalog.actions["sources"] in a.menu().actions()), None)
        if data_menu is not None:
            data_menu.addSeparator()
        for key, text, slot in (("add_stack_fact", translate("BeyondActions", "Add a s&tack fact…"), lambda: open_stack_fact_dialog(window)),
                                ("add_supply_fact", translate("BeyondActions", "Add a supply est&imate…"),
                                 lambda: open_supply_fact_dialog(window)),
                                ("analyst_facts", translate("BeyondActions", "&Your stack and supply facts…"), self.show_facts)):
            action = QAction(text, window)
            action.setObjectName(key)
            action.triggered.connect(slot)
            if data_menu is not None:
                data_menu.addAction(action)
            window.addAction(action)
            self.actions[key] = action

    def show_facts(self) -> AnalystFactsDialog:
        dialog = AnalystFactsDialog(self.window)
        dialog.show()
        return dialog

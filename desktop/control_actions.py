"""Data ▸ Export-control rules…: the rules listed (bundled and the analyst's), added, edited and deleted with undo.

Each save goes on the window's undo stack as a ControlRuleCommand holding the analyst's stored version of the
rule before and after (JSON, or None when they had none): undo and redo put one or the other back through
library.controls.restore_rule, and the Store broadcasts the change like any other write.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout

from db.api.compare import NumberStyle
from db.api.controls import RuleDTO
from db.errors import ControlRuleValidationError, StoreError
from desktop.present import controls as pc
from desktop.views.list_table import list_table

translate = QCoreApplication.translate
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return translate("ControlActions", text)


class ControlRuleCommand(QUndoCommand):
    """A rule edit already written: undo restores the analyst's version as it was, redo as the edit left it."""

    def __init__(self, store, rule_id: str, before: str | None, after: str | None, text: str):
        super().__init__(text)
        self.store, self.rule_id, self.before, self.after = store, rule_id, before, after
        self._done = True

    def _put(self, body: str | None) -> None:
        self.store.changed.emit(self.store.library.controls.restore_rule(self.rule_id, body), None)

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._put(self.after)

    def undo(self) -> None:
        self._put(self.before)


COLUMNS = (("id", QT_TRANSLATE_NOOP("ControlActions", "Id")), ("name", QT_TRANSLATE_NOOP("ControlActions", "Name")),
           ("jurisdiction", QT_TRANSLATE_NOOP("ControlActions", "Jur.")),
           ("kind", QT_TRANSLATE_NOOP("ControlActions", "Kind")),
           ("dates", QT_TRANSLATE_NOOP("ControlActions", "In force")),
           ("tests", QT_TRANSLATE_NOOP("ControlActions", "Conditions")),
           ("origin", QT_TRANSLATE_NOOP("ControlActions", "Whose")))


class ControlRulesModel(QAbstractTableModel):
    def __init__(self, rules: tuple[RuleDTO, ...], style: NumberStyle, parent: QObject | None = None):
        super().__init__(parent)
        self.rules = list(rules)
        self.style = style  # the window's numbers (Store.style), as the comparison writes them

    def set_rules(self, rules) -> None:
        self.beginResetModel()
        self.rules = list(rules)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rules)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt override
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][1])
        return None

    def tests_text(self, rule: RuleDTO) -> str:
        """The rule's tests in the window's language and its numbers ('TPP ≥ 4 800 ou …' in French)."""
        return pc.rule_tests_text(rule, self.style, QCoreApplication.translate)

    def text(self, rule: RuleDTO, key: str) -> str:
        if key == "kind":
            return pc.kind_text(rule.kind, QCoreApplication.translate)
        if key == "dates":
            return pc.dates_text(rule, QCoreApplication.translate)
        if key == "tests":
            return self.tests_text(rule)
        if key == "origin":
            return translate("ControlActions", "yours (edits the bundled rule)") if rule.based_on else \
                translate("ControlActions", "yours") if rule.origin == "user" else translate("ControlActions", "bundled")
        return str(getattr(rule, key))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        rule = self.rules[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(rule, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(x for x in (rule.name, self.tests_text(rule), rule.summary) if x)
        if role == Qt.ItemDataRole.UserRole:
            return rule
        if role == SORT_ROLE:  # days sort as days, whatever the language writes them as
            return f"{rule.effective} {rule.ends or ''}" if key == "dates" else self.text(rule, key)
        return None


class ControlRulesDialog(QDialog):
    """Every rule in use, with Add, Edit and Delete (the analyst's rules only)."""

    def __init__(self, actions: ControlActions):
        super().__init__(actions.window)
        self.setObjectName("control_rules_dialog")
        self.setWindowTitle(translate("ControlActions", "Export-control rules"))
        self.actions = actions
        self.model = ControlRulesModel(actions.store.library.controls.rules(), actions.store.style, self)
        self.proxy = QSortFilterProxyModel(self)  # sortable by any column; rows come in date order
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSourceModel(self.model)
        self.table = list_table(self, "control_rules_table", translate("ControlActions", "Export-control rules"), self.proxy)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _: self.edit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        for name, text, slot in (("add", translate("ControlActions", "&Add a rule…"), self.add), ("edit", translate("ControlActions", "&Edit…"), self.edit),
                                 ("delete", translate("ControlActions", "&Delete yours"), self.delete)):
            button = QPushButton(text)
            button.setObjectName(f"rule_{name}")
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        actions.store.changed.connect(self.refresh)
        self.table.resizeColumnsToContents()
        for col, width in ((1, 320), (5, 380)):
            self.table.setColumnWidth(col, width)
        self.resize(1200, 560)

    def refresh(self, *_) -> None:
        self.model.set_rules(self.actions.store.library.controls.rules())

    def current(self) -> RuleDTO | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.data(rows[0], Qt.ItemDataRole.UserRole) if rows else None

    def add(self) -> None:
        self.actions.edit_rule(None, self)

    def edit(self) -> None:
        if (rule := self.current()) is not None:
            self.actions.edit_rule(rule, self)

    def delete(self) -> None:
        rule = self.current()
        if rule is None or rule.origin != "user":
            QMessageBox.information(self, translate("ControlActions", "Export-control rules"),
                                    translate("ControlActions", "Only your own rules can be deleted."))
            return
        self.actions.delete_rule(rule)


class ControlActions(QObject):
    """Adds Data ▸ Export-control rules… to the window (after the catalog's Data menu is built)."""

    def __init__(self, window):
        super().__init__(window)
        self.window, self.store = window, window.store
        self.action = QAction(translate("ControlActions", "E&xport-control rules…"), window)
        self.action.setObjectName("export_control_rules")
        self.action.triggered.connect(self.show_rules)
        data_menu = next((a.menu() for a in window.menuBar().actions()
                          if a.menu() and window.catalog.actions["sources"] in a.menu().actions()), None)
        if data_menu is not None:
            data_menu.insertAction(window.catalog.actions["sources"], self.action)
        window.addAction(self.action)

    def show_rules(self) -> ControlRulesDialog:
        dialog = ControlRulesDialog(self)
        dialog.show()
        return dialog

    def _save(self, dialog, rule: RuleDTO | None):
        from desktop.dialogs import exec_until_saved
        controls = self.store.library.controls

        def save():
            doc = dialog.doc()
            before = controls.user_rule_json(doc["id"])
            try:
                change = controls.save_rule(doc, previous_id=rule.id if rule and rule.origin == "user" else None)
            except (ControlRuleValidationError, StoreError) as exc:
                QMessageBox.warning(dialog, translate("ControlActions", "Export-control rule"), str(exc))
                return None
            self.store.changed.emit(change, None)
            return doc["id"], before, controls.user_rule_json(doc["id"])
        return exec_until_saved(dialog, save)

    def edit_rule(self, rule: RuleDTO | None, parent=None) -> None:
        from desktop.dialogs.control_rule_dialog import ControlRuleDialog
        dialog = ControlRuleDialog(parent or self.window, rule, self.store.style)
        saved = self._save(dialog, rule)
        if saved is not None:
            rule_id, before, after = saved
            text = translate("ControlActions", "Edit rule %1") if rule else translate("ControlActions", "Add rule %1")
            self.window.undo_stack.push(ControlRuleCommand(self.store, rule_id, before, after,
                                                           text.replace("%1", rule_id)))

    def delete_rule(self, rule: RuleDTO) -> None:
        controls = self.store.library.controls
        before = controls.user_rule_json(rule.id)
        self.store.changed.emit(controls.delete_rule(rule.id), None)
        self.window.undo_stack.push(ControlRuleCommand(self.store, rule.id, before, None,
                                                       translate("ControlActions", "Delete rule %1").replace("%1", rule.id)))

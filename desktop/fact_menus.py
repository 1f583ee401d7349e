"""The analyst's stack facts and supply estimates, reached from where they are read: the comparison's Software and
Supply cells, the Stacks tab's matrix and the Supply tab's list each offer, in their context menu, to add a fact
there (prefilled with the stack and field, or the device, of the cell) and to correct each bundled fact behind it
(a correction is a new fact of the analyst's beside it; the bundled one is never changed) or edit / delete the
analyst's own. Every save goes through desktop.beyond_actions (undoable); the views refresh from the Store's
broadcast (ChangeSet kind "analyst_fact").

    add_comparison_entries(window, menu, row, side, suffix)   # CatalogActions.cell_menu, on a statement row
    hook_stacks(window, panel); hook_supply(window, panel)     # StacksPanel.add_to, SupplyPanel.add_to
"""
from __future__ import annotations

import html
import re
from collections.abc import Sequence
from urllib.parse import quote, unquote

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QMenu

from db.api.beyond import STACK_FIELD_ROWS, StackFactDTO, SupplyFactDTO
from db.api.compare import PLAIN, NumberStyle
from desktop import beyond_actions as ba
from desktop.present import beyond as pb
from desktop.present import stacks_matrix as sm
from desktop.present.provenance import short_publisher
from desktop.present.software_rows import KEY as SOFTWARE_KEY
from desktop.present.software_rows import short_name
from desktop.present.supply_group import KEY as SUPPLY_KEY

translate = QCoreApplication.translate

SHORT = 48  # a fact's words in a menu, at most (then "…")
_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # the breaking ones
SUBMENU_AFTER = 1  # more facts than this behind a cell: listed in a submenu
# a metric that files an estimate under the Supply row it is added from (db.beyond.supply_kind reads these words)
ROW_METRICS = {"output": "annual production", "yield": "yield", "node": "process node", "hbm": "HBM stacks"}


def short(text: str, limit: int = SHORT) -> str:
    """A fact's words on one line, cut at a word with '…' past `limit` characters."""
    line = " ".join(_SPACES.split((text or "").strip()))  # a number's narrow no-break spaces stay (str.split: not)
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0] if " " in line[:limit] else line[:limit]
    return cut.rstrip(" ,;:") + "…"


def field_of_row(row: str) -> str | None:
    """The first field the analyst may state that lands in a comparison row ('pytorch' -> 'pytorch_support')."""
    return next((f for f, r in STACK_FIELD_ROWS.items() if r == row), None)


def field_of_matrix_row(row: str) -> str | None:
    """The first field the analyst may state behind a row of the stacks matrix (None: jax, mindspore...)."""
    return next((f for f in sm.ROW_FIELDS.get(row, ()) if f in STACK_FIELD_ROWS), None)


# the actions ------------------------------------------------------------------------------------------------------
def add_stack_fact(window, stack_id: str | None, field: str | None = None) -> str | None:
    """The stack-fact dialog for `stack_id`, with `field` chosen when given."""
    return ba.open_stack_fact_dialog(window, stack_id, field=field)


def add_supply_estimate(window, subject: str | None = None, kind: str | None = None) -> str | None:
    """The supply dialog with the subject (a device's name) and a metric filing it under `kind`'s row."""
    return ba.open_supply_fact_dialog(window, subject=subject, metric=ROW_METRICS.get(kind or ""))


def fact_actions(window, menu: QMenu, facts: Sequence[StackFactDTO | SupplyFactDTO], suffix: str = "") -> None:
    """'Correct…' for each bundled fact, 'Edit…' and 'Delete' for each of the analyst's; more than SUBMENU_AFTER
    facts: in a submenu "Correct or edit a fact", each named by its short words."""
    if not facts:
        return

    def open_dialog(f):
        return (lambda: ba.open_stack_fact_dialog(window, fact=f)) if isinstance(f, StackFactDTO) else \
            (lambda: ba.open_supply_fact_dialog(window, fact=f))
    if len(facts) <= SUBMENU_AFTER:
        f = facts[0]
        if f.origin == "user":
            menu.addAction(translate("FactMenus", "&Edit your fact…") + suffix, open_dialog(f))
            menu.addAction(translate("FactMenus", "&Delete your fact") + suffix, lambda: ba.delete_fact(window, f))
        else:
            menu.addAction(translate("FactMenus", "&Correct this fact…") + suffix, open_dialog(f))
        return
    sub = menu.addMenu(translate("FactMenus", "&Correct or edit a fact") + suffix)
    sub.setObjectName("correct_facts_menu")
    for f in facts:
        words = fact_words(f, window.store.style)
        if f.origin == "user":
            sub.addAction(translate("FactMenus", "Edit yours: %1").replace("%1", words).rstrip("…") + "…", open_dialog(f))
            sub.addAction(translate("FactMenus", "Delete yours: %1").replace("%1", words), lambda f=f: ba.delete_fact(window, f))
        else:
            label = translate("FactMenus", "%1 — %2").replace("%1", words).replace("%2", short_publisher(f.source.publisher, 28))
            sub.addAction(label.rstrip("…") + "…",  # one '…' (the dialog), even after a publisher cut short
                          open_dialog(f))


def fact_words(fact: StackFactDTO | SupplyFactDTO, style: NumberStyle = PLAIN) -> str:
    """A fact named in a menu: its words ('Out-of-tree plugin torch_npu…'), an estimate its period and figure first,
    the figure in the window's number style `style` ('2025: 805,000 units, annual production…'; '805 000' in
    French)."""
    if isinstance(fact, StackFactDTO):
        return short(fact.value)
    said = translate("Beyond", "%1: %2").replace("%1", fact.period).replace("%2", pb.supply_value(fact, style))
    return short(f"{said}, {fact.metric}")


def correctable(facts: Sequence[StackFactDTO]) -> list[StackFactDTO]:
    """The stack facts the analyst may correct: their own, and the bundled ones whose field, or another landing in
    the same comparison row, they may state (not MLPerf results, model counts or a JAX route: db.beyond)."""
    return [f for f in facts if f.origin == "user" or ba.stack_field(f)]


# the comparison ---------------------------------------------------------------------------------------------------
def _cell_uids(row, side: int) -> list[str]:
    value = row.cells[side].value
    return [v.uid for v in value.inputs] if value is not None else []


def add_comparison_entries(window, menu: QMenu, row, side: int, suffix: str = "") -> None:
    """A Software or Supply cell's entries: show the stack, add a fact there, correct or edit the facts behind it."""
    comparison = window.comparison
    device = comparison.devices[side]
    key = row.metric.key
    uids = _cell_uids(row, side)
    if key.startswith(SOFTWARE_KEY):
        ds = next(iter(window.store.device_stacks([device.slug])), None)
        stack = ds.stack if ds is not None else None
        if stack is None:
            menu.addAction(translate("FactMenus", "Add a stack fact…") + suffix, lambda: add_stack_fact(window, None))
            return
        name = short_name(stack)
        menu.addAction(translate("FactMenus", "Show %1 in the &Stacks tab").replace("%1", name) + suffix,
                       lambda: window.show_stack(stack.id))
        field = field_of_row(key[len(SOFTWARE_KEY):])
        menu.addAction(translate("FactMenus", "Add a stack &fact for %1…").replace("%1", name) + suffix,
                       lambda: add_stack_fact(window, stack.id, field))
        by_uid = {f.uid: f for f in stack.facts}
        fact_actions(window, menu, correctable([by_uid[u] for u in uids if u in by_uid]), suffix)
    elif key.startswith(SUPPLY_KEY):
        kind = key[len(SUPPLY_KEY):]
        menu.addAction(translate("FactMenus", "Add a supply &estimate for %1…").replace("%1", device.name) + suffix,
                       lambda: add_supply_estimate(window, device.name, kind))
        by_uid = {f.uid: f for f in window.store.supply()}
        fact_actions(window, menu, [by_uid[u] for u in uids if u in by_uid], suffix)


# the Stacks tab ---------------------------------------------------------------------------------------------------
def stacks_menu(window, panel, pos: QPoint | None = None) -> QMenu | None:
    """The matrix cell's menu: add a stack fact (its stack, its row's field), correct or edit each fact behind it."""
    index = panel.table.indexAt(pos) if pos is not None else panel.table.currentIndex()
    cell = panel.model.cell(index.row(), index.column()) if index.isValid() else None
    if cell is None:
        return None
    if index != panel.table.currentIndex():
        panel.select(cell.stack_id, cell.row)
    stack = next((s for s in panel.model.stacks() if s.id == cell.stack_id), None)
    name = short_name(stack) if stack is not None else cell.stack_id
    menu = QMenu(panel)
    menu.setObjectName("stacks_cell_menu")
    menu.addAction(translate("FactMenus", "Add a stack &fact for %1…").replace("%1", name),
                   lambda: add_stack_fact(window, cell.stack_id, field_of_matrix_row(cell.row)))
    fact_actions(window, menu, correctable(cell.facts))
    if pos is not None:
        menu.popup(panel.table.viewport().mapToGlobal(pos))
    return menu


def _hook(window, panel, domain: str, menu) -> None:
    """A tab's facts get their details-pane links and the table its context menu (`menu(window, panel, pos)`)."""
    panel.fact_links = FactLinks(window, domain)
    panel.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    panel.table.customContextMenuRequested.connect(lambda pos: menu(window, panel, pos))


def hook_stacks(window, panel) -> None:
    _hook(window, panel, "stack", stacks_menu)


# the Supply tab ---------------------------------------------------------------------------------------------------
def supply_menu(window, panel, pos: QPoint | None = None) -> QMenu:
    """The list's menu: correct the estimate under the pointer (or edit / delete the analyst's own), add one."""
    index = panel.table.indexAt(pos) if pos is not None else panel.table.currentIndex()
    fact = panel.model.data(panel.model.index(index.row(), 0), Qt.ItemDataRole.UserRole) if index.isValid() else None
    if index.isValid() and fact is not None:
        panel.table.selectRow(index.row())
    menu = QMenu(panel)
    menu.setObjectName("supply_fact_menu")
    if isinstance(fact, SupplyFactDTO) and fact.origin == "user":
        menu.addAction(translate("FactMenus", "&Edit your estimate…"), lambda: ba.open_supply_fact_dialog(window, fact=fact))
        menu.addAction(translate("FactMenus", "&Delete your estimate"), lambda: ba.delete_fact(window, fact))
    elif isinstance(fact, SupplyFactDTO):
        menu.addAction(translate("FactMenus", "&Correct this estimate…"), lambda: ba.open_supply_fact_dialog(window, fact=fact))
    menu.addAction(translate("FactMenus", "&Add a supply estimate…"), lambda: add_supply_estimate(window))
    if pos is not None:
        menu.popup(panel.table.viewport().mapToGlobal(pos))
    return menu


def hook_supply(window, panel) -> None:
    _hook(window, panel, "supply", supply_menu)


# the details panes' links ------------------------------------------------------------------------------------------
class FactLinks:
    """The same actions as links in a details pane (the Stacks tab's cell, the Supply tab's fact): 'Add a stack fact
    for CANN…' / 'Add a supply estimate…', and by each fact 'Correct…' (bundled) or 'Edit… · Delete' (the
    analyst's own). Their addresses are fact:add/<stack>/<row>, fact:edit/<uid>, fact:delete/<uid>; clicked(path)
    runs one."""

    def __init__(self, window, domain: str):
        self.window, self.domain = window, domain

    @staticmethod
    def _a(path: str, text: str) -> str:
        return f'<a href="fact:{html.escape(path, quote=True)}">{html.escape(text)}</a>'

    def _add_anchor(self, stack_id: str | None = None, row: str | None = None) -> str:
        if self.domain == "supply":
            return self._a("add", translate("FactMenus", "Add a supply estimate…"))
        stack = next((s for s in self.window.store.stacks() if s.id == stack_id), None)
        name = short_name(stack) if stack is not None else ""
        return self._a(f"add/{quote(stack_id or '', safe='')}/{quote(row or '', safe='')}",
                       translate("FactMenus", "Add a stack fact for %1…").replace("%1", name))

    def add(self, stack_id: str | None = None, row: str | None = None) -> str:
        return f"<p>{self._add_anchor(stack_id, row)}</p>"

    def _fact_anchors(self, fact) -> list[str]:
        uid = quote(fact.uid, safe="")
        if fact.origin == "user":
            return [self._a(f"edit/{uid}", translate("FactMenus", "Edit yours…")),
                    self._a(f"delete/{uid}", translate("FactMenus", "Delete yours"))]
        if isinstance(fact, StackFactDTO) and not correctable([fact]):
            return []
        return [self._a(f"edit/{uid}", translate("FactMenus", "Correct…") if isinstance(fact, StackFactDTO) else
                        translate("FactMenus", "Correct this estimate…"))]

    def fact(self, fact) -> str:
        anchors = self._fact_anchors(fact)
        if self.domain == "supply":
            return "<p>" + " · ".join([*anchors, self._add_anchor()]) + "</p>"
        return f"<br><small>{' · '.join(anchors)}</small>" if anchors else ""

    def _find(self, uid: str):
        if self.domain == "supply":
            return next((f for f in self.window.store.supply() if f.uid == uid), None)
        return next((f for s in self.window.store.stacks() for f in s.facts if f.uid == uid), None)

    def clicked(self, path: str) -> None:
        verb, _, rest = path.partition("/")
        if verb == "add" and self.domain == "supply":
            add_supply_estimate(self.window)
        elif verb == "add":
            stack_id, _, row = rest.partition("/")
            add_stack_fact(self.window, unquote(stack_id) or None, field_of_matrix_row(unquote(row)))
            return
        fact = self._find(unquote(rest)) if verb in ("edit", "delete") else None
        if fact is None:
            return
        if verb == "delete":
            ba.delete_fact(self.window, fact)
        elif isinstance(fact, StackFactDTO):
            ba.open_stack_fact_dialog(self.window, fact=fact)
        else:
            ba.open_supply_fact_dialog(self.window, fact=fact)

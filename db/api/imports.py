"""Importing data files (Epoch AI CSV, ChipLens CSV, ChipLens JSON packs): plan first, then apply."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.api._session import reading, transaction
from db.dto import ChangeSet
from db.importers.base import DataImportError, ImportCancelled, Progress
from db.importers.pack_facts import E_DUPLICATE, E_NOT_OBJECT, FACT_ROW
from db.importers.pack_facts import KIND as FACT_KIND
from db.importers.text import escape_cell, escape_row

if TYPE_CHECKING:
    from db.importers.plan import ImportPlan, ImportResult

__all__ = ["E_DUPLICATE", "E_NOT_OBJECT", "FACT_KIND", "FACT_ROW", "DataImportError", "ImportCancelled", "Imports",
           "catalog_counts", "escape_cell", "escape_row"]


def catalog_counts(items: Any) -> list[str]:
    """'pairings and groups: 1 added', … for the preview lines that are not values."""
    from db.importers.plan import catalog_counts as counts
    return counts(items)


def plan_import(path: Path, file: Path, fmt: str | None = None, progress: Progress | None = None,
                accept_suspect: bool = False) -> ImportPlan:
    """What importing `file` (Epoch AI CSV, ChipLens CSV or JSON pack; `fmt` None: detected) would add,
    change, skip, hold and remove, and every error with its file, row, column and value; nothing is written.
    A figure 8, 1,000 or 1,024 times off other sources of the same device is held as unit suspect (action
    'hold', PlanItem.suspect) unless `accept_suspect`.
    `progress(done, total)` is called while rows are read. DataImportError if the file cannot be read at all."""
    from db.importers import plan as imp
    with reading(path) as conn:
        parsed, ctx = imp.read_file(conn, Path(file), fmt, progress)
        return imp.make_plan(parsed, ctx, accept_suspect)[0]


def apply_import(path: Path, plan: ImportPlan, valid_only: bool = False,
                 accept_suspect: bool = False) -> tuple[ImportResult, ChangeSet]:
    """Write a plan in one transaction, after a safety backup ("before-import"); returns (ImportResult,
    ChangeSet). A plan with errors raises DataImportError and writes nothing, unless `valid_only` (then the
    rows with errors are left out). Figures held as unit suspect are not written unless `accept_suspect` (or
    the plan was made with it).
    The plan is recomputed inside the transaction, so that it matches the store at that moment."""
    from db.backup import backup_before
    from db.importers import apply
    from db.importers import plan as imp
    from db.importers.store_context import load_context
    imp.refuse_if_errors(plan, valid_only)
    backup = None
    accept_suspect = accept_suspect or plan.accept_suspect
    if plan.added or plan.changed or plan.removed or (accept_suspect and plan.held):
        backup = str(backup_before(Path(path), "import"))  # StoreError (disk full...) stops the import here
    with transaction(path) as conn:
        ctx = load_context(conn)
        fresh, work = imp.make_plan(plan.parsed, ctx, accept_suspect)
        result = replace(apply.write(conn, fresh, ctx, work), backup=backup)
    kinds = {"import", "value"} | ({"device"} if result.new_devices else set()) | result.kinds
    return result, ChangeSet(frozenset(kinds), result.device_slugs, result.metric_keys)


class Imports:
    """`library.imports`: importing data files into one store."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def plan(self, file: Path, fmt: str | None = None, progress: Progress | None = None,
             accept_suspect: bool = False) -> ImportPlan:
        return plan_import(self.path, file, fmt, progress, accept_suspect)

    def apply(self, plan: ImportPlan, valid_only: bool = False,
              accept_suspect: bool = False) -> tuple[ImportResult, ChangeSet]:
        return apply_import(self.path, plan, valid_only, accept_suspect)

"""The surface the desktop and the command line use: `Library(path)` with its sub-facades, plain values
in, frozen DTOs out. desktop/ imports only db.api (and its submodules), db.dto and db.errors.

    db.api.catalog   devices, metrics, sources, values, pairings; editing them (validation rules too)
    db.api.compare   comparisons, scale to match, the number formatter
    db.api.events    the policy timeline (allowed values, periods, validation)
    db.api.notes     the analyst's notes
    db.api.imports   importing data files
    db.api.exports   exporting the catalog; the atomic-write helper
    db.api.backups   backups, restore, checks and recovery of a damaged store
    db.api.store     opening (migrating, seeding) a store

Each call opens a short connection. Reads use plain sqlite3 (`db.read`) so that start-up never imports
SQLAlchemy; migrations (Alembic) and catalog writes (SQLAlchemy) are imported when needed. The
module-level functions below take the store's path; they are what the facades call, and what code
that holds only a path (a worker thread, a test) uses. Each is imported from its facade's module on first
use (PEP 562), so that `from db.api import open_store` does not load every facade before the first paint.
"""
from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

_FROM = {
    "db.api.catalog": ("choose_value", "delete_pairing", "delete_value", "device_components", "get_value",
                       "list_devices", "list_metrics", "list_organisations", "list_pairings", "list_sources",
                       "redo_edit", "resolve_device", "save_device", "save_group", "save_pairing", "save_source",
                       "save_value", "undo_edit"),
    "db.api.compare": ("compare", "compare_many", "load_bundle", "scale_to_match"),
    "db.api.events": ("delete_event", "get_event", "list_events", "restore_event", "save_event"),
    "db.api.exports": ("export_data", "export_rows"),
    "db.api.imports": ("apply_import", "plan_import"),
    "db.api.library": ("Library",),
    "db.api.notes": ("count_notes", "create_note", "delete_note", "empty_trash", "export_notes", "get_note",
                     "import_notes", "list_notes", "list_versions", "note_page", "note_position", "note_row",
                     "note_summaries", "note_tags", "restore_version", "save_note", "search_notes", "undelete_note"),
    "db.api.store": ("DB_FILENAME", "create_empty_store", "open_store", "stop_verifying", "verify_store"),
    "db.dto": ("ChangeSet", "StoreInfo"),
    "db.files": ("atomic_write",),
}
_MODULE = {name: module for module, names in _FROM.items() for name in names}

__all__ = ["ChangeSet", "DB_FILENAME", "Library", "StoreInfo", "apply_import", "atomic_write", "choose_value",
    "compare", "compare_many", "create_empty_store", "create_note", "delete_event", "delete_note", "delete_pairing",
    "delete_value", "device_components", "empty_trash", "export_data", "export_notes", "export_rows", "get_event",
    "get_note", "get_value", "import_notes", "list_devices", "list_events", "list_metrics", "list_notes",
    "list_organisations", "list_pairings", "list_sources", "list_versions", "load_bundle", "note_page",
    "note_position", "note_row", "note_summaries", "note_tags", "count_notes",
    "open_store", "plan_import", "redo_edit", "resolve_device", "restore_event", "restore_version", "save_device",
    "save_event", "save_group", "save_note", "save_pairing", "save_source", "save_value", "scale_to_match",
    "search_notes", "stop_verifying", "undelete_note", "undo_edit", "verify_store"]


def __getattr__(name: str) -> Any:
    module = _MODULE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # once: later lookups do not come here
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Api(types.ModuleType):
    """`db.api.compare` is the function of the same name, as it was when every facade was imported here:
    importing the submodule db.api.compare (sys.modules keeps it) does not rebind the package's name."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _MODULE and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Api


if TYPE_CHECKING:
    from db.api.catalog import (choose_value, delete_pairing, delete_value, device_components, get_value,
                                list_devices, list_metrics, list_organisations, list_pairings, list_sources,
                                redo_edit, resolve_device, save_device, save_group, save_pairing, save_source,
                                save_value, undo_edit)
    from db.api.compare import compare, compare_many, load_bundle, scale_to_match
    from db.api.events import delete_event, get_event, list_events, restore_event, save_event
    from db.api.exports import export_data, export_rows
    from db.api.imports import apply_import, plan_import
    from db.api.library import Library
    from db.api.notes import (count_notes, create_note, delete_note, empty_trash, export_notes, get_note,
                              import_notes, list_notes, list_versions, note_page, note_position, note_row,
                              note_summaries, note_tags, restore_version, save_note, search_notes, undelete_note)
    from db.api.store import DB_FILENAME, create_empty_store, open_store, stop_verifying, verify_store
    from db.dto import ChangeSet, StoreInfo
    from db.files import atomic_write

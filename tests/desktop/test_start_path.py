"""The way to the first paint: a fixed list of the project's modules, nothing heavy, nothing that grows with the
store. A new module on this path is a decision (add it below), not an accident: each one is start-up time."""
from __future__ import annotations

import json
import subprocess
import sys

from db import api

# every db/, desktop/ and resources module a window start may have imported when its comparison is painted
ALLOWED = {
    "db", "db.api", "db.api._session", "db.api.beyond", "db.api.catalog", "db.api.compare", "db.api.controls",
    "db.api.library", "db.api.store", "db.basis", "db.beyond", "db.beyond_dto", "db.catalog", "db.columns",
    "db.compare", "db.connect", "db.control_dto", "db.control_rules", "db.controls", "db.disagreement", "db.dto",
    "db.errors", "db.events", "db.integrity", "db.migrations", "db.periods", "db.provenance", "db.read",
    "db.reasons", "db.scale", "db.units",
    "desktop", "desktop.app", "desktop.background", "desktop.beyond_actions", "desktop.catalog_actions",
    "desktop.cli", "desktop.control_actions", "desktop.dialogs", "desktop.dialogs.data_changes_dialog",
    "desktop.event_actions", "desktop.export", "desktop.export.actions", "desktop.export.fonts",
    "desktop.file_actions", "desktop.main_window", "desktop.models", "desktop.models.comparison_model",
    "desktop.models.device_list_model", "desktop.notes_host", "desktop.paths", "desktop.present",
    "desktop.present.basis", "desktop.present.beyond", "desktop.present.beyond_rows", "desktop.present.comparison",
    "desktop.present.catalog_words", "desktop.present.scale_words",  # the catalog's words, the calculator's sentence
    "desktop.present.controls", "desktop.present.disagreement", "desktop.present.fact_rows",
    "desktop.present.palette", "desktop.present.provenance", "desktop.present.reasons",
    "desktop.present.software_rows", "desktop.present.status", "desktop.present.supply_group",
    "desktop.present.verdict_row", "desktop.provenance", "desktop.settings", "desktop.startup",
    "desktop.startup.code_cache",  # the data classes' compiled methods: a start that skips compiling them
    "desktop.startup.crash", "desktop.startup.gui", "desktop.startup.identity", "desktop.startup.preflight",
    "desktop.startup.qt_import", "desktop.startup.single_instance", "desktop.startup.store_opening",
    "desktop.store", "desktop.theme_menu", "desktop.views", "desktop.views.comparison_page",
    "desktop.i18n", "desktop.language_menu", "desktop.present.lang",  # the language is installed before any text
    "desktop.present.dates", "desktop.present.locale_style",  # numbers and dates in the window's language
    "desktop.views.comparison_panel", "desktop.views.device_picker", "desktop.views.group_bar",
    "desktop.views.list_table", "desktop.views.per_package_bar", "desktop.views.provenance_panel",
    "desktop.views.scale_calculator_panel", "desktop.window_api", "desktop.window_geometry", "desktop.work_backups",
    "resources",
}
# loaded later, or by a command only: the check after the first paint, the command parsers, the importers,
# notes, backups and salvage, the timeline and its charts
NEVER = {"sqlalchemy", "alembic", "pyqtgraph", "numpy", "desktop.startup.full_check", "desktop.startup.shutdown",
         "desktop.cli.database", "db.api.imports", "db.importers.base", "db.api.notes", "db.api.backups",
         "db.backup", "db.salvage", "db.api.releases", "desktop.present.data_changes", "desktop.charts.timeline_chart",
         "desktop.views.timeline_panel", "desktop.views.notes",
         "importlib.resources", "difflib", "uuid"}  # the package's own folder is read directly; used later

DUMP = """
import json, os, sys
real_exit = os._exit
def leave(code):
    with open(sys.argv[1], "w") as fh:
        json.dump(sorted(sys.modules), fh)
    real_exit(code)
os._exit = leave  # --quit-when-ready leaves through os._exit right after the comparison's first paint
from desktop.app import main
sys.exit(main(sys.argv[2:]))
"""


def modules_at_first_paint(tmp_path, data_dir, *extra: str) -> set[str]:
    out = tmp_path / "modules.json"
    done = subprocess.run([sys.executable, "-c", DUMP, str(out), "--data-dir", str(data_dir), "--quit-when-ready",
                           *extra], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return set(json.loads(out.read_text(encoding="utf-8")))


def ours(modules: set[str]) -> set[str]:
    return {m for m in modules if m.split(".")[0] in ("db", "desktop", "resources")}


def test_the_modules_before_the_first_paint_are_the_allowed_ones(tmp_path, data_dir):
    api.open_store(data_dir / api.DB_FILENAME)  # a second start: no migration or seeding on the way
    loaded = modules_at_first_paint(tmp_path, data_dir, "table")
    assert ours(loaded) - ALLOWED == set()
    assert loaded & NEVER == set()


def test_a_window_start_parses_only_the_window_options(tmp_path, data_dir):
    loaded = modules_at_first_paint(tmp_path, data_dir, "table")
    assert not {m for m in loaded if m.startswith("desktop.cli.")}

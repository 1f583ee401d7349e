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
    "desktop", "desktop.app", "desktop.background", "desktop.cli", "desktop.export", "desktop.export.fonts",
    "desktop.main_window", "desktop.models", "desktop.models.comparison_model",
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
    "desktop.store", "desktop.views", "desktop.views.comparison_page",
    "desktop.i18n", "desktop.present.lang",  # the language is installed before any text
    "desktop.present.dates", "desktop.present.locale_style",  # numbers and dates in the window's language
    "desktop.views.comparison_panel", "desktop.views.device_picker", "desktop.views.group_bar",
    "desktop.views.per_package_bar", "desktop.views.provenance_panel",
    "desktop.views.hint_text",  # the sources pane's hint, a paragraph that wraps
    "desktop.views.scale_calculator_panel", "desktop.window_api", "desktop.window_geometry", "desktop.window_menus",
    "desktop.work_backups",
    "resources",
}
# loaded later, or by a command only: the check after the first paint, the command parsers, the importers,
# notes, backups and salvage, the timeline and its charts
NEVER = {"sqlalchemy", "alembic", "pyqtgraph", "numpy", "desktop.startup.full_check", "desktop.startup.shutdown",
         "desktop.cli.database", "db.api.imports", "db.importers.base", "db.api.notes", "db.api.backups",
         "db.backup", "db.salvage", "db.api.releases", "desktop.present.data_changes", "desktop.charts.timeline_chart",
         "desktop.views.timeline_panel", "desktop.views.notes",
         "importlib.resources", "difflib", "uuid",
         # the team library (issue 24): its driver, the keyring and the link are read after the first paint
         "psycopg", "keyring", "db.team", "db.api.team", "desktop.team_link", "desktop.dialogs.team_dialog",
         # the menus' contents come after the first paints (desktop.window_menus)
         "desktop.file_actions", "desktop.export.actions", "desktop.catalog_actions", "desktop.control_actions",
         "desktop.beyond_actions", "desktop.event_actions", "desktop.dialogs.data_changes_dialog",
         # the team library: its driver, the keyring and the sync load when a team library is used, never before
         "psycopg", "keyring", "db.team", "db.api.team"}

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


def test_a_store_connected_to_a_team_library_starts_without_the_postgresql_driver(tmp_path, data_dir):
    """Connected (its team state names a library) but the server nowhere to be reached: the window still paints
    first, with nothing of the team library loaded on the way."""
    import socket
    import sqlite3
    from contextlib import closing
    store = data_dir / api.DB_FILENAME
    api.open_store(store)
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with closing(sqlite3.connect(store)) as conn, conn:
        conn.executemany("INSERT INTO team_state (key, value) VALUES (?, ?)",
                         [("conninfo", f"host=127.0.0.1 port={port} dbname=desk user=ana"),
                          ("library", f"host=127.0.0.1 port={port} dbname=desk user=ana"),
                          ("user", "ana"), ("role", "editor")])
    loaded = modules_at_first_paint(tmp_path, data_dir, "table")
    assert loaded & {"psycopg", "keyring", "db.team", "db.api.team"} == set()
    assert ours(loaded) - ALLOWED == set()


def test_a_window_start_parses_only_the_window_options(tmp_path, data_dir):
    loaded = modules_at_first_paint(tmp_path, data_dir, "table")
    assert not {m for m in loaded if m.startswith("desktop.cli.")}


def titles_and_counts(window):
    return [(a.text(), len(a.menu().actions())) for a in window.menuBar().actions()]


def test_a_start_shows_every_menu_title_and_fills_them_after_the_first_paints(db_path, qtbot):
    """The bar does not move when the rest comes; the window's own shortcuts (Notes, Swap…) work at once."""
    from desktop.main_window import MainWindow
    from desktop.store import Store
    at_once = MainWindow(Store(db_path), None, ("910c", "h100"))
    qtbot.addWidget(at_once)
    window = MainWindow(Store(db_path), None, ("910c", "h100"), defer_menus=True)
    qtbot.addWidget(window)
    before = titles_and_counts(window)
    assert [t for t, _ in before] == [t for t, _ in titles_and_counts(at_once)]  # the bar does not move later
    assert dict(before)["&File"] == 0 and dict(before)["&Data"] == 0  # what loads modules comes later...
    assert dict(before)["&Comparison"] == dict(titles_and_counts(at_once))["&Comparison"]  # ...the window's own now
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    qtbot.waitUntil(lambda: window.menus.filled, timeout=10_000)
    at_once.show()  # both with their timeline (it adds its entries to View)
    qtbot.waitUntil(lambda: window.timeline is not None and at_once.timeline is not None, timeout=10_000)
    qtbot.wait(50)
    assert titles_and_counts(window) == titles_and_counts(at_once)
    assert {a.shortcut().toString() for a in window.actions()} == {a.shortcut().toString() for a in at_once.actions()}


def test_a_menu_opened_before_its_contents_came_is_filled(db_path, qtbot):
    from desktop.main_window import MainWindow
    from desktop.store import Store
    window = MainWindow(Store(db_path), None, ("910c", "h100"), defer_menus=True)
    qtbot.addWidget(window)
    window.menus.data.aboutToShow.emit()
    assert window.menus.filled and window.catalog.actions["sources"] in window.menus.data.actions()


GC_STATE = """
import gc, json, os, sys
real_exit = os._exit
def leave(code):
    with open(sys.argv[1], "w") as fh:
        json.dump({"enabled": gc.isenabled(), "frozen": gc.get_freeze_count()}, fh)
    real_exit(code)
os._exit = leave
from desktop.app import main
sys.exit(main(sys.argv[2:]))
"""


def test_garbage_collection_is_back_on_once_the_window_is_up(tmp_path, data_dir):
    """Start-up turns collection off while it builds the window; once shown, it is on again and what start-up
    built is frozen out of later collections."""
    out = tmp_path / "gc.json"
    done = subprocess.run([sys.executable, "-c", GC_STATE, str(out), "--data-dir", str(data_dir),
                           "--quit-when-ready", "table"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    state = json.loads(out.read_text(encoding="utf-8"))
    assert state["enabled"] and state["frozen"] > 10_000


def test_a_command_runs_with_garbage_collection_on(data_dir, capsys, monkeypatch):
    """A command may make garbage in bulk (an import, a report): collection is on while it runs."""
    import gc

    from desktop import cli
    from desktop.app import main
    seen = []
    real = cli.main
    monkeypatch.setattr(cli, "main", lambda paths, args: seen.append(gc.isenabled()) or real(paths, args))
    assert main(["--data-dir", str(data_dir), "list"]) == 0
    assert seen == [True] and gc.isenabled()

import gc
import sqlite3

from db.basis import BasisRule

import pytest

from desktop.main_window import MainWindow
from desktop.store import Store


@pytest.fixture
def window(qtbot, db_path):
    """The main window on a seeded store, shown (910C vs H100)."""
    w = MainWindow(Store(db_path), None, ("910c", "h100"))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def collect_on_the_gui_thread():
    """For tests that make parentless QObjects with timers (an autosaver): a reference cycle among them is freed
    by Python's collector on whichever thread allocates next, and Qt forbids destroying a timer on a worker
    thread. Collect after the test, on the GUI thread."""
    yield
    gc.collect()


@pytest.fixture
def make_window(qtbot):
    def make(db_path, initial=None):
        window = MainWindow(Store(db_path), None, initial)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window
    return make


def add_device(db_path, slug, name, kind="chip", values=()):
    """Insert a user device (and optional numeric values, with their row's standard basis) straight into the real
    SQLite file."""
    granularity = "package" if kind == "chip" else "system"
    with sqlite3.connect(db_path) as c:
        org = c.execute("SELECT id FROM organisation WHERE slug = 'huawei'").fetchone()[0]
        dev = c.execute("INSERT INTO device (slug, name, kind, family, status, organisation_id, racks_note, origin, "
                        "granularity) VALUES (?, ?, ?, '', 'shipping', ?, '', 'user', ?)",
                        (slug, name, kind, org, granularity)).lastrowid
        c.execute("INSERT INTO device_alias (device_id, alias, alias_norm) VALUES (?, ?, ?)", (dev, slug, slug))
        for n, (metric, number) in enumerate(values):
            mid, rule = c.execute("SELECT id, basis_rule FROM metric WHERE key = ?", (metric,)).fetchone()
            basis = BasisRule.from_json(rule).defaults(granularity)
            c.execute("INSERT INTO spec_value (uid, device_id, metric_id, value_num, approximate, confidence, note, "
                      "unit_text, origin, basis_format, basis_sparsity, basis_granularity, basis_direction, "
                      "basis_scope, basis_condition) VALUES (?, ?, ?, ?, 0, 'reported', '', '', 'user', ?, ?, ?, ?, ?, ?)",
                      (f"user-{slug}-{n}", dev, mid, number, *basis.as_dict().values()))
    c.close()


@pytest.fixture
def translation_table(tmp_path, monkeypatch):
    """Install a French table the test writes: `translation_table(ts_text)` puts it where the app looks for its
    .ts files (built by lrelease into a cache under the test's folder); English again afterwards."""
    from desktop import i18n
    from desktop.present import lang as langs
    folder = tmp_path / "i18n"

    def install(ts_text: str):
        folder.mkdir(exist_ok=True)
        (folder / "chiplens_fr.ts").write_text(ts_text, encoding="utf-8")
        monkeypatch.setattr(langs, "i18n_dir", lambda: folder)
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
        langs.catalog.cache_clear()
        return folder
    yield install
    i18n.install(langs.ENGLISH)
    langs.catalog.cache_clear()

"""A large catalog (thousands of imported devices) costs a comparison switch nothing more: the switch reads the
compared devices' rows only, the picker narrows every device correctly as the user types, and an unknown name
still gets close suggestions. Work is counted (SQL statements, SQLite virtual-machine steps), never timed."""
import sqlite3
from contextlib import closing

import pytest
from PySide6.QtCore import QLocale, Qt

import db.connect
from db import api
from db.dto import ChangeSet
from db.errors import UnknownDeviceError
from desktop.main_window import MainWindow
from desktop.models.device_list_model import HEADING_ROLE, SLUG_ROLE, DeviceListModel
from desktop.store import Store
from desktop.views.device_picker import DevicePickerDialog

STEP = 100  # SQLite VM instructions per progress call


def add_copies(path, total):
    """Devices up to `total`: copies of the bundled ones with their figures, named '… (copy 00123)', alias
    BX-00123, origin 'user' (as a large import makes them)."""
    with closing(sqlite3.connect(path)) as conn, conn:
        bundled = conn.execute("SELECT id, slug, name, kind, family, status, organisation_id, granularity, packages "
                               "FROM device WHERE origin = 'seed' ORDER BY id").fetchall()
        cols = [r[1] for r in conn.execute("PRAGMA table_info(spec_value)")
                if r[1] not in ("id", "uid", "device_id", "origin")]
        have = conn.execute("SELECT count(*) FROM device").fetchone()[0]
        for n in range(have, total):
            d = bundled[n % len(bundled)]
            new = conn.execute("INSERT INTO device (slug, name, kind, family, status, organisation_id, racks_note, "
                               "origin, granularity, packages) VALUES (?, ?, ?, ?, ?, ?, '', 'user', ?, ?)",
                               (f"copy-{n:05d}-{d[1]}", f"{d[2]} (copy {n:05d})", *d[3:])).lastrowid
            conn.execute("INSERT INTO device_alias (device_id, alias, alias_norm) VALUES (?, ?, ?)",
                         (new, f"BX-{n:05d}", f"bx-{n:05d}"))
            conn.execute(f"INSERT INTO spec_value (uid, device_id, origin, {', '.join(cols)}) SELECT 'copy-' || ? || "
                         f"'-' || id, ?, 'user', {', '.join(cols)} FROM spec_value WHERE device_id = ?", (n, new, d[0]))


class Work:
    """Statements and VM steps of every connection db.api opens while counting."""

    def __init__(self, monkeypatch):
        self.statements: list[str] = []
        self.steps = 0
        self.on = False
        real = db.connect.connect

        def counted(*args, **kwargs):
            conn = real(*args, **kwargs)
            conn.set_trace_callback(lambda sql: self.statements.append(sql) if self.on else None)
            conn.set_progress_handler(self._step, STEP)
            return conn
        monkeypatch.setattr(db.connect, "connect", counted)

    def _step(self) -> int:
        if self.on:
            self.steps += 1
        return 0

    def measure(self, fn):
        self.statements, self.steps, self.on = [], 0, True
        try:
            fn()
        finally:
            self.on = False
        return len(self.statements), self.steps * STEP


def switch_work(qtbot, path, monkeypatch):
    """Statements and VM steps of switching through every preset pairing, with every tab loaded."""
    work = Work(monkeypatch)
    made = []

    def start():
        made.append(MainWindow(Store(path), None, ("910c", "h100")))
        qtbot.addWidget(made[0])
        made[0].show()
    start_steps = work.measure(start)[1]  # up to the first paint: no list of every device is read
    window = made[0]
    window._load_chart()
    window._load_timeline()  # the timeline, export-control map, supply and stacks tabs follow every switch
    presets = [p.devices for p in window.pairings]

    def switch():
        for devices in presets:
            assert window.set_devices(devices, 1, quiet=True)
    switch()  # a first round (anything made once)
    shown = {d: window.comparison for d in presets[:3] if window.set_devices(d, 1, quiet=True)}
    window.store.publish(ChangeSet(frozenset({"choice"})))  # the comparisons kept for switching back are forgotten
    result = work.measure(switch)
    window.close()
    return (*result, start_steps), shown


def test_the_start_and_a_pairing_switch_read_the_compared_devices_only(qtbot, db_path, tmp_path, monkeypatch):
    (small_statements, small_steps, small_start), small = switch_work(qtbot, db_path, monkeypatch)
    large = tmp_path / "large.sqlite"
    with closing(sqlite3.connect(db_path)) as src, closing(sqlite3.connect(large)) as dst:
        src.backup(dst)
    add_copies(large, 2_600)
    with closing(sqlite3.connect(large)) as conn:
        assert conn.execute("SELECT count(*) FROM device").fetchone()[0] == 2_600
    (statements, steps, start), big = switch_work(qtbot, large, monkeypatch)
    assert start < 1.5 * small_start, (start, small_start)
    assert statements == small_statements  # the same queries, whatever the catalog's size
    # 50 times the devices; the work of the switch grows by index depth only (a full read would be ~50x)
    assert steps < 1.5 * small_steps, (steps, small_steps)
    for devices, comparison in small.items():  # and each device shows the same figures
        other = big[devices]
        assert [[(c.display, c.value and c.value.uid) for c in r.cells] for r in comparison.rows] == \
            [[(c.display, c.value and c.value.uid) for c in r.cells] for r in other.rows]


def slugs_found(model):
    return [model.index(r, 0).data(SLUG_ROLE) for r in range(model.rowCount())
            if not model.index(r, 0).data(HEADING_ROLE)]


def test_the_picker_narrows_ten_thousand_devices_correctly(qtbot, qtmodeltester, db_path):
    add_copies(db_path, 10_000)
    with closing(sqlite3.connect(db_path)) as conn:  # a Chinese name and an accented one, as imports bring
        conn.execute("UPDATE device SET name = '昇腾 910C (copy 04321)' WHERE slug LIKE 'copy-04321-%'")
        conn.execute("UPDATE device SET name = 'Ascend Économie (copy 05555)' WHERE slug LIKE 'copy-05555-%'")
        conn.commit()
    devices = Store(db_path).devices()
    assert len(devices) == 10_000
    dialog = DevicePickerDialog(devices, "h100-sxm", None)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert dialog.view.currentIndex().data(SLUG_ROLE) == "h100-sxm"
    assert len(slugs_found(model)) == 10_000
    chips = sum(d.kind == "chip" for d in devices)
    assert model.index(0, 0).data() == f"Chips ({QLocale().toString(chips)})"

    typed = ""
    for key in "bx-0432":  # typing narrows, each step a subset of the one before
        before = set(slugs_found(model))
        typed += key
        qtbot.keyClicks(dialog.search, key)
        now = set(slugs_found(model))
        assert now <= before
        expected = {d.slug for d in devices if any(typed in a.casefold() for a in d.aliases)
                    or typed in f"{d.name} {d.slug} {d.vendor} {d.country}".casefold()}
        assert now == expected
    assert len(slugs_found(model)) == 10  # BX-04320 ... BX-04329
    dialog.search.setText("BX-04321")
    assert [s.split("-", 2)[1] for s in slugs_found(model)] == ["04321"]
    assert dialog.view.currentIndex().data(SLUG_ROLE) == slugs_found(model)[0]  # Enter takes it
    dialog.search.setText("昇腾")  # the copy's Chinese name, and the bundled Ascends by their Chinese alias
    assert {"ascend-910c", "ascend-910b"} < set(slugs_found(model))
    assert [s for s in slugs_found(model) if s.startswith("copy-")] == [d.slug for d in devices if "昇腾" in d.name]
    dialog.search.setText("昇腾 copy")
    assert [s.split("-", 2)[1] for s in slugs_found(model)] == ["04321"]
    dialog.search.setText("economie")  # accents folded both ways
    assert [s.split("-", 2)[1] for s in slugs_found(model)] == ["05555"]
    dialog.search.setText("ÉCONOMIE copy")
    assert [s.split("-", 2)[1] for s in slugs_found(model)] == ["05555"]
    dialog.search.setText("h100 sxm")  # words in any order, widening again when text is deleted
    h100 = {d.slug for d in devices if "h100" in d.slug and "sxm" in d.slug}
    assert set(slugs_found(model)) == h100 and len(h100) > 1
    dialog.search.setText("h100")
    assert set(slugs_found(model)) >= h100
    qtmodeltester.check(model)
    dialog.search.setText("")
    assert len(slugs_found(model)) == 10_000
    assert model.index(0, 0).flags() & Qt.ItemFlag.ItemIsSelectable == Qt.ItemFlag.NoItemFlags  # a heading


def test_the_picker_reads_each_device_list_once(qapp, db_path):
    store = Store(db_path)
    devices = store.devices()
    one, two = DeviceListModel(), DeviceListModel()
    one.set_devices(devices)
    two.set_devices(devices)
    assert one._index is two._index  # the four pickers share what the Store's list needs for searching
    store.save_device({"name": "Zeta Test Chip", "kind": "chip", "family": "", "status": "shipping",
                       "vendor": "Huawei", "country": "CN", "aliases": []})
    fresh = store.devices()  # a change of devices: a new list, searched afresh
    assert fresh is not devices
    two.set_devices(fresh)
    two.set_query("zeta")
    assert [two.index(r, 0).data() for r in range(two.rowCount())][1:] == ["Zeta Test Chip"]
    one.set_query("zeta")
    assert one.rowCount() == 0


@pytest.mark.parametrize("typed, expected", [("BX-0243", "BX-0243"), ("h100 sxn", "H100"), ("910", "910")])
def test_unknown_names_get_close_suggestions_at_scale(db_path, typed, expected):
    def suggested():
        with pytest.raises(UnknownDeviceError) as err:
            api.resolve_device(db_path, typed + "zz")
        return err.value.suggestions
    before = suggested()
    add_copies(db_path, 2_600)
    after = suggested()
    assert any(expected.casefold() in s.casefold() for s in after), after
    assert 0 < len(after) <= 5
    if not typed.startswith("BX"):
        assert after == before  # the imported copies' aliases do not crowd out the catalog's own
    assert api.resolve_device(db_path, "BX-02599").startswith("copy-02599-")
    assert api.resolve_device(db_path, "h100-sxm") == "h100-sxm"

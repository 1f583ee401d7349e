"""What's new in the data: `chiplens data changes`, Help ▸ What's new in the data after an upgrade, and the data
release in every export's caption. Expected names and counts come from resources/seed/ and its release.json."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from PySide6.QtCore import QSettings

import resources
from db.api import Library
from desktop.app import main
from desktop.dialogs.data_changes_dialog import DataChangesDialog
from desktop.main_window import MainWindow
from desktop.store import Store
from tests.desktop.test_export import svg_texts

RELEASE = resources.data_release()
EARLIER = RELEASE["releases"][-1]["version"]
LATEST = RELEASE["changes"][0]
NEW_DEVICES = [d["name"] for d in LATEST["devices_added"]]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def upgraded(db_path: Path) -> None:
    """As if this store had been seeded with the earlier release and this version were just installed and
    started (start-up opens the store: it is re-seeded with this release)."""
    with sqlite3.connect(db_path) as c:
        c.execute("UPDATE app_meta SET value = ? WHERE key = 'data_release'", (EARLIER,))
        c.execute("UPDATE app_meta SET value = 'older' WHERE key = 'seed_hash'")
    c.close()
    Library(db_path).open()


def test_data_changes_json_after_an_upgrade(capsys, data_dir, db_path):
    upgraded(db_path)
    code, out, err = run(capsys, "--data-dir", str(data_dir), "data", "changes", "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    assert (doc["release"], doc["date"], doc["store_previous"], doc["since"]) == (
        RELEASE["version"], RELEASE["date"], EARLIER, EARLIER)
    (changes,) = doc["changes"]
    devices = json.loads(resources.seed_bytes("devices.json"))["devices"]
    assert {d["slug"] for d in changes["devices_added"]} <= {d["slug"] for d in devices}
    assert [d["name"] for d in changes["devices_added"]] == NEW_DEVICES
    nvl72 = next(c for c in changes["shown_changed"] if (c["device"], c["metric"]) == ("gb200-nvl72", "memory_capacity"))
    assert (nvl72["old"]["value_num"], nvl72["new"]["value_num"]) == (13800, 13400)


def test_data_changes_table_reads_old_to_new_with_both_sources(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "data", "changes", "--since", EARLIER)
    assert code == 0
    assert f"Data release {RELEASE['version']} ({RELEASE['date']}): what changed since {EARLIER}" in out
    assert "NVIDIA GB200 NVL72 · Memory capacity: 13.8 TB → 13.4 TB (now MLCommons / NVIDIA; was WinBuzzer)" in out
    for name in NEW_DEVICES:
        assert f"  {name} — " in out
    assert f"Devices added ({len(NEW_DEVICES)})" in out
    assert f"Timeline events added ({len(LATEST['events_added'])})" in out


def test_data_changes_since_an_unknown_release_exits_2_and_names_the_releases(capsys, data_dir):
    code, out, err = run(capsys, "--data-dir", str(data_dir), "data", "changes", "--since", "1999.01")
    assert code == 2 and not out
    assert "1999.01" in err and EARLIER in err and RELEASE["version"] in err


def test_nothing_is_new_since_the_current_release(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "data", "changes", "--since", RELEASE["version"])
    assert code == 0 and f"Nothing changed in the data since {RELEASE['version']}." in out


def _window(qtbot, db_path, settings=None):
    window = MainWindow(Store(db_path), settings, ("910c", "h100"))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_after_an_upgrade_the_window_shows_whats_new_once_without_blocking(qtbot, db_path, tmp_path):
    upgraded(db_path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = _window(qtbot, db_path, settings)
    qtbot.waitUntil(lambda: window.data_changes_dialog is not None and window.data_changes_dialog.isVisible())
    dialog = window.data_changes_dialog
    assert isinstance(dialog, DataChangesDialog) and not dialog.isModal()
    assert dialog.windowTitle() == "What's new in the data"
    text = dialog.view.toPlainText()
    assert f"what changed since {EARLIER}" in text
    assert "NVIDIA GB200 NVL72 · Memory capacity: 13.8 TB → 13.4 TB" in text
    for name in NEW_DEVICES:
        assert name in text
    assert dialog.since_box.currentData() == EARLIER
    assert f"your data was release {EARLIER} before this upgrade" in dialog.title.text()
    window.pairing_box.setFocus()  # the window stays usable beside it
    assert window.isEnabled()
    dialog.close()
    window.close()
    again = _window(qtbot, db_path, settings)  # the next start: already seen
    qtbot.wait(200)
    assert again.data_changes_dialog is None


def test_a_new_store_opens_without_it_and_the_help_menu_always_has_it(qtbot, db_path):
    window = _window(qtbot, db_path)
    qtbot.wait(200)
    assert window.data_changes_dialog is None  # nothing to tell on a new store
    action = next(a for a in window.menuBar().actions() if a.text() == "&Help").menu()
    item = next(a for a in action.actions() if a.objectName() == "whatsNewInTheData")
    item.trigger()
    dialog = window.data_changes_dialog
    assert dialog.isVisible()
    assert f"what changed since {EARLIER}" in dialog.view.toPlainText()  # the latest release's own changes
    dialog.close()


def test_every_exported_caption_names_the_data_release(qapp, data_dir, tmp_path):
    line = f"Data release {RELEASE['version']} ({RELEASE['date']})"
    for args in (("compare", "910c", "h100"), ("timeline",)):
        target = tmp_path / f"{args[0]}.svg"
        assert main(["--data-dir", str(data_dir), "export", *args, "-o", str(target)]) == 0
        assert line in svg_texts(target)


def test_the_dialog_with_no_earlier_release_says_so(qtbot, db_path):
    from db.dto import DataReleaseDTO
    release = DataReleaseDTO("2027.01", "2027-01-10", None, (("2027.01", "2027-01-10"),))
    dialog = DataChangesDialog(Library(db_path), release)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.since_box.count() == 0
    assert dialog.view.toPlainText() == "No earlier data release to compare with."
    assert "Data release 2027.01 (2027-01-10)" in dialog.title.text()

"""AppSettings: versioned, never fails to load, damaged files kept aside, safe mode leaves the user's file alone."""
from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from PySide6.QtCore import QByteArray, QSettings

from desktop.settings import BACKUP_KEYS, DEFAULTS, LAST_PAIR, SETTINGS_VERSION, THEME, THEMES, VERSION_KEY, AppSettings


def check_all_valid(s: AppSettings) -> None:
    assert s.theme in THEMES
    policy = s.retention()
    assert all(0 <= n <= 999 for n in (policy.daily, policy.weekly, policy.monthly))
    pair = s.value(LAST_PAIR)
    assert pair is None or (isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair))


def test_a_new_file_gets_defaults_and_a_version(tmp_path):
    s = AppSettings(tmp_path / "settings.ini")
    assert s.theme == "system" and s.retention().daily == DEFAULTS["backup/daily"] and not s.notes
    s.close()
    assert QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat).value(VERSION_KEY) in (
        SETTINGS_VERSION, str(SETTINGS_VERSION))


def test_values_round_trip_through_the_file(tmp_path, qapp):
    path = tmp_path / "settings.ini"
    s = AppSettings(path)
    s.set_value(LAST_PAIR, ["ascend-910c", "h100-sxm"])
    s.set_user_choice(THEME, "dark")
    s.set_value("backup/daily", 30)
    s.close()
    again = AppSettings(path)
    assert again.value(LAST_PAIR) == ["ascend-910c", "h100-sxm"] and again.theme == "dark"
    assert again.retention().daily == 30 and not again.notes
    # and in another process (QSettings caches files within one): what a restart reads
    import subprocess
    import sys
    code = ("import sys; from pathlib import Path; from desktop.settings import AppSettings; "
            "s = AppSettings(Path(sys.argv[1])); print(s.value('comparison/last_pair'), s.theme, s.retention().daily, "
            "s.notes)")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True).stdout
    assert out.split("\n")[0] == "['ascend-910c', 'h100-sxm'] dark 30 []"


def test_a_damaged_file_is_moved_aside_and_logged(tmp_path, caplog):
    path = tmp_path / "settings.ini"
    path.write_bytes(b"[window]\ngeometry=\x00\x01\x02\xff\xfe binary junk")
    damaged = path.read_bytes()
    with caplog.at_level(logging.WARNING, logger="chiplens.settings"):
        s = AppSettings(path)
    assert s.moved_to is not None and s.moved_to.read_bytes() == damaged
    assert any("binary data" in r.getMessage() and "default" in r.getMessage() for r in caplog.records)
    assert s.theme == "system"


def test_an_unparsable_ini_is_moved_aside(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text("[window\ngeometry=1\n")
    s = AppSettings(path)
    assert s.moved_to is not None and "cannot be parsed" in s.notes[0]


def test_bad_values_fall_back_one_by_one(tmp_path, caplog):
    path = tmp_path / "settings.ini"
    path.write_text(f"[meta]\nversion={SETTINGS_VERSION}\n[appearance]\ntheme=purple\n[backup]\ndaily=-4\n"
                    "weekly=3\n[comparison]\nlast_pair=only-one\n[notes]\nsplitter=kept\n")
    with caplog.at_level(logging.WARNING, logger="chiplens.settings"):
        s = AppSettings(path)
    assert s.theme == "system" and s.retention().daily == 7 and s.retention().weekly == 3
    assert s.value(LAST_PAIR) is None and s.qsettings.value("notes/splitter") == "kept"  # others' keys kept
    assert len(s.notes) == 3 and s.moved_to is None


def test_a_file_from_a_newer_chiplens_is_read_but_never_written(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text("[meta]\nversion=99\n[appearance]\ntheme=dark\n[future]\nthing=1\n")
    before = path.read_bytes()
    s = AppSettings(path)
    assert s.theme == "dark" and s.read_only
    s.set_value(LAST_PAIR, ["a", "b"])
    s.close()
    assert path.read_bytes() == before


def test_safe_mode_starts_from_defaults_and_leaves_the_file_alone(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text("[meta]\nversion=1\n[appearance]\ntheme=dark\n[comparison]\nlast_pair=h20, h100-sxm\n")
    before = path.read_bytes()
    s = AppSettings(path, safe_mode=True)
    assert s.theme == "system" and s.value(LAST_PAIR) is None
    s.set_value(LAST_PAIR, ["ascend-910c", "h100-sxm"])  # what the window does: session only
    s.sync()
    assert path.read_bytes() == before
    s.set_user_choice("backup/monthly", 12)  # a deliberate change: written, the rest kept
    s.close()
    user = QSettings(str(path), QSettings.Format.IniFormat)
    assert int(user.value("backup/monthly")) == 12 and user.value(THEME) == "dark"
    assert user.value(LAST_PAIR) == ["h20", "h100-sxm"]


def test_window_geometry_is_restored(qtbot, tmp_path):
    from PySide6.QtWidgets import QWidget
    path = tmp_path / "settings.ini"
    w = QWidget()
    qtbot.addWidget(w)
    w.resize(640, 410)
    s = AppSettings(path)
    s.save_window(w)
    s.close()
    w2 = QWidget()
    qtbot.addWidget(w2)
    assert AppSettings(path).restore_window(w2) and (w2.width(), w2.height()) == (640, 410)


# ---- property-based: whatever the file holds, loading gives valid settings and never raises ---------------
ini_line = st.one_of(
    st.from_regex(r"\[[a-z]{1,10}\]", fullmatch=True),
    st.tuples(st.sampled_from(["version", "theme", "daily", "weekly", "monthly", "last_pair", "geometry", "x"]),
              st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r\n"), max_size=30))
    .map(lambda kv: f"{kv[0]}={kv[1]}"),
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40),
)


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_any_bytes_load_to_valid_settings(qapp, raw):
    folder = Path(tempfile.mkdtemp())
    try:
        path = folder / "settings.ini"
        path.write_bytes(raw)
        s = AppSettings(path)
        check_all_valid(s)
        if s.moved_to is not None:
            assert s.moved_to.read_bytes() == raw and s.notes  # kept byte for byte, and logged
        s.close()
        check_all_valid(AppSettings(path))  # what it wrote back loads cleanly too
    finally:
        shutil.rmtree(folder)


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(ini_line, max_size=12))
def test_any_ini_text_loads_to_valid_settings(qapp, lines):
    folder = Path(tempfile.mkdtemp())
    try:
        path = folder / "settings.ini"
        path.write_text("\n".join(lines), encoding="utf-8")
        s = AppSettings(path)
        check_all_valid(s)
        s.close()
    finally:
        shutil.rmtree(folder)


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(theme=st.sampled_from(THEMES), keep=st.tuples(*(st.integers(0, 999) for _ in BACKUP_KEYS)),
       pair=st.none() | st.tuples(st.text(min_size=1, max_size=40).filter(lambda t: t.strip() == t and "," not in t
                                                                         and '"' not in t and "\\" not in t),
                                  st.text(min_size=1, max_size=40).filter(lambda t: t.strip() == t and "," not in t
                                                                         and '"' not in t and "\\" not in t)),
       geometry=st.binary(min_size=1, max_size=200))
def test_every_valid_setting_round_trips(qapp, theme, keep, pair, geometry):
    folder = Path(tempfile.mkdtemp())
    try:
        path = folder / "settings.ini"
        s = AppSettings(path)
        s.set_value(THEME, theme)
        for key, n in zip(BACKUP_KEYS, keep, strict=True):
            s.set_value(key, n)
        if pair is not None:
            s.set_value(LAST_PAIR, list(pair))
        s.set_value("window/geometry", QByteArray(geometry))
        s.close()
        del s
        QSettings(str(path), QSettings.Format.IniFormat).sync()
        again = AppSettings(path)
        assert again.theme == theme and tuple(again.retention().__dict__.values()) == keep
        assert again.value(LAST_PAIR) == (list(pair) if pair is not None else None)
        assert bytes(again.value("window/geometry").data()) == geometry and not again.notes
    finally:
        shutil.rmtree(folder)


def test_view_colours_menu_applies_and_remembers_the_theme(make_window, db_path, tmp_path):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from desktop.settings import AppSettings
    window = make_window(db_path)
    window.app_settings = AppSettings(tmp_path / "settings.ini")
    app = QApplication.instance()

    def window_lightness() -> int:
        app.processEvents()  # widgets take the application palette from a posted event
        return window.palette().color(QPalette.ColorRole.Window).lightness()

    before = window_lightness()
    try:
        window.theme_menu.actions["dark"].trigger()
        assert window_lightness() < 80 and window.panel.palette().color(QPalette.ColorRole.Text).lightness() > 180
        window.app_settings.close()
        assert AppSettings(tmp_path / "settings.ini").theme == "dark"  # kept for the next start
        window.theme_menu.sync()
        assert window.theme_menu.actions["dark"].isChecked()
        window.theme_menu.actions["light"].trigger()
        assert window_lightness() > 180
    finally:
        window.theme_menu.actions["system"].trigger()
    assert window_lightness() == before and app.palette().color(QPalette.ColorRole.Window).lightness() == before
    assert AppSettings(tmp_path / "settings.ini").theme == "system"

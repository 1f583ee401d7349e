"""Quick checks of what the installers rely on, without building: one app id everywhere, the icon files,
portable mode, the start-up checks (damaged install, no display), the .deb layout and what the build
leaves out. The built artifact itself is tested in test_frozen.py (marker `frozen`)."""
from __future__ import annotations

import plistlib
import re
import shutil
import struct
import sys
from pathlib import Path

import pytest

from desktop import APP_ID, paths
from desktop.startup import identity, preflight
from tests.packaging.conftest import load_packaging_module

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
build = load_packaging_module("build")  # packaging/build.py (not PyPA's `build`)
prune = load_packaging_module("prune")


def test_one_reverse_dns_app_id_everywhere():
    assert re.fullmatch(r"[a-z]+(\.[a-z][a-z0-9]*)+\.[A-Z][A-Za-z0-9]+", APP_ID)
    assert build.app_id() == APP_ID
    iss = (PACKAGING / "windows" / "chiplens.iss").read_text(encoding="utf-8")
    assert f'#define AppId "{APP_ID}"' in iss and "AppId={#AppId}" in iss
    assert "AppMutex={#AppId},Global\\{#AppId}" in iss  # the names identity.create_app_mutex holds
    # uninstalling keeps the user's data unless a box, unticked by default, is ticked; silent never deletes
    assert "Box.Checked := False;" in iss and "DeleteUserData := Box.Checked;" in iss
    assert "if UninstallSilent() or not DirExists(UserDataDir()) then" in iss
    spec = (PACKAGING / "chiplens.spec").read_text(encoding="utf-8")
    assert "bundle_identifier=APP_ID" in spec and "CFBundleIdentifier=APP_ID" in spec
    assert "Icon=@APP_ID@" in (PACKAGING / "deb" / "chiplens.desktop.in").read_text(encoding="utf-8")
    assert "<id>@APP_ID@</id>" in (PACKAGING / "deb" / "metainfo.xml.in").read_text(encoding="utf-8")
    plist = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert plist["NSHighResolutionCapable"] is True


def test_window_gets_the_desktop_file_name_and_the_icon(qapp):
    identity.apply(qapp)
    assert qapp.desktopFileName() == APP_ID
    sizes = {s.width() for s in qapp.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    pixmap = qapp.windowIcon().pixmap(16, 16)
    assert not pixmap.isNull() and pixmap.width() >= 16


def test_icon_files_have_the_sizes_their_names_say(qapp):
    from PySide6.QtGui import QColor, QImage
    for size in build.ICON_SIZES:
        image = QImage(str(ICONS / f"chiplens-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    small = QImage(str(ICONS / "chiplens-16.png"))
    # legible at 16 px: both halves of the chip keep their colours (red left, blue right)
    left, right = QColor(small.pixel(5, 11)), QColor(small.pixel(11, 5))
    assert left.red() > 150 and left.blue() < 100, left.name()
    assert right.blue() > 120 and right.red() < 80, right.name()

    ico = (ICONS / "chiplens.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 6
    for i in range(count):
        w, h, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * i:22 + 16 * i])
        image = QImage.fromData(ico[offset:offset + length], "PNG")
        assert image.width() == (w or 256) and image.height() == (h or 256)
    icns = (ICONS / "chiplens.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns  # the 1024 px Retina entry


def test_portable_mode_needs_the_marker_next_to_a_frozen_executable(tmp_path, monkeypatch):
    exe = tmp_path / "chiplens"
    exe.write_text("")
    assert paths.portable_data_dir(str(exe), frozen=True) is None
    (tmp_path / paths.PORTABLE_MARKER).write_text("")
    assert paths.portable_data_dir(str(exe), frozen=True) == tmp_path / "data"
    assert paths.portable_data_dir(str(exe), frozen=False) is None  # running from source: never
    monkeypatch.delenv("CHIPLENS_DATA_DIR", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert paths.resolve().data_dir == tmp_path / "data"
    assert paths.resolve(str(tmp_path / "other")).data_dir == tmp_path / "other"  # --data-dir still wins


def test_no_display_is_reported_before_qt_can_abort():
    assert "no display" in preflight.display_problem({}, "linux")
    assert preflight.display_problem({"DISPLAY": ":0"}, "linux") is None
    assert preflight.display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert preflight.display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert preflight.display_problem({}, "win32") is None


def test_missing_bundled_files_are_named(tmp_path):
    assert preflight.missing_bundled_files() == []  # this checkout is complete
    res, mig = tmp_path / "resources", tmp_path / "migrations"
    shutil.copytree(ROOT / "resources" / "seed", res / "seed")
    shutil.copytree(ROOT / "db" / "migrations", mig, ignore=shutil.ignore_patterns("__pycache__"))
    assert preflight.missing_bundled_files(res, mig) == []
    (res / "seed" / "values.json").unlink()
    next((mig / "versions").glob("0001_*.py")).unlink()
    (mig / "env.py").unlink()
    assert preflight.missing_bundled_files(res, mig) == [
        "resources/seed/values.json", "db/migrations/env.py", "db/migrations/versions/0001_*.py"]


def test_a_damaged_install_stops_every_command_with_a_message(monkeypatch, capsys, data_dir):
    from desktop import app
    monkeypatch.setattr(preflight, "missing_bundled_files", lambda: ["resources/seed/values.json"])
    assert app.main(["list", "pairings"]) == 1
    err = capsys.readouterr().err
    assert "installation is damaged" in err and "resources/seed/values.json" in err and "Reinstall" in err
    with pytest.raises(SystemExit) as done:  # --version still answers
        app.main(["--version"])
    assert done.value.code == 0


def test_deb_layout_and_control(tmp_path):
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "chiplens").write_text("#!/bin/sh\n")
    (bundle / "chiplens").chmod(0o755)
    root = build.stage_deb(bundle, build.project(), tmp_path / "root")
    assert (root / "opt" / "chiplens" / "chiplens").is_file()
    assert Path(root / "usr" / "bin" / "chiplens").readlink() == Path("../../opt/chiplens/chiplens")
    control = (root / "DEBIAN" / "control").read_text(encoding="utf-8")
    fields = dict(line.split(": ", 1) for line in control.splitlines() if ": " in line and not line.startswith(" "))
    assert fields["Package"] == "chiplens" and fields["Version"] == build.project()["version"]
    assert int(fields["Installed-Size"]) > 0 and "libxcb-cursor0" in fields["Depends"]
    desktop = (root / "usr" / "share" / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert "@" not in desktop and "Exec=chiplens" in desktop
    metainfo = (root / "usr" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f'<release version="{fields["Version"]}"' in metainfo and "@" not in metainfo


def test_build_refuses_a_version_that_disagrees_with_pyproject():
    meta = dict(build.project())
    build.check_sources(meta)  # this checkout agrees
    with pytest.raises(SystemExit, match="pyproject.toml says 9.9.9"):
        build.check_sources(dict(meta, version="9.9.9"))


@pytest.mark.parametrize("name, kept", [
    ("PySide6/Qt/lib/libQt6Core.so.6", True), ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", False), ("PySide6/Qt/lib/libQt6OpenGLWidgets.so.6", True),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True), ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False), ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", True), ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("libX11.so.6", False), ("libstdc++.so.6", False), ("libsqlite3.so.0", True), ("libpython3.11.so.1.0", True),
    ("resources/fonts/ChipLensNotoSansSC-Regular.otf", True),
])
def test_prune_keeps_what_the_app_loads(name, kept):
    assert prune._keep(name) is kept


def test_rendered_icons_match_the_svg(qapp):
    """Whoever edits chiplens.svg must run packaging/make_icons.py: the committed PNGs follow the SVG."""
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer
    make_icons = load_packaging_module("make_icons")
    renderer = QSvgRenderer(str(ICONS / "chiplens.svg"))
    for size in (16, 48, 256):
        fresh = QImage.fromData(make_icons.render_png(renderer, size), "PNG")
        stored = QImage(str(ICONS / f"chiplens-{size}.png"))
        def channels(image, x, y):
            c = image.pixelColor(x, y)
            return c.red(), c.green(), c.blue(), c.alpha()
        differing = sum(1 for x in range(size) for y in range(size)
                        if max(abs(a - b) for a, b in zip(channels(fresh, x, y), channels(stored, x, y))) > 16)
        assert differing <= size * size // 100, f"chiplens-{size}.png is out of date: run packaging/make_icons.py"

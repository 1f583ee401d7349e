"""The built artifact, run as a user would: the one-folder build, the .deb (unpacked and installed over
an older version with dpkg into a temporary root), the portable .tar.gz, and the faults a user can
meet (no display, a damaged install, an unusable data folder, a second start).

Needs `python packaging/build.py` first; runs when CHIPLENS_FROZEN_DIST=dist (see conftest.py).
"""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import tarfile
import time
import tomllib
from contextlib import closing
from pathlib import Path

import pytest

from db.migrations import HEAD
from tests.packaging.conftest import load_packaging_module

pytestmark = pytest.mark.frozen

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "dbs"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
build = load_packaging_module("build")  # packaging/build.py: stage_deb, build_deb, app_id

APP_ID = build.app_id()
# what the offscreen platform says about itself (no window manager), and export's "wrote FILE" report
HARMLESS = ("This plugin does not support propagateSizeHints", "This plugin does not support raise", "wrote ")


def env(**extra) -> dict:
    out = {k: v for k, v in os.environ.items() if not k.startswith(("CHIPLENS_DATA_DIR", "PYTHON"))}
    out.update(QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
    out.update(extra)
    return {k: v for k, v in out.items() if v is not None}


def run(exe: Path, *args, timeout: float = 120, **env_extra) -> subprocess.CompletedProcess:
    return subprocess.run([str(exe), *map(str, args)], capture_output=True, text=True, timeout=timeout,
                          env=env(**env_extra))


def unexpected(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip() and not line.startswith(HARMLESS)]


@pytest.fixture(scope="module")
def exe(dist) -> Path:
    return dist / "chiplens" / "chiplens"


def test_version_comes_from_pyproject(exe):
    out = run(exe, "--version")
    assert out.returncode == 0 and out.stdout.strip() == f"ChipLens {VERSION}", out
    assert not unexpected(out.stderr)


def test_window_paints_offscreen_with_a_temporary_data_dir(exe, tmp_path):
    out = run(exe, "--data-dir", tmp_path / "d", "--quit-when-ready", "chart")
    assert out.returncode == 0, out.stderr[-3000:]
    assert not unexpected(out.stderr), out.stderr
    with closing(sqlite3.connect(tmp_path / "d" / "chiplens.sqlite")) as c:  # created, migrated, seeded
        assert c.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
        assert c.execute("SELECT count(*) FROM device").fetchone()[0] > 20


def test_headless_export_writes_a_real_picture(exe, tmp_path, qapp):
    from PySide6.QtGui import QImage
    png = tmp_path / "compare.png"
    out = run(exe, "--data-dir", tmp_path / "d", "export", "compare", "910c", "h100", "-o", png)
    assert out.returncode == 0, out.stderr[-3000:]
    assert not unexpected(out.stderr), out.stderr
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 600 and image.height() >= 300
    # not blank: a chart with bars, text and a caption has many distinct colours
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20


def test_command_line_answers_from_the_bundled_data(exe, tmp_path):
    out = run(exe, "--data-dir", tmp_path / "d", "compare", "910c", "h100", "--format", "csv")
    assert out.returncode == 0, out.stderr
    assert "752" in out.stdout and "989.4" in out.stdout  # dense BF16 of both, from the bundled seed data
    bad = run(exe, "--data-dir", tmp_path / "d", "compare", "no-such-chip", "h100")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_bundle_leaves_out_unused_qt_and_carries_its_data(dist):
    internal = dist / "chiplens" / "_internal"
    names = {p.name for p in internal.rglob("*")}
    assert not {n for n in names if n.startswith(("libQt6Quick", "libQt6Qml", "libQt6Pdf", "libQt6Designer"))}
    assert "libqxcb.so" in names and "libqwayland.so" in names and "libqoffscreen.so" in names
    for rel in ("resources/seed/values.json", "resources/fonts/ChipLensNotoSansSC-Regular.otf",
                "resources/icons/chiplens-16.png", "db/migrations/env.py", "db/migrations/script.py.mako"):
        assert (internal / rel).is_file(), rel
    assert any((internal / "db" / "migrations" / "versions").glob(f"{HEAD}_*.py"))
    for lang in ("fr", "zh_CN"):  # the translations built by the build, and Qt's own for the same languages
        assert (internal / "resources" / "i18n" / f"chiplens_{lang}.qm").stat().st_size > 1000, lang
        assert f"qtbase_{lang}.qm" in names, lang


# --- the .deb ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def deb(dist) -> Path:
    found = sorted(dist.glob(f"chiplens_{VERSION}_*.deb"))
    assert found, f"no chiplens_{VERSION}_*.deb in {dist}"
    return found[0]


def test_deb_unpacks_and_runs_from_a_temporary_root(deb, tmp_path):
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    launcher = root / "usr" / "bin" / "chiplens"
    assert launcher.is_symlink() and launcher.resolve() == (root / "opt" / "chiplens" / "chiplens").resolve()
    share = root / "usr" / "share"
    desktop = (share / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Icon={APP_ID}" in desktop and "Exec=chiplens" in desktop
    for size in build.ICON_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert f"<id>{APP_ID}</id>" in (share / "metainfo" / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(share / "applications" / f"{APP_ID}.desktop")],
                               capture_output=True, text=True)
        assert check.returncode == 0 and "error" not in check.stdout, check.stdout
    if shutil.which("appstreamcli"):
        check = subprocess.run(["appstreamcli", "validate", "--no-net", "--pedantic",
                                str(share / "metainfo" / f"{APP_ID}.metainfo.xml")], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    info = subprocess.run(["dpkg-deb", "--field", str(deb), "Package", "Version", "Depends"],
                          capture_output=True, text=True, check=True).stdout
    assert "Package: chiplens" in info and f"Version: {VERSION}" in info and "libxcb-cursor0" in info
    assert run(launcher, "--version").stdout.strip() == f"ChipLens {VERSION}"
    out = run(launcher, "--data-dir", tmp_path / "d", "--quit-when-ready")
    assert out.returncode == 0 and not unexpected(out.stderr), out.stderr[-3000:]


def dpkg_root(tmp_path: Path) -> Path:
    root = tmp_path / "sysroot"
    admin = root / "var" / "lib" / "dpkg"
    for sub in ("info", "updates", "triggers"):
        (admin / sub).mkdir(parents=True)
    (admin / "status").write_text("")
    (admin / "available").write_text("")
    return root


def dpkg_install(root: Path, deb: Path) -> None:
    out = subprocess.run(["dpkg", f"--root={root}", "--force-depends", "--force-not-root", "--force-script-chrootless",
                          "--no-triggers", "-i", str(deb)], capture_output=True, text=True, env=env())
    assert out.returncode == 0, out.stdout + out.stderr


def previous_version_deb(tmp_path: Path) -> Path:
    """The layout an older release installed: same paths, an older version, a file the new one dropped."""
    meta = dict(build.project(), version="0.0.9")
    old_app = tmp_path / "old-app"
    (old_app / "_internal").mkdir(parents=True)
    (old_app / "chiplens").write_text("#!/bin/sh\necho 'ChipLens 0.0.9'\n")
    (old_app / "chiplens").chmod(0o755)
    (old_app / "_internal" / "dropped-in-the-new-version.txt").write_text("old file\n")
    root = build.stage_deb(old_app, meta, tmp_path / "old-root", version="0.0.9")
    return build.build_deb(root, tmp_path / "chiplens_0.0.9.deb", compression="none")


def user_data(db: Path) -> dict:
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as c:
        data = {"values": sorted(c.execute("SELECT uid, value_num, value_text, note FROM spec_value "
                                           "WHERE origin = 'user'")),
                "revision": c.execute("SELECT version_num FROM alembic_version").fetchone()[0]}
        if c.execute("SELECT 1 FROM sqlite_master WHERE name = 'note'").fetchone():
            data["notes"] = sorted(c.execute("SELECT uid, title, body FROM note"))
    return data


@pytest.mark.parametrize("fixture", ["schema-0001.sqlite", "schema-0003.sqlite"])
def test_upgrade_over_the_previous_version_keeps_and_migrates_the_data(deb, tmp_path, fixture):
    if not shutil.which("dpkg"):
        pytest.skip("missing: dpkg")
    root = dpkg_root(tmp_path)
    dpkg_install(root, previous_version_deb(tmp_path))
    stale = root / "opt" / "chiplens" / "_internal" / "dropped-in-the-new-version.txt"
    assert stale.is_file()
    data = tmp_path / "home" / ".local" / "share" / "ChipLens"  # user data lives outside the package
    data.mkdir(parents=True)
    shutil.copy(FIXTURES / fixture, data / "chiplens.sqlite")
    before = user_data(data / "chiplens.sqlite")
    assert before["values"] and before["revision"] != HEAD

    dpkg_install(root, deb)  # the new version over the old one
    status = (root / "var" / "lib" / "dpkg" / "status").read_text()
    assert f"Version: {VERSION}" in status and "Status: install ok installed" in status
    assert not stale.exists(), "the previous version's files must be removed"
    launcher = root / "usr" / "bin" / "chiplens"
    assert run(launcher, "--version").stdout.strip() == f"ChipLens {VERSION}"
    out = run(launcher, "--data-dir", data, "--quit-when-ready")
    assert out.returncode == 0 and not unexpected(out.stderr), out.stderr[-3000:]

    after = user_data(data / "chiplens.sqlite")
    assert after["revision"] == HEAD
    assert after["values"] == before["values"]
    if "notes" in before:
        assert after["notes"] == before["notes"] and any("昇腾" in t for _, t, _ in after["notes"])
    backups = list((data / "backups").glob(f"chiplens-schema-{before['revision']}-*.sqlite"))
    assert len(backups) == 1, sorted(p.name for p in (data / "backups").iterdir())
    assert user_data(backups[0]) == before  # the backup is the database as it was before the migration

    # uninstalling removes the program, never the user's data
    out = subprocess.run(["dpkg", f"--root={root}", "--force-not-root", "--force-script-chrootless", "--no-triggers",
                          "--purge", "chiplens"], capture_output=True, text=True, env=env())
    assert out.returncode == 0, out.stderr
    assert not (root / "opt" / "chiplens").exists() and (data / "chiplens.sqlite").is_file()


# --- the portable archive -----------------------------------------------------------------------

def test_portable_archive_keeps_user_data_next_to_the_app(dist, tmp_path):
    archive = next(dist.glob(f"chiplens-{VERSION}-linux-*.tar.gz"))
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path, **({"filter": "tar"} if hasattr(tarfile, "tar_filter") else {}))  # 3.11.4+
    app = next(tmp_path.glob("chiplens-*"))
    assert (app / "chiplens.portable").is_file()
    # no --data-dir and no CHIPLENS_DATA_DIR: the marker decides (CHIPLENS_TESTING would refuse the home folder)
    out = run(app / "chiplens", "--quit-when-ready", HOME=str(tmp_path / "home"), CHIPLENS_TESTING="1")
    assert out.returncode == 0, out.stderr[-3000:]
    assert (app / "data" / "chiplens.sqlite").is_file()
    assert not (tmp_path / "home").exists()


# --- faults -------------------------------------------------------------------------------------

def test_missing_display_gives_a_message_not_an_abort(exe, tmp_path):
    out = run(exe, "--data-dir", tmp_path / "d", QT_QPA_PLATFORM=None, DISPLAY=None, WAYLAND_DISPLAY=None)
    assert out.returncode == 1, (out.returncode, out.stderr)  # Qt's abort would be -6 / 134
    assert "no display was found" in out.stderr and "Traceback" not in out.stderr
    # the command line needs no display
    assert run(exe, "--data-dir", tmp_path / "d", "list", "pairings", QT_QPA_PLATFORM=None, DISPLAY=None,
               WAYLAND_DISPLAY=None).returncode == 0


@pytest.fixture
def damaged_copy(dist, tmp_path) -> Path:
    """A copy of the one-folder build (hard links: fast, and the original stays intact)."""
    copy = tmp_path / "chiplens"
    subprocess.run(["cp", "-al", str(dist / "chiplens"), str(copy)], check=True)
    return copy


@pytest.mark.parametrize("victim", ["resources/seed/values.json", "db/migrations/env.py", "versions"])
def test_damaged_install_gives_a_clear_message(damaged_copy, tmp_path, victim):
    internal = damaged_copy / "_internal"
    target = (next((internal / "db" / "migrations" / "versions").glob(f"{HEAD}_*.py")) if victim == "versions"
              else internal / victim)
    target.unlink()
    for args in (["compare", "910c", "h100"], ["--quit-when-ready"], ["export", "compare", "910c", "h100", "-o",
                                                                         tmp_path / "x.png"]):
        out = run(damaged_copy / "chiplens", "--data-dir", tmp_path / "d", *args)
        assert out.returncode == 1, (args, out.stderr)
        named = f"versions/{HEAD}_" if victim == "versions" else target.name
        assert "installation is damaged" in out.stderr and named in out.stderr, out.stderr
        assert "Traceback" not in out.stderr
    assert run(damaged_copy / "chiplens", "--version").returncode == 0


def test_unusable_data_folder_gives_a_clear_message(exe, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    for args in (["compare", "910c", "h100"], ["--quit-when-ready"]):
        out = run(exe, "--data-dir", blocker / "data", *args)
        assert out.returncode == 1, (args, out.stderr)
        assert "data folder" in out.stderr and "--data-dir" in out.stderr and "Traceback" not in out.stderr, out.stderr


def test_second_start_hands_over_to_the_running_window(exe, tmp_path):
    data = tmp_path / "d"
    assert run(exe, "--data-dir", data, "list").returncode == 0  # create the store first
    log = tmp_path / "first.err"
    with open(log, "w") as err:
        first = subprocess.Popen([str(exe), "--data-dir", str(data)], stdout=subprocess.DEVNULL, stderr=err,
                                 env=env(), start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while not (data / "chiplens.lock").exists():  # the first one owns the folder: a second start hands over
            assert first.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        second = run(exe, "--data-dir", data, "--pair", "cm384", "nvl72", timeout=60)
        assert second.returncode == 0, second.stderr
        assert "handed over" in second.stderr
        assert first.poll() is None, "the running window must stay up"
    finally:
        os.killpg(first.pid, signal.SIGTERM)
        first.wait(timeout=30)


def test_the_bundle_reaches_a_team_library_with_the_systems_postgresql_client(exe, tmp_path):
    """psycopg loads the system's libpq (Debian's libpq5, a Depends of the .deb) inside the bundle: a refused
    connection is said in words, and a real library is connected to and synced with."""
    import sqlalchemy as sa

    from db.api import team as team_api
    from tests.team.cluster import start_cluster
    out = run(exe, "--data-dir", tmp_path / "d", "team", "connect", "postgresql://ana@127.0.0.1:1/desk")
    assert out.returncode == 1 and "cannot be reached" in out.stderr and "Traceback" not in out.stderr, out.stderr
    cluster = start_cluster()
    try:
        cluster.create_database("frozen")
        admin = cluster.url(database="frozen")
        team_api.init(admin)
        eng = sa.create_engine(admin)
        with eng.begin() as conn:
            conn.execute(sa.text("CREATE ROLE frozen_ana LOGIN PASSWORD 'pw-frozen'"))
        eng.dispose()
        team_api.add_member("frozen_ana", "editor", conninfo=admin)
        url = f"postgresql://frozen_ana:pw-frozen@127.0.0.1:{cluster.port}/frozen"
        out = run(exe, "--data-dir", tmp_path / "d", "team", "connect", url)
        assert out.returncode == 0 and "frozen_ana (editor)" in out.stdout, out.stderr
        out = run(exe, "--data-dir", tmp_path / "d", "team", "sync", PGPASSWORD="pw-frozen")
        assert out.returncode == 0 and out.stdout.startswith("pushed 0, pulled 0"), out.stderr
    finally:
        cluster.remove()

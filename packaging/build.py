"""Build ChipLens for this platform: the one documented command.

    python packaging/build.py            (needs the build extra: pip install -e ".[build]")

Leaves under dist/:
  Linux    chiplens/ (the PyInstaller one-folder build), chiplens_<version>_<arch>.deb and the portable
           chiplens-<version>-linux-<machine>.tar.gz (user data next to the app: see desktop/paths.py)
  Windows  chiplens/, ChipLens-<version>-setup.exe (Inno Setup, when `iscc` is on PATH) and a portable .zip
  macOS    ChipLens.app and ChipLens-<version>.dmg
Name and version come from pyproject.toml only; the app id from desktop/__init__.py (APP_ID).
Options: --skip-freeze reuses dist/chiplens (repackaging only); --no-deb / --no-tar skip those.
"""
from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
PORTABLE_MARKER = "chiplens.portable"  # desktop/paths.py looks for this file next to the executable
# Every library a bundled file links against and the bundle does not carry (readelf -d NEEDED), by the
# Debian/Ubuntu package that ships it; GTK 3 only serves the optional GNOME platform theme plugin.
# libc6 comes first, with the newest GLIBC symbol version the bundle uses (glibc_requirement).
DEB_DEPENDS = ", ".join((
    "libstdc++6", "libgcc-s1", "zlib1g", "libbz2-1.0", "liblzma5", "libzstd1", "libbrotli1",
    "libffi8", "libuuid1", "libssl3", "libpq5", "libgssapi-krb5-2", "libglib2.0-0", "libdbus-1-3",
    "libfontconfig1",
    "libfreetype6", "libharfbuzz0b", "libx11-6", "libx11-xcb1", "libxcb1", "libxcb-cursor0", "libxcb-glx0",
    "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1", "libxcb-randr0", "libxcb-render0",
    "libxcb-render-util0", "libxcb-shape0", "libxcb-shm0", "libxcb-sync1", "libxcb-util1", "libxcb-xfixes0",
    "libxcb-xkb1", "libxkbcommon0", "libxkbcommon-x11-0", "libegl1", "libgl1", "libwayland-client0",
    "libwayland-cursor0", "libwayland-egl1"))
DEB_RECOMMENDS = "fonts-noto-cjk | fonts-wqy-microhei, hicolor-icon-theme, libgtk-3-0"


def project() -> dict:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {"name": meta["name"], "version": meta["version"], "description": meta["description"]}


def app_id() -> str:
    """APP_ID from desktop/__init__.py, read as text (importing desktop here is not needed)."""
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^APP_ID = "([^"]+)"', text, re.M).group(1)


def check_sources(meta: dict) -> None:
    """Fail early on what would make a broken or mislabelled build."""
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    code_version = re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)
    if code_version != meta["version"]:
        sys.exit(f"build: desktop.__version__ is {code_version} but pyproject.toml says {meta['version']}; "
                 "make them agree (the installers are labelled from pyproject.toml)")
    icons = ROOT / "resources" / "icons"
    wanted = [icons / "chiplens.svg", icons / "chiplens.ico", icons / "chiplens.icns"]
    wanted += [icons / f"chiplens-{s}.png" for s in ICON_SIZES]
    missing = [p.name for p in wanted if not p.exists()]
    if missing:
        sys.exit(f"build: icons missing ({', '.join(missing)}); run: python packaging/make_icons.py")


def freeze() -> Path:
    # the translations, built from resources/i18n/*.ts by pyside6-lrelease, ship beside their sources
    subprocess.run([sys.executable, str(PACKAGING / "translations.py"), "release", str(ROOT / "resources" / "i18n")],
                   check=True, cwd=ROOT)
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(DIST),
           "--workpath", str(BUILD / "pyinstaller"), str(PACKAGING / "chiplens.spec")]
    print("build:", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT)
    return DIST / "chiplens"


def strip_linux_binaries(bundle: Path) -> int:
    """Drop debug symbols (libpython alone carries 17 MiB). NumPy's files are left alone: auditwheel
    patched their ELF headers and `strip` breaks them ("ELF load command address not page-aligned")."""
    if not shutil.which("strip"):
        print("build: no `strip` (binutils): the build keeps its debug symbols", file=sys.stderr)
        return 0
    saved = 0
    for path in sorted((bundle / "_internal").rglob("*")):
        rel = path.relative_to(bundle / "_internal").parts
        if path.is_symlink() or not path.is_file() or rel[0].startswith("numpy"):
            continue
        with open(path, "rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        before = path.stat().st_size
        subprocess.run(["strip", "--strip-unneeded", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved


def check_linux_plugins(bundle: Path) -> None:
    """Every kept Qt plugin must find the Qt libraries it links against inside the bundle."""
    if not shutil.which("ldd"):
        return
    internal = bundle / "_internal"
    broken = []
    for plugin in sorted((internal / "PySide6" / "Qt" / "plugins").rglob("*.so")):
        out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True,
                             env={**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"})
        broken += [f"{plugin.relative_to(internal)}: {line.split()[0]}" for line in out.stdout.splitlines()
                   if "not found" in line and "libQt6" in line]
    if broken:
        sys.exit("build: a kept Qt plugin needs a Qt library that packaging/prune.py dropped:\n  "
                 + "\n  ".join(broken))


def glibc_requirement(bundle: Path) -> str:
    """`libc6 (>= X)` for the newest GLIBC_X symbol version any bundled ELF file needs (objdump -T)."""
    newest = (2, 28)
    if shutil.which("objdump"):
        for path in bundle.rglob("*"):
            if path.is_symlink() or not path.is_file() or not (path.suffix == "" or ".so" in path.name):
                continue
            with open(path, "rb") as fh:
                if fh.read(4) != b"\x7fELF":
                    continue
            out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True).stdout
            for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", out):
                newest = max(newest, (int(major), int(minor)))
    return f"libc6 (>= {newest[0]}.{newest[1]})"


def tree_size_kib(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir()) // 1024


def fill(template: Path, **values: str) -> str:
    text = template.read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    leftover = re.findall(r"@[A-Z_]+@", text)
    if leftover:
        sys.exit(f"build: {template.name}: unfilled {', '.join(leftover)}")
    return text


def deb_arch() -> str:
    out = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True)
    return out.stdout.strip() or {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def stage_deb(bundle: Path, meta: dict, root: Path, version: str | None = None) -> Path:
    """Lay out the .deb's file tree under `root` (also used by tests to make an older version's layout)."""
    version = version or meta["version"]
    aid = app_id()
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / "opt" / "chiplens", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    os.symlink("../../opt/chiplens/chiplens", root / "usr" / "bin" / "chiplens")  # relative: works under dpkg-deb -x
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / f"{aid}.desktop").write_text(
        fill(PACKAGING / "deb" / "chiplens.desktop.in", APP_ID=aid), encoding="utf-8")
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy(icons / f"chiplens-{size}.png", target / f"{aid}.png")
    (share / "icons" / "hicolor" / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(icons / "chiplens.svg", share / "icons" / "hicolor" / "scalable" / "apps" / f"{aid}.svg")
    (share / "metainfo").mkdir(parents=True)
    (share / "metainfo" / f"{aid}.metainfo.xml").write_text(fill(
        PACKAGING / "deb" / "metainfo.xml.in", APP_ID=aid, VERSION=version, DESCRIPTION=meta["description"],
        DATE=datetime.date.today().isoformat()), encoding="utf-8")
    (share / "doc" / "chiplens").mkdir(parents=True)
    shutil.copy(PACKAGING / "deb" / "copyright", share / "doc" / "chiplens" / "copyright")
    (root / "DEBIAN").mkdir()
    summary = meta["description"].partition(", with ")[0]
    control = (f"Package: {meta['name']}\nVersion: {version}\nArchitecture: {deb_arch()}\n"
               f"Maintainer: ChipLens maintainers <chiplens@users.noreply.github.com>\n"
               f"Installed-Size: {tree_size_kib(root)}\n"
               f"Depends: {glibc_requirement(bundle)}, {DEB_DEPENDS}\nRecommends: {DEB_RECOMMENDS}\n"
               f"Section: science\nPriority: optional\n"
               f"Description: {summary.rstrip('.')}\n {meta['description']}\n .\n"
               f" Works offline: the reference data, fonts and database migrations are bundled.\n"
               f" User data (the database, notes, backups) lives in ~/.local/share/ChipLens and is\n"
               f" never removed by uninstalling or upgrading this package.\n")
    (root / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    for path in [root, *root.rglob("*")]:  # dpkg-deb refuses group/world-writable control dirs
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    return root


def build_deb(root: Path, out: Path, compression: str = "xz") -> Path:
    cmd = ["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(root), str(out)]
    if compression == "xz":
        cmd[3:3] = ["-z9"]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return out


def build_portable_tar(bundle: Path, meta: dict) -> Path:
    top = f"chiplens-{meta['version']}-linux-{platform.machine()}"
    out = DIST / f"{top}.tar.gz"
    marker = BUILD / PORTABLE_MARKER
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text("ChipLens portable mode: the database, settings, logs and backups are kept in the 'data'\n"
                      "folder next to this file. Delete this file to use the normal per-user data folder.\n",
                      encoding="utf-8")
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top)
        tar.add(marker, arcname=f"{top}/{PORTABLE_MARKER}")
    return out


def build_windows(bundle: Path, meta: dict) -> None:
    base = DIST / f"ChipLens-{meta['version']}-windows-portable"
    shutil.copytree(bundle, base / "ChipLens", dirs_exist_ok=True)
    (base / "ChipLens" / PORTABLE_MARKER).write_text("ChipLens portable mode: user data in the 'data' folder.\n")
    shutil.make_archive(str(base), "zip", base)
    shutil.rmtree(base)
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if not iscc:
        print("build: iscc (Inno Setup) not on PATH: no setup.exe built", file=sys.stderr)
        return
    subprocess.run([iscc, f"/DAppVersion={meta['version']}", f"/DAppId={app_id()}", f"/DBundleDir={bundle}",
                    f"/DOutputDir={DIST}", f"/DRepoRoot={ROOT}", str(PACKAGING / "windows" / "chiplens.iss")],
                   check=True)


def build_macos(meta: dict) -> None:
    app = DIST / "ChipLens.app"
    stage = BUILD / "dmg"
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    shutil.copytree(app, stage / "ChipLens.app", symlinks=True)
    os.symlink("/Applications", stage / "Applications")
    dmg = DIST / f"ChipLens-{meta['version']}.dmg"
    dmg.unlink(missing_ok=True)
    subprocess.run(["hdiutil", "create", "-volname", f"ChipLens {meta['version']}", "-srcfolder", str(stage),
                    "-ov", "-format", "UDZO", str(dmg)], check=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--skip-freeze", action="store_true", help="reuse dist/chiplens; repackage only")
    ap.add_argument("--no-deb", action="store_true")
    ap.add_argument("--no-tar", action="store_true")
    args = ap.parse_args(argv)
    meta = project()
    check_sources(meta)
    bundle = DIST / "chiplens" if args.skip_freeze else freeze()
    if not (bundle / ("chiplens.exe" if sys.platform == "win32" else "chiplens")).exists() and sys.platform != "darwin":
        sys.exit(f"build: no frozen executable in {bundle}")
    made = [bundle]
    if sys.platform.startswith("linux"):
        if not args.skip_freeze:
            print(f"build: stripped {strip_linux_binaries(bundle) / 2**20:.1f} MiB of debug symbols")
        check_linux_plugins(bundle)
        if not args.no_deb:
            root = stage_deb(bundle, meta, BUILD / "deb-root")
            made.append(build_deb(root, DIST / f"{meta['name']}_{meta['version']}_{deb_arch()}.deb"))
        if not args.no_tar:
            made.append(build_portable_tar(bundle, meta))
    elif sys.platform == "win32":
        build_windows(bundle, meta)
        made += sorted(DIST.glob("ChipLens-*"))
    elif sys.platform == "darwin":
        build_macos(meta)
        made += [DIST / "ChipLens.app", DIST / f"ChipLens-{meta['version']}.dmg"]
    for path in made:
        size = tree_size_kib(path) if path.is_dir() else path.stat().st_size // 1024
        print(f"build: {path.relative_to(ROOT)}  {size / 1024:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

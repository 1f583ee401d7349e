"""A system library missing for Qt's platform plugin: a message naming the library and its Debian package, exit 1,
never Qt's abort. Checked against the real plugin, and with a library really hidden (a private mount namespace)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.startup import preflight

ROOT = Path(__file__).resolve().parents[2]
APT_LIST = ROOT / "resources" / "apt-runtime.txt"
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is for Linux only")


def ldd(path: Path) -> list[tuple[str, str]]:
    """(soname, resolved path or 'not found') for every library ldd lists with a `=>`."""
    if not shutil.which("ldd"):
        pytest.skip("ldd is not installed")
    out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, timeout=60, check=False).stdout
    pairs = [line.split("=>", 1) for line in out.splitlines() if "=>" in line]
    return list(dict.fromkeys((name.strip(), where.split("(")[0].strip()) for name, where in pairs))


def xcb_plugin() -> Path:
    plugin = preflight.platform_plugin_file("xcb")
    assert plugin is not None and plugin.name == "libqxcb.so" and plugin.is_file()
    return plugin


def test_which_plugin_qt_will_try():
    assert preflight.platform_candidates({}) == ["xcb"]
    assert preflight.platform_candidates({"QT_QPA_PLATFORM": "xcb:dpi=96;offscreen"}) == ["xcb", "offscreen"]
    assert preflight.platform_candidates({"QT_QPA_PLATFORM": "wayland"}) == ["wayland"]
    wayland_session = {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
    assert preflight.platform_candidates(wayland_session) == ["wayland", "xcb"]
    assert preflight.platform_candidates({"XDG_SESSION_TYPE": "wayland"}) == ["xcb"]  # no compositor to talk to


def test_headless_platforms_and_other_systems_are_not_checked():
    for platform in ("offscreen", "minimal", "offscreen;xcb"):
        assert preflight.platform_plugin_problem({"QT_QPA_PLATFORM": platform}, "linux") is None
    assert preflight.platform_plugin_problem({"QT_QPA_PLATFORM": "xcb"}, "win32") is None
    assert preflight.platform_plugin_problem({"QT_QPA_PLATFORM": "xcb"}, "darwin") is None


@linux_only
def test_the_real_xcb_plugin_loads_or_its_missing_libraries_are_named():
    plugin = xcb_plugin()
    missing = [name for name, where in ldd(plugin) if where == "not found"]
    problem = preflight.platform_plugin_problem({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, "linux")
    if not missing:
        assert problem is None
    else:
        assert problem is not None and "'xcb'" in problem and all(name in problem for name in missing)


LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffc1d5e4000)
\tlibQt6XcbQpa.so.6 => /opt/chiplens/_internal/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f2b1c000000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007f2b1bf00000)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibchiplens-unknown.so.3 => not found
"""


def test_ldd_output_gives_the_missing_libraries_once_each_in_order():
    assert preflight.missing_libraries(LDD_OUTPUT) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1",
                                                       "libchiplens-unknown.so.3"]
    loader = ("/usr/bin/chiplens: error while loading shared libraries: libxcb-cursor.so.0: "
              "cannot open shared object file: No such file or directory")
    assert preflight.missing_libraries(loader) == ["libxcb-cursor.so.0"]
    ctypes_error = "libxcb-keysyms.so.1: cannot open shared object file: No such file or directory"
    assert preflight.missing_libraries(ctypes_error) == ["libxcb-keysyms.so.1"]
    assert preflight.missing_libraries("\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x1)\n") == []


def test_missing_libraries_are_mapped_to_packages_by_the_shipped_list():
    packages = preflight.runtime_packages()
    missing = preflight.missing_libraries(LDD_OUTPUT)
    assert [(name, packages.get(name)) for name in missing] == [
        ("libxcb-icccm.so.4", "libxcb-icccm4"), ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libchiplens-unknown.so.3", None)]
    message = preflight.missing_libraries_message("xcb", missing, packages)
    assert message == (
        "ChipLens cannot open its window: the Qt platform plugin 'xcb' needs libraries that are not installed: "
        "libxcb-icccm.so.4 (package libxcb-icccm4), libxcb-keysyms.so.1 (package libxcb-keysyms1), "
        "libchiplens-unknown.so.3.\nInstall them with:\n  sudo apt-get install libxcb-icccm4 libxcb-keysyms1")
    one_package = preflight.missing_libraries_message("xcb", ["libbrotlidec.so.1", "libbrotlicommon.so.1"], packages)
    assert one_package.endswith("sudo apt-get install libbrotli1")
    unknown = preflight.missing_libraries_message("wayland", ["libchiplens-unknown.so.3"], packages)
    assert "apt-get" not in unknown and "libchiplens-unknown.so.3." in unknown and "package manager" in unknown


def test_the_list_format():
    packages = preflight.runtime_packages("# a comment: with colons\n\nliba1: liba.so.1 libaa.so.1  # why\nfonts-x:\n")
    assert packages == {"liba.so.1": "liba1", "libaa.so.1": "liba1"}


# --- the shipped list: honest Debian names, and complete for the real xcb plugin ---------------------------------

def listed_names() -> list[str]:
    """Package names as other tools read them: sed 's/[:#].*//' resources/apt-runtime.txt | grep ."""
    if not shutil.which("sed"):
        return [n for n in (re.sub(r"[:#].*", "", line) for line in APT_LIST.read_text().splitlines()) if n]
    out = subprocess.run(["sed", "s/[:#].*//", str(APT_LIST)], capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines() if line]


def test_every_listed_package_is_a_debian_package_name():
    names = listed_names()
    assert len(names) == len(set(names)), "a package is listed twice"
    bad = [name for name in names if not re.fullmatch(r"[a-z0-9][a-z0-9+.-]+", name)]
    assert bad == [], f"not Debian package names: {bad}"
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "python3-venv", "fonts-dejavu-core",
            "fonts-noto-cjk"} <= set(names)
    packages = preflight.runtime_packages()
    assert set(packages.values()) <= set(names)
    assert all(re.fullmatch(r"lib[\w+.-]+\.so\.\d+", soname) for soname in packages), "a soname is malformed"
    for line in APT_LIST.read_text(encoding="utf-8").splitlines():
        assert not line.strip() or line.startswith("#") or ":" in line.split("#", 1)[0], f"no ':' in {line!r}"


def dpkg_base_packages() -> set[str]:
    """Installed packages every Debian has: Priority required or Essential, and everything they depend on."""
    fields = "${Package}\t${Priority}\t${Essential}\t${Pre-Depends}, ${Depends}\t${Provides}\n"
    out = subprocess.run(["dpkg-query", "-W", "-f", fields], capture_output=True, text=True, check=True).stdout
    depends, provided = {}, {}
    roots = []
    for line in out.splitlines():
        name, priority, essential, deps, provides = line.split("\t")
        depends[name] = deps
        for virtual in filter(None, (p.strip().split(" ")[0] for p in provides.split(","))):
            provided.setdefault(virtual, []).append(name)
        if priority == "required" or essential == "yes":
            roots.append(name)
    seen: set[str] = set()
    while roots:
        name = roots.pop()
        if name in seen:
            continue
        seen.add(name)
        for dep in filter(None, (d.strip() for d in depends[name].split(","))):
            for alternative in (a.strip().split(" ")[0].split(":")[0] for a in dep.split("|")):
                if alternative in depends or alternative in provided:
                    roots += [alternative] if alternative in depends else provided[alternative]
                    break
    return seen


def owners(paths: list[str]) -> dict[str, str]:
    """path -> the installed package that holds it (dpkg -S; /lib is /usr/lib on merged-/usr systems)."""
    asked = {p: [p, "/usr" + p if p.startswith("/lib/") else p, os.path.realpath(p)] for p in paths}
    out = subprocess.run(["dpkg-query", "-S", *{c for cs in asked.values() for c in cs}],
                         capture_output=True, text=True, check=False).stdout
    holder = {}
    for line in out.splitlines():
        package, _, path = line.partition(": ")
        holder[path.strip()] = package.split(",")[0].split(":")[0].strip()
    return {p: next((holder[c] for c in cs if c in holder), "") for p, cs in asked.items()}


@linux_only
def test_every_library_the_real_xcb_plugin_needs_is_listed_or_always_there():
    plugin = xcb_plugin()
    if not shutil.which("dpkg-query"):
        pytest.skip("not a Debian-based system: no dpkg to say which package holds a library")
    packages = preflight.runtime_packages()
    listed = set(listed_names())
    pyside = str(plugin.parents[3])  # .../PySide6: Qt's own libraries come with it
    needed = [(name, where) for name, where in ldd(plugin) if not where.startswith(pyside)]
    assert needed, "ldd listed nothing"
    unlisted = [(name, where) for name, where in needed if name not in packages]
    assert [name for name, where in unlisted if where == "not found"] == [], "missing and not in the list"
    holders = owners([where for _, where in unlisted])
    base = dpkg_base_packages()
    assert {"libc6", "libstdc++6", "zlib1g"} <= base  # the computation itself
    stray = [(name, holders[where] or where) for name, where in unlisted if holders[where] not in listed | base]
    assert stray == [], "needed by libqxcb.so, in no listed package and not always installed"


@linux_only
def test_listed_sonames_are_in_their_installed_packages():
    if not shutil.which("dpkg-query"):
        pytest.skip("not a Debian-based system")
    by_package: dict[str, list[str]] = {}
    for soname, package in preflight.runtime_packages().items():
        by_package.setdefault(package, []).append(soname)
    wrong = []
    for package, sonames in by_package.items():
        files = subprocess.run(["dpkg-query", "-L", package], capture_output=True, text=True, check=False)
        if files.returncode != 0:
            continue  # not installed here (e.g. the wayland libraries on an X11-only machine)
        names = {Path(f).name for f in files.stdout.splitlines()}
        wrong += [f"{package}: {soname}" for soname in sonames if soname not in names]
    assert wrong == [], "a listed library is not in the package named for it"


# --- a library really missing: the app in a mount namespace where libxcb-cursor is hidden ------------------------

HIDE = """set -e
mkdir "$tmp/orig" "$tmp/view"
mount --bind "$libdir" "$tmp/orig"
ln -s "$tmp"/orig/* "$tmp/view/"
rm -f "$tmp"/view/libxcb-cursor*
mount --bind "$tmp/view" "$libdir"
exec "$@"
"""


def run_without_xcb_cursor(tmp_path: Path, *command: str) -> subprocess.CompletedProcess:
    """`command` with DISPLAY and the xcb platform, where libxcb-cursor.so.0 cannot be found."""
    where = dict(ldd(xcb_plugin())).get("libxcb-cursor.so.0")
    assert where is not None, "libqxcb.so no longer needs libxcb-cursor.so.0: choose another library to hide"
    env = {**os.environ, "DISPLAY": ":99", "QT_QPA_PLATFORM": "xcb"}
    if where == "not found":  # already missing here: nothing to hide
        return subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False)
    if not shutil.which("unshare"):
        pytest.skip("cannot hide a library: no unshare command to make a private mount namespace")
    probe = subprocess.run(["unshare", "-rm", "mount", "-t", "tmpfs", "none", str(tmp_path)],
                           capture_output=True, text=True, timeout=30, check=False)
    if probe.returncode != 0:
        pytest.skip(f"cannot hide a library: user and mount namespaces are not allowed here ({probe.stderr.strip()})")
    scratch = tmp_path / "namespace"
    scratch.mkdir()
    env.update(tmp=str(scratch), libdir=os.path.realpath(os.path.dirname(where)))
    return subprocess.run(["unshare", "-rm", "sh", "-c", HIDE, "sh", *command], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120, check=False)


def assert_reported_without_abort(done: subprocess.CompletedProcess) -> None:
    assert done.returncode == 1, done.stderr
    assert "Fatal Python error" not in done.stderr and "Traceback" not in done.stderr
    assert "Could not load the Qt platform plugin" not in done.stderr  # Qt was never asked
    assert "libxcb-cursor.so.0 (package libxcb-cursor0)" in done.stderr
    assert re.search(r"sudo apt-get install [\w .+-]*\blibxcb-cursor0\b", done.stderr), done.stderr


@linux_only
def test_a_missing_library_stops_the_window_start_with_a_message(tmp_path):
    data = tmp_path / "data"
    done = run_without_xcb_cursor(tmp_path, sys.executable, "-m", "desktop", "--data-dir", str(data))
    assert_reported_without_abort(done)
    assert done.stderr.startswith("chiplens: ChipLens cannot open its window: the Qt platform plugin 'xcb' needs")
    log = (data / "logs" / "chiplens.log").read_text(encoding="utf-8")
    assert "ERROR" in log and "libxcb-cursor.so.0 (package libxcb-cursor0)" in log
    assert not (data / "chiplens.sqlite").exists()  # stopped before the store was opened


@linux_only
def test_a_startup_error_is_not_shown_in_a_dialog_qt_cannot_open(tmp_path):
    script = "import sys; from desktop.startup import preflight; sys.exit(preflight.report('bundled file missing', gui=True))"
    done = run_without_xcb_cursor(tmp_path, sys.executable, "-c", script)
    assert done.returncode == 1, done.stderr
    assert done.stderr == "chiplens: bundled file missing\n"  # stderr only: no Qt abort, no QApplication

"""Checks made before anything heavy starts, each turning a would-be crash into a clear message.

- a damaged installation: a bundled file the app cannot run without (seed data, the Alembic
  environment and revisions) was deleted, e.g. by a cleanup tool or a half-finished copy;
- no display on Linux: without DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM, Qt prints "could not
  connect to display" and aborts the process (a core dump, exit 134);
- a system library missing on Linux: Qt's xcb or wayland platform plugin cannot load, and Qt aborts
  ("Could not load the Qt platform plugin", "Fatal Python error: Aborted"); the message names the
  libraries and the Debian packages to install (resources/apt-runtime.txt).

Plain file checks and one library load (ldd only when it fails), no Qt import: cheap enough for every start.
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path


def _package_dir(module_name: str) -> Path:
    """The folder of a package, frozen or not (PyInstaller sets __file__ inside the bundle folder)."""
    module = sys.modules.get(module_name) or __import__(module_name, fromlist=["_"])
    return Path(module.__file__).resolve().parent


def missing_bundled_files(resources_dir: Path | None = None, migrations_dir: Path | None = None) -> list[str]:
    """The required bundled files that are absent, as paths relative to the install (empty: all there)."""
    import resources
    from db.api.store import KNOWN_REVISIONS
    res = resources_dir or _package_dir("resources")
    mig = migrations_dir or _package_dir("db.migrations")
    missing = [f"resources/seed/{name}" for name in resources.SEED_FILES if not (res / "seed" / name).is_file()]
    missing += [f"db/migrations/{name}" for name in ("env.py", "script.py.mako") if not (mig / name).is_file()]
    try:  # one listing (a glob per revision compiles a pattern each: a few ms of every start)
        scripts = {name.split("_", 1)[0] for name in os.listdir(mig / "versions") if name.endswith(".py")}
    except OSError:
        scripts = set()
    missing += [f"db/migrations/versions/{rev}_*.py" for rev in KNOWN_REVISIONS if rev not in scripts]
    return missing


def damaged_install_message(missing: list[str]) -> str:
    where = Path(sys.executable).resolve().parent if getattr(sys, "frozen", False) else _package_dir("desktop").parent
    shown = "\n".join(f"  {name}" for name in missing[:8]) + ("\n  …" if len(missing) > 8 else "")
    return ("ChipLens cannot start: its installation is damaged. These bundled files are missing:\n"
            f"{shown}\n\nReinstall ChipLens (or unpack the portable archive again). Your data — the database, "
            f"notes and backups — is kept in a separate folder and is not affected.\n\nInstallation: {where}")


def display_problem(environ: dict | None = None, platform: str | None = None) -> str | None:
    """Why the window cannot open here (Linux without any display), or None."""
    env = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return None
    if env.get("QT_QPA_PLATFORM") or env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return ("ChipLens cannot open its window: no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
            "Start it from a desktop session, or over SSH with X forwarding (ssh -X). Without a display, the "
            "command-line commands work: see `chiplens --help` (e.g. `chiplens compare 910c h100`, "
            "`chiplens export compare 910c h100 -o chart.png`).")


CHECKED_PLATFORMS = ("xcb", "wayland")  # the platform plugins that need system libraries
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)
_CANNOT_LOAD = re.compile(r"error while loading shared libraries: ([^\s:]+):")
_CANNOT_OPEN = re.compile(r"([^\s:/]+\.so[.\d]*): cannot open shared object file")


def platform_candidates(environ: dict | None = None) -> list[str]:
    """The platform plugins Qt will try, in order: QT_QPA_PLATFORM's names, else wayland (in a Wayland
    session) then xcb. Arguments after ':' are dropped."""
    env = os.environ if environ is None else environ
    names = [part.split(":", 1)[0].strip() for part in env.get("QT_QPA_PLATFORM", "").split(";")]
    if names := [name for name in names if name]:
        return names
    if env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland":
        return ["wayland", "xcb"]
    return ["xcb"]


def platform_plugin_file(name: str) -> Path | None:
    """PySide6's libq<name>.so, found without importing Qt (the frozen build keeps PySide6/Qt/plugins)."""
    import importlib.util
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        package = Path(next(iter(spec.submodule_search_locations)))
    elif getattr(sys, "frozen", False):
        package = Path(sys._MEIPASS) / "PySide6"
    else:
        return None
    path = package / "Qt" / "plugins" / "platforms" / f"libq{name}.so"
    return path if path.is_file() else None


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries ldd (or the dynamic loader) reports missing, each once, in order."""
    found = [(m.start(), m.group(1)) for pattern in (_NOT_FOUND, _CANNOT_LOAD, _CANNOT_OPEN)
             for m in pattern.finditer(ldd_output)]
    return list(dict.fromkeys(name for _, name in sorted(found)))


def runtime_packages(text: str | None = None) -> dict[str, str]:
    """soname -> Debian package, from resources/apt-runtime.txt."""
    if text is None:
        from importlib import resources
        text = resources.files("resources").joinpath("apt-runtime.txt").read_text(encoding="utf-8")
    packages = {}
    for line in text.splitlines():
        package, _, sonames = line.split("#", 1)[0].partition(":")
        for soname in sonames.split():
            packages[soname] = package.strip()
    return packages


def missing_libraries_message(plugin: str, missing: list[str], packages: dict[str, str]) -> str:
    """What to tell the user: the libraries, their packages where known, and the command to install them."""
    named = ", ".join(f"{lib} (package {packages[lib]})" if lib in packages else lib for lib in missing)
    install = list(dict.fromkeys(packages[lib] for lib in missing if lib in packages))
    how = (f"Install them with:\n  sudo apt-get install {' '.join(install)}" if install
           else "Install them with your system's package manager.")
    return (f"ChipLens cannot open its window: the Qt platform plugin '{plugin}' needs libraries that are "
            f"not installed: {named}.\n{how}")


def _unloadable(path: Path) -> str | None:
    """None when the plugin and every library it needs load; else the loader's error."""
    import ctypes
    try:
        ctypes.CDLL(str(path), mode=os.RTLD_LAZY)  # the libraries Qt is about to load anyway
    except OSError as exc:
        return str(exc)
    return None


def _plugin_problem(name: str, path: Path) -> str | None:
    error = _unloadable(path)
    if error is None:
        return None
    import shutil
    import subprocess
    output = ""
    if shutil.which("ldd"):
        try:
            done = subprocess.run(["ldd", str(path)], capture_output=True, text=True, timeout=30, check=False)
            output = done.stdout + done.stderr
        except (OSError, subprocess.SubprocessError):
            pass
    missing = missing_libraries(output) or missing_libraries(error)
    if not missing:  # present but unusable (a wrong version, a damaged file): the loader's own words
        return f"ChipLens cannot open its window: the Qt platform plugin '{name}' cannot be loaded: {error}"
    return missing_libraries_message(name, missing, runtime_packages() if shutil.which("apt-get") else {})


def platform_plugin_problem(environ: dict | None = None, platform: str | None = None) -> str | None:
    """Why Qt's platform plugin would fail to load here (Linux, xcb or wayland), or None. Qt falls back
    to the next plugin of its list: only when every one fails is the first one's problem returned."""
    if not (platform or sys.platform).startswith("linux"):
        return None
    problems = []
    for name in platform_candidates(environ):
        path = platform_plugin_file(name) if name in CHECKED_PLATFORMS else None
        if path is None:  # offscreen, minimal...: no system libraries to check; a missing file: Qt says so
            return None
        if (problem := _plugin_problem(name, path)) is None:
            return None
        problems.append(problem)
    return problems[0] if problems else None


COMMANDS = frozenset({"list", "compare", "export", "events", "notes", "db", "import", "report"})


def startup_check(argv: list[str]) -> int | None:
    """Called first by desktop.app.main: None to go on, or the exit code after telling the user.
    --version and --help always work; a window start (no command) also gets a dialog."""
    if {"--version", "-h", "--help"} & set(argv):
        return None
    missing = missing_bundled_files()
    if not missing:
        return None
    return report(damaged_install_message(missing), gui=not COMMANDS & set(argv))


def report(message: str, gui: bool) -> int:
    """Tell the user (stderr always; a dialog too when a window can be shown) and return the exit code 1."""
    sys.stderr.write(f"chiplens: {message}\n")
    if (gui and display_problem() is None and os.environ.get("QT_QPA_PLATFORM") not in ("offscreen", "minimal")
            and platform_plugin_problem() is None):  # Qt would abort on a missing library: stderr only
        from PySide6.QtWidgets import QApplication, QMessageBox
        app = QApplication.instance() or QApplication(sys.argv[:1] or ["chiplens"])  # noqa: F841
        QMessageBox.critical(None, "ChipLens", message)
    return 1

"""Checks made before anything heavy starts, each turning a would-be crash into a clear message.

- a damaged installation: a bundled file the app cannot run without (seed data, the Alembic
  environment and revisions) was deleted, e.g. by a cleanup tool or a half-finished copy;
- no display on Linux: without DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM, Qt prints "could not
  connect to display" and aborts the process (a core dump, exit 134).

Plain file checks, no Qt import: cheap enough for every start.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path


def _package_dir(module_name: str) -> Path:
    """The folder of a package, frozen or not (PyInstaller sets __file__ inside the bundle folder)."""
    module = sys.modules.get(module_name) or __import__(module_name, fromlist=["_"])
    return Path(module.__file__).resolve().parent


def missing_bundled_files(resources_dir: Path | None = None, migrations_dir: Path | None = None) -> list[str]:
    """The required bundled files that are absent, as paths relative to the install (empty: all there)."""
    import resources
    from db.migrations import KNOWN_REVISIONS
    res = resources_dir or _package_dir("resources")
    mig = migrations_dir or _package_dir("db.migrations")
    missing = [f"resources/seed/{name}" for name in resources.SEED_FILES if not (res / "seed" / name).is_file()]
    missing += [f"db/migrations/{name}" for name in ("env.py", "script.py.mako") if not (mig / name).is_file()]
    versions = mig / "versions"
    missing += [f"db/migrations/versions/{rev}_*.py" for rev in KNOWN_REVISIONS
                if not any(versions.glob(f"{rev}_*.py"))]
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
    if gui and display_problem() is None and os.environ.get("QT_QPA_PLATFORM") not in ("offscreen", "minimal"):
        from PySide6.QtWidgets import QApplication, QMessageBox
        app = QApplication.instance() or QApplication(sys.argv[:1] or ["chiplens"])  # noqa: F841
        QMessageBox.critical(None, "ChipLens", message)
    return 1

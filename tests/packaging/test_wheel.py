"""The built wheel carries what the app needs at run time: Alembic scripts and seed data."""
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_ships_migrations_and_seed_data(tmp_path):
    src = tmp_path / "src"  # build from a copy: the build leaves files behind in its source tree
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "build")
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for package in ("db", "desktop", "resources"):
        shutil.copytree(ROOT / package, src / package, ignore=ignore)
    out = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(src)],
                         capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    wheel = next(tmp_path.glob("chiplens-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"db/migrations/env.py", "db/migrations/script.py.mako", "db/migrations/versions/0001_initial_schema.py",
            "resources/seed/metrics.json", "resources/seed/devices.json", "resources/seed/values.json",
            "resources/seed/sources.json", "desktop/app.py"} <= names
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "chiplens = desktop.app:run" in zipfile.ZipFile(wheel).read(entry).decode()

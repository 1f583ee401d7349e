"""Layer contracts (import-linter, declared in pyproject.toml): db/ has no Qt, desktop/ has no SQLAlchemy
or Alembic, the presentation layer has no Qt."""
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONTRACTS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]


def test_import_contracts_hold():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    result = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(CONTRACTS)} kept, 0 broken" in result.stdout


def test_gui_start_path_does_not_import_sqlalchemy_or_pyqtgraph():
    code = ("import sys, os; os.environ['QT_QPA_PLATFORM']='offscreen';"
            "from desktop import main_window, store; from db import api;"
            "print(sorted(m for m in ('sqlalchemy','alembic','pyqtgraph') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"

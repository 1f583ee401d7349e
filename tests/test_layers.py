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


def test_the_desktop_contract_names_every_db_module_but_the_public_ones():
    """A new db module is private to db/ until it is listed: the contract must forbid it to desktop/."""
    contract = next(c for c in CONTRACTS if c["name"].startswith("desktop reaches the data layer only through"))
    public = {"db.api", "db.dto", "db.errors"}
    modules = {f"db.{p.stem}" for p in (ROOT / "db").glob("*.py") if p.stem != "__init__"}
    modules |= {f"db.{p.parent.name}" for p in (ROOT / "db").glob("*/__init__.py")}
    assert set(contract["forbidden_modules"]) == modules - public


def test_no_module_is_longer_than_500_lines():
    """Small modules: each one a concern a reader can hold in mind (Alembic's revisions are generated)."""
    long = {str(p.relative_to(ROOT)): n for top in ("db", "desktop") for p in (ROOT / top).rglob("*.py")
            if "versions" not in p.parts and (n := len(p.read_text(encoding="utf-8").splitlines())) > 500}
    assert long == {}

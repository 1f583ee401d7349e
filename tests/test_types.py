"""The data layer passes its strict type check ([tool.mypy] in pyproject.toml)."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_db_passes_the_strict_type_check():
    result = subprocess.run([sys.executable, "-m", "mypy", "db"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout

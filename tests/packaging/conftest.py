"""The built artifact's tests (marker `frozen`) need `python packaging/build.py` first; they run when
CHIPLENS_FROZEN_DIST names the dist folder (.ci/run sets it) and are skipped otherwise, so that the
normal test command stays quick."""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

ENV = "CHIPLENS_FROZEN_DIST"


def pytest_collection_modifyitems(config, items):
    if os.environ.get(ENV):
        return
    skip = pytest.mark.skip(reason=f"frozen build not requested: run python packaging/build.py, then set {ENV}=dist")
    for item in items:
        if "frozen" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def dist() -> Path:
    folder = Path(os.environ[ENV]).resolve()
    if not (folder / "chiplens" / "chiplens").is_file():
        pytest.fail(f"{ENV}={folder} holds no frozen build (dist/chiplens/chiplens): run python packaging/build.py")
    return folder


def load_packaging_module(name: str):
    """packaging/NAME.py as module `chiplens_packaging_NAME` (packaging/ is not a package; `build` would
    clash with PyPA's build)."""
    full = f"chiplens_packaging_{name}"
    if full not in sys.modules:
        path = Path(__file__).resolve().parents[2] / "packaging" / f"{name}.py"
        spec = importlib.util.spec_from_file_location(full, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[full] = module
        spec.loader.exec_module(module)
    return sys.modules[full]

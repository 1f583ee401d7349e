"""Hermetic tests: offscreen Qt, a temporary data folder per test, the real home off limits."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt loads
os.environ["CHIPLENS_TESTING"] = "1"
os.environ.pop("CHIPLENS_DATA_DIR", None)
# English whatever this machine's locale: the command line's messages and the window's default language follow
# LANGUAGE, LC_ALL, LC_MESSAGES and LANG. A test about another language sets them itself or passes --lang.
os.environ["LANGUAGE"] = "en"
os.environ["LANG"] = "C.UTF-8"
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)
os.environ.pop("CHIPLENS_I18N_DIR", None)

import pytest
from tests_support import SeedCounts

from db import api


@pytest.fixture(autouse=True)
def _english_dates():
    """The dates' language is one setting of the process (each Store sets it): every test starts in English."""
    from desktop.present import dates
    dates.set_language("en")
    yield
    dates.set_language("en")


@pytest.fixture(scope="session")
def seed() -> SeedCounts:
    return SeedCounts()


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory) -> Path:
    """One freshly created and seeded store, copied for each test (seeding takes most of a second)."""
    path = tmp_path_factory.mktemp("template") / api.DB_FILENAME
    api.open_store(path)
    return path


@pytest.fixture
def data_dir(tmp_path, seeded_template, monkeypatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(seeded_template, folder / api.DB_FILENAME)
    monkeypatch.setenv("CHIPLENS_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db_path(data_dir) -> Path:
    return data_dir / api.DB_FILENAME


@pytest.fixture
def reap():
    """`with reap(proc):` around a child process's part of a test: however the block ends, the child is not
    left running and its pipes are closed."""
    from contextlib import contextmanager

    @contextmanager
    def reaping(proc):
        try:
            yield proc
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
            for pipe in (proc.stdout, proc.stderr):
                if pipe is not None:
                    pipe.close()
    return reaping


# A test skipped for a missing file or tool ("missing: …" in its reason) tests nothing; in CI that fails the run.
_missing: list[str] = []


def pytest_runtest_logreport(report):
    if report.skipped and isinstance(report.longrepr, tuple) and "missing:" in report.longrepr[2]:
        _missing.append(f"{report.nodeid}: {report.longrepr[2]}")


def pytest_sessionfinish(session, exitstatus):
    if _missing and os.environ.get("CI") and exitstatus == 0:
        session.exitstatus = 1


def pytest_terminal_summary(terminalreporter):
    if _missing and os.environ.get("CI"):
        terminalreporter.write_line("CI: tests were skipped for a missing file or tool (install it):", red=True)
        for line in _missing:
            terminalreporter.write_line(f"  {line}", red=True)

"""The compiled data-class methods kept between runs: the same classes, compiled once, any bad file ignored."""
from __future__ import annotations

import dataclasses
import os
import subprocess
import sys

import pytest

from desktop import paths
from desktop.startup import code_cache


@pytest.fixture
def cache(tmp_path):
    code_cache.uninstall()
    code_cache.install(tmp_path)
    yield tmp_path
    code_cache.uninstall()


def make_class():
    @dataclasses.dataclass(frozen=True)
    class Figure:
        metric: str
        value: float | None = None
        sources: tuple[str, ...] = ()
    return Figure


def behaves(cls) -> None:
    a = cls("tpp", 2368.0, ("bis",))
    assert a == cls("tpp", 2368.0, ("bis",)) and hash(a) == hash(cls("tpp", 2368.0, ("bis",)))
    assert repr(a).endswith("Figure(metric='tpp', value=2368.0, sources=('bis',))")
    assert dataclasses.replace(a, value=None).value is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.value = 1.0  # type: ignore[misc]


def test_a_class_compiled_once_is_served_from_the_file_on_the_next_run(cache):
    behaves(make_class())
    assert code_cache._state["new"] > 0
    code_cache.save()
    files = list(cache.iterdir())
    assert [f.name for f in files] == [code_cache.cache_file(cache).name]
    code_cache.uninstall()
    code_cache.install(cache)  # the next run
    behaves(make_class())
    assert code_cache._state["new"] == 0  # nothing compiled again
    code_cache.save()
    assert list(cache.iterdir()) == files  # and nothing to write


@pytest.mark.parametrize("content", [b"", b"\x00garbage", b"\xe9" * 40])
def test_a_damaged_cache_file_is_ignored_and_replaced(tmp_path, content):
    code_cache.uninstall()
    code_cache.cache_file(tmp_path).write_bytes(content)
    try:
        code_cache.install(tmp_path)
        behaves(make_class())
        code_cache.save()
        code_cache.uninstall()
        code_cache.install(tmp_path)
        behaves(make_class())
        assert code_cache._state["new"] == 0
    finally:
        code_cache.uninstall()


def test_an_unwritable_cache_folder_changes_nothing(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    code_cache.uninstall()
    try:
        code_cache.install(blocked / "cache")
        behaves(make_class())
        code_cache.save()  # cannot write: quietly left
    finally:
        code_cache.uninstall()
    assert blocked.read_text() == "not a folder"


def test_the_command_line_reads_the_same_with_and_without_the_cache(tmp_path, data_dir):
    env = {**os.environ, "CHIPLENS_CACHE_DIR": str(tmp_path / "cache")}

    def compare():
        out = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "compare", "910c", "h100"],
                             env=env, capture_output=True, text=True, check=True)
        return out.stdout
    first = compare()
    assert code_cache.cache_file(tmp_path / "cache").is_file()
    assert compare() == first
    env.pop("CHIPLENS_CACHE_DIR")
    assert compare() == first  # the test suite's own runs: no cache at all


def test_the_cache_folder_follows_the_platform():
    assert paths.cache_dir({"HOME": "/h"}, "linux") == paths.Path("/h/.cache/chiplens")
    assert paths.cache_dir({"HOME": "/h", "XDG_CACHE_HOME": "/x"}, "linux") == paths.Path("/x/chiplens")
    assert paths.cache_dir({"HOME": "/h", "XDG_CACHE_HOME": "relative"}, "linux") == paths.Path("/h/.cache/chiplens")
    assert paths.cache_dir({"HOME": "/h"}, "darwin") == paths.Path("/h/Library/Caches/ChipLens")
    assert paths.cache_dir({"LOCALAPPDATA": "C:/L"}, "win32") == paths.Path("C:/L/ChipLens/Cache")
    assert paths.cache_dir({"CHIPLENS_TESTING": "1"}) is None  # never the real home from the tests
    assert paths.cache_dir({"CHIPLENS_TESTING": "1", "CHIPLENS_CACHE_DIR": "/c"}) == paths.Path("/c")


def test_runs_that_make_different_classes_share_the_file(tmp_path):
    """A window start and a command load different classes: neither pushes the other's out of the file."""
    def other_class():
        @dataclasses.dataclass(frozen=True)
        class Note:
            uid: str
            body: str = ""
        return Note
    code_cache.uninstall()
    try:
        code_cache.install(tmp_path)
        behaves(make_class())  # 'the window'
        code_cache.save()
        code_cache.uninstall()
        code_cache.install(tmp_path)
        other_class()("n1")  # 'a command': a class the file did not have
        code_cache.save()
        code_cache.uninstall()
        code_cache.install(tmp_path)
        behaves(make_class())
        other_class()("n2")
        assert code_cache._state["new"] == 0  # both served from the file
    finally:
        code_cache.uninstall()

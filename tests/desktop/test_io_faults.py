"""I/O failures injected into the real process (libfiu's POSIX preload, `fiu-run -x`) while the command line saves
notes, imports, backs up and exports: never a traceback, never a store failing its check, never a note reported
saved and then missing, never a partial export left behind.

Each run is `fiu-run -x python tests/desktop/fiu_wrapper.py SEED WINDOW chiplens-arguments` on a fresh copy of
one store: the wrapper fails one of the file-system calls (open, read, write, fsync, rename, unlink...) of WINDOW
(the first N, or those from START to END) with ENOSPC, EIO, EACCES or EROFS, and maybe the calls after it, all
drawn from SEED; a failing run prints the command that replays it. CHIPLENS_FAULT_SEED changes the first seed
(default 2100). Where the command's calls are counted first (a run without faults), the runs' windows split that
count evenly, so that the first failure falls once in every stretch of the command, its last calls included.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest
from tests_support import private_fontconfig

from db import api
from db.recovery import check_database

ROOT = Path(__file__).resolve().parents[2]
WRAPPER = Path(__file__).with_name("fiu_wrapper.py")
FIU_RUN = shutil.which("fiu-run")
FIRST_SEED = int(os.environ.get("CHIPLENS_FAULT_SEED", "2100"))
WORKERS = max(2, min(4, os.cpu_count() or 2))

pytestmark = [pytest.mark.faults,
              pytest.mark.skipif(FIU_RUN is None, reason="fiu-run is not installed (Debian package fiu-utils, "
                                                          "listed in packaging/apt-test.txt)")]

NOTES = {"Ascend supply": "# Yields\n\nSMIC N+2 yields, as reported — 良率 about 30%.\n",
         "Export rules": "The October 2023 rule: TPP ≥ 4800.\n\n- H20\n- 910B\n",
         "Empty body": ""}
NEW_BODY = "# Pick me\n\nA note saved under faults: 華為 Ascend, *α β γ*.\n"
EDITED = "Edited under faults: the TPP threshold ≥ 4800, 性能密度 5.92.\n"
USER_WATTS = 777.0  # the user figure the test's CSV and pack carry (H100's power): a number no seed holds


@dataclass(frozen=True)
class Run:
    seed: int
    window: int | str  # N, or "START:END"
    argv: list[str]
    code: int
    out: str
    err: str
    folder: Path
    template: Path

    @property
    def calls(self) -> int:
        """The file-system calls the command made while the faults were on (failed or not)."""
        last = self.err.rstrip().rsplit("\n", 1)[-1]
        return int(last.split(" calls", 1)[0].rsplit(" ", 1)[1])

    @property
    def injected(self) -> int:
        last = self.err.rstrip().rsplit("\n", 1)[-1]
        assert last.startswith("fiu: "), f"the wrapper did not finish: {self.replay()}\n{self.err[-2000:]}"
        return int(last.split()[1])

    def failed(self, point: str) -> bool:
        """Whether a failure was injected at this point (e.g. posix/io/dir/unlink)."""
        last = self.err.rstrip().rsplit("\n", 1)[-1]
        counts = last.partition("; by point: ")[2]
        return any(item.split()[0] == point for item in counts.split(", ") if item)

    def replay(self) -> str:
        return (f"seed {self.seed}, exit {self.code}; replay: cp -r {self.template}/data DATA && fiu-run -x -f '' "
                f"{sys.executable} {WRAPPER} {self.seed} {self.window} " + " ".join(self.argv))


@pytest.fixture(scope="module")
def template(tmp_path_factory, seeded_template) -> Path:
    """A data folder with a seeded store and a few notes (one of them exported as Markdown, to be edited and
    imported back), the test's CSV of one user figure, and a data pack exported from a store holding it."""
    root = tmp_path_factory.mktemp("faults")
    data = root / "data"
    data.mkdir()
    shutil.copy(seeded_template, data / api.DB_FILENAME)
    db_path = data / api.DB_FILENAME
    uids = {title: api.create_note(db_path, title, body, tags=["faults"])[0] for title, body in NOTES.items()}
    edit = root / "edit"
    exported = api.export_notes(db_path, edit, [uids["Export rules"]])
    exported[0].write_text(exported[0].read_text(encoding="utf-8").replace(NOTES["Export rules"], EDITED),
                           encoding="utf-8")
    (root / "body.md").write_text(NEW_BODY, encoding="utf-8")
    (root / "figure.csv").write_text(f"device,metric,value,unit\nh100,power,{USER_WATTS:g},W\n", encoding="utf-8")
    packed = root / "pack-store"
    packed.mkdir()
    shutil.copy(db_path, packed / api.DB_FILENAME)
    assert chiplens(packed, "import", str(root / "figure.csv")).returncode == 0
    assert chiplens(packed, "export", "data", "-o", str(root / "pack.json")).returncode == 0
    (root / "uids.txt").write_text("\n".join(f"{uid}\t{title}" for title, uid in uids.items()), encoding="utf-8")
    return root


def chiplens(data: Path, *argv: str) -> subprocess.CompletedProcess:
    """The command line without faults."""
    return subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data), *argv], capture_output=True,
                          text=True, env=_env(), cwd=ROOT, timeout=120)


def _env() -> dict[str, str]:
    import tempfile
    fonts = Path(tempfile.gettempdir()) / f"chiplens-fault-fontconfig-{os.getuid()}"
    return dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", **private_fontconfig(fonts))


def uids(template: Path) -> dict[str, str]:
    return dict(line.split("\t")[::-1] for line in (template / "uids.txt").read_text(encoding="utf-8").splitlines())


def run_under_faults(template: Path, work: Path, seed: int, window: int | str,
                     argv: Callable[[Path, Path], list[str]]) -> Run:
    folder = work / str(seed)
    data = folder / "data"
    shutil.copytree(template / "data", data)
    args = argv(template, folder)
    proc = subprocess.run([FIU_RUN, "-x", "-f", "", sys.executable, str(WRAPPER), str(seed), str(window),
                           "--data-dir", str(data), *args], capture_output=True, text=True, errors="replace",
                          env=_env(), cwd=ROOT, timeout=300)  # Fontconfig may print the bytes of a failed read
    return Run(seed, window, ["--data-dir", "DATA", *args], proc.returncode, proc.stdout, proc.stderr, folder, template)


def many(template: Path, work: Path, count: int, window: int, argv: Callable[[Path, Path], list[str]]) -> list[Run]:
    seeds = range(FIRST_SEED, FIRST_SEED + count)
    with ThreadPoolExecutor(WORKERS) as pool:
        return list(pool.map(lambda s: run_under_faults(template, work, s, window, argv), seeds))


def spread(template: Path, work: Path, count: int, argv: Callable[[Path, Path], list[str]]) -> tuple[Run, list[Run]]:
    """A run without faults that counts the command's calls, then `count` runs whose first failures cover all of
    them: run i fails first on one of the calls of the i-th of `count` equal stretches (a few calls more or less
    from one run to the next move the stretches, not the coverage)."""
    clean = run_under_faults(template, work / "clean", 0, NO_FAULT, argv)
    assert clean.code == 0 and not clean.injected, f"{clean.replay()}\n{clean.err[-3000:]}"
    calls = clean.calls
    windows = [f"{calls * i // count}:{max(calls * (i + 1) // count, calls * i // count + 1)}" for i in range(count)]
    with ThreadPoolExecutor(WORKERS) as pool:
        runs = list(pool.map(lambda i: run_under_faults(template, work, FIRST_SEED + i, windows[i], argv),
                             range(count)))
    return clean, runs


def check_run(run: Run) -> None:
    """What every run must show, whatever failed: a clear message and exit 1 (2 for an unreadable input file),
    no traceback, and a store that passes `chiplens db check` once the faults are off."""
    where = run.replay()
    assert "Traceback" not in run.err, f"{where}\n{run.err[-3000:]}"
    assert run.code in (0, 1, 2), f"{where}\n{run.err[-3000:]}"
    run.injected  # noqa: B018  (asserts that the wrapper got to the end)
    if run.code:
        assert run.err.count("\n") > 1, f"no message: {where}\n{run.err}"  # a message, and the fiu line
    report = check_database(run.folder / "data" / api.DB_FILENAME)
    assert report.ok, f"the store fails its check after {where}: {report.problems}\n{run.err[-3000:]}"


def check_some_failed(runs: list[Run]) -> None:
    """The faults did hit: some runs were refused with a message, and some went through."""
    assert any(r.injected and r.code for r in runs), [r.err[-300:] for r in runs[:3]]
    assert any(r.code == 0 for r in runs), [r.err[-300:] for r in runs[:3]]


def _values(db: Path, number: float) -> int:
    with sqlite3.connect(db) as c:
        found = c.execute("SELECT count(*) FROM spec_value WHERE value_num = ?", (number,)).fetchone()[0]
    c.close()
    return int(found)


def test_notes_added_under_faults_are_saved_or_refused(template, tmp_path):
    runs = many(template, tmp_path, 40, 450, lambda t, f: ["notes", "add", "--title", "Under faults",
                                                            "--body-file", str(t / "body.md"), "--tag", "fiu"])
    for run in runs:
        check_run(run)
        db = run.folder / "data" / api.DB_FILENAME
        for title, uid in uids(template).items():  # notes saved before are never touched
            assert api.get_note(db, uid).body == NOTES[title], run.replay()
        added = api.list_notes(db, tag="fiu")
        if run.code == 0:  # reported saved: its uid printed, its text readable
            uid = run.out.strip()
            note = api.get_note(db, uid)
            assert (note.title, note.body) == ("Under faults", NEW_BODY), run.replay()
        else:
            assert not added, f"a refused note was saved: {run.replay()}"
    check_some_failed(runs)


def test_notes_edited_by_import_under_faults_are_saved_or_unchanged(template, tmp_path):
    runs = many(template, tmp_path, 25, 800, lambda t, f: ["notes", "import", str(t / "edit")])
    uid = uids(template)["Export rules"]
    for run in runs:
        check_run(run)
        body = api.get_note(run.folder / "data" / api.DB_FILENAME, uid).body
        assert body == (EDITED if run.code == 0 else body), run.replay()
        assert body in (EDITED, NOTES["Export rules"]), f"half an edit: {body!r} {run.replay()}"
    check_some_failed(runs)


@pytest.mark.parametrize("source", ["figure.csv", "pack.json"])
def test_imports_under_faults_are_written_whole_or_not_at_all(template, tmp_path, source):
    clean, runs = spread(template, tmp_path, 20, lambda t, f: ["import", str(t / source)])
    assert _values(clean.folder / "data" / api.DB_FILENAME, USER_WATTS) == 1, clean.replay()
    for run in runs:
        check_run(run)
        held = _values(run.folder / "data" / api.DB_FILENAME, USER_WATTS)
        assert held == (1 if run.code == 0 else held) and held in (0, 1), f"{held} {run.replay()}\n{run.err}"
    assert any(r.injected and r.code for r in runs), [r.err[-300:] for r in runs[:3]]  # the faults did hit...
    assert sum(r.injected > 0 for r in runs[len(runs) // 2:]) > len(runs) // 4  # ...the import's second half too


def test_backups_under_faults_are_whole_or_not_made(template, tmp_path):
    clean, runs = spread(template, tmp_path, 30, lambda t, f: ["db", "backup"])
    for run in [clean, *runs]:
        check_run(run)
        backups = sorted((run.folder / "data" / "backups").glob("chiplens-*.sqlite"))
        if run.code == 0:
            made = Path(run.out.strip())
            assert made in backups and check_database(made).ok, run.replay()
        for backup in backups:  # a backup that exists is whole: never a half-written one under the final name
            assert check_database(backup).ok, f"{backup.name} {run.replay()}"
    check_some_failed([clean, *runs])


MAGIC = {".png": b"\x89PNG\r\n\x1a\n", ".pdf": b"%PDF-", ".svg": b"<?xml", ".json": b"{", ".csv": "\ufeff".encode()}
EXPORTS = [  # (arguments, file name, runs): every kind of export, each format at least once
    (["export", "compare", "910c", "h100"], "compare.png", 24),
    (["export", "compare", "910c", "h100", "h20", "--theme", "print"], "compare.pdf", 6),
    (["export", "timeline", "--from", "2023"], "timeline.svg", 6),
    (["export", "controls", "--on", "2025-06-01"], "controls.pdf", 5),
    (["export", "market-share"], "market.png", 5),
    (["export", "stacks"], "stacks.svg", 5),
    (["report", "910c", "h100"], "brief.pdf", 5),
    (["export", "data"], "pack.json", 6),
    (["export", "data"], "figures.csv", 6),
]
NO_FAULT = 10**9  # a window no command reaches: the run counts the calls and fails none


@pytest.mark.parametrize("argv, name, count", EXPORTS, ids=[e[1] for e in EXPORTS])
def test_exports_under_faults_are_whole_or_absent(template, tmp_path, argv, name, count):
    def args(t: Path, f: Path) -> list[str]:
        (f / "out").mkdir(parents=True, exist_ok=True)
        return [*argv, "-o", str(f / "out" / name)]
    clean = run_under_faults(template, tmp_path / "clean", 0, NO_FAULT, args)
    assert clean.code == 0 and not clean.injected, clean.replay()
    # the first failure falls on one of the calls the export really makes in two runs of three; the third
    # runs clean (the export must then go through)
    window = clean.calls * 3 // 2
    runs = many(template, tmp_path, count, window, args)
    for run in runs:
        check_run(run)
        left = sorted(p.name for p in (run.folder / "out").iterdir())
        if run.code == 0:
            assert left == [name], run.replay()
            assert (run.folder / "out" / name).read_bytes().startswith(MAGIC[Path(name).suffix]), run.replay()
        else:  # nothing under the file's name; a temporary file only if its removal was failed too
            assert name not in left, run.replay()
            assert left == [] or run.failed("posix/io/dir/unlink"), f"left behind: {left} {run.replay()}"
    if count >= 20:
        check_some_failed(runs)
    else:  # a few runs: the faults hit at least one
        assert any(r.injected and r.code for r in runs), [r.err[-300:] for r in runs]


def test_notes_exported_under_faults_are_whole(template, tmp_path):
    runs = many(template, tmp_path, 30, 300, lambda t, f: ["notes", "export", "-o", str(f / "notes")])
    for run in runs:
        check_run(run)
        written = {p.name: p.read_text(encoding="utf-8") for p in (run.folder / "notes").glob("*.md")} \
            if (run.folder / "notes").is_dir() else {}
        if run.code == 0:
            assert len(written) == len(NOTES), run.replay()
        for text in written.values():  # a file that is there is whole: front matter, then the whole body
            assert text.count("---\n") == 2 and any(text.endswith("---\n" + body) for body in NOTES.values()), \
                f"{text!r} {run.replay()}"
    check_some_failed(runs)

"""What every benchmark shares: timing a child process as a whole (waited for, never polled), alternating
the app with its baseline in one run, medians and 90th percentiles of all runs, and one table of figures
against their goals.

A figure is (name, values, unit, goal): the goal is a ceiling on the median unless `p90_goal` is given too
(then both must hold). Ratios are taken run by run against the baseline run just before, so that a slow
moment of a shared machine weighs on both sides.

Every script's figures can be written as JSON for benchmarks/run_all.py: `--json FILE` (added by `parser`), or the
environment variable CHIPLENS_BENCH_JSON (what run_all sets, so that a script that does not use `parser` takes part
too); `finish` appends its figures there, `skip` records why a script measured nothing. A script that measures
stores of several sizes takes `--notes N [N ...]` and/or `--devices N [N ...]` (`store_options`): run_all passes the
sizes of the run it makes.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


JSON_ENV = "CHIPLENS_BENCH_JSON"
_json_out: Path | None = None  # set by --json; else the environment's CHIPLENS_BENCH_JSON


class _JsonAction(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None) -> None:  # noqa: ANN001 (argparse's)
        global _json_out
        _json_out = Path(str(values))
        setattr(namespace, self.dest, _json_out)


def parser(doc: str | None, runs: int | None = 7) -> argparse.ArgumentParser:
    """A parser whose --help is the script's docstring; --runs when the script repeats runs; --json FILE."""
    p = argparse.ArgumentParser(description=(doc or "").strip(), formatter_class=argparse.RawDescriptionHelpFormatter)
    if runs is not None:
        p.add_argument("--runs", type=int, default=runs, help=f"runs of each command (default {runs})")
    p.add_argument("--json", metavar="FILE", action=_JsonAction,
                   help=f"also write the figures to FILE as JSON (as ${JSON_ENV} does; read by run_all.py)")
    return p


NOTE_COUNTS = (1_000, 100_000, 1_000_000)  # the stores of benchmarks/stores.py
DEVICE_COUNTS = (0, 2_600, 10_000)  # 0: the bundled catalog as it is


def store_options(p: argparse.ArgumentParser, notes: Sequence[int] | None = None,
                  devices: Sequence[int] | None = None) -> argparse.ArgumentParser:
    """--notes N [N ...] and/or --devices N [N ...] (0 devices: the bundled catalog), with these defaults; run_all
    passes its own sizes (no 1M store with --quick)."""
    if notes is not None:
        p.add_argument("--notes", type=int, nargs="+", default=list(notes), metavar="N",
                       help="stores of N notes each (default " + " ".join(map(str, notes)) + ")")
    if devices is not None:
        p.add_argument("--devices", type=int, nargs="+", default=list(devices), metavar="N",
                       help="stores of N devices in all, 0 for the bundled catalog (default "
                            + " ".join(map(str, devices)) + ")")
    return p


def count_label(n: int, what: str) -> str:
    """1000 -> '1k notes', 1000000 -> '1M notes', 2600 -> '2,600 devices'; 0 devices -> 'bundled devices'."""
    if n == 0:
        return f"bundled {what}"
    for size, suffix in ((1_000_000, "M"), (1_000, "k")):
        if n >= size and n % size == 0 and what == "notes":
            return f"{n // size}{suffix} {what}"
    return f"{n:,} {what}"


def project_on_path() -> None:
    """Run against this checkout (not whatever is installed), with bytecode compiled like an installed app."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))


def compile_project() -> None:
    """An installed ChipLens runs from bytecode (pip and PyInstaller compile it), so the measured one does too,
    even where PYTHONDONTWRITEBYTECODE keeps imports from caching what they compile."""
    import compileall
    for package in ("desktop", "db", "resources"):
        compileall.compile_dir(str(ROOT / package), quiet=1)


def chiplens_cmd() -> list[str]:
    """The app as a user starts it: this checkout's module through the running interpreter."""
    return [sys.executable, "-m", "desktop"]


def bare_cmd() -> list[str]:
    """The baseline: a bare PySide6 window that paints once, then exits the way the measured app does."""
    return [sys.executable, str(HERE / "bare_window.py")]


def floor_cmd() -> list[str]:
    """A reference: the widgets ChipLens shows first, in a bare PySide6 window, without ChipLens's code or data."""
    return [sys.executable, str(HERE / "floor_window.py")]


def qt_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p))
    env.update(extra)
    return env


@dataclass(frozen=True)
class Run:
    seconds: float
    max_rss_mib: float  # the child's peak resident memory (its own rusage)


# Starts the measured command and reports its wall time, peak resident memory and exit code. A child's ru_maxrss
# starts from the memory of the process that spawned it (Linux keeps the spawner's high-water mark across exec), so a
# benchmark that has loaded Qt and a store would see its own size in every child's peak: this small launcher spawns
# the command instead (the launcher's own start is not timed).
LAUNCHER = r"""
import os, sys, time
devnull = os.open(os.devnull, os.O_RDWR)
start = time.perf_counter()
pid = os.posix_spawnp(sys.argv[1], sys.argv[1:], os.environ,
                      file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 0), (os.POSIX_SPAWN_DUP2, devnull, 1)])
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - start
print(seconds, usage.ru_maxrss, os.waitstatus_to_exitcode(status), flush=True)
"""


def run_child(cmd: Sequence[str], env: Mapping[str, str] | None = None, cwd: Path | None = None) -> Run:
    """Start `cmd` and block in wait4() until it ends (no polling interval rounds the wall time up); its own peak
    resident memory, not counting this process's (see LAUNCHER). A failing child raises ChildFailed with its stderr."""
    launcher = subprocess.run([sys.executable, "-c", LAUNCHER, *cmd], env=dict(env) if env is not None else None,
                              cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True)
    err = launcher.stderr.decode(errors="replace")
    report = launcher.stdout.decode().split()
    if launcher.returncode != 0 or len(report) != 3:
        raise ChildFailed(list(cmd), launcher.returncode, err)
    seconds, max_rss_kib, code = float(report[0]), int(report[1]), int(report[2])
    if code != 0:
        raise ChildFailed(list(cmd), code, err)
    return Run(seconds, max_rss_kib / 1024)


class ChildFailed(SystemExit):
    """A measured child that failed: its command, exit code and the end of its stderr (a SystemExit, so that a
    script stops with that message and exit status 1 unless it catches it)."""

    def __init__(self, cmd: list[str], returncode: int, stderr: str) -> None:
        self.cmd, self.returncode, self.stderr = cmd, returncode, stderr
        tail = stderr.strip().splitlines()[-8:]
        super().__init__(f"{' '.join(cmd)} exited with {returncode}:\n" + "\n".join(tail))


def alternate(commands: Mapping[str, Sequence[str]], runs: int, env: Mapping[str, str] | None = None,
              before_each: Callable[[str], None] | None = None) -> dict[str, list[Run]]:
    """Each command once per round, in the given order, `runs` rounds; every run is kept (the first too)."""
    out: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            if before_each is not None:
                before_each(name)
            out[name].append(run_child(cmd, env))
    return out


def ratios(runs: Sequence[Run], baseline: Sequence[Run]) -> list[float]:
    """Run by run: each run over the baseline run of the same round."""
    return [r.seconds / b.seconds for r, b in zip(runs, baseline, strict=True)]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def p90(values: Sequence[float]) -> float:
    """The 90th percentile (nearest rank) of all values."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)]


@dataclass(frozen=True)
class Figure:
    name: str
    values: tuple[float, ...]
    unit: str  # "x" for ratios, "ms", "MiB", "s"
    goal: float | None  # ceiling on the median; None: reported only
    p90_goal: float | None = None

    @property
    def median(self) -> float:
        return median(self.values)

    @property
    def p90(self) -> float:
        return p90(self.values)

    @property
    def met(self) -> bool:
        return ((self.goal is None or self.median <= self.goal)
                and (self.p90_goal is None or self.p90 <= self.p90_goal))


def figure(name: str, values: Sequence[float], unit: str, goal: float | None = None,
           p90_goal: float | None = None) -> Figure:
    return Figure(name, tuple(values), unit, goal, p90_goal)


def _fmt(value: float, unit: str) -> str:
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "ms" and value < 10:
        return f"{value:.2f} ms"
    if unit not in ("ms", "s") and float(value).is_integer():  # counts (modules, rows, statements)
        return f"{value:,.0f} {unit}"
    return f"{value:,.0f} {unit}" if value >= 100 else f"{value:.1f} {unit}"


def _row(f: Figure) -> tuple[str, ...]:
    goals = []
    if f.goal is not None:
        goals.append(f"median <= {_fmt(f.goal, f.unit)}")
    if f.p90_goal is not None:
        goals.append(f"p90 <= {_fmt(f.p90_goal, f.unit)}")
    verdict = "" if not goals else ("met" if f.met else "OVER")
    return (f.name, _fmt(f.median, f.unit), _fmt(f.p90, f.unit), str(len(f.values)), ", ".join(goals) or "(reported)",
            verdict)


def grouped_table(groups: Sequence[tuple[str | None, Sequence[Figure] | str]]) -> str:
    """One table of several groups of figures, columns aligned across them: a group's title on its own line, then
    a line a figure (median, p90, number of runs, goal, met or OVER); a group given as text instead of figures
    (a script skipped or failed) prints that text under its title."""
    head = ("figure", "median", "p90", "runs", "goal", "")
    rows = [head] + [_row(f) for _, figs in groups if not isinstance(figs, str) for f in figs]
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]

    def line(r: tuple[str, ...], indent: str) -> str:
        return indent + "  ".join(c.ljust(w) if i == 0 or i >= 4 else c.rjust(w)
                                  for i, (c, w) in enumerate(zip(r, widths, strict=True))).rstrip()
    indent = "  " if any(title for title, _ in groups) else ""
    lines = [line(head, indent)]
    for title, figs in groups:
        if title:
            lines.append(title)
        if isinstance(figs, str):
            lines.append(indent + figs)
        else:
            lines.extend(line(_row(f), indent) for f in figs)
    return "\n".join(lines)


def table(figures: Sequence[Figure], title: str | None = None) -> str:
    """One line a figure: median, p90, number of runs, goal, met or not (under the title, if any)."""
    body = grouped_table([(None, figures)])
    return f"{title}\n{body}" if title else body


def json_path() -> Path | None:
    """Where the figures go as JSON: --json FILE, else $CHIPLENS_BENCH_JSON, else nowhere."""
    if _json_out is not None:
        return _json_out
    env = os.environ.get(JSON_ENV)
    return Path(env) if env else None


_recorded: list[dict] = []  # what this process wrote so far (a file from an earlier run is replaced, not extended)


def _record(entry: dict) -> None:
    path = json_path()
    if path is None:
        return
    _recorded.append(entry)
    path.write_text(json.dumps(_recorded, indent=1), encoding="utf-8")


def record(title: str | None, figures: Sequence[Figure] = (), skipped: str | None = None) -> None:
    """Write figures (or why there are none) to the JSON file, if one is asked for; `finish` and `skip` do."""
    _record({"title": title, "figures": [figure_dict(f) for f in figures], "skipped": skipped})


def figure_dict(f: Figure) -> dict:
    return {"name": f.name, "values": list(f.values), "unit": f.unit, "goal": f.goal, "p90_goal": f.p90_goal}


def read_results(path: Path) -> list[tuple[str | None, list[Figure], str | None]]:
    """What `finish` and `skip` wrote: (title, figures, skipped reason) per call."""
    if not path.exists() or not path.stat().st_size:
        return []
    out = []
    for entry in json.loads(path.read_text(encoding="utf-8")):
        figures = [figure(d["name"], d["values"], d["unit"], d.get("goal"), d.get("p90_goal"))
                   for d in entry.get("figures", ())]
        out.append((entry.get("title"), figures, entry.get("skipped")))
    return out


def finish(figures: Sequence[Figure], title: str | None = None) -> int:
    """Print the table (and write the figures as JSON when asked); exit code 1 when any goal is not met, else 0."""
    print(table(figures, title), flush=True)
    record(title, figures)
    over = [f.name for f in figures if not f.met]
    if over:
        print("over goal: " + ", ".join(over), flush=True)
    return 1 if over else 0


def skip(reason: str) -> int:
    """Nothing to measure here (e.g. no frozen build): say why, record it for run_all; exit code 0."""
    print(f"skipped: {reason}", flush=True)
    record(None, skipped=reason)
    return 0


def timed_ms(fn: Callable[[], object]) -> float:
    """Milliseconds one call of fn takes (in this process)."""
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


if __name__ == "__main__":  # a module, not a benchmark: --help shows what it offers
    parser(__doc__, runs=None).parse_args()
    print(__doc__.strip())

"""What every benchmark shares: timing a child process as a whole (waited for, never polled), alternating
the app with its baseline in one run, medians and 90th percentiles of all runs, and one table of figures
against their goals.

A figure is (name, values, unit, goal): the goal is a ceiling on the median unless `p90_goal` is given too
(then both must hold). Ratios are taken run by run against the baseline run just before, so that a slow
moment of a shared machine weighs on both sides.
"""
from __future__ import annotations

import argparse
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


def parser(doc: str | None, runs: int | None = 7) -> argparse.ArgumentParser:
    """A parser whose --help is the script's docstring; --runs when the script repeats runs."""
    p = argparse.ArgumentParser(description=(doc or "").strip(), formatter_class=argparse.RawDescriptionHelpFormatter)
    if runs is not None:
        p.add_argument("--runs", type=int, default=runs, help=f"runs of each command (default {runs})")
    return p


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


def qt_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p))
    env.update(extra)
    return env


@dataclass(frozen=True)
class Run:
    seconds: float
    max_rss_mib: float  # the child's peak resident memory (its own rusage)


def run_child(cmd: Sequence[str], env: Mapping[str, str] | None = None, cwd: Path | None = None) -> Run:
    """Start `cmd` and block in wait4() until it ends: no polling interval rounds the wall time up."""
    start = time.perf_counter()
    child = subprocess.Popen(list(cmd), env=dict(env) if env is not None else None, cwd=cwd,
                             stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert child.stderr is not None
    err = child.stderr.read()  # EOF when the child (and whatever inherited its stderr) is gone
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    child.stderr.close()
    if child.returncode != 0:
        tail = err.decode(errors="replace").strip().splitlines()[-5:]
        raise SystemExit(f"{' '.join(cmd)} exited with {child.returncode}:\n" + "\n".join(tail))
    return Run(seconds, usage.ru_maxrss / 1024)


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
    return f"{value:,.0f} {unit}" if value >= 100 else f"{value:.1f} {unit}"


def table(figures: Sequence[Figure], title: str | None = None) -> str:
    """One line a figure: median, p90, number of runs, goal, met or not."""
    rows = [("figure", "median", "p90", "runs", "goal", "")]
    for f in figures:
        goals = []
        if f.goal is not None:
            goals.append(f"median <= {_fmt(f.goal, f.unit)}")
        if f.p90_goal is not None:
            goals.append(f"p90 <= {_fmt(f.p90_goal, f.unit)}")
        verdict = "" if not goals else ("met" if f.met else "OVER")
        rows.append((f.name, _fmt(f.median, f.unit), _fmt(f.p90, f.unit), str(len(f.values)),
                     ", ".join(goals) or "(reported)", verdict))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [title] if title else []
    for r in rows:
        lines.append("  ".join(c.ljust(w) if i == 0 or i >= 4 else c.rjust(w)
                               for i, (c, w) in enumerate(zip(r, widths, strict=True))).rstrip())
    return "\n".join(lines)


def finish(figures: Sequence[Figure], title: str | None = None) -> int:
    """Print the table; exit code 1 when any goal is not met, else 0."""
    print(table(figures, title), flush=True)
    over = [f.name for f in figures if not f.met]
    if over:
        print("over goal: " + ", ".join(over), flush=True)
    return 1 if over else 0


def timed_ms(fn: Callable[[], object]) -> float:
    """Milliseconds one call of fn takes (in this process)."""
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000

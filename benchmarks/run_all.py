"""Every benchmark, one table: runs each script of benchmarks/ as a child (each alternates the app with its own
baseline inside), collects the figures each writes (bench.finish, through $CHIPLENS_BENCH_JSON) and prints them
in one table grouped by script, each group naming its stores, every figure beside its goal.

    python benchmarks/run_all.py                 # stores of 1k, 100k and 1M notes; bundled, 2,600 and 10,000 devices
    python benchmarks/run_all.py --quick         # the same without the 1M-notes store
    python benchmarks/run_all.py --only startup --only exports

A script that takes --notes / --devices (bench.store_options) is given the store sizes of the run: all at once
(N [N ...]) or one child per size (notes_scale and catalog_scale take theirs as --sizes); --quick and --runs are passed on to a script that takes them. The stores
are made once and cached outside the repository ($CHIPLENS_BENCH_CACHE, by default ~/.cache/chiplens-bench); the
first 1M-notes store takes 5 to 25 minutes and 4 GB. A script missing from this checkout is named and skipped; one
with nothing to measure here (no frozen build for package_size) says why. Exit 1 when any goal is not met or any
script fails, else 0.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import bench

HERE = Path(__file__).resolve().parent
# the order of the table; any other script found in benchmarks/ runs after these
ORDER = ("startup", "chart", "notes_scale", "notes_search", "catalog_scale", "exports", "imports",
         "control_map", "timeline", "team_sync", "package_size")
NOT_BENCHMARKS = {"bench", "stores", "bare_window", "floor_window", "first_paint", "run_all", "goals"}  # helpers, not benchmarks
NOTES_OPTIONS = ("--notes",)  # the store sizes a script takes (bench.store_options)
DEVICES_OPTIONS = ("--devices",)
# scripts that name their store sizes otherwise: (what, option, separator of the sizes)
OWN_SIZES = {"notes_scale": ("notes", "--sizes", " "), "catalog_scale": ("devices", "--sizes", ",")}


def scripts(only: list[str] | None = None) -> tuple[list[str], list[str]]:
    """(present, missing) script names, in table order; `only` keeps those named (with or without .py)."""
    present = {p.stem for p in HERE.glob("*.py")} - NOT_BENCHMARKS
    names = list(ORDER) + sorted(present - set(ORDER))
    if only:
        wanted = [n.removesuffix(".py") for n in only]
        unknown = [n for n in wanted if n not in names]
        if unknown:
            raise SystemExit(f"run_all: no benchmark named {', '.join(unknown)} (known: {', '.join(names)})")
        names = [n for n in names if n in wanted]
    return [n for n in names if n in present], [n for n in names if n not in present]


def _sizes_option(help_text: str, options: tuple[str, ...]) -> tuple[str, str] | None:
    """(option, 'many') when the script takes `option N [N ...]` (or `[N ...]`), (option, 'one') when it takes
    `option N`, None when it takes none of `options`."""
    for option in options:
        if re.search(rf"(?<![\w-]){re.escape(option)}\b", help_text):
            many = re.search(rf"{re.escape(option)} (?:\S+ )?\[\S+ \.\.\.\]", help_text)
            return option, "many" if many else "one"
    return None


def invocations(help_text: str, notes: list[int], devices: list[int], quick: bool,
                runs: int | None, name: str = "") -> list[tuple[list[str], str]]:
    """The children to start for script `name`, from what its --help offers: (arguments, label of the stores)."""
    common = []
    if quick and re.search(r"(?<![\w-])--quick\b", help_text):
        common.append("--quick")
    if runs is not None and re.search(r"(?<![\w-])--runs\b", help_text):
        common += ["--runs", str(runs)]
    axes = []
    own = OWN_SIZES.get(name)
    if own and re.search(rf"(?<![\w-]){own[1]}\b", help_text):
        counts = notes if own[0] == "notes" else devices
        sizes = [str(n) for n in counts]
        axes.append([([own[1], *sizes] if own[2] == " " else [own[1], own[2].join(sizes)],
                      ", ".join(bench.count_label(n, own[0]) for n in counts))])
    for options, counts, what in ((NOTES_OPTIONS, notes, "notes"), (DEVICES_OPTIONS, devices, "devices")):
        if own and own[0] == what:
            continue
        option, kind = _sizes_option(help_text, options) or ("", "")
        if kind == "many":
            axes.append([([option, *map(str, counts)], ", ".join(bench.count_label(n, what) for n in counts))])
        elif kind == "one":
            axes.append([([option, str(n)], bench.count_label(n, what)) for n in counts])
    out: list[tuple[list[str], str]] = [(common, "")]
    for axis in axes:
        out = [(args + more, ", ".join(x for x in (label, more_label) if x))
               for args, label in out for more, more_label in axis]
    return out


def run_script(name: str, args: list[str], env: dict[str, str]) -> tuple[int, list, str | None]:
    """Run one child with its output shown; (exit code, [(title, figures)], skipped reason)."""
    with tempfile.TemporaryDirectory(prefix="chiplens-run-all-") as tmp:
        out = Path(tmp) / "figures.json"
        code = subprocess.run([sys.executable, str(HERE / f"{name}.py"), *args], stdin=subprocess.DEVNULL,
                              env=dict(env, **{bench.JSON_ENV: str(out)})).returncode
        results = bench.read_results(out)
    skipped = next((reason for _, _, reason in results if reason), None)
    return code, [(title, figures) for title, figures, reason in results if not reason], skipped


def main(argv: list[str] | None = None) -> int:
    p = bench.parser(__doc__, runs=None)
    p.add_argument("--quick", action="store_true", help="no 1M-notes store (and --quick to scripts that take it)")
    p.add_argument("--only", action="append", metavar="NAME", help="run only this script (repeatable)")
    p.add_argument("--runs", type=int, help="runs of each command, for every script that takes --runs")
    args = p.parse_args(argv)
    notes = [n for n in bench.NOTE_COUNTS if not (args.quick and n >= 1_000_000)]
    devices = list(bench.DEVICE_COUNTS)
    present, missing = scripts(args.only)
    env = bench.qt_env()
    groups: list[tuple[str | None, list[bench.Figure] | str]] = []
    failed: list[str] = []
    over: list[str] = []
    began = time.monotonic()
    for name in [n for n in ORDER + tuple(sorted(set(present) - set(ORDER))) if n in present or n in missing]:
        if name in missing:
            groups.append((f"{name}.py", "missing from this checkout: skipped"))
            continue
        helped = subprocess.run([sys.executable, str(HERE / f"{name}.py"), "--help"], env=env, capture_output=True,
                                text=True, stdin=subprocess.DEVNULL)
        if helped.returncode != 0:
            failed.append(f"{name}.py")
            groups.append((f"{name}.py", f"FAILED: --help exits {helped.returncode}: "
                                         + (helped.stderr.strip().splitlines() or [""])[-1]))
            continue
        for child_args, label in invocations(helped.stdout, notes, devices, args.quick, args.runs, name):
            title = f"{name}.py" + (f" ({label})" if label else "")
            print(f"\n== {title}: python benchmarks/{name}.py {' '.join(child_args)}", flush=True)
            t = time.monotonic()
            code, results, skipped = run_script(name, child_args, env)
            print(f"== {title}: exit {code} after {time.monotonic() - t:.0f} s", flush=True)
            figures = [f for _, figs in results for f in figs]
            if skipped:
                groups.append((title, f"skipped: {skipped}"))
            elif not figures:
                failed.append(title)
                groups.append((title, f"FAILED: exit {code}, wrote no figures (does it end with bench.finish?)"))
            else:
                if code not in (0, 1):  # 1 is "a goal not met", shown by the figures themselves
                    failed.append(title)
                    title += f" — FAILED: exit {code}"
                groups.append((title, figures))
                over += [f"{name}.py: {f.name}" for f in figures if not f.met]
    import stores as made  # the bundled catalog's size, for the header (its store is cached by now)
    sizes = (", ".join(bench.count_label(n, "notes") for n in notes) + "; "
             + ", ".join(bench.count_label(n, "devices") for n in devices)
             + f" (bundled: {made.bundled_device_count()})")
    print(f"\nChipLens benchmarks, {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, stores: {sizes}; "
          f"{time.monotonic() - began:.0f} s")
    print(bench.grouped_table(groups))
    for title, figs in groups:  # with --json: each group's figures, or what happened instead (as "skipped")
        if isinstance(figs, str):
            bench.record(title, skipped=figs)
        else:
            bench.record(title, figs)
    if over:
        print("over goal: " + "; ".join(over))
    if failed:
        print("failed: " + ", ".join(failed))
    if not over and not failed:
        print("every goal met")
    return 1 if over or failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""Mutation testing of the rules: how many deliberate small bugs (mutants) the tests catch, per module.

    python tools/mutation.py                 # every group: comparison, units, importers
    python tools/mutation.py compare --gate  # one group; exit 1 below its goal (what .ci/run does)

Each group names the modules mutated and only the tests that reach them (fast, focused tests: a mutant is
killed when one of them fails). mutmut (3.x) runs in a scratch copy of the tracked files, so its `mutants/`
folder never lands in the repository. A surviving mutant that cannot change behaviour is listed, with a
one-line reason, in tests/mutation/equivalent-mutants.txt; the score leaves those out:

    score = killed / (mutants - listed equivalents)

Output: one line per module (killed / counted, score, survivors not listed), then the survivors not listed
(`mutmut show NAME` in the scratch folder printed at the end shows a mutant's diff), then the listed equivalents
that a test now kills or that no longer exist (the list is out of date: remove them).
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EQUIVALENT = ROOT / "tests" / "mutation" / "equivalent-mutants.txt"

# group -> (modules mutated, tests run, goal in %)
GROUPS: dict[str, tuple[tuple[str, ...], tuple[str, ...], float]] = {
    "compare": (("db/compare.py", "db/scale.py", "db/basis.py", "db/disagreement.py"),
                ("tests/db/test_compare_rules.py", "tests/db/test_compare_derivations.py",
                 "tests/db/test_basis_rules.py", "tests/db/test_system_composition.py",
                 "tests/db/test_disagreement.py", "tests/db/test_sources.py"), 90.0),
    "units": (("db/units.py",), ("tests/db/test_units.py", "tests/db/test_parse_quantity.py"), 90.0),
    "importers": (("db/importers/epoch.py", "db/importers/text.py", "db/importers/suspect.py",
                   "db/importers/basis_in.py"),
                  ("tests/db/test_importer_rules.py", "tests/db/test_import_epoch.py", "tests/db/test_import_csv.py",
                   "tests/db/test_import_basis.py", "tests/db/test_import_property.py",
                   "tests/db/test_import_roundtrip.py"), 85.0),
    "beyond": (("db/beyond.py",), ("tests/db/test_beyond.py",), 90.0),
}
KILLED = {"killed", "timeout", "segfault"}  # the tests noticed (a hang or a crash is noticed too)
RESULT = re.compile(r"^\s*(\S+?):\s+(.+?)\s*$")


def equivalents() -> dict[str, str]:
    """Listed equivalent mutants: name -> reason (blank lines and # comments ignored)."""
    out = {}
    if EQUIVALENT.exists():
        for line in EQUIVALENT.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, reason = line.partition(" ")
                out[name] = reason.strip()
    return out


def module_of(mutant: str) -> str:
    """'db.compare.x__select__mutmut_3' -> 'db/compare.py'; methods read 'db.compare.xǁClassǁname__mutmut_1'."""
    dotted = mutant.split(".x", 1)[0] if ".x" in mutant else mutant.rsplit(".", 1)[0]
    return dotted.replace(".", "/") + ".py"


def scratch_copy(modules: tuple[str, ...], tests: tuple[str, ...]) -> Path:
    """The tracked files in a new folder, with the group's mutmut settings."""
    work = Path(tempfile.mkdtemp(prefix="chiplens-mutation-"))
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True).stdout
    for name in files.decode().split("\0"):
        if name and (ROOT / name).is_file():
            target = work / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target)
    listed = ", ".join(f'"{t}"' for t in tests)
    with (work / "pyproject.toml").open("a", encoding="utf-8") as f:
        f.write("\n[tool.mutmut]\npaths_to_mutate = [\"db/\"]\n"
                f"only_mutate = [{', '.join(repr(m).replace(chr(39), chr(34)) for m in modules)}]\n"
                f"tests_dir = [{listed}]\nalso_copy = [\"resources/\", \"desktop/\", \"tests/\"]\n")
    return work


def run_group(name: str, mutmut: str) -> tuple[bool, Path]:
    modules, tests, goal = GROUPS[name]
    work = scratch_copy(modules, tests)
    log = work / "mutmut.log"
    with log.open("w") as out:
        code = subprocess.run([mutmut, "run"], cwd=work, stdout=out, stderr=subprocess.STDOUT).returncode
    if code != 0:
        print(f"{name}: mutmut failed (exit {code}); see {log}")
        return False, work
    listing = subprocess.run([mutmut, "results", "--all", "true"], cwd=work, capture_output=True, text=True,
                             check=True).stdout
    known = equivalents()
    counted: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # module -> [killed, counted]
    survivors: dict[str, list[str]] = defaultdict(list)
    stale: list[str] = []
    listed_seen: set[str] = set()
    for line in listing.splitlines():
        m = RESULT.match(line)
        if not m or "__mutmut_" not in m.group(1):
            continue
        mutant, status = m.groups()
        module = module_of(mutant)
        if mutant in known:
            if status in KILLED:  # a test kills it now: it was not equivalent (or the list names another mutant)
                stale.append(f"{mutant} ({status}, listed as equivalent)")
            listed_seen.add(mutant)
            continue
        counted[module][1] += 1
        if status in KILLED:
            counted[module][0] += 1
        else:
            survivors[module].append(f"{mutant} ({status})")
    ok = True
    total = [0, 0]
    for module in modules:
        killed, n = counted.get(module, [0, 0])
        total[0] += killed
        total[1] += n
        score = 100.0 * killed / n if n else 100.0
        print(f"{module:32s} {killed:5d} / {n:5d} killed  {score:5.1f}%   {len(survivors[module])} not listed")
    score = 100.0 * total[0] / total[1] if total[1] else 100.0
    ok = score >= goal
    print(f"{name:32s} {total[0]:5d} / {total[1]:5d} killed  {score:5.1f}%   goal >= {goal:.0f}%: "
          f"{'met' if ok else 'NOT MET'}")
    for module in modules:
        for s in survivors[module]:
            print(f"  survived: {s}")
    stale += [f"{m} (no such mutant, listed as equivalent)" for m in sorted(known)
              if module_of(m) in modules and m not in listed_seen]
    for s in stale:
        print(f"  remove from {EQUIVALENT.name}: {s}")
    return ok, work


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("groups", nargs="*", metavar="GROUP", help=f"{', '.join(GROUPS)} (default: every group)")
    p.add_argument("--gate", action="store_true", help="exit 1 when a group is below its goal")
    p.add_argument("--keep", action="store_true", help="keep the scratch folders (to run `mutmut show NAME`)")
    args = p.parse_args(argv)
    unknown = [g for g in args.groups if g not in GROUPS]
    if unknown:
        p.error(f"unknown group {unknown[0]!r}: choose from {', '.join(GROUPS)}")
    mutmut = shutil.which("mutmut", path=str(Path(sys.executable).parent)) or shutil.which("mutmut")
    if mutmut is None:
        print("mutmut is not installed: pip install -e '.[test]'", file=sys.stderr)
        return 2
    results = []
    for name in args.groups or list(GROUPS):
        ok, work = run_group(name, mutmut)
        results.append(ok)
        if args.keep:
            print(f"  scratch folder: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0 if all(results) or not args.gate else 1


if __name__ == "__main__":
    sys.exit(main())

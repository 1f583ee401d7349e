"""Each presentation rule is defined once: the device letters, the ≠ and ▲ marks, the ratio and tick labels
and the Okabe-Ito colours live in desktop/present/ (and the ratio formatter in db/units.py), and every
renderer imports them. The test reads the source of desktop/ and db/ and fails on a second definition,
so that the window, the command line and the exports cannot drift apart again."""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(p for d in ("desktop", "db") for p in (ROOT / d).rglob("*.py"))
PRESENT = {"desktop/present/comparison.py", "desktop/present/palette.py", "desktop/present/timeline_layout.py"}
# short and explicit, each with its reason
ALLOWED: dict[str, set[str]] = {
    "ratio": {"db/units.py",  # format_ratio, the one formatter of a ratio of two figures
              "desktop/dialogs/export_dialog.py",  # the export's pixel scale ('2×'), not a ratio of figures
              "db/importers/reference.py"},  # keeps a reference file's own ratio text as imported text
}

OKABE_ITO = {"e69f00": (230, 159, 0), "56b4e9": (86, 180, 233), "009e73": (0, 158, 115), "f0e442": (240, 228, 66),
             "0072b2": (0, 114, 178), "d55e00": (213, 94, 0), "cc79a7": (204, 121, 167)}
MARK_ONLY = re.compile(r"^\s*[≠▲][A-D]?\s*$")  # a mark on its own, as code appends it to a figure


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def definitions(path: Path) -> dict[str, list[int]]:
    """Line numbers of what looks like a definition of each rule in `path`."""
    text = path.read_text(encoding="utf-8")
    found: dict[str, list[int]] = {"palette": [], "letters": [], "marks": [], "ratio": []}
    for n, line in enumerate(text.splitlines(), 1):
        low = line.lower()
        for hex_colour, (r, g, b) in OKABE_ITO.items():
            if f"#{hex_colour}" in low or re.search(rf"\b{r},\s*{g},\s*{b}\b", line):
                found["palette"].append(n)
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if node.value in ("ABCD", "AB", "ABC"):
                found["letters"].append(node.lineno)
            if MARK_ONLY.match(node.value):
                found["marks"].append(node.lineno)
        if isinstance(node, ast.JoinedStr):  # f"{r:g}×": a number formatted straight into a ratio label
            parts = node.values
            for a, b in zip(parts, parts[1:]):
                if isinstance(a, ast.FormattedValue) and isinstance(b, ast.Constant) and str(b.value).startswith("×"):
                    found["ratio"].append(node.lineno)
            for part in parts:
                if isinstance(part, ast.Constant) and MARK_ONLY.match(str(part.value)):
                    found["marks"].append(node.lineno)
    return found


def test_each_rule_is_defined_once_in_the_presentation_layer():
    duplicates = []
    for path in SOURCES:
        name = rel(path)
        if name in PRESENT:
            continue
        for rule, lines in definitions(path).items():
            if lines and name not in ALLOWED.get(rule, set()):
                duplicates.append(f"{name}:{lines[0]}: {rule}")
    assert not duplicates, "defined outside desktop/present/: " + "; ".join(duplicates)


def test_the_presentation_layer_does_define_them():
    """The scan finds what it looks for (a test that cannot fail is a defect)."""
    found = {rule: lines for p in PRESENT for rule, lines in definitions(ROOT / p).items() if lines}
    assert set(found) == {"palette", "letters", "marks", "ratio"}
    from desktop.present import comparison, palette
    assert comparison.LETTERS == "ABCD" and comparison.DISAGREE_MARK == "≠" and comparison.BETTER_MARK == "▲"
    assert set(palette.OKABE_ITO.values()) >= {f"#{h}" for h in OKABE_ITO}

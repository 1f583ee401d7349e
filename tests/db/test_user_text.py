"""db/ returns codes and numbers; desktop/ phrases them, through Qt's translation functions, for the user.

English sentences written in db/ cannot be translated (Qt's tr() does not reach them). This test reads
db/ and lists every string literal that looks like a sentence a user reads (three words or more).

Allowed, by rule:
- docstrings, and messages given to logging (they are for developers);
- messages of raised exceptions: an import or store error names the file, row or field it is about and is
  shown with that context; it is a diagnostic, not interface text;
- seed and migration data (db/seed.py, db/migrations/, db/team/migrations/): stored data, not interface text;
- regular expressions (re.compile): patterns that read data.

Everything else is counted in KNOWN below: per file, the sentences still to be moved to desktop/ as codes
with their data. The counts only go down: a new sentence fails the test, and so does a count that is too
high once sentences have moved (lower it). The scan prints what it finds when it fails.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SENTENCE = re.compile(r"[A-Za-z][a-z'’-]*(?:[ ,;:]+[A-Za-z][a-z'’-]*){2,}")  # three words or more
SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|ORDER|WHERE|PRAGMA|AND|FROM|CASE)\b")
SKIP = ("db/seed.py", "db/migrations/", "db/team/migrations/")
LOGGING = {"debug", "info", "warning", "error", "exception", "critical"}

# file -> how many sentences it still writes; to be phrased in desktop/present/ from codes
KNOWN: dict[str, int] = {
    "db/compare.py": 4,  # reasons (not applicable, needs ...), formulas
    "db/scale.py": 4,  # scale-to-match text
    "db/catalog.py": 23, "db/events.py": 10, "db/errors.py": 11,  # validation messages returned, not raised
    "db/importers/chiplens_csv.py": 13, "db/importers/chiplens_json.py": 28, "db/importers/epoch.py": 28,
    "db/importers/pack_plan.py": 8, "db/importers/plan.py": 9, "db/importers/base.py": 1,
    "db/importers/reference.py": 10,  # labels of a reference file's ratios, stored as its text
    "db/integrity.py": 10, "db/recovery.py": 0,  # what the user can do about a damaged or locked store
    "db/basis.py": 2,  # "Cube units only" after a figure, "sum of chip TDPs" (a stored power qualifier)
    "db/backup.py": 1, "db/notes.py": 1, "db/pack.py": 1, "db/units.py": 1,
    "db/team/connection.py": 1,  # the name of the keyring entry that holds a team library's password
}


def literal_text(node: ast.AST) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "{}".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return ""


def sentences(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    exempt: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body \
                and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant):
            exempt.add(id(node.body[0].value))
        if isinstance(node, ast.Raise) or (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                                           and node.func.attr in LOGGING):
            exempt.update(id(n) for n in ast.walk(node))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "cast" and node.args:
            exempt.add(id(node.args[0]))  # a type written as a string, not text
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "compile" \
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.args:
            exempt.add(id(node.args[0]))  # a regular expression: a pattern read, not text written
    exempt.update(id(v) for j in ast.walk(tree) if isinstance(j, ast.JoinedStr) for v in j.values)  # read whole
    found = set()
    for node in ast.walk(tree):
        if id(node) in exempt:
            continue
        text = literal_text(node)
        if text and SENTENCE.search(text) and not SQL.match(text):
            found.add(text)
    return found


def scan() -> set[tuple[str, str]]:
    out = set()
    for path in sorted((ROOT / "db").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if not name.startswith(SKIP):
            out.update((name, s) for s in sentences(path))
    return out


def counts(found: set[tuple[str, str]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for name, _ in found:
        out[name] = out.get(name, 0) + 1
    return out


def test_db_writes_no_new_user_visible_sentences():
    found = scan()
    more = {f: n for f, n in counts(found).items() if n > KNOWN.get(f, 0)}
    assert not more, "new English sentences in db/ (return a code and its data; phrase it in desktop/present/): " + \
        "; ".join(f"{f}: {s!r}" for f, s in sorted(found) if f in more)


def test_the_known_counts_only_go_down():
    found = counts(scan())
    stale = {f: (n, found.get(f, 0)) for f, n in KNOWN.items() if found.get(f, 0) < n}
    assert not stale, f"sentences moved out of db/: lower KNOWN to the new counts: {stale}"


def test_the_scan_finds_a_sentence():
    tree_text = 'def f():\n    return "not comparable: different qualifiers"\n'
    path = Path(__file__).with_name("_probe_user_text.py")
    try:
        path.write_text(tree_text, encoding="utf-8")
        assert sentences(path) == {"not comparable: different qualifiers"}
    finally:
        path.unlink()

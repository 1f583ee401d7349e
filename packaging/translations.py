"""ChipLens's translations: extract, check and build them with Qt's own tools.

    python packaging/translations.py update          pyside6-lupdate: every tr()/translate()/QT_TRANSLATE_NOOP
                                                     source of desktop/ into resources/i18n/chiplens_<lang>.ts
                                                     (translations kept; strings gone from the code marked vanished)
    python packaging/translations.py stats           finished and unfinished messages per language; exit 1 if any
                                                     message is unfinished
    python packaging/translations.py release DIR     pyside6-lrelease: the .qm files into DIR (the build and the
                                                     frozen app ship them; a source checkout builds them on first use)

Languages: resources/i18n/chiplens_fr.ts and chiplens_zh_CN.ts; the glossary beside them says which word
each domain term takes in each language.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGS = ("fr", "zh_CN")


def tool(name: str) -> str:
    """pyside6-<name> beside the running interpreter (the venv's), else on PATH."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials in this environment")
    return found


def sources() -> list[str]:
    return sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "desktop").rglob("*.py"))


def ts_files() -> list[Path]:
    return [I18N / f"chiplens_{lang}.ts" for lang in LANGS]


def update() -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    cmd = [tool("lupdate"), "-locations", "none", "-no-obsolete", *sources(), "-ts", *map(str, ts_files())]
    return subprocess.run(cmd, cwd=ROOT).returncode


def counts(ts: Path) -> tuple[int, int]:
    """(finished, unfinished) messages of one .ts file."""
    done = todo = 0
    for message in ET.parse(ts).getroot().iter("message"):
        tr = message.find("translation")
        kind = None if tr is None else tr.get("type")
        if kind in ("vanished", "obsolete"):
            continue
        if tr is None or kind == "unfinished" or not (tr.text or message.find("translation/numerusform") is not None):
            todo += 1
        else:
            done += 1
    return done, todo


def stats() -> int:
    missing = 0
    for ts in ts_files():
        done, todo = counts(ts)
        print(f"{ts.name}: {done} finished, {todo} unfinished")
        missing += todo
    return 1 if missing else 0


def release(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for ts in ts_files():
        qm = out / ts.with_suffix(".qm").name
        code = subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)]).returncode
        if code:
            return code
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update")
    sub.add_parser("stats")
    rel = sub.add_parser("release")
    rel.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        return update()
    if args.command == "stats":
        return stats()
    return release(args.out)


if __name__ == "__main__":
    sys.exit(main())

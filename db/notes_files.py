"""Notes as Markdown files: a YAML-like front matter block, then the body exactly as stored.

    ---
    uid: 3f2a...
    title: "910C compute"
    tags: ["compute", "Huawei"]
    links: ["device:ascend-910c", "event:1b2c..."]
    created: 2026-11-29T10:15:00Z
    updated: 2026-11-29T10:20:00Z
    ---
    # Brief
    ...

Strings are written as JSON strings (valid YAML double-quoted scalars); lists as JSON arrays. When
reading, plain (unquoted) scalars, `[a, b]` flow lists and `- item` block lists are accepted too.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from db.dto import NoteDTO
from db.notes import LINK_KINDS, clean_links, clean_tags

FENCE = "---"
SUFFIXES = (".md", ".markdown")
_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:(.*)$")
_UID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")


@dataclass(frozen=True)
class NoteFile:
    """One parsed file: uid/created/updated are None when the file does not give them."""

    path: Path
    uid: str | None
    title: str
    body: str
    tags: tuple[str, ...]
    links: tuple[tuple[str, str], ...]
    created: str | None
    updated: str | None


# ---------------------------------------------------------------- writing


class ReplaceRefused(FileExistsError):
    """An export would replace files already in the folder (`paths`): nothing was written. The caller asks the
    user (the window) or needs to be told to (`notes export --force`), then exports again with replace=True."""

    def __init__(self, paths: Iterable[Path]):
        self.paths = tuple(paths)
        super().__init__(", ".join(p.name for p in self.paths))


def slug(title: str, width: int = 60) -> str:
    """A file-name-safe slug: letters and digits of any script, '-' for the rest ('' if nothing is left)."""
    text = unicodedata.normalize("NFKC", title).casefold()
    text = re.sub(r"[^\w]+|_", "-", text).strip("-")
    return text[:width].strip("-")


def file_name(note: NoteDTO, taken: set[str]) -> str:
    base = slug(note.title) or "note"
    for n in (8, 12, 16, 32, 64):
        name = f"{base}-{note.uid[:n]}.md"
        if name.casefold() not in taken:
            break
    taken.add(name.casefold())
    return name


def render(note: NoteDTO) -> str:
    head = [
        FENCE,
        f"uid: {note.uid}",
        f"title: {json.dumps(note.title, ensure_ascii=False)}",
        f"tags: {json.dumps(list(note.tags), ensure_ascii=False)}",
        f"links: {json.dumps([f'{link.kind}:{link.target}' for link in note.links], ensure_ascii=False)}",
        f"created: {note.created}",
        f"updated: {note.updated}",
        FENCE,
    ]
    return "\n".join(head) + "\n" + note.body


# ---------------------------------------------------------------- reading


class FrontMatterError(ValueError):
    def __init__(self, path: Path, line: int, problem: str):
        self.path, self.line = path, line
        super().__init__(f"{path}: line {line}: {problem}")


def _scalar(text: str, path: Path, line: int) -> str:
    text = text.strip()
    if text.startswith('"'):
        try:
            value = json.loads(text)
        except json.JSONDecodeError:
            raise FrontMatterError(path, line, f"the quoted text {text!r} is not closed or not valid") from None
        if not isinstance(value, str):
            raise FrontMatterError(path, line, f"expected text, found {text!r}")
        return value
    if text.startswith("'"):
        if len(text) < 2 or not text.endswith("'"):
            raise FrontMatterError(path, line, f"the quoted text {text!r} is not closed")
        return text[1:-1].replace("''", "'")
    return text


def _flow_list(text: str, path: Path, line: int) -> list[str]:
    text = text.strip()
    if not (text.startswith("[") and text.endswith("]")):
        raise FrontMatterError(path, line, f"expected a list written [a, b], found {text!r}")
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        inner = text[1:-1].strip()
        return [_scalar(item, path, line) for item in inner.split(",")] if inner else []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise FrontMatterError(path, line, f"expected a list of texts, found {text!r}")
    return value


def parse(path: Path, text: str) -> NoteFile:
    """A note from a file's text; FrontMatterError (a ValueError naming the file and line) if malformed."""
    text = text.removeprefix("\ufeff")
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n").rstrip() != FENCE:
        title = next((m.group(1) for m in map(_HEADING.match, text.splitlines()) if m), "") or path.stem
        return NoteFile(path, None, title.strip(), text, (), (), None, None)
    fields: dict[str, object] = {}
    where: dict[str, int] = {}
    current_list: str | None = None
    end = None
    for number, raw in enumerate(lines[1:], start=2):
        line = raw.rstrip("\r\n")
        if line.rstrip() == FENCE:
            end = number
            break
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = re.match(r"^\s+-\s*(.*)$", line) or re.match(r"^-\s+(.*)$", line)
        if item and current_list is not None:
            cast("list[object]", fields[current_list]).append(_scalar(item.group(1), path, number))
            continue
        m = _KEY.match(line)
        if not m:
            raise FrontMatterError(path, number, f"expected 'key: value', found {line.strip()!r}")
        key, value = m.group(1).casefold(), m.group(2).strip()
        if key in fields:
            raise FrontMatterError(path, number, f"{key!r} is given twice")
        where[key] = number
        current_list = None
        if key in ("tags", "links"):
            if value:
                fields[key] = _flow_list(value, path, number)
            else:
                fields[key] = []
                current_list = key
        else:
            fields[key] = _scalar(value, path, number)
    if end is None:
        raise FrontMatterError(path, 1, f"the front matter opened here is never closed by a '{FENCE}' line")
    body = "".join(lines[end:])
    uid = _text_field(fields, "uid")
    if uid is not None and not _UID.match(uid):
        raise FrontMatterError(path, where["uid"], f"uid {uid!r} may only hold letters, digits, '-' and '_'")
    for key in ("created", "updated"):
        stamp = _text_field(fields, key)
        if stamp and not _TIME.match(stamp):
            raise FrontMatterError(path, where[key], f"{key} {stamp!r} is not a UTC time written "
                                                     "YYYY-MM-DDTHH:MM:SSZ")
    try:
        links = clean_links(fields.get("links") or ())
    except ValueError as exc:
        raise FrontMatterError(path, where["links"], f"{exc} (kinds: {', '.join(LINK_KINDS)})") from None
    title = fields.get("title")
    if not title:
        title = next((m.group(1) for m in map(_HEADING.match, body.splitlines()) if m), "") or path.stem
    tags = cast("Iterable[str] | str", fields.get("tags") or ())
    return NoteFile(path, uid, str(title), body, clean_tags(tags), links,
                    _text_field(fields, "created"), _text_field(fields, "updated"))


def _text_field(fields: dict[str, object], key: str) -> str | None:
    """A scalar front-matter field as text (None when absent or empty)."""
    value = fields.get(key)
    return str(value) if value else None


def files_in(source: Path) -> list[Path]:
    """The Markdown files to import from a folder (not hidden ones, not in sub-folders), or the one file."""
    if source.is_dir():
        return sorted(p for p in source.iterdir()
                      if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith("."))
    if source.is_file():
        return [source]
    raise FileNotFoundError(2, "No such file or folder", str(source))


def read_file(path: Path) -> NoteFile:
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    return parse(path, text)

"""`chiplens notes`: add, list, search, export and import the analyst's notes; share one with the team library."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TextIO

from db.api import Library
from db.api.notes import ReplaceRefused
from db.errors import UnknownDeviceError, UnknownNoteError
from desktop.cli.output import clip, table
from desktop.cli.words import say, translate

NOTE_COLUMNS = ("uid", "title", "tags", "links", "created", "updated")


def note_json(n, snippet: str | None = None) -> dict:
    row = {"uid": n.uid, "title": n.title, "tags": list(n.tags),
           "links": [{"kind": k.kind, "target": k.target, "label": k.label, "missing": k.missing} for k in n.links],
           "created": n.created, "updated": n.updated}
    if snippet is not None:
        row["snippet"] = snippet
    return row


def _links_text(n) -> str:
    missing = " " + translate("Cli", "(missing)")
    return ", ".join(f"{k.kind}:{k.target}" + (missing if k.missing else "") for k in n.links)


def _read_body(spec: str | None) -> str:
    if spec is None:
        return ""
    if spec == "-":
        return sys.stdin.read()
    return Path(spec).read_bytes().decode("utf-8")


def _notes_add(lib: Library, args, out: TextIO) -> int:
    if not args.title.strip():
        sys.stderr.write("chiplens notes add: " + translate("Cli", "--title must not be empty") + "\n")
        return 2
    try:
        body = _read_body(args.body_file)
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else translate("Cli", "not UTF-8 text")
        sys.stderr.write(f"chiplens notes add: --body-file {args.body_file}: {reason}\n")
        return 2
    uid, _ = lib.notes.create(args.title, body, tags=args.tag, links=args.link)
    out.write(uid + "\n")
    if args.shared:
        return _share(lib, uid, "chiplens notes add")
    return 0


def _share(lib: Library, uid: str, name: str) -> int:
    """Share the note with the team library from the next sync; says so on stderr (and how to connect)."""
    from db.api.team import TeamError
    try:
        lib.team.share_note(uid)
    except TeamError as exc:
        from desktop.present.team_messages import team_message
        sys.stderr.write(f"{name}: {team_message(exc.message, translate)}\n")
        return 1
    if lib.team.status().connected:
        sys.stderr.write(f"{name}: " + translate("Cli", "shared with the team: it goes at the next sync "
                                                        "(chiplens team sync)") + "\n")
    else:
        sys.stderr.write(f"{name}: " + translate(
            "Cli", "shared with the team: it goes at the first sync once this store is connected to a team "
                   "library (chiplens team connect CONNINFO)") + "\n")
    return 0


def _notes_list(lib: Library, args, out: TextIO) -> int:
    found = lib.notes.list(tag=args.tag, device=args.device, trash=args.trash, sort=args.sort)
    if args.format == "json":
        json.dump([note_json(n) for n in found], out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif found:
        table([[translate("Cli", "Updated"), translate("Cli", "Title"), translate("Cli", "Tags"),
                translate("Cli", "Links"), translate("Cli", "Uid")]]
               + [[n.updated, clip(n.title), clip(", ".join(n.tags), 30), clip(_links_text(n), 40), n.uid]
                  for n in found], out)
    if not found:
        sys.stderr.write("chiplens notes: " + translate("Cli", "no notes") + "\n")
    return 0


def _notes_search(lib: Library, args, out: TextIO) -> int:
    if args.limit < 1:
        sys.stderr.write("chiplens notes search: " + translate("Cli", "--limit must be at least 1") + "\n")
        return 2
    hits = lib.notes.search(args.query, tag=args.tag, device=args.device, limit=args.limit)
    if args.format == "json":
        by_uid = {n.uid: n for n in lib.notes.summaries([h.uid for h in hits])}
        json.dump([{**note_json(by_uid[h.uid], h.snippet), "rank": h.rank} for h in hits if h.uid in by_uid],
                  out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif hits:
        table([[translate("Cli", "Title"), translate("Cli", "Snippet"), translate("Cli", "Uid")]]
              + [[clip(h.title, 32), clip(h.snippet, 72), h.uid] for h in hits], out)
    if not hits:
        sys.stderr.write("chiplens notes search: " + say(translate("Cli", "no note matches %1"), repr(args.query))
                         + "\n")
    return 0


def _notes_export(lib: Library, args, name: str) -> int:
    """Write the notes into a folder; a file of the same name already there is replaced only with --force."""
    try:
        written = lib.notes.export(Path(args.output), replace=args.force)
    except ReplaceRefused as exc:
        names = "\n".join(f"  {p.name}" for p in exc.paths)
        sys.stderr.write(f"{name}: " + say(translate(
            "Cli", "%1 already holds %2 file(s) of the same name as the notes; nothing was written:\n%3\n"
                   "Run again with --force to replace them."), args.output, len(exc.paths), names) + "\n")
        return 1
    sys.stderr.write(say(translate("Cli", "exported %1 notes to %2"), len(written), args.output) + "\n")
    return 0


def cmd_notes(lib: Library, args, out: TextIO) -> int:
    """`chiplens notes add|list|search|export|import|share`; usage problems (bad links, unknown devices,
    unreadable or malformed files) exit 2 with a message."""
    name = f"chiplens notes {args.notes_command}"
    try:
        if args.notes_command == "add":
            return _notes_add(lib, args, out)
        if args.notes_command == "list":
            return _notes_list(lib, args, out)
        if args.notes_command == "search":
            return _notes_search(lib, args, out)
        if args.notes_command == "export":
            return _notes_export(lib, args, name)
        if args.notes_command == "share":
            return _share(lib, args.uid, name)
        if args.notes_command == "import":
            source = Path(args.source)
            if not source.exists():
                sys.stderr.write(f"{name}: {source}: " + translate("Cli", "no such file or folder") + "\n")
                return 2
            counts = lib.notes.import_files(source)
            out.write(say(translate("Cli", "created %1, updated %2, unchanged %3"), counts["created"],
                          counts["updated"], counts["unchanged"]) + "\n")
            return 0
    except UnknownDeviceError as exc:
        sys.stderr.write(f"{name}: {exc}\n")
        return 2
    except UnknownNoteError as exc:
        sys.stderr.write(f"{name}: " + say(translate("Cli", "no note with uid %1 (chiplens notes list shows them)"),
                                            repr(exc.uid)) + "\n")
        return 2
    except ValueError as exc:  # UnknownLinkError, malformed links or front matter (file and line named)
        sys.stderr.write(f"{name}: {exc}\n")
        return 2
    return 2

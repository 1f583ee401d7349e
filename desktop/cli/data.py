"""`chiplens data changes [--since VERSION] [--format table|json]`: what changed in the bundled data.

Default: the changes since the release the store held before its last upgrade (on a new store, the latest
release's own changes). The JSON keys are a contract: release, date, store_previous, since, changes (newest
release first; each with release, date, since and its lists: devices_added, devices_removed, devices_status,
presets_added, values_added, values_changed, values_removed, values_recited, shown_changed, events_added,
events_changed, events_removed, disagreements_opened, disagreements_resolved).
"""
from __future__ import annotations

import json
from typing import TextIO

from desktop.cli.words import QT_TRANSLATE_NOOP, current_language, say, translate


def add_parser(sub) -> None:
    dp = sub.add_parser("data", help=QT_TRANSLATE_NOOP("Cli", "the bundled data release: what changed in the data"))
    ds = dp.add_subparsers(dest="data_command", metavar="DATA_COMMAND", required=True)
    ch = ds.add_parser("changes", help=QT_TRANSLATE_NOOP("Cli", "devices, figures and events added, figures changed "
                                                                "(old → new, with their sources), disagreements opened "
                                                                "or resolved"))
    ch.add_argument("--since", metavar="VERSION",
                    help=QT_TRANSLATE_NOOP("Cli", "list the changes since this data release (default: the release this "
                                                  "store held before its last upgrade)"))
    ch.add_argument("--format", default="table", choices=["table", "json"])


def cmd_changes(lib, since: str | None, fmt: str, out: TextIO, err: TextIO) -> int:
    from db.api.releases import UnknownReleaseError
    from desktop.present.data_changes import NOTHING, as_text, release_line
    release = lib.releases.current()
    if release is None:
        err.write("chiplens: " + translate("Cli", "this build carries no data release (resources/seed/release.json).")
                  + "\n")
        return 1
    try:
        changes = lib.releases.changes(since)
    except UnknownReleaseError as exc:
        err.write("chiplens: " + say(translate("Cli", "no data release %1; the releases are: %2"), repr(exc.version),
                                     ", ".join(exc.known)) + "\n")
        return 2
    if fmt == "json":
        doc = {"release": release.version, "date": release.date, "store_previous": release.previous,
               "since": changes[-1].since if changes else (since or release.version),
               "changes": [{"release": c.release, "date": c.date, "since": c.since,
                            **{k: list(v) for k, v in c.entries.items()}} for c in changes]}
        json.dump(doc, out, ensure_ascii=False, indent=1)
        out.write("\n")
        return 0
    if not changes:
        out.write(release_line(release, translate, current_language()) + ": "
                  + say(translate("DataChanges", NOTHING), since or release.version) + "\n")
        return 0
    out.write(as_text(changes, translate, style=lib.style, lang=current_language()))
    return 0

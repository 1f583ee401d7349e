"""The analyst's stack facts and supply estimates in a data pack (section "analyst_facts", pack version 5).

```
"analyst_facts": [{"uid": "…", "domain": "stack" | "supply", "subject": …, "field": …, "period": …, "value": …,
                   "unit": …, "publisher": …, "title": …, "url": …, "source_date": …, "confidence": …, "note": …,
                   "created": …, "updated": …}, …]
```
The columns of analyst_fact (db.api.beyond.save_fact has what each means); only facts not in the trash are written.
Read back, each fact is checked as save_fact checks it (db.beyond.validate_fact: a stack fact's subject must be a
bundled stack id): a problem names the file, the fact's number (from 1) and its field, with a code of db.beyond (or
E_NOT_OBJECT, E_DUPLICATE) that desktop.present.beyond words. A fact is matched with the store by its uid, so that
importing the same pack twice changes nothing: one the store lacks (or holds in its trash) is added, one whose
content differs replaces the store's (every analyst fact is the analyst's own, on either machine), nothing is
removed. A pack without the section (versions 1 to 4) brings no facts and leaves the store's as they are.
"""
from __future__ import annotations

import math
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from db import beyond
from db.importers.base import Problem

SECTION = "analyst_facts"
FACT_ROW = "analyst fact"  # how a problem names the Nth fact of a pack ('pack.json, analyst fact 2, field period')
KIND = "analyst_fact"  # the preview lines' kind, and the ChangeSet kind of the write
E_NOT_OBJECT, E_DUPLICATE = "not_object", "duplicate"
CONTENT = ("domain", "subject", "field", "period", "value", "unit", "publisher", "title", "url", "source_date",
           "confidence", "note")
COLUMNS = ("uid", *CONTENT, "created", "updated")


@dataclass(frozen=True)
class FactIn:
    """One analyst fact of a pack, checked; text fields stripped, blank ones None (as save_fact stores them)."""

    row: int  # the Nth fact of the pack, from 1
    uid: str
    values: Mapping[str, str | None]  # CONTENT
    created: str | None
    updated: str | None


@dataclass
class FactWork:
    adds: list[FactIn] = field(default_factory=list)  # the store lacks them, or holds them in its trash
    changes: list[FactIn] = field(default_factory=list)


def export(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """The analyst's facts not in the trash, oldest first, as the pack carries them."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'analyst_fact'").fetchone() is None:
        return []
    rows = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM analyst_fact WHERE deleted IS NULL ORDER BY created, id")
    return [dict(zip(COLUMNS, r)) for r in rows]


def _text(value: object) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    return value.strip() or None if isinstance(value, str) else None


def parse(raw: object, name: str, problems: list[Problem]) -> list[FactIn]:
    """The pack's facts that can be saved; each one that cannot adds its problems (file, Nth fact, field, code)."""
    out: list[FactIn] = []
    seen: set[str] = set()
    for n, r in enumerate(raw if isinstance(raw, list) else [], start=1):
        if not isinstance(r, dict):
            problems.append(Problem(name, E_NOT_OBJECT, n, None, None, FACT_ROW))
            continue
        values = {k: _text(r.get(k)) for k in CONTENT}
        raw = r.get("value")
        uid = _text(r.get("uid"))
        errors = [] if uid else [("uid", beyond.E_REQUIRED, "")]
        if uid in seen:
            errors.append(("uid", E_DUPLICATE, uid or ""))
        domain = values["domain"] or ""
        given = {k: v for k, v in values.items() if v is not None}
        errors += beyond.validate_fact(domain, given, beyond.bundled_stack_ids())
        if isinstance(raw, float) and not math.isfinite(raw):  # JSON's NaN and Infinity, read as text by _text
            errors.append(("value", beyond.E_NOT_FINITE, str(raw)))
        if errors:
            problems.extend(Problem(name, code, n, where, value or None, FACT_ROW) for where, code, value in errors)
            continue
        assert uid is not None
        seen.add(uid)
        out.append(FactIn(n, uid, values, _text(r.get("created")), _text(r.get("updated"))))
    return out


def _shown(values: Mapping[str, Any]) -> str:
    parts = [values.get("value") or "", values.get("unit") or "", values.get("period") or ""]
    return " · ".join(p for p in (" ".join(parts[:2]).strip(), parts[2]) if p)


def stored(conn: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    """The store's analyst facts by uid, those in the trash too ("deleted" not None)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'analyst_fact'").fetchone() is None:
        return {}
    return {r[0]: dict(zip((*COLUMNS, "deleted"), r))
            for r in conn.execute(f"SELECT {', '.join(COLUMNS)}, deleted FROM analyst_fact")}


def plan(facts: list[FactIn], stored: Mapping[str, Mapping[str, Any]]) -> tuple[list[tuple[Any, ...]], FactWork]:
    """(preview lines as (action, row, subject, field, before, after, reason, kind), work); `stored`: stored(conn)."""
    items: list[tuple[Any, ...]] = []
    work = FactWork()
    for f in facts:
        have = stored.get(f.uid)
        subject, what = f.values["subject"], f.values["field"]
        if have is None or have["deleted"] is not None:
            items.append(("add", f.row, subject, what, "", _shown(f.values),
                          "new" if have is None else "restored", KIND))
            work.adds.append(f)
            continue
        changed = [k for k in CONTENT if (have[k] or None) != f.values[k]]
        if changed:
            items.append(("change", f.row, subject, what, _shown(have), _shown(f.values),
                          f"changed: {', '.join(k.replace('_', ' ') for k in changed)}", KIND))
            work.changes.append(f)
    return items, work


def write(conn: sqlite3.Connection, work: FactWork, now: str) -> None:
    """Write the facts in the import's transaction: an added one keeps the pack's dates (so that a round trip gives
    the same pack), a changed one is saved now."""
    for f in work.adds:
        conn.execute("DELETE FROM analyst_fact WHERE uid = ?", (f.uid,))  # one held in the trash
        conn.execute(f"INSERT INTO analyst_fact ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
                     (f.uid, *(f.values[k] for k in CONTENT), f.created or now, f.updated or f.created or now))
    for f in work.changes:
        conn.execute(f"UPDATE analyst_fact SET {', '.join(f'{k} = ?' for k in CONTENT)}, updated = ? WHERE uid = ?",
                     (*(f.values[k] for k in CONTENT), f.updated or now, f.uid))

"""The analyst's own catalog rows shared with the team (their devices, sources, figures and corrections,
pairings and groups, events), and teammates' rows as they arrive.

What is shared is found, not announced: `collect` compares every row of the analyst's own (origin 'user') with
what was last queued for it (team_row.digest) and queues what changed, appeared or went (in the transaction of
the caller). Every way a row can change (the editors, undo, imports, a restore) is seen alike.

Bodies name bundled rows by their stable slug or key, and shared rows by their id in the library
({"team": uuid}), so that a teammate's figure on a teammate's device means the same device in every store, and
two analysts' sources that happen to share a key stay two sources. A teammate's row arrives with origin 'team'
and its author (team_row.author), under its own key, or its key plus a short suffix if this store already uses
that key. It is offered like any other figure: nothing is chosen for the analyst.

A bundled device or source the analyst edited (it became theirs) is not sent: figures refer to it by its key,
which every store has.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid as uuids
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from db.team.outbox import now, queue_change, waits

ORDER = ("device", "source", "figure", "pairing", "event")  # referenced rows before the rows that refer to them
_VALUE_COLS = ("value_num", "value_text", "qualifier", "approximate", "confidence", "as_of", "note", "unit_text",
               "basis_format", "basis_sparsity", "basis_granularity", "basis_direction", "basis_scope",
               "basis_condition", "producer", "carrier_quality")
_SOURCE_COLS = ("publisher", "title", "url", "date_text", "date_sort", "kind", "other_urls", "repo_ref")
_DEVICE_COLS = ("name", "kind", "family", "status", "racks", "racks_note", "granularity", "packages")
_EVENT_COLS = ("date", "precision", "title", "summary", "actor", "jurisdiction", "category", "confidence")


@lru_cache(maxsize=1)
def _bundled() -> tuple[frozenset[str], frozenset[str]]:
    """The bundled device slugs and source keys (every store has them)."""
    import resources
    devices = json.loads(resources.seed_bytes("devices.json"))["devices"]
    sources = json.loads(resources.seed_bytes("sources.json"))["sources"]
    return frozenset(d["slug"] for d in devices), frozenset(s["key"] for s in sources)


def digest(body: dict[str, Any]) -> str:
    return hashlib.sha1(json.dumps(body, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


# ---------------------------------------------------------------- the analyst's rows as bodies

def _mine(conn: sqlite3.Connection, kind: str) -> list[str]:
    slugs, keys = _bundled()
    if kind == "device":
        return [s for (s,) in conn.execute("SELECT slug FROM device WHERE origin = 'user'") if s not in slugs]
    if kind == "source":
        return [k for (k,) in conn.execute("SELECT key FROM source WHERE origin = 'user'") if k not in keys]
    table, col = {"figure": ("spec_value", "uid"), "pairing": ("pairing", "slug"), "event": ("event", "uid")}[kind]
    return [k for (k,) in conn.execute(f"SELECT {col} FROM {table} WHERE origin = 'user'")]


class _Refs:
    """Local key -> {"team": uuid} for shared rows (anything else is named by its key), looked up as needed: a
    store holding many teammates' rows does not read them all for a few of its own."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.by_key: dict[tuple[str, str], str | None] = {}

    def __call__(self, kind: str, key: str | None) -> Any:
        if key is None:
            return None
        if (kind, key) not in self.by_key:
            row = self.conn.execute("SELECT uuid FROM team_row WHERE kind = ? AND key = ?", (kind, key)).fetchone()
            self.by_key[(kind, key)] = None if row is None else str(row[0])
        uid = self.by_key[(kind, key)]
        return {"team": uid} if uid else key


def _bodies(conn: sqlite3.Connection, kind: str, keys: list[str], ref: _Refs) -> dict[str, dict[str, Any]]:
    if not keys:
        return {}
    conn.row_factory = sqlite3.Row
    try:
        return _BODIES[kind](conn, set(keys), ref)
    finally:
        conn.row_factory = None


def _device_bodies(conn: sqlite3.Connection, keys: set[str], ref: _Refs) -> dict[str, dict[str, Any]]:
    slugs = dict(conn.execute("SELECT id, slug FROM device").fetchall())
    src = dict(conn.execute("SELECT id, key FROM source").fetchall())
    out = {}
    for r in conn.execute("SELECT d.*, o.slug AS org_slug, o.name AS org_name, o.country FROM device d "
                          "JOIN organisation o ON o.id = d.organisation_id WHERE d.origin = 'user'"):
        if r["slug"] not in keys:
            continue
        comps = [{"name": c["name"], "role": c["role"], "count": c["count"],
                  "device": ref("device", slugs.get(c["component_device_id"])),
                  "source": ref("source", src.get(c["source_id"])), "confidence": c["confidence"]}
                 for c in conn.execute("SELECT * FROM system_component WHERE system_id = ? ORDER BY id", (r["id"],))]
        aliases = [a for (a,) in conn.execute("SELECT alias FROM device_alias WHERE device_id = ? ORDER BY id",
                                              (r["id"],))]
        out[r["slug"]] = {"slug": r["slug"], **{c: r[c] for c in _DEVICE_COLS},
                          "organisation": {"slug": r["org_slug"], "name": r["org_name"], "country": r["country"]},
                          "composition_source": ref("source", src.get(r["composition_source_id"])),
                          "aliases": aliases, "components": comps}
    return out


def _source_bodies(conn: sqlite3.Connection, keys: set[str], ref: _Refs) -> dict[str, dict[str, Any]]:
    return {r["key"]: {"key": r["key"], **{c: r[c] for c in _SOURCE_COLS}}
            for r in conn.execute("SELECT * FROM source WHERE origin = 'user'") if r["key"] in keys}


def _figure_bodies(conn: sqlite3.Connection, keys: set[str], ref: _Refs) -> dict[str, dict[str, Any]]:
    out = {}
    for r in conn.execute("SELECT v.*, d.slug AS device_slug, m.key AS metric_key, s.key AS source_key "
                          "FROM spec_value v JOIN device d ON d.id = v.device_id JOIN metric m ON m.id = v.metric_id "
                          "LEFT JOIN source s ON s.id = v.source_id WHERE v.origin = 'user'"):
        if r["uid"] in keys:
            out[r["uid"]] = {"uid": r["uid"], "device": ref("device", r["device_slug"]), "metric": r["metric_key"],
                             "source": ref("source", r["source_key"]),
                             **{c: (bool(r[c]) if c == "approximate" else r[c]) for c in _VALUE_COLS}}
    return out


def _pairing_bodies(conn: sqlite3.Connection, keys: set[str], ref: _Refs) -> dict[str, dict[str, Any]]:
    slugs = dict(conn.execute("SELECT id, slug FROM device").fetchall())
    out = {}
    for r in conn.execute("SELECT * FROM pairing WHERE origin = 'user'"):
        if r["slug"] in keys:
            devices = [ref("device", slugs[r[c]]) for c in ("device_a_id", "device_b_id", "device_c_id",
                                                            "device_d_id") if r[c] is not None]
            out[r["slug"]] = {"slug": r["slug"], "name": r["name"], "devices": devices, "baseline": r["baseline"]}
    return out


def _event_bodies(conn: sqlite3.Connection, keys: set[str], ref: _Refs) -> dict[str, dict[str, Any]]:
    out = {}
    for r in conn.execute("SELECT * FROM event WHERE origin = 'user'"):
        if r["uid"] not in keys:
            continue
        sources = [list(s) for s in conn.execute("SELECT publisher, title, url, date_text FROM event_source "
                                                 "WHERE event_id = ? ORDER BY position", (r["id"],))]
        devices = [ref("device", s) for (s,) in conn.execute(
            "SELECT d.slug FROM event_device e JOIN device d ON d.id = e.device_id WHERE e.event_id = ? ORDER BY e.id",
            (r["id"],))]
        tags = [t for (t,) in conn.execute("SELECT tag FROM event_tag WHERE event_id = ? ORDER BY id", (r["id"],))]
        out[r["uid"]] = {"uid": r["uid"], **{c: r[c] for c in _EVENT_COLS}, "sources": sources, "devices": devices,
                         "tags": tags}
    return out


_BODIES = {"device": _device_bodies, "source": _source_bodies, "figure": _figure_bodies,
           "pairing": _pairing_bodies, "event": _event_bodies}


def collect(conn: sqlite3.Connection) -> int:
    """Queue every change to the analyst's shared rows since the last call (new, changed, gone); how many."""
    return len(_changes(conn, write=True))


def pending(conn: sqlite3.Connection) -> int:
    """How many changes a sync would send now: those queued, and the analyst's changes not queued yet (read
    only: the window asks this often, and a sync may be writing meanwhile)."""
    queued = {u for (u,) in conn.execute("SELECT uuid FROM team_outbox")}
    return len(queued | _changes(conn, write=False))


def _changes(conn: sqlite3.Connection, write: bool) -> set[str]:
    """The ids of the analyst's shared rows that changed since last queued (new rows: their keys when not
    `write`); with `write`, queued and marked as sent."""
    mine = {kind: _mine(conn, kind) for kind in ORDER}
    known = {(k, key): (u, d) for k, key, u, d in conn.execute(
        "SELECT kind, key, uuid, digest FROM team_row WHERE author IS NULL")}
    # a teammate's row the analyst changed here (it became theirs, origin 'user') goes to the library under its
    # own id: the library decides whether they may (a refusal is kept as a conflict)
    teammates: set[tuple[str, str]] = set()
    for kind in ORDER:
        for key in mine[kind]:
            if (kind, key) not in known:
                row = conn.execute("SELECT uuid, digest FROM team_row WHERE kind = ? AND key = ?",
                                   (kind, key)).fetchone()
                if row is not None:
                    known[(kind, key)] = (row[0], row[1])
                    teammates.add((kind, key))
    changed: set[str] = set()
    for kind in ORDER:  # ids first, so that every body can name the shared rows it refers to
        new = [(str(uuids.uuid4()), kind, key) for key in mine[kind] if (kind, key) not in known]
        if not write:
            changed.update(f"new:{kind}:{key}" for _, kind, key in new)
            continue
        conn.executemany("INSERT INTO team_row (uuid, kind, key, author, digest) VALUES (?, ?, ?, NULL, '')", new)
        known.update({(kind, key): (u, "") for u, kind, key in new})
    ref = _Refs(conn)
    for kind in ORDER:
        present = set(mine[kind])
        bodies = _bodies(conn, kind, [k for k in mine[kind] if (kind, k) in known], ref)
        for key, body in bodies.items():
            uid, before = known[(kind, key)]
            now = digest(body)
            if now != before:
                changed.add(uid)
                if write:
                    queue_change(conn, kind, uid, body)
                    conn.execute("UPDATE team_row SET digest = ? WHERE uuid = ?", (now, uid))
        for (k, key), (uid, before) in known.items():
            if k == kind and key not in present and before != "gone" and (k, key) not in teammates:
                changed.add(uid)
                if write:
                    queue_change(conn, kind, uid, None)  # deleted here: to the library's trash
                    conn.execute("UPDATE team_row SET digest = 'gone' WHERE uuid = ?", (uid,))
    return changed


# ---------------------------------------------------------------- teammates' rows, as pulled

def _local(conn: sqlite3.Connection, value: Any) -> str | None:
    """The local key a body's reference names (a bundled key as is, a shared row by its id); None if absent."""
    if value is None:
        return None
    if isinstance(value, dict):
        row = conn.execute("SELECT key FROM team_row WHERE uuid = ?", (value.get("team"),)).fetchone()
        return None if row is None else str(row[0])
    return str(value)


def _id(conn: sqlite3.Connection, table: str, col: str, key: str | None) -> int | None:
    if key is None:
        return None
    row = conn.execute(f"SELECT id FROM {table} WHERE {col} = ?", (key,)).fetchone()
    return None if row is None else int(row[0])


class Unresolved(Exception):
    """A body names a row this store does not have (yet): the row waits in team_item."""


def _need(conn: sqlite3.Connection, table: str, col: str, key: str | None) -> int:
    found = _id(conn, table, col, key)
    if found is None:
        raise Unresolved(f"{table} {key!r}")
    return found


_TABLE = {"device": ("device", "slug"), "source": ("source", "key"), "figure": ("spec_value", "uid"),
          "pairing": ("pairing", "slug"), "event": ("event", "uid")}


def _free_key(conn: sqlite3.Connection, kind: str, wanted: str, uid: str) -> str:
    table, col = _TABLE[kind]
    taken = conn.execute(f"SELECT 1 FROM {table} WHERE {col} = ?", (wanted,)).fetchone()
    return wanted if taken is None else f"{wanted}-{uid[:8]}"


def write_body(conn: sqlite3.Connection, kind: str, key: str, body: dict[str, Any], origin: str) -> None:
    """Make or update the row `key` of `kind` from a body (its references resolved here)."""
    table, col = _TABLE[kind]
    row_id = _id(conn, table, col, key)
    if kind == "source":
        values = {c: body.get(c) for c in _SOURCE_COLS}
        values["publisher"] = values["publisher"] or ""
        for c in ("title", "date_text", "kind", "other_urls"):
            values[c] = values[c] or ""
    elif kind == "device":
        org = body["organisation"]
        org_id = _id(conn, "organisation", "slug", org["slug"])
        if org_id is None:
            org_id = conn.execute("INSERT INTO organisation (slug, name, country, aliases) VALUES (?, ?, ?, '')",
                                  (org["slug"], org["name"], org["country"])).lastrowid
        values = {c: body.get(c) for c in _DEVICE_COLS}
        values.update(organisation_id=org_id,
                      composition_source_id=_id(conn, "source", "key", _local(conn, body.get("composition_source"))))
        for c in ("family", "racks_note"):
            values[c] = values[c] or ""
    elif kind == "figure":
        values = {c: body.get(c) for c in _VALUE_COLS}
        values.update(device_id=_need(conn, "device", "slug", _local(conn, body["device"])),
                      metric_id=_need(conn, "metric", "key", body["metric"]),
                      source_id=_id(conn, "source", "key", _local(conn, body.get("source"))))
        for c in ("note", "unit_text"):
            values[c] = values[c] or ""
    elif kind == "pairing":
        found = [_need(conn, "device", "slug", _local(conn, d)) for d in body["devices"]][:4]
        if len(found) < 2:
            raise Unresolved("a pairing needs two devices")
        ids: list[int | None] = [*found, *[None] * (4 - len(found))]
        values = {"name": body["name"], "device_a_id": ids[0], "device_b_id": ids[1], "device_c_id": ids[2],
                  "device_d_id": ids[3], "baseline": int(body.get("baseline") or 1)}
        if row_id is None:
            values["position"] = int(conn.execute("SELECT coalesce(max(position), 0) + 1 FROM pairing").fetchone()[0])
    else:  # event
        values = {c: body.get(c) or "" for c in _EVENT_COLS}
        values["updated"] = body.get("updated") or now()
        if row_id is None:
            values["created"] = values["updated"]
    values["origin"] = origin
    if row_id is None:
        cols = [col, *values]
        row_id = int(conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                                  (key, *values.values())).lastrowid or 0)
    else:
        conn.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in values)} WHERE id = ?",
                     (*values.values(), row_id))
    if kind == "device":
        _device_children(conn, row_id, body)
    elif kind == "event":
        _event_children(conn, row_id, body)


def _device_children(conn: sqlite3.Connection, dev_id: int, body: dict[str, Any]) -> None:
    from db.seed import norm_alias
    conn.execute("DELETE FROM device_alias WHERE device_id = ?", (dev_id,))
    conn.execute("DELETE FROM system_component WHERE system_id = ?", (dev_id,))
    for alias in body.get("aliases") or ():
        norm = norm_alias(alias)
        if conn.execute("SELECT 1 FROM device_alias WHERE alias_norm = ?", (norm,)).fetchone() is None:
            conn.execute("INSERT INTO device_alias (device_id, alias, alias_norm) VALUES (?, ?, ?)",
                         (dev_id, alias, norm))
    for c in body.get("components") or ():
        conn.execute("INSERT INTO system_component (system_id, component_device_id, name, role, count, source_id, "
                     "confidence) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (dev_id, _id(conn, "device", "slug", _local(conn, c.get("device"))), c["name"],
                      c["role"], c.get("count"), _id(conn, "source", "key", _local(conn, c.get("source"))),
                      c.get("confidence")))


def _event_children(conn: sqlite3.Connection, event_id: int, body: dict[str, Any]) -> None:
    for table in ("event_source", "event_device", "event_tag"):
        conn.execute(f"DELETE FROM {table} WHERE event_id = ?", (event_id,))
    conn.executemany("INSERT INTO event_source (event_id, position, publisher, title, url, date_text) "
                     "VALUES (?, ?, ?, ?, ?, ?)",
                     [(event_id, pos, s[0] or "", s[1] or "", s[2], s[3]) for pos, s in enumerate(body["sources"])])
    devices = [_id(conn, "device", "slug", _local(conn, d)) for d in body.get("devices") or ()]
    conn.executemany("INSERT OR IGNORE INTO event_device (event_id, device_id) VALUES (?, ?)",
                     [(event_id, d) for d in devices if d is not None])
    conn.executemany("INSERT INTO event_tag (event_id, tag) VALUES (?, ?)", [(event_id, t) for t in body["tags"]])


def remove(conn: sqlite3.Connection, kind: str, key: str) -> None:
    table, col = _TABLE[kind]
    if kind == "device":
        conn.execute("DELETE FROM value_choice WHERE device_slug = ?", (key,))
    conn.execute(f"DELETE FROM {table} WHERE {col} = ?", (key,))


def apply_pulled(conn: sqlite3.Connection, rows: Iterable[tuple[Any, ...]], me: str | None) -> int:
    """Rows as pulled (uuid, kind, body, author, version, updated, deleted), in the pull's transaction: made,
    updated or removed here (a removed row waits in the library's trash). Teammates' rows are the team's; the
    analyst's own come back as theirs (a second computer, a new store, an administrator's correction), unless a
    change of theirs waits here to be sent or settled. A row that names one this store lacks waits in team_item
    and is tried again at the next pull. How many were applied."""
    todo = sorted((r for r in rows if r[1] in _TABLE), key=lambda r: ORDER.index(r[1]))
    waiting = conn.execute("SELECT 1 FROM team_row WHERE digest = 'waiting' LIMIT 1").fetchall()
    if waiting:  # rows an earlier pull could not place: their referents may be here now
        todo += [tuple(r) for r in conn.execute(
            "SELECT uuid, kind, body, author, version, updated, deleted FROM team_item WHERE uuid IN "
            "(SELECT uuid FROM team_row WHERE digest = 'waiting')")]
        todo.sort(key=lambda r: ORDER.index(r[1]))
    ref = _Refs(conn)
    applied = 0
    for uid, kind, body, author, _version, _updated, deleted in todo:
        mine = author == me
        known = conn.execute("SELECT key, digest FROM team_row WHERE uuid = ?", (uid,)).fetchone()
        doc = json.loads(body)
        if mine and known is not None and (waits(conn, uid) or (deleted is None and known[1] == digest(doc))):
            continue  # a change of the analyst's own is on its way, or this is what they sent
        if deleted is not None:
            if known is not None and known[1] != "gone":
                if known[1] != "waiting":
                    remove(conn, kind, known[0])
                conn.execute("UPDATE team_row SET digest = 'gone' WHERE uuid = ?", (uid,))
            continue
        wanted = str(doc.get("slug") or doc.get("key") or doc.get("uid") or uid)
        key = known[0] if known is not None else _free_key(conn, kind, wanted, uid)
        if known is None:  # 'waiting' rows keep an author until placed, so that a sync never reads them as gone
            conn.execute("INSERT INTO team_row (uuid, kind, key, author, digest) VALUES (?, ?, ?, ?, 'waiting')",
                         (uid, kind, key, author))
            ref.by_key[(kind, key)] = uid
        conn.execute("SAVEPOINT team_row_apply")
        try:
            write_body(conn, kind, key, doc, "user" if mine else "team")
        except Unresolved:
            conn.execute("ROLLBACK TO team_row_apply")
            conn.execute("UPDATE team_row SET digest = 'waiting', author = ? WHERE uuid = ?", (author, uid))
            conn.execute("RELEASE team_row_apply")
            continue
        conn.execute("RELEASE team_row_apply")
        if mine:  # the analyst's own again: what is here now counts as sent
            here = _bodies(conn, kind, [key], ref).get(key)
            conn.execute("UPDATE team_row SET digest = ?, author = NULL WHERE uuid = ?",
                         (digest(here) if here is not None else "", uid))
        else:
            conn.execute("UPDATE team_row SET digest = '', author = ? WHERE uuid = ?", (author, uid))
        applied += 1
    return applied


def author_of(conn: sqlite3.Connection, kind: str, key: str) -> str | None:
    """The teammate who added a row of the team's (None: the analyst's own, or bundled)."""
    row = conn.execute("SELECT author FROM team_row WHERE kind = ? AND key = ?", (kind, key)).fetchone()
    return None if row is None else row[0]


# ---------------------------------------------------------------- conflicts

def title_of(kind: str, body: dict[str, Any]) -> str:
    """What a body is, in the analyst's words (for the conflicts list)."""
    if kind in ("note", "event"):
        return str(body.get("title") or "")
    if kind == "source":
        return " — ".join(x for x in (str(body.get("publisher") or ""), str(body.get("title") or "")) if x)
    if kind in ("device", "pairing"):
        return str(body.get("name") or body.get("slug") or "")
    if kind == "figure":
        device = body.get("device")
        name = device if isinstance(device, str) else "?"
        value = body.get("value_num") if body.get("value_num") is not None else body.get("value_text")
        return f"{name} · {body.get('metric', '')} = {value}"
    return ""


def resolve(conn: sqlite3.Connection, conflict_id: int, keep: str, merged: dict[str, Any] | None) -> None:
    """Settle a kept conflict in the store's transaction: see db.api.team.resolve."""
    row = conn.execute("SELECT uuid, kind, mine, theirs, theirs_version, reason FROM team_conflict WHERE id = ? "
                       "AND resolved IS NULL", (conflict_id,)).fetchone()
    if row is None:
        raise ValueError(f"no open conflict {conflict_id}")
    uid, kind, mine, theirs, version, reason = row
    mine_doc = None if mine is None else json.loads(mine)
    theirs_doc = None if theirs is None else json.loads(theirs)
    if reason == "refused" and keep in ("mine", "merged"):
        raise ValueError("the library refused this change: keep theirs, or keep yours as a copy")
    chosen = {"mine": mine_doc, "theirs": theirs_doc, "merged": merged, "copy": theirs_doc}[keep]
    # the library's version is the base from now on: a change queued below goes over it, not against it
    conn.execute("UPDATE team_item SET version = ? WHERE uuid = ?", (version, uid))
    if kind == "note":
        from db.team import shared_notes
        shared_notes.settle(conn, uid, chosen, queue=keep in ("mine", "merged"),
                            copy_of=mine_doc if keep == "copy" else None)
    else:
        known = conn.execute("SELECT key, author FROM team_row WHERE uuid = ?", (uid,)).fetchone()
        if known is not None:
            key, author = known
            origin = "user" if author is None else "team"
            if chosen is None:
                remove(conn, kind, key)
            else:
                write_body(conn, kind, key, chosen, origin)
            if keep in ("mine", "merged"):  # sent again at the next sync, over the library's version
                conn.execute("UPDATE team_row SET digest = '' WHERE uuid = ?", (uid,))
            elif author is None:  # the library's version is now what was last sent
                body = _bodies(conn, kind, [key], _Refs(conn)).get(key)
                conn.execute("UPDATE team_row SET digest = ? WHERE uuid = ?",
                             ("gone" if body is None else digest(body), uid))
    conn.execute("UPDATE team_conflict SET resolved = ? WHERE id = ?", (now(), conflict_id))
    if kind != "note":
        collect(conn)

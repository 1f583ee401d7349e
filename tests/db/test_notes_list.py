"""The notes list a page at a time (db.notes_list) on a real store: pages walked forwards, backwards and from an
offset give exactly the list in its order, for both orders and every filter; the count, a key's row number, one
note's row, and the tags from one walk of the tag index."""
from __future__ import annotations

import random
import sqlite3
from contextlib import closing

import pytest

from db import api, notes
from db.connect import connect
from db.dto import NoteQuery

TAGS = ("HBM", "hbm", "supply", "export controls", "华为")
TITLES = ("alpha", "Alpha", "beta", "Zeta", "zeta", "émigré", "Émile", "昇腾 notes", "", "  padded", "_under", "%pct")


def fill(path, count: int, seed: int = 3) -> list[str]:
    """`count` notes in one transaction: titles that tie and differ only in case, updated times that tie, tags
    in two cases, links to the first bundled devices, a tenth in the trash. Returns the device slugs linked."""
    rng = random.Random(seed)
    with closing(connect(path)) as conn:
        devices = [r[0] for r in conn.execute("SELECT slug FROM device ORDER BY slug LIMIT 3")]
        conn.isolation_level = None
        conn.execute("BEGIN")
        for i in range(count):
            tags = notes.clean_tags(rng.sample(TAGS, rng.randint(0, 2)))
            links = (("device", rng.choice(devices)),) if rng.random() < 0.4 else ()
            stamp = f"2026-0{rng.randint(1, 3)}-0{rng.randint(1, 4)}T00:00:00Z"  # many ties
            uid = notes.insert_note(conn, f"{rng.choice(TITLES)}{rng.randint(0, 3)}", "body", tags, links,
                                    created=stamp, updated=stamp)
            if rng.random() < 0.1:
                notes.set_deleted(conn, uid, True)
        conn.execute("COMMIT")
    return devices


def expected(path, q: NoteQuery) -> list[str]:
    """The list `q` in its order, worked out in Python from every row."""
    with closing(sqlite3.connect(path)) as c:
        rows = c.execute("SELECT id, uid, title, updated, deleted FROM note").fetchall()
        tags = {}
        for note_id, tag in c.execute("SELECT note_id, tag FROM note_tag"):
            tags.setdefault(note_id, set()).add(tag.lower())
        links = {}
        for note_id, kind, target in c.execute("SELECT note_id, kind, target FROM note_link"):
            links.setdefault(note_id, set()).add((kind, target))
    keep = [r for r in rows if (r[4] is not None) == q.trash
            and (q.tag is None or q.tag.lower() in tags.get(r[0], set()))
            and (q.device is None or ("device", q.device) in links.get(r[0], set()))
            and (q.linked_any is None or set(q.linked_any) & links.get(r[0], set()))
            and all(w.lower() in r[2].lower() for w in q.title_words)]
    fold = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
    if q.sort == "updated":
        keep.sort(key=lambda r: (r[3], r[0]), reverse=True)
    else:
        keep.sort(key=lambda r: (r[2].translate(fold), r[0]))
    return [r[1] for r in keep]


def queries(devices: list[str]) -> list[NoteQuery]:
    out = []
    for sort in ("updated", "title"):
        out += [NoteQuery(sort=sort), NoteQuery(sort=sort, trash=True), NoteQuery(tag="hbm", sort=sort),
                NoteQuery(device=devices[0], sort=sort), NoteQuery(trash=True, title_words=("ALPHA",), sort=sort),
                NoteQuery(linked_any=(("device", devices[1]), ("device", devices[2])), sort=sort),
                NoteQuery(tag="HBM", device=devices[1], sort=sort), NoteQuery(title_words=("_under",), sort=sort)]
    return out


@pytest.fixture
def filled(db_path):
    return db_path, fill(db_path, 700)


def test_pages_forwards_backwards_and_from_an_offset_give_the_list_in_its_order(filled):
    path, devices = filled
    for q in queries(devices):
        want = expected(path, q)
        assert api.count_notes(path, q) == len(want), q
        forward, after = [], None
        while page := api.note_page(path, q, 37, after):
            forward += page
            after = page[-1][0]
        assert [n.uid for _k, n in forward] == want, q
        backward, before = [], None
        while page := api.note_page(path, q, 41, before, backward=True):
            backward[:0] = page
            before = page[0][0]
        assert [n.uid for _k, n in backward] == want, q
        for offset in (0, 5, len(want) // 2, max(len(want) - 3, 0)):
            assert [n.uid for _k, n in api.note_page(path, q, 10, offset=offset)] == want[offset:offset + 10], q
            tail = want[max(len(want) - offset - 10, 0):len(want) - offset]
            assert [n.uid for _k, n in api.note_page(path, q, 10, backward=True, offset=offset)] == tail, q
        for i in {0, len(want) // 3, len(want) - 1} if want else ():
            assert api.note_position(path, q, forward[i][0]) == i, q


def test_a_page_carries_the_summaries_the_list_shows(filled):
    path, _devices = filled
    page = api.note_page(path, NoteQuery(), 50)
    whole = {n.uid: n for n in api.list_notes(path)}
    assert [n for _k, n in page] == [whole[n.uid] for _k, n in page]  # tags and resolved links included


def test_one_row_is_read_after_a_save_and_says_when_the_note_left_the_list(filled):
    path, _devices = filled
    uid = api.note_page(path, NoteQuery(tag="supply"), 1)[0][1].uid
    api.save_note(path, uid, "Moved up", "new text", tags=("supply",))
    key, note = api.note_row(path, NoteQuery(), uid)
    assert note.title == "Moved up" and api.note_page(path, NoteQuery(), 1)[0][1].uid == uid
    assert api.note_position(path, NoteQuery(), key) == 0
    api.save_note(path, uid, "Moved up", "new text", tags=())
    assert api.note_row(path, NoteQuery(tag="supply"), uid) is None
    assert api.note_row(path, NoteQuery(trash=True), uid) is None


def test_tags_come_from_one_walk_of_the_tag_index_trash_included(db_path):
    live, _ = api.create_note(db_path, "Live", tags=("hbm", "Supply"))
    gone, _ = api.create_note(db_path, "Gone", tags=("only in the trash", "HBM"))
    api.delete_note(db_path, gone)
    assert api.note_tags(db_path) == ["HBM", "hbm", "only in the trash", "Supply"]
    with closing(connect(db_path)) as conn:
        plan = " ".join(str(r) for r in conn.execute(
            "EXPLAIN QUERY PLAN WITH RECURSIVE t(tag) AS (SELECT (SELECT min(tag) FROM note_tag) UNION ALL "
            "SELECT (SELECT min(tag) FROM note_tag WHERE tag > t.tag) FROM t WHERE t.tag IS NOT NULL) SELECT tag FROM t"))
    assert "COVERING INDEX ix_note_tag_tag" in plan and "SCAN note_tag" not in plan
    api.save_note(db_path, live, "Live", "", tags=())
    assert api.note_tags(db_path) == ["HBM", "only in the trash"]


def test_the_plain_list_and_its_count_walk_indexes_not_the_notes(filled):
    path, _devices = filled
    with closing(connect(path)) as conn:
        for sort in ("updated", "title"):
            plan = " ".join(str(r) for r in conn.execute(
                f"EXPLAIN QUERY PLAN SELECT n.id FROM note n INDEXED BY ix_note_deleted_{sort} WHERE n.deleted IS NULL "
                f"ORDER BY {'n.updated DESC, n.id DESC' if sort == 'updated' else 'n.title COLLATE NOCASE, n.id'}"))
            assert f"ix_note_deleted_{sort}" in plan and "TEMP B-TREE" not in plan, plan


def test_an_unknown_sort_is_refused(db_path):
    with pytest.raises(ValueError):
        api.note_page(db_path, NoteQuery(sort="size"), 10)

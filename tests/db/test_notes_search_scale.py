"""Notes search over a store of thousands of notes (made here): the first page comes from a bounded read of the
index (no bm25 over every match, no merge of every word a long prefix starts), and stays right: every hit
matches, title matches come first, the newest first within each kind of match, filters and CJK still work."""
import re
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from db import api, notes, notes_find
from db.connect import connect

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "dbs"
WORDS = ("supply", "bandwidth", "memory", "cluster", "export", "licence", "wafer", "yield", "packaging", "rack",
         "tender", "sample", "volume", "margin", "power")
MANY = notes_find.RANK_POOL * 2  # more matches than are ranked, so that broad queries take the bounded path


def body(i: int) -> str:
    words = [WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(12)]
    return (f"Note {i}: " + " ".join(words) + f". Kunlun mention {i}." + (" 昇腾集群的功耗。" if i % 5 == 0 else "")
            + (" The Kunlun roadmap slipped." if i % 20 == 0 else ""))


@pytest.fixture
def big_store(db_path):
    """An old note titled 'Kunlun roadmap', then MANY newer notes that mention Kunlun in their bodies, a tenth of them
    tagged 'memory' and linked to the H100."""
    with closing(connect(db_path)) as conn:
        conn.isolation_level = None
        conn.execute("BEGIN")
        old = notes.insert_note(conn, "Kunlun roadmap", "Baidu's plan.", ("baidu",), (), created="2016-01-01T00:00:00Z")
        for i in range(MANY):
            tagged = i % 10 == 0
            notes.insert_note(conn, f"Entry {i}", body(i), ("memory",) if tagged else (),
                              (("device", "h100-sxm"),) if tagged else (),
                              created="2020-01-01T00:00:00Z")
        conn.execute("COMMIT")
    return db_path, old


def order_of(db_path: Path) -> dict[str, int]:
    """Each note's creation order (its row id): 'newest first' means the highest first."""
    with closing(sqlite3.connect(db_path)) as conn:
        return dict(conn.execute("SELECT uid, id FROM note"))


def matches(hit, prefixes: list[str]) -> bool:
    note_text = " ".join((hit.title, *hit.tags))
    return all(re.search(rf"(?<![^\W_]){re.escape(p)}", note_text, re.IGNORECASE) for p in prefixes)


def test_a_one_letter_query_gives_a_full_page_of_real_matches_title_matches_first_newest_first(big_store):
    db, _ = big_store
    order = order_of(db)
    hits = api.search_notes(db, "e", limit=50)
    assert len(hits) == 50
    for hit in hits:  # every hit really has a word starting with 'e' (its title 'Entry …' or in its body)
        full = api.get_note(db, hit.uid)
        assert re.search(r"(?<![^\W_])e", f"{full.title} {full.body} {' '.join(full.tags)}", re.IGNORECASE)
    keys = [(h.rank, -order[h.uid]) for h in hits]
    assert keys == sorted(keys) and hits[0].rank == 0 and hits[0].title.startswith("Entry")
    assert [h.uid for h in hits] == [h.uid for h in api.search_notes(db, "e", limit=250)[:50]]  # pages agree


def test_a_specific_query_puts_its_title_match_first_even_when_it_is_the_oldest(big_store):
    db, old = big_store
    hits = api.search_notes(db, "kunlun roadmap")
    assert len(hits) == 1 + MANY // 20  # fewer than RANK_POOL: all of them ranked
    assert hits[0].uid == old and hits[0].rank < hits[-1].rank
    assert all("roadmap" in api.get_note(db, h.uid).body.casefold() for h in hits[1:])
    assert api.search_notes(db, "baidu")[0].uid == old  # title and tags


def test_long_prefixes_are_searched_as_the_words_they_start_never_as_an_fts5_prefix_merge(big_store):
    db, _ = big_store
    seen: list[str] = []
    with closing(connect(db)) as conn:
        conn.set_trace_callback(seen.append)
        hits = notes.search(conn, "Kunl bandw", limit=50)
    assert len(hits) == 50
    fts = [s for s in seen if "note_fts MATCH" in s]
    assert fts and not [s for s in seen if "bm25(" in s]
    assert all("LIMIT" in s or "rowid >=" in s for s in fts if "FROM note_fts " in s)  # bounded reads
    assert '"kunlun"' in " ".join(seen) and '"kunl"*' not in " ".join(seen)
    assert notes_find.match_expr(sqlite3.connect(db), "zebrafish") is None  # no indexed word starts with it


def test_filters_and_cjk_on_a_big_store(big_store):
    db, _ = big_store
    tagged = api.search_notes(db, "s", tag="memory", limit=50)
    assert len(tagged) == 50 and all(h.tags == ("memory",) for h in tagged)
    on_screen = api.search_notes(db, "k", device="H100", limit=50)
    assert len(on_screen) == 50 and all(h.tags == ("memory",) for h in on_screen)
    linked = api.search_notes(db, "wafer", linked_any=[("device", "h100-sxm"), ("device", "ascend-910c")], limit=500)
    assert linked and {h.tags for h in linked} == {("memory",)}
    assert len(linked) == sum(1 for i in range(0, MANY, 10) if "wafer" in body(i))
    cjk = api.search_notes(db, "昇腾", limit=50)
    assert len(cjk) == 50 and all("[[昇腾]]" in h.snippet for h in cjk)
    assert api.search_notes(db, "腾昇") == []


def test_the_word_list_holds_every_long_word_of_the_index_as_fts5_spells_it(db_path):
    text = ("Café naïve Ærøskøbing straße İstanbul ﬁnance Ελλάδα Москва 123456 英伟达H100的 昇腾 "
            "co-packaged optics_and_more e\u0301tude CloudMatrix384 x86_64")
    api.create_note(db_path, "Ünïcödé títle", text, tags=["Ré-export"])
    uid, _ = api.create_note(db_path, "Draft", "short")
    api.save_note(db_path, uid, "Draft", "Zyxwvut appears after a save")
    assert [h.uid for h in api.search_notes(db_path, "zyxw")] == [uid]  # re-indexed at the search, word listed
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, note_fts, 'row')")
        indexed = {r[0] for r in conn.execute("SELECT term FROM temp.v WHERE length(term) >= ?", (notes_find.MIN_TERM,))}
        listed = {r[0] for r in conn.execute("SELECT term FROM note_term")}
    assert indexed <= listed and {"cafe", "naive", "istanbul", "zyxwvut", "cloudmatrix384"} <= indexed
    for query in ("café", "naïv", "Ærøs", "Моск", "Ελλά", "cloudm", "etud", "ré-exp", "unic"):
        assert api.search_notes(db_path, query), query


def test_rebuilding_the_index_lists_its_words_again(db_path):
    uid, _ = api.create_note(db_path, "Hanguang", "Alibaba's accelerator")
    with closing(connect(db_path)) as conn:
        conn.execute("DELETE FROM note_term")
        notes.rebuild_index(conn)
        conn.commit()
    assert [h.uid for h in api.search_notes(db_path, "hangu")] == [uid]


def test_a_0008_store_keeps_its_notes_searchable_after_the_upgrade(tmp_path, seeded_template):
    db = tmp_path / "data" / api.DB_FILENAME
    db.parent.mkdir()
    shutil.copy(FIXTURES / "schema-0008.sqlite", db)
    with closing(sqlite3.connect(db)) as conn:
        stored = dict(conn.execute("SELECT title, uid FROM note WHERE deleted IS NULL"))
    assert api.open_store(db).migrated_from == "0008"
    hbm, cjk = stored["HBM supply for the 910C"], stored["昇腾 910C 集群"]
    assert [h.uid for h in api.search_notes(db, "h")] == [hbm]  # one letter: the new prefix lists
    assert [h.uid for h in api.search_notes(db, "supp")] == [hbm]  # a long prefix: the word list
    assert [h.uid for h in api.search_notes(db, "cloudmat")] == [cjk]
    assert [h.uid for h in api.search_notes(db, "昇腾")] == [cjk]
    assert {h.uid for h in api.search_notes(db, "910c")} == {hbm, cjk}
    assert api.search_notes(db, "scratch") == [] and api.search_notes(db, "kept") == []  # the trash stays out
    uid, _ = api.create_note(db, "After the upgrade", "Kunlunxin P800")
    assert [h.uid for h in api.search_notes(db, "kunlunx")] == [uid]


def test_the_device_and_on_screen_filters_read_the_link_index_alone(db_path):
    with closing(sqlite3.connect(db_path)) as conn:
        plan = " ".join(r[3] for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT note_id FROM note_link WHERE kind = 'device' AND target IN ('a', 'b')"))
    assert "COVERING INDEX ix_note_link_kind_target" in plan


def test_the_hits_are_read_by_their_ids_not_by_walking_every_live_note(big_store):
    """The list's index on (deleted, updated) must not tempt the planner into reading every live note to find the
    page of hits (at a million notes that was 120 ms of every search)."""
    db, _ = big_store
    seen: list[str] = []
    with closing(connect(db)) as conn:
        conn.set_trace_callback(seen.append)
        assert notes.search(conn, "Kunl", limit=50)
        conn.set_trace_callback(None)
        reads = [s for s in seen if s.lstrip().startswith("SELECT id, uid, title") and "FROM note " in s]
        assert reads
        for statement in reads:
            plan = " ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + statement))
            assert "INTEGER PRIMARY KEY" in plan and "ix_note_deleted" not in plan, plan

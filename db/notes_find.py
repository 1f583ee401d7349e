"""Finding notes at any size: the FTS5 query for what the user typed, and the first page of hits, each read
newest first from the index and stopped after what it needs.

Prefixes. note_fts indexes prefixes of one to three characters (prefix = '1 2 3'), so 's' or 'hua' read one list.
A longer prefix ('huawei'*) would make FTS5 merge the lists of every word that starts with it before the first hit
(linear in the matches: tens of ms at 100,000 notes), so the index's words of four characters or more are kept in
`note_term`, as FTS5 spells them, and a longer typed word becomes an OR of the words it starts, which FTS5 reads
lazily. The words of a text are taken from FTS5 itself (a contentless temporary index with the same tokenizer),
never re-implemented here.

Ranking (`ranked`). A query that matches fewer than RANK_POOL notes is ranked by bm25 over all its matches; a
broader one (a letter or two, a common word) would make bm25 read every match, so its hits are the notes whose
title matches, newest first, then the others, newest first.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from db.notes_search import query_words

MIN_TERM = 4  # shorter prefixes are read from the index's own prefix lists
MAX_TERMS = 200  # a prefix that stands for more words is left to FTS5 as a prefix
RANK_POOL = 1_000  # a query matching fewer notes is ranked by bm25; a broader one: title matches, then newest first
TITLE_WEIGHT, BODY_WEIGHT, TAGS_WEIGHT = 10.0, 1.0, 5.0
_TOKENIZER = "tokenize = 'unicode61 remove_diacritics 2'"  # note_fts's


def remember_terms(conn: sqlite3.Connection, texts: Iterable[str]) -> None:
    """Add the words of `texts` (as indexed: CJK already split) of MIN_TERM characters or more to note_term."""
    texts = [(t,) for t in texts if t]
    if not texts:
        return
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.note_words USING fts5(t, {_TOKENIZER}, "
                 "content = '', detail = none)")
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.note_words_vocab USING fts5vocab(temp, note_words, 'row')")
    conn.executemany("INSERT INTO temp.note_words (t) VALUES (?)", texts)
    conn.execute(f"INSERT OR IGNORE INTO note_term (term) SELECT term FROM temp.note_words_vocab "
                 f"WHERE length(term) >= {MIN_TERM}")
    conn.execute("INSERT INTO temp.note_words (note_words) VALUES ('delete-all')")


def remember_all_terms(conn: sqlite3.Connection) -> None:
    """note_term made again from the whole index (after rebuilding it)."""
    conn.execute("DELETE FROM note_term")
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.note_fts_words USING fts5vocab(main, note_fts, 'row')")
    conn.execute(f"INSERT INTO note_term (term) SELECT term FROM temp.note_fts_words WHERE length(term) >= {MIN_TERM}")


def _words_starting(conn: sqlite3.Connection, prefix: str) -> list[str] | None:
    """The indexed words that start with `prefix` (lower case ASCII), or None if there are too many to list."""
    end = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    words = [r[0] for r in conn.execute("SELECT term FROM note_term WHERE term >= ? AND term < ? LIMIT ?",
                                        (prefix, end, MAX_TERMS + 1))]
    return None if len(words) > MAX_TERMS else words


def match_expr(conn: sqlite3.Connection, query: str) -> str | None:
    """The FTS5 query for what the user typed: every word must match; latin words as prefixes, CJK runs as phrases
    of single characters. None if the query holds nothing searchable or a word starts no indexed word."""
    terms = []
    for cjk, word in query_words(query):
        if cjk:
            terms.append('"' + " ".join(cjk) + '"')
            continue
        low = word.lower()
        # an ASCII word folds as FTS5 folds it (lower case); others are left to FTS5's own prefix query
        words = _words_starting(conn, low) if len(word) >= MIN_TERM and word.isascii() else None
        if words is None:
            terms.append(f'"{word}"*')
        elif not words:
            return None
        else:
            terms.append("(" + " OR ".join(f'"{w}"' for w in words) + ")")
    return " AND ".join(terms) or None  # FTS5 needs AND spelled out between parentheses


def ranked(conn: sqlite3.Connection, match: str, where: list[str], args: list[object],
           limit: int) -> list[tuple[int, float]]:
    """(note id, rank) of the first `limit` hits, best first (see the module's doc): bm25 (lower is better) when
    the query matches fewer than RANK_POOL notes (or `limit`); else 0 for a title match, 1 for the others."""
    cond = "".join(f"AND {w} " for w in where)

    def newest(expr: str, count: int, offset: int = 0) -> list[int]:
        return [r[0] for r in conn.execute(f"SELECT rowid FROM note_fts WHERE note_fts MATCH ? {cond}"
                                           "ORDER BY rowid DESC LIMIT ? OFFSET ?", [expr, *args, count, offset])]
    if not newest(match, 1, max(RANK_POOL, limit) - 1):
        return conn.execute(
            f"SELECT rowid, bm25(note_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}, {TAGS_WEIGHT}) AS score FROM note_fts "
            f"WHERE note_fts MATCH ? {cond}ORDER BY score, rowid DESC LIMIT ?", [match, *args, limit]).fetchall()
    titled = newest(f"{{title}} : ({match})", limit)  # fewer than `limit`: all the title matches
    seen = set(titled)
    rest = [i for i in newest(match, limit + len(titled)) if i not in seen] if len(titled) < limit else []
    return [(i, 0.0) for i in titled] + [(i, 1.0) for i in rest[:limit - len(titled)]]

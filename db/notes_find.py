"""Finding notes at any size: the FTS5 query for what the user typed, and the first page of hits, each read
newest first from the index and stopped after what it needs.

Prefixes. note_fts indexes prefixes of one to three characters (prefix = '1 2 3'), so 's' or 'hua' read one list.
A longer prefix ('huawei'*) would make FTS5 merge the lists of every word that starts with it before the first hit
(linear in the matches: tens of ms at 100,000 notes), so the index's words of four characters or more are kept in
`note_term`, as FTS5 spells them, and a longer typed word becomes an OR of the words it starts, which FTS5 reads
lazily. The words of a text are taken from FTS5 itself (a contentless temporary index with the same tokenizer),
never re-implemented here.

Ranking (`ranked`). The hits are the newest RANK_POOL matches (all of them when fewer), the notes whose title
matches first, then those whose tags match, then the others, each newest first. FTS5's bm25 is not used: it counts
every note holding each word of the query before ranking anything (linear in the matches: a common word takes tens
of ms at 1M notes even when a filter leaves a handful of hits).
"""
from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Iterable

from db.notes_search import CJK_CHARS, SEP, query_words

MIN_TERM = 4  # shorter prefixes are read from the index's own prefix lists
MAX_TERMS = 200  # a prefix that stands for more words is left to FTS5 as a prefix
RANK_POOL = 1_000  # the newest matches ranked (title, tags, body); a query matching fewer is ranked whole
FILTERED_POOL = 200  # with a filter: reaching 1,000 hits that pass it could mean reading most of the index
_TOKENIZER = "tokenize = 'unicode61 remove_diacritics 2'"  # note_fts's


@functools.cache
def _pattern(name: str) -> re.Pattern[str]:
    return re.compile({"ascii word": "[A-Za-z0-9]+", "other": f"[^\\x00-\\x7f{CJK_CHARS}{SEP}]"}[name])


def _beyond_ascii(chunk: str) -> bool:
    """Whether a chunk of text holds a letter, digit or mark outside ASCII and CJK (which FTS5 folds its own way)."""
    import unicodedata  # only when a note is indexed: not on the start-up path
    return any(unicodedata.category(ch)[0] in "LNM" or unicodedata.category(ch) == "Co"
               for ch in _pattern("other").findall(chunk))


def remember_terms(conn: sqlite3.Connection, texts: Iterable[str]) -> None:
    """Add the words of `texts` (as indexed: CJK already split) of MIN_TERM characters or more to note_term.

    Words never span white space, so the text is taken chunk by chunk: where every letter and digit is ASCII (or CJK,
    set apart by the index's separators) FTS5's words are the runs of [A-Za-z0-9] in lower case; the other chunks
    (accents, other scripts) are handed to FTS5's own tokenizer."""
    plain: list[str] = []
    others: list[str] = []
    for text in texts:
        if not _beyond_ascii(text):
            plain.append(text)
            continue
        for chunk in text.split():
            (plain if chunk.isascii() or not _beyond_ascii(chunk) else others).append(chunk)
    words = {w.lower() for w in _pattern("ascii word").findall(" ".join(plain)) if len(w) >= MIN_TERM}
    conn.executemany("INSERT OR IGNORE INTO note_term (term) VALUES (?)", [(w,) for w in words])
    if not others:
        return
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.note_words USING fts5(t, {_TOKENIZER}, "
                 "content = '', detail = none)")
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.note_words_vocab USING fts5vocab(temp, note_words, 'row')")
    conn.execute("INSERT INTO temp.note_words (t) VALUES (?)", (" ".join(others),))
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


def _matching_since(conn: sqlite3.Connection, match: str, columns: tuple[str, ...], oldest: int) -> list[set[int]]:
    """The notes from `oldest` on whose given column matches, one set per column: read from the index's newest
    notes down to `oldest` (without a filter, the pool is every match down there)."""
    return [{r[0] for r in conn.execute("SELECT rowid FROM note_fts WHERE note_fts MATCH ? AND rowid >= ?",
                                        [f"{{{column}}} : ({match})", oldest])} for column in columns]


def _matching_in(conn: sqlite3.Connection, match: str, columns: tuple[str, ...], pool: list[int]) -> list[set[int]]:
    """The notes of `pool` whose given column matches, one set per column, asked of a small index of just their
    titles and tags (same tokenizer): with a filter, the big index between the pool's newest and oldest notes can
    hold far more matches than the pool."""
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.note_pool USING fts5(title, tags, {_TOKENIZER}, "
                 "content = '')")
    conn.executemany("INSERT INTO temp.note_pool (rowid, title, tags) VALUES (?, ?, ?)", conn.execute(
        # FTS5's own table of the indexed text (c0 title, c2 tags): read by rowid ~6x faster than through note_fts
        f"SELECT id, c0, c2 FROM note_fts_content WHERE id IN ({','.join('?' * len(pool))})", pool))
    found = [{r[0] for r in conn.execute("SELECT rowid FROM temp.note_pool WHERE note_pool MATCH ?",
                                         [f"{{{column}}} : ({match})"])} for column in columns]
    conn.execute("INSERT INTO temp.note_pool (note_pool) VALUES ('delete-all')")
    return found


def ranked(conn: sqlite3.Connection, match: str, where: list[str], args: list[object],
           limit: int) -> list[tuple[int, float]]:
    """(note id, rank) of the first `limit` hits, best first: among the newest max(RANK_POOL, limit) matches
    (FILTERED_POOL with a filter; all of them when fewer), the notes whose title matches (rank 0), then those
    whose tags match (1), then the others (2), each newest first. The index is read newest first and only until
    the pool is full."""
    cond = "".join(f"AND {w} " for w in where)
    pool = [r[0] for r in conn.execute(f"SELECT rowid FROM note_fts WHERE note_fts MATCH ? {cond}"
                                       "ORDER BY rowid DESC LIMIT ?",
                                       [match, *args, max(FILTERED_POOL if where else RANK_POOL, limit)])]
    if not pool:
        return []
    title, tags = (_matching_in(conn, match, ("title", "tags"), pool) if where
                   else _matching_since(conn, match, ("title", "tags"), pool[-1]))
    tiers = {i: 0.0 if i in title else 1.0 if i in tags else 2.0 for i in pool}
    return sorted(tiers.items(), key=lambda hit: (hit[1], -hit[0]))[:limit]

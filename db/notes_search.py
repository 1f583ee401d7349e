"""The text side of notes search: how text is indexed (CJK characters as tokens of their own), the FTS5
query for what the user typed, and the snippets with their matches marked. Pure text, no database.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

SNIPPET_CHARS = 160  # about two lines of the list
SEP = "\u2060"  # WORD JOINER: a separator for unicode61 (category Cf), invisible; only ever in the index
CJK_CHARS = ("\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
              "\U00020000-\U0003134f")


@functools.cache
def _pattern(name: str) -> re.Pattern[str]:
    """Regular expressions compiled on first use (a few ms each: not on the start-up path)."""
    latin = f"(?:(?![{CJK_CHARS}])[^\\W_])+"  # a latin / digit word as unicode61 splits it
    return re.compile({"cjk": f"[{CJK_CHARS}]", "query": f"([{CJK_CHARS}]+)|({latin})", "latin": latin}[name])


def index_text(text: str) -> str:
    """Text as indexed: each CJK character made a token of its own."""
    cjk = _pattern("cjk")
    return cjk.sub(f"{SEP}\\g<0>{SEP}", text) if cjk.search(text) else text


def query_words(query: str) -> list[tuple[str, str]]:
    """The searchable words of a query, in order: (CJK run, '') or ('', latin word)."""
    return _pattern("query").findall(query)


def fts_query(query: str) -> str | None:
    """An FTS5 query for what the user typed: every word must match; latin words as prefixes, CJK runs as
    phrases of single characters. None if the query holds nothing searchable (only punctuation, emoji).
    (db.notes_find.match_expr is the same query with long prefixes spelled out as the indexed words.)"""
    terms = []
    for cjk, word in query_words(query):
        if cjk:
            terms.append('"' + " ".join(cjk) + '"')
        else:
            terms.append(f'"{word}"*')
    return " ".join(terms) or None


@dataclass(frozen=True)
class Terms:
    """What a query matches, to mark it in snippets: latin word prefixes (lower case) and CJK runs."""

    prefixes: tuple[str, ...]
    runs: tuple[str, ...]


def query_terms(query: str) -> Terms:
    prefixes, runs = [], []
    for cjk, word in _pattern("query").findall(query):
        if cjk:
            runs.append(cjk)
        else:
            prefixes.append(word.lower())
    return Terms(tuple(prefixes), tuple(runs))


@functools.cache
def _prefix_words(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """Whole latin words starting with one of the prefixes (ignoring case), as _pattern('latin') splits words."""
    latin = f"(?![{CJK_CHARS}])[^\\W_]"
    start = f"(?:(?<=[{CJK_CHARS}])|(?<![^\\W_]))"  # not inside a latin word
    alternatives = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    return re.compile(f"{start}(?:{alternatives})(?:{latin})*", re.IGNORECASE)


def _spans(text: str, terms: Terms) -> list[tuple[int, int]]:
    """Where the terms match in `text`: whole words starting with a prefix, and the CJK runs."""
    spans = []
    if terms.prefixes:
        spans += [m.span() for m in _prefix_words(terms.prefixes).finditer(text)]
    for run in terms.runs:
        i = text.find(run)
        while i != -1:
            spans.append((i, i + len(run)))
            i = text.find(run, i + len(run))
    return sorted(spans)


def _first_match(text: str, terms: Terms) -> int | None:
    """Position of the first match, found with str.find (fast on long texts), or None."""
    lowered = text.lower()
    low = lowered if len(lowered) == len(text) else None  # else lower case moved the positions
    best = None
    for run in terms.runs:
        i = text.find(run)
        if i != -1 and (best is None or i < best):
            best = i
    if low is not None:
        for p in terms.prefixes:
            i = low.find(p)
            while i != -1 and i > 0 and _pattern("latin").match(text, i - 1, i):
                i = low.find(p, i + 1)  # inside a word: not a match
            if i != -1 and (best is None or i < best):
                best = i
    elif terms.prefixes:
        spans = _spans(text, Terms(terms.prefixes, ()))
        if spans and (best is None or spans[0][0] < best):
            best = spans[0][0]
    return best


def make_snippet(text: str, terms: Terms, width: int = SNIPPET_CHARS) -> str:
    """About `width` characters of `text` around its first match, matches wrapped in [[ ]], on one line."""
    return _snippet_at(text, terms, _first_match(text, terms), width)


def _snippet_at(text: str, terms: Terms, at: int | None, width: int = SNIPPET_CHARS) -> str:
    if at is None:
        window = " ".join(text[:width * 2].split())
        return window[:width].rstrip() + ("…" if len(window) > width or len(text) > width * 2 else "")
    start = max(0, at - width // 3)
    if start:
        space = text.rfind(" ", max(0, start - 20), at)
        start = space + 1 if space != -1 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.find(" ", end, end + 20)
        end = space if space != -1 else end
    window = text[start:end]
    out, pos = [], 0
    for a, b in _spans(window, terms):
        if a < pos:
            continue
        out += [window[pos:a], "[[", window[a:b], "]]"]
        pos = b
    out.append(window[pos:])
    return ("…" if start else "") + " ".join("".join(out).split()) + ("…" if end < len(text) else "")


def hit_snippet(title: str, body: str, tags: tuple[str, ...], terms: Terms) -> str:
    """The body around its first match; if only the title or tags match, them (marked), like FTS5's
    snippet() choosing the best column; with nothing marked, the start of the body."""
    for text in (body, title, " ".join(tags)):
        if text and (at := _first_match(text, terms)) is not None:
            return _snippet_at(text, terms, at)
    return make_snippet(body or title, terms)

"""How exported text wraps: a word too wide for its column breaks after a slash or a hyphen, so the other words of
the cell never break mid-word ('eligi ble' in a brief's verdict cell)."""
from __future__ import annotations

from desktop.export import text as tx

VERDICT = "meets 3A090.a (TPP 12,032, 151% over 4,800); eligible for case-by-case review (US-2026-01-15-H200-case-by-case)"


def test_a_long_hyphenated_word_breaks_at_its_hyphens_not_the_other_words(qapp):
    width = tx.text_width("US-2026-01-15-H200-", 10) + 4  # narrower than the rule id, wider than each word
    assert tx.text_width("(US-2026-01-15-H200-case-by-case)", 10) > width
    text, flags = tx._fit(VERDICT, 10, width, False)
    assert not flags & int(tx.Qt.TextFlag.TextWrapAnywhere)
    assert text.replace(tx.ZWSP, "") == VERDICT  # the same words, with invisible breaks only
    assert "eligible" in text and "12,032," in text


def test_text_that_fits_is_left_as_it_is(qapp):
    text, flags = tx._fit(VERDICT, 10, 10_000, False)
    assert text == VERDICT and flags == tx.WRAP

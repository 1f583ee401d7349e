"""A rule's tests read in words: no data key (snake_case) of the bundled rules reaches a reader."""
from __future__ import annotations

import re

from db.api.controls import seed_rules
from desktop.present.controls import rule_tests_text

SNAKE = re.compile(r"\b[a-z]+(_[a-z0-9]+)+\b")


def test_every_bundled_rules_tests_read_without_data_keys():
    worded = [rule_tests_text(r) for r in seed_rules()]
    assert any(worded)
    for text in worded:
        assert not SNAKE.search(text), text
    assert any("%" in t for t in worded) and any(": no" in t or "= no" in t for t in worded)

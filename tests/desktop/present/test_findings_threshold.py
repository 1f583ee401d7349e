"""The ≠ threshold is said with the rule's own number: every sentence that explains ≠ reads db's threshold, so a
change of the rule cannot leave the window, the CLI, the pictures and the brief saying another number."""
from __future__ import annotations

from db.api.compare import DISAGREEMENT
from desktop.present import disagreement as pd
from desktop.present.findings import disagreement_finding


def test_the_threshold_is_the_rules_own(monkeypatch):
    assert pd.threshold() == f"{round(DISAGREEMENT * 100)}%"
    monkeypatch.setattr(pd, "DISAGREEMENT", 0.1)
    assert pd.threshold() == "10%"


def test_the_findings_say_the_rules_threshold(monkeypatch):
    class Empty:
        rows: tuple = ()
    assert f"more than {pd.threshold()} apart" in disagreement_finding(Empty())  # type: ignore[arg-type]
    monkeypatch.setattr(pd, "DISAGREEMENT", 0.1)
    assert "more than 10% apart" in disagreement_finding(Empty())  # type: ignore[arg-type]

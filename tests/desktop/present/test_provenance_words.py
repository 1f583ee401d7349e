"""A figure's provenance in words and marks, the same for the window, the command line and exports."""
from __future__ import annotations

from dataclasses import replace

from db.api.compare import Basis
from db.dto import SourceDTO, ValueDTO
from desktop.present.provenance import citation, full_mark, mark, produced_by, rests_on_weak_relay

RELAY = SourceDTO("AWESOME-NVL72", "awesomeagents.ai", "", None, "", None, "compilation (low reliability)")
OWN = SourceDTO("SA-CM384", "SemiAnalysis (D. Patel et al.)", "", None, "", None, "analyst")


def value(confidence="official", carrier="weak-relay", producer="vendor", source=RELAY, **kw) -> ValueDTO:
    return ValueDTO("u1", "d", "bf16_dense", 100.0, None, None, False, source, confidence, None, "",
                    producer=producer, carrier_quality=carrier, basis=Basis(), **kw)


def test_a_weak_citation_reads_in_words_and_in_the_mark():
    v = value()
    assert citation(v) == "official figure, read on a weak relay (awesomeagents.ai)"
    assert mark(v) == "O◦" and full_mark(v) == "O◦" and rests_on_weak_relay(v)
    assert produced_by(v) == "produced by the vendor"


def test_an_analysts_own_page_names_the_analyst():
    v = value("third-party", "primary", "analyst firm (SemiAnalysis)", OWN)
    assert citation(v) == "third-party figure, read on its producer's own page (SemiAnalysis)"
    assert mark(v) == "T" and produced_by(v) == "produced by SemiAnalysis"


def test_a_worked_out_figure_carries_its_inputs_citation():
    stored = value()
    halved = replace(stored, uid="halved:u1", value_num=50.0, derived=True, inputs=(stored,), origin="derived")
    assert mark(halved) == "ƒ◦" and full_mark(halved) == "ƒO◦"
    assert citation(halved) == "worked out by ChipLens: official figure, read on a weak relay (awesomeagents.ai)"


def test_nothing_stated_is_said_so():
    v = value(None, None, None, None)
    assert citation(v) == "figure of no stated confidence, carrier not stated"
    assert produced_by(v) == "producer not stated" and mark(v) == "?"

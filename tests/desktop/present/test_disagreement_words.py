"""The ≠ flag's reasons in words (desktop/present/disagreement.py), the same for the window and anything else that
explains a disagreement: each names the two figures as the cell reads them and says only what db recognised."""
from __future__ import annotations

from dataclasses import replace

from db.api.compare import (BITS_VS_BYTES, DIFFERENT_CONDITIONS, ESTIMATE_VS_VENDOR, GIB_VS_GB, Basis, Disagreement,
                            Reason)
from db.dto import SourceDTO, ValueDTO
from desktop.present.disagreement import figure_facts, percent, reasons_text, spread_text

SOURCE = SourceDTO("S", "Chip Aggregator (mirror)", "", None, "2026-03", "2026-03", "compilation")


def value(uid: str, number: float, producer: str | None = "vendor", carrier: str | None = "primary",
          condition: str | None = None) -> ValueDTO:
    return ValueDTO(uid, "d", "memory_capacity", number, None, None, False, SOURCE, "official", None, "",
                    basis=Basis(condition=condition), producer=producer, carrier_quality=carrier)


SHOWN = {"a": "96 GB", "b": "103 GB"}


def words(*reasons: Reason, values=(value("a", 96), value("b", 103))) -> list[str]:
    return reasons_text(Disagreement(tuple(values), 103 / 96 - 1, reasons), SHOWN)


def test_each_reason_names_both_figures():
    assert words(Reason(GIB_VS_GB, ("a", "b", "GiB", "GB"))) == [
        "96 GB and 103 GB differ by the factor between GiB and GB (binary and decimal units): one of them may "
        "count in GiB"]
    assert words(Reason(BITS_VS_BYTES, ("a", "b"))) == [
        "96 GB and 103 GB differ by a factor of 8: one of them may count bits, not bytes"]
    assert words(Reason(DIFFERENT_CONDITIONS, ("a", "b", "700 W", "1000 W"))) == [
        "96 GB is stated for 700 W, 103 GB for 1000 W"]
    assert words(Reason(DIFFERENT_CONDITIONS, ("a", "b", "", "Server tier"))) == [
        "103 GB is stated for Server tier; 96 GB states no condition"]
    estimate = value("a", 96, producer="analyst firm (SemiAnalysis)")
    assert words(Reason(ESTIMATE_VS_VENDOR, ("a", "b")), values=(estimate, value("b", 103))) == [
        "96 GB was produced by SemiAnalysis, 103 GB by the vendor: an outside figure against the vendor's own"]


def test_nothing_recognised_says_nothing():
    assert words() == []


def test_each_figure_says_producer_carrier_date_and_source():
    assert figure_facts(value("a", 96, carrier="weak-relay")) == ["the vendor", "weak relay", "2026-03",
                                                                  "Chip Aggregator (mirror)"]
    unstated = replace(value("a", 96, producer=None, carrier=None), source=None)
    assert figure_facts(unstated) == ["not stated", "carrier not stated", "undated"]


def test_the_spread_reads_in_percent():
    assert percent(103 / 96 - 1) == "7.3%" and percent(28.65) == "2,865%" and percent(0.12) == "12%"
    assert spread_text(Disagreement((), 0.2083)) == "the figures differ by 20.8% (highest ÷ lowest − 1)"

"""The words of stack and supply facts (desktop/present/beyond.py): one place for the window, CLI and exports."""
from __future__ import annotations

import pytest

from db.api import Library
from db.api.beyond import ROUTE_KINDS, STACK_ROWS, SUPPLY_KINDS, FactSourceDTO, SupplyFactDTO
from db.errors import FactValidationError
from desktop.present import beyond as words


def fact(**over) -> SupplyFactDTO:
    base = dict(uid="u", subject="Huawei Ascend (product line)", metric="annual die output", kind="output",
                period="2025", value="1000000", number=1e6, unit="dies (approx.)", counted="dies",
                source=FactSourceDTO("The News, citing Bloomberg", "Huawei output", None, None, "2026-12-04"),
                confidence="reported", note=None, devices=(), organisations=("huawei",), origin="seed")
    return SupplyFactDTO(**{**base, **over})


def test_every_kind_row_and_route_has_words():
    assert set(words.ROW_LABELS) == set(STACK_ROWS)
    assert set(words.SUPPLY_KIND_LABELS) == set(SUPPLY_KINDS)
    assert set(words.ROUTE_KIND_LABELS) == set(ROUTE_KINDS) and set(words.ROUTE_KIND_COLOURS) >= set(ROUTE_KINDS)
    assert words.route_label(None) == "not found" and words.route_label("plugin") == "plugin"


def test_a_count_says_what_it_counts_and_a_citation_its_date_or_the_day_it_was_read():
    f = fact()
    assert words.supply_value(f) == "1,000,000 dies (approx.)" and words.counted_words(f.counted) == "counts dies"
    assert words.supply_value(fact(value=">75", number=None, unit="%", counted=None)) == ">75 %"
    assert words.supply_value(fact(value="SMIC N+2", unit="text")) == "SMIC N+2"
    assert words.citation(f) == "The News, citing Bloomberg, “Huawei output”, undated, read 2026-12-04 · reported"
    dated = fact(source=FactSourceDTO("IDC", None, None, "2026-04", None), confidence="third-party", origin="user")
    assert words.citation(dated) == "IDC, 2026-04 · third-party · yours"


def test_a_count_and_its_source_date_follow_the_language():
    from desktop.present.locale_style import number_style
    f = fact()
    assert words.supply_value(f, number_style("fr")) == "1\u202f000\u202f000 dies (approx.)"  # the unit: the source's
    assert words.supply_value(f, number_style("zh_CN")) == "1,000,000 dies (approx.)"
    assert words.source_date(FactSourceDTO("IDC", None, None, "2026-04-01", None), lang="fr") == "1 avr. 2026"
    assert words.source_date(FactSourceDTO("IDC", None, None, "2026-04-01", None), lang="en") == "2026-04-01"
    assert words.source_date(FactSourceDTO("IDC", None, None, "2026-04", None), lang="zh_CN") == "2026年4月"  # a month-precise date: a month


def test_an_input_error_names_its_field(db_path):
    with pytest.raises(FactValidationError) as err:
        Library(db_path).beyond.save_fact("supply", {"subject": "SMIC", "field": "yield", "value": "-3",
                                                     "unit": "wafers", "confidence": "reported", "publisher": "x",
                                                     "source_date": "May"})
    assert [words.error_text(*e) for e in err.value.errors] == [
        "Period is required", "Value -3 is negative, and a count cannot be",
        "Source date May is not written YYYY, YYYY-MM or YYYY-MM-DD"]

"""The software and supply events on screen, on the command line and in the exported timeline: their categories
named and styled apart from the others, the third-party grade listed, a stack id read as the stack's name."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QApplication

import resources
from db import api
from desktop.app import main
from desktop.models.event_list_model import (CATEGORY_ORDER, CATEGORY_STYLE, category_label, confidence_label,
                                             jurisdiction_label)
from desktop.present.timeline_layout import EXTRA_SYMBOLS, SYMBOL_GLYPHS
from desktop.views.timeline_panel import TimelinePanel

NEW = {"software": "Software", "supply": "Supply", "market": "Market", "funding": "Funding"}


def test_each_category_has_a_label_and_a_marker_of_its_own():
    assert {k: category_label(k) for k in NEW} == NEW
    styles = [CATEGORY_STYLE[c] for c in CATEGORY_ORDER]
    assert len({symbol for symbol, _colour in styles}) == len(CATEGORY_ORDER)  # the shape alone tells them apart
    for symbol, _colour in styles:
        assert symbol in SYMBOL_GLYPHS  # and it has a character for the details and legends in words
    assert CATEGORY_STYLE["supply"][0] in EXTRA_SYMBOLS
    assert (confidence_label("third-party"), jurisdiction_label("HK")) == ("third-party", "Hong Kong")


def test_chiplens_events_lists_the_software_events(capsys, data_dir, seed):
    code = main(["--data-dir", str(data_dir), "events", "--category", "software", "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    expected = sorted(e["title"] for e in seed.event_records if e["category"] == "software")
    assert code == 0 and expected and sorted(e["title"] for e in out) == expected
    assert {e["category"] for e in out} == {"software"}
    assert any("huawei-cann" in e["tags"] for e in out)


def test_chiplens_events_refuses_an_unknown_category(capsys, data_dir):
    with pytest.raises(SystemExit) as stop:
        main(["--data-dir", str(data_dir), "events", "--category", "softwares"])
    assert stop.value.code == 2 and "software" in capsys.readouterr().err  # the choices are listed


@pytest.fixture
def seeded_panel(qtbot, db_path):
    api.open_store(db_path)
    p = TimelinePanel()
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.set_events(api.list_events(db_path))
    p.show()
    qtbot.waitExposed(p)
    p.ensure_chart()
    QApplication.processEvents()
    return p


def test_the_panel_filters_by_the_new_categories_and_the_third_party_grade(seeded_panel, seed):
    p = seeded_panel
    assert set(NEW) <= set(p.category_filter.keys())
    for category in NEW:
        p.category_filter.set_selected([category])
        expected = sorted(e["uid"] for e in seed.event_records if e["category"] == category)
        assert expected and sorted(e.uid for e in p.shown_events()) == expected, category
    p.category_filter.set_selected(None)
    assert p.confidence_filter.findData("third-party") >= 0
    p.confidence_filter.setCurrentIndex(p.confidence_filter.findData("third-party"))
    third = sorted(e["uid"] for e in seed.event_records if e["confidence"] == "third-party")
    assert third and sorted(e.uid for e in p.shown_events()) == third
    assert "Only third-party" in p.confidence_filter.currentText()


def test_a_software_event_names_its_stacks(seeded_panel):
    p = seeded_panel
    stacks = {s["id"]: s for s in json.loads(resources.seed_bytes("stacks.json"))["stacks"]}
    event = next(e for e in p.shown_events() if e.category == "software" and "huawei-cann" in e.tags)
    p.select_event(event.uid)
    text = p.details_text()
    assert "Software stacks" in text and "CANN (Huawei)" in text and "huawei-cann" not in text
    assert "Software" in text and "Category" in text
    other = next(e for e in p.shown_events() if e.tags and not set(e.tags) & set(stacks))
    p.select_event(other.uid)
    assert "Software stacks" not in p.details_text() and other.tags[0] in p.details_text()


def test_the_exported_timeline_names_the_new_categories_and_hong_kong(qapp, data_dir, tmp_path):
    svg = tmp_path / "t.svg"
    assert main(["--data-dir", str(data_dir), "export", "timeline", "--from", "2024-01-01", "--to", "2026-12-31",
                 "-o", str(svg)]) == 0
    root = ET.parse(svg).getroot()
    texts = {"".join(el.itertext()).strip() for el in root.iter() if el.tag.endswith("text")}
    assert set(NEW.values()) <= texts  # the legend
    assert "Hong Kong" in texts  # a lane
    assert any("T third-party" in t for t in texts)  # the sources line explains the letter

"""The exported timeline names every event it draws, without two labels on each other (issue: paste-ready).

Real exports from a fresh store seeded with the bundled data: the PNG is written by the command line and the
layout it drew is rebuilt by the same code path (`chiplens export timeline` builds its document with
desktop.cli.pictures._timeline) to read the label list and boxes."""
from __future__ import annotations

import argparse
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QImage

from db.api import Library
from db.api.store import DB_FILENAME
from desktop.app import main
from desktop.export.options import ExportOptions, default_width


def export(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def document(data_dir: Path, date_from: str | None, date_to: str | None, theme: str = "screen",
             width: int = default_width(2)):
    """The document `chiplens export timeline --from … --to …` draws, laid out (at the default width)."""
    from desktop.cli.pictures import _timeline
    library = Library(data_dir / DB_FILENAME)
    library.open()
    args = argparse.Namespace(date_from=date_from, date_to=date_to, category=None, jurisdiction=None, device=None)
    options = ExportOptions(width=width, theme=theme)
    doc = _timeline(library, args, options)
    doc.layout(options.width)
    return doc, library.events.list(date_from, date_to, None, None, device=None)


def svg_text(path: Path) -> str:
    root = ET.parse(path).getroot()
    return "".join("".join(el.itertext()) for el in root.iter() if el.tag.endswith("text"))


def squeeze(text: str) -> str:
    return "".join(text.split())


def check_names_every_event(doc, events) -> None:
    plan = doc.body.plan
    named = plan.named()
    assert sorted(named) == sorted(e.uid for e in events)  # each event in range named once, none more
    assert plan.overlaps() == []
    titles = {e.uid: e.title for e in events}
    key = {k for label in plan.key() for k in label.keys}
    for label in plan.labels:
        if label.number is None:  # an unnumbered label shows the whole title
            assert not label.grouped and label.text == " ".join(titles[label.keys[0]].split())
        else:  # a numbered one is in the key, with every event it stands for
            assert set(label.keys) <= key
            assert label.text.endswith("…") or label.grouped or label.text == ""


def test_the_2022_2026_picture_names_every_event_and_no_labels_overlap(qapp, data_dir, tmp_path):
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    assert export(data_dir, "export", "timeline", "--from", "2022", "--to", "2026", "-o", str(png)) == 0
    assert export(data_dir, "export", "timeline", "--from", "2022", "--to", "2026", "-o", str(svg)) == 0
    doc, events = document(data_dir, "2022-01-01", "2026-12-31")
    assert events and QImage(str(png)).height() == doc.height  # the layout read here is the one drawn
    check_names_every_event(doc, events)
    text = squeeze(svg_text(svg))
    for e in events:  # every title is in the picture: whole on its label, or in the key
        assert squeeze(e.title) in text, e.title
    plan = doc.body.plan
    if len(events) > plan.budget:
        assert plan.summarised > 0
        assert f"{plan.summarised} of these {len(events)} events are summarised" in svg_text(svg)
        assert "--width" in svg_text(svg)


def test_up_to_forty_events_every_one_is_labelled_and_nothing_is_summarised(qapp, data_dir, tmp_path):
    library = Library(data_dir / DB_FILENAME)
    library.open()
    years = sorted({e.date[:4] for e in library.events.list(None, None, None, None, device=None)})
    first = years[0]  # the longest run of years from the first one that holds at most 40 events
    last = max((y for y in years if len(library.events.list(f"{first}-01-01", f"{y}-12-31", None, None,
                                                              device=None)) <= 40), default=first)
    for theme in ("screen", "print"):
        doc, events = document(data_dir, f"{first}-01-01", f"{last}-12-31", theme)
        assert 0 < len(events) <= 40
        check_names_every_event(doc, events)
        plan = doc.body.plan
        assert plan.summarised == 0 and "summarised" not in doc.body.note
    svg = tmp_path / "few.svg"
    assert export(data_dir, "export", "timeline", "--from", first, "--to", last, "-o", str(svg)) == 0
    assert "summarised" not in svg_text(svg)


def test_more_than_forty_events_say_how_many_are_summarised_and_how_to_see_them(qapp, data_dir, tmp_path):
    from db import api
    base = {"precision": "day", "jurisdiction": "US", "category": "export-control", "actor": "BIS",
            "summary": "", "confidence": "reported", "sources": [], "devices": [], "tags": []}
    for day in range(1, 29):  # a crowded month on top of the seed: more than 40 events in range
        for n in range(2):
            api.save_event(data_dir / DB_FILENAME, {**base, "date": f"2031-02-{day:02d}",
                                                      "title": f"Rule update number {n} of February {day}, 2031"})
    svg = tmp_path / "many.svg"
    assert export(data_dir, "export", "timeline", "--from", "2031", "--to", "2031", "-o", str(svg)) == 0
    doc, events = document(data_dir, "2031-01-01", "2031-12-31")
    plan = doc.body.plan
    assert len(events) > 40 and plan.summarised > 0
    check_names_every_event(doc, events)
    text = svg_text(svg)
    assert f"{plan.summarised} of these {len(events)} events are summarised" in text
    assert "shorter range" in text and "--width" in text
    wide, _events = document(data_dir, "2031-01-01", "2031-12-31", width=3000)  # a wider one labels them all
    assert wide.body.plan.summarised == 0 and not wide.body.plan.overlaps()

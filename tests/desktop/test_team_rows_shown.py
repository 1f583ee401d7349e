"""A teammate's rows (origin 'team', arrived from the team library) as the window shows them: who added a figure in
the sources panel and the cell's tooltip, a style of their own in the comparison (overlined, beside the analyst's
italic), never labelled bundled nor editable as the analyst's own. Real stores: the rows are applied as a pull
applies them (db.team.shared_rows.apply_pulled)."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from db import api
from db.connect import connect
from db.catalog import CatalogValidationError
from db.team import shared_rows

AUTHOR = "desk_ana"


def pulled(db_path, uid: str, kind: str, body: dict) -> None:
    with connect(db_path, writing=True) as conn:
        shared_rows.apply_pulled(conn, [(uid, kind, json.dumps(body), AUTHOR, 1, "2026-12-06T10:00:00Z", None)],
                                 "desk_ben")


@pytest.fixture
def team_figure(db_path):
    """A teammate's figure for a cell of 910C that already has one: (metric key, the figure's uid)."""
    lib = api.Library(db_path)
    comparison = lib.compare.many(["910c", "h100"])
    row = next(r for r in comparison.rows if not r.metric.derived and r.metric.kind == "number"
               and r.cells[0].value is not None and r.cells[0].value.value_num and r.cells[0].value.source
               and not r.cells[0].value.is_derived)
    mine = row.cells[0].value
    body = {"uid": "team-fig-1", "device": comparison.devices[0].slug, "metric": row.metric.key,
            "value_num": mine.value_num * 1.5, "approximate": 0, "confidence": "third-party",
            "source": mine.source.key, "note": "from the desk's own test bench"}
    pulled(db_path, "0b6f6a43-1111-4c1e-9e0a-000000000001", "figure", body)
    return row.metric.key, "team-fig-1"


def test_a_teammates_figure_says_who_added_it_in_the_sources_panel(make_window, db_path, team_figure):
    metric, uid = team_figure
    [value] = [v for v in api.Library(db_path).catalog.sources_overview()
               for v in v.figures if v.uid == uid]
    assert value.origin == "team" and value.author == AUTHOR
    window = make_window(db_path, ("910c", "h100"))
    window.panel.select_metric(metric, 0)
    text = window.provenance.text()
    assert f"added by {AUTHOR}" in text
    [line] = [x for x in text.splitlines() if f"added by {AUTHOR}" in x]
    assert "yours" not in line  # the teammate's, not the analyst's
    assert "overlined" not in window.panel.legend.text()  # no teammate's figure on screen yet: no word of it

    window.store.choose_value(window.store.compare_many(["910c", "h100"]).devices[0].slug, metric, uid)
    model = window.panel.model
    index = model.index(model.row_of(metric), 1)
    assert model.data(index, Qt.ItemDataRole.FontRole).overline()  # the team's style, not the analyst's italic
    assert not model.data(index, Qt.ItemDataRole.FontRole).italic()
    assert f"Added by {AUTHOR} (overlined), from the team library" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert window.panel.legend.text().endswith("overlined: a teammate's figure, from the team library")


def test_a_teammates_figure_is_not_the_analysts_to_delete_and_a_correction_is_a_new_figure(db_path, team_figure):
    _metric, uid = team_figure
    with pytest.raises(CatalogValidationError) as refused:
        api.Library(db_path).catalog.delete_value(uid)
    assert "a teammate's figure (from the team library) cannot be deleted" in str(refused.value.errors)
    assert api.Library(db_path).catalog.value(uid).author == AUTHOR


def test_a_teammates_event_is_theirs_not_bundled(qtbot, db_path):
    from desktop.views.event_details_view import EventDetailsView
    body = {"uid": "team-ev-1", "date": "2025-08-11", "precision": "day", "title": "H20 licences granted",
            "summary": "15% revenue share", "actor": "US Commerce", "jurisdiction": "US", "category": "export-control",
            "confidence": "reported", "sources": [["Reuters", "H20", "https://example.org", "2025-08-11"]],
            "devices": [], "tags": []}
    pulled(db_path, "0b6f6a43-2222-4c1e-9e0a-000000000002", "event", body)
    [event] = [e for e in api.Library(db_path).events.list() if e.uid == "team-ev-1"]
    assert (event.origin, event.author) == ("team", AUTHOR)
    view = EventDetailsView()
    qtbot.addWidget(view)
    html = view.details_html(event)
    assert f"a teammate&#x27;s ({AUTHOR}), from the team library" in html and "bundled" not in html
    with pytest.raises(ValueError, match="teammate's"):
        api.Library(db_path).events.delete("team-ev-1")

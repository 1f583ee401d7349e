"""What the window writes in French and Chinese beyond the comparison: counts in the window's number style ('1 234'
with a narrow no-break space in French, never '1,234'), dates through the window's date formatter ('janv. 2026',
'2026年1月'), and the exports the tabs write in the window's language."""
from __future__ import annotations

from db.dto import EventDTO
from desktop.present.locale_style import NNBSP
from desktop.store import Store
from desktop.views.timeline_panel import TimelinePanel


def event(uid: str, **kw) -> EventDTO:
    values = dict(date="2025-04-09", precision="day", title=f"Event {uid}", summary="", actor="BIS", jurisdiction="US",
                  category="export-control", confidence="official", sources=(), devices=(), tags=(), origin="seed")
    values.update(kw)
    return EventDTO(uid=uid, **values)


def test_the_timeline_counts_its_events_in_the_windows_number_style(qtbot, db_path):
    events = [event(f"e{n}") for n in range(1234)]
    events.append(event("other", category="subsidy"))
    panel = TimelinePanel(None, Store(db_path, language="fr"))
    qtbot.addWidget(panel)
    panel.set_events(events)
    total = f"1{NNBSP}235"
    assert panel.count_label.text() == f"1{NNBSP}235 of {total} events"
    panel.category_filter.set_selected({"export-control"})
    assert panel.count_label.text() == f"1{NNBSP}234 of {total} events"

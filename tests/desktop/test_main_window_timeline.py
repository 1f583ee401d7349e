"""The policy timeline inside the window: linked to the comparison, user events with undo."""
from PySide6.QtCore import QUrl


def open_timeline(window, qtbot):
    window._load_chart()
    qtbot.waitUntil(lambda: window.timeline is not None, timeout=10_000)
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.timeline.chart is not None, timeout=10_000)
    return window.timeline


def test_timeline_tab_lists_the_seeded_events_and_highlights_the_pair(make_window, db_path, qtbot, seed):
    window = make_window(db_path, ("910c", "h20"))
    timeline = open_timeline(window, qtbot)
    assert len(timeline.shown_events()) == seed.events
    h20 = next(e for e in timeline.shown_events() if e.date == "2025-04-09" and "H20" in e.title)
    assert h20.uid in timeline._comparison_uids()
    timeline.devices_only.setChecked(True)
    shown = timeline.shown_events()
    assert 0 < len(shown) < seed.events and all({"ascend-910c", "h20"} & set(e.devices) for e in shown)
    window.set_pair("cm384", "nvl72")
    assert all({"cloudmatrix-384", "gb200-nvl72"} & set(e.devices) for e in timeline.shown_events())


def test_device_link_in_an_event_opens_it_in_the_comparison(make_window, db_path, qtbot):
    window = make_window(db_path, ("910c", "h100"))
    timeline = open_timeline(window, qtbot)
    event = next(e for e in timeline.shown_events() if "cloudmatrix-384" in e.devices)
    timeline.select_event(event.uid)
    timeline.details.anchorClicked.emit(QUrl("device:cloudmatrix-384"))
    assert [d.slug for d in window.comparison.devices] == ["cloudmatrix-384", "h100-sxm"]
    assert window.tabs.currentIndex() == 0


def test_add_edit_delete_and_undo_a_user_event(make_window, db_path, qtbot, monkeypatch):
    from desktop.dialogs import event_dialog
    window = make_window(db_path)
    timeline = open_timeline(window, qtbot)
    fields = {"date": "2026-11-20", "precision": "day", "title": "Analyst note: new H20 guidance", "summary": "s",
              "actor": "BIS", "jurisdiction": "US", "category": "export-control", "confidence": "reported",
              "sources": [{"publisher": "Example", "title": "t", "url": "https://example.org/a", "date": "2026-11-20"}],
              "devices": ["h20"], "tags": []}
    monkeypatch.setattr(event_dialog.EventDialog, "exec", lambda self: 1)
    monkeypatch.setattr(event_dialog.EventDialog, "fields", lambda self: fields)
    window.events.add()
    mine = next(e for e in timeline.shown_events() if e.title == fields["title"])
    assert mine.origin == "user" and mine.devices == ("h20",)
    fields = dict(fields, title="Analyst note: revised")
    window.events.edit(mine)
    mine = next(e for e in timeline.shown_events() if e.uid == mine.uid)
    assert mine.title == "Analyst note: revised"
    window.events.delete(mine)
    assert all(e.uid != mine.uid for e in window.store.events())
    assert "Undo" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    back = next(e for e in window.store.events() if e.uid == mine.uid)
    assert back.title == "Analyst note: revised" and back.origin == "user"
    assert timeline.selected_event().uid == mine.uid
    window.undo_stack.redo()
    assert all(e.uid != mine.uid for e in window.store.events())


def test_an_event_typed_while_the_database_is_locked_comes_back_in_its_dialog(make_window, db_path, qtbot,
                                                                                monkeypatch):
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from db import connect as connection
    from desktop.dialogs import event_dialog
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 100)
    window = make_window(db_path)
    timeline = open_timeline(window, qtbot)
    fields = {"date": "2026-11-21", "precision": "day", "title": "Typed while another program wrote",
              "summary": "s", "actor": "BIS", "jurisdiction": "US", "category": "export-control",
              "confidence": "reported", "sources": [], "devices": [], "tags": []}
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN EXCLUSIVE")
    shown, opened = [], []

    def exec_(dialog):
        opened.append(dialog)
        if len(opened) == 2:  # after the message, the other program is done; OK again
            holder.rollback()
            holder.close()
        return 1
    monkeypatch.setattr(event_dialog.EventDialog, "exec", exec_)
    monkeypatch.setattr(event_dialog.EventDialog, "fields", lambda self: fields)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    window.events.add()
    assert len(shown) == 1 and len(opened) == 2 and opened[0] is opened[1]  # the same dialog, as typed
    assert any(e.title == fields["title"] for e in timeline.shown_events())

"""Notes beside the comparison and the timeline: context, quoting with sources, nothing lost on close."""
from db import api


def open_notes(window, qtbot):
    """View ▸ Notes (Ctrl+Shift+N): on a laptop-sized window the panel is made on demand."""
    assert window.notes is None
    window.toggle_notes()
    assert window.notes is not None and window.notes_shown()
    return window.notes


def test_notes_toggle_hides_and_shows_without_losing_text(make_window, db_path, qtbot):
    window = make_window(db_path)
    notes = open_notes(window, qtbot)
    uid = notes.new_note("Toggle")
    notes.editor.setPlainText("kept across hide")
    window.toggle_notes()
    assert not window.notes_shown()
    assert api.get_note(db_path, uid).body == "kept across hide"
    window.toggle_notes()
    assert window.notes_shown()


def test_quote_the_selected_figure_into_a_note(make_window, db_path, qtbot):
    window = make_window(db_path)
    notes = open_notes(window, qtbot)
    window.panel.select_metric("bf16_dense", 0)
    window.quote_figure()
    uid = notes.current_uid()
    assert uid is not None
    assert notes.flush()
    body = api.get_note(db_path, uid).body
    assert "> **Dense BF16/FP16 — Huawei Ascend 910C: 752 TFLOPS** (official)" in body
    assert "https://arxiv.org/html/2506.12708v2" in body
    links = {(link.kind, link.target) for link in api.get_note(db_path, uid).links}
    assert links & {("pairing", "910c-vs-h100"), ("device", "ascend-910c")}


def test_quote_an_event_and_close_flushes(make_window, db_path, qtbot):
    window = make_window(db_path)
    notes = open_notes(window, qtbot)
    event = next(e for e in api.list_events(db_path) if e.date == "2025-04-09" and "H20" in e.title)
    window.timeline.select_event(event.uid)
    window.quote_event()
    uid = notes.current_uid()
    notes.editor.insertPlainText("\nMy reading: the licence rule mattered more than the chip.")
    window.close()  # flushes the last keystrokes
    body = api.get_note(db_path, uid).body
    assert event.title in body and body.rstrip().endswith("mattered more than the chip.")


def test_notes_on_screen_follow_the_pairing(make_window, db_path, qtbot):
    api.create_note(db_path, "About the NVL72", "rack power", links=(("device", "gb200-nvl72"),))
    window = make_window(db_path, ("cm384", "nvl72"))
    notes = open_notes(window, qtbot)
    assert "gb200-nvl72" in notes.context()[0]
    window.set_pair("910c", "h100")
    assert "gb200-nvl72" not in notes.context()[0]


def test_a_laptop_sized_window_with_notes_docked_fits_its_screen(make_window, db_path, qtbot):
    # 1280 x 720 with the notes beside both tabs: the window must not grow wider than the screen it was given
    # (the timeline's filter and control rows wrap instead)
    window = make_window(db_path)
    window.resize(1280, 720)
    open_notes(window, qtbot)
    window._load_timeline()
    for tab in (1, 0):
        window.tabs.setCurrentIndex(tab)
        qtbot.wait(50)
        assert window.minimumSizeHint().width() <= 1280
        assert window.width() <= 1280

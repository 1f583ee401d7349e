"""Notes shared with the team in the notes panel (real stores, the real PostgreSQL server): "Shared with the team"
offered only once the store is connected, a shared note marked in the list, a teammate's note shown with its
author in the list and the editor, and never offered for sharing again."""
from __future__ import annotations


import pytest

from db.api import Library
from desktop.models.note_list_model import META_ROLE
from desktop.store import Store
from desktop.views.notes.notes_panel import NotesPanel


@pytest.fixture
def stores(store_of):
    return {who: store_of(who) for who in ("ana", "ben")}


def panel_on(qtbot, path) -> NotesPanel:
    panel = NotesPanel(Store(path), None, autosave_ms=200, retry_ms=300)
    qtbot.addWidget(panel)
    panel.resize(460, 800)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def meta_of(panel: NotesPanel, title: str) -> str:
    model = panel.model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data() == title:
            return index.data(META_ROLE)
    raise AssertionError(f"{title!r} is not in the list")


def test_sharing_is_offered_once_connected_and_the_teammate_sees_the_author(qtbot, stores, team):
    ana_uid, _ = Library(stores["ana"]).notes.create("H20 licence", "15% revenue share")
    panel = panel_on(qtbot, stores["ana"])
    panel.open_note(ana_uid)
    bar = panel.note_editor.team_bar
    assert not bar.shared_box.isVisibleTo(panel)  # no team library: nothing to share with
    assert "shared" not in meta_of(panel, "H20 licence")

    Library(stores["ana"]).team.connect(team["ana"])
    panel.open_note(None)
    panel.open_note(ana_uid)
    assert bar.shared_box.isVisibleTo(panel) and not bar.shared_box.isChecked()
    bar.shared_box.click()
    assert Library(stores["ana"]).notes.get(ana_uid).shared
    assert bar.shared_box.isChecked() and not bar.shared_box.isEnabled()  # a shared note stays shared
    qtbot.waitUntil(lambda: "shared with the team" in meta_of(panel, "H20 licence"), timeout=5000)
    assert Library(stores["ana"]).team.status().queued == 1
    Library(stores["ana"]).team.sync()

    Library(stores["ben"]).team.connect(team["ben"])
    Library(stores["ben"]).team.sync()
    ben = panel_on(qtbot, stores["ben"])
    [got] = [n for n in Library(stores["ben"]).notes.list() if n.title == "H20 licence"]
    author = got.team_author
    assert author.endswith("_ana")
    assert f"by {author}" in meta_of(ben, "H20 licence")
    ben.open_note(got.uid)
    ben_bar = ben.note_editor.team_bar
    assert ben_bar.author_label.isVisibleTo(ben) and ben_bar.author_label.text() == f"by {author}"
    assert not ben_bar.shared_box.isVisibleTo(ben)  # already the team's: not ben's to share


def test_a_private_note_of_a_connected_store_stays_private_until_ticked(qtbot, stores, team):
    Library(stores["ana"]).team.connect(team["ana"])
    uid, _ = Library(stores["ana"]).notes.create("Private", "my own thinking")
    panel = panel_on(qtbot, stores["ana"])
    panel.open_note(uid)
    assert panel.note_editor.team_bar.shared_box.isVisibleTo(panel)
    Library(stores["ana"]).team.sync()
    Library(stores["ben"]).team.connect(team["ben"])
    Library(stores["ben"]).team.sync()
    assert [n.title for n in Library(stores["ben"]).notes.list() if n.title == "Private"] == []
    assert not Library(stores["ana"]).notes.get(uid).shared

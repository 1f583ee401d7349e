"""The window's side of a team library (issue 24), on real stores and the real PostgreSQL server: File ▸ Team
library… connects (a wrong password is said in words and the form stays usable), Sync now brings a teammate's
shared note into the notes panel, and the status bar's button says when the last sync was and what waits, also
with the server down. Without a team library there is no button at all."""
from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from db.api import Library, team as api_team
from desktop.main_window import MainWindow
from desktop.models.note_list_model import NOTE_ROLE
from desktop.store import Store



def login(team, who: str) -> str:
    from sqlalchemy.engine import make_url
    return str(make_url(team[who]).username)


def conninfo(team, who: str) -> str:
    """What an analyst types: the address without the password (that goes in its own field)."""
    url = team[who]
    return "postgresql://" + login(team, who) + "@" + url.rsplit("@", 1)[1]


@pytest.fixture
def open_window(qtbot):
    def make(path):
        window = MainWindow(Store(path), None, ("910c", "h100"))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window
    return make


def team_button(window) -> QToolButton | None:
    return window.statusBar().findChild(QToolButton, "teamStatusButton")


def open_dialog(window, qtbot):
    window.files.team_action.trigger()
    dialog = window.team().dialog
    qtbot.waitExposed(dialog)
    return dialog


def connect_through_dialog(window, qtbot, address: str, password: str):
    dialog = open_dialog(window, qtbot)
    assert dialog.pages.currentWidget() is dialog.form_page
    qtbot.keyClicks(dialog.connection_edit, address)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    return dialog


def wait_synced(window, qtbot) -> None:
    qtbot.waitUntil(lambda: team_button(window) is not None and "synced" in team_button(window).text(),
                    timeout=30_000)


def test_connecting_through_the_dialog_shows_where_as_whom_and_the_first_sync(store_of, open_window, qtbot, team,
                                                                             pg_cluster, team_db):
    window = open_window(store_of("ben"))
    assert team_button(window) is None
    dialog = connect_through_dialog(window, qtbot, conninfo(team, "ben"), "pw-ben")
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.status_page, timeout=30_000)
    assert dialog.fields["user"].text() == login(team, "ben")
    assert f"127.0.0.1:{pg_cluster.port}/{team_db}" in dialog.fields["where"].text()
    assert dialog.fields["role"].text().startswith("editor")
    assert not dialog.members_button.isVisible()  # an editor does not manage members
    wait_synced(window, qtbot)  # a sync follows the connection, and the button says when
    qtbot.waitUntil(lambda: dialog.fields["last_sync"].text() != "never", timeout=10_000)
    assert window.team().timer.isActive() and window.team().timer.interval() == 5 * 60 * 1000
    assert api_team.status(window.store.database).connected
    qtbot.mouseClick(dialog.disconnect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.form_page, timeout=10_000)
    qtbot.waitUntil(lambda: team_button(window) is None, timeout=10_000)
    assert not window.team().timer.isActive() and not api_team.connected(window.store.database)


def test_a_wrong_password_is_said_in_words_and_the_form_stays_usable(store_of, open_window, qtbot, team, pg_cluster,
                                                                    team_db):
    window = open_window(store_of("ben"))
    dialog = connect_through_dialog(window, qtbot, conninfo(team, "ben"), "not-the-password")
    qtbot.waitUntil(dialog.form_error.isVisible, timeout=30_000)
    assert "refused the user name or password" in dialog.form_error.text()
    assert "Traceback" not in dialog.form_error.text()
    assert dialog.pages.currentWidget() is dialog.form_page and team_button(window) is None
    assert dialog.connect_button.isEnabled() and dialog.password_edit.isEnabled()
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, "pw-ben")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.status_page, timeout=30_000)
    assert not dialog.form_error.isVisible() or dialog.pages.currentWidget() is dialog.status_page


def test_the_keep_password_box_is_offered_only_with_a_keyring(store_of, open_window, qtbot):
    window = open_window(store_of("ben"))
    dialog = open_dialog(window, qtbot)
    available = api_team.keyring_available()
    qtbot.waitUntil(lambda: "Looking" not in dialog.keep_box.toolTip(), timeout=10_000)
    assert dialog.keep_box.isEnabled() == available
    assert ("No system keyring" in dialog.keep_box.toolTip()) == (not available)


def titles_in_notes(window) -> set[str]:
    model = window.notes.model
    return {model.index(r).data(NOTE_ROLE).title for r in range(model.rowCount())}


def test_sync_now_brings_a_teammates_shared_note_into_the_notes_panel(store_of, open_window, qtbot, team,
                                                                     pg_cluster, team_db):
    window = open_window(store_of("ben"))
    window.toggle_notes()
    dialog = connect_through_dialog(window, qtbot, conninfo(team, "ben"), "pw-ben")
    wait_synced(window, qtbot)
    ana = store_of("ana")  # a teammate, elsewhere, shares a note
    api_team.connect(ana, team["ana"])
    uid, _ = Library(ana).notes.create("H20 licence decision", "15% revenue share, August 2025")
    api_team.share_note(ana, uid)
    assert api_team.sync(ana).pushed >= 1
    assert "H20 licence decision" not in titles_in_notes(window)
    progress = []
    window.team().sync_progressed.connect(lambda stage, done, total: progress.append((stage, done, total)))
    with qtbot.waitSignal(window.team().sync_finished, timeout=30_000) as finished:
        qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
        assert not dialog.sync_button.isEnabled() and window.team().sync() is False  # never two at once
    assert finished.args[0].pulled >= 1 and any(stage == "pull" for stage, _, _ in progress)
    qtbot.waitUntil(lambda: "H20 licence decision" in titles_in_notes(window), timeout=10_000)
    assert "received" in dialog.sync_message.text()


def test_with_the_server_down_the_button_says_offline_and_counts_the_queue(store_of, open_window, qtbot, team,
                                                                          pg_cluster, team_db):
    path = store_of("ben")
    window = open_window(path)
    connect_through_dialog(window, qtbot, conninfo(team, "ben"), "pw-ben")
    wait_synced(window, qtbot)
    uid, _ = Library(path).notes.create("Offline thought", "written on the train")
    api_team.share_note(path, uid)
    pg_cluster.stop()
    try:
        with qtbot.waitSignal(window.team().sync_failed, timeout=30_000):
            assert window.team().sync()
        qtbot.waitUntil(lambda: "offline" in team_button(window).text(), timeout=10_000)
        queued = api_team.status(path).queued
        assert queued >= 1
        assert team_button(window).text() == f"Team: offline · {queued} queued"
        assert "cannot be reached" in team_button(window).toolTip()
    finally:
        pg_cluster.start()
    with qtbot.waitSignal(window.team().sync_finished, timeout=30_000):
        assert window.team().sync()
    wait_synced(window, qtbot)
    assert "queued" not in team_button(window).text()  # the queue went out once the server was back


def test_a_connected_store_shows_its_button_after_the_first_paint(store_of, open_window, qtbot, team):
    path = store_of("ben")
    api_team.connect(path, team["ben"])
    window = open_window(path)
    qtbot.waitUntil(lambda: team_button(window) is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not window.team().busy() and not window.team().syncing, timeout=30_000)
    assert team_button(window).text().startswith("Team: ")
    # what teammates did while ChipLens was closed comes soon after the start, without a click
    link = window.team()
    assert link.first_sync.isActive() and link.first_sync.interval() < link.timer.interval()
    link.first_sync.setInterval(0)
    link.first_sync.start()
    qtbot.waitUntil(lambda: api_team.status(path).last_sync is not None, timeout=30_000)


def test_without_a_team_library_there_is_no_button(store_of, open_window, qtbot):
    window = open_window(store_of("solo"))
    qtbot.waitUntil(lambda: window._team is not None, timeout=10_000)  # the window has looked
    qtbot.wait(200)
    assert team_button(window) is None and window.team().status is None
    assert not window.team().timer.isActive() and not window.team().first_sync.isActive()


def test_a_kept_conflict_is_what_the_button_says(store_of, open_window, qtbot, team):
    ana, path = store_of("ana"), store_of("ben")
    api_team.connect(ana, team["ana"])
    uid, _ = Library(ana).notes.create("CM384 power", "559 kW")
    api_team.share_note(ana, uid)
    api_team.sync(ana)
    api_team.connect(path, team["ben"])
    api_team.sync(path)
    [mine] = [n for n in Library(path).notes.list() if n.title == "CM384 power"]
    Library(ana).notes.save(uid, "CM384 power", "559 kW, SemiAnalysis")  # both edit it apart
    api_team.sync(ana)
    Library(path).notes.save(mine.uid, "CM384 power", "about 600 kW all-in")
    window = open_window(path)
    qtbot.waitUntil(lambda: team_button(window) is not None, timeout=10_000)
    with qtbot.waitSignal(window.team().sync_finished, timeout=30_000):
        assert window.team().sync()
    conflicts = api_team.status(path).conflicts
    assert conflicts >= 1
    qtbot.waitUntil(lambda: team_button(window).text() == (
        "Team: 1 conflict" if conflicts == 1 else f"Team: {conflicts} conflicts"), timeout=10_000)

"""The conflicts dialog on real stores syncing through the real PostgreSQL server: a note edited apart by its
author and by an administrator is shown side by side, merged by hand, and the merge reaches both stores."""
from __future__ import annotations

import shutil

import pytest

from db.api import Library
from desktop.store import Store


@pytest.fixture
def stores(store_of, team):
    """Ana's (an editor) and Boss's (an administrator) stores, each connected to the library as themselves."""
    out = {who: store_of(who) for who in ("ana", "boss")}
    for who, path in out.items():
        Library(path).team.connect(team[who])
    return out


def edited_apart(stores) -> str:
    """Ana shares a note; both stores have it; Ana and Boss edit it offline; Ana syncs first. Boss's sync keeps
    a conflict. The note's uid in Boss's store."""
    ana, boss = Library(stores["ana"]), Library(stores["boss"])
    uid, _ = ana.notes.create("H20 licence", "The licence came in August.", tags=["h20"])
    ana.team.share_note(uid)
    ana.team.sync()
    boss.team.sync()
    [theirs] = [n for n in boss.notes.list() if n.title == "H20 licence"]
    ana.notes.save(uid, "H20 licence", "The licence came in August, with a 15% revenue share.")
    boss.notes.save(theirs.uid, "H20 licence", "The licence came in August 2025.")
    ana.team.sync()
    assert boss.team.sync().conflicts == 1
    return theirs.uid


def test_a_note_edited_apart_is_shown_side_by_side_and_the_merge_reaches_both_stores(qtbot, stores):
    from desktop.dialogs.team_conflicts import TeamConflictsDialog
    boss_uid = edited_apart(stores)
    store = Store(stores["boss"])
    heard = []
    store.changed.connect(lambda change, _who: heard.append(change.kinds))
    dialog = TeamConflictsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    [conflict] = dialog.conflicts()
    row = dialog.list.topLevelItem(0)
    assert [row.text(i) for i in (0, 1, 3)] == ["note", "H20 licence", "edited elsewhere"]
    assert row.text(2).endswith("_ana")
    assert dialog.mine_text.toPlainText() == "The licence came in August 2025."
    assert dialog.theirs_text.toPlainText() == "The licence came in August, with a 15% revenue share."
    assert dialog.fields.horizontalHeaderItem(2).text() == f"The library's ({conflict.theirs_author}, version 2)"
    assert dialog.differing_fields() == ["Text"]  # the title and the tags agree: not marked
    assert dialog.merged_text.toPlainText() == "The licence came in August 2025."  # prefilled with mine
    assert dialog.keep_merged.isVisibleTo(dialog) and not dialog.keep_copy.isVisibleTo(dialog)

    merged = "The licence came in August 2025, with a 15% revenue share."
    dialog.merged_text.setPlainText(merged)
    dialog.keep_merged.click()
    assert dialog.conflicts() == [] and dialog.empty.isVisibleTo(dialog)
    assert {"note"} in heard  # the window's notes read again
    assert Library(stores["boss"]).notes.get(boss_uid).body == merged

    Library(stores["boss"]).team.sync()
    Library(stores["ana"]).team.sync()
    for who in ("ana", "boss"):
        [note] = [n for n in Library(stores[who]).notes.list() if n.title == "H20 licence"]
        assert Library(stores[who]).notes.get(note.uid).body == merged, who
    assert Library(stores["ana"]).team.conflicts() == []


def test_a_refused_change_offers_theirs_or_a_copy_and_the_copy_keeps_the_text(qtbot, stores, team, tmp_path,
                                                                                  seeded_template):
    from desktop.dialogs.team_conflicts import TeamConflictsDialog
    ben = tmp_path / "ben.sqlite"
    shutil.copy(seeded_template, ben)
    Library(ben).team.connect(team["ben"])
    ana = Library(stores["ana"])
    uid, _ = ana.notes.create("CM384 power", "559 kW")
    ana.team.share_note(uid)
    ana.team.sync()
    Library(ben).team.sync()
    [got] = [n for n in Library(ben).notes.list() if n.title == "CM384 power"]
    assert got.team_author.endswith("_ana")
    Library(ben).notes.save(got.uid, "CM384 power", "559 kW, SemiAnalysis")  # an editor may not change ana's
    assert Library(ben).team.sync().conflicts == 1
    dialog = TeamConflictsDialog(Store(ben))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.topLevelItem(0).text(3) == "refused by the library"
    assert not dialog.keep_mine.isVisibleTo(dialog) and not dialog.keep_merged.isVisibleTo(dialog)
    assert dialog.keep_copy.isVisibleTo(dialog)
    dialog.keep_copy.click()
    assert dialog.conflicts() == []
    bodies = {Library(ben).notes.get(n.uid).body: n.team_author for n in Library(ben).notes.list()
              if n.title == "CM384 power"}
    assert bodies["559 kW"].endswith("_ana")  # the library's stays ana's
    assert bodies["559 kW, SemiAnalysis"] is None  # ben's text kept as a private note of ben's own

"""Analyst notes in the store: CRUD, tags and links, versions, trash, full-text search (latin and CJK)."""
import sqlite3

import pytest

from db import api, notes
from db.dto import ChangeSet, NoteLinkDTO
from db.errors import UnknownDeviceError, UnknownLinkError, UnknownNoteError


class Clock:
    """Moves db.notes' clock by hand: versions are kept at most once per 10 minutes."""

    def __init__(self, monkeypatch, start="2026-11-29T10:00:00Z"):
        from datetime import datetime, timedelta
        self.t = datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ")
        self.delta = timedelta
        monkeypatch.setattr(notes, "now", lambda: self.t.strftime("%Y-%m-%dT%H:%M:%SZ"))

    def advance(self, minutes):
        self.t += self.delta(minutes=minutes)


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch)


def test_create_get_and_list(db_path, clock):
    uid, change = api.create_note(db_path, "910C compute", "Huawei says **752** TFLOPS.", tags=["compute", " Huawei  "],
                                  links=[("device", "910C"), "pairing:" + api.list_pairings(db_path)[0].slug])
    assert change.kinds == {"note"} and change.device_slugs == {"ascend-910c"}
    note = api.get_note(db_path, uid)
    assert (note.title, note.body, note.tags) == ("910C compute", "Huawei says **752** TFLOPS.", ("compute", "Huawei"))
    assert note.links[0] == NoteLinkDTO("device", "ascend-910c", "Huawei Ascend 910C", False)  # alias resolved
    assert note.links[1].kind == "pairing" and note.links[1].label and not note.links[1].missing
    assert note.created == note.updated == "2026-11-29T10:00:00Z" and note.deleted is None
    clock.advance(1)
    other, _ = api.create_note(db_path, "abc second")
    assert [n.uid for n in api.list_notes(db_path)] == [other, uid]  # newest first
    assert [n.title for n in api.list_notes(db_path, sort="title")] == ["910C compute", "abc second"]
    assert api.list_notes(db_path, tag="HUAWEI")[0].uid == uid
    assert [n.uid for n in api.list_notes(db_path, device="Ascend 910C")] == [uid]
    assert [n.uid for n in api.list_notes(db_path, linked=("device", "ascend-910c"))] == [uid]
    with pytest.raises(UnknownNoteError):
        api.get_note(db_path, "no-such-note")
    with pytest.raises(UnknownDeviceError):
        api.list_notes(db_path, device="H2O")


def test_unknown_link_targets_are_refused_naming_the_link(db_path):
    with pytest.raises(UnknownLinkError, match="device:nope"):
        api.create_note(db_path, "x", links=["device:nope"])
    with pytest.raises(UnknownLinkError, match="event:nope"):
        api.create_note(db_path, "x", links=[("event", "nope")])
    with pytest.raises(ValueError, match="unknown kind"):
        api.create_note(db_path, "x", links=["chip:h100"])
    assert api.list_notes(db_path) == []


def test_a_link_to_a_removed_device_shows_missing_and_the_note_stays(db_path):
    with sqlite3.connect(db_path) as c:
        c.execute("INSERT INTO device (slug, name, kind, family, status, organisation_id, racks_note, origin) "
                  "VALUES ('my-chip', 'My Chip', 'chip', '', 'roadmap', 1, '', 'user')")
    c.close()
    uid, _ = api.create_note(db_path, "About my chip", "text", links=["device:my-chip", "device:H100"])
    assert not api.get_note(db_path, uid).links[0].missing
    with sqlite3.connect(db_path) as c:
        c.execute("DELETE FROM device WHERE slug = 'my-chip'")
    c.close()
    note = api.get_note(db_path, uid)
    assert note.links[0] == NoteLinkDTO("device", "my-chip", "", True) and not note.links[1].missing
    api.save_note(db_path, uid, note.title, "edited", links=note.links)  # a missing link may be kept
    assert api.get_note(db_path, uid).links[0].missing
    assert [n.uid for n in api.list_notes(db_path, linked=("device", "my-chip"))] == [uid]


def test_save_changes_text_tags_and_links(db_path, clock):
    uid, _ = api.create_note(db_path, "T", "body", tags=["a"], links=["device:H100"])
    clock.advance(1)
    change = api.save_note(db_path, uid, "T2", "body 2")
    assert isinstance(change, ChangeSet) and change.kinds == {"note"}
    note = api.get_note(db_path, uid)
    assert (note.title, note.body, note.tags, note.links[0].target) == ("T2", "body 2", ("a",), "h100-sxm")
    assert note.updated == "2026-11-29T10:01:00Z" and note.created == "2026-11-29T10:00:00Z"
    api.save_note(db_path, uid, "T2", "body 2", tags=["b", "c"], links=[])
    note = api.get_note(db_path, uid)
    assert note.tags == ("b", "c") and note.links == ()
    with pytest.raises(UnknownNoteError):
        api.save_note(db_path, "gone", "t", "b")


def test_versions_every_ten_minutes_or_on_checkpoint_and_restore(db_path, clock):
    uid, _ = api.create_note(db_path, "T", "v1")
    clock.advance(1)
    api.save_note(db_path, uid, "T", "v2")  # within 10 minutes of creation: no version
    assert api.list_versions(db_path, uid) == []
    clock.advance(10)
    api.save_note(db_path, uid, "T", "v3")
    assert [v.body for v in api.list_versions(db_path, uid)] == ["v2"]
    clock.advance(2)
    api.save_note(db_path, uid, "T", "v4")
    api.save_note(db_path, uid, "T", "v4")  # unchanged: nothing kept
    assert [v.body for v in api.list_versions(db_path, uid)] == ["v2"]
    api.save_note(db_path, uid, "T", "v5", checkpoint=True)
    versions = api.list_versions(db_path, uid)
    assert [v.body for v in versions] == ["v4", "v2"]  # newest first
    api.restore_version(db_path, uid, versions[1].id)
    assert api.get_note(db_path, uid).body == "v2"
    assert [v.body for v in api.list_versions(db_path, uid)] == ["v5", "v4", "v2"]  # current text kept first
    assert api.search_notes(db_path, "v2")[0].uid == uid and api.search_notes(db_path, "v5") == []


def test_trash_undelete_and_empty(db_path):
    keep, _ = api.create_note(db_path, "keep me", "alpha")
    gone, _ = api.create_note(db_path, "throw me", "alpha", links=["device:H100"])
    api.save_note(db_path, gone, "throw me", "alpha beta", checkpoint=True)
    change = api.delete_note(db_path, gone)
    assert change.kinds == {"note"} and change.device_slugs == {"h100-sxm"}
    assert [n.uid for n in api.list_notes(db_path)] == [keep]
    trash = api.list_notes(db_path, trash=True)
    assert [n.uid for n in trash] == [gone] and trash[0].deleted
    assert [h.uid for h in api.search_notes(db_path, "alpha")] == [keep]  # trashed notes are not found
    api.undelete_note(db_path, gone)
    assert {h.uid for h in api.search_notes(db_path, "alpha")} == {keep, gone}
    api.delete_note(db_path, gone)
    count, change = api.empty_trash(db_path)
    assert count == 1 and change.kinds == {"note"}
    with pytest.raises(UnknownNoteError):
        api.get_note(db_path, gone)
    with sqlite3.connect(db_path) as c:
        assert c.execute("SELECT count(*) FROM note_version").fetchone()[0] == 0
        assert c.execute("SELECT count(*) FROM note_fts").fetchone()[0] == 1
    c.close()
    assert api.empty_trash(db_path)[0] == 0


def filler(db_path, n=6):
    """Unrelated notes, so that bm25's document frequencies look like a real collection."""
    for i in range(n):
        api.create_note(db_path, f"Filler {i}", f"Nothing relevant here, number {i}.")


def test_title_match_ranks_above_body_match_and_snippets_mark_matches(db_path):
    filler(db_path)
    body_only, _ = api.create_note(db_path, "Memory notes", "HBM supply: the bandwidth story is about CoWoS capacity.")
    in_title, _ = api.create_note(db_path, "CoWoS capacity", "TSMC is expanding it.")
    hits = api.search_notes(db_path, "cowos")
    assert [h.uid for h in hits] == [in_title, body_only]
    assert hits[0].rank <= hits[1].rank
    assert "[[CoWoS]]" in hits[1].snippet and "\n" not in hits[1].snippet
    assert hits[1].title == "Memory notes" and hits[1].updated


def test_prefix_search_and_every_word_must_match(db_path):
    filler(db_path)
    uid, _ = api.create_note(db_path, "910C compute", "SemiAnalysis estimates 780 TFLOPS; Huawei says 752.")
    api.create_note(db_path, "Other", "Huawei only.")
    assert [h.uid for h in api.search_notes(db_path, "Semi")] == [uid]
    assert "[[SemiAnalysis]]" in api.search_notes(db_path, "semi")[0].snippet
    assert [h.uid for h in api.search_notes(db_path, "huawei semi")] == [uid]
    assert len(api.search_notes(db_path, "Huawei")) == 2
    assert api.search_notes(db_path, "huawei zebra") == []
    for nothing in ("", "   ", "***", '"', "AND OR NOT", "-"):
        assert isinstance(api.search_notes(db_path, nothing), list)  # FTS syntax never leaks into errors


def test_cjk_two_character_queries(db_path):
    filler(db_path)
    uid, _ = api.create_note(db_path, "中文笔记", "华为昇腾910C与英伟达H100的对比：单卡算力约为其四分之三。")
    api.create_note(db_path, "腾讯", "腾讯云的采购。")
    for q in ("昇腾", "英伟达", "四分之三", "算力", "910C", "h100"):
        assert [h.uid for h in api.search_notes(db_path, q)] == [uid], q
    assert "[[昇腾]]" in api.search_notes(db_path, "昇腾")[0].snippet
    assert "英伟达[[H100]]的" in api.search_notes(db_path, "h10")[0].snippet
    assert [h.uid for h in api.search_notes(db_path, "中文")] == [uid]  # title
    assert api.search_notes(db_path, "腾华") == []  # characters in another order are another word


def test_emoji_and_long_unicode(db_path):
    title = "🚀 Launch day 🎉 " + "长标题" * 50
    uid, _ = api.create_note(db_path, title, "Blackwell 🚀 ramps; café naïve", tags=["🔥 hot"])
    note = api.get_note(db_path, uid)
    assert note.title == title and note.tags == ("🔥 hot",)
    assert [h.uid for h in api.search_notes(db_path, "blackwell")] == [uid]
    assert [h.uid for h in api.search_notes(db_path, "cafe")] == [uid]  # diacritics folded
    assert api.search_notes(db_path, "🚀") == []  # emoji alone is nothing searchable, not an error


def test_search_filters_by_tag_and_device(db_path):
    a, _ = api.create_note(db_path, "HBM one", "HBM", tags=["memory"], links=["device:H100"])
    b, _ = api.create_note(db_path, "HBM two", "HBM", tags=["supply"], links=["device:910C"])
    assert [h.uid for h in api.search_notes(db_path, "hbm", tag="memory")] == [a]
    assert [h.uid for h in api.search_notes(db_path, "hbm", device="Ascend 910C")] == [b]
    assert api.search_notes(db_path, "hbm", tag="nothing") == []
    assert len(api.search_notes(db_path, "hbm", limit=1)) == 1
    assert api.search_notes(db_path, "hbm", tag="memory")[0].tags == ("memory",)


def test_saving_a_100kb_note_again_and_again_keeps_the_last_text(db_path):
    # speed is measured by benchmarks/notes_search.py, not here
    body = ("Ascend 910C bandwidth and HBM supply notes. 昇腾算力。 " * 2000)[:100_000]
    uid, _ = api.create_note(db_path, "Big", body)
    for i in range(5):
        body = body[:50_000] + f" edit{i} " + body[50_000:]
        api.save_note(db_path, uid, "Big", body)
    assert api.get_note(db_path, uid).body == body
    assert [h.uid for h in api.search_notes(db_path, "edit4")] == [uid]


def test_search_within_links_finds_low_ranked_linked_notes(db_path):
    # 30 notes about HBM rank above the one linked to the 910C; the link filter still finds it
    for i in range(30):
        api.create_note(db_path, f"HBM supply {i}", "HBM HBM HBM")
    linked, _ = api.create_note(db_path, "Pricing", "one mention of hbm in a long text " + "filler " * 200,
                                links=["device:910C"])
    other, _ = api.create_note(db_path, "Elsewhere", "hbm", links=["device:H100"])
    assert linked not in [h.uid for h in api.search_notes(db_path, "hbm", limit=10)]
    hits = api.search_notes(db_path, "hbm", limit=10, linked_any=[("device", "ascend-910c"), ("pairing", "x")])
    assert [h.uid for h in hits] == [linked]
    assert {h.uid for h in api.search_notes(db_path, "hbm", linked_any=["device:ascend-910c", "device:h100-sxm"])} \
        == {linked, other}
    assert api.search_notes(db_path, "hbm", linked_any=[]) == []


def test_the_index_follows_saves_trash_and_undelete(db_path):
    uid, _ = api.create_note(db_path, "Draft", "first words")
    api.save_note(db_path, uid, "Draft", "second words")
    assert [h.uid for h in api.search_notes(db_path, "second")] == [uid] and api.search_notes(db_path, "first") == []
    api.delete_note(db_path, uid)
    api.save_note(db_path, uid, "Draft", "third words")  # a late autosave of a trashed note
    assert api.search_notes(db_path, "third") == []
    api.undelete_note(db_path, uid)
    assert [h.uid for h in api.search_notes(db_path, "third")] == [uid] and api.search_notes(db_path, "second") == []
    with sqlite3.connect(db_path) as c:
        assert c.execute("SELECT count(*) FROM note WHERE fts_stale").fetchone()[0] == 0
    c.close()

"""Notes as Markdown files: export, import, round trip without duplicates, clear errors for bad files."""
import pytest

from db import api


def make_notes(db_path):
    a, _ = api.create_note(db_path, "910C compute", "# Brief\n\nHuawei says **752** TFLOPS; SemiAnalysis 780.\n",
                           tags=["compute", "huawei"], links=["device:910C"])
    b, _ = api.create_note(db_path, "中文笔记: 昇腾/英伟达?", "华为昇腾与英伟达。🚀\n\n---\n\nnot front matter", tags=["中文"])
    c, _ = api.create_note(db_path, "910C compute", "Same title, another note.")
    return a, b, c


def test_export_writes_one_markdown_file_per_note_with_front_matter(db_path, tmp_path):
    a, b, c = make_notes(db_path)
    trashed, _ = api.create_note(db_path, "in the trash")
    api.delete_note(db_path, trashed)
    files = api.export_notes(db_path, tmp_path / "out")
    names = sorted(p.name for p in files)
    assert len(names) == 3 and len(set(names)) == 3
    assert all(n.endswith(".md") and "/" not in n and "?" not in n and ":" not in n for n in names)
    assert f"910c-compute-{a[:8]}.md" in names
    text = (tmp_path / "out" / f"910c-compute-{a[:8]}.md").read_text(encoding="utf-8")
    assert text.startswith(f"---\nuid: {a}\ntitle: \"910C compute\"\ntags: [\"compute\", \"huawei\"]\n"
                           "links: [\"device:ascend-910c\"]\n")
    assert text.endswith("---\n# Brief\n\nHuawei says **752** TFLOPS; SemiAnalysis 780.\n")
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]  # no temp files left
    assert len(api.export_notes(db_path, tmp_path / "one", uids=[b])) == 1


def test_round_trip_into_a_fresh_store_is_identical_and_reimport_creates_nothing(db_path, tmp_path, seeded_template):
    import shutil
    make_notes(db_path)
    api.export_notes(db_path, tmp_path / "out")
    other = tmp_path / "other.sqlite"
    shutil.copy(seeded_template, other)
    assert api.import_notes(other, tmp_path / "out") == {"created": 3, "updated": 0, "unchanged": 0}

    def content(path):
        return sorted((n.uid, n.title, n.body, n.tags, n.links, n.created, n.updated)
                      for n in (api.get_note(path, s.uid) for s in api.list_notes(path)))
    assert content(other) == content(db_path)
    assert api.import_notes(other, tmp_path / "out") == {"created": 0, "updated": 0, "unchanged": 3}
    assert len(api.list_notes(other)) == 3
    assert [h.title for h in api.search_notes(other, "昇腾")] == ["中文笔记: 昇腾/英伟达?"]


def test_reimport_of_an_edited_file_updates_and_keeps_a_version(db_path, tmp_path):
    a, _, _ = make_notes(db_path)
    path = next(p for p in api.export_notes(db_path, tmp_path / "out")
                if p.read_text(encoding="utf-8").startswith(f"---\nuid: {a}\n"))
    path.write_text(path.read_text(encoding="utf-8").replace("752", "800"), encoding="utf-8")
    assert api.import_notes(db_path, path) == {"created": 0, "updated": 1, "unchanged": 0}
    assert "800" in api.get_note(db_path, a).body
    assert "752" in api.list_versions(db_path, a)[0].body


def test_files_without_front_matter_become_notes(db_path, tmp_path):
    (tmp_path / "with-heading.md").write_text("Intro\n\n## Ascend roadmap ##\n\nText", encoding="utf-8")
    (tmp_path / "plain.markdown").write_text("just text", encoding="utf-8")
    (tmp_path / "ignored.txt").write_text("not markdown", encoding="utf-8")
    assert api.import_notes(db_path, tmp_path) == {"created": 2, "updated": 0, "unchanged": 0}
    assert sorted(n.title for n in api.list_notes(db_path)) == ["Ascend roadmap", "plain"]
    assert api.import_notes(db_path, tmp_path)["created"] == 0  # same title and body: no duplicate


@pytest.mark.parametrize("front, line, words", [
    ("---\nuid: abc\ntitle \"x\"\n---\nbody", 3, "key: value"),
    ("---\nuid: abc\ntitle: \"unclosed\n---\n", 3, "not closed"),
    ("---\nuid: abc\ntags: [\"a\", 1]\n---\n", 3, "list of texts"),
    ("---\nuid: abc\nlinks: [\"chip:h100\"]\n---\n", 3, "unknown kind"),
    ("---\nuid: a b\n---\n", 2, "uid"),
    ("---\ntitle: x\ncreated: yesterday\n---\n", 3, "YYYY-MM-DDTHH:MM:SSZ"),
    ("---\ntitle: never closed\n", 1, "never closed"),
    ("---\ntitle: x\n\nbody text", 4, "key: value"),
])
def test_malformed_front_matter_names_file_and_line_and_imports_nothing(db_path, tmp_path, front, line, words):
    (tmp_path / "a-good.md").write_text("---\ntitle: fine\n---\nok", encoding="utf-8")
    bad = tmp_path / "b-bad.md"
    bad.write_text(front, encoding="utf-8")
    with pytest.raises(ValueError) as err:
        api.import_notes(db_path, tmp_path)
    assert f"b-bad.md: line {line}:" in str(err.value) and words in str(err.value)
    assert api.list_notes(db_path) == []  # checked before anything is written


def test_yaml_block_lists_and_plain_scalars_are_read(db_path, tmp_path):
    (tmp_path / "n.md").write_text("---\nuid: my-note-1\ntitle: Plain title\ntags:\n  - policy\n  - 'US rules'\n"
                                   "links:\n  - device:H100\n---\nBody\n", encoding="utf-8")
    api.import_notes(db_path, tmp_path)
    note = api.get_note(db_path, "my-note-1")
    assert (note.title, note.tags, note.body) == ("Plain title", ("policy", "US rules"), "Body\n")
    assert note.links[0].target == "H100" and note.links[0].missing  # imported links are kept as written


def test_an_export_replaces_no_file_of_the_same_name_unless_told(db_path, tmp_path):
    a, b, c = make_notes(db_path)
    out = tmp_path / "out"
    first = api.export_notes(db_path, out)
    (out / "mine.txt").write_text("the analyst's own file", encoding="utf-8")
    clash = next(p for p in first if a[:8] in p.name)
    clash.write_text("edited by hand", encoding="utf-8")
    with pytest.raises(api.notes.ReplaceRefused) as refused:
        api.export_notes(db_path, out)
    assert sorted(p.name for p in refused.value.paths) == sorted(p.name for p in first), "every clash is named"
    assert isinstance(refused.value, FileExistsError)
    assert clash.read_text(encoding="utf-8") == "edited by hand", "nothing may be written when one file clashes"
    assert sorted(p.name for p in out.iterdir()) == sorted([*(p.name for p in first), "mine.txt"])
    with pytest.raises(api.notes.ReplaceRefused) as refused:
        api.export_notes(db_path, out, uids=[b])
    assert [p.name for p in refused.value.paths] == [next(p.name for p in first if b[:8] in p.name)]
    assert api.export_notes(db_path, out, replace=True) == first
    assert clash.read_text(encoding="utf-8").startswith(f"---\nuid: {a}\n"), "replaced when told"
    assert (out / "mine.txt").read_text(encoding="utf-8") == "the analyst's own file", "other files are never touched"
    link = tmp_path / "linked"
    link.mkdir()
    (link / clash.name).symlink_to(tmp_path / "nowhere.md")  # a dangling link of the same name is a file there too
    with pytest.raises(api.notes.ReplaceRefused):
        api.export_notes(db_path, link, uids=[a])

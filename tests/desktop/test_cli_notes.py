"""`chiplens notes`: add with tags and links, list, search (latin and CJK), export/import, exit codes."""
import io
import json

import pytest

from db import api
from desktop.app import main


def run(capsys, data_dir, *argv):
    code = main(["--data-dir", str(data_dir), "notes", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_and_search_json(capsys, data_dir, db_path, tmp_path, monkeypatch):
    body = tmp_path / "b.md"
    body.write_text("# Brief\n\nHuawei says **752** TFLOPS; SemiAnalysis 780.\n", encoding="utf-8")
    code, out, err = run(capsys, data_dir, "add", "--title", "910C compute", "--body-file", str(body),
                         "--tag", "compute", "--link", "device:ascend-910c", "--link", "device:H100")
    assert code == 0 and err == ""
    uid = out.strip()
    assert api.get_note(db_path, uid).body.startswith("# Brief")
    monkeypatch.setattr("sys.stdin", io.StringIO("华为昇腾910C与英伟达H100的对比。\n"))
    code, out, _ = run(capsys, data_dir, "add", "--title", "中文笔记", "--body-file", "-")
    assert code == 0
    code, out, _ = run(capsys, data_dir, "list", "--format", "json")
    notes = json.loads(out)
    assert code == 0 and [n["title"] for n in notes] == ["中文笔记", "910C compute"]  # newest first
    first = next(n for n in notes if n["uid"] == uid)
    assert list(first) == ["uid", "title", "tags", "links", "created", "updated"]
    assert first["tags"] == ["compute"] and first["links"][1] == {
        "kind": "device", "target": "h100-sxm", "label": "NVIDIA H100 SXM", "missing": False}
    code, out, _ = run(capsys, data_dir, "search", "semi", "--format", "json")
    hits = json.loads(out)
    assert code == 0 and [h["uid"] for h in hits] == [uid] and "[[SemiAnalysis]]" in hits[0]["snippet"]
    assert {"uid", "title", "tags", "links", "created", "updated", "snippet"} <= set(hits[0])
    for q in ("昇腾", "英伟达"):
        code, out, _ = run(capsys, data_dir, "search", q, "--format", "json")
        assert [h["title"] for h in json.loads(out)] == ["中文笔记"]
    code, out, _ = run(capsys, data_dir, "search", "semi")
    assert code == 0 and "910C compute" in out and "[[SemiAnalysis]]" in out
    code, out, _ = run(capsys, data_dir, "list", "--device", "910C")
    assert code == 0 and "910C compute" in out and "中文笔记" not in out


def test_export_then_import_creates_no_duplicates(capsys, data_dir, db_path, tmp_path):
    api.create_note(db_path, "One", "first", tags=["a"])
    api.create_note(db_path, "Two", "second")
    code, _, err = run(capsys, data_dir, "export", "-o", str(tmp_path / "out"))
    assert code == 0 and "exported 2 notes" in err and len(list((tmp_path / "out").iterdir())) == 2
    code, out, _ = run(capsys, data_dir, "import", str(tmp_path / "out"))
    assert code == 0 and out.strip() == "created 0, updated 0, unchanged 2"
    assert len(api.list_notes(db_path)) == 2


def test_export_into_a_folder_with_files_of_the_same_name_needs_force(capsys, data_dir, db_path, tmp_path):
    one, _ = api.create_note(db_path, "One", "first")
    api.create_note(db_path, "Two", "second")
    out = tmp_path / "out"
    assert run(capsys, data_dir, "export", "-o", str(out))[0] == 0
    names = sorted(p.name for p in out.iterdir())
    (out / "mine.md").write_text("my own file", encoding="utf-8")
    edited = out / next(n for n in names if one[:8] in n)
    edited.write_text("edited by hand", encoding="utf-8")
    code, out_text, err = run(capsys, data_dir, "export", "-o", str(out))
    assert code == 1 and out_text == ""
    assert f"{out} already holds 2 file(s) of the same name as the notes; nothing was written" in err
    assert all(f"  {n}\n" in err for n in names) and "mine.md" not in err, "each file that would be replaced is named"
    assert "--force" in err, "the message says how to replace them"
    assert edited.read_text(encoding="utf-8") == "edited by hand"
    code, _, err = run(capsys, data_dir, "export", "-o", str(out), "--force")
    assert code == 0 and "exported 2 notes" in err
    assert edited.read_text(encoding="utf-8").startswith("---\nuid: ")
    assert (out / "mine.md").read_text(encoding="utf-8") == "my own file"


def test_empty_results_say_so(capsys, data_dir):
    code, out, err = run(capsys, data_dir, "list", "--format", "json")
    assert code == 0 and json.loads(out) == [] and "no notes" in err
    code, out, err = run(capsys, data_dir, "search", "anything", "--format", "json")
    assert code == 0 and json.loads(out) == [] and "no note matches" in err


@pytest.mark.parametrize("argv, words", [
    (("add", "--title", "x", "--link", "device:nope"), "link device:nope"),
    (("add", "--title", "x", "--link", "event:nope"), "link event:nope"),
    (("add", "--title", "x", "--link", "nope"), "kind:target"),
    (("add", "--title", "x", "--link", "chip:h100"), "unknown kind"),
    (("add", "--title", "x", "--body-file", "/no/such/file"), "--body-file"),
    (("add", "--title", "  "), "--title"),
    (("list", "--device", "H2O"), "unknown device 'H2O'"),
    (("import", "/no/such/folder"), "no such file or folder"),
])
def test_usage_errors_exit_2_with_a_message(capsys, data_dir, db_path, argv, words):
    code, out, err = run(capsys, data_dir, *argv)
    assert code == 2 and words in err and "Traceback" not in err
    assert api.list_notes(db_path) == []


def test_malformed_import_exits_2_naming_file_and_line(capsys, data_dir, tmp_path):
    (tmp_path / "bad.md").write_text("---\nuid: abc\ntitle \"x\"\n---\nbody", encoding="utf-8")
    code, _, err = run(capsys, data_dir, "import", str(tmp_path))
    assert code == 2 and "bad.md: line 3:" in err and "Traceback" not in err


@pytest.mark.parametrize("argv", [("add",), ("list", "--format", "xml"), ("search",), ("export",), ()])
def test_argparse_usage_errors_exit_2(capsys, data_dir, argv):
    with pytest.raises(SystemExit) as exit_:
        main(["--data-dir", str(data_dir), "notes", *argv])
    assert exit_.value.code == 2 and "Traceback" not in capsys.readouterr().err

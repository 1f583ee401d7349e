"""A note's images are never loaded: not a local file (file: URL, absolute or relative path), not a web address.
The preview, the note picture and the brief show words in their place. A real PNG made by the test is named in
every way a note can name it; its pixels must appear nowhere and no image resource may hold it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument

from db.dto import NoteDTO
from desktop.export.brief_html import note_html
from desktop.export.note_picture import NotePicture
from desktop.export.theme import PRINT
from desktop.note_document import NoteDocument, replace_images, set_note_markdown
from desktop.present.note_images import INLINE, LOCAL, REMOTE, image_words
from desktop.views.markdown_view import MarkdownView

RED = QColor(255, 0, 0)
IMAGE = QTextDocument.ResourceType.ImageResource.value


@pytest.fixture
def png(tmp_path, monkeypatch):
    """A 61×47 red PNG at tmp/pics/secret.png; the working folder is tmp/work, so '../pics/secret.png' finds it."""
    (tmp_path / "pics").mkdir()
    (tmp_path / "work").mkdir()
    path = tmp_path / "pics" / "secret.png"
    image = QImage(61, 47, QImage.Format.Format_RGB32)
    image.fill(RED)
    assert image.save(str(path))
    monkeypatch.chdir(tmp_path / "work")
    return path


def names(path) -> list[str]:
    """Every way a note can name the file."""
    return [QUrl.fromLocalFile(str(path)).toString(), str(path), "../pics/secret.png"]


def note_text(path) -> str:
    file_url, absolute, relative = names(path)
    return (f"# Pictures\n\n![a]({file_url})\n\n![b]({absolute})\n\n![c]({relative})\n\n"
            f"[![linked]({file_url})](https://example.com/x)\n\n![d](https://tracker.example/p.gif)\n\nThe end.")


def has_red(image: QImage) -> bool:
    small = image.convertToFormat(QImage.Format.Format_RGB32)
    return any(small.pixelColor(x, y) == RED for x in range(0, small.width(), 3) for y in range(0, small.height(), 3))


def images_in(doc: QTextDocument) -> list[str]:
    out = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().isImageFormat():
                out.append(it.fragment().charFormat().toImageFormat().name())
            it += 1
        block = block.next()
    return out


def the_file_in(doc: QTextDocument, path) -> list[str]:
    """The names whose image resource in `doc` is the file's picture (61×47)."""
    held = []
    for name in names(path):
        r = doc.resource(IMAGE, QUrl(name))
        if isinstance(r, QImage) and r.size().width() == 61 or hasattr(r, "width") and r.width() == 61:
            held.append(name)
    return held


def test_the_preview_loads_no_local_file_and_says_so(qtbot, png):
    view = MarkdownView()
    qtbot.addWidget(view)
    view.resize(700, 700)
    view.set_markdown(note_text(png))
    view.show()
    qtbot.waitExposed(view)
    assert images_in(view.document()) == [], "no image may be left in the preview's document"
    text = view.toPlainText()
    assert text.count(LOCAL) == 4 and text.count(REMOTE) == 1, text
    assert "The end." in text
    assert {u.toString() for u in view.refused} == {*names(png), "https://tracker.example/p.gif"}
    assert not has_red(view.grab().toImage()), "the file's pixels must not be drawn"
    assert the_file_in(view.document(), png) == [], "no image resource may hold the file"
    for name in names(png):  # asked directly, the view still loads nothing
        assert view.loadResource(IMAGE, QUrl(name)) is view.placeholder_image(QUrl(name))


def test_an_image_inside_a_link_keeps_the_link(qtbot, png):
    doc = NoteDocument()  # as HTML: Qt's Markdown reader keeps no link on an image
    doc.setHtml(f"<a href='https://example.com/x'><img src='{QUrl.fromLocalFile(str(png)).toString()}'></a>")
    assert len(replace_images(doc)) == 1 and doc.toPlainText() == LOCAL
    fmt = doc.begin().begin().fragment().charFormat()
    assert fmt.isAnchor() and fmt.anchorHref() == "https://example.com/x" and fmt.fontItalic()


def test_an_html_image_is_replaced_too(qapp, png):
    """Qt's Markdown reader drops raw HTML, but a document given HTML (the brief's) has its <img> replaced as well."""
    doc = NoteDocument()
    doc.setHtml(f"<p>See <img src='{png}'> and <img src='https://t.example/p.gif'>.</p>")
    assert [u.toString() for u in replace_images(doc)] == [str(png), "https://t.example/p.gif"]
    assert doc.toPlainText() == f"See {LOCAL} and {REMOTE}."
    assert the_file_in(doc, png) == []


def test_two_like_images_side_by_side_are_two_placeholders(qapp):
    doc = NoteDocument()
    assert len(set_note_markdown(doc, "![a](x.png)![a](x.png)")) == 2
    assert doc.toPlainText() == LOCAL + LOCAL
    assert replace_images(doc) == [], "nothing is left to replace"


def test_a_note_picture_and_the_brief_load_no_local_file(qapp, png):
    note = NoteDTO(uid="n1", title="Pictures", body=note_text(png), tags=(), links=(), created="2026-01-01T00:00:00Z",
                   updated="2026-01-01T00:00:00Z", deleted=None)
    picture = NotePicture(note, PRINT)
    height = picture.layout(600)
    image = QImage(600, int(height) + 10, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    picture.paint(p, 0, 0)
    p.end()
    assert not has_red(image), "the exported picture must not embed the file"
    assert images_in(picture.doc) == [] and the_file_in(picture.doc, png) == []
    assert picture.doc.toPlainText().count(LOCAL) == 4
    html = note_html(note)
    assert "<img" not in html and "secret.png" not in html, "the brief's HTML must name no image"
    assert html.count(LOCAL) == 4 and REMOTE in html


def test_a_document_of_the_notes_loads_no_resource(png):
    doc = NoteDocument()
    for name in names(png):
        assert doc.loadResource(IMAGE, QUrl(name)) is None


@pytest.mark.parametrize(("url", "said"), [("file:///etc/x.png", LOCAL), ("/abs/x.png", LOCAL), ("../x.png", LOCAL),
                                           ("x.png", LOCAL), ("https://t.example/p.gif", REMOTE),
                                           ("//cdn.example/x.png", REMOTE), ("ftp://x/y.png", REMOTE),
                                           ("data:image/png;base64,iVBORw0KGgo=", INLINE), ("qrc:/x.png", LOCAL)])
def test_the_words_say_why(url, said):
    u = QUrl(url)
    assert image_words(u.scheme(), u.host()) == said

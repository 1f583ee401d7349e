"""Hostile links never start anything: only http, https and mailto reach the system, and only on a click."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop import safe_links
from desktop.views.markdown_view import MarkdownView

HOSTILE = ["file:///etc/passwd", "javascript:alert(1)", "smb://evil.example/share", "ms-msdt:/id PCWDiagnostic",
           "vscode://file/x", "data:text/html,<script>alert(1)</script>", "HTTP://", "mailto:", "ftp://x.example/",
           "chiplens-evil://open", "\\\\server\\share\\x.exe"]


@pytest.fixture
def opened(monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: calls.append(url.toString()) or True))
    return calls


@pytest.mark.parametrize("link", HOSTILE)
def test_hostile_links_are_refused(opened, link):
    assert not safe_links.open_external(link)
    assert opened == []


@pytest.mark.parametrize("link", ["https://epoch.ai/data", "http://example.com/a?b=c", "mailto:analyst@example.com",
                                  "HTTPS://Example.com"])
def test_web_and_mail_links_open(opened, link):
    assert safe_links.open_external(link)
    assert len(opened) == 1


def test_a_note_preview_follows_only_safe_links_and_only_on_click(qtbot, opened):
    view = MarkdownView()
    qtbot.addWidget(view)
    view.set_markdown("[a](file:///etc/passwd) [b](javascript:alert(1)) [c](https://example.com/x) "
                      "![img](https://tracker.example/pixel.png) <img src='http://tracker.example/p.gif'>")
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    assert opened == []  # rendering opens nothing and loads nothing remote
    assert {u.host() for u in view.refused} >= {"tracker.example"}
    for link in ("file:///etc/passwd", "javascript:alert(1)", "https://example.com/x"):
        view.anchorClicked.emit(QUrl(link))
    assert opened == ["https://example.com/x"]


def test_local_paths_only_if_they_exist(opened, tmp_path):
    assert not safe_links.open_local_path(tmp_path / "missing")
    assert safe_links.open_local_path(tmp_path) and opened == [QUrl.fromLocalFile(str(tmp_path)).toString()]


def test_every_view_goes_through_safe_links():
    """No module but safe_links calls QDesktopServices.openUrl, and no view follows links by itself."""
    from pathlib import Path
    root = Path(__file__).resolve().parents[2] / "desktop"
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name != "safe_links.py":
            assert "openUrl(" not in text, path
        assert "setOpenExternalLinks(True)" not in text, path


@pytest.mark.parametrize(("link", "sent"), [
    ("mailto:a@x.org?subject=Hi%20there&cc=evil@x.org&bcc=spy@x.org&attach=/etc/passwd&body=Line%0A2&to=b@x.org"
     "&attachment=file:///home/u/.ssh/id_rsa", "mailto:a@x.org?subject=Hi%20there&body=Line%0A2"),
    ("mailto:a@x.org?CC=evil@x.org&Attach=%2Fetc%2Fshadow", "mailto:a@x.org"),
    ("mailto:a@x.org?Subject=A&BCC=x@y.org&BODY=%26%3D", "mailto:a@x.org?Subject=A&BODY=%26%3D"),
    ("mailto:a@x.org?subject=a&amp;cc=x@y.org", "mailto:a@x.org?subject=a"),  # an escaped & read as a field name
    ("mailto:a@x.org", "mailto:a@x.org"),
])
def test_a_mail_link_keeps_only_its_address_subject_and_body(opened, link, sent):
    """No hidden recipient (cc, bcc, to) and no attachment of a file of the user's reaches the mail program."""
    assert safe_links.open_external(link)
    assert [QUrl(u).toString(QUrl.ComponentFormattingOption.FullyEncoded) for u in opened] == [sent]


def test_a_web_link_keeps_its_query(opened):
    assert safe_links.open_external("https://example.com/a?cc=1&attach=2")
    assert opened == ["https://example.com/a?cc=1&attach=2"], "only mail links lose fields"

"""EventDetailsView: the selected timeline event in full (date, actor, category, devices, sources), with
device links that ask for a comparison and web links opened outside the app."""
from __future__ import annotations

import html

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from db.dto import EventDTO
from desktop.models.event_list_model import (category_label, category_style, confidence_label, format_event_date,
                                             jurisdiction_label, precision_label)
from desktop.present import dates
from desktop.views.hint_text import hint_html


class EventDetailsView(QTextBrowser):
    device_activated = Signal(str)  # a device link was clicked (slug)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.device_names: dict[str, str] = {}  # display names of device slugs (slugs are shown otherwise)
        self.compared: tuple[str, ...] = ()  # the devices in the comparison, starred
        self.stack_names: dict[str, str] | None = None  # readable names of the software stacks' ids, read once
        self.rule_html = None  # EventDTO -> HTML: the export-control rules it enacted or changed (control_map_panel)
        self.setObjectName("timelineDetails")
        self.setAccessibleName(self.tr("Details of the selected event"))
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._anchor)
        self.show_event(None)

    def show_event(self, e: EventDTO | None) -> None:
        if e is None:  # a paragraph, not a placeholder: Qt draws a placeholder on one line, cut by a narrow pane
            self.setHtml(hint_html(self.tr("Click an event, or use [ and ], to see its details and sources."),
                                   self.palette()))
        else:
            self.setHtml(self.details_html(e))

    def details_html(self, e: EventDTO) -> str:
        from desktop.present.timeline_layout import SYMBOL_GLYPHS  # the timeline's (numpy): shown with its tab
        esc = html.escape
        symbol, colour = category_style(e.category)
        mark = f"<span style='color:{colour.name()}'>{SYMBOL_GLYPHS.get(symbol, '●')}</span>"
        if e.origin == "seed":
            origin = self.tr("from the bundled data")
        elif e.origin == "team":  # a teammate's, from the team library: theirs to edit
            origin = self.tr("a teammate's (%1), from the team library").replace("%1", e.author or "?")
        else:
            origin = self.tr("yours (you added it)")
        to_the = self.tr("to the %1").replace("%1", precision_label(e.precision))
        rows = [
            (self.tr("Date"), esc(format_event_date(e.date, e.precision))
             + (f" <small>({esc(to_the)})</small>" if e.precision != "day" else "")),
            (self.tr("Actor"), esc(e.actor) or "—"),
            (self.tr("Jurisdiction"), esc(jurisdiction_label(e.jurisdiction))),
            (self.tr("Category"), f"{mark} {esc(category_label(e.category))}"),
            (self.tr("Confidence"), esc(confidence_label(e.confidence))),
            (self.tr("Origin"), esc(origin)),
        ]
        stacks = self._stack_names()
        named = [stacks[t] for t in e.tags if t in stacks]  # a tag that is a stack id ('huawei-cann') reads as its name
        if named:
            rows.append((self.tr("Software stacks"), esc(", ".join(named))))
        others = [t for t in e.tags if t not in stacks]
        if others:
            rows.append((self.tr("Tags"), esc(", ".join(others))))
        parts = [f"<h3>{esc(e.title)}</h3>",
                 "<table cellspacing='0' cellpadding='2'>"
                 + "".join(f"<tr><td><b>{k}</b>&nbsp;</td><td>{v}</td></tr>" for k, v in rows) + "</table>"]
        if e.summary:
            parts.append(f"<p>{esc(e.summary)}</p>")
        if e.devices:
            compared = set(self.compared)
            links = []
            for slug in e.devices:
                name = esc(self.device_names.get(slug, slug))
                star = " ★" if slug in compared else ""
                links.append(f"<a href='device:{esc(slug, quote=True)}'>{name}</a>{star}")
            devices, click = self.tr("Devices"), self.tr("click to compare")
            parts.append(f"<p><b>{esc(devices)}</b> <small>({esc(click)})</small>: {', '.join(links)}</p>")
        if self.rule_html is not None:
            parts.append(self.rule_html(e))
        parts.append("<p><b>" + esc(self.tr("Sources")) + "</b></p>")
        if e.sources:
            items = []
            for s in e.sources:
                title = f"“{esc(s.title)}”" if s.title else ""
                if s.url:
                    title = f"<a href='{esc(s.url, quote=True)}'>{title or esc(s.url)}</a>"
                bits = [b for b in (esc(s.publisher), title, esc(dates.day(s.date))) if b]  # as precise as given
                items.append("<li>" + " — ".join(bits) + "</li>")
            parts.append("<ul>" + "".join(items) + "</ul>")
        else:
            parts.append("<p><i>" + esc(self.tr("No source given.")) + "</i></p>")
        return "".join(parts)

    def _stack_names(self) -> dict[str, str]:
        if self.stack_names is None:
            from db.api.beyond import stack_names
            from desktop.present.beyond import stack_short_name
            self.stack_names = {sid: stack_short_name(name, vendor) for sid, (name, vendor) in stack_names().items()}
        return self.stack_names

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == "device":
            self.device_activated.emit(url.path())
        elif url.scheme() in ("http", "https"):
            from desktop.safe_links import open_external
            open_external(url)

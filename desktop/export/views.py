"""The exportable views, built from DTOs: the one place the window and the command line get their pictures
from, so that the same view with the same options gives the same picture."""
from __future__ import annotations

from db.dto import ComparisonDTO, EventDTO, NoteDTO
from desktop.export.compare_picture import ComparisonPicture
from desktop.export.document import Framed
from desktop.export.options import ExportOptions, decimal_point
from desktop.export.sources import SourceIndex, comparison_caption, timeline_caption
from desktop.export.theme import theme as theme_named


def comparison_document(comparison: ComparisonDTO, options: ExportOptions) -> Framed:
    index = SourceIndex() if options.caption else None
    picture = ComparisonPicture(comparison, theme_named(options.theme), options.parts, index, options.translate,
                                decimal_point(options.lang), options.lang)
    caption = comparison_caption(comparison, picture.rows, index, options.parts, options.translate,
                                 options.lang) if index is not None else None
    return Framed(picture, theme_named(options.theme), caption)


def timeline_document(events: list[EventDTO], date_from: str, date_to: str, options: ExportOptions,
                      highlighted=(), filters: str = "") -> Framed:
    from desktop.export.timeline_picture import TimelinePicture
    picture = TimelinePicture(events, date_from, date_to, theme_named(options.theme), set(highlighted),
                              options.translate, options.lang)
    caption = timeline_caption(events, date_from, date_to, filters, options.translate,
                               options.lang) if options.caption else None
    return Framed(picture, theme_named(options.theme), caption)


def note_document(note: NoteDTO, options: ExportOptions) -> Framed:
    from desktop.export.note_picture import NotePicture, note_caption
    picture = NotePicture(note, theme_named(options.theme), title=not options.caption, translate=options.translate)
    caption = note_caption(note, options.translate, options.lang) if options.caption else None
    return Framed(picture, theme_named(options.theme), caption)


def timeline_range(events, date_from: str | None, date_to: str | None) -> tuple[str, str]:
    """The range shown: as asked, else from the first event's year to the last event's."""
    if date_from is None:
        date_from = (min(e.date for e in events)[:4] if events else "2022") + "-01-01"
    if date_to is None:
        date_to = (max(e.end for e in events)[:4] if events else date_from[:4]) + "-12-31"
    return date_from, date_to

"""The team library's failures in the window's language, for the status button (desktop.team_link) and the
conflicts dialog (desktop.dialogs.team_conflicts): db's English messages through desktop.present.team_messages, a
StoreError as the window words it everywhere else."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def said(message: str) -> str:
    """A team library message (db's English) in the window's language."""
    from desktop.present.team_messages import team_message
    return team_message(message, translate)


def error_text(exc: BaseException) -> str:
    """What went wrong, in the window's language: a TeamError's message, a StoreError as the window tells it
    elsewhere (title and advice); anything else is a bug, logged."""
    from db.errors import StoreError
    if isinstance(exc, StoreError):
        from desktop.startup import store_opening
        return "\n".join(store_opening.words(exc))
    message = getattr(exc, "message", None)
    if message:
        return said(str(message))
    logging.getLogger("chiplens").error("team library call failed", exc_info=exc)
    text = QCoreApplication.translate("TeamLink", "Something unexpected went wrong (%1). The details are in the log.")
    return text.replace("%1", type(exc).__name__)

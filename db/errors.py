"""Errors the user can act on. Each carries a message saying what is wrong and what to do.

Anything else that escapes from db/ is a bug, reported as such by the desktop's crash handler.
"""
from __future__ import annotations


class StoreError(Exception):
    """A problem with the data folder or database that the user can fix."""

    title = "Cannot open the ChipLens database"

    def __init__(self, message: str, path: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path


class DataFolderError(StoreError):
    title = "The data folder cannot be used"


class CorruptDatabaseError(StoreError):
    title = "The database file is damaged"
    detail = ""  # what is wrong with it, in a few words (for the damaged-database dialog)


class NewerSchemaError(StoreError):
    title = "The database comes from a newer ChipLens"


class LockedDatabaseError(StoreError):
    title = "The database is busy"
    holders: tuple[object, ...] = ()  # db.integrity.LockHolder: the programs holding a write lock, where the OS can tell


class HotJournalError(StoreError):
    title = "The database has an unfinished transaction"


class DiskFullError(StoreError):
    title = "The disk is full"


class DiskError(StoreError):
    """The disk failed to read or write the store (an input/output error, e.g. a failing drive or a lost network
    share). `message` holds SQLite's or the system's own words and the path; desktop.present.file_errors phrases
    it for the user. SQLite rolled back what was being written."""
    title = "Disk error"


class UnknownDeviceError(LookupError):
    """A device name that matches no slug, name or alias; carries close matches."""

    def __init__(self, name: str, suggestions: list[str]):
        self.name = name
        self.suggestions = suggestions
        hint = f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"unknown device {name!r}.{hint} (`chiplens list` shows every device)")


class UnknownEventError(LookupError):
    """No event has this uid (it was deleted, or never existed)."""

    def __init__(self, uid: str):
        self.uid = uid
        super().__init__(f"no event with uid {uid!r}")


class EventValidationError(ValueError):
    """An event's fields are not valid; `messages` says what to fix, one message per problem."""

    def __init__(self, messages: list[str]):
        self.messages = list(messages)
        super().__init__("; ".join(self.messages))


class UnknownControlRuleError(LookupError):
    """No export-control rule has this id."""

    def __init__(self, rule_id: str):
        self.rule_id = rule_id
        super().__init__(rule_id)


class ControlRuleValidationError(ValueError):
    """An export-control rule's fields are not valid; `errors` maps each field to a problem code
    (db.control_rules.E_*), worded by desktop.present.controls."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


class UnknownNoteError(LookupError):
    """No note has this uid (it was emptied from the trash, or never existed)."""

    def __init__(self, uid: str):
        self.uid = uid
        super().__init__(f"no note with uid {uid!r}")


class UnknownLinkError(ValueError):
    """A note's link names a device, pairing, event or source that does not exist."""

    def __init__(self, link: str, reason: str):
        self.link = link
        super().__init__(f"link {link}: {reason}")


class FactValidationError(ValueError):
    """An analyst's stack or supply fact cannot be saved, found or filtered; `errors` lists each problem as
    (field, code, value) (db.beyond.E_*), worded by desktop.present.beyond."""

    def __init__(self, errors: list[tuple[str, str, str]]):
        self.errors = list(errors)
        super().__init__("; ".join(f"{f}: {c} {v}".rstrip() for f, c, v in self.errors))

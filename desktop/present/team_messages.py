"""The team library's messages (db.api.team's TeamError) in the reader's language, for the window and the CLI.

db writes them in English, with the server's or libpq's own words inside (kept as they are: they are what an
administrator searches for); each pattern below matches one of db's sentences whole, and its template is the
translatable sentence with %1, %2... for what varies. A message no pattern matches is shown as db wrote it.
"""
from __future__ import annotations

import re

from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english, reworded

CONTEXT = "TeamLibrary"

MESSAGES = tuple((re.compile(pattern, re.S), template) for pattern, template in (
    (r"Give the team library's address: postgresql://USER@HOST/DATABASE, or service=NAME\.",
     QT_TRANSLATE_NOOP("TeamLibrary", "Give the team library's address: postgresql://USER@HOST/DATABASE, or "
                                      "service=NAME.")),
    (r"This is not a PostgreSQL connection string: (.*)\. Write it as postgresql://USER@HOST:PORT/DATABASE or as "
     r"host=\.\.\. dbname=\.\.\. user=\.\.\.",
     QT_TRANSLATE_NOOP("TeamLibrary", "This is not a PostgreSQL connection string: %1. Write it as "
                                      "postgresql://USER@HOST:PORT/DATABASE or as host=... dbname=... user=...")),
    (r"This database holds no ChipLens team library\. An administrator creates one with `chiplens team init URL`\.",
     QT_TRANSLATE_NOOP("TeamLibrary", "This database holds no ChipLens team library. An administrator creates one "
                                      "with `chiplens team init URL`.")),
    (r"The team library was set up by a newer ChipLens \(schema (.*)\)\. Update ChipLens to sync with it; your own "
     r"work stays in this computer's store\.",
     QT_TRANSLATE_NOOP("TeamLibrary", "The team library was set up by a newer ChipLens (schema %1). Update ChipLens "
                                      "to sync with it; your own work stays in this computer's store.")),
    (r"unknown team role (.*): choose reader, editor or admin",
     QT_TRANSLATE_NOOP("TeamLibrary", "unknown team role %1: choose reader, editor or admin")),
    (r"no PostgreSQL role (.*): create the login first \((.*)\), then add it",
     QT_TRANSLATE_NOOP("TeamLibrary", "no PostgreSQL role %1: create the login first (%2), then add it")),
    (r"The team library's server cannot be reached or stopped answering\. Your changes stay queued on this "
     r"computer; sync again once it is back\.",
     QT_TRANSLATE_NOOP("TeamLibrary", "The team library's server cannot be reached or stopped answering. Your "
                                      "changes stay queued on this computer; sync again once it is back.")),
    (r"The team library's server refused the sync: (.*)\. Your changes stay queued on this computer\.",
     QT_TRANSLATE_NOOP("TeamLibrary", "The team library's server refused the sync: %1. Your changes stay queued on "
                                      "this computer.")),
    (r"This store is not connected to a team library: connect one first \(File ▸ Team library…, or "
     r"`chiplens team connect URL`\)\.",
     QT_TRANSLATE_NOOP("TeamLibrary", "This store is not connected to a team library: connect one first (File ▸ "
                                      "Team library…, or `chiplens team connect URL`).")),
    (r"(.*) is not a member of the team library at (.*): an administrator adds it with `(.*)`\.",
     QT_TRANSLATE_NOOP("TeamLibrary", "%1 is not a member of the team library at %2: an administrator adds it with "
                                      "`%3`.")),
    (r"The server at (.*) refused the user name or password\. Check them \(a password is read from the system "
     r"keyring, ~/\.pgpass or PGPASSWORD when none is typed\)\.",
     QT_TRANSLATE_NOOP("TeamLibrary", "The server at %1 refused the user name or password. Check them (a password "
                                      "is read from the system keyring, ~/.pgpass or PGPASSWORD when none is typed).")),
    (r"The server at (.*) could not prove who it is: (.*)\. Its certificate must match its host name "
     r"\(sslmode=verify-full\); ask your administrator for the right address or root certificate "
     r"\(sslrootcert=\.\.\.\)\.",
     QT_TRANSLATE_NOOP("TeamLibrary", "The server at %1 could not prove who it is: %2. Its certificate must match "
                                      "its host name (sslmode=verify-full); ask your administrator for the right "
                                      "address or root certificate (sslrootcert=...).")),
    (r"There is no database of that name at (.*): (.*)\.",
     QT_TRANSLATE_NOOP("TeamLibrary", "There is no database of that name at %1: %2.")),
    (r"libpq does not know that service: (.*)\. Services are defined in ~/\.pg_service\.conf\.",
     QT_TRANSLATE_NOOP("TeamLibrary", "libpq does not know that service: %1. Services are defined in "
                                      "~/.pg_service.conf.")),
    (r"Only an administrator of the team library can list its members: (.*) is not one \(team role: (.*)\)\. Ask an "
     r"administrator, or connect as one \(--url\)\.",
     QT_TRANSLATE_NOOP("TeamLibrary", "Only an administrator of the team library can list its members: %1 is not "
                                      "one (team role: %2). Ask an administrator, or connect as one (--url).")),
    (r"Only an administrator of the team library can add members or change their roles: (.*) is not one \(team "
     r"role: (.*)\)\. Ask an administrator, or connect as one \(--url\)\.",
     QT_TRANSLATE_NOOP("TeamLibrary", "Only an administrator of the team library can add members or change their "
                                      "roles: %1 is not one (team role: %2). Ask an administrator, or connect as one "
                                      "(--url).")),
    (r"The team library at (.*) refused this store's changes: (.*) is a reader \(pull only\)\. What others changed "
     r"came \((\d+) rows\); your (\d+) change\(s\) stay queued on this computer\. An administrator can make you an "
     r"editor: `(.*)`\.",
     QT_TRANSLATE_NOOP("TeamLibrary", "The team library at %1 refused this store's changes: %2 is a reader (pull "
                                      "only). What others changed came (%3 rows); your %4 change(s) stay queued on "
                                      "this computer. An administrator can make you an editor: `%5`.")),
    (r"The team library at (.*) refused this store's changes: (.*) may not write there\. What others changed came "
     r"\((\d+) rows\); your (\d+) change\(s\) stay queued on this computer\. An administrator can make you an "
     r"editor: `(.*)`\.",
     QT_TRANSLATE_NOOP("TeamLibrary", "The team library at %1 refused this store's changes: %2 may not write there. "
                                      "What others changed came (%3 rows); your %4 change(s) stay queued on this "
                                      "computer. An administrator can make you an editor: `%5`.")),
    (r"The team library at (.*) cannot be reached: (.*)\. Your own work stays in this computer's store\.",
     QT_TRANSLATE_NOOP("TeamLibrary", "The team library at %1 cannot be reached: %2. Your own work stays in this "
                                      "computer's store.")),
))


def team_message(text: str, translate: Translate = _english) -> str:
    """A TeamError's message in the language (as db wrote it when no pattern knows it)."""
    return reworded(text, MESSAGES, CONTEXT, translate) or text


# what a kept conflict is about, and why it was kept: the conflicts dialog and `chiplens team conflicts` alike
KINDS = {"note": QT_TRANSLATE_NOOP("TeamLibrary", "note"), "event": QT_TRANSLATE_NOOP("TeamLibrary", "event"),
         "figure": QT_TRANSLATE_NOOP("TeamLibrary", "figure"), "source": QT_TRANSLATE_NOOP("TeamLibrary", "source"),
         "device": QT_TRANSLATE_NOOP("TeamLibrary", "device"),
         "pairing": QT_TRANSLATE_NOOP("TeamLibrary", "pairing or group")}
REASONS = {"edited_elsewhere": QT_TRANSLATE_NOOP("TeamLibrary", "edited elsewhere"),
           "refused": QT_TRANSLATE_NOOP("TeamLibrary", "refused by the library")}


def kind_label(kind: str, translate: Translate = _english) -> str:
    return translate(CONTEXT, KINDS[kind]) if kind in KINDS else kind


def reason_label(reason: str, translate: Translate = _english) -> str:
    return translate(CONTEXT, REASONS[reason]) if reason in REASONS else reason

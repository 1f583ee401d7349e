"""Alembic environment and revisions, shipped as package data.

HEAD is the newest revision id; a test checks that it matches Alembic's own view of the
scripts, so that start-up can tell whether a migration is needed without importing Alembic.
"""
HEAD = "0011"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011")  # oldest first; a stamped revision not listed here is newer than this app

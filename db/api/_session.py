"""How every call of db.api reaches the store: one short connection (from db.connect) per call, and
sqlite3 / OS errors turned into StoreErrors the user can act on."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import db.connect
from db.connect import Synchronous
from db.errors import StoreError
from db.integrity import run_deferred_check, translate

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

T = TypeVar("T")


def store_error(exc: BaseException, path: Path) -> StoreError | None:
    """The StoreError (with advice) a sqlite3 error stands for, also one wrapped by SQLAlchemy; None for any
    other exception."""
    if isinstance(exc, StoreError):
        return exc
    inner = exc if isinstance(exc, sqlite3.Error) else getattr(exc, "orig", None)
    return translate(inner, Path(path)) if isinstance(inner, sqlite3.Error) else None


@contextmanager
def guard(path: Path) -> Iterator[None]:
    """Turn sqlite3 and OS errors (also wrapped by SQLAlchemy) into StoreErrors with advice."""
    try:
        yield
    except StoreError:
        raise
    except OSError as exc:
        raise translate(exc, Path(path)) from exc
    except Exception as exc:
        if (err := store_error(exc, path)) is None:
            raise
        raise err from exc


@contextmanager
def reading(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection for reads (the file's journal mode is left alone)."""
    with guard(path), closing(db.connect.connect(Path(path))) as conn:
        yield conn


def read(path: Path, fn: Callable[[sqlite3.Connection], T]) -> T:
    with reading(path) as conn:
        return fn(conn)


@contextmanager
def transaction(path: Path, synchronous: Synchronous = "NORMAL") -> Iterator[sqlite3.Connection]:
    """One IMMEDIATE transaction on a writing connection; committed, or rolled back on error. A store whose
    full check is still owed (opened by a window start) is checked first: a damaged one is never written."""
    with guard(path):
        run_deferred_check(Path(path))
    with guard(path), closing(db.connect.connect(Path(path), writing=True, synchronous=synchronous)) as conn:
        conn.isolation_level = None
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:  # SQLite already rolled back after SQLITE_FULL / IOERR: keep that error
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def write(path: Path, fn: Callable[[Connection], T]) -> T:
    """Run fn(conn) in one SQLAlchemy transaction on the store (the store's shared engine): the analyst's
    own edits, so synchronous=FULL."""
    from db.engine import make_engine
    with guard(path), make_engine(Path(path), "FULL").begin() as conn:
        return fn(conn)

"""Each table's columns declared once, for both the SELECT and the row → DTO mapping.

    METRIC.select()            "key, label, grp, ..."            (in the declared order)
    METRIC.fields(row)         {"key": ..., "label": ..., "group": ..., ...}   (converted, by DTO field)

A Columns is a list of (SQL expression, DTO field, conversion); a query selects `cols.select()` and reads
the row back with `cols.fields(row, start)`, so that no caller counts positions by hand.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Column:
    sql: str  # the expression selected, e.g. "d.slug"
    field: str  # the DTO field it fills
    convert: Callable[[Any], Any] | None = None  # from the SQLite value to the DTO's type
    dump: Callable[[Any], Any] | None = None  # back from the DTO's type to the SQLite value


class Columns:
    def __init__(self, *columns: Column) -> None:
        self.columns = columns

    def __len__(self) -> int:
        return len(self.columns)

    def select(self) -> str:
        return ", ".join(c.sql for c in self.columns)

    def fields(self, row: Sequence[Any], start: int = 0) -> dict[str, Any]:
        """The DTO fields of `row[start:start + len(self)]`."""
        return {c.field: (c.convert(v) if c.convert else v)
                for c, v in zip(self.columns, row[start:start + len(self.columns)], strict=True)}

    def names(self) -> str:
        """The plain column names, for an INSERT (the table alias dropped)."""
        return ", ".join(c.sql.rpartition(".")[2] for c in self.columns)

    def values_of(self, dto: object) -> tuple[Any, ...]:
        """The SQLite values of a DTO's fields, in the declared order (for an INSERT)."""
        return tuple(c.dump(getattr(dto, c.field)) if c.dump else getattr(dto, c.field) for c in self.columns)


def col(sql: str, field: str | None = None, convert: Callable[[Any], Any] | None = None,
        dump: Callable[[Any], Any] | None = None) -> Column:
    """A column; its DTO field is named like the SQL column (after the table alias) unless given."""
    return Column(sql, field or sql.rpartition(".")[2], convert, dump)


def optional_bool(value: object) -> bool | None:
    return None if value is None else bool(value)


def or_empty(value: str | None) -> str:
    return value or ""


def split_lines(value: str | None) -> tuple[str, ...]:
    """'a\nb' → ('a', 'b'): the lists of names SQLite stores one a line (names may hold commas)."""
    return tuple(x for x in (value or "").split("\n") if x)


def split_list(value: str) -> tuple[str, ...]:
    """'a,b' → ('a', 'b'): the lists SQLite stores as comma-separated text."""
    return tuple(x for x in value.split(",") if x)


def join_list(values: tuple[str, ...]) -> str:
    return ",".join(values)

"""The rows on a SQLite file's table leaf pages, read from the bytes (the file format, sqlite.org/fileformat.html).

The salvage (db.salvage) reads through SQLite's b-trees first. When an interior page of a table is damaged, the
leaf pages below it are intact but unreachable; their rows are found here, by reading every page of the file,
and put back only where the table's indexes vouch for them (same row id, same indexed values), the way the
`.recover` command of the `sqlite3` tool files them, which Debian's build cannot run (no sqlite_dbpage).
"""
from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path

TABLE_LEAF = 0x0D


def _varint(buf: bytes, at: int) -> tuple[int, int]:
    """A SQLite varint at `at`: (value, position after it)."""
    value = 0
    for i in range(8):
        byte = buf[at + i]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    return (value << 8) | buf[at + 8], at + 9


def _value(serial: int, data: bytes, at: int) -> tuple[object, int]:
    if serial == 0:
        return None, at
    if 1 <= serial <= 6:
        size = (1, 2, 3, 4, 6, 8)[serial - 1]
        return int.from_bytes(data[at:at + size], "big", signed=True), at + size
    if serial == 7:
        return struct.unpack(">d", data[at:at + 8])[0], at + 8
    if serial in (8, 9):
        return serial - 8, at
    if serial >= 12 and serial % 2 == 0:
        size = (serial - 12) // 2
        return bytes(data[at:at + size]), at + size
    if serial >= 13:
        size = (serial - 13) // 2
        return bytes(data[at:at + size]).decode("utf-8", errors="replace"), at + size
    raise ValueError("reserved serial type")


def decode_record(payload: bytes) -> list[object]:
    """The values of one record (ValueError if it is not one)."""
    header_size, at = _varint(payload, 0)
    if header_size > len(payload) or header_size < 1:
        raise ValueError("bad record header")
    serials = []
    while at < header_size:
        serial, at = _varint(payload, at)
        serials.append(serial)
    values = []
    at = header_size
    for serial in serials:
        value, at = _value(serial, payload, at)
        if at > len(payload):
            raise ValueError("record runs past its payload")
        values.append(value)
    return values


class PageFile:
    """Random access to the pages of a database file (the page size from its header, 4096 if unreadable)."""

    def __init__(self, path: Path) -> None:
        self.data = Path(path).read_bytes()
        size = int.from_bytes(self.data[16:18], "big") if len(self.data) >= 100 else 4096
        self.page_size = 65536 if size == 1 else (size if size >= 512 and size & (size - 1) == 0 else 4096)
        reserved = self.data[20] if len(self.data) >= 100 else 0
        self.usable = self.page_size - reserved
        self.count = len(self.data) // self.page_size

    def page(self, number: int) -> bytes:
        start = (number - 1) * self.page_size
        return self.data[start:start + self.page_size]

    def _payload(self, page: bytes, at: int, size: int) -> bytes:
        """A cell's payload, following its overflow pages."""
        usable = self.usable
        most = usable - 35
        if size <= most:
            return page[at:at + size]
        least = ((usable - 12) * 32 // 255) - 23
        local = least + (size - least) % (usable - 4)
        if local > most:
            local = least
        out = bytearray(page[at:at + local])
        next_page = int.from_bytes(page[at + local:at + local + 4], "big")
        seen = set()
        while len(out) < size:
            if not 1 <= next_page <= self.count or next_page in seen:
                raise ValueError("broken overflow chain")
            seen.add(next_page)
            overflow = self.page(next_page)
            out += overflow[4:4 + min(usable - 4, size - len(out))]
            next_page = int.from_bytes(overflow[:4], "big")
        return bytes(out)

    def leaf_rows(self, number: int) -> Iterator[tuple[int, list[object]]]:
        """(row id, values) of each readable cell of a table leaf page; nothing for any other page."""
        page = self.page(number)
        head = 100 if number == 1 else 0
        if len(page) < head + 8 or page[head] != TABLE_LEAF:
            return
        cells = int.from_bytes(page[head + 3:head + 5], "big")
        for i in range(cells):
            try:
                at = int.from_bytes(page[head + 8 + 2 * i:head + 10 + 2 * i], "big")
                if not head + 8 <= at < self.usable:
                    continue
                size, at = _varint(page, at)
                rowid, at = _varint(page, at)
                if rowid >= 1 << 63:
                    rowid -= 1 << 64
                yield rowid, decode_record(self._payload(page, at, size))
            except (ValueError, IndexError, struct.error):
                continue

    def all_leaf_rows(self) -> Iterator[tuple[int, list[object]]]:
        for number in range(1, self.count + 1):
            yield from self.leaf_rows(number)

"""CSV as spreadsheet programs save it: encodings, separators, decimal commas; and formula-safe cells.

Reading: UTF-8 with or without a byte-order mark, UTF-16 (LE or BE, with a mark, or without one
when the file is plainly UTF-16); the separator is taken from the header line (`,`, `;` or tab);
with `;` or tab separators, numbers may use a decimal comma ("989,4"). Writing: a text cell that
begins with `=`, `+`, `-`, `@` (or a tab or carriage return) gets a leading apostrophe so that a
spreadsheet shows it as text instead of running it as a formula; `unescape_cell` undoes it.
"""
from __future__ import annotations

import codecs
import csv
import io
import re

from db.importers.base import DataImportError

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_FIELD = 10_000_000  # bytes: a cell larger than this is not spreadsheet data


def decode(data: bytes, name: str) -> str:
    """The file's text; DataImportError naming the file when it is neither UTF-8 nor UTF-16."""
    if data.startswith(codecs.BOM_UTF8):
        encoding, body = "utf-8", data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, body = "utf-16", data
    elif len(data) >= 4 and data[1] == 0 and data[3] == 0 and data[0] != 0:
        encoding, body = "utf-16-le", data
    elif len(data) >= 4 and data[0] == 0 and data[2] == 0 and data[1] != 0:
        encoding, body = "utf-16-be", data
    else:
        encoding, body = "utf-8", data
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        label = "UTF-8" if encoding == "utf-8" else "UTF-16"
        raise DataImportError(
            f"{name}: not {label} text (byte 0x{body[exc.start]:02x} at offset {exc.start} cannot be read). "
            "Save the file as CSV UTF-8 (or UTF-16) and import it again.") from None
    if "\x00" in text:
        raise DataImportError(f"{name}: the file holds binary data (a NUL character), not text")
    return text


def _first_record_line(text: str) -> str:
    """The header line, quoted newlines included (a quoted header cell may span lines)."""
    out, quoted = [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif ch in "\r\n" and not quoted:
            break
        out.append(ch)
    return "".join(out)


def sniff_delimiter(text: str) -> str:
    """`,`, `;` or tab: whichever splits the header line into the most cells outside quotes."""
    header = _first_record_line(text)
    counts = {}
    for sep in (",", ";", "\t"):
        quoted, n = False, 0
        for ch in header:
            if ch == '"':
                quoted = not quoted
            elif ch == sep and not quoted:
                n += 1
        counts[sep] = n
    return max(counts, key=lambda s: (counts[s], s == ","))  # no separator at all: ','


def read_records(text: str, name: str) -> tuple[list[list[str]], str]:
    """Every record of a CSV text (header first) and the separator used."""
    sep = sniff_delimiter(text)
    old = csv.field_size_limit()
    csv.field_size_limit(MAX_FIELD)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, strict=True)
        records: list[list[str]] = []
        for rec in reader:  # one at a time: an error names the row it happened in
            records.append(rec)  # noqa: PERF402
    except csv.Error as exc:
        raise DataImportError(f"{name}, row {len(records) + 1}: not readable as CSV ({exc}). "
                              "Check for an unclosed quote.") from None
    finally:
        csv.field_size_limit(old)
    while records and not any(c.strip() for c in records[-1]):
        records.pop()
    if not records:
        raise DataImportError(f"{name}: the file is empty")
    return records, sep


_GROUPED_POINT = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")  # 1,229 or 1,229.5
_GROUPED_COMMA = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$")  # 1.229 or 1.229,5
_PLAIN = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


def parse_number(text: str, decimal_comma: bool) -> float | None:
    """A number as spreadsheets write it ('989400000000000.0', '1e+16', '1,229', '989,4' with a decimal
    comma, '1 229' with spaces); None if the text is not a number. 'inf' and 'nan' are not numbers."""
    t = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "")
    if not t:
        return None
    if decimal_comma:
        if _GROUPED_COMMA.match(t) and "," not in t and t.count(".") == 1 and len(t.split(".")[1]) == 3:
            pass  # '1.229' alone stays one point two two nine: spreadsheets keep points in such files too
        elif _GROUPED_COMMA.match(t):
            t = t.replace(".", "").replace(",", ".")
        elif t.count(",") == 1 and "." not in t:
            t = t.replace(",", ".")
    elif _GROUPED_POINT.match(t):
        t = t.replace(",", "")
    if not _PLAIN.match(t):
        return None
    return float(t)


def escape_cell(value: object) -> object:
    """A text cell that a spreadsheet would run as a formula, made inert with a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def unescape_cell(text: str) -> str:
    """Undo escape_cell on a cell read back from a ChipLens CSV export."""
    if len(text) >= 2 and text[0] == "'" and text[1] in "=+-@\t\r":
        return text[1:]
    return text


def escape_row(row: dict[str, object]) -> dict[str, object]:
    return {k: escape_cell(v) for k, v in row.items()}

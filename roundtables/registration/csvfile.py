"""Reading a registration export: encoding and separator detected, cells as text."""

from __future__ import annotations

import codecs
import csv
import io
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from roundtables.messages import error

#: Biggest registration file read (a list of 100,000 people is about 10 MB).
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class RegistrationFile:
    """A registration export as read: its detected encoding, separator and cells."""

    name: str
    encoding: str
    delimiter: str
    headers: list[str]
    rows: list[list[str]]  # data rows, each as long as headers (padded/cut)
    lines: list[int]  # the file line each data row starts on (for messages)
    #: Lines with more filled cells than the header has columns: an unquoted
    #: separator inside a cell has probably shifted them.
    overflow: frozenset[int] = frozenset()


def read_registration(
    source: str | os.PathLike[str] | bytes, *, name: str = ""
) -> RegistrationFile:
    """Read a CSV registration export from a path or bytes; one-line error if unreadable."""
    if isinstance(source, bytes):
        data, label = source, name or "the registration file"
    else:
        path = Path(source)
        label = name or path.name
        try:
            if path.stat().st_size > MAX_BYTES:
                raise error("csv-too-large", file=label)
            data = path.read_bytes()
        except IsADirectoryError:
            raise error("csv-is-a-folder", file=label) from None
        except OSError as exc:
            raise error("os-error", doing="read", path=label, detail=exc.strerror or exc) from None
    if len(data) > MAX_BYTES:
        raise error("csv-too-large", file=label)
    text, encoding = _decode(data, label)
    delimiter = _detect_delimiter(text)
    try:
        records = list(_reader(text, delimiter))
    except csv.Error as exc:
        raise error("csv-unreadable", file=label, detail=exc) from None
    records = [(line, row) for line, row in records if any(cell.strip() for cell in row)]
    if not records:
        raise error("csv-empty", file=label)
    headers = [h.strip() for h in records[0][1]]
    while headers and not headers[-1]:
        headers.pop()  # spreadsheets often end every line with an empty column
    width = len(headers)
    rows: list[list[str]] = []
    overflow: set[int] = set()
    for line, row in records[1:]:
        if width == 1 and len(row) > 1:
            row = [delimiter.join(row)]  # a list of names only: "Dubois, Renée" is one name
        elif any(cell.strip() for cell in row[width:]):
            overflow.add(line)
        rows.append([cell.strip() for cell in (row + [""] * width)[:width]])
    return RegistrationFile(
        name=label,
        encoding=encoding,
        delimiter=delimiter,
        headers=headers,
        rows=rows,
        lines=[line for line, _ in records[1:]],
        overflow=frozenset(overflow),
    )


def _decode(data: bytes, label: str) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"  # Excel's "Unicode text" export
    else:
        try:
            data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = "cp1252"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise error("csv-not-text", file=label) from None
    if _looks_binary(text):
        raise error("csv-binary", file=label)
    return text, encoding


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if "\x00" in sample:
        return True
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\r\n")
    return controls > max(2, len(sample) // 100)


def _reader(text: str, delimiter: str) -> Iterable[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    line = 1
    for row in reader:
        yield line, row
        line = reader.line_num + 1


def _detect_delimiter(text: str) -> str:
    """The separator that splits the first lines into the same number of columns."""
    sample = "\n".join(text.splitlines()[:30])
    best, best_score = ",", (0, 0)
    for delimiter in (",", ";", "\t"):
        try:
            counts = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter)]
        except csv.Error:
            continue
        counts = [c for c in counts if c > 0]
        if not counts or counts[0] < 2:
            continue
        consistent = sum(1 for c in counts if c == counts[0])
        score = (consistent, counts[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best



"""A table's notes read as plain rows, each turned into a :class:`Note` when first used."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from roundtables.domain import Note
from roundtables.storage.records import columns

NOTE_COLUMNS = columns(Note)
_TAGS = NOTE_COLUMNS.index("tags")
_KEY_MESSAGE = NOTE_COLUMNS.index("key_message")
_DELETED = NOTE_COLUMNS.index("deleted")
_POSITION = {name: i for i, name in enumerate(NOTE_COLUMNS)}
_REPEATED = [_POSITION[name] for name in ("device_id", "table_id", "type", "speaker_id",
                                          "speaker", "question_id", "segment_id", "tags")]
#: the same tag lists recur across a table's notes: each JSON text is parsed once
_TAG_LISTS: dict[str, tuple[str, ...]] = {}


def _tags(text: str) -> tuple[str, ...]:
    tags = _TAG_LISTS.get(text)
    if tags is None:
        if len(_TAG_LISTS) > 50_000:
            _TAG_LISTS.clear()
        tags = _TAG_LISTS[text] = tuple(json.loads(text))
    return tags


def note_from_row(row: tuple[Any, ...]) -> Note:
    values = list(row)
    values[_TAGS] = list(_tags(row[_TAGS]))
    values[_KEY_MESSAGE] = bool(values[_KEY_MESSAGE])
    values[_DELETED] = bool(values[_DELETED])
    return Note(**dict(zip(NOTE_COLUMNS, values, strict=True)))


class LazyNotes:
    """A list of notes (index, insert, delete, replace, iterate) over database rows.

    ``field(i, name)`` reads one column without building the note.
    """

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        self._items: list[Note | tuple[Any, ...]] = list(rows)

    @classmethod
    def from_cursor(cls, cursor: sqlite3.Cursor, chunk: int = 4096) -> LazyNotes:
        """Rows read a chunk at a time; the values many notes share (table, device,
        type, speaker, question, tags) are kept once, not once per note."""
        shared: dict[Any, Any] = {}
        keep = shared.setdefault
        rows: list[tuple[Any, ...]] = []
        while batch := cursor.fetchmany(chunk):
            columns = list(zip(*batch, strict=True))
            for index in _REPEATED:
                columns[index] = tuple(map(keep, columns[index], columns[index]))
            rows += zip(*columns, strict=True)
        return cls(rows)

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: int) -> Note:
        item = self._items[index]
        if isinstance(item, tuple):
            item = self._items[index] = note_from_row(item)
        return item

    def __setitem__(self, index: int, note: Note) -> None:
        self._items[index] = note

    def __delitem__(self, index: int) -> None:
        del self._items[index]

    def insert(self, index: int, note: Note) -> None:
        self._items.insert(index, note)

    def __iter__(self) -> Iterator[Note]:
        for index in range(len(self._items)):
            yield self[index]

    def column(self, name: str) -> list[Any]:
        """One field of every note, in order, without building the notes."""
        position = _POSITION[name]
        return [item[position] if isinstance(item, tuple) else getattr(item, name)
                for item in self._items]

    def tags(self, index: int) -> tuple[str, ...]:
        """A note's tags, without building the note."""
        item = self._items[index]
        return _tags(item[_TAGS]) if isinstance(item, tuple) else tuple(item.tags)

    def field(self, index: int, name: str) -> Any:
        item = self._items[index]
        if isinstance(item, tuple):
            return item[_POSITION[name]]
        return getattr(item, name)

"""A table's notes read as plain rows, each turned into a :class:`Note` when first used."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
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


#: What opening a table reads of every note: enough to order, find and list speakers.
OUTLINE_COLUMNS = ("rowid", "id", "created_at", "speaker_id", "speaker")
_OUTLINE = {name: i for i, name in enumerate(OUTLINE_COLUMNS)}
#: Whole rows are read this many at a time around the one asked for.
CHUNK = 400

Loader = Callable[[list[int]], dict[int, tuple[Any, ...]]]


class LazyNotes:
    """A list of notes (index, insert, delete, replace, iterate) over database rows.

    An item is a :class:`Note`, a whole row, or (with a ``loader``) an outline
    row (``OUTLINE_COLUMNS``) whose whole row is read, with its neighbours, when
    a field outside the outline is first asked for.  ``field(i, name)`` reads one
    column without building the note.
    """

    def __init__(self, rows: list[tuple[Any, ...]], loader: Loader | None = None) -> None:
        self._items: list[Note | tuple[Any, ...]] = list(rows)
        self._loader = loader

    @classmethod
    def from_cursor(cls, cursor: sqlite3.Cursor, chunk: int = 4096,
                    loader: Loader | None = None) -> LazyNotes:
        """Rows read a chunk at a time; the values many notes share (table, device,
        type, speaker, question, tags) are kept once, not once per note."""
        shared: dict[Any, Any] = {}
        keep = shared.setdefault
        repeated = ([_OUTLINE["speaker_id"], _OUTLINE["speaker"]] if loader is not None
                    else _REPEATED)
        rows: list[tuple[Any, ...]] = []
        while batch := cursor.fetchmany(chunk):
            columns = list(zip(*batch, strict=True))
            for index in repeated:
                columns[index] = tuple(map(keep, columns[index], columns[index]))
            rows += zip(*columns, strict=True)
        return cls(rows, loader)

    def _whole(self, index: int) -> Note | tuple[Any, ...]:
        item = self._items[index]
        if isinstance(item, tuple) and len(item) == len(OUTLINE_COLUMNS):
            assert self._loader is not None
            first = max(0, index - CHUNK // 2)
            wanted = {
                row[0]: i for i, row in enumerate(self._items[first:first + CHUNK], first)
                if isinstance(row, tuple) and len(row) == len(OUTLINE_COLUMNS)
            }
            for rowid, whole in self._loader(list(wanted)).items():
                self._items[wanted[rowid]] = whole
            item = self._items[index]
        return item

    def read_all(self) -> None:
        """Read every whole row now (before a pass over all of them, like a filter)."""
        outlines = {
            row[0]: i for i, row in enumerate(self._items)
            if isinstance(row, tuple) and len(row) == len(OUTLINE_COLUMNS)
        }
        if not outlines:
            return
        assert self._loader is not None
        rowids = list(outlines)
        for start in range(0, len(rowids), 10_000):
            for rowid, whole in self._loader(rowids[start:start + 10_000]).items():
                self._items[outlines[rowid]] = whole

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: int) -> Note:
        item = self._whole(index)
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
        """One field of every note, in order (outline fields without reading rows)."""
        return [self.field(index, name) for index in range(len(self._items))]

    def tags(self, index: int) -> tuple[str, ...]:
        """A note's tags, without building the note."""
        item = self._whole(index)
        return _tags(item[_TAGS]) if isinstance(item, tuple) else tuple(item.tags)

    def field(self, index: int, name: str) -> Any:
        item = self._items[index]
        if isinstance(item, tuple):
            if len(item) == len(OUTLINE_COLUMNS):
                if name in _OUTLINE:
                    return item[_OUTLINE[name]]
                item = self._whole(index)
                if not isinstance(item, tuple):
                    return getattr(item, name)
            return item[_POSITION[name]]
        return getattr(item, name)

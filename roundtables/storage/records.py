"""Turning domain records into rows and back, and the generic save/load/tombstone."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import Any, TypeVar

from roundtables.domain import (
    RECORD_TYPES,
    EventStatus,
    NoteType,
    Participant,
    Record,
    utc_now,
)
from roundtables.messages import error
from roundtables.names import NameMatcher, name_matches
from roundtables.storage.database import Database

R = TypeVar("R", bound=Record)

_BY_TABLE: dict[str, type[Record]] = {cls.TABLE: cls for cls in RECORD_TYPES}


def record_type(table: str) -> type[Record]:
    try:
        return _BY_TABLE[table]
    except KeyError:
        raise error("unknown-record-kind", kind=table) from None


_COLUMNS: dict[type[Record], tuple[str, ...]] = {}
_BOOL_COLUMNS: dict[type[Record], frozenset[str]] = {}


def columns(cls: type[Record]) -> tuple[str, ...]:
    """A record type's field names, in order (cached: rows are converted by the thousand)."""
    if cls not in _COLUMNS:
        _COLUMNS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return _COLUMNS[cls]


def _bool_columns(cls: type[Record]) -> frozenset[str]:
    if cls not in _BOOL_COLUMNS:
        fields = dataclasses.fields(cls)
        _BOOL_COLUMNS[cls] = frozenset(f.name for f in fields if f.type in ("bool", bool))
    return _BOOL_COLUMNS[cls]


def to_row(record: Record) -> dict[str, Any]:
    """A record as the column values the database stores."""
    row: dict[str, Any] = {}
    for name in columns(type(record)):
        value = getattr(record, name)
        if isinstance(value, bool):
            value = int(value)
        elif isinstance(value, list):
            value = json.dumps(
                [dataclasses.asdict(v) if isinstance(v, NoteType) else v for v in value],
                ensure_ascii=False,
            )
        row[name] = value
    return row


def from_row(cls: type[R], row: sqlite3.Row | dict[str, Any], path: object = "") -> R:
    """A record built from a database row (``sqlite3.Row`` or dict).

    A field typed by an enum gets its member; a value that is none (written by hand,
    or by a program other than this one) is refused with the code
    ``unknown-stored-value``, naming the database ``path``.
    """
    values: dict[str, Any] = {}
    booleans = _bool_columns(cls)
    choices = cls.CHOICES
    for name in columns(cls):
        value = row[name]
        if name in choices:
            value = _member(cls, name, value, path)
        elif name == "note_types":
            value = [NoteType(**item) for item in json.loads(value)]
        elif name in ("tags", "note_ids"):
            value = json.loads(value)
        elif name in booleans:
            value = bool(value)
        values[name] = value
    return cls(**values)


def _member(cls: type[Record], name: str, value: Any, path: object) -> StrEnum:
    kind = cls.CHOICES[name]
    try:
        return kind(value)
    except ValueError:
        raise error(
            "unknown-stored-value", path=path, table=cls.TABLE, field=name, value=value,
            known=", ".join(kind),
        ) from None


class RecordStore:
    """Generic persistence of any :class:`Record`: one transaction per call."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.conn = database.conn
        self.conn.row_factory = sqlite3.Row

    # ------------------------------------------------------------- writing

    def save(self, record: R) -> R:
        """Insert or update one record; bumps its revision.  Committed on return."""
        with self.database.transaction():
            self._check_writable(record)
            self._write(record)
        return record

    def save_all(self, records: Iterable[Record]) -> None:
        """Save several records in one transaction (all or nothing)."""
        with self.database.transaction():
            for record in records:
                self._check_writable(record)
                self._write(record)

    def tombstone(self, record: R) -> R:
        """Delete a record the way the hand-over can carry: keep it, marked deleted."""
        record.deleted = True
        return self.save(record)

    def stage(self, record: Record) -> None:
        """Check and write one record as a save would (revision bumped), inside a
        :meth:`Database.transaction` the caller holds with other writes of its own.

        Call :meth:`Store.notify_saved` after that transaction commits.
        """
        self._check_writable(record)
        self._write(record)

    def put_exact(self, record: Record) -> None:
        """Write a record exactly as given (revision, device, time): for the merge.

        Must be called inside :meth:`Database.transaction`.
        """
        self._upsert(record)

    def put_exact_many(self, records: list[Record]) -> None:
        """:meth:`put_exact` for many records of one kind, in one statement."""
        if not records:
            return
        rows = [to_row(record) for record in records]
        names = list(rows[0])
        try:
            self.conn.executemany(
                _upsert_sql(records[0].TABLE, names), [[row[n] for n in names] for row in rows]
            )
        except sqlite3.IntegrityError as exc:
            raise error("not-saved", kind=records[0].NOUN, detail=exc) from None

    def _write(self, record: Record) -> None:
        if isinstance(record, Participant) and record.deleted and record.name:
            self._forget_if_silent(record)
        record.revision += 1
        record.updated_at = utc_now()
        record.device_id = self.database.device_id
        if hasattr(record, "created_at") and not record.created_at:
            record.created_at = record.updated_at
        self._upsert(record)

    def _forget_if_silent(self, person: Participant) -> None:
        """A deleted participant who said nothing and whom no note names keeps no trace.

        One who spoke (or is named in a note) keeps a name on the tombstone, so that
        the synthesis can still redact them by their consent (issue 11.3).
        """
        spoke = self.conn.execute(
            "SELECT 1 FROM notes WHERE speaker_id = ? LIMIT 1", (person.id,)
        ).fetchone()
        if spoke is None:
            texts = self.conn.execute(
                "SELECT n.speaker, n.text FROM notes n JOIN round_tables t ON t.id = n.table_id "
                "WHERE t.event_id = ? UNION ALL SELECT a.owner, a.action FROM action_points a "
                "JOIN round_tables t ON t.id = a.table_id WHERE t.event_id = ?",
                (person.event_id, person.event_id),
            ).fetchall()
            language = self.conn.execute(
                "SELECT language FROM events WHERE id = ?", (person.event_id,)
            ).fetchone()
            matcher = NameMatcher([person], language[0] if language else "en")
            spoke = any(
                name_matches(speaker, person.name) or matcher.find(text)
                for speaker, text in texts
            )
        if not spoke:
            person.name = person.organisation = person.actor_type = person.email = ""

    def _upsert(self, record: Record) -> None:
        row = to_row(record)
        names = list(row)
        try:
            self.conn.execute(_upsert_sql(record.TABLE, names), [row[n] for n in names])
        except sqlite3.IntegrityError as exc:
            raise error("not-saved", kind=record.NOUN, detail=exc) from None

    def _check_writable(self, record: Record) -> None:
        """Refuse changes to a finalised event (except reopening it)."""
        row = self._event_status_row(record)
        if row is None or row["status"] != EventStatus.FINALISED:
            return
        if record.TABLE == "events" and getattr(record, "status", "") != EventStatus.FINALISED:
            return  # reopening
        raise error("event-finalised", event=row["slug"])

    def _event_status_row(self, record: Record) -> sqlite3.Row | None:
        table = record.TABLE
        if table == "events":
            sql, arg = "SELECT status, slug FROM events WHERE id=?", record.id
        elif hasattr(record, "event_id"):
            sql, arg = "SELECT status, slug FROM events WHERE id=?", record.event_id
        elif hasattr(record, "table_id"):
            sql = (
                "SELECT e.status, e.slug FROM events e JOIN round_tables t "
                "ON t.event_id = e.id WHERE t.id=?"
            )
            arg = record.table_id
        else:  # pragma: no cover - every record type has one of the above
            return None
        result: sqlite3.Row | None = self.conn.execute(sql, (arg,)).fetchone()
        return result

    # ------------------------------------------------------------- reading

    def get(self, cls: type[R], record_id: str) -> R | None:
        row = self.conn.execute(f"SELECT * FROM {cls.TABLE} WHERE id=?", (record_id,)).fetchone()
        return from_row(cls, row, self.database.path) if row else None

    def _select(
        self,
        cls: type[R],
        where: str = "1",
        params: Sequence[Any] = (),
        *,
        order_by: str = "rowid",
        include_deleted: bool = False,
    ) -> list[R]:
        """Records matching a SQL condition (live ones unless asked otherwise).

        Private to storage: callers above ask a named question of the store.
        """
        condition = where if include_deleted else f"({where}) AND deleted=0"
        rows = self.conn.execute(
            f"SELECT * FROM {cls.TABLE} WHERE {condition} ORDER BY {order_by}", list(params)
        ).fetchall()
        return [from_row(cls, row, self.database.path) for row in rows]


def _upsert_sql(table: str, names: list[str]) -> str:
    return (
        f"INSERT INTO {table} ({', '.join(names)}) "
        f"VALUES ({', '.join('?' for _ in names)}) "
        f"ON CONFLICT(id) DO UPDATE SET "
        + ", ".join(f"{n}=excluded.{n}" for n in names if n != "id")
    )

"""The hand-over's bookkeeping in the database: what the exchange asks and records.

Kits and results files travel between laptops; the exchange package
(``roundtables/exchange``) decides what an incoming record means.  The questions it
asks of the database and the rows it writes are named here, so that SQL stays in
storage:

* ``sync_state`` -- each record's *base*: its revision and hash as of the last file
  it went out in or came in from, and where it came from;
* ``conflicts`` -- an incoming version that waits for a person, beside ours;
* the records themselves, read by id only to check a file's authority.

Every function takes the store's connection; the writing ones are called inside
the caller's transaction (``store.database.transaction()``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from roundtables.domain import new_id, utc_now

#: The connection the exchange hands back to these functions (from ``Store.conn`` or
#: ``store.database.transaction()``); named so that the exchange need not import sqlite3.
Connection = sqlite3.Connection
#: What the database raises when it refuses a statement (full disk, broken constraint...).
DatabaseFailure = sqlite3.Error

#: Where a record came in from: the file's name, its table number, the device that wrote it.
Origin = tuple[str, int | None, str]


@dataclass(frozen=True)
class SyncState:
    """One record's base (as last exchanged) and where it came from."""

    record_table: str
    record_id: str
    base_revision: int
    base_hash: str
    origin_file: str
    origin_table: int | None
    origin_device: str
    synced_at: str


class HeldEvent(NamedTuple):
    """An event as this database holds it, for deciding whether a file may touch it."""

    deleted: bool
    status: str
    slug: str


class HeldTable(NamedTuple):
    """A round table as this database holds it."""

    deleted: bool
    event_id: str


# ---------------------------------------------------------------- sync state


def last_exchanged(conn: Connection, kind: str, record_id: str) -> SyncState | None:
    """The record's state as last exchanged through a file, or None when it never travelled."""
    row = conn.execute(
        "SELECT record_table, record_id, base_revision, base_hash, origin_file, origin_table, "
        "origin_device, synced_at FROM sync_state WHERE record_table=? AND record_id=?",
        (kind, record_id),
    ).fetchone()
    return SyncState(*row) if row else None


def record_sync_state(
    conn: Connection,
    kind: str,
    record_id: str,
    revision: int,
    digest: str,
    *,
    origin: Origin | None = None,
) -> None:
    """Remember a record's new base; ``origin`` (file, table number, device) when it came in.

    Without an origin an existing origin is kept (an export does not change where a
    record came from); a record seen for the first time is marked as made here.
    """
    if origin is None:
        conn.execute(
            "INSERT INTO sync_state (record_table, record_id, base_revision, base_hash, "
            "origin_file, origin_table, origin_device, synced_at) "
            "VALUES (?, ?, ?, ?, '', NULL, '', ?) "
            "ON CONFLICT(record_table, record_id) DO UPDATE SET "
            "base_revision=excluded.base_revision, base_hash=excluded.base_hash, "
            "synced_at=excluded.synced_at",
            (kind, record_id, revision, digest, utc_now()),
        )
        return
    record_arrivals(conn, kind, [(record_id, revision, digest)], origin)


def record_arrivals(
    conn: Connection, kind: str, records: Iterable[tuple[str, int, str]], origin: Origin
) -> None:
    """Remember the base and origin of records that came in from one file:
    (id, revision, hash) each."""
    file_name, table_number, device = origin
    now = utc_now()
    conn.executemany(
        "INSERT INTO sync_state (record_table, record_id, base_revision, base_hash, "
        "origin_file, origin_table, origin_device, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(record_table, record_id) DO UPDATE SET "
        "base_revision=excluded.base_revision, base_hash=excluded.base_hash, "
        "origin_file=excluded.origin_file, origin_table=excluded.origin_table, "
        "origin_device=excluded.origin_device, synced_at=excluded.synced_at",
        [(kind, rid, rev, digest, file_name, table_number, device, now)
         for rid, rev, digest in records],
    )


def organiser_device_of(conn: Connection, event_id: str) -> str:
    """The organiser database an event here came from ("" when it was made here)."""
    row = conn.execute(
        "SELECT origin_device FROM sync_state WHERE record_table='events' AND record_id=?",
        (event_id,),
    ).fetchone()
    return str(row[0]) if row is not None and row[0] else ""


def remember_organiser_device(conn: Connection, event_id: str, device: str) -> None:
    """After a kit: the event's origin is its organiser database, whoever wrote the kit."""
    conn.execute(
        "UPDATE sync_state SET origin_device=? WHERE record_table='events' AND record_id=?",
        (device, event_id),
    )


# ---------------------------------------------------------------- what is held here


def held_event(conn: Connection, event_id: str) -> HeldEvent | None:
    """Whether this database holds the event (tombstoned too), and its status and slug."""
    row = conn.execute("SELECT deleted, status, slug FROM events WHERE id=?",
                       (event_id,)).fetchone()
    return HeldEvent(bool(row[0]), str(row[1]), str(row[2])) if row else None


def held_table(conn: Connection, table_id: str) -> HeldTable | None:
    """Whether this database holds the table (tombstoned too), and its event."""
    row = conn.execute("SELECT deleted, event_id FROM round_tables WHERE id=?",
                       (table_id,)).fetchone()
    return HeldTable(bool(row[0]), str(row[1])) if row else None


def slug_used_by_another_event(conn: Connection, slug: str, event_id: str) -> bool:
    """Whether an event other than ``event_id`` here has the short name ``slug``."""
    return conn.execute(
        "SELECT 1 FROM events WHERE slug=? AND id<>?", (slug, event_id)
    ).fetchone() is not None


def number_used_by_another_table(
    conn: Connection, event_id: str, number: int | None, table_id: str
) -> bool:
    """Whether the event has a table other than ``table_id`` with that number here."""
    return conn.execute(
        "SELECT 1 FROM round_tables WHERE event_id=? AND number=? AND id<>?",
        (event_id, number, table_id),
    ).fetchone() is not None


def held_ids(conn: Connection, kind: str, ids: list[str]) -> set[str]:
    """Those of ``ids`` this database holds as records of ``kind`` (tombstones too)."""
    if not ids:
        return set()
    rows = conn.execute(
        f"SELECT id FROM {kind} WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),),
    ).fetchall()
    return {row[0] for row in rows}


def owners_of(conn: Connection, kind: str, owner: str, ids: list[str]) -> dict[str, str]:
    """id -> the event or table (column ``owner``) it belongs to, for the ids held here."""
    if not ids:
        return {}
    rows = conn.execute(
        f"SELECT id, {owner} FROM {kind} WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),),
    ).fetchall()
    return {str(r[0]): str(r[1]) for r in rows}


# ---------------------------------------------------------------- conflicts


@dataclass(frozen=True)
class KeptConflict:
    """An incoming version that waits for a person, as the merge keeps it."""

    kind: str
    record_id: str
    event_id: str
    table_number: int | None
    local: dict[str, Any]
    incoming: dict[str, Any]
    incoming_hash: str
    incoming_content: bytes | None
    origin_file: str
    origin_device: str


def conflict_already_kept(conn: Connection, kind: str, record_id: str, digest: str) -> bool:
    """Whether this very incoming version of the record was already kept as a conflict."""
    return conn.execute(
        "SELECT 1 FROM conflicts WHERE record_table=? AND record_id=? AND incoming_hash=?",
        (kind, record_id, digest),
    ).fetchone() is not None


def keep_conflict(conn: Connection, conflict: KeptConflict) -> None:
    """Keep an incoming version for a person to decide; it supersedes an older open one
    of the same record (a person decides once)."""
    now = utc_now()
    conn.execute(
        "UPDATE conflicts SET status='resolved', resolution='superseded', resolved_at=? "
        "WHERE record_table=? AND record_id=? AND status='open'",
        (now, conflict.kind, conflict.record_id),
    )
    conn.execute(
        "INSERT INTO conflicts (id, record_table, record_id, event_id, table_number, "
        "local_json, incoming_json, incoming_hash, incoming_content, origin_file, "
        "origin_device, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)",
        (
            new_id(),
            conflict.kind,
            conflict.record_id,
            conflict.event_id,
            conflict.table_number,
            json.dumps(conflict.local, ensure_ascii=False),
            json.dumps(conflict.incoming, ensure_ascii=False),
            conflict.incoming_hash,
            conflict.incoming_content,
            conflict.origin_file,
            conflict.origin_device,
            now,
        ),
    )


#: The columns of a conflict as :func:`open_conflict_rows` and :func:`conflict_row` give them.
CONFLICT_COLUMNS = (
    "id", "record_table", "record_id", "event_id", "table_number", "local_json",
    "incoming_json", "origin_file", "origin_device", "status", "resolution", "created_at",
)
_SELECT_CONFLICT = f"SELECT {', '.join(CONFLICT_COLUMNS)} FROM conflicts"


def open_conflict_rows(conn: Connection, event_id: str | None = None) -> list[tuple[Any, ...]]:
    """The conflicts still waiting for a person, oldest first (of one event if given)."""
    if event_id is None:
        rows = conn.execute(
            f"{_SELECT_CONFLICT} WHERE status='open' ORDER BY created_at, rowid"
        ).fetchall()
    else:
        rows = conn.execute(
            f"{_SELECT_CONFLICT} WHERE status='open' AND event_id=? ORDER BY created_at, rowid",
            (event_id,),
        ).fetchall()
    return [tuple(row) for row in rows]


def conflict_row(conn: Connection, conflict_id: str) -> tuple[Any, ...] | None:
    """One conflict by id (columns :data:`CONFLICT_COLUMNS`), or None."""
    row = conn.execute(f"{_SELECT_CONFLICT} WHERE id=?", (conflict_id,)).fetchone()
    return tuple(row) if row is not None else None


def incoming_content(conn: Connection, conflict_id: str) -> bytes | None:
    """The bytes of a conflicting attachment as the file brought them (None for text)."""
    row = conn.execute(
        "SELECT incoming_content FROM conflicts WHERE id=?", (conflict_id,)
    ).fetchone()
    return row[0] if row is not None else None


def mark_conflict_resolved(conn: Connection, conflict_id: str, resolution: str) -> None:
    """A person settled the conflict (``local``, ``incoming`` or ``combined``)."""
    conn.execute(
        "UPDATE conflicts SET status='resolved', resolution=?, resolved_at=? WHERE id=?",
        (resolution, utc_now(), conflict_id),
    )

"""What the database remembers about each record's last trip through a file.

The ``sync_state`` row of a record holds its revision and hash as of the last import
or export (the *base*) and where it came from.  A record whose local hash differs from
its base was changed here since; an incoming version that differs too is a conflict.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from roundtables.domain import utc_now


@dataclass(frozen=True)
class SyncState:
    """One record's base and origin."""

    record_table: str
    record_id: str
    base_revision: int
    base_hash: str
    origin_file: str
    origin_table: int | None
    origin_device: str
    synced_at: str


def get_state(conn: sqlite3.Connection, table: str, record_id: str) -> SyncState | None:
    """The sync state of one record, or None when it never travelled."""
    row = conn.execute(
        "SELECT record_table, record_id, base_revision, base_hash, origin_file, origin_table, "
        "origin_device, synced_at FROM sync_state WHERE record_table=? AND record_id=?",
        (table, record_id),
    ).fetchone()
    return SyncState(*row) if row else None


def set_base(
    conn: sqlite3.Connection,
    table: str,
    record_id: str,
    revision: int,
    digest: str,
    *,
    origin: tuple[str, int | None, str] | None = None,
) -> None:
    """Record a record's new base; ``origin`` (file, table number, device) when it came in.

    Without an origin an existing origin is kept (an export does not change where a
    record came from); a record seen for the first time is marked as made here.
    Call inside a transaction.
    """
    now = utc_now()
    if origin is None:
        conn.execute(
            "INSERT INTO sync_state (record_table, record_id, base_revision, base_hash, "
            "origin_file, origin_table, origin_device, synced_at) "
            "VALUES (?, ?, ?, ?, '', NULL, '', ?) "
            "ON CONFLICT(record_table, record_id) DO UPDATE SET "
            "base_revision=excluded.base_revision, base_hash=excluded.base_hash, "
            "synced_at=excluded.synced_at",
            (table, record_id, revision, digest, now),
        )
        return
    file_name, table_number, device = origin
    conn.execute(
        "INSERT INTO sync_state (record_table, record_id, base_revision, base_hash, "
        "origin_file, origin_table, origin_device, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(record_table, record_id) DO UPDATE SET "
        "base_revision=excluded.base_revision, base_hash=excluded.base_hash, "
        "origin_file=excluded.origin_file, origin_table=excluded.origin_table, "
        "origin_device=excluded.origin_device, synced_at=excluded.synced_at",
        (table, record_id, revision, digest, file_name, table_number, device, now),
    )


def set_new_bases(
    conn: sqlite3.Connection,
    table: str,
    records: list[tuple[str, int, str]],
    origin: tuple[str, int | None, str],
) -> None:
    """:func:`set_base` with an origin for many records first seen in one file."""
    file_name, table_number, device = origin
    now = utc_now()
    conn.executemany(
        "INSERT INTO sync_state (record_table, record_id, base_revision, base_hash, "
        "origin_file, origin_table, origin_device, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(record_table, record_id) DO UPDATE SET "
        "base_revision=excluded.base_revision, base_hash=excluded.base_hash, "
        "origin_file=excluded.origin_file, origin_table=excluded.origin_table, "
        "origin_device=excluded.origin_device, synced_at=excluded.synced_at",
        [(table, rid, rev, digest, file_name, table_number, device, now)
         for rid, rev, digest in records],
    )

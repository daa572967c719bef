"""A consistent copy of the database holding one event, ready for Datasette (for the archive).

The archive (roundtables/archive/writer.py) calls :func:`snapshot_event`; the SQL
stays here, in storage.

``VACUUM INTO`` copies the live database as one transaction sees it (a file copy
could catch a half-written WAL).  The copy is then cut down to the archived event:
other events, deleted (tombstoned) records and unsaved drafts are removed, so an
archive never publishes what someone withdrew or what belongs to another event.
Finally the copy is made a plain single-file database (journal mode DELETE, so it
opens from a read-only folder) and vacuumed again so no removed text survives in
free pages.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from roundtables.domain import Event, EventHarvest, Record
from roundtables.messages import error
from roundtables.storage.errors import sqlite_failure
from roundtables.storage.records import to_row
from roundtables.storage.store import Store

#: Tables kept whole: settings (the device id) carries nothing about any event.
_KEEP_WHOLE = {"settings"}
#: Tables emptied: unsaved typing, and the merge's memory of records (no content).
_EMPTY = {"drafts"}


def snapshot_event(
    store: Store,
    event: Event,
    target: Path,
    published: EventHarvest | None = None,
    *,
    anonymise: bool = False,
) -> None:
    """Write ``target``: a self-contained database of ``event`` alone.

    ``published`` (see :mod:`roundtables.archive.published`) is the event as it may
    leave: its records overwrite the copied rows, so the database says what the JSON
    says.  Resolved conflicts (the words a merge set aside) never leave; with
    ``anonymise`` no conflict, import log or merge memory does.
    """
    if target.exists():
        target.unlink()
    try:
        store.conn.execute("VACUUM INTO ?", (str(target),))
    except sqlite3.Error as exc:
        raise sqlite_failure(exc, target, doing="copy the database for the archive to") from None
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA secure_delete=ON")  # removed text is overwritten, not freed
        conn.execute("PRAGMA foreign_keys=OFF")  # rows are removed out of order, checked after
        conn.execute("BEGIN IMMEDIATE")
        _restrict(conn, event.id)
        _drop_dangling(conn)
        _forget_conflicts(conn, everything=anonymise)
        if published is not None:
            _overwrite(conn, published)
        conn.execute("COMMIT")
        conn.execute("VACUUM")
        # VACUUM may renumber the implicit rowids of our text-keyed tables, and the
        # external-content search indexes point at rowids: rebuild them afterwards.
        for (fts,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%USING FTS5%'"
        ).fetchall():
            conn.execute(f"INSERT INTO \"{fts}\"(\"{fts}\") VALUES ('rebuild')")
        problems = conn.execute("PRAGMA integrity_check").fetchall()
        if problems != [("ok",)]:
            raise error("archive-copy-damaged", detail=problems[0][0])
    finally:
        conn.close()


def _forget_conflicts(conn: sqlite3.Connection, *, everything: bool) -> None:
    """Resolved conflicts hold withdrawn versions; conflicts on removed records too."""
    known = set(_tables(conn))
    if everything:
        for table in ("conflicts", "import_log", "sync_state"):
            if table in known:
                conn.execute(f'DELETE FROM "{table}"')
        return
    if "conflicts" not in known:
        return
    conn.execute("DELETE FROM conflicts WHERE status != 'open'")
    _drop_orphans(conn, "conflicts")


def _overwrite(conn: sqlite3.Connection, published: EventHarvest) -> None:
    """Write the published records over their copied rows (text fields and all)."""
    records: list[Record] = [published.event, *published.participants, *published.articles,
                             *published.themes]
    for table in published.tables:
        records += [table.table, *table.questions, *table.segments, *table.attendance,
                    *table.notes, *table.action_points, *table.feedback]
        # attachments: their bytes are not rewritten, only the words about them
        for attachment in table.attachments:
            conn.execute(
                "UPDATE attachments SET filename = ?, caption = ? WHERE id = ?",
                (attachment.filename, attachment.caption, attachment.id),
            )
    for record in records:
        row = to_row(record)
        names = [n for n in row if n != "id"]
        conn.execute(
            f'UPDATE "{record.TABLE}" SET {", ".join(f"{n} = ?" for n in names)} WHERE id = ?',
            [*(row[n] for n in names), record.id],
        )


def _tables(conn: sqlite3.Connection) -> list[str]:
    """Ordinary tables, without SQLite's own and full-text search's shadow tables."""
    virtual = [
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%'")
    ]
    names = []
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
    ):
        if name.startswith("sqlite_") or any(name.startswith(f"{v}_") for v in virtual):
            continue
        names.append(name)
    return names


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}


def _restrict(conn: sqlite3.Connection, event_id: str) -> None:
    # Works from column names rather than a fixed list, so that tables added by
    # later migrations (with an event_id or table_id) are restricted too.
    conn.execute("DELETE FROM events WHERE id != ?", (event_id,))
    conn.execute("DELETE FROM round_tables WHERE event_id != ?", (event_id,))
    for table in _tables(conn):
        cols = _columns(conn, table)
        if table in _EMPTY:
            conn.execute(f'DELETE FROM "{table}"')
            continue
        if table in _KEEP_WHOLE:
            continue
        if "event_id" in cols:
            # Rows tied to no event (an import that was refused) are not this event's.
            conn.execute(f'DELETE FROM "{table}" WHERE event_id IS NOT ?', (event_id,))
        elif "table_id" in cols:
            conn.execute(
                f'DELETE FROM "{table}" WHERE table_id NOT IN (SELECT id FROM round_tables)'
            )
        if "deleted" in cols:
            conn.execute(f'DELETE FROM "{table}" WHERE deleted = 1')
    if "sync_state" in _tables(conn):
        _prune_sync_state(conn)


def _prune_sync_state(conn: sqlite3.Connection) -> None:
    """Forget the merge state of records that are no longer in the copy."""
    _drop_orphans(conn, "sync_state")


def _drop_orphans(conn: sqlite3.Connection, bookkeeping: str) -> None:
    """Delete the rows of ``bookkeeping`` (keyed by record_table, record_id) whose record
    is no longer in the copy."""
    known = set(_tables(conn))
    for (table,) in conn.execute(
        f'SELECT DISTINCT record_table FROM "{bookkeeping}"'
    ).fetchall():
        if table in known and "id" in _columns(conn, table):
            conn.execute(
                f'DELETE FROM "{bookkeeping}" WHERE record_table = ? AND record_id NOT IN '
                f'(SELECT id FROM "{table}")',
                (table,),
            )
        else:
            conn.execute(f'DELETE FROM "{bookkeeping}" WHERE record_table = ?', (table,))


def _drop_dangling(conn: sqlite3.Connection) -> None:
    """Mend references to removed rows: clear optional ones, drop rows that need them.

    A live note may name a speaker who was later deleted: the note stays, without
    the speaker.  Attendance of a deleted participant goes.  Repeated because a
    dropped row may itself be referenced.
    """
    for _ in range(10):
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if not broken:
            return
        for table, rowid, _parent, fkid in broken:
            fk = [row for row in conn.execute(f'PRAGMA foreign_key_list("{table}")')
                  if row[0] == fkid]
            column = fk[0][3] if fk else None
            info = {row[1]: row for row in conn.execute(f'PRAGMA table_info("{table}")')}
            if column and column in info and not info[column][3]:  # nullable
                conn.execute(f'UPDATE "{table}" SET "{column}" = NULL WHERE rowid = ?', (rowid,))
            else:
                conn.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
    raise error("archive-copy-unmendable")



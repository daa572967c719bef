"""Looking at a database file before opening it: is it ours, and is it whole?

Everything here reads only.  An existing file is inspected through a read-only
connection (``immutable`` when no log lies beside it, so SQLite creates no
``-wal`` or ``-shm`` either), and refused in one line if it is another
program's SQLite file, written by a newer Roundtables, or damaged: the file is
left byte for byte as it was, before the writer lock, the journal mode or a
migration could touch it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from roundtables.domain import RoundtablesError
from roundtables.messages import error
from roundtables.storage.errors import sqlite_failure
from roundtables.storage.lock import real_path
from roundtables.storage.schema_version import SCHEMA_VERSION

_DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}

#: Tables every Roundtables database has had since the first schema.
_OUR_TABLES = {"events", "settings", "_sqlite_migrations"}
#: What a half-made database (a first open that failed) may hold: nothing of anyone's.
_EMPTY_TABLES = {"_sqlite_migrations"}


def inspect_existing(path: Path, *, check_integrity: bool) -> None:
    """Refuse a foreign, newer or damaged database file without changing it."""
    conn = _read_only(path)
    try:
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = {
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        except sqlite3.DatabaseError as exc:
            if (getattr(exc, "sqlite_errorcode", 0) & 0xFF) in _DAMAGE_CODES:
                raise damaged(path, exc) from None
            raise sqlite_failure(exc, path, doing="read") from None
        if version == 0 and tables <= _EMPTY_TABLES:
            return  # nothing in it yet: ours to set up
        if version < 1 or not _OUR_TABLES.issubset(tables):
            raise error("foreign-database", path=path)
        if version > SCHEMA_VERSION:
            raise error("newer-database", path=path, found=version, supported=SCHEMA_VERSION)
        if check_integrity:
            problem = quick_check(conn, path)
            if problem:
                raise damaged(path, problem)
    finally:
        conn.close()


def quick_check(conn: sqlite3.Connection, path: Path) -> str | None:
    """SQLite's ``quick_check`` over the whole file: None when whole, else the first problem."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if (getattr(exc, "sqlite_errorcode", 0) & 0xFF) in _DAMAGE_CODES:
            return str(exc)
        raise sqlite_failure(exc, path, doing="read") from None  # a disk error, not damage
    first = str(rows[0][0]) if rows else "no answer"
    return None if len(rows) == 1 and first == "ok" else first


def damaged(path: Path, problem: object) -> RoundtablesError:
    """The message for a damaged database file."""
    return error("damaged-database", path=path, detail=" ".join(str(problem).split()))


def _read_only(path: Path) -> sqlite3.Connection:
    real = real_path(path)
    # With a log beside it, the file alone is not the database: read through the log
    # (the files exist already).  Without one, immutable=1 reads the file and nothing else.
    has_log = any(real.with_name(real.name + s).exists() for s in ("-wal", "-journal"))
    uri = real.as_uri() + ("?mode=ro" if has_log else "?mode=ro&immutable=1")
    try:
        return sqlite3.connect(uri, uri=True, timeout=5.0, check_same_thread=False)
    except sqlite3.Error as exc:
        raise sqlite_failure(exc, path, doing="open") from None

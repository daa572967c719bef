"""Opening the SQLite file safely: pragmas, checks, the writer lock, migrations."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from roundtables.domain import RoundtablesError, new_id
from roundtables.messages import error
from roundtables.storage.errors import os_failure, sqlite_failure
from roundtables.storage.lock import WriterLock, last_use, refuse_hard_links
from roundtables.storage.opening import damaged, inspect_existing, quick_check
from roundtables.storage.schema_version import SCHEMA_VERSION

if TYPE_CHECKING:
    import sqlite_utils

ENV_VAR = "ROUNDTABLES_DB"
_SQLITE_MAGIC = b"SQLite format 3\x00"


def default_db_path() -> Path:
    """Where the database lives when neither --db nor ROUNDTABLES_DB says."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("Roundtables", appauthor=False)) / "roundtables.db"


class Database:
    """One connection to one database file, set up so that a commit is durable.

    WAL with ``synchronous=FULL`` (a commit survives power loss), foreign keys on,
    and an exclusive writer lock so that a second process writing the same file
    is refused with a message instead of interleaving.  An existing file is
    looked at read-only first (see ``opening``): another program's file, a newer
    schema or a damaged file is refused before anything is written.  The whole
    file's integrity (``quick_check``, which reads every page) is checked only
    when it matters: when the last writer did not close it cleanly, when it
    changed since, or when asked (``check=True``).
    """

    def __init__(
        self, path: str | os.PathLike[str], *, writer: bool = True, check: bool = False
    ) -> None:
        self.path = Path(path)
        self.writer = writer
        self._lock: WriterLock | None = None
        #: whether this open ran the whole-file integrity check (and it passed)
        self.integrity_checked = False
        self._check_file_before_open()
        if self.path.exists() and self.path.stat().st_size > 0:
            usage = last_use(self.path)
            self.integrity_checked = check or not (usage.in_use or usage.closed_cleanly)
            inspect_existing(self.path, check_integrity=self.integrity_checked)
            if self.integrity_checked and not writer:
                _remember_checked(self.path)
        if writer:
            self._ensure_folder()
            self._lock = WriterLock(self.path)
            self._lock.acquire()
        try:
            self.conn = self._connect()
            self._sqlite_utils_db: sqlite_utils.Database | None = None
            self._migrate()
            self.device_id = self._device_id()
        except BaseException:
            self.close(clean=False)
            raise

    # ------------------------------------------------------------ set-up

    def _check_file_before_open(self) -> None:
        if self.path.is_dir():
            raise error("is-a-folder", path=self.path)
        if self.path.exists():
            try:
                with open(self.path, "rb") as handle:
                    head = handle.read(16)
            except OSError as exc:
                raise os_failure(exc, self.path, doing="read") from None
            if head and head != _SQLITE_MAGIC:
                raise error("foreign-database", path=self.path)
            refuse_hard_links(self.path)
        elif not self.writer:
            raise error("no-database", path=self.path)

    def _ensure_folder(self) -> None:
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise os_failure(exc, folder, doing="create folder") from None
        if not os.access(folder, os.W_OK):
            raise error("folder-read-only", path=folder)

    def _connect(self) -> sqlite3.Connection:
        try:
            uri = self.path.resolve().as_uri() + ("" if self.writer else "?mode=ro")
            conn = sqlite3.connect(uri, uri=True, timeout=5.0, check_same_thread=False)
            conn.execute("PRAGMA foreign_keys=ON")
            if self.writer:
                mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    raise error("no-wal", path=self.path)
            conn.execute("PRAGMA synchronous=FULL")
            return conn
        except sqlite3.DatabaseError as exc:
            raise sqlite_failure(exc, self.path, doing="open") from None

    def check_integrity(self) -> None:
        """Read the whole file (``quick_check``); raise if any page is damaged.

        Run when it matters (before an archive, on request), not on every open.
        """
        problem = quick_check(self.conn, self.path)
        if problem:
            raise damaged(self.path, problem)
        self.integrity_checked = True

    def _migrate(self) -> None:
        found = self.schema_version()
        if found > SCHEMA_VERSION:
            raise error("newer-database", path=self.path, found=found, supported=SCHEMA_VERSION)
        if found == SCHEMA_VERSION:
            return
        if not self.writer:
            raise error("needs-upgrade", path=self.path)
        from roundtables.storage.schema import migrations  # loads sqlite-utils

        try:
            migrations.apply(self.db)
        except sqlite3.DatabaseError as exc:
            raise error("upgrade-failed", path=self.path, detail=exc) from None

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _device_id(self) -> str:
        row = self.conn.execute("SELECT value FROM settings WHERE key='device_id'").fetchone()
        if row:
            return str(row[0])
        device = new_id()
        if self.writer:
            with self.transaction():
                self.conn.execute(
                    "INSERT INTO settings(key, value) VALUES ('device_id', ?)", (device,)
                )
        return device

    # ------------------------------------------------------------ use

    @property
    def db(self) -> sqlite_utils.Database:
        """The connection as a sqlite-utils Database (loaded on first use)."""
        if self._sqlite_utils_db is None:
            import sqlite_utils

            self._sqlite_utils_db = sqlite_utils.Database(self.conn)
        return self._sqlite_utils_db

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One unit of work: committed when the block ends, rolled back on error.

        The outermost block is ``BEGIN IMMEDIATE`` (the write lock is taken up
        front, so a commit cannot fail half-way for a lock); nested blocks are
        savepoints, as in sqlite-utils' ``atomic()``.
        """
        if not self.writer:
            raise error("opened-read-only", path=self.path)
        conn = self.conn
        try:
            if conn.in_transaction:
                name = f"rt_{new_id()}"
                conn.execute(f"SAVEPOINT {name}")
                try:
                    yield conn
                except BaseException:
                    if conn.in_transaction:
                        conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                        conn.execute(f"RELEASE SAVEPOINT {name}")
                    raise
                conn.execute(f"RELEASE SAVEPOINT {name}")
                return
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            try:
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except (sqlite3.IntegrityError, sqlite3.ProgrammingError):
            raise
        except sqlite3.DatabaseError as exc:
            raise sqlite_failure(exc, self.path) from None

    def close(self, *, clean: bool = True) -> None:
        """Close the connection; the last writer records a clean close for the next open."""
        conn = getattr(self, "conn", None)
        if conn is not None:
            try:
                if conn.in_transaction:
                    conn.rollback()
                conn.close()
            except sqlite3.Error:
                clean = False
            self.conn = None  # type: ignore[assignment]
        if self._lock is not None:
            self._lock.release(clean=clean)
            self._lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()



def _remember_checked(path: Path) -> None:
    """After a reader's check passed, note it (if no writer is on) so the next open skips it."""
    lock = WriterLock(path)
    with contextlib.suppress(RoundtablesError, OSError):
        lock.acquire()
        lock.release(clean=True)

"""SQLite failures as messages a person can act on.

Recognised by SQLite's result code (``sqlite3.Error.sqlite_errorcode``), never by
the wording of the message, which changes between SQLite versions.  Each
message names the file and says what to do; the error carries a ``code`` and
the ``path`` so a face can translate it.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from roundtables.domain import RoundtablesError
from roundtables.messages import error

#: "disk full", "quota exceeded", "file too large": all mean no room to write.
_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}

#: primary result code -> error code; the messages (what happened, what to do) are in
#: the catalogue, roundtables/messages.py.
_KINDS: dict[int, str] = {
    sqlite3.SQLITE_FULL: "disk-full",
    sqlite3.SQLITE_IOERR: "disk-error",
    sqlite3.SQLITE_CORRUPT: "damaged",
    sqlite3.SQLITE_NOTADB: "not-a-database",
    sqlite3.SQLITE_READONLY: "read-only",
    sqlite3.SQLITE_BUSY: "busy",
    sqlite3.SQLITE_LOCKED: "busy",
    sqlite3.SQLITE_CANTOPEN: "cannot-open",
    sqlite3.SQLITE_PERM: "access-refused",
}


def sqlite_failure(exc: sqlite3.Error, path: Path, *, doing: str = "save to") -> RoundtablesError:
    """One line for a failed SQLite call on ``path``: what happened, what to do.

    ``doing`` is one of the catalogue's phrases (``messages.PHRASES``).
    """
    code = getattr(exc, "sqlite_errorcode", None)
    kind = _KINDS.get(code & 0xFF) if isinstance(code, int) else None
    if kind is None:
        name = getattr(exc, "sqlite_errorname", None) or type(exc).__name__
        return error("database-error", doing=doing, path=path, detail=exc, name=name)
    return error(kind, doing=doing, path=path)


def os_failure(exc: OSError, path: Path | str | None, *, doing: str = "write") -> RoundtablesError:
    """One line for a failed file operation, naming the file even when the OS did not."""
    where = exc.filename or path or ""
    if exc.errno in _FULL_ERRNOS:
        return error("disk-full", doing=doing, path=where)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return error("no-permission", doing=doing, path=where)
    return error("os-error", doing=doing, path=where, detail=exc.strerror or exc)


def failure(exc: BaseException, path: Path | str | None) -> RoundtablesError | None:
    """A failed database or file operation as one line naming ``path``; None if neither.

    The faces call this rather than recognising SQLite errors themselves, so SQL
    stays in storage.
    """
    if isinstance(exc, sqlite3.Error):
        return sqlite_failure(exc, Path(path) if path else Path("the database"))
    if isinstance(exc, OSError):
        return os_failure(exc, path)
    return None

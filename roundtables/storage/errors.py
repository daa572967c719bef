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

#: "disk full", "quota exceeded", "file too large": all mean no room to write.
_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}

_FREE_SPACE = "free some space on that disk (or choose a folder on another disk) and try again"

#: primary result code -> (error code, what happened and what to do)
_KINDS: dict[int, tuple[str, str]] = {
    sqlite3.SQLITE_FULL: ("disk-full", f"the disk is full; {_FREE_SPACE}"),
    sqlite3.SQLITE_IOERR: (
        "disk-error",
        "the disk reported a read or write error (full, removed or failing); check the "
        "disk, free some space, and try again",
    ),
    sqlite3.SQLITE_CORRUPT: (
        "damaged",
        "the database file is damaged; restore it from a backup or an archive",
    ),
    sqlite3.SQLITE_NOTADB: (
        "not-a-database",
        "the file is not a database (or is damaged); restore it from a backup",
    ),
    sqlite3.SQLITE_READONLY: (
        "read-only",
        "the file or its folder is read-only; copy it to a folder you may write in",
    ),
    sqlite3.SQLITE_BUSY: (
        "busy",
        "another program is using the file; close it there and try again",
    ),
    sqlite3.SQLITE_LOCKED: (
        "busy",
        "another program is using the file; close it there and try again",
    ),
    sqlite3.SQLITE_CANTOPEN: (
        "cannot-open",
        "the file cannot be opened; check that its folder exists and that you may write in it",
    ),
    sqlite3.SQLITE_PERM: (
        "read-only",
        "access was refused; check the file's permissions",
    ),
}


def sqlite_failure(exc: sqlite3.Error, path: Path, *, doing: str = "save to") -> RoundtablesError:
    """One line for a failed SQLite call on ``path``: what happened, what to do."""
    code = getattr(exc, "sqlite_errorcode", None)
    kind = _KINDS.get(code & 0xFF) if isinstance(code, int) else None
    if kind is None:
        name = getattr(exc, "sqlite_errorname", None) or type(exc).__name__
        return RoundtablesError(
            f"Cannot {doing} {path}: {exc} ({name})",
            code="database-error", params={"path": str(path), "detail": str(exc)},
        )
    error_code, advice = kind
    return RoundtablesError(
        f"Cannot {doing} {path}: {advice}", code=error_code, params={"path": str(path)}
    )


def os_failure(exc: OSError, path: Path | str | None, *, doing: str = "write") -> RoundtablesError:
    """One line for a failed file operation, naming the file even when the OS did not."""
    where = exc.filename or path
    target = f" {where}" if where else ""
    if exc.errno in _FULL_ERRNOS:
        return RoundtablesError(
            f"Cannot {doing}{target}: the disk is full or the file too large; {_FREE_SPACE}",
            code="disk-full", params={"path": str(where or "")},
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return RoundtablesError(
            f"Cannot {doing}{target}: permission denied or read-only; choose a folder you "
            "may write in",
            code="read-only", params={"path": str(where or "")},
        )
    return RoundtablesError(
        f"Cannot {doing}{target}: {exc.strerror or exc}",
        code="os-error", params={"path": str(where or ""), "detail": str(exc.strerror or exc)},
    )


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

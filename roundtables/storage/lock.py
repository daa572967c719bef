"""One writer per database file, across processes.

SQLite alone would let a second process interleave its writes with ours; a
facilitator who opens the same table twice (or a script writing while the
window is open) must instead be told plainly.  The lock is an OS advisory lock
on ``<database>.lock``: the operating system releases it when the process dies,
so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from roundtables.domain import RoundtablesError

# Within one process several Database objects may share a file (tests, the
# exchange code opening a second handle); they share the lock too.
_held: dict[str, tuple[int, int]] = {}  # path -> (fd, count)
_guard = threading.Lock()


class WriterLock:
    def __init__(self, db_path: Path) -> None:
        self.path = Path(str(db_path) + ".lock")
        self._key = str(self.path.resolve())
        self._acquired = False

    def acquire(self) -> None:
        with _guard:
            if self._key in _held:
                fd, count = _held[self._key]
                _held[self._key] = (fd, count + 1)
                self._acquired = True
                return
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise RoundtablesError(
                    f"Cannot write next to {self.path.parent}: {exc.strerror}"
                ) from None
            if not _try_lock(fd):
                holder = _read_holder(fd)
                os.close(fd)
                raise RoundtablesError(
                    f"The database {self.path.name[:-5]} is already open for writing in "
                    f"another Roundtables process{holder}; close it there first"
                )
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
            _held[self._key] = (fd, 1)
            self._acquired = True

    def release(self) -> None:
        if not self._acquired:
            return
        with _guard:
            fd, count = _held[self._key]
            if count > 1:
                _held[self._key] = (fd, count - 1)
            else:
                del _held[self._key]
                _unlock(fd)
                os.close(fd)
        self._acquired = False


def _read_holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        pid = os.read(fd, 32).decode().strip()
    except OSError:
        return ""
    return f" (process {pid})" if pid.isdigit() else ""


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

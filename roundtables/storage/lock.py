"""One writer per database file, across processes, and whether it was closed cleanly.

SQLite alone would let a second process interleave its writes with ours; a
facilitator who opens the same table twice (or a script writing while the
window is open) must instead be told plainly.  The lock is an OS advisory lock
on ``<database>.lock``: the operating system releases it when the process dies,
so a crash never leaves a stale lock behind.

The lock belongs to the *file*, not to the name it was opened by:

- a symbolic link is resolved first, so ``link.db`` and the file it points to
  share one lock file beside the real file (SQLite resolves links the same way,
  so they also share one ``-wal``);
- a hard link gives one file two real names, and SQLite keeps its ``-wal`` by
  name: two writers (or a reader and a writer) through two names each see their
  own log and lose each other's commits.  No lock can mend that, so a database
  file with more than one name is refused (:func:`refuse_hard_links`);
- within one process, lock holders are keyed by the lock file's device and
  inode (falling back to its resolved path where the platform has no inode), so
  two spellings of one path share a lock instead of refusing each other.

The lock file also says how the database was last left: ``open <pid>`` while a
writer holds it, ``closed <size> <mtime_ns> <inode> <log>`` after a clean close.  An
open finding anything else (a crash, a file copied in, a file changed by
another program since) checks the database's integrity first.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from roundtables.messages import error
from roundtables.storage.errors import os_failure

# Within one process several Database objects may share a file (tests, the
# exchange code opening a second handle); they share the lock too.
_Key = tuple[int, int] | str
_held: dict[_Key, tuple[int, int]] = {}  # identity -> (fd, count)
_guard = threading.Lock()


def real_path(db_path: Path) -> Path:
    """The database file's own path, every symbolic link resolved."""
    return Path(os.path.realpath(db_path))


def lock_path(db_path: Path) -> Path:
    """The lock file: beside the real database file, whatever link led to it."""
    real = real_path(db_path)
    return real.with_name(real.name + ".lock")


def refuse_hard_links(db_path: Path) -> None:
    """Refuse a database file reachable under more than one name (hard links)."""
    try:
        links = os.stat(db_path).st_nlink
    except OSError:
        return  # no file yet: nothing to share
    if links > 1:
        raise error("hard-links", path=db_path, links=links)


@dataclass(frozen=True)
class LastUse:
    """What the lock file says about how the database was last left."""

    in_use: bool  # another process (or this one) holds the writer lock right now
    closed_cleanly: bool  # the last writer closed it, and nothing changed it since


def file_stamp(db_path: Path) -> str:
    """Size, modification time and inode of the database file and its log, as kept in the lock."""
    real = real_path(db_path)
    info = os.stat(real)
    try:
        log = os.stat(real.with_name(real.name + "-wal"))
        wal = f"{log.st_size}/{log.st_mtime_ns}"
    except OSError:
        wal = "-"
    return f"{info.st_size} {info.st_mtime_ns} {info.st_ino} {wal}"


def last_use(db_path: Path) -> LastUse:
    """Read the lock file without creating or changing anything."""
    path = lock_path(db_path)
    try:
        # Read-write where allowed (Windows locks only through a writable handle),
        # never O_CREAT: looking creates nothing.
        fd = os.open(path, os.O_RDWR if os.access(path, os.W_OK) else os.O_RDONLY)
    except OSError:
        return LastUse(in_use=False, closed_cleanly=False)  # never closed by us here
    try:
        if _identity(fd, path) in _held:
            return LastUse(in_use=True, closed_cleanly=True)
        if not _try_lock(fd):
            return LastUse(in_use=True, closed_cleanly=False)
        _unlock(fd)
        state = _read(fd)
    finally:
        os.close(fd)
    try:
        stamp = file_stamp(db_path)
    except OSError:
        return LastUse(in_use=False, closed_cleanly=False)
    return LastUse(in_use=False, closed_cleanly=state == f"closed {stamp}")


class WriterLock:
    """The exclusive writer lock of one database file (shared within a process)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self._key: _Key | None = None

    def acquire(self) -> None:
        with _guard:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise os_failure(exc, self.db_path, doing="write next to") from None
            key = _identity(fd, self.path)
            if key in _held:
                # Closing a second descriptor does not drop an flock/msvcrt lock.
                os.close(fd)
                held_fd, count = _held[key]
                _held[key] = (held_fd, count + 1)
                self._key = key
                return
            if not _try_lock(fd):
                holder = _read(fd).removeprefix("open ").strip()
                os.close(fd)
                if holder.isdigit():
                    raise error("already-open-by", path=self.db_path, process=holder)
                raise error("already-open", path=self.db_path)
            _write(fd, f"open {os.getpid()}")
            _held[key] = (fd, 1)
            self._key = key

    def release(self, *, clean: bool = True) -> None:
        """Let go; the last holder records a clean close (the database file's stamp)."""
        if self._key is None:
            return
        with _guard:
            fd, count = _held[self._key]
            if count > 1:
                _held[self._key] = (fd, count - 1)
            else:
                del _held[self._key]
                if clean:
                    with contextlib.suppress(OSError):
                        _write(fd, f"closed {file_stamp(self.db_path)}")
                _unlock(fd)
                os.close(fd)
        self._key = None


def _identity(fd: int, path: Path) -> _Key:
    info = os.fstat(fd)
    if info.st_ino:
        return (info.st_dev, info.st_ino)
    return os.path.normcase(str(path))  # a platform without inodes: the resolved path


def _read(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, 200).decode("ascii", "replace").strip()
    except OSError:
        return ""


def _write(fd: int, text: str) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, text.encode("ascii"))


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # Windows locks are mandatory: lock a byte past the text, so the state stays readable.
    _LOCK_OFFSET = 1 << 20

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
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

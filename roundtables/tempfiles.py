"""Temporary files that never outlive their run: the one safe-temp-file helper.

A run's temporary files live in a private work folder beside their target, created
exclusively under an unpredictable name (so a planted file or symlink is never
followed), readable by this user only, locked for as long as the run lasts and
removed afterwards.  A killed run cannot remove its folder; the next run into the
same folder does (:func:`remove_leftovers`: a folder whose lock nobody holds).
No Qt, no storage.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

#: Work folders this module makes start with this.
TEMP_PREFIX = ".roundtables-"
_WORK_SUFFIX = ".tmp"
_LOCK = "lock"
#: Temporary names older versions left (no lock to ask): removed once this old.
_LEGACY = re.compile(r"^\..+\.(?:[A-Za-z0-9_]{6,12}\.part|\d+\.partial)$")
_LEGACY_AGE = 15 * 60


@contextlib.contextmanager
def work_folder(folder: Path) -> Iterator[Path]:
    """A private, locked folder beside a target for a run's temporary files.

    Created exclusively with an unpredictable name (never an existing file or
    symlink), readable by this user only, locked while the run lasts, and removed
    with everything in it afterwards.  Leftovers of killed runs are removed first.
    """
    remove_leftovers(folder)
    work = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, suffix=_WORK_SUFFIX, dir=folder))
    lock_fd: int | None = None
    try:
        lock_fd = os.open(work / _LOCK, os.O_CREAT | os.O_EXCL | os.O_RDWR | _NOFOLLOW, 0o600)
        _lock(lock_fd)
        yield work
    finally:
        if lock_fd is not None:
            os.close(lock_fd)
        shutil.rmtree(work, ignore_errors=True)


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _lock(fd: int) -> bool:
    """Take an exclusive lock without waiting; False when another process holds it."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - a system module, absent on Windows: there
        # the age of a leftover decides
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def remove_leftovers(folder: Path) -> int:
    """Remove the work folders (and old temporary files) that killed runs left in ``folder``.

    A work folder whose lock nobody holds belongs to no running process.  Returns how
    many entries were removed; never raises.
    """
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    now = time.time()
    for entry in entries:
        try:
            if entry.name.startswith(TEMP_PREFIX) and entry.name.endswith(_WORK_SUFFIX):
                if entry.is_dir(follow_symlinks=False) and _abandoned(Path(entry.path), now):
                    shutil.rmtree(entry.path, ignore_errors=True)
                    removed += 1
            elif (
                _LEGACY.match(entry.name)
                and entry.is_file(follow_symlinks=False)
                and now - entry.stat(follow_symlinks=False).st_mtime > _LEGACY_AGE
            ):
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


def _abandoned(work: Path, now: float) -> bool:
    try:
        fd = os.open(work / _LOCK, os.O_RDWR | _NOFOLLOW)
    except FileNotFoundError:
        # Killed between creating the folder and its lock, or a stranger's folder.
        return now - work.lstat().st_mtime > 60
    try:
        return _lock(fd) and (os.name == "posix" or now - work.lstat().st_mtime > 3600)
    finally:
        os.close(fd)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows cannot open folders)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def why(exc: OSError) -> str:
    """A person's reason for a failed write."""
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return "the disk or stick is full"
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "the folder is read-only or not writable"
    if code in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO):
        return "the stick was removed or is failing"
    return exc.strerror or str(exc)

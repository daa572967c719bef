"""The one ZIP container: safe names, limits, hashes, and writing that never leaves half a file.

Table kits, results files and archives are all a ZIP with a manifest of SHA-256
checksums.  Reading one from a stick: the file's size and the end-of-archive record
are checked, then the central directory is scanned by hand (its entry count must
match the end record, its size must fit the limits) before ``zipfile`` walks it;
member names, count and declared sizes before any member is read; every read stops
at its limit.  Writing one: a private work folder with an unpredictable name is
created beside the target (exclusively, so a planted file or symlink is never
followed), the ZIP is written there, fsynced and renamed over the target, the folder
is synced, then the file is read back and checked.  The work folder is locked while
in use; the next write into the same folder removes what a killed run left behind.

No Qt, no storage: the exchange and archive packages build on this.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import struct
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from roundtables.domain import RoundtablesError
from roundtables.messages import english
from roundtables.tempfiles import (
    TEMP_PREFIX,
    remove_leftovers,
    sync_folder,
    why,
    work_folder,
)

_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"
_CENTRAL = b"PK\x01\x02"
_DRIVE = re.compile(r"^[A-Za-z]:")
_CHUNK = 1 << 20



class ContainerError(RoundtablesError):
    """A file that is not a sound ZIP; its ``code`` (from the catalogue,
    roundtables/messages.py) lets a caller word it its own way."""

    def __init__(self, code: str, /, **params: object) -> None:
        text = {name: str(value) for name, value in params.items()}
        super().__init__(english(code, text), code=code, params=text)


@dataclass(frozen=True)
class ContainerLimits:
    """Bounds a ZIP must stay within before anything in it is believed."""

    max_file_bytes: int = 1 << 30  # the ZIP itself
    max_members: int = 10_000
    max_member_bytes: int = 64 << 20  # one member, uncompressed
    max_total_bytes: int = 512 << 20  # every member, uncompressed
    max_name_bytes: int = 512  # a member's name, as stored

    @property
    def max_directory_bytes(self) -> int:
        """The largest central directory these limits allow (46-byte entry, name, extras)."""
        return self.max_members * (46 + self.max_name_bytes + 1024)


Member = tuple[str, "bytes | Path"]


# ---------------------------------------------------------------- names


def unsafe_name_reason(name: str) -> str | None:
    """Why a member name could point outside a folder if extracted, or None when safe."""
    if not name:
        return "empty name"
    if "\\" in name:
        return "backslash"
    if name.startswith("/") or _DRIVE.match(name):
        return "absolute path"
    if ".." in name.split("/"):
        return "points outside with '..'"
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        return "control character"
    if ":" in name:
        return "colon"
    return None


def check_name(name: str) -> None:
    """Refuse, in one line, a member name that is not safe to extract."""
    reason = unsafe_name_reason(name)
    if reason is not None:
        raise ContainerError("zip-unsafe-name", name=name[:80], fault=reason)


_UNSAFE_COMPONENT = re.compile(r"[^a-z0-9]+")


def safe_component(text: str, fallback: str) -> str:
    """A file-name part made from text that came from elsewhere (a slug, a name).

    Lower-case ASCII letters, digits and single hyphens only, at most 80 characters:
    no separator, no dot, nothing a file system could read as a path.
    """
    cleaned = _UNSAFE_COMPONENT.sub("-", text.lower()).strip("-")[:80].strip("-")
    return cleaned or fallback


def inside(folder: Path, name: str) -> Path:
    """``folder / name``, refusing any name that would land anywhere else."""
    path = folder / name
    if name in ("", ".", "..") or path.parent != folder or Path(name).name != name:
        raise ContainerError("not-a-plain-name", name=name, folder=folder)
    return path


# ---------------------------------------------------------------- hashes


def sha256_hex(data: bytes) -> str:
    """Lower-case hex SHA-256."""
    return hashlib.sha256(data).hexdigest()


def file_sha256(handle: IO[bytes], size: int) -> str:
    """The SHA-256 of the first ``size`` bytes of an open file, read in chunks."""
    digest = hashlib.sha256()
    handle.seek(0)
    remaining = size
    while remaining > 0:
        chunk = handle.read(min(remaining, _CHUNK))
        if not chunk:
            break
        digest.update(chunk)
        remaining -= len(chunk)
    return digest.hexdigest()


# ---------------------------------------------------------------- reading


def open_zip(
    handle: IO[bytes],
    limits: ContainerLimits,
    *,
    member_cap: Callable[[str], int] | None = None,
    check_names: bool = True,
) -> tuple[zipfile.ZipFile, dict[str, zipfile.ZipInfo]]:
    """Check the container, then open it; the members by name, none read yet.

    ``member_cap`` gives the limit of each member by name (default: the limits').
    Without ``check_names`` unsafe names are left for the caller to report.
    """
    _check_directory(handle, limits)
    try:
        archive = zipfile.ZipFile(handle)
    except (
        zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, EOFError,
        struct.error,
    ):
        raise ContainerError("zip-damaged") from None
    try:
        infos = _check_members(archive, limits, member_cap, check_names)
    except BaseException:
        archive.close()
        raise
    return archive, infos


def _check_directory(handle: IO[bytes], limits: ContainerLimits) -> None:
    """Size, signature, end record and the central directory, before zipfile parses any."""
    handle.seek(0, 2)
    size = handle.tell()
    if size == 0:
        raise ContainerError("zip-empty")
    if size > limits.max_file_bytes:
        raise ContainerError("zip-too-large", size=f"{size:,}",
                             limit=f"{limits.max_file_bytes:,}")
    handle.seek(0)
    if handle.read(4) not in (b"PK\x03\x04", _EOCD):
        raise ContainerError("zip-not-zip")
    tail_size = min(size, 22 + 0xFFFF)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < 22:
        raise ContainerError("zip-no-end-record")
    disk, cd_disk, on_disk, entries, cd_size, cd_offset = struct.unpack(
        "<4xHHHHII", tail[at : at + 20]
    )
    eocd_offset = size - tail_size + at
    if entries == 0xFFFF or cd_offset == 0xFFFFFFFF or cd_size == 0xFFFFFFFF:
        entries, cd_size, cd_offset = _zip64_directory(tail, at, handle, size)
        eocd_offset = size  # the ZIP64 record sits between; bounded by the file instead
    elif disk or cd_disk or on_disk != entries:
        raise ContainerError("zip-several-disks")
    if entries > limits.max_members:
        raise ContainerError("zip-too-many-members", count=f"{entries:,}",
                             limit=f"{limits.max_members:,}")
    if cd_offset + cd_size > eocd_offset:
        raise ContainerError("zip-directory-out-of-range")
    if cd_size > min(entries * (46 + 3 * 0xFFFF), limits.max_directory_bytes):
        raise ContainerError("zip-directory-too-large")
    handle.seek(cd_offset)
    directory = handle.read(cd_size)
    if len(directory) != cd_size:
        raise ContainerError("zip-directory-out-of-range")
    _count_entries(directory, entries, limits)


def _count_entries(directory: bytes, entries: int, limits: ContainerLimits) -> None:
    """Walk the directory's fixed headers: exactly ``entries`` of them, nothing else."""
    position, count = 0, 0
    while position < len(directory):
        if count >= entries or directory[position : position + 4] != _CENTRAL:
            raise ContainerError("zip-directory-disagrees")
        if position + 46 > len(directory):
            raise ContainerError("zip-short-entry")
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", directory, position + 28)
        if name_len > limits.max_name_bytes:
            raise ContainerError("zip-name-too-long", size=f"{name_len:,}")
        position += 46 + name_len + extra_len + comment_len
        count += 1
    if count != entries or position != len(directory):
        raise ContainerError("zip-directory-disagrees")


def _zip64_directory(tail: bytes, at: int, handle: IO[bytes], size: int) -> tuple[int, int, int]:
    """Entry count, directory size and offset of a ZIP64 archive."""
    locator = tail[at - 20 : at] if at >= 20 else b""
    if len(locator) != 20 or not locator.startswith(_ZIP64_LOCATOR):
        raise ContainerError("zip-bad-zip64")
    (offset,) = struct.unpack("<8xQ4x", locator)
    if offset + 56 > size:
        raise ContainerError("zip-bad-zip64")
    handle.seek(offset)
    record = handle.read(56)
    if not record.startswith(_ZIP64_EOCD):
        raise ContainerError("zip-bad-zip64")
    on_disk, entries, cd_size, cd_offset = struct.unpack("<24xQQQQ", record)
    if on_disk != entries:
        raise ContainerError("zip-several-disks")
    return int(entries), int(cd_size), int(cd_offset)


def _check_members(
    archive: zipfile.ZipFile,
    limits: ContainerLimits,
    member_cap: Callable[[str], int] | None,
    check_names: bool,
) -> dict[str, zipfile.ZipInfo]:
    """Names, count and declared sizes of every member; nothing is read yet."""
    infos = archive.infolist()
    if len(infos) > limits.max_members:  # pragma: no cover - the directory scan said so
        raise ContainerError("zip-too-many-members", count=f"{len(infos):,}",
                             limit=f"{limits.max_members:,}")
    by_name: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if check_names:
            check_name(name)
        if name in by_name:
            raise ContainerError("zip-member-twice", name=name[:80])
        if info.flag_bits & 0x1:
            raise ContainerError("zip-member-encrypted", name=name[:80])
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ContainerError("zip-member-compression", name=name[:80])
        cap = member_cap(name) if member_cap is not None else limits.max_member_bytes
        if info.file_size > cap:
            raise ContainerError("zip-member-bomb", name=name[:80], size=f"{info.file_size:,}",
                                 limit=f"{cap:,}")
        total += info.file_size
        if total > limits.max_total_bytes:
            raise ContainerError("zip-bomb", limit=f"{limits.max_total_bytes:,}")
        by_name[name] = info
    return by_name


_READ_ERRORS = (
    zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, struct.error,
    NotImplementedError,  # a damaged header naming an unknown compression method
    RuntimeError,
)


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """A member's bytes, never more than its declared size (or ``cap``) plus one."""
    try:
        with archive.open(info) as member:
            data = member.read(min(cap, info.file_size) + 1)
    except _READ_ERRORS as exc:
        reason = " ".join(str(exc).split())[:120]
        raise ContainerError("zip-member-damaged", name=info.filename, detail=reason) from None
    if len(data) > cap:
        raise ContainerError("zip-member-over-limit", name=info.filename, limit=f"{cap:,}")
    if len(data) != info.file_size:
        raise ContainerError("zip-member-size", name=info.filename)
    return data


def hash_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    """The SHA-256 of a member, read in chunks and never past its declared size."""
    digest = hashlib.sha256()
    read = 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(min(_CHUNK, info.file_size - read + 1)):
                read += len(chunk)
                if read > info.file_size:
                    raise ContainerError("zip-member-size", name=info.filename)
                digest.update(chunk)
    except _READ_ERRORS as exc:
        reason = " ".join(str(exc).split())[:120]
        raise ContainerError("zip-member-damaged", name=info.filename, detail=reason) from None
    return digest.hexdigest()


# ---------------------------------------------------------------- writing


def write_zip(
    path: Path,
    members: Sequence[Member],
    *,
    verify: Callable[[Path], None] | None = None,
    stored: Callable[[str], bool] | None = None,
    date_time: tuple[int, int, int, int, int, int] | None = None,
    work: Path | None = None,
) -> Path:
    """Write ``members`` as a ZIP at ``path`` without ever leaving half a file there.

    The ZIP is written in a private work folder beside ``path`` (or in ``work``, one
    that :func:`work_folder` made), fsynced, renamed over ``path`` and the folder
    synced; then ``verify(path)`` reads it back, and a file that fails is removed.
    ``stored(name)`` says which members to store rather than deflate.  Any failure
    is a one-line RoundtablesError naming ``path``; a file already at ``path`` is
    kept unless the new one replaced it whole.
    """
    folder = path.parent
    if not folder.is_dir():
        raise ContainerError("zip-no-folder", path=path, folder=folder)
    stamp = date_time or time.gmtime()[:6]
    try:
        with contextlib.ExitStack() as stack:
            place = work if work is not None else stack.enter_context(work_folder(folder))
            fd, tmp = tempfile.mkstemp(prefix="part-", suffix=".zip", dir=place)
            with os.fdopen(fd, "wb") as handle:
                with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                    for name, content in members:
                        data = content.read_bytes() if isinstance(content, Path) else content
                        info = zipfile.ZipInfo(name, date_time=stamp)
                        info.external_attr = 0o644 << 16  # a plain readable file once unzipped
                        keep = stored is not None and stored(name)
                        info.compress_type = zipfile.ZIP_STORED if keep else zipfile.ZIP_DEFLATED
                        archive.writestr(info, data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        sync_folder(folder)
    except OSError as exc:
        raise ContainerError("zip-not-written", path=path, cause=why(exc)) from None
    if verify is not None:
        try:
            verify(path)
        except RoundtablesError as exc:
            with contextlib.suppress(OSError):
                path.unlink()
            raise ContainerError("zip-not-intact", path=path, detail=exc) from None
    return path


__all__ = [
    "TEMP_PREFIX",
    "ContainerError",
    "ContainerLimits",
    "Member",
    "check_name",
    "file_sha256",
    "hash_member",
    "inside",
    "open_zip",
    "read_member",
    "remove_leftovers",
    "safe_component",
    "sha256_hex",
    "sync_folder",
    "unsafe_name_reason",
    "why",
    "work_folder",
    "write_zip",
]

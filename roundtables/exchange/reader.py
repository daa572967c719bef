"""Reading a kit or results file from a stick, believing nothing until it is checked.

Order matters: the file's size and the ZIP's end record are checked before zipfile
parses the directory; member names, counts and declared sizes before any member is
read; every read stops at its limit (a header can lie); JSON is bounded before it is
parsed; hashes and schema before a single record is built.  Nothing is extracted to
disk.  Every refusal is a :class:`RoundtablesError` with one line saying why.
"""

from __future__ import annotations

import hashlib
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from roundtables.domain import RoundtablesError
from roundtables.exchange.format import (
    DEFAULT_LIMITS,
    FORMAT_NAME,
    FORMAT_VERSION,
    KIT,
    KIT_TABLES,
    MANIFEST,
    MANIFEST_SCHEMA,
    PAYLOAD,
    PAYLOAD_SCHEMA,
    RECORD_TABLES,
    RESULTS,
    Limits,
    attachment_member,
    parse_json,
    sha256,
    validate,
)

_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"
_ATTACHMENT_NAME = re.compile(r"^attachments/[A-Za-z0-9_-]{1,64}$")
_DRIVE = re.compile(r"^[A-Za-z]:")

KIND_NAMES = {KIT: "a table kit", RESULTS: "a results file"}


@dataclass
class ExchangePackage:
    """A kit or results file that passed every check, held in memory."""

    path: Path
    file_sha256: str
    manifest: dict[str, Any]
    payload: dict[str, Any]
    attachments: dict[str, bytes] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return str(self.manifest["kind"])

    @property
    def event_id(self) -> str:
        return str(self.manifest["event"]["id"])

    @property
    def event_slug(self) -> str:
        return str(self.manifest["event"]["slug"])

    @property
    def table_id(self) -> str:
        return str(self.manifest["table"]["id"])

    @property
    def table_number(self) -> int:
        return int(self.manifest["table"]["number"])

    @property
    def device_id(self) -> str:
        return str(self.manifest["device_id"])

    @property
    def organiser_device(self) -> str:
        """The organiser database the event comes from ("" when the file does not say)."""
        return str(self.manifest.get("organiser_device", ""))

    def records(self, table: str) -> list[dict[str, Any]]:
        """The payload's records of one kind (a table name such as "notes")."""
        items: list[dict[str, Any]] = self.payload["records"][table]
        return items


def read_package(
    path: str | Path, *, expect: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> ExchangePackage:
    """Open, check and load a kit or results file; one-line RoundtablesError if unsafe."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            return _read(path, handle, expect, limits)
    except IsADirectoryError:
        raise RoundtablesError("this is a folder, not a file") from None
    except FileNotFoundError:
        raise RoundtablesError("no such file") from None
    except PermissionError:
        raise RoundtablesError("the file cannot be read (permission denied)") from None
    except OSError as exc:
        raise RoundtablesError(f"the file cannot be read ({exc.strerror or exc})") from None


def _read(path: Path, handle: IO[bytes], expect: str | None, limits: Limits) -> ExchangePackage:
    size = _check_container(handle, limits)
    try:
        archive = zipfile.ZipFile(handle)
    except (
        zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, EOFError,
        struct.error,
    ):
        raise RoundtablesError("not a ZIP file, or a damaged one") from None
    with archive:
        infos = _check_members(archive, limits)
        if MANIFEST not in infos:
            raise RoundtablesError(
                "not a Roundtables exchange file (a ZIP without manifest.json)"
            )
        for name in infos:
            if name not in (MANIFEST, PAYLOAD) and not _ATTACHMENT_NAME.match(name):
                raise RoundtablesError(f"unexpected member {name[:80]!r}: not part of the format")
        raw_manifest = _read_member(archive, infos[MANIFEST], limits.max_manifest_bytes)
        manifest = _check_manifest(raw_manifest, expect, limits)
        listed: dict[str, dict[str, Any]] = manifest["members"]
        present = set(infos) - {MANIFEST}
        if present != set(listed):
            missing = sorted(set(listed) - present)
            extra = sorted(present - set(listed))
            what = f"missing {missing[0]}" if missing else f"unlisted member {extra[0]}"
            raise RoundtablesError(f"the contents do not match the manifest ({what})")
        members: dict[str, bytes] = {}
        for name, expected in listed.items():
            cap = limits.max_json_bytes if name == PAYLOAD else limits.max_member_bytes
            data = _read_member(archive, infos[name], cap)
            if len(data) != expected["size"] or sha256(data) != expected["sha256"]:
                raise RoundtablesError(
                    f"{name} was changed after the file was written (its checksum differs)"
                )
            members[name] = data
    payload = parse_json(members.pop(PAYLOAD), PAYLOAD, max_bytes=limits.max_json_bytes,
                         limits=limits)
    validate(payload, PAYLOAD_SCHEMA, PAYLOAD)
    package = ExchangePackage(
        path=path,
        file_sha256=_file_hash(handle, size),
        manifest=manifest,
        payload=payload,
        attachments=members,
    )
    _check_consistency(package)
    return package


def _check_container(handle: IO[bytes], limits: Limits) -> int:
    """File size, ZIP signature and the end-of-archive record, before zipfile parses it."""
    handle.seek(0, 2)
    size = handle.tell()
    if size == 0:
        raise RoundtablesError("the file is empty (0 bytes); copy it again")
    if size > limits.max_file_bytes:
        raise RoundtablesError(
            f"the file is too large ({size:,} bytes; limit {limits.max_file_bytes:,})"
        )
    handle.seek(0)
    head = handle.read(4)
    if head not in (b"PK\x03\x04", _EOCD):
        raise RoundtablesError("not a ZIP file (is this really a kit or results file?)")
    tail_size = min(size, 22 + 0xFFFF)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < 22:
        raise RoundtablesError("the file is truncated or damaged (no end-of-archive record)")
    entries, cd_size, cd_offset = struct.unpack("<xxxxxxxxxxHII", tail[at : at + 20])
    if entries == 0xFFFF or cd_offset == 0xFFFFFFFF:
        entries = _zip64_entries(tail, at, handle, size)
    if entries > limits.max_members:
        raise RoundtablesError(
            f"the file has too many members ({entries:,}; limit {limits.max_members:,})"
        )
    eocd_offset = size - tail_size + at
    if cd_offset != 0xFFFFFFFF and cd_offset + cd_size > eocd_offset:
        raise RoundtablesError("the file is truncated or damaged (directory out of range)")
    return size


def _zip64_entries(tail: bytes, at: int, handle: IO[bytes], size: int) -> int:
    """The member count of a ZIP64 archive (more than 65,534 members or 4 GiB)."""
    locator = tail[at - 20 : at]
    if len(locator) != 20 or not locator.startswith(_ZIP64_LOCATOR):
        return 0xFFFF
    (offset,) = struct.unpack("<8xQ4x", locator)
    if offset + 56 > size:
        raise RoundtablesError("the file is truncated or damaged (bad ZIP64 record)")
    handle.seek(offset)
    record = handle.read(56)
    if not record.startswith(_ZIP64_EOCD):
        raise RoundtablesError("the file is truncated or damaged (bad ZIP64 record)")
    (entries,) = struct.unpack("<32xQ16x", record)
    return int(entries)


def _check_members(archive: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    """Names, count and declared sizes of every member; nothing is read yet."""
    infos = archive.infolist()
    if len(infos) > limits.max_members:
        raise RoundtablesError(
            f"the file has too many members ({len(infos):,}; limit {limits.max_members:,})"
        )
    by_name: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        _check_name(name)
        if name in by_name:
            raise RoundtablesError(f"the member {name!r} appears twice")
        if info.flag_bits & 0x1:
            raise RoundtablesError(f"the member {name!r} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise RoundtablesError(f"the member {name!r} uses an unsupported compression")
        cap = limits.max_json_bytes if name in (MANIFEST, PAYLOAD) else limits.max_member_bytes
        if info.file_size > cap:
            raise RoundtablesError(
                f"the member {name!r} would expand to {info.file_size:,} bytes "
                f"(limit {cap:,}; a zip bomb?)"
            )
        total += info.file_size
        if total > limits.max_total_bytes:
            raise RoundtablesError(
                f"the contents would expand to more than {limits.max_total_bytes:,} bytes "
                "(a zip bomb?)"
            )
        by_name[name] = info
    return by_name


def _check_name(name: str) -> None:
    """Refuse any member name that could point outside a folder if it were extracted."""
    shown = name[:80]
    if "\\" in name:
        raise RoundtablesError(f"unsafe member name {shown!r} (backslash)")
    if name.startswith("/") or _DRIVE.match(name):
        raise RoundtablesError(f"unsafe member name {shown!r} (absolute path)")
    if ".." in name.split("/"):
        raise RoundtablesError(f"unsafe member name {shown!r} (points outside with '..')")
    if any(ord(c) < 32 for c in name):
        raise RoundtablesError(f"unsafe member name {shown!r} (control character)")


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """A member's bytes, never more than ``cap`` of them whatever the header says."""
    try:
        with archive.open(info) as member:
            data = member.read(cap + 1)
    except (
        zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, struct.error,
        NotImplementedError,  # a damaged header naming an unknown compression method
    ) as exc:
        reason = " ".join(str(exc).split())[:120]
        raise RoundtablesError(f"{info.filename} is damaged ({reason})") from None
    if len(data) > cap:
        raise RoundtablesError(f"{info.filename} is larger than its limit of {cap:,} bytes")
    if len(data) != info.file_size:
        raise RoundtablesError(f"{info.filename} is damaged (its size does not match)")
    return data


def _check_manifest(raw: bytes, expect: str | None, limits: Limits) -> dict[str, Any]:
    manifest = parse_json(raw, MANIFEST, max_bytes=limits.max_manifest_bytes, limits=limits)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise RoundtablesError("not a Roundtables exchange file (manifest of another format)")
    version = manifest.get("format_version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise RoundtablesError(
            f"written by a newer Roundtables (format version {version}; this app reads up "
            f"to {FORMAT_VERSION}); update the app to import it"
        )
    validate(manifest, MANIFEST_SCHEMA, MANIFEST)
    kind = manifest["kind"]
    if expect is not None and kind != expect:
        raise RoundtablesError(
            f"this is {KIND_NAMES[kind]}, not {KIND_NAMES.get(expect, expect)}"
            + (
                " (a kit goes from the organiser to a facilitator; hand in results with "
                "'Hand in results…' or 'roundtables export')"
                if kind == KIT
                else " (import it with 'roundtables import' instead)"
            )
        )
    return manifest


def _check_consistency(package: ExchangePackage) -> None:
    """The payload is about the event and table the manifest names, and nothing else."""
    events = package.records("events")
    tables = package.records("round_tables")
    if len(events) != 1 or events[0]["id"] != package.event_id:
        raise RoundtablesError("the payload does not hold the event the manifest names")
    if len(tables) != 1 or tables[0]["id"] != package.table_id:
        raise RoundtablesError("the payload does not hold the table the manifest names")
    if tables[0]["number"] != package.table_number or tables[0]["event_id"] != package.event_id:
        raise RoundtablesError("the table in the payload differs from the manifest")
    if package.kind == KIT:
        captured = [t for t in RECORD_TABLES if t not in KIT_TABLES and package.records(t)]
        if captured:
            raise RoundtablesError(f"a table kit cannot carry {captured[0]}")
    for table in RECORD_TABLES:
        for item in package.records(table):
            owner = item.get("table_id", package.table_id)
            event = item.get("event_id", package.event_id)
            if table in ("events", "round_tables"):
                continue
            if owner != package.table_id or event != package.event_id:
                raise RoundtablesError(
                    f"{table} record {item['id']} belongs to another table or event"
                )
    named = set()
    for item in package.records("attachments"):
        member = attachment_member(item["id"])
        data = package.attachments.get(member)
        if data is None or sha256(data) != item["content_sha256"]:
            raise RoundtablesError(f"attachment {item['filename'][:60]!r} is missing or damaged")
        named.add(member)
    stray = sorted(set(package.attachments) - named)
    if stray:
        raise RoundtablesError(f"{stray[0]} belongs to no attachment record")
    ids = [(table, item["id"]) for table in RECORD_TABLES for item in package.records(table)]
    if len(ids) != len(set(ids)):
        raise RoundtablesError("the payload lists a record twice")


def _file_hash(handle: IO[bytes], size: int) -> str:
    digest = hashlib.sha256()
    handle.seek(0)
    remaining = size
    while remaining > 0:
        chunk = handle.read(min(remaining, 1 << 20))
        if not chunk:
            break
        digest.update(chunk)
        remaining -= len(chunk)
    return digest.hexdigest()


__all__ = ["ExchangePackage", "read_package"]

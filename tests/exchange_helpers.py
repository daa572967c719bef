"""Helpers the exchange tests share: a database fingerprint and hand-made ZIP files."""

from __future__ import annotations

import hashlib
import json
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from roundtables.domain import RECORD_TYPES
from roundtables.storage import Store

RECORD_TABLES = [cls.TABLE for cls in RECORD_TYPES]


def fingerprint(store: Store, *, tables: list[str] | None = None) -> str:
    """A hash of every row of every real table (records, sync state, conflicts, log...)."""
    if tables is None:
        tables = [
            row[0]
            for row in store._execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE '%_fts%' ORDER BY name"
            )
        ]
    digest = hashlib.sha256()
    for table in tables:
        rows = store._execute(f"SELECT * FROM {table}").fetchall()
        encoded = sorted(repr(tuple(row)) for row in rows)
        digest.update(f"{table}:{len(rows)}\n".encode())
        for line in encoded:
            digest.update(line.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def records_fingerprint(store: Store) -> str:
    """The user's content only: every record table, sync fields included."""
    return fingerprint(store, tables=RECORD_TABLES)


def read_members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def write_members(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def rebuild(
    source: Path,
    target: Path,
    *,
    payload: Callable[[dict[str, Any]], Any] | None = None,
    payload_text: Callable[[str], str] | None = None,
    manifest: Callable[[dict[str, Any]], Any] | None = None,
    rehash: bool = True,
    extra: dict[str, bytes] | None = None,
) -> Path:
    """A copy of an exchange file with its payload or manifest changed.

    With ``rehash`` the manifest's checksums are brought up to date, as a careful
    forger would; without it they keep describing the original payload.
    """
    members = read_members(source)
    data = json.loads(members["payload.json"])
    if payload is not None:
        payload(data)
        members["payload.json"] = json.dumps(data, ensure_ascii=False).encode()
    if payload_text is not None:
        members["payload.json"] = payload_text(members["payload.json"].decode()).encode()
    for name, value in (extra or {}).items():
        members[name] = value
    man = json.loads(members["manifest.json"])
    if rehash:
        man["members"] = {
            name: {"sha256": hashlib.sha256(value).hexdigest(), "size": len(value)}
            for name, value in members.items()
            if name != "manifest.json"
        }
    if manifest is not None:
        manifest(man)
    members["manifest.json"] = json.dumps(man).encode()
    return write_members(target, members)


def raw_zip(entries: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A ZIP built by hand: (name, stored bytes, method, crc32, declared size) per member.

    Lets a test declare any size for deflated data it made itself (a zip bomb)
    without zipfile compressing gigabytes.
    """
    out = bytearray()
    central = bytearray()
    for name, data, method, crc, size in entries:
        encoded = name.encode()
        offset = len(out)
        out += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, len(data), size,
            len(encoded), 0,
        )
        out += encoded + data
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc, len(data),
            size, len(encoded), 0, 0, 0, 0, 0, offset,
        )
        central += encoded
    cd_offset = len(out)
    out += central
    out += struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), cd_offset, 0
    )
    return bytes(out)


def deflated_zeros(gib: int) -> tuple[bytes, int, int]:
    """Raw deflate data that expands to ``gib`` GiB of zeros: (data, crc32, size).

    One 16 MiB block is compressed after a full flush, so it does not depend on what
    came before and can simply be repeated (about 16 KB per 16 MiB).
    """
    chunk = bytes(1 << 24)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeats = gib * 64
    crc = 0
    for _ in range(repeats):
        crc = zlib.crc32(chunk, crc)
    final_empty_block = b"\x03\x00"
    return block * repeats + final_empty_block, crc, repeats * len(chunk)

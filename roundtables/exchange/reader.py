"""Reading a kit or results file from a stick, believing nothing until it is checked.

Order matters: the file's size and the ZIP's end record are checked before zipfile
parses the directory; member names, counts and declared sizes before any member is
read; every read stops at its limit (a header can lie); JSON is bounded before it is
parsed; hashes and schema before a single record is built.  Nothing is extracted to
disk.  Every refusal is a :class:`RoundtablesError` with one line saying why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from roundtables.container import ContainerError, file_sha256, open_zip, read_member
from roundtables.domain import RoundtablesError
from roundtables.exchange.format import (
    ATTACHMENTS_DIR,
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

_ATTACHMENT_NAME = re.compile(r"^attachments/[A-Za-z0-9_-]{1,64}$")

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
    def member_cap(name: str) -> int:
        return limits.max_json_bytes if name in (MANIFEST, PAYLOAD) else limits.max_member_bytes

    try:
        archive, infos = open_zip(handle, limits.container(), member_cap=member_cap)
    except ContainerError as exc:
        if exc.code == "not_zip":
            raise RoundtablesError(
                "not a ZIP file (is this really a kit or results file?)"
            ) from None
        raise
    with archive:
        if MANIFEST not in infos:
            raise RoundtablesError(
                "not a Roundtables exchange file (a ZIP without manifest.json)"
            )
        for name in infos:
            if name not in (MANIFEST, PAYLOAD) and not _ATTACHMENT_NAME.match(name):
                raise RoundtablesError(f"unexpected member {name[:80]!r}: not part of the format")
        attached = sum(info.file_size for name, info in infos.items() if name.startswith(
            ATTACHMENTS_DIR))
        if attached > limits.max_attachments_bytes:
            raise RoundtablesError(
                f"the attachments add up to {attached:,} bytes (limit "
                f"{limits.max_attachments_bytes:,}); hand in fewer or smaller photos"
            )
        raw_manifest = read_member(archive, infos[MANIFEST], limits.max_manifest_bytes)
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
            data = read_member(archive, infos[name], member_cap(name))
            if len(data) != expected["size"] or sha256(data) != expected["sha256"]:
                raise RoundtablesError(
                    f"{name} was changed after the file was written (its checksum differs)"
                )
            members[name] = data
    payload = parse_json(members.pop(PAYLOAD), PAYLOAD, max_bytes=limits.max_json_bytes,
                         limits=limits)
    validate(payload, PAYLOAD_SCHEMA, PAYLOAD)
    handle.seek(0, 2)
    package = ExchangePackage(
        path=path,
        file_sha256=file_sha256(handle, handle.tell()),
        manifest=manifest,
        payload=payload,
        attachments=members,
    )
    _check_consistency(package)
    return package


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
                " (import kits with File ▸ Import table kit or results… in the start "
                "window, or 'roundtables import'; results are written with 'Hand in "
                "results…' or 'roundtables export')"
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


__all__ = ["ExchangePackage", "read_package"]

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
from roundtables.messages import error

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
        raise error("exchange-is-a-folder") from None
    except FileNotFoundError:
        raise error("exchange-no-file") from None
    except PermissionError:
        raise error("exchange-no-permission") from None
    except OSError as exc:
        raise error("exchange-unreadable", detail=exc.strerror or exc) from None


def _read(path: Path, handle: IO[bytes], expect: str | None, limits: Limits) -> ExchangePackage:
    def member_cap(name: str) -> int:
        return limits.max_json_bytes if name in (MANIFEST, PAYLOAD) else limits.max_member_bytes

    try:
        archive, infos = open_zip(handle, limits.container(), member_cap=member_cap)
    except ContainerError as exc:
        if exc.code == "zip-not-zip":
            raise error("exchange-not-zip") from None
        raise
    with archive:
        if MANIFEST not in infos:
            raise error("exchange-no-manifest", manifest=MANIFEST)
        for name in infos:
            if name not in (MANIFEST, PAYLOAD) and not _ATTACHMENT_NAME.match(name):
                raise error("exchange-unexpected-member", name=name[:80])
        attached = sum(info.file_size for name, info in infos.items() if name.startswith(
            ATTACHMENTS_DIR))
        if attached > limits.max_attachments_bytes:
            raise error("exchange-attachments-too-large", size=f"{attached:,}",
                        limit=f"{limits.max_attachments_bytes:,}")
        raw_manifest = read_member(archive, infos[MANIFEST], limits.max_manifest_bytes)
        manifest = _check_manifest(raw_manifest, expect, limits)
        listed: dict[str, dict[str, Any]] = manifest["members"]
        present = set(infos) - {MANIFEST}
        if present != set(listed):
            missing = sorted(set(listed) - present)
            extra = sorted(present - set(listed))
            if missing:
                raise error("exchange-member-missing", name=missing[0])
            raise error("exchange-member-unlisted", name=extra[0])
        members: dict[str, bytes] = {}
        for name, expected in listed.items():
            data = read_member(archive, infos[name], member_cap(name))
            if len(data) != expected["size"] or sha256(data) != expected["sha256"]:
                raise error("exchange-checksum", name=name)
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
        raise error("exchange-foreign")
    version = manifest.get("format_version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise error("exchange-newer-format", found=version, supported=FORMAT_VERSION)
    validate(manifest, MANIFEST_SCHEMA, MANIFEST)
    kind = manifest["kind"]
    if expect is not None and kind != expect:
        found, wanted = KIND_NAMES[kind], KIND_NAMES.get(expect, expect)
        if kind == KIT:
            raise error("exchange-kit-not-results", found_kind=found, wanted_kind=wanted)
        raise error("exchange-wrong-kind", found_kind=found, wanted_kind=wanted)
    return manifest


def _check_consistency(package: ExchangePackage) -> None:
    """The payload is about the event and table the manifest names, and nothing else."""
    events = package.records("events")
    tables = package.records("round_tables")
    if len(events) != 1 or events[0]["id"] != package.event_id:
        raise error("exchange-event-not-in-payload")
    if len(tables) != 1 or tables[0]["id"] != package.table_id:
        raise error("exchange-table-not-in-payload")
    if tables[0]["number"] != package.table_number or tables[0]["event_id"] != package.event_id:
        raise error("exchange-table-differs")
    if package.kind == KIT:
        captured = [t for t in RECORD_TABLES if t not in KIT_TABLES and package.records(t)]
        if captured:
            raise error("exchange-kit-carries", records=captured[0])
    for table in RECORD_TABLES:
        for item in package.records(table):
            owner = item.get("table_id", package.table_id)
            event = item.get("event_id", package.event_id)
            if table in ("events", "round_tables"):
                continue
            if owner != package.table_id or event != package.event_id:
                raise error("exchange-record-elsewhere", records=table, id=item["id"])
    named = set()
    for item in package.records("attachments"):
        member = attachment_member(item["id"])
        data = package.attachments.get(member)
        if data is None or sha256(data) != item["content_sha256"]:
            raise error("exchange-attachment-damaged", name=item["filename"][:60])
        named.add(member)
    stray = sorted(set(package.attachments) - named)
    if stray:
        raise error("exchange-stray-attachment", name=stray[0])
    ids = [(table, item["id"]) for table in RECORD_TABLES for item in package.records(table)]
    if len(ids) != len(set(ids)):
        raise error("exchange-record-twice")


__all__ = ["ExchangePackage", "read_package"]

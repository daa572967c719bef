"""The archive's manifest, and checking an archive against it.

``manifest.json`` lists every member except itself and ``SHA256SUMS`` with its size
and SHA-256; ``SHA256SUMS`` repeats the same list, plus the manifest's own hash, in
the format ``sha256sum -c`` reads, so a person can check every file of an archive
without this program.  Verifying reads
every member (never extracting anything) and reports each changed, missing or extra
member; a file that is not a readable archive at all raises a one-line error.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from roundtables.domain import RoundtablesError
from roundtables.messages import error

ARCHIVE_FORMAT = "roundtables-archive"
ARCHIVE_VERSION = 1
MANIFEST = "manifest.json"
CHECKSUMS = "SHA256SUMS"
#: Members that describe the others and so cannot list themselves.
SELF_DESCRIBING = (MANIFEST, CHECKSUMS)
_MAX_MANIFEST = 10 * 1024 * 1024
_CHUNK = 1024 * 1024


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of some bytes, as 64 hex digits."""
    return hashlib.sha256(data).hexdigest()


def render_checksums(members: list[dict[str, Any]], manifest_bytes: bytes) -> str:
    """``SHA256SUMS``: the members then the manifest, as ``sha256sum`` prints them."""
    lines = [(m["sha256"], m["path"]) for m in members]
    lines.append((sha256_hex(manifest_bytes), MANIFEST))
    return "".join(f"{digest}  {name}\n" for digest, name in lines)


@dataclass
class ArchiveReport:
    """What verifying an archive found; ``problems`` is empty when it is intact."""

    path: Path
    manifest: dict[str, Any]
    checked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def event_title(self) -> str:
        return str(self.manifest.get("event", {}).get("title", ""))

    @property
    def event_slug(self) -> str:
        return str(self.manifest.get("event", {}).get("slug", ""))

    def summary(self) -> str:
        """One line for a person: intact, or the problems found."""
        if self.ok:
            return (
                f"{self.path.name}: intact, {self.checked} files checked "
                f"({self.event_title or self.event_slug})"
            )
        shown = "; ".join(self.problems[:3])
        more = f"; and {len(self.problems) - 3} more" if len(self.problems) > 3 else ""
        count = len(self.problems)
        return f"{self.path.name} has been changed or damaged ({count} problem" + (
            "s" if count > 1 else ""
        ) + f"): {shown}{more}"

    def raise_if_problems(self) -> ArchiveReport:
        """Raise the one-line summary as a RoundtablesError unless the archive is intact."""
        if not self.ok:
            raise RoundtablesError(self.summary())
        return self


def verify_archive(path: str | Path) -> ArchiveReport:
    """Check every member of an archive against its manifest.

    Raises :class:`RoundtablesError` when the file is missing, not a ZIP, truncated
    or has no readable manifest; returns a report listing any changed, missing,
    extra or damaged member otherwise.
    """
    path = Path(path)
    with _open_zip(path) as archive:
        manifest, manifest_bytes = _read_manifest(archive, path)
        report = ArchiveReport(path=path, manifest=manifest)
        infos = archive.infolist()
        counts = Counter(info.filename for info in infos)
        by_name = {info.filename: info for info in infos}
        for name, count in counts.items():
            if count > 1:
                report.problems.append(f"{name} appears {count} times")
            if not _safe_name(name):
                report.problems.append(f"unsafe file name {name!r}")
        listed: dict[str, dict[str, Any]] = {m["path"]: m for m in manifest["members"]}
        for name, member in listed.items():
            info = by_name.get(name)
            if info is None:
                report.problems.append(f"{name} is missing")
                continue
            problem = _check_member(archive, info, member)
            if problem:
                report.problems.append(problem)
            report.checked += 1
        for name in counts:
            if name not in listed and name not in SELF_DESCRIBING and not name.endswith("/"):
                report.problems.append(f"{name} was added (not in the manifest)")
        _check_checksums_file(archive, by_name, manifest, manifest_bytes, report)
    return report


def _open_zip(path: Path) -> zipfile.ZipFile:
    if not path.exists():
        raise error("no-file", path=path)
    if path.is_dir():
        raise error("archive-is-a-folder", path=path)
    try:
        return zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        with open(path, "rb") as handle:
            head = handle.read(4)
        if head == b"PK\x03\x04":
            raise error("archive-truncated", file=path.name) from None
        raise error("archive-not-zip", file=path.name) from None
    except OSError as exc:
        raise error("os-error", doing="read", path=path.name, detail=exc.strerror or exc) from None


def _read_manifest(archive: zipfile.ZipFile, path: Path) -> tuple[dict[str, Any], bytes]:
    try:
        info = archive.getinfo(MANIFEST)
    except KeyError:
        raise error("archive-no-manifest", file=path.name, manifest=MANIFEST) from None
    if info.file_size > _MAX_MANIFEST:
        raise error("archive-manifest-too-large", file=path.name, manifest=MANIFEST)
    try:
        raw = archive.read(info)
        data = json.loads(raw.decode("utf-8"))
    except (zipfile.BadZipFile, zlib.error, EOFError, UnicodeDecodeError, ValueError,
            RecursionError) as exc:
        raise error("archive-manifest-damaged", file=path.name, manifest=MANIFEST,
                    detail=exc) from None
    if not isinstance(data, dict) or data.get("format") != ARCHIVE_FORMAT:
        raise error("archive-foreign", file=path.name)
    if data.get("version") != ARCHIVE_VERSION:
        raise error("archive-version", file=path.name, found=repr(data.get("version")),
                    supported=ARCHIVE_VERSION)
    members = data.get("members")
    if not isinstance(members, list) or not all(_valid_member(m) for m in members) or len(
        {m["path"] for m in members}
    ) != len(members):
        raise error("archive-no-members", file=path.name, manifest=MANIFEST)
    return data, raw


def _valid_member(member: object) -> bool:
    """A manifest entry: a printable path once, a size in bytes, a SHA-256 in hex."""
    if not isinstance(member, dict):
        return False
    name, size, digest = member.get("path"), member.get("size"), member.get("sha256")
    return (
        isinstance(name, str) and name.isprintable() and name != ""
        and not any("\ud800" <= ch <= "\udfff" for ch in name)
        and isinstance(size, int) and not isinstance(size, bool) and size >= 0
        and isinstance(digest, str) and len(digest) == 64
        and all(ch in "0123456789abcdef" for ch in digest)
    )


def _safe_name(name: str) -> bool:
    pure = PurePosixPath(name)
    return not (
        name.startswith(("/", "\\")) or ".." in pure.parts or ":" in name or "\\" in name
    )


def _check_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, member: dict[str, Any]
) -> str | None:
    name = info.filename
    # Compare sizes before reading, so a forged member cannot make us read gigabytes.
    if info.file_size != member["size"]:
        return f"{name} changed (size {info.file_size} bytes, expected {member['size']})"
    digest = hashlib.sha256()
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError) as exc:
        return f"{name} is damaged ({exc})"
    if digest.hexdigest() != member["sha256"]:
        return f"{name} changed (SHA-256 differs)"
    return None


def _check_checksums_file(
    archive: zipfile.ZipFile,
    by_name: dict[str, zipfile.ZipInfo],
    manifest: dict[str, Any],
    manifest_bytes: bytes,
    report: ArchiveReport,
) -> None:
    info = by_name.get(CHECKSUMS)
    if info is None:
        report.problems.append(f"{CHECKSUMS} is missing")
        return
    expected = render_checksums(manifest["members"], manifest_bytes).encode("utf-8")
    if info.file_size != len(expected):
        report.problems.append(f"{CHECKSUMS} does not match the manifest")
        return
    try:
        if archive.read(info) != expected:
            report.problems.append(f"{CHECKSUMS} does not match the manifest")
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        report.problems.append(f"{CHECKSUMS} is damaged ({exc})")

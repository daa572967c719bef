"""The archive's manifest, and checking an archive against it.

``manifest.json`` lists every member except itself and ``SHA256SUMS`` with its size
and SHA-256; ``SHA256SUMS`` repeats the same list, plus the manifest's own hash, in
the format ``sha256sum -c`` reads, so a person can check every file of an archive
without this program.  Verifying reads
every member (never extracting anything) and reports each changed, missing or extra
member; a file that is not a readable archive at all raises a one-line error.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from roundtables.container import (
    ContainerError,
    ContainerLimits,
    hash_member,
    open_zip,
    read_member,
    sha256_hex,
    unsafe_name_reason,
)
from roundtables.domain import RoundtablesError
from roundtables.messages import Message, error

ARCHIVE_FORMAT = "roundtables-archive"
ARCHIVE_VERSION = 1
MANIFEST = "manifest.json"
CHECKSUMS = "SHA256SUMS"
#: Members that describe the others and so cannot list themselves.
SELF_DESCRIBING = (MANIFEST, CHECKSUMS)
_MAX_MANIFEST = 10 * 1024 * 1024


#: An archive holds a whole event: photos and its database may be large, and every
#: member is read in chunks, so the bounds are wider than for a file from a stick.
ARCHIVE_LIMITS = ContainerLimits(
    max_file_bytes=64 << 30,
    max_members=100_000,
    max_member_bytes=32 << 30,
    max_total_bytes=64 << 30,
)


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

    def summary(self, word: Callable[[str], str] = str) -> Message:
        """One line for a person: intact, or the problems found (the first three).

        ``word`` words each problem (the windows pass their ``error_text``, so a
        Dutch window lists them in Dutch); the line itself is a catalogue message.
        """
        if self.ok:
            return Message(
                "archive-intact", file=self.path.name, checked=self.checked,
                event=self.event_title or self.event_slug,
            )
        shown = [word(problem) for problem in self.problems[:3]]
        if len(self.problems) > 3:
            shown.append(word(Message("archive-more-problems", count=len(self.problems) - 3)))
        count = len(self.problems)
        return Message(
            "archive-damaged-one" if count == 1 else "archive-damaged",
            file=self.path.name, count=count, problems="; ".join(shown),
        )

    def raise_if_problems(self) -> ArchiveReport:
        """Raise the one-line summary as a RoundtablesError unless the archive is intact."""
        if not self.ok:
            summary = self.summary()
            raise RoundtablesError(summary, code=summary.code, params=summary.params)
        return self


def verify_archive(path: str | Path) -> ArchiveReport:
    """Check every member of an archive against its manifest.

    Raises :class:`RoundtablesError` when the file is missing, not a ZIP, truncated,
    forged beyond reading (a directory that disagrees with its end record) or has no
    readable manifest; returns a report listing any changed, missing, extra or
    damaged member otherwise.
    """
    path = Path(path)
    if not path.exists():
        raise error("no-file", path=path)
    if path.is_dir():
        raise error("archive-is-a-folder", path=path)
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, after the archive
    except OSError as exc:
        raise error("archive-unreadable", file=path.name, detail=exc.strerror or exc) from None
    with handle:
        return _verify(path, handle)


def _verify(path: Path, handle: IO[bytes]) -> ArchiveReport:
    archive, by_name = _open_zip(path, handle)
    with archive:
        manifest, manifest_bytes = _read_manifest(archive, path)
        report = ArchiveReport(path=path, manifest=manifest)
        for name in by_name:
            if unsafe_name_reason(name) is not None:
                report.problems.append(Message("archive-member-unsafe", name=repr(name)))
        listed: dict[str, dict[str, Any]] = {m["path"]: m for m in manifest["members"]}
        if len(listed) != len(manifest["members"]):
            report.problems.append(Message("archive-member-twice", manifest=MANIFEST))
        for name, member in listed.items():
            info = by_name.get(name)
            if info is None:
                report.problems.append(Message("archive-member-missing", name=name))
                continue
            problem = _check_member(archive, info, member)
            if problem:
                report.problems.append(problem)
            report.checked += 1
        for name in by_name:
            if name not in listed and name not in SELF_DESCRIBING and not name.endswith("/"):
                report.problems.append(Message("archive-member-added", name=name))
        _check_checksums_file(archive, by_name, manifest, manifest_bytes, report)
    return report


def _open_zip(
    path: Path, handle: IO[bytes]
) -> tuple[zipfile.ZipFile, dict[str, zipfile.ZipInfo]]:
    try:
        return open_zip(handle, ARCHIVE_LIMITS, check_names=False)
    except ContainerError as exc:
        if exc.code in ("zip-empty", "zip-not-zip"):
            raise error("archive-not-zip", file=path.name) from None
        raise error("archive-damaged-zip", file=path.name, detail=exc) from None
    except RoundtablesError as exc:
        raise error("archive-member-problem", file=path.name, detail=exc) from None
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
        raw = read_member(archive, info, _MAX_MANIFEST)
        data = json.loads(raw.decode("utf-8"))
    except RoundtablesError as exc:
        raise error("archive-member-problem", file=path.name, detail=exc) from None
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        reason = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise error("archive-manifest-damaged", file=path.name, manifest=MANIFEST,
                    detail=reason) from None
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


def _check_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, member: dict[str, Any]
) -> str | None:
    name = info.filename
    # Compare sizes before reading, so a forged member cannot make us read gigabytes.
    if info.file_size != member["size"]:
        return Message(
            "archive-member-resized", name=name, size=info.file_size, expected=member["size"]
        )
    try:
        digest = hash_member(archive, info)
    except RoundtablesError as exc:
        return Message.of(exc)
    if digest != member["sha256"]:
        return Message("archive-member-changed", name=name)
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
        report.problems.append(Message("archive-member-missing", name=CHECKSUMS))
        return
    expected = render_checksums(manifest["members"], manifest_bytes).encode("utf-8")
    if info.file_size != len(expected):
        report.problems.append(Message("archive-checksums-differ", name=CHECKSUMS))
        return
    try:
        if read_member(archive, info, len(expected)) != expected:
            report.problems.append(Message("archive-checksums-differ", name=CHECKSUMS))
    except RoundtablesError as exc:
        report.problems.append(Message.of(exc))

"""Writing the archive of a finalised event: one ZIP, written atomically, then verified."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import unicodedata
from pathlib import Path, PurePosixPath
from typing import Any

from roundtables import __version__
from roundtables.archive.published import published_harvest
from roundtables.archive.readme import readme_text
from roundtables.archive.verify import (
    ARCHIVE_FORMAT,
    ARCHIVE_VERSION,
    CHECKSUMS,
    MANIFEST,
    render_checksums,
    verify_archive,
)
from roundtables.container import sha256_hex, write_zip
from roundtables.domain import Consent, Event, EventHarvest, RoundtablesError, utc_now
from roundtables.dump import dump_event
from roundtables.messages import error
from roundtables.resources import resource_path
from roundtables.storage import Store
from roundtables.storage.snapshot import snapshot_event
from roundtables.synthesis import build_synthesis
from roundtables.tempfiles import work_folder

DATABASE = "roundtables.db"
EVENT_JSON = "event.json"
EVENT_SCHEMA = "event.schema.json"
SYNTHESIS = "synthesis.docx"
DATASETTE_METADATA = "datasette-metadata.json"
README = "README.txt"

#: Already compressed: deflating them again costs time and saves nothing.  ZIP-based
#: files (.docx, .zip) are deflated all the same: stored, their own end-of-archive
#: record would lie in the clear, and a truncated archive could pass for the inner one.
_STORED_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic"}


def event_schema() -> dict[str, Any]:
    """The JSON Schema of the ``dump`` format (``roundtables/resources/schemas``)."""
    path = resource_path("schemas", "event-dump.schema.json")
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


def check_dump(data: dict[str, Any]) -> None:
    """Raise a one-line error if ``data`` does not follow the event JSON Schema."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(event_schema())
    problem = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if problem is not None:
        where = "/".join(str(p) for p in problem.absolute_path) or "(top)"
        raise error("event-json-invalid", where=where, detail=problem.message)


def datasette_metadata(event: Event) -> dict[str, Any]:
    """Datasette's metadata for the archived database: titles, descriptions, search."""
    path = resource_path("datasette", "metadata.json")
    metadata: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    when = f" ({event.date})" if event.date else ""
    metadata["title"] = f"{event.title}{when}"
    metadata["description"] = (
        f"Archive of the round-table event “{event.title}”{when}"
        + (f", organised by {event.organiser}" if event.organiser else "")
        + ". Made with Roundtables."
    )
    return metadata


def write_archive(
    store: Store, event: Event, path: str | os.PathLike[str], *, anonymise: bool = False
) -> Path:
    """Write the archive of a finalised ``event`` to ``path`` and verify it.

    ``anonymise``: an archive safe to publish, with names and organisations replaced
    exactly as the anonymous synthesis replaces them (see ``archive/published.py``).

    The ZIP holds the event's database snapshot, the event as JSON with its JSON
    Schema, the Word synthesis, the attachments, Datasette metadata, a manifest of
    SHA-256 checksums and a README.  It is written under a temporary name in the same
    folder, flushed to disk and renamed, so a crash never leaves half an archive under
    the final name; then it is read back and checked.
    """
    target = Path(path)
    current = store.get(Event, event.id)  # the stored state, not a possibly stale object
    if current is None or current.deleted:
        raise error("event-gone", event=event.slug)
    if not current.is_finalised:
        raise error("event-not-finalised", event=current.slug)
    _check_destination(target)
    store.database.check_integrity()  # an archive outlives the database: never copy damage
    harvest = store.harvest(current)
    created_at = utc_now()
    try:
        # Everything temporary (the database copy, names included) lives in a locked
        # work folder beside the archive, never in the system's temp folder; a killed
        # run's folder is removed by the next write into the same folder.
        with work_folder(target.parent) as work:
            members = _build_members(
                store, harvest, work, created_at, target.name, anonymise=anonymise
            )
            write_zip(
                target,
                [*members, *_manifest_members(members, harvest.event, created_at)],
                verify=_verify,
                stored=lambda name: Path(name).suffix.lower() in _STORED_SUFFIXES,
                date_time=_zip_time(created_at),
                work=work,
            )
    except OSError as exc:  # a full disk or a pulled USB stick: say so, keep any old archive
        raise error("archive-not-written", file=target.name, detail=exc.strerror or exc) from None
    except RoundtablesError as exc:
        message = str(exc)
        if exc.code is None and message.startswith(f"Cannot write {target}: "):
            detail = message.split(": ", 1)[1]
            raise error("archive-not-written", file=target.name, detail=detail) from None
        raise
    return target


def _verify(path: Path) -> None:
    verify_archive(path).raise_if_problems()


def _check_destination(target: Path) -> None:
    if target.is_dir():
        raise error("archive-target-is-a-folder", path=target)
    if not target.parent.is_dir():
        raise error("folder-missing", path=target.parent)
    if not os.access(target.parent, os.W_OK):
        raise error("folder-read-only", path=target.parent)


def _build_members(
    store: Store,
    harvest: EventHarvest,
    folder: Path,
    created_at: str,
    archive_name: str,
    *,
    anonymise: bool = False,
) -> list[tuple[str, Path | bytes]]:
    """Every member but the manifest and checksums, as (name in ZIP, file or bytes)."""
    published = published_harvest(harvest, anonymise=anonymise)
    event = published.event
    database = folder / DATABASE
    snapshot_event(store, harvest.event, database, published, anonymise=anonymise)
    synthesis = folder / SYNTHESIS
    # From the full harvest: redaction needs the names it takes out.
    _build_synthesis(harvest, synthesis, Consent.ANONYMOUS if anonymise else None)

    dump = dump_event(published)
    attachments: list[tuple[str, Path | bytes]] = []
    by_id = {a.id: a for th in harvest.tables for a in th.attachments}
    used: set[str] = set()
    for item in dump["attachments"]:
        name = _attachment_name(item, used)
        item["file"] = name
        attachments.append((name, by_id[item["id"]].content))
    check_dump(dump)

    readme = readme_text(
        event,
        tables=len(harvest.tables),
        created_at=created_at,
        archive_name=archive_name,
        attachment_files=[name for name, _ in attachments],
        anonymised=anonymise,
    )
    return [
        ("README.txt", readme.encode("utf-8")),
        (SYNTHESIS, synthesis),
        (EVENT_JSON, _json_bytes(dump)),
        (EVENT_SCHEMA, _json_bytes(event_schema())),
        (DATABASE, database),
        (DATASETTE_METADATA, _json_bytes(datasette_metadata(event))),
        *attachments,
    ]


def _build_synthesis(harvest: EventHarvest, target: Path, attribution: str | None) -> None:
    # roundtables.synthesis loads python-docx only when a document is built.
    build_synthesis(harvest, target, attribution=attribution)
    if not target.is_file():
        raise error("archive-no-synthesis")


_UNSAFE = re.compile(r"[^\w.\-]+")


def _attachment_name(item: dict[str, Any], used: set[str]) -> str:
    """A portable path for an attachment: ASCII, no folders of its own, unique."""
    original = PurePosixPath(str(item["filename"]).replace("\\", "/")).name
    suffix = _ascii(PurePosixPath(original).suffix)[:10]
    stem = _ascii(PurePosixPath(original).stem)[:80] or "attachment"
    base = f"attachments/table-{item['table_number']}/{item['id'][:8]}-{stem}"
    candidate, n = f"{base}{suffix}", 2
    while candidate in used:
        candidate, n = f"{base}-{n}{suffix}", n + 1
    used.add(candidate)
    return candidate


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    cleaned = _UNSAFE.sub("-", plain).strip(".-")
    return f".{cleaned}" if text.startswith(".") and cleaned else cleaned


def _json_bytes(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _manifest_members(
    members: list[tuple[str, Path | bytes]], event: Event, created_at: str
) -> list[tuple[str, Path | bytes]]:
    """``manifest.json`` and ``SHA256SUMS`` describing every other member."""
    listed: list[dict[str, Any]] = []
    for name, content in members:
        data = content.read_bytes() if isinstance(content, Path) else content
        listed.append({"path": name, "size": len(data), "sha256": sha256_hex(data)})
    manifest = {
        "format": ARCHIVE_FORMAT,
        "version": ARCHIVE_VERSION,
        "created_at": created_at,
        "created_by": f"Roundtables {__version__}",
        "event": {
            "id": event.id,
            "slug": event.slug,
            "title": event.title,
            "date": event.date,
            "status": event.status,
        },
        "database": {"file": DATABASE, "scope": "this event only, deleted records removed"},
        "members": listed,
    }
    manifest_bytes = _json_bytes(manifest)
    return [
        (MANIFEST, manifest_bytes),
        (CHECKSUMS, render_checksums(listed, manifest_bytes).encode()),
    ]


def _zip_time(created_at: str) -> tuple[int, int, int, int, int, int]:
    moment = dt.datetime.fromisoformat(created_at)
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)

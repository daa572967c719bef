"""Writing table kits and results files so that a stick never holds half a file.

Each file is written under a temporary name in the destination folder, flushed and
fsynced, renamed over the final name with ``os.replace`` (atomic on one file system),
and then read back through the same checks an import uses.  Any failure removes the
temporary file and raises a one-line :class:`RoundtablesError`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from roundtables import __version__
from roundtables.domain import (
    RECORD_TYPES,
    Attachment,
    Event,
    Record,
    RoundTable,
    RoundtablesError,
    utc_now,
)
from roundtables.exchange.authority import organiser_of
from roundtables.exchange.format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    KIT,
    KIT_TABLES,
    MANIFEST,
    PAYLOAD,
    RESULTS,
    attachment_member,
    canonical_json,
    record_hash,
    record_to_json,
    sha256,
)
from roundtables.exchange.reader import read_package
from roundtables.exchange.state import set_base
from roundtables.storage import Store


def kit_file_name(event: Event, table: RoundTable) -> str:
    """The name a table's kit gets on the stick."""
    return f"table-kit-{event.slug}-table-{table.number}.zip"


def results_file_name(event: Event, table: RoundTable) -> str:
    """The name a table's results file gets when only a folder is given."""
    return f"results-{event.slug}-table-{table.number}.zip"


def write_table_kit(store: Store, event: Event, table: RoundTable, folder: str | Path) -> Path:
    """Write one table's kit (event, table, questions, agenda, participants, declaration)."""
    event, table = _current(store, event, table)
    path = Path(folder) / kit_file_name(event, table)
    return _write(store, event, table, KIT, path)


def write_table_kits(
    store: Store, event: Event, folder: str | Path, tables: list[RoundTable] | None = None
) -> list[Path]:
    """Write a kit per table (every live table of the event unless ``tables`` says)."""
    chosen = tables if tables is not None else store.tables(event.id)
    if not chosen:
        raise RoundtablesError(f"Event {event.slug!r} has no tables to write kits for")
    return [write_table_kit(store, event, table, folder) for table in chosen]


def write_results(store: Store, event: Event, table: RoundTable, path: str | Path) -> Path:
    """Write one table's results file; ``path`` may be a folder (a name is chosen)."""
    event, table = _current(store, event, table)
    target = Path(path)
    if target.is_dir():
        target = target / results_file_name(event, table)
    return _write(store, event, table, RESULTS, target)


# ---------------------------------------------------------------- building


def _current(store: Store, event: Event, table: RoundTable) -> tuple[Event, RoundTable]:
    """The stored versions (the caller's objects may be stale); refuse a mismatch."""
    fresh_event = store.get(Event, event.id)
    fresh_table = store.get(RoundTable, table.id)
    if fresh_event is None or fresh_event.deleted:
        raise RoundtablesError(f"Event {event.slug!r} is not in this database")
    if fresh_table is None or fresh_table.deleted or fresh_table.event_id != fresh_event.id:
        raise RoundtablesError(f"Event {event.slug!r} has no table {table.number}")
    return fresh_event, fresh_table


def collect_records(store: Store, event: Event, table: RoundTable, kind: str) -> list[Record]:
    """Every record a file of this kind carries, tombstones included, in reference order."""
    records: list[Record] = []
    for cls in RECORD_TYPES:
        if kind == KIT and cls.TABLE not in KIT_TABLES:
            continue
        if cls.TABLE == "events":
            records.append(event)
        elif cls.TABLE == "round_tables":
            records.append(table)
        elif "event_id" in cls.__dataclass_fields__:
            records += store.select(cls, "event_id=?", (event.id,), include_deleted=True)
        else:
            records += store.select(cls, "table_id=?", (table.id,), include_deleted=True)
    return records


def build_members(
    store: Store, event: Event, table: RoundTable, kind: str, records: list[Record]
) -> list[tuple[str, bytes]]:
    """The ZIP members, manifest first, each hashed into the manifest."""
    grouped: dict[str, list[dict[str, Any]]] = {cls.TABLE: [] for cls in RECORD_TYPES}
    members: list[tuple[str, bytes]] = []
    for record in records:
        grouped[record.TABLE].append(record_to_json(record))
        if isinstance(record, Attachment):
            members.append((attachment_member(record.id), record.content))
    payload = canonical_json({"records": grouped})
    members.insert(0, (PAYLOAD, payload))
    manifest = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "kind": kind,
        "event": {"id": event.id, "slug": event.slug, "title": event.title},
        "table": {"id": table.id, "number": table.number},
        "device_id": store.database.device_id,
        "organiser_device": _organiser(store, event),
        "created_at": utc_now(),
        "app_version": __version__,
        "members": {name: {"sha256": sha256(data), "size": len(data)} for name, data in members},
    }
    return [(MANIFEST, canonical_json(manifest)), *members]


def _organiser(store: Store, event: Event) -> str:
    return organiser_of(store.conn, event.id, store.database.device_id)


def _write(store: Store, event: Event, table: RoundTable, kind: str, path: Path) -> Path:
    records = collect_records(store, event, table, kind)
    members = build_members(store, event, table, kind, records)
    write_zip_atomically(path, members)
    try:
        package = read_package(path)
    except RoundtablesError as exc:
        with contextlib.suppress(OSError):
            path.unlink()
        raise RoundtablesError(
            f"Cannot write {path}: it did not read back intact ({exc})"
        ) from None
    if package.manifest["members"] != _manifest_members(members):
        with contextlib.suppress(OSError):  # pragma: no cover - guarded by the read-back
            path.unlink()
        raise RoundtablesError(f"Cannot write {path}: it did not read back intact")
    # What went out is the base against which a later import tells an update here
    # from a change on both sides.
    with store.database.transaction() as conn:
        for record in records:
            set_base(conn, record.TABLE, record.id, record.revision, record_hash(record))
    return path


def _manifest_members(members: list[tuple[str, bytes]]) -> dict[str, Any]:
    return {
        name: {"sha256": sha256(data), "size": len(data)}
        for name, data in members
        if name != MANIFEST
    }


def write_zip_atomically(path: Path, members: list[tuple[str, bytes]]) -> None:
    """Write a ZIP under a temporary name, fsync, then rename it to ``path``."""
    folder = path.parent
    if not folder.is_dir():
        raise RoundtablesError(
            f"Cannot write {path}: the folder {folder} does not exist (was the stick removed?)"
        )
    stamp = dt.datetime.now(dt.UTC).timetuple()[:6]
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for name, data in members:
                    info = zipfile.ZipInfo(name, date_time=stamp)
                    info.compress_type = zipfile.ZIP_DEFLATED
                    info.external_attr = 0o644 << 16
                    archive.writestr(info, data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        tmp = None
        _fsync_folder(folder)
    except OSError as exc:
        raise RoundtablesError(f"Cannot write {path}: {_why(exc)}") from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _fsync_folder(folder: Path) -> None:
    # The rename itself must reach the stick; not every system lets a folder be opened.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _why(exc: OSError) -> str:
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return "the disk or stick is full"
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "the folder is read-only or not writable"
    if code in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO):
        return "the stick was removed or is failing"
    return exc.strerror or str(exc)

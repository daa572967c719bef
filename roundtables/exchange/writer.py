"""Writing table kits and results files so that a stick never holds half a file.

Each file is written under a temporary name in the destination folder, flushed and
fsynced, renamed over the final name with ``os.replace`` (atomic on one file system),
and then read back through the same checks an import uses.  Any failure removes the
temporary file and raises a one-line :class:`RoundtablesError`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from roundtables import __version__
from roundtables.container import inside, safe_component, write_zip
from roundtables.domain import (
    RECORD_TYPES,
    Attachment,
    Event,
    Record,
    RoundTable,
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
from roundtables.messages import error
from roundtables.storage import Store
from roundtables.storage.exchange_state import record_sync_state

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def kit_file_name(event: Event, table: RoundTable) -> str:
    """The name a table's kit gets on the stick (the slug may have come from a file)."""
    return f"table-kit-{safe_component(event.slug, 'event')}-table-{table.number}.zip"


def results_file_name(event: Event, table: RoundTable) -> str:
    """The name a table's results file gets when only a folder is given."""
    return f"results-{safe_component(event.slug, 'event')}-table-{table.number}.zip"


def write_table_kit(store: Store, event: Event, table: RoundTable, folder: str | Path) -> Path:
    """Write one table's kit (event, table, questions, agenda, participants, declaration)."""
    event, table = _current(store, event, table)
    path = inside(Path(folder), kit_file_name(event, table))
    return _write(store, event, table, KIT, path)


def write_table_kits(
    store: Store, event: Event, folder: str | Path, tables: list[RoundTable] | None = None
) -> list[Path]:
    """Write a kit per table (every live table of the event unless ``tables`` says)."""
    chosen = tables if tables is not None else store.tables(event.id)
    if not chosen:
        raise error("no-tables-for-kits", event=event.slug)
    return [write_table_kit(store, event, table, folder) for table in chosen]


def write_results(store: Store, event: Event, table: RoundTable, path: str | Path) -> Path:
    """Write one table's results file; ``path`` may be a folder (a name is chosen)."""
    event, table = _current(store, event, table)
    target = Path(path)
    if target.is_dir():
        target = inside(target, results_file_name(event, table))
    return _write(store, event, table, RESULTS, target)


# ---------------------------------------------------------------- building


def _current(store: Store, event: Event, table: RoundTable) -> tuple[Event, RoundTable]:
    """The stored versions (the caller's objects may be stale); refuse a mismatch."""
    fresh_event = store.get(Event, event.id)
    fresh_table = store.get(RoundTable, table.id)
    if fresh_event is None or fresh_event.deleted:
        raise error("exchange-event-not-here", event=event.slug)
    if fresh_table is None or fresh_table.deleted or fresh_table.event_id != fresh_event.id:
        raise error("no-table", event=event.slug, number=table.number)
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
        else:
            records += store.everything_of(cls, event_id=event.id, table_id=table.id)
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
    _refuse_unstorable(records)
    members = build_members(store, event, table, kind, records)

    def verify(written: Path) -> None:
        package = read_package(written)
        if package.manifest["members"] != _manifest_members(members):
            raise error("exchange-manifest-differs")  # pragma: no cover - hashes agree

    write_zip(path, members, verify=verify)
    # What went out is the base against which a later import tells an update here
    # from a change on both sides.
    with store.database.transaction() as conn:
        for record in records:
            record_sync_state(conn, record.TABLE, record.id, record.revision, record_hash(record))
    return path


def _refuse_unstorable(records: list[Record]) -> None:
    """Text no reader accepts (NUL, a lone surrogate) is named here, not at the rapporteur."""
    for record in records:
        for name, value in record_to_json(record).items():
            values = value if isinstance(value, list) else [value]
            for text in values:
                if isinstance(text, str) and _UNSTORABLE.search(text):
                    raise error("exchange-unstorable-text", field=name, records=record.TABLE,
                                id=record.id)


def _manifest_members(members: list[tuple[str, bytes]]) -> dict[str, Any]:
    return {
        name: {"sha256": sha256(data), "size": len(data)}
        for name, data in members
        if name != MANIFEST
    }

"""Who may change what: the scope a kit or results file is allowed to touch.

A file from a stick is trusted only within its authority (FORMAT.md, "Authority"):

* a **results file** speaks for one round table: it may add and change that table's
  notes, action points, feedback, attachments and attendance, and the participants
  seated at that table (walk-ins, consent given at the table).  The event, the table,
  its questions and agenda and the declaration stay the organiser's: a results file
  never creates, edits or deletes them, and the database must already hold them;
* a **table kit** speaks for the organiser: it may create the event and its table,
  or update them, but only in a database that does not hold the event yet or holds
  it from the same organiser database (the kit's ``organiser_device``).

Any record whose id already exists here under another table or event, any reference
to a record of another table or event, a tombstoned or finalised event or table, or
a table that moved to another event refuses the whole file.  Nothing here writes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from roundtables.domain import RECORD_TYPES, AgendaSegment, EventStatus, RoundtablesError
from roundtables.exchange.format import KIT, record_to_json
from roundtables.exchange.reader import ExchangePackage

#: The organiser's records: a results file carries them for reference only.
ORGANISER_KINDS = frozenset(
    {"events", "round_tables", "questions", "agenda_segments", "declaration_articles"}
)
#: Records that belong to the whole event (the rest belong to one table).
EVENT_KINDS = frozenset({"participants", "declaration_articles"})

# (kind, field) -> the kind it points at; each must be of the file's own table or event.
_REFERENCES: dict[tuple[str, str], str] = {
    ("agenda_segments", "question_id"): "questions",
    ("attendance", "participant_id"): "participants",
    ("notes", "speaker_id"): "participants",
    ("notes", "question_id"): "questions",
    ("notes", "segment_id"): "agenda_segments",
    ("article_feedback", "article_id"): "declaration_articles",
}

_SINGULAR = {cls.TABLE: cls.NOUN for cls in RECORD_TYPES}


class RecordReader(Protocol):
    """What this module needs of the store: one record by id."""

    def get(self, cls: type[AgendaSegment], record_id: str) -> AgendaSegment | None: ...


@dataclass
class Scope:
    """What a checked file may write: record ids per kind; the rest is left alone."""

    allowed: dict[str, set[str]] = field(default_factory=dict)

    def may_write(self, kind: str, record_id: str) -> bool:
        return record_id in self.allowed.get(kind, set())


def check_scope(conn: sqlite3.Connection, package: ExchangePackage, own_device: str) -> Scope:
    """Refuse a file that reaches beyond its authority; say which records it may write."""
    event_item = package.records("events")[0]
    table_item = package.records("round_tables")[0]
    slug = package.event_slug
    if event_item["deleted"]:
        raise RoundtablesError(
            f"the file's event {slug!r} is deleted; a file cannot delete it (ask for a new file)"
        )
    if event_item["status"] == EventStatus.FINALISED:
        raise RoundtablesError(
            f"the file's event {slug!r} is finalised: its records can no longer change "
            "(ask the organiser)"
        )
    if table_item["deleted"]:
        raise RoundtablesError(
            f"the file's table {package.table_number} is deleted; a file cannot delete it "
            "(ask for a new file)"
        )
    local_event = _row(conn, "SELECT deleted, status, slug FROM events WHERE id=?",
                       package.event_id)
    if local_event is not None:
        if local_event[0]:
            raise RoundtablesError(f"event {local_event[2]!r} was deleted here; nothing imported")
        if local_event[1] == EventStatus.FINALISED:
            raise RoundtablesError(
                f"event {local_event[2]!r} is finalised and read-only here; reopen it to import"
            )
    local_table = _row(conn, "SELECT deleted, event_id FROM round_tables WHERE id=?",
                       package.table_id)
    if local_table is not None:
        if local_table[1] != package.event_id:
            raise RoundtablesError(
                f"table {package.table_number} belongs to another event here; "
                "a file cannot move a table"
            )
        if local_table[0]:
            raise RoundtablesError(
                f"table {package.table_number} was deleted here; nothing imported"
            )
    if package.kind == KIT:
        _check_organiser(conn, package, own_device, local_event is not None)
    elif local_event is None or local_table is None:
        what = f"event {slug!r}" if local_event is None else f"table {package.table_number}"
        raise RoundtablesError(
            f"this database does not hold {what}; import the table kit from the organiser "
            "first (File ▸ Import table kit or results…, or 'roundtables import'), then the "
            "results"
        )
    _check_owners(conn, package)
    scope = _writable(package)
    _check_references(conn, package, scope)
    return scope


#: The only fields of the organiser's records a table fills in: when each agenda
#: segment really started and ended ("the agenda as run").
RUN_TIMES = frozenset({"actual_start", "actual_end", "revision", "updated_at", "device_id"})


def run_times_only(
    store: RecordReader, package: ExchangePackage, kind: str, item: dict[str, Any]
) -> bool:
    """Whether a results file's agenda segment differs from ours in its run times only."""
    if package.kind == KIT or kind != "agenda_segments" or item["table_id"] != package.table_id:
        return False
    local = store.get(AgendaSegment, item["id"])
    if local is None or local.table_id != package.table_id:
        return False
    ours = record_to_json(local)
    return all(ours[name] == value for name, value in item.items() if name not in RUN_TIMES)


def organiser_of(conn: sqlite3.Connection, event_id: str, own_device: str) -> str:
    """The device id of the organiser database an event here came from (ours if made here)."""
    row = _row(
        conn,
        "SELECT origin_device FROM sync_state WHERE record_table='events' AND record_id=?",
        event_id,
    )
    return str(row[0]) if row is not None and row[0] else own_device


def remember_organiser(conn: sqlite3.Connection, package: ExchangePackage) -> None:
    """After a kit: the event's origin is its organiser, whichever laptop wrote the kit."""
    conn.execute(
        "UPDATE sync_state SET origin_device=? WHERE record_table='events' AND record_id=?",
        (package.organiser_device, package.event_id),
    )


def _check_organiser(
    conn: sqlite3.Connection, package: ExchangePackage, own_device: str, held: bool
) -> None:
    if not package.organiser_device:
        raise RoundtablesError(
            "this table kit does not name its organiser database (written by an older "
            "Roundtables); ask the organiser to write the kit again"
        )
    if held and organiser_of(conn, package.event_id, own_device) != package.organiser_device:
        raise RoundtablesError(
            f"event {package.event_slug!r} here comes from another organiser database; "
            "a kit may only update the organiser's own event"
        )


def _row(conn: sqlite3.Connection, sql: str, *params: object) -> Any:
    return conn.execute(sql, params).fetchone()


def _owner_column(kind: str) -> str | None:
    if kind == "events":
        return None
    return "event_id" if kind in EVENT_KINDS or kind == "round_tables" else "table_id"


def _owners(conn: sqlite3.Connection, kind: str, ids: Iterable[str]) -> dict[str, str]:
    """id -> owning event or table, for the given ids that exist here (tombstones too)."""
    wanted = list(ids)
    column = _owner_column(kind)
    if not wanted or column is None:
        return {}
    rows = conn.execute(
        f"SELECT id, {column} FROM {kind} WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(wanted),),
    ).fetchall()
    return {str(r[0]): str(r[1]) for r in rows}


def _expected_owner(package: ExchangePackage, kind: str) -> str:
    return package.event_id if kind in EVENT_KINDS or kind == "round_tables" else package.table_id


def _check_owners(conn: sqlite3.Connection, package: ExchangePackage) -> None:
    """Every record of the file that exists here must exist under the same table or event."""
    for kind in package.payload["records"]:
        ids = [item["id"] for item in package.records(kind)]
        owners = _owners(conn, kind, ids)
        expected = _expected_owner(package, kind)
        for record_id, owner in owners.items():
            if owner != expected:
                where = "event" if kind in EVENT_KINDS or kind == "round_tables" else "table"
                raise RoundtablesError(
                    f"{_SINGULAR[kind]} {record_id} exists here under another {where}; "
                    "a file may only change its own table's records"
                )


def _writable(package: ExchangePackage) -> Scope:
    scope = Scope()
    for kind in package.payload["records"]:
        ids = {item["id"] for item in package.records(kind)}
        if package.kind == KIT or (kind not in ORGANISER_KINDS and kind != "participants"):
            scope.allowed[kind] = ids
    if package.kind != KIT:
        seated = {
            item["participant_id"] for item in package.records("attendance") if not item["deleted"]
        }
        scope.allowed["participants"] = {
            item["id"] for item in package.records("participants") if item["id"] in seated
        }
    return scope


def _check_references(conn: sqlite3.Connection, package: ExchangePackage, scope: Scope) -> None:
    """Every reference points at a record of this table or event, here or written now."""
    wanted: dict[str, set[str]] = {}
    for (kind, name), target in _REFERENCES.items():
        for item in package.records(kind):
            value = item.get(name)
            if value and not scope.may_write(target, value):
                wanted.setdefault(target, set()).add(value)
    for target, ids in wanted.items():
        owners = _owners(conn, target, ids)
        expected = _expected_owner(package, target)
        for record_id in sorted(ids):
            owner = owners.get(record_id)
            if owner is None:
                raise RoundtablesError(
                    f"the file refers to {_SINGULAR[target]} {record_id}, which this database "
                    "does not hold; import the table kit from the organiser first"
                )
            if owner != expected:
                raise RoundtablesError(
                    f"the file refers to {_SINGULAR[target]} {record_id} of another table or "
                    "event"
                )

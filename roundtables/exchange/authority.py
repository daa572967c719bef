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

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from roundtables.domain import RECORD_TYPES, AgendaSegment, EventStatus
from roundtables.exchange.format import KIT, record_to_json
from roundtables.exchange.reader import ExchangePackage
from roundtables.messages import error
from roundtables.storage.exchange_state import (
    Connection,
    held_event,
    held_table,
    organiser_device_of,
    owners_of,
    remember_organiser_device,
)

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

#: What each kind of record is called, for people ("note", "action point").
RECORD_NAMES = {cls.TABLE: cls.NOUN for cls in RECORD_TYPES}


class RecordReader(Protocol):
    """What this module needs of the store: one record by id."""

    def get(self, cls: type[AgendaSegment], record_id: str) -> AgendaSegment | None: ...


@dataclass
class Scope:
    """What a checked file may write: record ids per kind; the rest is left alone."""

    allowed: dict[str, set[str]] = field(default_factory=dict)

    def may_write(self, kind: str, record_id: str) -> bool:
        return record_id in self.allowed.get(kind, set())


def check_scope(conn: Connection, package: ExchangePackage, own_device: str) -> Scope:
    """Refuse a file that reaches beyond its authority; say which records it may write."""
    event_item = package.records("events")[0]
    table_item = package.records("round_tables")[0]
    slug = package.event_slug
    if event_item["deleted"]:
        raise error("exchange-file-event-deleted", event=slug)
    if event_item["status"] == EventStatus.FINALISED:
        raise error("exchange-file-event-finalised", event=slug)
    if table_item["deleted"]:
        raise error("exchange-file-table-deleted", number=package.table_number)
    local_event = held_event(conn, package.event_id)
    if local_event is not None:
        if local_event.deleted:
            raise error("exchange-event-deleted-here", event=local_event.slug)
        if local_event.status == EventStatus.FINALISED:
            raise error("exchange-event-finalised-here", event=local_event.slug)
    local_table = held_table(conn, package.table_id)
    if local_table is not None:
        if local_table.event_id != package.event_id:
            raise error("exchange-table-moved", number=package.table_number)
        if local_table.deleted:
            raise error("exchange-table-deleted-here", number=package.table_number)
    if package.kind == KIT:
        _check_organiser(conn, package, own_device, local_event is not None)
    elif local_event is None or local_table is None:
        if local_event is None:
            raise error("exchange-event-not-held", event=slug)
        raise error("exchange-table-not-held", number=package.table_number)
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


def organiser_of(conn: Connection, event_id: str, own_device: str) -> str:
    """The device id of the organiser database an event here came from (ours if made here)."""
    return organiser_device_of(conn, event_id) or own_device


def remember_organiser(conn: Connection, package: ExchangePackage) -> None:
    """After a kit: the event's origin is its organiser, whichever laptop wrote the kit."""
    remember_organiser_device(conn, package.event_id, package.organiser_device)


def _check_organiser(
    conn: Connection, package: ExchangePackage, own_device: str, held: bool
) -> None:
    if not package.organiser_device:
        raise error("exchange-kit-without-organiser")
    if held and organiser_of(conn, package.event_id, own_device) != package.organiser_device:
        raise error("exchange-other-organiser", event=package.event_slug)


def _owner_column(kind: str) -> str | None:
    if kind == "events":
        return None
    return "event_id" if kind in EVENT_KINDS or kind == "round_tables" else "table_id"


def _owners(conn: Connection, kind: str, ids: Iterable[str]) -> dict[str, str]:
    """id -> owning event or table, for the given ids that exist here (tombstones too)."""
    column = _owner_column(kind)
    return {} if column is None else owners_of(conn, kind, column, list(ids))


def _expected_owner(package: ExchangePackage, kind: str) -> str:
    return package.event_id if kind in EVENT_KINDS or kind == "round_tables" else package.table_id


def _check_owners(conn: Connection, package: ExchangePackage) -> None:
    """Every record of the file that exists here must exist under the same table or event."""
    for kind in package.payload["records"]:
        ids = [item["id"] for item in package.records(kind)]
        owners = _owners(conn, kind, ids)
        expected = _expected_owner(package, kind)
        for record_id, owner in owners.items():
            if owner != expected:
                if kind in EVENT_KINDS or kind == "round_tables":
                    raise error("exchange-held-under-another-event",
                                record_kind=RECORD_NAMES[kind], id=record_id)
                raise error("exchange-held-under-another-table",
                            record_kind=RECORD_NAMES[kind], id=record_id)


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


def _check_references(conn: Connection, package: ExchangePackage, scope: Scope) -> None:
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
                raise error("exchange-unknown-reference", record_kind=RECORD_NAMES[target],
                            id=record_id)
            if owner != expected:
                raise error("exchange-foreign-reference", record_kind=RECORD_NAMES[target],
                            id=record_id)

"""Conflicts a merge found, and how a person settles them.

A conflict keeps both versions: ours stays in its table, the incoming one waits in
``conflicts``.  Resolving writes the chosen (or combined) version as a new revision
above both, so that neither old version can come back through a later import.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from roundtables.domain import Record
from roundtables.exchange.authority import RECORD_NAMES
from roundtables.exchange.format import TEXT_FIELDS, record_from_json, record_hash
from roundtables.messages import error
from roundtables.storage import Store
from roundtables.storage.exchange_state import (
    conflict_row,
    incoming_content,
    mark_conflict_resolved,
    open_conflict_rows,
    record_sync_state,
)
from roundtables.storage.records import record_type

CHOICES = ("local", "incoming", "combined")



@dataclass(frozen=True)
class Conflict:
    """A record changed both here and in an imported file since they last met."""

    id: str
    kind: str  # the record's table, e.g. "notes"
    record_id: str
    event_id: str
    table_number: int | None
    local: dict[str, Any]
    incoming: dict[str, Any]
    origin_file: str
    origin_device: str
    status: str
    resolution: str
    created_at: str

    @property
    def text_field(self) -> str | None:
        """The field a person can combine, or None (e.g. attendance)."""
        return TEXT_FIELDS.get(self.kind)

    @property
    def local_text(self) -> str:
        return str(self.local.get(self.text_field or "", ""))

    @property
    def incoming_text(self) -> str:
        return str(self.incoming.get(self.text_field or "", ""))

    @property
    def kind_name(self) -> str:
        """What the record is, for people (e.g. action point)."""
        return RECORD_NAMES.get(self.kind, self.kind)

    @property
    def changed_fields(self) -> list[str]:
        """The fields (sync fields aside) where the two versions differ."""
        skip = {"revision", "updated_at", "device_id"}
        return [k for k in self.local if k not in skip and self.local[k] != self.incoming.get(k)]


def _from_row(row: Any) -> Conflict:
    return Conflict(
        id=row[0],
        kind=row[1],
        record_id=row[2],
        event_id=row[3],
        table_number=row[4],
        local=json.loads(row[5]),
        incoming=json.loads(row[6]),
        origin_file=row[7],
        origin_device=row[8],
        status=row[9],
        resolution=row[10],
        created_at=row[11],
    )


def open_conflicts(store: Store, event_id: str | None = None) -> list[Conflict]:
    """The conflicts still waiting for a person, oldest first (of one event if given)."""
    return [_from_row(row) for row in open_conflict_rows(store.conn, event_id)]


def get_conflict(store: Store, conflict_id: str) -> Conflict:
    """One conflict by id; a one-line error when there is none."""
    row = conflict_row(store.conn, conflict_id)
    if row is None:
        raise error("no-conflict", id=conflict_id)
    return _from_row(row)


def resolve_conflict(
    store: Store, conflict_id: str, choice: str, combined_text: str | None = None
) -> Record:
    """Settle a conflict: keep ``local``, take ``incoming``, or save ``combined`` text.

    ``combined`` keeps our version with its text field (a note's text, an action
    point's action...) replaced by ``combined_text``.  Returns the saved record;
    committed when this returns.  Bad input changes nothing.
    """
    if choice not in CHOICES:
        raise error("conflict-choice", choices=", ".join(CHOICES), choice=choice)
    conflict = get_conflict(store, conflict_id)
    if conflict.status != "open":
        raise error("conflict-resolved", resolution=conflict.resolution)
    cls = record_type(conflict.kind)
    local = store.get(cls, conflict.record_id)
    if local is None:  # pragma: no cover - records are never removed, only tombstoned
        raise error("conflict-record-gone", record_kind=conflict.kind_name)
    if choice == "local":
        chosen = local
    elif choice == "incoming":
        content = incoming_content(store.conn, conflict_id)
        chosen = record_from_json(cls, conflict.incoming, content)
    else:
        text_field = conflict.text_field
        if text_field is None:
            raise error("conflict-nothing-to-combine", record_kind=conflict.kind_name)
        if combined_text is None or not combined_text.strip():
            raise error("conflict-empty-combination")
        chosen = local
        setattr(chosen, text_field, combined_text)
    # Above both versions, so that neither can win again when a file comes back.
    chosen.revision = max(local.revision, int(conflict.incoming["revision"]))
    with store.database.transaction() as conn:
        store.stage(chosen)
        record_sync_state(conn, chosen.TABLE, chosen.id, chosen.revision, record_hash(chosen))
        mark_conflict_resolved(conn, conflict_id, choice)
    store.notify_saved([chosen])
    return chosen

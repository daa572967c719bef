"""The small questions the windows and the command line ask of the database.

Each is answered here by name, so that no SQL runs outside storage (issue 16.4).
"""

from __future__ import annotations

from roundtables.domain import Attendance
from roundtables.storage.records import R, RecordStore


class Lookups(RecordStore):
    """Named read-only questions about events, tables and who sits where."""

    def everything_of(self, cls: type[R], *, event_id: str = "", table_id: str = "") -> list[R]:
        """Every record of a kind that belongs to an event, or to one of its tables,
        removed ones included (tombstones travel in kits and results files)."""
        if cls.TABLE != "events" and "event_id" in cls.__dataclass_fields__:
            return self._select(cls, "event_id=?", (event_id,), include_deleted=True)
        return self._select(cls, "table_id=?", (table_id,), include_deleted=True)

    def event_id_of_table(self, table_id: str) -> str | None:
        """The event a table belongs to (a removed table too); None for an unknown id."""
        row = self.conn.execute(
            "SELECT event_id FROM round_tables WHERE id=?", (table_id,)
        ).fetchone()
        return str(row[0]) if row else None

    def table_ids(self, event_id: str, *, include_removed: bool = False) -> set[str]:
        """The ids of an event's tables; removed ones too when asked (undo reaches them)."""
        live = "" if include_removed else " AND deleted=0"
        rows = self.conn.execute(
            f"SELECT id FROM round_tables WHERE event_id=?{live}", (event_id,)
        ).fetchall()
        return {str(row[0]) for row in rows}

    def table_numbers_taken(self, event_id: str) -> set[int]:
        """The table numbers an event has used: removed tables keep theirs (the
        database keeps a number unique per event), so a new table cannot take it."""
        rows = self.conn.execute(
            "SELECT number FROM round_tables WHERE event_id=?", (event_id,)
        ).fetchall()
        return {int(row[0]) for row in rows}

    def note_counts_by_event(self) -> dict[str, int]:
        """How many live notes each event's live tables hold, by event id (one grouped
        query however many years of events there are); 0 for tables without notes."""
        rows = self.conn.execute(
            "SELECT t.event_id, count(n.id) FROM round_tables t "
            "LEFT JOIN notes n ON n.table_id = t.id AND n.deleted = 0 "
            "WHERE t.deleted = 0 GROUP BY t.event_id"
        ).fetchall()
        return {str(event_id): int(count) for event_id, count in rows}

    def seats_of(self, participant_id: str) -> list[Attendance]:
        """The live seats (attendance at a table) of one participant."""
        return self._select(Attendance, "participant_id=?", (participant_id,))

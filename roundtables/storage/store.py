"""The store every layer above uses: events, tables and what they produced."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from roundtables.domain import (
    ActionPoint,
    AgendaSegment,
    ArticleFeedback,
    Attachment,
    Attendance,
    CuratedTheme,
    DeclarationArticle,
    Event,
    EventHarvest,
    GuidingQuestion,
    Note,
    Participant,
    Record,
    RecordKind,
    RoundTable,
    TableHarvest,
    new_id,
    utc_now,
)
from roundtables.messages import error
from roundtables.storage.database import Database, default_db_path
from roundtables.storage.lazy_notes import NOTE_COLUMNS, OUTLINE_COLUMNS, LazyNotes
from roundtables.storage.lookups import Lookups
from roundtables.storage.records import R
from roundtables.storage.search import SearchHit, search_records


class Store(Lookups):
    """A database file opened for the app: all reads and one-transaction writes.

    ``listeners`` are called with the saved record after every commit, so that
    views can refresh (the ui wraps this in a Qt signal).
    """

    def __init__(self, database: Database) -> None:
        super().__init__(database)
        self.listeners: list[Callable[[Record], None]] = []
        self.last_commit: str | None = None

    @classmethod
    def open(
        cls, path: str | os.PathLike[str] | None = None, *, writer: bool = True,
        check: bool = False,
    ) -> Store:
        """Open (or create) a database file; ``check`` reads every page first."""
        path = Path(path) if path else default_db_path()
        return cls(Database(path, writer=writer, check=check))

    @property
    def path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------- commits

    def save(self, record: R) -> R:
        super().save(record)
        self.notify_saved([record])
        return record

    def save_all(self, records: list[Record]) -> None:  # type: ignore[override]
        super().save_all(records)
        self.notify_saved(records)

    def notify_saved(self, records: list[Record]) -> None:
        """Tell listeners about records just committed (after a transaction of one's own)."""
        self.last_commit = utc_now()
        for record in records:
            for listener in list(self.listeners):
                listener(record)

    # ------------------------------------------------------------- events

    def events(self) -> list[Event]:
        """Every live event, most recent first."""
        return self._select(Event, order_by="date DESC, created_at DESC")

    def find_event(self, ref: str) -> Event:
        """An event by id, unique id prefix, or slug; a one-line error otherwise."""
        ref = ref.strip()
        if not ref:
            raise error("no-event-given")
        found = self._select(Event, "id = ? OR slug = ?", (ref, ref))
        if not found:
            found = self._select(Event, "id LIKE ? ESCAPE '\\'", (_like_prefix(ref),))
        if len(found) == 1:
            return found[0]
        if not found:
            raise error("no-event", ref=ref)
        raise error("ambiguous-event", ref=ref, count=len(found))

    def unique_slug(self, wanted: str) -> str:
        slug, n = wanted, 2
        while self.conn.execute("SELECT 1 FROM events WHERE slug=?", (slug,)).fetchone():
            slug, n = f"{wanted}-{n}", n + 1
        return slug

    def tables(self, event_id: str) -> list[RoundTable]:
        return self._select(RoundTable, "event_id=?", (event_id,), order_by="number")

    def event_lines(self) -> list[EventLine]:
        """Every live event as a list shows it, most recent first (as ``events``)."""
        cursor = self.conn.cursor()
        cursor.row_factory = None
        cursor.execute(
            "SELECT id, title, date, status FROM events WHERE deleted = 0 "
            "ORDER BY date DESC, created_at DESC"
        )
        return [EventLine(*row) for row in cursor]

    def tables_by_event(self) -> dict[str, list[TableLine]]:
        """Every live table, by event id, in number order, as the start list shows it:
        one query of plain rows for a library of thousands of tables."""
        found: dict[str, list[TableLine]] = {}
        cursor = self.conn.cursor()
        cursor.row_factory = None
        cursor.execute(
            "SELECT id, event_id, number, theme, room FROM round_tables WHERE deleted = 0 "
            "ORDER BY event_id, number"
        )
        for row in cursor:
            line = TableLine(*row)
            found.setdefault(line.event_id, []).append(line)
        return found

    def find_table(self, event: Event, number: int | str) -> RoundTable:
        try:
            wanted = int(str(number).strip())
        except ValueError:
            raise error("not-a-table-number", number=number) from None
        found = self._select(RoundTable, "event_id=? AND number=?", (event.id, wanted))
        if not found:
            raise error("no-table", event=event.slug, number=wanted)
        return found[0]

    def event_of(self, table: RoundTable) -> Event:
        event = self.get(Event, table.event_id)
        if event is None:  # a table whose event was never saved
            raise error("event-gone", event=table.event_id)
        return event

    def questions(self, table_id: str) -> list[GuidingQuestion]:
        return self._select(GuidingQuestion, "table_id=?", (table_id,), order_by="position")

    def segments(self, table_id: str) -> list[AgendaSegment]:
        return self._select(AgendaSegment, "table_id=?", (table_id,), order_by="position")

    def participants(self, event_id: str) -> list[Participant]:
        return self._select(Participant, "event_id=?", (event_id,), order_by="name COLLATE NOCASE")

    def attendance(self, table_id: str) -> list[Attendance]:
        return self._select(Attendance, "table_id=?", (table_id,))

    def table_participants(self, table_id: str) -> list[Participant]:
        """The participants registered at a table, by name."""
        return self._select(
            Participant,
            "id IN (SELECT participant_id FROM attendance WHERE table_id=? AND deleted=0)",
            (table_id,),
            order_by="name COLLATE NOCASE",
        )

    def articles(self, event_id: str) -> list[DeclarationArticle]:
        return self._select(DeclarationArticle, "event_id=?", (event_id,), order_by="number")

    # ------------------------------------------------------------- captured

    def notes(self, table_id: str) -> list[Note]:
        """A table's live notes, oldest first."""
        cursor = self.conn.cursor()
        cursor.row_factory = None
        cursor.execute(
            f"SELECT {', '.join(NOTE_COLUMNS)} FROM notes WHERE table_id=? AND deleted=0 "
            "ORDER BY created_at, rowid", (table_id,),
        )
        return list(LazyNotes.from_cursor(cursor))

    def notes_lazily(self, table_id: str) -> LazyNotes:
        """A table's live notes, oldest first, each read and built when first asked for.

        Opening a table of 50,000 notes needs their order, ids and speakers at
        once (``OUTLINE_COLUMNS``), and whole notes only for the rows on screen.
        """
        cursor = self.conn.cursor()
        cursor.row_factory = None
        cursor.execute(
            f"SELECT {', '.join(OUTLINE_COLUMNS)} FROM notes WHERE table_id=? AND deleted=0 "
            "ORDER BY created_at, rowid", (table_id,),
        )
        return LazyNotes.from_cursor(cursor, loader=self._whole_notes)

    def _whole_notes(self, rowids: list[int]) -> dict[int, tuple[Any, ...]]:
        cursor = self.conn.cursor()
        cursor.row_factory = None
        marks = ", ".join("?" for _ in rowids)
        cursor.execute(
            f"SELECT rowid, {', '.join(NOTE_COLUMNS)} FROM notes WHERE rowid IN ({marks})",
            rowids,
        )
        return {row[0]: row[1:] for row in cursor}

    def action_points(self, table_id: str) -> list[ActionPoint]:
        return self._select(ActionPoint, "table_id=?", (table_id,), order_by="created_at, rowid")

    def feedback(self, table_id: str) -> list[ArticleFeedback]:
        return self._select(ArticleFeedback, "table_id=?", (table_id,))

    def attachments(self, table_id: str) -> list[Attachment]:
        return self._select(Attachment, "table_id=?", (table_id,), order_by="created_at, rowid")

    def add_note(self, table_id: str, text: str, **fields: object) -> Note:
        """Save a new note at a table; committed when this returns."""
        if not text.strip():
            raise error("empty-note")
        note = Note(table_id=table_id, text=text, **fields)  # type: ignore[arg-type]
        return self.save(note)

    def feedback_for(
        self, table_id: str, article_id: str, *, removed_too: bool = False
    ) -> ArticleFeedback | None:
        """A table's feedback on an article; a removed one too when asked (to revive
        it rather than give the same feedback twice)."""
        found = self._select(
            ArticleFeedback, "table_id=? AND article_id=?", (table_id, article_id),
            include_deleted=removed_too,
        )
        return found[0] if found else None

    def curated_themes(self, event_id: str) -> list[CuratedTheme]:
        """The rapporteur's live themes of an event, in their order."""
        return self._select(CuratedTheme, "event_id=?", (event_id,), order_by="position, rowid")

    # ------------------------------------------------------------- drafts

    def save_draft(self, table_id: str, text: str) -> None:
        """Keep what is being typed (not yet a note) so a crash cannot lose it."""
        with self.database.transaction():
            self._write_draft(table_id, text)

    def save_ending_draft(self, record: R, table_id: str) -> R:
        """Save what a table's note field became and drop that draft, in ONE commit
        (one fsync per note; a crash keeps either the draft or the note, never both)."""
        with self.database.transaction():
            self.stage(record)
            self._write_draft(table_id, "")
        self.notify_saved([record])
        return record

    def _write_draft(self, table_id: str, text: str) -> None:
        if text:
            self.conn.execute(
                "INSERT INTO drafts(table_id, text, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(table_id) DO UPDATE SET text=excluded.text, "
                "updated_at=excluded.updated_at",
                (table_id, text, utc_now()),
            )
        else:
            self.conn.execute("DELETE FROM drafts WHERE table_id=?", (table_id,))

    def draft(self, table_id: str) -> str:
        row = self.conn.execute("SELECT text FROM drafts WHERE table_id=?", (table_id,)).fetchone()
        return str(row[0]) if row else ""

    # ------------------------------------------------------------- the room's timer

    def timer_state(self, table_id: str) -> dict[str, Any] | None:
        """How this laptop's agenda timer was left (paused or running, time used)."""
        row = self.conn.execute(
            "SELECT value FROM settings WHERE key=?", (_TIMER_KEY + table_id,)
        ).fetchone()
        if row is None:
            return None
        try:
            value = json.loads(row[0])
        except ValueError:
            return None
        return value if isinstance(value, dict) else None

    def save_timer_state(self, table_id: str, state: dict[str, Any]) -> None:
        """Keep the timer's state on this laptop (not a record: never handed over)."""
        with self.database.transaction():
            self.conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                (_TIMER_KEY + table_id, json.dumps(state)),
            )

    # ------------------------------------------------------------- whole event

    def harvest(self, event: Event) -> EventHarvest:
        """The whole live event, as the dump, synthesis and archive read it."""
        return EventHarvest(
            event=event,
            participants=self.participants(event.id),
            former_participants=self._select(
                Participant, "event_id=? AND deleted=1 AND name != ''", (event.id,),
                include_deleted=True,
            ),
            articles=self.articles(event.id),
            tables=[self.table_harvest(t) for t in self.tables(event.id)],
            themes=self.curated_themes(event.id),
        )

    def table_harvest(self, table: RoundTable) -> TableHarvest:
        return TableHarvest(
            table=table,
            questions=self.questions(table.id),
            segments=self.segments(table.id),
            attendance=self.attendance(table.id),
            notes=self.notes(table.id),
            action_points=self.action_points(table.id),
            feedback=self.feedback(table.id),
            attachments=self.attachments(table.id),
        )

    def search(
        self,
        query: str,
        *,
        event_id: str | None = None,
        table_number: int | None = None,
        kinds: tuple[str, ...] = tuple(RecordKind),
        note_type: str | None = None,
        limit: int = 50,
    ) -> list[SearchHit]:
        """Ranked full-text hits with highlighted snippets across every event."""
        return search_records(
            self.conn,
            query,
            event_id=event_id,
            table_number=table_number,
            kinds=kinds,
            note_type=note_type,
            limit=limit,
        )

    def clean_import_of(self, sha256: str) -> dict[str, Any] | None:
        """The logged import of the file with this digest, when importing it again
        can change nothing: it merged without conflicts into an event still here,
        and no other file for the same table and kind was imported after it."""
        row = self.conn.execute(
            "SELECT l.file_name, l.kind, l.event_id, l.table_number, l.source_device, "
            "l.summary FROM import_log l JOIN events e ON e.id = l.event_id "
            "WHERE l.sha256 = ? AND e.deleted = 0 AND NOT EXISTS (SELECT 1 FROM import_log "
            "later WHERE later.rowid > l.rowid AND later.event_id = l.event_id AND "
            "later.table_number IS l.table_number AND later.kind = l.kind AND "
            "later.sha256 != l.sha256) ORDER BY l.rowid DESC LIMIT 1", (sha256,),
        ).fetchone()
        if row is None:
            return None
        found = dict(zip(("file_name", "kind", "event_id", "table_number", "source_device",
                          "summary"), tuple(row), strict=True))
        found["counts"] = json.loads(found.pop("summary") or "{}")
        return found if not found["counts"].get("conflicts") else None

    def log_import(self, *, file_name: str, sha256: str, kind: str, event_id: str,
                   table_number: int | None, source_device: str, outcome: str,
                   counts: dict[str, int]) -> None:
        """One line in the import log (committed)."""
        with self.database.transaction() as conn:
            conn.execute(
                "INSERT INTO import_log (id, file_name, sha256, kind, event_id, table_number, "
                "source_device, imported_at, outcome, summary) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_id(), file_name, sha256, kind, event_id, table_number, source_device,
                 utc_now(), outcome, json.dumps(counts)),
            )

    def in_transaction(self) -> bool:
        return bool(self.conn.in_transaction)

    def _execute(self, sql: str, params: tuple[object, ...] = ()) -> sqlite3.Cursor:
        """Run a query; private to storage (and to tests that look inside)."""
        return self.conn.execute(sql, params)


class EventLine(NamedTuple):
    """An event as a list of events shows it."""

    id: str
    title: str
    date: str
    status: str


class TableLine(NamedTuple):
    """A table as a list of tables shows it."""

    id: str
    event_id: str
    number: int
    theme: str
    room: str


_TIMER_KEY = "timer:"


def _like_prefix(ref: str) -> str:
    escaped = ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"

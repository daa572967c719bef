"""The database schema as migrations (sqlite-utils ``Migrations``).

Each migration runs inside one transaction together with the record that it was
applied, and ends by setting ``PRAGMA user_version`` so that an older app can
tell it is looking at a newer database and refuse it.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from roundtables.storage.schema_version import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "migrations"]

migrations = Migrations("roundtables")

# Columns every synchronised record has (see domain.Record).
_RECORD = """
    id TEXT PRIMARY KEY NOT NULL,
    revision INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))"""

_TABLES = {
    "events": """
        title TEXT NOT NULL,
        slug TEXT NOT NULL UNIQUE,
        date TEXT NOT NULL DEFAULT '',
        venue TEXT NOT NULL DEFAULT '',
        organiser TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'en',
        attribution_policy TEXT NOT NULL DEFAULT 'consent'
            CHECK (attribution_policy IN ('consent', 'chatham_house')),
        status TEXT NOT NULL DEFAULT 'draft'
            CHECK (status IN ('draft', 'running', 'finalised')),
        note_types TEXT NOT NULL DEFAULT '[]',
        executive_summary TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL DEFAULT ''""",
    "round_tables": """
        event_id TEXT NOT NULL REFERENCES events(id),
        number INTEGER NOT NULL,
        theme TEXT NOT NULL DEFAULT '',
        keynote_speaker TEXT NOT NULL DEFAULT '',
        keynote_title TEXT NOT NULL DEFAULT '',
        keynote_summary TEXT NOT NULL DEFAULT '',
        facilitator TEXT NOT NULL DEFAULT '',
        rapporteur TEXT NOT NULL DEFAULT '',
        room TEXT NOT NULL DEFAULT ''""",
    "questions": """
        table_id TEXT NOT NULL REFERENCES round_tables(id),
        position INTEGER NOT NULL,
        text TEXT NOT NULL""",
    "agenda_segments": """
        table_id TEXT NOT NULL REFERENCES round_tables(id),
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        planned_minutes INTEGER NOT NULL,
        question_id TEXT REFERENCES questions(id),
        actual_start TEXT,
        actual_end TEXT""",
    "participants": """
        event_id TEXT NOT NULL REFERENCES events(id),
        name TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        actor_type TEXT NOT NULL DEFAULT '',
        consent TEXT NOT NULL DEFAULT 'named'
            CHECK (consent IN ('named', 'organisation', 'anonymous')),
        email TEXT NOT NULL DEFAULT ''""",
    "attendance": """
        table_id TEXT NOT NULL REFERENCES round_tables(id),
        participant_id TEXT NOT NULL REFERENCES participants(id),
        checked_in INTEGER NOT NULL DEFAULT 0""",
    "declaration_articles": """
        event_id TEXT NOT NULL REFERENCES events(id),
        number INTEGER NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT ''""",
    "notes": """
        table_id TEXT NOT NULL REFERENCES round_tables(id),
        text TEXT NOT NULL,
        type TEXT NOT NULL,
        speaker_id TEXT REFERENCES participants(id),
        speaker TEXT NOT NULL DEFAULT '',
        question_id TEXT REFERENCES questions(id),
        segment_id TEXT REFERENCES agenda_segments(id),
        tags TEXT NOT NULL DEFAULT '[]',
        key_message INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL""",
    "action_points": """
        table_id TEXT NOT NULL REFERENCES round_tables(id),
        action TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        institution TEXT NOT NULL DEFAULT '',
        deadline TEXT NOT NULL DEFAULT '',
        priority TEXT NOT NULL DEFAULT 'medium',
        votes INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'open',
        created_at TEXT NOT NULL DEFAULT ''""",
    "article_feedback": """
        table_id TEXT NOT NULL REFERENCES round_tables(id),
        article_id TEXT NOT NULL REFERENCES declaration_articles(id),
        stance TEXT NOT NULL DEFAULT 'support'
            CHECK (stance IN ('support', 'amend', 'reject')),
        proposed_wording TEXT NOT NULL DEFAULT '',
        rationale TEXT NOT NULL DEFAULT ''""",
    "attachments": """
        table_id TEXT NOT NULL REFERENCES round_tables(id),
        filename TEXT NOT NULL,
        caption TEXT NOT NULL DEFAULT '',
        media_type TEXT NOT NULL DEFAULT 'application/octet-stream',
        content BLOB NOT NULL,
        sha256 TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL DEFAULT ''""",
}

_INDEXES = [
    "CREATE UNIQUE INDEX round_tables_event_number ON round_tables(event_id, number)",
    "CREATE INDEX questions_table ON questions(table_id, position)",
    "CREATE INDEX agenda_segments_table ON agenda_segments(table_id, position)",
    "CREATE INDEX participants_event ON participants(event_id)",
    "CREATE INDEX attendance_table ON attendance(table_id, participant_id)",
    "CREATE INDEX declaration_articles_event ON declaration_articles(event_id, number)",
    "CREATE INDEX notes_table ON notes(table_id, created_at)",
    "CREATE INDEX action_points_table ON action_points(table_id)",
    "CREATE INDEX article_feedback_table ON article_feedback(table_id, article_id)",
    "CREATE INDEX attachments_table ON attachments(table_id)",
]

# Full-text search: external-content FTS5 tables kept in sync by triggers, the
# layout sqlite-utils (and so Datasette) recognises.  Diacritics are folded so
# "reseau" finds "réseau".
FTS_COLUMNS = {
    "notes": ["text", "tags", "speaker"],
    "action_points": ["action", "owner", "institution"],
    "article_feedback": ["proposed_wording", "rationale"],
}


@migrations()
def m001_initial(db: Database) -> None:
    """Every table of the first version, its indexes and full-text search."""
    db.execute(
        "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"
    )
    for name, columns in _TABLES.items():
        db.execute(f"CREATE TABLE {name} ({_RECORD},{columns}\n)")
    for statement in _INDEXES:
        db.execute(statement)
    db.execute(
        """CREATE TABLE import_log (
            id TEXT PRIMARY KEY NOT NULL,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            kind TEXT NOT NULL,
            event_id TEXT,
            table_number INTEGER,
            source_device TEXT NOT NULL DEFAULT '',
            imported_at TEXT NOT NULL,
            outcome TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '{}'
        )"""
    )
    db.execute(
        """CREATE TABLE drafts (
            table_id TEXT PRIMARY KEY NOT NULL REFERENCES round_tables(id),
            text TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    for table, fts_columns in FTS_COLUMNS.items():
        _create_fts(db, table, fts_columns)
    db.execute("PRAGMA user_version=1")


@migrations()
def m002_exchange(db: Database) -> None:
    """What the hand-over merge remembers: each record's last synced state, and conflicts."""
    # The base a record had when it last went out in, or came in from, a file: a change
    # on both sides since that base is a conflict rather than an overwrite.
    db.execute(
        """CREATE TABLE sync_state (
            record_table TEXT NOT NULL,
            record_id TEXT NOT NULL,
            base_revision INTEGER NOT NULL,
            base_hash TEXT NOT NULL,
            origin_file TEXT NOT NULL DEFAULT '',
            origin_table INTEGER,
            origin_device TEXT NOT NULL DEFAULT '',
            synced_at TEXT NOT NULL,
            PRIMARY KEY (record_table, record_id)
        )"""
    )
    db.execute(
        """CREATE TABLE conflicts (
            id TEXT PRIMARY KEY NOT NULL,
            record_table TEXT NOT NULL,
            record_id TEXT NOT NULL,
            event_id TEXT NOT NULL,
            table_number INTEGER,
            local_json TEXT NOT NULL,
            incoming_json TEXT NOT NULL,
            incoming_hash TEXT NOT NULL,
            incoming_content BLOB,
            origin_file TEXT NOT NULL DEFAULT '',
            origin_device TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
            resolution TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            resolved_at TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX conflicts_record ON conflicts(record_table, record_id, status)")
    db.execute("CREATE INDEX conflicts_event ON conflicts(event_id, status)")
    db.execute("PRAGMA user_version=2")


@migrations()
def m004_themes(db: Database) -> None:
    """The rapporteur's curated cross-cutting themes (title, sentences, notes, order)."""
    db.execute(
        f"""CREATE TABLE themes ({_RECORD},
            event_id TEXT NOT NULL REFERENCES events(id),
            title TEXT NOT NULL,
            synthesis TEXT NOT NULL DEFAULT '',
            note_ids TEXT NOT NULL DEFAULT '[]',
            position INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX themes_event ON themes(event_id, position)")
    db.execute("PRAGMA user_version=4")


def _create_fts(db: Database, table: str, columns: list[str]) -> None:
    # Written out rather than Table.enable_fts(), which uses executescript() and
    # so would commit the migration's transaction half-way.
    cols = ", ".join(columns)
    old = ", ".join(f"old.{c}" for c in columns)
    new = ", ".join(f"new.{c}" for c in columns)
    fts = f"{table}_fts"
    db.execute(
        f"CREATE VIRTUAL TABLE {fts} USING FTS5 ({cols}, "
        f"tokenize='unicode61 remove_diacritics 2', content=\"{table}\")"
    )
    db.execute(
        f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts} (rowid, {cols}) VALUES (new.rowid, {new}); END"
    )
    db.execute(
        f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old}); END"
    )
    db.execute(
        f"CREATE TRIGGER {table}_au AFTER UPDATE ON {table} BEGIN "
        f"INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old}); "
        f"INSERT INTO {fts} (rowid, {cols}) VALUES (new.rowid, {new}); END"
    )


#: Prefix lengths the full-text indexes keep ready: a partial word of 2-4 letters
#: reads one list instead of merging the lists of every word it begins.
FTS_PREFIXES = "2 3 4"


@migrations()
def m005_search_prefixes(db: Database) -> None:
    """Full-text indexes that answer partial words (2-4 letters) from one list each.

    Each FTS5 table is created again with ``prefix='2 3 4'`` and rebuilt from its
    content table (about 45 s for a million notes, once); the triggers that keep
    it in sync name it and need no change.
    """
    for table, columns in FTS_COLUMNS.items():
        fts = f"{table}_fts"
        db.execute(f"DROP TABLE {fts}")
        db.execute(
            f"CREATE VIRTUAL TABLE {fts} USING FTS5 ({', '.join(columns)}, "
            f"tokenize='unicode61 remove_diacritics 2', content=\"{table}\", "
            f"prefix='{FTS_PREFIXES}')"
        )
        db.execute(f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')")
    db.execute("PRAGMA user_version=5")

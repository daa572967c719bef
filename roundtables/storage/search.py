"""Full-text search over notes, action points and declaration feedback (FTS5)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from roundtables.domain import RecordKind
from roundtables.messages import error

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    kind: RecordKind
    record_id: str
    event_id: str
    event_slug: str
    event_title: str
    table_id: str
    table_number: int
    note_type: str
    snippet: str  # matched words between HIGHLIGHT_START and HIGHLIGHT_END
    rank: float

    def snippet_marked(self, start: str = "[", end: str = "]") -> str:
        return self.snippet.replace(HIGHLIGHT_START, start).replace(HIGHLIGHT_END, end)


def fts_query(text: str) -> str:
    """A person's search text as a safe FTS5 query: every word must appear.

    Operators and quotes have no special meaning: each word becomes a quoted
    prefix term, so ``supply-chain "tco`` searches for supply, chain and tco*.
    """
    words = _WORD.findall(text)
    if not words:
        raise error("search-needs-a-word")
    return " ".join(f'"{w}"*' for w in words)


#: At most this many matches of each kind are ranked: the newest ones (highest rowid).
#: Ranking every match of a word found in 100,000 notes costs a bm25 score and a
#: row look-up each (150-350 ms at 1M notes); the newest 5,000 matches hold the
#: best hits people look for, and a search with fewer matches is ranked exactly.
RANKED_MATCHES = 5000


@dataclass(frozen=True)
class _Source:
    table: str
    columns: tuple[str, ...]
    type_expr: str
    snippet_column: int


_SOURCES = {
    RecordKind.NOTE: _Source("notes", ("text", "tags", "speaker"), "n.type", 0),
    RecordKind.ACTION_POINT: _Source(
        "action_points", ("action", "owner", "institution"), f"'{RecordKind.ACTION_POINT}'", 0
    ),
    RecordKind.FEEDBACK: _Source(
        "article_feedback", ("proposed_wording", "rationale"),
        f"'{RecordKind.FEEDBACK}:' || n.stance", -1,
    ),
}


#: A hit is what can be opened: a live record in a table not removed, in an event not
#: removed (a removed table keeps its notes, tombstones travel, but nobody can open it).
_LIVE_JOINS = "JOIN round_tables t ON t.id = n.table_id JOIN events e ON e.id = t.event_id"
_LIVE = "n.deleted = 0 AND t.deleted = 0 AND e.deleted = 0"


def _best(
    conn: sqlite3.Connection, source: _Source, match: str, *, event_id: str | None,
    table_number: int | None, note_type: str | None, limit: int,
) -> list[tuple[float, int]]:
    """(bm25, rowid) of the best ``limit`` among the newest ``RANKED_MATCHES`` matches."""
    fts = f"{source.table}_fts"
    if not (event_id or table_number is not None or note_type):
        # The index alone (no row read per match); removed records are dropped after.
        wanted = 2 * limit
        found = [(float(rank), int(rowid)) for rank, rowid in conn.execute(
            f"SELECT rank, rowid FROM (SELECT bm25({fts}) AS rank, rowid FROM {fts} "
            f"WHERE {fts} MATCH ? ORDER BY rowid DESC LIMIT {RANKED_MATCHES}) "
            "ORDER BY rank, rowid DESC LIMIT ?", (match, wanted))]
        marks = ", ".join("?" for _ in found)
        live = {row[0] for row in conn.execute(
            f"SELECT n.rowid FROM {source.table} n {_LIVE_JOINS} WHERE {_LIVE} "
            f"AND n.rowid IN ({marks})",
            [rowid for _, rowid in found])}
        kept = [hit for hit in found if hit[1] in live]
        if len(kept) >= limit or len(found) < wanted:
            return kept[:limit]
    joins = f"JOIN {source.table} n ON n.rowid = f.rowid {_LIVE_JOINS}"
    filters = [f"{fts} MATCH ?", _LIVE]
    params: list[object] = [match]
    if event_id:
        filters.append("t.event_id = ?")
        params.append(event_id)
    if table_number is not None:
        filters.append("t.number = ?")
        params.append(table_number)
    if note_type:
        filters.append("n.type = ?")
        params.append(note_type)
    sql = (
        f"SELECT rank, rowid FROM (SELECT bm25({fts}) AS rank, f.rowid AS rowid "
        f"FROM {fts} f {joins} WHERE {' AND '.join(filters)} "
        f"ORDER BY f.rowid DESC LIMIT {RANKED_MATCHES}) ORDER BY rank, rowid DESC LIMIT ?"
    )
    params.append(limit)
    return [(float(rank), int(rowid)) for rank, rowid in conn.execute(sql, params)]


def _snippets(source: _Source, match: str, texts: dict[int, tuple[str, ...]]) -> dict[int, str]:
    """FTS5's own snippets for a few rows, from a throw-away in-memory index of them.

    ``snippet()`` on the big index would reload every matching term's list per row.
    """
    cols = ", ".join(source.columns)
    marks = ", ".join("?" for _ in source.columns)
    mini = sqlite3.connect(":memory:")
    try:
        mini.execute(
            f"CREATE VIRTUAL TABLE s USING FTS5 ({cols}, "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        mini.executemany(
            f"INSERT INTO s (rowid, {cols}) VALUES (?, {marks})",
            [(rowid, *values) for rowid, values in texts.items()],
        )
        rows = mini.execute(
            f"SELECT rowid, snippet(s, {source.snippet_column}, ?, ?, '…', 16) FROM s "
            "WHERE s MATCH ?", (HIGHLIGHT_START, HIGHLIGHT_END, match),
        ).fetchall()
    finally:
        mini.close()
    return {int(rowid): str(text) for rowid, text in rows}


def _details(
    conn: sqlite3.Connection, kind: RecordKind, source: _Source, match: str,
    chosen: dict[int, float],
) -> list[SearchHit]:
    marks = ", ".join("?" for _ in chosen)
    cols = ", ".join(f"coalesce(n.{c}, '')" for c in source.columns)
    rows = conn.execute(
        f"SELECT n.rowid, n.id, e.id, e.slug, e.title, t.id, t.number, {source.type_expr}, "
        f"{cols} FROM {source.table} n JOIN round_tables t ON t.id = n.table_id "
        f"JOIN events e ON e.id = t.event_id WHERE n.rowid IN ({marks})",
        list(chosen),
    ).fetchall()
    snippets = _snippets(source, match, {row[0]: tuple(row[8:]) for row in rows})
    return [
        SearchHit(
            kind=kind, record_id=row[1], event_id=row[2], event_slug=row[3],
            event_title=row[4], table_id=row[5], table_number=row[6], note_type=row[7],
            snippet=snippets.get(row[0], ""), rank=chosen[row[0]],
        )
        for row in rows
    ]


def search_records(
    conn: sqlite3.Connection,
    query: str,
    *,
    event_id: str | None,
    table_number: int | None,
    kinds: tuple[str, ...],
    note_type: str | None,
    limit: int,
) -> list[SearchHit]:
    """The best ``limit`` hits by bm25, best first, with highlighted snippets.

    Each kind's matches are ranked among its newest ``RANKED_MATCHES``; snippets
    and names are looked up for the chosen hits only.
    """
    match = fts_query(query)
    ranked: list[tuple[float, int, RecordKind]] = []
    for name in kinds:
        if name not in _SOURCES:
            raise error("unknown-search-kind", kind=name)
        kind = RecordKind(name)
        if note_type and kind != RecordKind.NOTE:
            continue
        best = _best(conn, _SOURCES[kind], match, event_id=event_id,
                     table_number=table_number, note_type=note_type, limit=limit)
        ranked += [(rank, -rowid, kind) for rank, rowid in best]
    ranked.sort()
    chosen: dict[RecordKind, dict[int, float]] = {}
    for rank, negative_rowid, kind in ranked[:limit]:
        chosen.setdefault(kind, {})[-negative_rowid] = rank
    hits: list[SearchHit] = []
    for kind, rows in chosen.items():
        hits += _details(conn, kind, _SOURCES[kind], match, rows)
    hits.sort(key=lambda hit: (hit.rank, hit.kind, hit.record_id))
    return hits

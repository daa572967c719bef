"""Full-text search over notes, action points and declaration feedback (FTS5)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from roundtables.messages import error

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    kind: str  # note | action_point | feedback
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


_SOURCES = {
    "note": (
        "notes",
        "n.type",
        "snippet(notes_fts, 0, ?, ?, '…', 16)",
    ),
    "action_point": (
        "action_points",
        "'action_point'",
        "snippet(action_points_fts, 0, ?, ?, '…', 16)",
    ),
    "feedback": (
        "article_feedback",
        "'feedback:' || n.stance",
        "snippet(article_feedback_fts, -1, ?, ?, '…', 16)",
    ),
}


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
    match = fts_query(query)
    parts: list[str] = []
    params: list[object] = []
    for kind in kinds:
        if kind not in _SOURCES:
            raise error("unknown-search-kind", kind=kind)
        if note_type and kind != "note":
            continue
        table, type_expr, snippet = _SOURCES[kind]
        filters = ["n.deleted = 0", f"{table}_fts MATCH ?"]
        part_params: list[object] = [HIGHLIGHT_START, HIGHLIGHT_END, match]
        if event_id:
            filters.append("e.id = ?")
            part_params.append(event_id)
        if table_number is not None:
            filters.append("t.number = ?")
            part_params.append(table_number)
        if note_type:
            filters.append("n.type = ?")
            part_params.append(note_type)
        parts.append(
            f"SELECT '{kind}' AS kind, n.id, e.id, e.slug, e.title, t.id, t.number, "
            f"{type_expr}, {snippet}, bm25({table}_fts) AS rank "
            f"FROM {table}_fts JOIN {table} n ON n.rowid = {table}_fts.rowid "
            f"JOIN round_tables t ON t.id = n.table_id JOIN events e ON e.id = t.event_id "
            f"WHERE {' AND '.join(filters)}"
        )
        params.extend(part_params)
    if not parts:
        return []
    sql = " UNION ALL ".join(parts) + " ORDER BY rank LIMIT ?"
    params.append(limit)
    rows = conn.execute(sql, params).fetchall()
    return [SearchHit(*tuple(row)) for row in rows]

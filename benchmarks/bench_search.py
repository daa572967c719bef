"""Search at 10,000 / 100,000 / 1,000,000 notes: whole words and partial words.

Subject: ``Store.search`` as the library window and ``roundtables search`` call it
(top 50 hits, ranked, with snippets and event/table names), on a warm database.
Baseline: the bare FTS5 query for the same terms on the same file, top 50 by
bm25 (``SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rank LIMIT 50``)
— the least any ranked full-text search must do — interleaved query by query.
Queries: 100 each, one or two words drawn from the Zipf vocabulary's ranks 20-600
(the words people search for), or the first 3-5 letters of such a word.
Target: p95 <= 100 ms at 1,000,000 notes for both kinds.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

from benchmarks.fixtures import library, vocabulary
from benchmarks.rows import Row, interleaved, percentile, timed_ms
from roundtables.storage import Store

SIZES = (10_000, 100_000, 1_000_000)
QUERIES = 100


def queries(kind: str, seed: int) -> list[str]:
    rng = random.Random(seed)
    words = [w for w in vocabulary()[20:600] if len(w) >= 5]
    out = []
    for _ in range(QUERIES):
        picked = rng.sample(words, rng.choice((1, 1, 2)))
        if kind == "prefix":
            picked = [w[: rng.randint(3, 5)] for w in picked]
        out.append(" ".join(picked))
    return out


def sides(store: Store, bare: sqlite3.Connection,
          asked: list[str]) -> tuple[Callable[[], float], Callable[[], float]]:
    """The app's search and the bare FTS5 query, each taking the next query per call."""
    pending, pending_bare = iter(asked), iter(asked)

    def subject() -> float:
        query = next(pending)
        return timed_ms(lambda: store.search(query, limit=50))

    def baseline() -> float:
        match = " ".join(f'"{w}"*' for w in next(pending_bare).split())
        return timed_ms(lambda: bare.execute(
            "SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? "
            "ORDER BY rank LIMIT 50", (match,)).fetchall())

    return subject, baseline


def run(workdir: Path) -> list[Row]:
    rows = []
    for size in SIZES:
        db = library(size)
        store = Store.open(db, writer=False)
        bare = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            for kind in ("word", "prefix"):
                asked = queries(kind, seed=size)
                subject, baseline = sides(store, bare, asked)

                store.search(asked[0])  # warm the page cache like a running app
                mine, base = interleaved(subject, baseline, QUERIES)
                value, reference = percentile(mine, 95), percentile(base, 95)
                label = "whole words" if kind == "word" else "partial words (3-5 letters)"
                rows.append(Row(
                    f"search p95, {label}, {size:,} notes, vs the bare FTS5 top-50 query",
                    value, reference, "ms", "<= 100 ms at 1M", value <= 100 or size < 1_000_000,
                    note=f"p50 {percentile(mine, 50):.1f} ms", curve=f"search p95, {label}",
                    x=size, x_label="notes in the database"))
        finally:
            bare.close()
            store.close()
    return rows

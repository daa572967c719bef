"""Search: p95 of 100 queries over 100,000 notes (target < 50 ms)."""

from __future__ import annotations

import random
import time
from pathlib import Path

from benchmarks.fixtures import big_event
from benchmarks.rows import Row, percentile
from roundtables.storage import Store

WORDS = [
    "procurement", "supplier", "cobalt", "audit", "label", "tco", "contract", "clause",
    "monitoring", "refurbish", "lifecycle", "budget", "legal", "tender", "award", "mining",
    "worker", "factory", "disclosure", "remediation", "recycling", "warranty", "smelter",
]


def run(workdir: Path) -> list[Row]:
    db = workdir / "search.db"
    with Store.open(db) as store:
        big_event(store, tables=20, notes_per_table=5000, seed=7)
        rng = random.Random(11)
        queries = [" ".join(rng.sample(WORDS, rng.choice((1, 1, 2)))) for _ in range(100)]
        store.search(queries[0])  # warm the page cache like a running app
        times = []
        for query in queries:
            start = time.perf_counter()
            store.search(query, limit=50)
            times.append((time.perf_counter() - start) * 1000)
    p95 = percentile(times, 95)
    return [
        Row(
            name="search p95 (100 queries, 100,000 notes)",
            value=p95,
            baseline=None,
            unit="ms",
            target="< 50 ms",
            meets_target=p95 < 50,
            note=f"p50 {percentile(times, 50):.1f} ms",
        )
    ]

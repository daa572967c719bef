"""Cross-table themes (``analysis.cross_cutting_themes``) at 5,000 / 15,000 / 50,000 notes.

Subject: the themes the rapporteur's workspace and the synthesis compute, on one
event of 10 / 30 / 100 tables × 500 notes of Zipf text (so rare words are rare and
the text-similarity pass really runs).
Baseline: the 5,000-note time scaled by n·log n — what linear-logarithmic growth
would give at each size.  Targets: <= 1.5 s at 50,000 notes and no worse than
n·log n growth (<= 1.25x the scaled baseline, for noise).
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.fixtures import single_event
from benchmarks.rows import Row, median, timed_ms
from roundtables.analysis import cross_cutting_themes
from roundtables.storage import Store

SIZES = ((10, 5_000), (30, 15_000), (100, 50_000))


def run(workdir: Path) -> list[Row]:
    import math

    times: dict[int, float] = {}
    for tables, notes in SIZES:
        db = single_event(tables)
        with Store.open(db, writer=False) as store:
            harvest = store.harvest(store.events()[0])
        rounds = 3 if notes < 50_000 else 2
        times[notes] = median([timed_ms(lambda h=harvest: cross_cutting_themes(h))
                               for _ in range(rounds)])
    small_n, small = SIZES[0][1], times[SIZES[0][1]]
    rows = []
    for _tables, notes in SIZES:
        scaled = small * (notes * math.log(notes)) / (small_n * math.log(small_n))
        ok = times[notes] <= 1.25 * scaled and (notes < 50_000 or times[notes] <= 1500)
        rows.append(Row(
            f"cross-table themes, {notes:,} notes, vs n·log n growth from 5,000",
            times[notes], scaled, "ms", "<= 1.25x n·log n; <= 1.5 s at 50k", ok,
            curve="cross-table themes", x=notes, x_label="notes in the event"))
    return rows

"""Typing: 200 notes typed through key events into the real window."""

from __future__ import annotations

from pathlib import Path

from benchmarks.bench_memory import gui_child
from benchmarks.fixtures import big_event
from benchmarks.rows import Row
from roundtables.storage import Store


def run(workdir: Path) -> list[Row]:
    db = workdir / "typing.db"
    with Store.open(db) as store:
        event = big_event(store, tables=1, notes_per_table=1000, seed=12)
    data = gui_child("typing", db, f"{event.slug}:1")
    return [
        Row(
            name="typing: slowest key press to processed (200 notes)",
            value=data["slowest_key_ms"],
            baseline=None,
            unit="ms",
            target="< 50 ms",
            meets_target=data["slowest_key_ms"] < 50,
        ),
        Row(
            name="typing: slowest save to visible in list",
            value=data["slowest_visible_ms"],
            baseline=None,
            unit="ms",
            target="< 50 ms",
            meets_target=data["slowest_visible_ms"] < 50,
        ),
    ]

"""Memory: peak RSS of the GUI with a 5,000-note table open, scrolled to the end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from benchmarks.fixtures import big_event
from benchmarks.rows import Row
from roundtables.storage import Store


def gui_child(mode: str, db: Path, ref: str) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_gui", mode, str(db), ref],
        capture_output=True, text=True, timeout=900,
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip()[-400:])
    data: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def run(workdir: Path) -> list[Row]:
    db = workdir / "memory.db"
    with Store.open(db) as store:
        event = big_event(store, tables=1, notes_per_table=5000, seed=9)
    data = gui_child("memory", db, f"{event.slug}:1")
    return [
        Row(
            name="peak RSS, 5,000-note table open and scrolled",
            value=data["peak_mb"],
            baseline=None,
            unit="MB",
            target="< 250 MB",
            meets_target=data["peak_mb"] < 250 and data["rows"] >= 5000,
            note=f"{int(data['rows'])} rows in the list",
        )
    ]

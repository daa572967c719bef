"""Import: 30 results files of 500 notes each into a database set up by their kits.

Baseline: the same rows inserted with ``executemany`` in one transaction into
an empty database of the same schema.  Target: at most 3x.
"""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.fixtures import big_event
from benchmarks.rows import Row, median
from roundtables.domain import RECORD_TYPES
from roundtables.storage import Store
from roundtables.storage.records import to_row

ROUNDS = 3


def run(workdir: Path) -> list[Row]:
    from roundtables.exchange import import_file, write_results, write_table_kits

    source = Store.open(workdir / "source.db")
    event = big_event(source, tables=30, notes_per_table=500, actions=150, seed=5)
    files = []
    for table in source.tables(event.id):
        files.append(write_results(source, event, table, workdir / f"table-{table.number}.zip"))
    # A results file never creates its event: the organiser's kits set it up first.
    kits = write_table_kits(source, event, workdir)
    rows_by_table = {
        cls.TABLE: [to_row(r) for r in source.select(cls, include_deleted=True)]
        for cls in RECORD_TYPES
    }
    source.close()

    def subject(n: int) -> float:
        with Store.open(workdir / f"import-{n}.db") as target:
            for kit in kits:
                if import_file(target, kit).outcome == "rejected":
                    raise RuntimeError(f"kit {kit.name} refused")
            start = time.perf_counter()
            for path in files:
                summary = import_file(target, path)
                if summary.outcome == "rejected":
                    raise RuntimeError(summary.reason)
            return (time.perf_counter() - start) * 1000

    def baseline(n: int) -> float:
        with Store.open(workdir / f"bare-{n}.db") as target:
            conn = target.conn
            start = time.perf_counter()
            with target.database.transaction():
                for table, rows in rows_by_table.items():
                    if not rows:
                        continue
                    names = list(rows[0])
                    conn.executemany(
                        f"INSERT INTO {table} ({', '.join(names)}) "
                        f"VALUES ({', '.join('?' for _ in names)})",
                        [[row[name] for name in names] for row in rows],
                    )
            return (time.perf_counter() - start) * 1000

    mine, base = [], []
    for n in range(ROUNDS):
        mine.append(subject(n))
        base.append(baseline(n))
    value, reference = median(mine), median(base)
    return [
        Row(
            name="import 30 results files x 500 notes",
            value=value,
            baseline=reference,
            unit="ms",
            target="<= 3x executemany",
            meets_target=value <= 3 * reference,
        )
    ]

"""The rapporteur's import of 3 / 30 / 100 results files, and re-importing one unchanged.

Setting: the rapporteur's database holds the event as the organiser prepared it
(tables, questions, participants; no notes yet).  Each table's results file (500 notes
of Zipf text, action points, attendance, the event's participants) is written from a
database where the session happened.
Subject: ``import_file`` for every file, in one process, on a copy of that database.
Baseline: the same new rows (notes, action points, attendance) inserted with one
``executemany`` per table in one transaction into another copy — the least the import
must write.  Sides alternate.  Also: re-importing one file that is already in.
Targets: <= 2.5x the bulk insert; an unchanged file re-imported in <= 20 ms.
"""

from __future__ import annotations

import sqlite3
import statistics
from pathlib import Path

from benchmarks.fixtures import copy_of, single_event
from benchmarks.rows import Row, median, timed_ms
from roundtables.storage import Store

SIZES = (3, 30, 100)
SESSION_TABLES = ("notes", "action_points", "attendance")


def before_the_session(source: Path, target: Path) -> Path:
    """The organiser's database: the same event, without what the tables produced."""
    copy_of(source, target)
    conn = sqlite3.connect(target)
    with conn:
        for table in SESSION_TABLES:
            conn.execute(f"DELETE FROM {table}")
    conn.execute("VACUUM")
    conn.close()
    return target


def bulk_insert(source: Path, target: Path) -> float:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    rows = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in SESSION_TABLES}
    names = {t: [r[1] for r in src.execute(f"PRAGMA table_info({t})")] for t in SESSION_TABLES}
    src.close()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")

    def insert() -> None:
        conn.execute("BEGIN")
        for table in SESSION_TABLES:
            marks = ", ".join("?" for _ in names[table])
            conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows[table])
        conn.execute("COMMIT")

    try:
        return timed_ms(insert)
    finally:
        conn.close()


def run(workdir: Path) -> list[Row]:
    from roundtables.exchange import import_file, write_results

    rows = []
    for tables in SIZES:
        source = single_event(tables)
        files = []
        with Store.open(copy_of(source, workdir / "session.db")) as store:
            event = store.events()[0]
            for table in store.tables(event.id):
                files.append(write_results(store, event, table,
                                           workdir / f"results-{table.number}.zip"))
        empty = before_the_session(source, workdir / "organiser.db")
        mine, base = [], []
        for n in range(3 if tables < 100 else 2):
            target = copy_of(empty, workdir / f"import-{n}.db")
            with Store.open(target) as store:
                def import_all(store: Store = store, files: list[Path] = files) -> None:
                    for path in files:
                        summary = import_file(store, path)
                        if summary.outcome == "rejected":
                            raise RuntimeError(summary.reason)
                mine.append(timed_ms(import_all))
                if n == 0:
                    again = [timed_ms(lambda s=store, f=files[0]: import_file(s, f))
                             for _ in range(5)]
            base.append(bulk_insert(source, copy_of(empty, workdir / f"bulk-{n}.db")))
        value, reference = median(mine), median(base)
        rows.append(Row(
            f"import {tables} results files x 500 notes into the organiser's database, "
            f"vs executemany of the same new rows", value, reference, "ms", "<= 2.5x",
            value <= 2.5 * reference, curve="import of results files", x=tables,
            x_label="results files of 500 notes"))
        rows.append(Row(
            f"re-import of one unchanged results file ({tables}-table event)",
            statistics.median(again), None, "ms", "<= 20 ms", statistics.median(again) <= 20,
            curve="re-import of an unchanged file", x=tables,
            x_label="results files of 500 notes"))
    return rows

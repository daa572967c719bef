"""SQLite failures are told apart by their result code, with real errors from a real file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from roundtables.domain import Event, RoundtablesError
from roundtables.storage import Store
from roundtables.storage.errors import sqlite_failure


def _full(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.execute(f"PRAGMA max_page_count={conn.execute('PRAGMA page_count').fetchone()[0]}")
    conn.execute("INSERT INTO t VALUES (?)", ("x" * 100_000,))


def _read_only(path: Path) -> None:
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.execute("INSERT INTO t VALUES (1)")


def _busy(path: Path) -> None:
    first = sqlite3.connect(path, isolation_level=None)
    first.execute("CREATE TABLE t (x)")
    first.execute("BEGIN IMMEDIATE")
    second = sqlite3.connect(path, timeout=0)
    second.execute("BEGIN IMMEDIATE")


def _not_a_database(path: Path) -> None:
    path.write_bytes(b"just some text, long enough to look like a header" * 20)
    sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()


def _corrupt(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [("y" * 500,) for _ in range(100)])
    conn.commit()
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='t'").fetchone()
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * 4096)
        handle.write(b"\x0d\xff\xff\xff" * 1024)
    sqlite3.connect(path).execute("SELECT count(*), max(length(x)) FROM t").fetchall()


CASES: dict[str, tuple[Callable[[Path], None], str, str]] = {
    "full": (_full, "disk-full", "free some space"),
    "read-only": (_read_only, "read-only", "read-only"),
    "busy": (_busy, "busy", "another program"),
    "not a database": (_not_a_database, "not-a-database", "backup"),
    "corrupt": (_corrupt, "damaged", "restore it"),
}


@pytest.mark.parametrize("case", CASES)
def test_each_failure_is_named_by_its_code(case: str, tmp_path: Path) -> None:
    provoke, code, advice = CASES[case]
    path = tmp_path / "x.db"
    with pytest.raises(sqlite3.Error) as raised:
        provoke(path)
    error = sqlite_failure(raised.value, path)
    assert isinstance(error, RoundtablesError)
    assert error.code == code and error.params["path"] == str(path)
    message = str(error)
    assert str(path) in message and advice in message and "\n" not in message


def test_a_full_database_through_the_store_names_the_file(store: Store,
                                                          demo_event: Event) -> None:
    table = store.tables(demo_event.id)[0]
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count={pages}")
    with pytest.raises(RoundtablesError) as raised:
        store.save_draft(table.id, "x" * 200_000)
    assert raised.value.code == "disk-full" and str(store.path) in str(raised.value)

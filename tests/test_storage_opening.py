"""Open nothing we did not make, and check integrity when it matters.

A foreign SQLite file, a newer schema or a damaged file is refused in one line,
through the command line and through ``Store.open``, and stays byte for byte as
it was, with nothing (no -wal, -shm or lock file) created beside it.  The
whole-file integrity check runs after an unclean shutdown, before an archive and
on request, never on a clean open.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from roundtables.cli import run
from roundtables.demo import create_demo
from roundtables.domain import EventStatus, RoundtablesError
from roundtables.storage import Database, Store
from roundtables.storage.schema import SCHEMA_VERSION

SLUG = "challenging-the-ict-supply-chain-from-mining-to-procurement"


def _folder_state(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def _foreign(folder: Path) -> Path:
    path = folder / "contacts.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.executemany("INSERT INTO contacts VALUES (?, ?)", [("Ann", "1"), ("Bo", "2")])
    conn.commit()
    conn.close()
    return path


def _foreign_with_high_version(folder: Path) -> Path:
    path = _foreign(folder)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version=7")
    conn.close()
    return path


def _ours(folder: Path) -> Path:
    path = folder / "roundtables.db"
    with Store.open(path) as store:
        create_demo(store)
    return path


def _newer(folder: Path) -> Path:
    path = _ours(folder)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    return path


def _damage_page(path: Path, page: int) -> None:
    """Overwrite one page with garbage, keeping the file's size and modification time."""
    before = path.stat()
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * 4096)
        handle.write(bytes(range(256)) * 16)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def _damaged(folder: Path) -> Path:
    path = _ours(folder)
    conn = sqlite3.connect(path)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='events'").fetchone()
    conn.close()
    _damage_page(path, root)
    os.utime(path)  # changed since the last clean close, as a copy or a bad sector would be
    return path


def _damaged_header(folder: Path) -> Path:
    path = _ours(folder)
    with open(path, "r+b") as handle:
        handle.seek(100)
        handle.write(b"\xee" * 4000)  # the schema page itself
    return path


MAKERS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "foreign": (_foreign, "not a Roundtables database"),
    "foreign-versioned": (_foreign_with_high_version, "not a Roundtables database"),
    "newer": (_newer, "newer Roundtables"),
    "damaged": (_damaged, "damaged"),
    "damaged-schema": (_damaged_header, "damaged"),
}

OPENERS: dict[str, Callable[[Path], list[str]]] = {
    "events": lambda db: ["events", "--db", str(db)],
    "note": lambda db: ["note", SLUG, "1", "A note", "--db", str(db)],
    "import": lambda db: ["import", str(db.parent.parent / "results.zip"), "--db", str(db)],
    "search": lambda db: ["search", "procurement", "--db", str(db)],
}


@pytest.fixture(scope="module")
def results_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("source")
    with Store.open(folder / "source.db") as store:
        create_demo(store)
    out = folder / "results.zip"
    assert run(["export", SLUG, "1", "-o", str(out), "--db", str(folder / "source.db")]) == 0
    return out


@pytest.mark.parametrize("kind", MAKERS)
@pytest.mark.parametrize("command", OPENERS)
def test_refused_on_the_command_line_and_left_untouched(
    kind: str, command: str, tmp_path: Path, results_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (tmp_path / "results.zip").write_bytes(results_file.read_bytes())
    make, expected = MAKERS[kind]
    path = make(folder)
    before = _folder_state(folder)
    capsys.readouterr()
    code = run(OPENERS[command](path))
    err = capsys.readouterr().err
    assert code == 1
    assert expected in err and str(path) in err
    assert err.count("\n") == 1 and "internal error" not in err
    assert _folder_state(folder) == before


@pytest.mark.parametrize("kind", MAKERS)
@pytest.mark.parametrize("writer", [True, False])
def test_refused_by_store_open_and_left_untouched(kind: str, writer: bool, tmp_path: Path) -> None:
    make, expected = MAKERS[kind]
    path = make(tmp_path)
    before = _folder_state(tmp_path)
    with pytest.raises(RoundtablesError, match=expected) as caught:
        Store.open(path, writer=writer)
    assert "\n" not in str(caught.value)
    assert caught.value.params["path"] == str(path)
    assert _folder_state(tmp_path) == before


def test_an_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with Store.open(path) as store:
        assert store.events() == []


# ---------------------------------------------------------------- integrity check


def _damaged_index_after(tmp_path: Path, leave: str) -> Path:
    """A demo database whose notes index page is garbage, left cleanly or by a crash.

    The damage keeps size and modification time, as a bad sector would: only reading
    the page (quick_check) can find it.
    """
    path = tmp_path / "roundtables.db"
    with Store.open(path) as store:
        event = create_demo(store)
        event.status = EventStatus.FINALISED.value
        store.save(event)
    if leave == "crash":
        code = ("import os, sys\nfrom roundtables.storage import Store\n"
                "Store.open(sys.argv[1])\nos._exit(0)\n")
        subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=120)
    conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='notes_table'").fetchone()
    conn.close()
    _damage_page(path, root)
    return path


def test_a_clean_open_does_not_read_the_whole_file(tmp_path: Path) -> None:
    path = _damaged_index_after(tmp_path, "clean")
    with Store.open(path) as store:  # the damaged page is never read: no check ran
        assert not store.database.integrity_checked
        assert [e.slug for e in store.events()] == [SLUG]
    with Database(path, writer=False) as reader:
        assert not reader.integrity_checked


def test_an_open_after_a_crash_checks_and_refuses_a_damaged_file(tmp_path: Path) -> None:
    path = _damaged_index_after(tmp_path, "crash")
    before = _folder_state(tmp_path)
    with pytest.raises(RoundtablesError, match="damaged"):
        Store.open(path)
    assert _folder_state(tmp_path) == before


def test_an_open_after_a_crash_checks_once_then_no_more(tmp_path: Path) -> None:
    path = tmp_path / "roundtables.db"
    Store.open(path).close()
    code = ("import os, sys\nfrom roundtables.storage import Store\n"
            "Store.open(sys.argv[1])\nos._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=120)
    with Store.open(path) as store:
        assert store.database.integrity_checked
    with Store.open(path) as store:
        assert not store.database.integrity_checked


def test_a_changed_file_is_checked(tmp_path: Path) -> None:
    path = tmp_path / "roundtables.db"
    Store.open(path).close()
    with Store.open(path) as store:
        assert not store.database.integrity_checked
    conn = sqlite3.connect(path)  # another program writes to it while we are closed
    conn.execute("INSERT INTO settings(key, value) VALUES ('x', 'y')")
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        assert store.database.integrity_checked


def test_check_on_request_from_the_command_line(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = _damaged_index_after(tmp_path, "clean")
    assert run(["events", "--db", str(path)]) == 0
    capsys.readouterr()
    assert run(["events", "--check", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and str(path) in err and err.count("\n") == 1


def test_an_archive_checks_the_whole_file_first(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = _damaged_index_after(tmp_path, "clean")
    out = tmp_path / "archive.zip"
    assert run(["archive", SLUG, "-o", str(out), "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and str(path) in err
    assert not out.exists()

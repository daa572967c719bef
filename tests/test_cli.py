"""The command line as a script would use it: real processes, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def rt(*args: str, db: Path | None = None, check: bool = False) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, str(ROOT / "main.py"), *args]
    if db is not None:
        cmd += ["--db", str(db)]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    rt("demo", db=path, check=True)
    return path


def test_demo_then_events_json(demo_db: Path) -> None:
    events = json.loads(rt("events", "--json", db=demo_db, check=True).stdout)
    assert len(events) == 1
    assert [t["number"] for t in events[0]["tables"]] == [1, 2, 3]
    assert "supply chain" in events[0]["title"].lower()


def test_dump_has_the_whole_event(demo_db: Path) -> None:
    slug = json.loads(rt("events", "--json", db=demo_db, check=True).stdout)[0]["slug"]
    dump = json.loads(rt("dump", slug, db=demo_db, check=True).stdout)
    assert {"event", "participants", "tables", "notes", "action_points", "feedback"} <= set(dump)
    assert len(dump["tables"]) == 3
    for number in (1, 2, 3):
        table_notes = [n for n in dump["notes"] if n["table_number"] == number]
        assert len(table_notes) >= 15
        types = {n["type"] for n in table_notes}
        assert types == {nt["key"] for nt in dump["event"]["note_types"]}
        assert any(a["table_number"] == number for a in dump["action_points"])
        assert any(f["table_number"] == number for f in dump["feedback"])
        table = dump["tables"][number - 1]
        assert table["keynote_speaker"] and table["questions"] and table["agenda"]
    consents = {p["consent"] for p in dump["participants"]}
    assert consents == {"named", "organisation", "anonymous"}


def test_note_from_a_script_then_search(tmp_path: Path) -> None:
    db = tmp_path / "n.db"
    rt("new-event", "--template", "symposium", "--title", "Forum", "--date", "2026-01-02",
       db=db, check=True)
    slug = json.loads(rt("events", "--json", db=db, check=True).stdout)[0]["slug"]
    out = rt("note", slug, "2", "Ask suppliers for factory lists", "--type", "proposal",
             "--speaker", "Nobody Listed", "--tag", "transparency", "--tag", "#disclosure",
             db=db, check=True)
    note_id = out.stdout.strip()
    hits = json.loads(rt("search", "factory", "--json", db=db, check=True).stdout)
    assert [h["id"] for h in hits] == [note_id]
    assert hits[0]["table"] == 2 and hits[0]["type"] == "proposal"
    assert "[factory]" in hits[0]["snippet"]
    dump = json.loads(rt("dump", slug, db=db, check=True).stdout)
    (note,) = dump["notes"]
    assert note["tags"] == ["transparency", "disclosure"] and note["speaker"] == "Nobody Listed"
    text = rt("search", "factory", db=db, check=True).stdout
    assert "table 2" in text


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("new-event", "--template", "nope"), "No template 'nope'"),
        (("new-event", "--template", "symposium", "--date", "12/03/2019"), "Not a date"),
        (("dump", "no-such-event"), "No event 'no-such-event'"),
        (("note", "no-such-event", "1", "text"), "No event"),
        (("search", "\"*"), "at least one word"),
        (("frobnicate",), "invalid choice"),
    ],
)
def test_bad_input_gives_one_line(tmp_path: Path, args: tuple[str, ...], expected: str) -> None:
    line = one_line_error(rt(*args, db=tmp_path / "x.db"))
    assert expected in line


def test_unknown_table_and_type(demo_db: Path) -> None:
    slug = json.loads(rt("events", "--json", db=demo_db, check=True).stdout)[0]["slug"]
    assert "no table 7" in one_line_error(rt("note", slug, "7", "x", db=demo_db))
    assert "Unknown note type" in one_line_error(
        rt("note", slug, "1", "x", "--type", "gossip", db=demo_db))


def test_non_database_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.db"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 500)
    line = one_line_error(rt("events", db=path))
    assert "not a Roundtables database" in line
    assert path.read_bytes().startswith(b"\x89PNG")


def test_read_only_folder(tmp_path: Path) -> None:
    # Root may write anywhere, so the folder is made unusable in a way root respects:
    # a regular file stands where the folder should be.
    blocker = tmp_path / "stick"
    blocker.write_text("a file, not a folder")
    line = one_line_error(rt("demo", db=blocker / "sub" / "x.db"))
    assert "Cannot create folder" in line


def test_finalise_blocks_note_and_reopen_allows(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    db.write_bytes(demo_db.read_bytes())
    slug = json.loads(rt("events", "--json", db=db, check=True).stdout)[0]["slug"]
    rt("finalise", slug, db=db, check=True)
    assert "read-only" in one_line_error(rt("note", slug, "1", "late", db=db))
    rt("reopen", slug, db=db, check=True)
    rt("note", slug, "1", "after reopening", db=db, check=True)


def test_env_var_selects_database(tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    env = {**__import__("os").environ, "ROUNDTABLES_DB": str(db)}
    subprocess.run([sys.executable, str(ROOT / "main.py"), "new-event", "--template", "blank",
                    "--title", "Via env"], check=True, env=env, capture_output=True, timeout=60)
    assert db.exists()


def test_every_command_of_the_contract_has_help() -> None:
    from roundtables.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name in ("demo", "new-event", "events", "dump", "note", "search", "finalise", "reopen"):
        assert name in sub.choices  # type: ignore[attr-defined]
        assert "--db" in sub.choices[name].format_help()  # type: ignore[attr-defined]


def test_a_reading_command_upgrades_a_database_from_an_older_version(tmp_path: Path) -> None:
    """After an update of the app, `events` on last year's database just works."""
    import sqlite3

    db = tmp_path / "older.db"
    rt("demo", db=db, check=True)
    conn = sqlite3.connect(db)
    with conn:  # as the previous schema left it: the last migration not applied
        last = conn.execute("SELECT name FROM _sqlite_migrations ORDER BY name DESC").fetchone()
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", last)
        conn.execute("PRAGMA user_version=4")
    conn.close()
    result = rt("events", "--json", db=db)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["tables"]
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] > 4
    conn.close()


def test_search_on_the_command_line_leaves_out_removed_tables_and_events(tmp_path: Path) -> None:
    # The library window never offered them; the command line showed them (issue 16).
    from roundtables.storage import Store

    db = tmp_path / "n.db"
    rt("demo", db=db, check=True)
    hits = json.loads(rt("search", "procurement", "--json", db=db, check=True).stdout)
    assert 3 in {h["table"] for h in hits}
    with Store.open(db) as store:
        [event] = store.events()
        store.tombstone(store.find_table(event, 3))
    for args in (("search", "procurement"), ("search", "procurement", "--table", "3"),
                 ("search", "procurement", "--type", "proposal")):
        hits = json.loads(rt(*args, "--json", db=db, check=True).stdout)
        assert 3 not in {h["table"] for h in hits}, args
    with Store.open(db) as store:
        [event] = store.events()
        store.tombstone(event)
    assert json.loads(rt("search", "procurement", "--json", db=db, check=True).stdout) == []

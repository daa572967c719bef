"""A process saving notes as fast as it can is killed at random moments.

Every note it reported as saved (printed only after ``add_note`` returned) must be
in the database afterwards, and SQLite's integrity check must pass.  This is the
"never lose a word" promise under SIGKILL, twenty times over.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from roundtables.storage import Store
from roundtables.templates import create_event, load_template

WRITER = """
import sys
from roundtables.storage import Store
store = Store.open(sys.argv[1])
table_id = sys.argv[2]
n = 0
while True:
    n += 1
    note = store.add_note(table_id, f"note {n} " + "é✓" * (n % 7), tags=["crash"])
    store.save_draft(table_id, f"draft after {n}")
    sys.stdout.write(note.id + "\\n")
    sys.stdout.flush()
"""

KILLS = 20


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_killed_writer_never_loses_a_reported_note(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    with Store.open(db) as store:
        event = create_event(store, load_template("symposium"), title="Crash")
        table_id = store.tables(event.id)[0].id
    rng = random.Random(20190312)
    reported: list[str] = []
    for _ in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), table_id],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        first = proc.stdout.readline()  # wait until it is really writing
        assert first, proc.stderr.read() if proc.stderr else "writer died"
        time.sleep(rng.uniform(0.0, 0.15))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        reported.append(first.strip())
        # A line cut off by the kill was never fully reported: ignore it.
        reported.extend(line for line in out.split("\n")[:-1] if len(line) == 32)
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in conn.execute("SELECT id FROM notes")}
    finally:
        conn.close()
    missing = [note_id for note_id in reported if note_id not in stored]
    assert len(reported) > KILLS
    assert missing == []
    with Store.open(db) as store:  # and it opens cleanly, lock released by the kills
        assert store.draft(table_id).startswith("draft after")
        assert len(store.search("crash")) > 0

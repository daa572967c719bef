"""The archived database works as-is in Datasette: tables described, notes searchable."""

from __future__ import annotations

import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from datasette.utils import detect_fts

from roundtables.archive import write_archive
from roundtables.domain import Event, EventStatus
from roundtables.storage import Store

STARTUP_SECONDS = 30


Unpacked = tuple[Path, list[dict[str, str]]]


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Unpacked]:
    """The demo archived, then its database and metadata unpacked read-only."""
    from roundtables.demo import create_demo

    work = tmp_path_factory.mktemp("datasette")
    with Store.open(work / "library.db") as store:
        event = create_demo(store)
        notes = [
            {"id": n.id, "text": n.text}
            for t in store.tables(event.id)
            for n in store.notes(t.id)
        ]
        event.status = EventStatus.FINALISED.value
        store.save(event)
        archive = write_archive(store, store.get(Event, event.id), work / "a.zip")  # type: ignore[arg-type]
    folder = work / "unpacked"
    with zipfile.ZipFile(archive) as opened:
        for name in ("roundtables.db", "datasette-metadata.json"):
            opened.extract(name, folder)
            (folder / name).chmod(0o444)
    folder.chmod(0o555)
    try:
        yield folder, notes
    finally:
        folder.chmod(0o755)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def get_json(url: str) -> object:
    assert url.startswith("http://127.0.0.1:")  # loopback only: the product is offline
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read().decode("utf-8"))


@pytest.fixture(scope="module")
def server(unpacked: Unpacked) -> Iterator[str]:
    """Datasette serving the unpacked archive on a free loopback port."""
    folder, _ = unpacked
    port = free_port()
    log = open(folder.parent / "datasette.log", "wb")  # noqa: SIM115 - closed in finally
    process = subprocess.Popen(
        [
            sys.executable, "-m", "datasette", "serve", str(folder / "roundtables.db"),
            "--metadata", str(folder / "datasette-metadata.json"),
            "--host", "127.0.0.1", "--port", str(port),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if process.poll() is not None:
                log.flush()
                output = (folder.parent / "datasette.log").read_text(errors="replace")
                pytest.fail(f"Datasette exited with {process.returncode}: {output[-2000:]}")
            try:
                get_json(f"{base}/-/versions.json")
                break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline:
                    pytest.fail(f"Datasette did not answer within {STARTUP_SECONDS}s")
                time.sleep(0.1)  # polling a server that is starting; no signal to wait on
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def test_search_finds_a_demo_note(
    server: str, unpacked: Unpacked
) -> None:
    _, notes = unpacked
    note = next(n for n in notes if "Electronics Watch" in n["text"])
    word = "électronics"  # accents are folded by the index, as in the app

    url = f"{server}/roundtables/notes.json?" + urllib.parse.urlencode(
        {"_search": f"{word} watch", "_shape": "array", "_size": "max"}
    )
    rows = get_json(url)

    assert isinstance(rows, list)
    assert note["id"] in [row["id"] for row in rows]
    assert all(re.search("electronics", row["text"], re.I) for row in rows)


def test_search_covers_action_points_and_feedback(
    server: str, unpacked: Unpacked
) -> None:
    folder, _ = unpacked
    conn = sqlite3.connect(f"{(folder / 'roundtables.db').as_uri()}?mode=ro", uri=True)
    try:
        samples = {
            "action_points": conn.execute("SELECT id, action FROM action_points").fetchone(),
            "article_feedback": conn.execute(
                "SELECT id, rationale FROM article_feedback WHERE rationale != ''"
            ).fetchone(),
        }
    finally:
        conn.close()
    for table, (record_id, text) in samples.items():
        word = max(re.findall(r"\w+", text), key=len)
        url = f"{server}/roundtables/{table}.json?_search={urllib.parse.quote(word)}&_shape=array"
        rows = get_json(url)
        assert isinstance(rows, list)
        assert record_id in [row["id"] for row in rows], (table, word)


def test_metadata_titles_and_the_search_box(server: str) -> None:
    metadata = get_json(f"{server}/-/metadata.json")
    assert isinstance(metadata, dict)
    assert metadata["title"].startswith("Challenging the ICT supply chain")
    tables = metadata["databases"]["roundtables"]["tables"]
    assert tables["notes"]["fts_table"] == "notes_fts"

    with urllib.request.urlopen(f"{server}/roundtables/notes", timeout=10) as response:
        page = response.read().decode("utf-8")
    assert 'name="_search"' in page
    assert "What was said at the tables" in page


def test_read_only_files_stay_untouched(
    server: str, unpacked: Unpacked
) -> None:
    folder, _ = unpacked
    get_json(f"{server}/roundtables/notes.json?_search=procurement")

    assert sorted(p.name for p in folder.iterdir()) == [
        "datasette-metadata.json", "roundtables.db"
    ]


def test_datasette_finds_the_indexes_without_metadata(
    unpacked: Unpacked,
) -> None:
    folder, _ = unpacked
    conn = sqlite3.connect(f"{(folder / 'roundtables.db').as_uri()}?mode=ro", uri=True)
    try:
        found = {t: detect_fts(conn, t) for t in ("notes", "action_points", "article_feedback")}
    finally:
        conn.close()
    assert found == {
        "notes": "notes_fts",
        "action_points": "action_points_fts",
        "article_feedback": "article_feedback_fts",
    }

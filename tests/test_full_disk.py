"""A full disk gives a message naming the file and what to do, never a bare error.

The disk fills in two honest ways: a child process whose file size limit
(``RLIMIT_FSIZE``, the same EFBIG/short-write path a full disk takes) stops its
writes, and SQLite's own ``max_page_count`` (SQLITE_FULL, the code a full disk
gives) for the window, which runs in this process.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ui_workspace_support import open_workspace

from roundtables.cli import run
from roundtables.demo import create_demo
from roundtables.domain import Event, EventStatus
from roundtables.storage import Store

resource = pytest.importorskip("resource")

_LIMITED = """
import resource, signal, sys
limit = int(sys.argv[1])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a refused write returns EFBIG, as ENOSPC would
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from roundtables.app import main
code = main(sys.argv[2:])
sys.stdout.flush()
sys.exit(code)
"""


def _rt_with_disk_limit(limit: int, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _LIMITED, str(limit), *args],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def demo_db(tmp_path: Path) -> tuple[Path, str]:
    db = tmp_path / "roundtables.db"
    with Store.open(db) as store:
        event = create_demo(store)
    return db, event.slug


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    err = result.stderr
    assert err.count("\n") == 1, err
    assert "Traceback" not in err and "internal error" not in err
    return err


def test_a_note_on_a_full_disk_names_the_database(demo_db: tuple[Path, str]) -> None:
    db, slug = demo_db
    err = _one_line(_rt_with_disk_limit(40_000, "note", slug, "1", "word " * 20_000,
                                        "--db", str(db)))
    assert str(db) in err and "disk" in err and "free some space" in err
    assert "disk I/O error" not in err


def test_a_synthesis_on_a_full_disk_names_the_file(demo_db: tuple[Path, str],
                                                    tmp_path: Path) -> None:
    db, slug = demo_db
    out = tmp_path / "synthesis.docx"
    err = _one_line(_rt_with_disk_limit(40_000, "synthesis", slug, "-o", str(out),
                                        "--db", str(db)))
    assert str(out) in err and "full" in err and "free some space" in err


def test_an_archive_on_a_full_disk_names_the_file(demo_db: tuple[Path, str],
                                                  tmp_path: Path) -> None:
    db, slug = demo_db
    assert run(["finalise", slug, "--db", str(db)]) == 0
    out = tmp_path / "archive.zip"
    err = _one_line(_rt_with_disk_limit(40_000, "archive", slug, "-o", str(out),
                                        "--db", str(db)))
    assert "full" in err and "free some space" in err
    assert "disk I/O error" not in err
    assert not out.exists()


@pytest.fixture(scope="module")
def good_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    db = folder / "r.db"
    with Store.open(db) as store:
        event = create_demo(store)
        event.status = EventStatus.FINALISED.value
        store.save(event)
    out = folder / "good.zip"
    assert run(["archive", event.slug, "-o", str(out), "--db", str(db)]) == 0
    return out


def _member(path: str, size: object = 1, sha: object = "ab" * 32) -> dict[str, object]:
    return {"path": path, "size": size, "sha256": sha}


_HEAD = '{"format": "roundtables-archive", "version": 1, "members": '
MALFORMED: dict[str, bytes] = {
    "deep nesting": b"[" * 100_000,
    "lone surrogate in a path": (_HEAD + '[{"path": "\\udc80", "size": 1, "sha256": "'
                                 + "ab" * 32 + '"}]}').encode(),
    "NUL in a path": (_HEAD + json.dumps([_member("a\u0000b")]) + "}").encode(),
    "size true": (_HEAD + json.dumps([_member("README.txt", True)]) + "}").encode(),
    "size negative": (_HEAD + json.dumps([_member("README.txt", -1)]) + "}").encode(),
    "sha256 not hex": (_HEAD + json.dumps([_member("README.txt", 1, "zz")]) + "}").encode(),
    "empty path": (_HEAD + json.dumps([_member("")]) + "}").encode(),
    "path twice": (_HEAD + json.dumps([_member("README.txt"), _member("README.txt")])
                   + "}").encode(),
}


@pytest.mark.parametrize("case", MALFORMED)
def test_archive_verify_on_a_malformed_manifest_is_one_line(
    case: str, good_archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(good_archive) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info.filename, MALFORMED[case] if info.filename == "manifest.json"
                         else data)
    capsys.readouterr()
    assert run(["archive", "--verify", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error" not in err
    assert "bad.zip" in err and "manifest.json" in err


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise", "grabbing the keyboard")
def test_a_draft_that_cannot_be_saved_says_so_in_the_status_bar(
    demo_event: Event, store: Store, qtbot: QtBot,
) -> None:
    ws = open_workspace(qtbot, store, demo_event, 1)
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count={pages}")  # the disk is full from now on
    ws.capture.field.setPlainText("A long half-typed thought " * 2000)
    qtbot.waitUntil(lambda: "not saved" in ws.statusBar().currentMessage(), timeout=3000)
    message = ws.statusBar().currentMessage()
    assert str(store.path) in message and "free some space" in message
    store.conn.execute(f"PRAGMA max_page_count={pages * 100}")  # space again
    ws.capture.field.setPlainText("A short thought")
    qtbot.waitUntil(lambda: store.draft(ws.table.id) == "A short thought", timeout=3000)
    assert "not saved" not in ws.statusBar().currentMessage()


def test_output_to_a_full_disk_names_standard_output(demo_db: tuple[Path, str],
                                                     tmp_path: Path) -> None:
    db, slug = demo_db
    (tmp_path / "dump.json").write_bytes(b" " * 40_000)  # the file already fills the room
    with open(tmp_path / "dump.json", "a") as redirected:  # `roundtables dump ... >> dump.json`
        result = subprocess.run([sys.executable, "-c", _LIMITED, "40000", "dump", slug,
                                 "--db", str(db)], stdout=redirected, stderr=subprocess.PIPE,
                                text=True, timeout=120)
    assert result.returncode == 1
    err = result.stderr
    assert err.count("\n") == 1 and "Traceback" not in err and "Exception ignored" not in err
    assert "standard output" in err and "free some space" in err and str(db) not in err


def test_small_output_to_a_full_disk_is_noticed_at_the_end(demo_db: tuple[Path, str],
                                                           tmp_path: Path) -> None:
    db, _slug = demo_db
    (tmp_path / "events.txt").write_bytes(b" " * 40_000)
    with open(tmp_path / "events.txt", "a") as redirected:  # fits the buffer, fails at flush
        result = subprocess.run([sys.executable, "-c", _LIMITED, "40000", "events",
                                 "--db", str(db)], stdout=redirected, stderr=subprocess.PIPE,
                                text=True, timeout=120)
    assert result.returncode == 1, result.stderr
    assert "standard output" in result.stderr and "Exception ignored" not in result.stderr

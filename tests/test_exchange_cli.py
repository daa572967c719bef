"""kit, export and import on the command line, as PRODUCT.md specifies them."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from exchange_helpers import fingerprint, records_fingerprint

from roundtables.cli import run
from roundtables.storage import Store

ROOT = Path(__file__).resolve().parent.parent


def rt(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args],
                          capture_output=True, text=True, timeout=120)


def test_kits_and_results_through_real_processes(tmp_path: Path) -> None:
    source, target = tmp_path / "organiser.db", tmp_path / "rapporteur.db"
    assert rt("demo", "--db", str(source)).returncode == 0
    slug = json.loads(rt("events", "--json", "--db", str(source)).stdout)[0]["slug"]

    kits = rt("kit", slug, "--db", str(source), "-o", str(tmp_path / "kits"))
    assert kits.returncode == 0, kits.stderr
    assert len(kits.stdout.split()) == 3 and all(Path(p).is_file() for p in kits.stdout.split())

    files = []
    for number in ("1", "2", "3"):
        out = tmp_path / f"results-table-{number}.zip"
        done = rt("export", slug, number, "-o", str(out), "--db", str(source))
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == str(out)
        files.append(str(out))
    bad = tmp_path / "x.zip"
    bad.write_bytes(b"not a zip at all")

    set_up = rt("import", *kits.stdout.split(), "--db", str(target))
    assert set_up.returncode == 0, set_up.stderr
    done = rt("import", files[2], str(bad), files[0], files[1], "--db", str(target))
    assert done.returncode == 1
    lines = done.stdout.strip().splitlines()
    assert lines[1] == "x.zip: rejected: not a ZIP file (is this really a kit or results file?)"
    for line, table in zip([lines[0], lines[2], lines[3]], (3, 1, 2), strict=True):
        assert re.fullmatch(
            rf"results-table-{table}\.zip: imported [1-9]\d*, updated 0, unchanged \d+, "
            r"conflicts 0",
            line,
        ), line
    assert done.stderr.strip() == "roundtables: 1 of 4 files rejected; the others were imported"

    again = rt("import", *files, "--db", str(target))
    assert again.returncode == 0, again.stderr
    assert [line.split(": ", 1)[1].split(",")[0] for line in again.stdout.splitlines()] == [
        "imported 0"] * 3
    with Store.open(source, writer=False) as s, Store.open(target, writer=False) as t:
        assert records_fingerprint(s) == records_fingerprint(t)


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.db"
    assert run(["demo", "--db", str(path)]) == 0
    capsys.readouterr()
    return path


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["kit", "no-such-event"], r"No event 'no-such-event'"),
        (["kit", "{slug}", "9"], r"has no table 9"),
        (["export", "{slug}", "1", "-o", "{tmp}/results.txt"], r"should end in \.zip"),
        (["export", "{slug}", "two", "-o", "{tmp}/r.zip"], r"Not a table number"),
        (["export", "{slug}", "1", "-o", "{tmp}/unplugged/r.zip"], r"was the stick removed"),
        (["kit", "{slug}", "-o", "{tmp}/demo.db"], r"is a file; give a folder"),
        (["kit", "{slug}", "-o", "{tmp}/USB/kits"], r"USB does not exist \(was the stick removed"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str],
    message: str,
) -> None:
    with Store.open(demo_db, writer=False) as store:
        slug = store.events()[0].slug
        before = fingerprint(store)
    if "-o" not in args:
        args = [*args, "-o", "{tmp}/kits"]
    argv = [a.format(slug=slug, tmp=tmp_path) for a in args] + ["--db", str(demo_db)]
    assert run(argv) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert re.search(message, err), err
    assert not list(tmp_path.rglob("*.zip")) and not (tmp_path / "USB").exists()
    with Store.open(demo_db, writer=False) as store:
        assert fingerprint(store) == before


def test_import_of_nothing_but_bad_files(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.zip"
    empty.write_bytes(b"")
    assert run(["import", str(empty), str(tmp_path / "gone.zip"), "--db",
                str(tmp_path / "r.db")]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "empty.zip: rejected: the file is empty (0 bytes); copy it again",
        "gone.zip: rejected: no such file",
    ]
    assert captured.err.strip() == "roundtables: 2 of 2 files rejected"

"""Bounds on everything read: counters, text, the ZIP directory, attachments, paths."""

from __future__ import annotations

import struct
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from exchange_helpers import fingerprint, rebuild

from roundtables.demo import create_demo
from roundtables.domain import Attachment, Event, RoundtablesError
from roundtables.exchange import (
    Limits,
    import_file,
    write_results,
    write_table_kit,
    write_table_kits,
)
from roundtables.storage import Store


@pytest.fixture(scope="module")
def handed_in(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The organiser's kits and three results files of one demo event."""
    folder = tmp_path_factory.mktemp("stick")
    with Store.open(folder / "organiser.db") as store:
        event = create_demo(store)
        tables = store.tables(event.id)
        return {
            "folder": folder,
            "kits": write_table_kits(store, event, folder),
            "results": [write_results(store, event, t, folder / f"results-{t.number}.zip")
                        for t in tables],
        }


@pytest.fixture
def rapporteur(tmp_path: Path, handed_in: dict[str, Any]) -> Iterator[Store]:
    with Store.open(tmp_path / "rapporteur.db") as store:
        for kit in handed_in["kits"]:
            assert import_file(store, kit).outcome == "imported"
        yield store


def refused(store: Store, path: Path, reason: str, **kwargs: Any) -> str:
    before = fingerprint(store)
    summary = import_file(store, path, **kwargs)
    assert summary.outcome == "rejected", summary.line()
    assert reason in summary.reason and "\n" not in summary.reason, summary.reason
    assert fingerprint(store) == before
    return summary.reason


@pytest.mark.parametrize(("revision", "reason"), [(2**63, "a number with 19 digits"),
                                                   (2**31 + 1, "notes[0].revision"),
                                                   (-1, "notes[0].revision")])
def test_a_revision_outside_zero_to_two_to_the_31(
    rapporteur: Store, handed_in: dict[str, Any], tmp_path: Path, revision: int, reason: str
) -> None:
    def huge(payload: dict[str, Any]) -> None:
        payload["records"]["notes"][0]["revision"] = revision

    path = rebuild(handed_in["results"][0], tmp_path / "huge.zip", payload=huge)
    refused(rapporteur, path, reason)


@pytest.mark.parametrize(("escape", "words"), [("\\ud800", "broken character"),
                                               ("\\u0000", "NUL character")])
def test_a_lone_surrogate_or_nul_among_three_files(
    tmp_path: Path, handed_in: dict[str, Any], escape: str, words: str
) -> None:
    first, second, third = handed_in["results"]

    def poison(text: str) -> str:
        return text.replace('"text":"', f'"text":"{escape}', 1)

    bad = rebuild(second, tmp_path / "bad.zip", payload_text=poison)
    db = tmp_path / "rapporteur.db"
    with Store.open(db) as store:
        for kit in handed_in["kits"]:
            import_file(store, kit)
    done = subprocess.run(
        [sys.executable, "-m", "roundtables", "import", str(first), str(bad), str(third),
         "--db", str(db)],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 3 and "Traceback" not in done.stderr
    assert lines[1].startswith("bad.zip: rejected: payload.json holds a") and words in lines[1]
    assert lines[0].startswith(f"{first.name}: imported ") and "conflicts 0" in lines[0]
    assert lines[2].startswith(f"{third.name}: imported ")
    assert done.stderr.strip() == "roundtables: 1 of 3 files rejected; the others were imported"


def _directory_bomb(path: Path, entries: int, claimed: int) -> None:
    """A ZIP whose directory holds ``entries`` entries under an end record of ``claimed``."""
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 0, 0, 0x21, 0, 0, 0, 1, 0) + b"a"
    entry = struct.pack(
        "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 0, 0, 0x21, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0
    ) + b"a"
    block = entry * 100_000
    with open(path, "wb") as handle:
        handle.write(local)
        for _ in range(entries // 100_000):
            handle.write(block)
        handle.write(entry * (entries % 100_000))
        size = len(entry) * entries
        handle.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, claimed, claimed, size,
                                 len(local), 0))


@pytest.mark.slow
def test_three_million_directory_entries_under_a_two_member_end_record(
    rapporteur: Store, tmp_path: Path
) -> None:
    path = tmp_path / "directory-bomb.zip"
    _directory_bomb(path, 3_000_000, 2)
    tracemalloc.start()
    start = time.perf_counter()
    reason = refused(rapporteur, path, "damaged or forged")
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert elapsed < 2.0 and peak < 20 << 20, (elapsed, peak, reason)


@pytest.mark.parametrize(("entries", "claimed"), [(3, 2), (2, 3), (40_000, 10_000)])
def test_a_directory_that_disagrees_with_its_end_record(
    rapporteur: Store, tmp_path: Path, entries: int, claimed: int
) -> None:
    path = tmp_path / "liar.zip"
    _directory_bomb(path, entries, claimed)
    refused(rapporteur, path, "damaged or forged")


def test_attachments_are_bounded_in_total(tmp_path: Path) -> None:
    with Store.open(tmp_path / "facilitator.db") as store:
        event = create_demo(store)
        table = store.tables(event.id)[0]
        for n in range(4):
            store.save(Attachment(table_id=table.id, filename=f"{n}.jpg", content=bytes(30_000)))
        kit = write_table_kit(store, event, table, tmp_path)
        path = write_results(store, event, table, tmp_path / "photos.zip")
    limits = Limits(max_member_bytes=40_000, max_attachments_bytes=100_000)
    with Store.open(tmp_path / "rapporteur.db") as rap:
        import_file(rap, kit)
        refused(rap, path, "the attachments add up to 120,000 bytes", limits=limits)
        assert import_file(rap, path).outcome == "updated"  # within the default limits


@pytest.mark.parametrize("slug", ["../../escape", "..", "a/../../b", "/etc/passwd", "c:\\x"])
def test_a_slug_from_a_file_never_leads_outside_the_folder(
    tmp_path: Path, handed_in: dict[str, Any], slug: str
) -> None:
    def renamed(payload: dict[str, Any]) -> None:
        payload["records"]["events"][0]["slug"] = slug

    def manifest(man: dict[str, Any]) -> None:
        man["event"]["slug"] = slug

    kit = rebuild(handed_in["kits"][0], tmp_path / "kit.zip", payload=renamed,
                  manifest=manifest)
    stick = tmp_path / "deep" / "stick"
    stick.mkdir(parents=True)
    with Store.open(tmp_path / "laptop.db") as laptop:
        assert import_file(laptop, kit).outcome == "imported"
        event = laptop.get(Event, import_file(laptop, kit).event_id)
        assert event is not None and event.slug == slug
        table = laptop.tables(event.id)[0]
        written = [write_results(laptop, event, table, stick),
                   write_table_kit(laptop, event, table, stick)]
    for path in written:
        assert path.parent == stick and path.is_file()
    assert sorted(p.name for p in tmp_path.rglob("*.zip") if p.parent != stick) == ["kit.zip"]
    done = subprocess.run(
        [sys.executable, "-m", "roundtables", "export", event.id, "1", "-o", str(stick),
         "--db", str(tmp_path / "laptop.db")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()).parent == stick


def test_text_no_reader_accepts_is_named_when_handing_in(tmp_path: Path) -> None:
    with Store.open(tmp_path / "facilitator.db") as store:
        event = create_demo(store)
        table = store.tables(event.id)[0]
        note = store.add_note(table.id, "pasted\x00from a PDF")
        with pytest.raises(RoundtablesError, match=f"notes record {note.id} holds a NUL"):
            write_results(store, event, table, tmp_path / "r.zip")
    assert list(tmp_path.glob("*.zip")) == []

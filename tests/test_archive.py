"""The archive: what it holds, that it is a true snapshot, and that tampering is caught."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import jsonschema
import pytest

from roundtables.archive import event_schema, verify_archive, write_archive
from roundtables.archive.readme import readme_text
from roundtables.demo import create_demo
from roundtables.domain import (
    Attachment,
    Event,
    EventStatus,
    Note,
    Participant,
    RoundtablesError,
)
from roundtables.dump import dump_event
from roundtables.storage import Store

ROOT = Path(__file__).resolve().parent.parent
PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 64 + b"\xff\xd9"  # JPEG-shaped bytes
EXPECTED = {
    "README.txt",
    "manifest.json",
    "SHA256SUMS",
    "event.json",
    "event.schema.json",
    "roundtables.db",
    "datasette-metadata.json",
    "synthesis.docx",
}


def finalise(store: Store, event: Event) -> Event:
    event.status = EventStatus.FINALISED.value
    return store.save(event)


@pytest.fixture(scope="module")
def archived(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Event, Path]]:
    """The demo, with a photo, a deleted note and a second event, finalised and archived."""
    folder = tmp_path_factory.mktemp("archive")
    with Store.open(folder / "library.db") as store:
        other = create_demo(store)  # another event in the same database, still running
        event = create_demo(store)
        table = store.find_table(event, 2)
        store.save(Attachment(table_id=table.id, filename="Flip-chart élan 1.jpg",
                              caption="Barriers", media_type="image/jpeg", content=PHOTO,
                              sha256=hashlib.sha256(PHOTO).hexdigest()))
        store.save(Attachment(table_id=store.find_table(event, 1).id, filename="../照片.png",
                              media_type="image/png", content=b"\x89PNG tiny"))
        store.tombstone(store.notes(table.id)[0])
        store.save_draft(table.id, "half a sentence nobody saved")
        with store.database.transaction() as conn:
            for log_id, event_id in (("mine", event.id), ("other", other.id), ("none", None)):
                conn.execute(
                    "INSERT INTO import_log (id, file_name, sha256, kind, event_id, "
                    "imported_at, outcome) VALUES (?, ?, '', 'results', ?, '', 'ok')",
                    (log_id, f"{log_id}.zip", event_id),
                )
        finalise(store, event)
        assert other.status != EventStatus.FINALISED.value
        path = write_archive(store, event, folder / "symposium.zip")
        yield store, event, path


def member_bytes(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def test_archive_holds_every_member_with_checksums(archived: tuple[Store, Event, Path]) -> None:
    _, event, path = archived
    members = member_bytes(path)

    attachments = sorted(name for name in members if name.startswith("attachments/"))
    assert set(members) == EXPECTED | set(attachments)
    assert [name.split("/")[1] for name in attachments] == ["table-1", "table-2"]
    assert attachments[0].endswith("-attachment.png")  # no folders, ASCII, suffix kept
    assert attachments[1].endswith("-Flip-chart-elan-1.jpg")
    assert members[attachments[1]] == PHOTO
    manifest = json.loads(members["manifest.json"])
    assert manifest["event"]["id"] == event.id
    listed = {m["path"]: m for m in manifest["members"]}
    assert set(listed) == set(members) - {"manifest.json", "SHA256SUMS"}
    for name, item in listed.items():
        assert item["size"] == len(members[name])
        assert item["sha256"] == hashlib.sha256(members[name]).hexdigest()
    sums = members["SHA256SUMS"].decode().splitlines()
    assert f"{hashlib.sha256(members['manifest.json']).hexdigest()}  manifest.json" in sums
    assert len(sums) == len(listed) + 1
    assert not list(path.parent.glob(".*partial"))  # no temporary file left behind
    report = verify_archive(path)
    assert report.ok and report.checked == len(listed)
    assert report.event_title == event.title


def test_event_json_is_the_dump_and_follows_its_schema(
    archived: tuple[Store, Event, Path],
) -> None:
    store, event, path = archived
    members = member_bytes(path)
    data = json.loads(members["event.json"])

    jsonschema.validate(data, json.loads(members["event.schema.json"]))
    expected = dump_event(store.harvest(store.get(Event, event.id)))  # type: ignore[arg-type]
    for item in data["attachments"]:
        assert item.pop("file") in members
    assert data == json.loads(json.dumps(expected))
    assert data["event"]["status"] == "finalised"


def test_readme_explains_every_member(archived: tuple[Store, Event, Path]) -> None:
    _, event, path = archived
    members = member_bytes(path)
    readme = members["README.txt"].decode("utf-8")

    for name in members:
        assert name in readme, name
    assert event.title in readme
    assert "sha256sum -c SHA256SUMS" in readme
    assert "datasette roundtables.db --metadata datasette-metadata.json" in readme


def test_synthesis_is_a_word_document_of_the_event(archived: tuple[Store, Event, Path]) -> None:
    _, event, path = archived
    document = docx.Document(io.BytesIO(member_bytes(path)["synthesis.docx"]))

    text = "\n".join(p.text for p in document.paragraphs)
    assert event.title in text


def test_database_is_a_restricted_consistent_snapshot(
    archived: tuple[Store, Event, Path], tmp_path: Path
) -> None:
    store, event, path = archived
    copy = tmp_path / "roundtables.db"
    copy.write_bytes(member_bytes(path)["roundtables.db"])
    assert copy.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL: one file

    with Store.open(copy, writer=False) as snapshot:
        assert [e.id for e in snapshot.events()] == [event.id]
        live = store.get(Event, event.id)
        assert live is not None
        assert dump_event(snapshot.harvest(event)) == dump_event(store.harvest(live))
        deleted = snapshot._execute("SELECT count(*) FROM notes WHERE deleted=1").fetchone()[0]
        assert deleted == 0
        hits = snapshot.search("procurement")
        assert hits and {h.event_id for h in hits} == {event.id}
        logs = [r[0] for r in snapshot._execute("SELECT id FROM import_log").fetchall()]
        assert logs == ["mine"]
        assert snapshot._execute("SELECT count(*) FROM drafts").fetchone()[0] == 0
        assert snapshot._execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_deleted_speaker_leaves_no_dangling_reference(
    store: Store, demo_event: Event, tmp_path: Path
) -> None:
    spoken = store._execute(
        "SELECT n.id, n.speaker_id FROM notes n JOIN attendance a "
        "ON a.participant_id = n.speaker_id WHERE n.speaker_id IS NOT NULL LIMIT 1"
    ).fetchone()
    assert spoken is not None, "the demo has notes by listed participants"
    note_id, person_id = spoken
    person = store.get(Participant, person_id)
    assert person is not None
    store.tombstone(person)  # withdrawn from the list after the event
    finalise(store, demo_event)

    path = write_archive(store, demo_event, tmp_path / "a.zip")
    copy = tmp_path / "copy.db"
    copy.write_bytes(member_bytes(path)["roundtables.db"])

    with Store.open(copy, writer=False) as snapshot:
        note = snapshot.get(Note, note_id)
        assert note is not None and note.speaker_id is None  # the note stays, unattributed
        assert snapshot.get(Participant, person_id) is None
        attended = "SELECT count(*) FROM attendance WHERE participant_id=?"
        assert snapshot._execute(attended, (person_id,)).fetchone()[0] == 0
        assert snapshot._execute("PRAGMA foreign_key_check").fetchall() == []


def test_sha256sum_by_hand_agrees(archived: tuple[Store, Event, Path], tmp_path: Path) -> None:
    if shutil.which("sha256sum") is None:
        pytest.skip("sha256sum is not installed")
    _, _, path = archived
    with zipfile.ZipFile(path) as archive:
        archive.extractall(tmp_path)  # our own archive, names checked by verify above

    result = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=tmp_path, capture_output=True, text=True
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(": OK") == len(member_bytes(path)) - 1


def test_only_a_finalised_event_is_archived(
    store: Store, demo_event: Event, tmp_path: Path
) -> None:
    target = tmp_path / "out.zip"
    target.write_bytes(b"an older archive")

    with pytest.raises(RoundtablesError, match="is not finalised; finalise it") as caught:
        write_archive(store, demo_event, target)

    assert "\n" not in str(caught.value)
    assert target.read_bytes() == b"an older archive"


def test_bad_destinations_are_refused(store: Store, demo_event: Event, tmp_path: Path) -> None:
    finalise(store, demo_event)
    with pytest.raises(RoundtablesError, match="is a folder"):
        write_archive(store, demo_event, tmp_path)
    with pytest.raises(RoundtablesError, match="does not exist"):
        write_archive(store, demo_event, tmp_path / "nowhere" / "a.zip")
    assert list(tmp_path.glob("*.zip")) == []


def test_a_failing_disk_keeps_the_old_archive(
    store: Store, demo_event: Event, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    finalise(store, demo_event)
    target = tmp_path / "out.zip"
    target.write_bytes(b"an older archive")

    def disk_full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("roundtables.archive.writer.os.replace", disk_full)
    with pytest.raises(RoundtablesError) as caught:
        write_archive(store, demo_event, target)

    assert str(caught.value) == "Cannot write the archive out.zip: No space left on device"
    assert target.read_bytes() == b"an older archive"
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []


def test_readme_states_the_chatham_house_rule(store: Store, demo_event: Event) -> None:
    demo_event.attribution_policy = "chatham_house"
    text = readme_text(demo_event, tables=3, created_at="2019-03-13T10:00:00+00:00",
                       archive_name="a.zip", attachment_files=["attachments/table-1/x.jpg"])

    assert "held under the Chatham House rule" in text
    assert "attachments/table-1/x.jpg" in text


# ------------------------------------------------------------------ tampering


def rewrite(source: Path, target: Path, change: dict[str, bytes | None],
            add: dict[str, bytes] | None = None) -> Path:
    """Copy an archive member by member, replacing (bytes) or dropping (None) some."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            if info.filename in change:
                replacement = change[info.filename]
                if replacement is not None:
                    new.writestr(info, replacement)
            else:
                new.writestr(info, old.read(info))
        for name, data in (add or {}).items():
            new.writestr(name, data)
    return target


def test_flipped_byte_in_a_member_is_caught(
    archived: tuple[Store, Event, Path], tmp_path: Path
) -> None:
    _, _, path = archived
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("roundtables.db")
    raw = bytearray(path.read_bytes())
    # The member's data starts after its local header (30 bytes, name, extra field).
    name_len = int.from_bytes(raw[info.header_offset + 26 : info.header_offset + 28], "little")
    extra_len = int.from_bytes(raw[info.header_offset + 28 : info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_len + extra_len
    raw[start + info.compress_size // 2] ^= 0x01
    damaged = tmp_path / "flipped.zip"
    damaged.write_bytes(bytes(raw))

    report = verify_archive(damaged)

    assert not report.ok
    assert [p.split(" ")[0] for p in report.problems] == ["roundtables.db"]


def test_changed_member_with_the_same_size_is_caught(
    archived: tuple[Store, Event, Path], tmp_path: Path
) -> None:
    _, _, path = archived
    original = member_bytes(path)["event.json"]
    forged = original.replace(b'"finalised"', b'"finalisEd"')
    assert len(forged) == len(original) and forged != original

    report = verify_archive(rewrite(path, tmp_path / "forged.zip", {"event.json": forged}))

    assert report.problems == ["event.json changed (SHA-256 differs)"]
    assert report.summary().startswith("forged.zip has been changed or damaged (1 problem)")


def test_removed_and_added_members_are_caught(
    archived: tuple[Store, Event, Path], tmp_path: Path
) -> None:
    _, _, path = archived
    removed = rewrite(path, tmp_path / "removed.zip", {"synthesis.docx": None})
    added = rewrite(path, tmp_path / "added.zip", {}, add={"attachments/table-1/x.exe": b"MZ"})

    assert verify_archive(removed).problems == ["synthesis.docx is missing"]
    assert verify_archive(added).problems == [
        "attachments/table-1/x.exe was added (not in the manifest)"
    ]


def test_edited_checksum_list_and_unsafe_names_are_caught(
    archived: tuple[Store, Event, Path], tmp_path: Path
) -> None:
    _, _, path = archived
    sums = member_bytes(path)["SHA256SUMS"].replace(b"README.txt", b"README.TXT")
    edited = rewrite(path, tmp_path / "sums.zip", {"SHA256SUMS": sums})
    slipped = rewrite(path, tmp_path / "slip.zip", {}, add={"../../evil.sh": b"rm -rf"})

    assert verify_archive(edited).problems == ["SHA256SUMS does not match the manifest"]
    assert "unsafe file name '../../evil.sh'" in verify_archive(slipped).problems


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda raw: raw[: len(raw) // 2], "is truncated or damaged"),
        (lambda raw: raw[:-30], "is truncated or damaged"),
        (lambda raw: b"name;organisation\nAnn;VVSG\n", "is not a ZIP archive"),
        (lambda raw: b"", "is not a ZIP archive"),
    ],
    ids=["half", "no-end-record", "csv", "empty"],
)
def test_unreadable_files_give_one_line(
    archived: tuple[Store, Event, Path], tmp_path: Path, make: object, message: str
) -> None:
    _, _, path = archived
    bad = tmp_path / "bad.zip"
    bad.write_bytes(make(path.read_bytes()))  # type: ignore[operator]

    with pytest.raises(RoundtablesError, match=message) as caught:
        verify_archive(bad)

    assert "\n" not in str(caught.value)


def test_foreign_zip_is_not_an_archive(tmp_path: Path) -> None:
    foreign = tmp_path / "photos.zip"
    with zipfile.ZipFile(foreign, "w") as archive:
        archive.writestr("a.jpg", PHOTO)

    with pytest.raises(RoundtablesError, match=r"has no manifest\.json"):
        verify_archive(foreign)
    with pytest.raises(RoundtablesError, match="No file at"):
        verify_archive(tmp_path / "missing.zip")


def test_schema_rejects_a_broken_dump(store: Store, demo_event: Event) -> None:
    data = dump_event(store.harvest(demo_event))
    validator = jsonschema.Draft202012Validator(event_schema())
    assert list(validator.iter_errors(data)) == []

    data["notes"][0]["type"] = 7
    del data["participants"][0]["consent"]

    assert len(list(validator.iter_errors(data))) == 2


# ------------------------------------------------------------------ command line


def rt(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True, text=True, timeout=120,
    )


def test_command_line_archive_and_verify(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    assert rt("demo", "--db", str(db)).returncode == 0
    slug = json.loads(rt("events", "--json", "--db", str(db)).stdout)[0]["slug"]
    target = tmp_path / "cli.zip"

    refused = rt("archive", slug, "-o", str(target), "--db", str(db))
    assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1
    assert "not finalised" in refused.stderr and not target.exists()

    assert rt("finalise", slug, "--db", str(db)).returncode == 0
    written = rt("archive", slug, "-o", str(target), "--db", str(db))
    assert written.returncode == 0, written.stderr
    assert "verified" in written.stdout and target.exists()

    verified = rt("archive", "--verify", str(target))
    assert verified.returncode == 0, verified.stderr
    assert "intact" in verified.stdout

    forged = rewrite(target, tmp_path / "forged.zip", {"README.txt": b"nothing to see"})
    failed = rt("archive", "--verify", str(forged))
    assert failed.returncode == 1 and failed.stdout == ""
    assert failed.stderr.strip().splitlines() == [
        "roundtables: forged.zip has been changed or damaged (1 problem): "
        "README.txt changed (size 14 bytes, expected "
        f"{len(member_bytes(target)['README.txt'])})"
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("archive",), "Name the event to archive"),
        (("archive", "x"), "-o FILE.zip"),
        (("archive", "x", "--verify", "a.zip"), "either EVENT -o FILE.zip, or --verify"),
    ],
)
def test_command_line_usage_errors(args: tuple[str, ...], message: str) -> None:
    result = rt(*args)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and message in result.stderr

"""Writing kits and results: a full, read-only, removed or failing stick leaves no half file."""

from __future__ import annotations

import errno
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from exchange_helpers import read_members

from roundtables import container as writer_module  # where the writing happens
from roundtables.domain import Event, Note, RoundtablesError
from roundtables.exchange import (
    import_file,
    read_package,
    results_file_name,
    write_results,
    write_table_kit,
    write_table_kits,
)
from roundtables.storage import Store


def _fail_with(code: int) -> Callable[..., None]:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    return fail


def test_results_file_holds_everything_with_checksums(store: Store, demo_event: Event,
                                                      tmp_path: Path) -> None:
    table = store.tables(demo_event.id)[1]
    gone = store.tombstone(store.notes(table.id)[0])
    path = write_results(store, demo_event, table, tmp_path / "results.zip")
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    assert names[0] == "manifest.json" and "payload.json" in names
    package = read_package(path)
    assert package.kind == "results" and package.table_number == 2
    assert package.device_id == store.database.device_id
    notes = package.records("notes")
    assert len(notes) == len(store.notes(table.id)) + 1  # the tombstone travels
    assert {"id": gone.id, "deleted": True}.items() <= next(
        n for n in notes if n["id"] == gone.id).items()
    assert {n["revision"] for n in notes} >= {1}
    assert not list(tmp_path.glob(".*.part"))


def test_a_kit_carries_the_table_set_up_but_no_captured_work(store: Store, demo_event: Event,
                                                             tmp_path: Path) -> None:
    paths = write_table_kits(store, demo_event, tmp_path)
    assert [read_package(p).table_number for p in paths] == [1, 2, 3]
    package = read_package(paths[0])
    table = store.tables(demo_event.id)[0]
    assert len(package.records("questions")) == len(store.questions(table.id)) > 0
    assert len(package.records("agenda_segments")) == len(store.segments(table.id)) > 0
    assert len(package.records("participants")) == len(store.participants(demo_event.id))
    assert len(package.records("declaration_articles")) == len(store.articles(demo_event.id))
    assert package.records("notes") == package.records("action_points") == []


def test_writing_records_the_base_for_a_later_merge(store: Store, demo_event: Event,
                                                    tmp_path: Path) -> None:
    table = store.tables(demo_event.id)[0]
    write_results(store, demo_event, table, tmp_path / "r.zip")
    note = store.notes(table.id)[0]
    row = store._execute(
        "SELECT base_revision, origin_file FROM sync_state WHERE record_table='notes' "
        "AND record_id=?", (note.id,)).fetchone()
    assert tuple(row) == (note.revision, "")  # made here, not imported
    assert not store.in_transaction()


def test_results_into_a_folder_gets_a_name(store: Store, demo_event: Event,
                                           tmp_path: Path) -> None:
    table = store.tables(demo_event.id)[2]
    path = write_results(store, demo_event, table, tmp_path)
    assert path == tmp_path / results_file_name(demo_event, table)
    assert path.name.startswith("results-") and path.name.endswith("-table-3.zip")


@pytest.mark.parametrize(
    ("where", "code", "message"),
    [
        ("fsync", errno.ENOSPC, r"the disk or stick is full"),
        ("replace", errno.EIO, r"the stick was removed or is failing"),
        ("mkstemp", errno.EROFS, r"read-only or not writable"),
    ],
)
def test_a_failing_stick_leaves_no_half_written_file(
    store: Store, demo_event: Event, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    where: str, code: int, message: str,
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    table = store.tables(demo_event.id)[0]
    final = stick / "results.zip"
    target = {"fsync": writer_module.os, "replace": writer_module.os,
              "mkstemp": writer_module.tempfile}[where]
    monkeypatch.setattr(target, where, _fail_with(code))
    with pytest.raises(RoundtablesError, match=message) as caught:
        write_results(store, demo_event, table, final)
    assert "\n" not in str(caught.value) and str(final) in str(caught.value)
    assert list(stick.iterdir()) == []  # neither the final name nor a temporary file


def test_a_failed_rewrite_keeps_the_good_file_already_there(
    store: Store, demo_event: Event, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = store.tables(demo_event.id)[0]
    final = write_results(store, demo_event, table, tmp_path / "results.zip")
    good = final.read_bytes()
    store.add_note(table.id, "One more thing")
    monkeypatch.setattr(writer_module.os, "fsync", _fail_with(errno.ENOSPC))
    with pytest.raises(RoundtablesError, match="full"):
        write_results(store, demo_event, table, final)
    assert final.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_a_stick_that_corrupts_what_it_stores_is_caught_by_the_read_back(
    store: Store, demo_event: Event, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_replace = os.replace

    def replace_and_damage(src: str, dst: str | Path) -> None:
        real_replace(src, dst)
        data = bytearray(Path(dst).read_bytes())
        data[len(data) // 3] ^= 0xFF
        Path(dst).write_bytes(bytes(data))

    monkeypatch.setattr(writer_module.os, "replace", replace_and_damage)
    final = tmp_path / "results.zip"
    with pytest.raises(RoundtablesError, match=r"did not read back intact"):
        write_results(store, demo_event, store.tables(demo_event.id)[0], final)
    assert not final.exists()


def test_a_removed_stick(store: Store, demo_event: Event, tmp_path: Path) -> None:
    gone = tmp_path / "USBSTICK"
    with pytest.raises(RoundtablesError, match=r"does not exist \(was the stick removed\?\)"):
        write_table_kit(store, demo_event, store.tables(demo_event.id)[0], gone)
    assert not gone.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_stick(store: Store, demo_event: Event, tmp_path: Path) -> None:
    stick = tmp_path / "locked"
    stick.mkdir()
    stick.chmod(0o555)
    try:
        with pytest.raises(RoundtablesError, match="read-only"):
            write_table_kits(store, demo_event, stick)
        assert list(stick.iterdir()) == []
    finally:
        stick.chmod(0o755)


def test_writing_for_a_table_of_another_event_is_refused(store: Store, demo_event: Event,
                                                         tmp_path: Path) -> None:
    from roundtables.demo import create_demo

    other = create_demo(store)
    with pytest.raises(RoundtablesError, match="has no table"):
        write_results(store, demo_event, store.tables(other.id)[0], tmp_path / "x.zip")
    assert list(tmp_path.glob("*.zip")) == []


def test_attachment_bytes_travel_as_members_not_json(store: Store, demo_event: Event,
                                                     tmp_path: Path) -> None:
    from roundtables.domain import Attachment

    table = store.tables(demo_event.id)[0]
    photo = os.urandom(50_000)
    attachment = store.save(Attachment(table_id=table.id, filename="flip.jpg", content=photo))
    path = write_results(store, demo_event, table, tmp_path / "r.zip")
    members = read_members(path)
    assert members[f"attachments/{attachment.id}"] == photo
    assert b"content" not in members["payload.json"].replace(b"content_sha256", b"")
    with Store.open(tmp_path / "other.db") as other:
        assert import_file(other, write_table_kit(store, demo_event, table, tmp_path)).outcome == (
            "imported")
        assert import_file(other, path).outcome == "updated"
        assert other.attachments(table.id)[0].content == photo
        assert other.get(Note, store.notes(table.id)[0].id) == store.notes(table.id)[0]


def _mount_tmpfs(folder: Path, options: str) -> bool:
    """A real tiny file system (needs root and mount rights; otherwise the test skips)."""
    import subprocess

    if os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                          capture_output=True, timeout=10)
    return done.returncode == 0


def _unmount(folder: Path) -> None:
    import subprocess

    subprocess.run(["umount", str(folder)], capture_output=True, timeout=10)


@pytest.mark.parametrize(
    ("options", "message"),
    [("size=64k", r"the disk or stick is full"), ("size=1m,ro", r"read-only or not writable")],
)
def test_a_real_tiny_or_read_only_file_system(store: Store, demo_event: Event, tmp_path: Path,
                                              options: str, message: str) -> None:
    from roundtables.domain import Attachment

    stick = tmp_path / "stick"
    stick.mkdir()
    if not _mount_tmpfs(stick, options):
        pytest.skip("cannot mount a tmpfs here")
    try:
        table = store.tables(demo_event.id)[0]
        store.save(Attachment(table_id=table.id, filename="big.jpg", content=os.urandom(200_000)))
        with pytest.raises(RoundtablesError, match=message):
            write_results(store, demo_event, table, stick / "results.zip")
        assert list(stick.iterdir()) == []
    finally:
        _unmount(stick)


def test_the_shipped_schema_names_every_field_of_every_record() -> None:
    """A field added to a record must be added to the format (schema and FORMAT.md) too."""
    import dataclasses
    import json

    from roundtables.domain import RECORD_TYPES, Attachment
    from roundtables.resources import resource_path

    schema = json.loads(resource_path("schemas", "exchange-payload.schema.json").read_text())
    assert list(schema["properties"]["records"]["properties"]) == [c.TABLE for c in RECORD_TYPES]
    for cls in RECORD_TYPES:
        fields = {f.name for f in dataclasses.fields(cls)}
        if cls is Attachment:
            fields = fields - {"content"} | {"content_sha256", "size"}
        definition = schema["$defs"][cls.TABLE]
        assert set(definition["properties"]) == fields, cls.TABLE
        assert set(definition["required"]) == fields and not definition["additionalProperties"]

"""Every bad file a stick can bring is refused with one line and changes nothing."""

from __future__ import annotations

import json
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from exchange_helpers import (
    RECORD_TABLES,
    deflated_zeros,
    fingerprint,
    raw_zip,
    read_members,
    rebuild,
    write_members,
)

from roundtables.demo import create_demo
from roundtables.domain import Attachment
from roundtables.exchange import (
    KIT,
    RESULTS,
    Limits,
    import_file,
    write_results,
    write_table_kit,
)
from roundtables.exchange.format import sha256
from roundtables.storage import Store


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Valid files from one demo database: results of tables 1 and 2, the kit of table 1."""
    folder = tmp_path_factory.mktemp("source")
    with Store.open(folder / "source.db") as store:
        event = create_demo(store)
        tables = store.tables(event.id)
        photo = bytes(range(256)) * 40
        store.save(
            Attachment(table_id=tables[1].id, filename="flip-chart.png", media_type="image/png",
                       content=photo, sha256=sha256(photo))
        )
        return {
            "results1": write_results(store, event, tables[0], folder / "results-1.zip"),
            "results2": write_results(store, event, tables[1], folder / "results-2.zip"),
            "kit1": write_table_kit(store, event, tables[0], folder),
            "kit2": write_table_kit(store, event, tables[1], folder),
        }


@pytest.fixture
def receiving(tmp_path: Path, files: dict[str, Path]) -> Iterator[Store]:
    """A rapporteur's database with the organiser's kits and the results of table 1."""
    with Store.open(tmp_path / "rapporteur.db") as store:
        for kit in ("kit1", "kit2"):
            assert import_file(store, files[kit]).outcome == "imported"
        assert import_file(store, files["results1"]).outcome == "updated"
        yield store


def refused(store: Store, path: Path, reason: str, **kwargs: Any) -> str:
    """Import a bad file; check the one-line reason and that nothing in the database moved."""
    before = fingerprint(store)
    summary = import_file(store, path, **kwargs)
    assert summary.outcome == "rejected", summary
    assert summary.reason and "\n" not in summary.reason and len(summary.reason) < 300
    assert re.search(reason, summary.reason), summary.reason
    assert summary.line() == f"{path.name}: rejected: {summary.reason}"
    assert fingerprint(store) == before
    assert not store.in_transaction()
    return summary.reason


def test_a_good_file_is_accepted_by_the_same_receiving_database(
    receiving: Store, files: dict[str, Path]
) -> None:
    # The control for every test below: the unmodified file goes in.
    summary = import_file(receiving, files["results2"], expect=RESULTS)
    assert summary.outcome == "updated" and summary.counts.imported > 0, summary.reason
    assert summary.counts.imported > 20 and summary.counts.conflicts == 0


def test_zero_length_file(receiving: Store, tmp_path: Path) -> None:
    path = tmp_path / "empty.zip"
    path.write_bytes(b"")
    refused(receiving, path, r"empty \(0 bytes\)")


@pytest.mark.parametrize("keep", [0.5, 0.97, -1])
def test_truncated_file(receiving: Store, files: dict[str, Path], tmp_path: Path,
                        keep: float) -> None:
    data = files["results2"].read_bytes()
    cut = len(data) - 1 if keep == -1 else int(len(data) * keep)
    path = tmp_path / "truncated.zip"
    path.write_bytes(data[:cut])
    refused(receiving, path, r"truncated|damaged")


def _member_data_span(path: Path, name: str) -> tuple[int, int]:
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    data = path.read_bytes()
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    assert data[info.header_offset : info.header_offset + 4] == b"PK\x03\x04"
    return start, info.compress_size


@pytest.mark.parametrize("member", ["payload.json", "attachments"])
@pytest.mark.parametrize("where", [0.1, 0.5, 0.9])
def test_bit_flipped_member(receiving: Store, files: dict[str, Path], tmp_path: Path,
                            member: str, where: float) -> None:
    source = files["results2"]
    name = member
    if member == "attachments":
        name = next(n for n in read_members(source) if n.startswith("attachments/"))
    start, size = _member_data_span(source, name)
    data = bytearray(source.read_bytes())
    data[start + int(size * where)] ^= 0x10
    path = tmp_path / "flipped.zip"
    path.write_bytes(bytes(data))
    refused(receiving, path, r"damaged|changed after")


@pytest.mark.parametrize("flag", [0x20, 0x40])
def test_member_flags_zipfile_cannot_read(receiving: Store, files: dict[str, Path],
                                          tmp_path: Path, flag: int) -> None:
    # A flipped bit in a member's directory entry can claim "patched data" or "strong
    # encryption"; zipfile then raises NotImplementedError, which must not escape.
    data = bytearray(files["results2"].read_bytes())
    start = 0
    while (found := data.find(b"PK\x01\x02", start)) != -1:
        data[found + 8] |= flag
        start = found + 4
    path = tmp_path / "flags.zip"
    path.write_bytes(bytes(data))
    refused(receiving, path, r"damaged")


@pytest.mark.parametrize(
    "content",
    [b"hello, this is a note and not a kit\n", b"%PDF-1.7\n" + bytes(500), b"\x89PNG\r\n\x1a\n"],
)
def test_not_a_zip(receiving: Store, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "results.zip"
    path.write_bytes(content)
    refused(receiving, path, r"^not a ZIP file")


def test_zip_of_something_else(receiving: Store, tmp_path: Path) -> None:
    path = write_members(tmp_path / "report.zip", {
        "[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>",
    })
    refused(receiving, path, r"not a Roundtables exchange file \(a ZIP without manifest")


def test_zip_with_another_programs_manifest(receiving: Store, tmp_path: Path) -> None:
    manifest = {"name": "My web app", "start_url": "/", "format_version": 1}
    path = write_members(tmp_path / "app.zip", {"manifest.json": json.dumps(manifest).encode()})
    refused(receiving, path, r"not a Roundtables exchange file \(manifest of another format")


def test_payload_changed_after_hashing(receiving: Store, files: dict[str, Path],
                                       tmp_path: Path) -> None:
    def edit(payload: dict[str, Any]) -> None:
        payload["records"]["notes"][0]["text"] = "Something nobody said"

    path = rebuild(files["results2"], tmp_path / "tampered.zip", payload=edit, rehash=False)
    refused(receiving, path, r"^payload.json was changed after the file was written")


@pytest.mark.parametrize(
    ("breakage", "where"),
    [
        (lambda p: p["records"]["notes"][0].update(deleted="no"), r"records.notes\[0\].deleted"),
        (lambda p: p["records"]["notes"][0].pop("text"), r"records.notes\[0\]"),
        (lambda p: p["records"]["participants"][0].update(consent="everyone"),
         r"records.participants\[0\].consent"),
        (lambda p: p["records"].pop("action_points"), r"\$.records"),
        (lambda p: p["records"]["notes"][0].update(id="../../etc/passwd"),
         r"records.notes\[0\].id"),
    ],
)
def test_hashes_updated_but_schema_broken(receiving: Store, files: dict[str, Path],
                                          tmp_path: Path, breakage: Any, where: str) -> None:
    path = rebuild(files["results2"], tmp_path / "forged.zip", payload=breakage)
    reason = refused(receiving, path, r"^payload.json does not match the format at ")
    assert re.search(where, reason), reason


def test_records_of_another_table_are_refused(receiving: Store, files: dict[str, Path],
                                              tmp_path: Path) -> None:
    def move(payload: dict[str, Any]) -> None:
        payload["records"]["notes"][0]["table_id"] = "f" * 32

    path = rebuild(files["results2"], tmp_path / "mixed.zip", payload=move)
    refused(receiving, path, r"belongs to another table or event")


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("../evil.txt", r"points outside with '\.\.'"),
        ("attachments/../../evil.txt", r"points outside with '\.\.'"),
        ("/tmp/evil.txt", r"absolute path"),
        ("C:/Windows/evil.txt", r"absolute path"),
        ("attachments\\..\\evil.txt", r"backslash"),
    ],
)
def test_unsafe_member_names(receiving: Store, files: dict[str, Path], tmp_path: Path,
                             name: str, why: str) -> None:
    folder = tmp_path / "deep" / "er"
    folder.mkdir(parents=True)
    path = rebuild(files["results2"], folder / "slip.zip", extra={name: b"owned"})
    assert name in read_members(path)  # zipfile kept the name as it is
    refused(receiving, path, rf"^unsafe member name .*{why}")
    assert not list(tmp_path.rglob("evil.txt"))  # nothing was extracted anywhere


def test_unknown_member_is_refused(receiving: Store, files: dict[str, Path],
                                   tmp_path: Path) -> None:
    path = rebuild(files["results2"], tmp_path / "extra.zip", extra={"run-me.sh": b"rm -rf"})
    refused(receiving, path, r"unexpected member 'run-me.sh'")


def _manifest_for(members: dict[str, tuple[bytes, int]]) -> bytes:
    manifest = {
        "format": "roundtables-exchange", "format_version": 1, "kind": "results",
        "event": {"id": "a" * 32, "slug": "bomb", "title": "Bomb"},
        "table": {"id": "b" * 32, "number": 1}, "device_id": "c" * 32,
        "created_at": "2026-01-01T00:00:00+00:00", "app_version": "0.1.0",
        "members": {n: {"sha256": "0" * 64, "size": size} for n, (_, size) in members.items()},
    }
    return json.dumps(manifest).encode()


@pytest.mark.parametrize("member", ["payload.json", "attachments/" + "d" * 32])
def test_zip_bomb(receiving: Store, tmp_path: Path, member: str) -> None:
    data, crc, size = deflated_zeros(gib=2)
    manifest = _manifest_for({member: (data, size)})
    path = tmp_path / "bomb.zip"
    path.write_bytes(raw_zip([
        ("manifest.json", manifest, 0, zlib.crc32(manifest), len(manifest)),
        (member, data, 8, crc, size),
    ]))
    assert path.stat().st_size < 3_000_000  # a small file ...
    with zipfile.ZipFile(path) as archive:  # ... that honestly expands to 2 GiB
        assert archive.getinfo(member).file_size == 2 << 30
        with archive.open(member) as stream:
            assert stream.read(1 << 20) == bytes(1 << 20)
    refused(receiving, path, r"would expand to 2,147,483,648 bytes .*zip bomb")


def test_many_members_adding_up_to_a_bomb(receiving: Store, files: dict[str, Path],
                                          tmp_path: Path) -> None:
    refused(receiving, files["results2"], r"would expand to more than 1,000 bytes",
            limits=Limits(max_total_bytes=1000))


def test_a_header_that_lies_about_the_size_does_not_make_us_read_on(
    receiving: Store, tmp_path: Path
) -> None:
    data, crc, _ = deflated_zeros(gib=1)
    manifest = _manifest_for({"payload.json": (data, 100)})
    path = tmp_path / "liar.zip"
    path.write_bytes(raw_zip([
        ("manifest.json", manifest, 0, zlib.crc32(manifest), len(manifest)),
        ("payload.json", data, 8, crc, 100),  # says 100 bytes, holds 1 GiB
    ]))
    refused(receiving, path, r"payload.json is damaged")


def test_hundred_thousand_members(receiving: Store, tmp_path: Path) -> None:
    path = tmp_path / "crowd.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for i in range(100_000):
            archive.writestr(f"attachments/{i:032x}", b"")
    refused(receiving, path, r"too many members \(100,000; limit 10,000\)")


def test_five_thousand_digit_integer(receiving: Store, files: dict[str, Path],
                                     tmp_path: Path) -> None:
    huge = "9" * 5000

    def inflate(text: str) -> str:
        return re.sub(r'"revision":\s*\d+', f'"revision": {huge}', text, count=1)

    path = rebuild(files["results2"], tmp_path / "huge.zip", payload_text=inflate)
    assert huge in read_members(path)["payload.json"].decode()
    refused(receiving, path, r"payload.json holds a number with 5,000 digits")


def test_deeply_nested_json(receiving: Store, files: dict[str, Path], tmp_path: Path) -> None:
    depth = 100_000

    def nest(text: str) -> str:
        deep = "[" * depth + "]" * depth
        return text.replace('{"records":', '{"deep":' + deep + ',"records":', 1)

    path = rebuild(files["results2"], tmp_path / "deep.zip", payload_text=nest)
    text = read_members(path)["payload.json"].decode()
    with pytest.raises(RecursionError):  # what json.loads alone would do with it
        json.loads(text)
    refused(receiving, path, r"payload.json is nested too deeply \(100,001 levels; limit 12\)")


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ('{"records": {}, "records": {}}', r"repeats a key"),
        ('{"records": 1.5}', r"fractional number"),
        ('{"records": NaN}', r"holds NaN"),
        ("\udcff".encode("utf-8", "surrogateescape").decode("latin-1"), r"not valid JSON"),
    ],
)
def test_json_the_format_never_writes(receiving: Store, files: dict[str, Path],
                                      tmp_path: Path, text: str, why: str) -> None:
    path = rebuild(files["results2"], tmp_path / "odd.zip", payload_text=lambda _: text)
    refused(receiving, path, why)


def test_newer_format_version(receiving: Store, files: dict[str, Path], tmp_path: Path) -> None:
    path = rebuild(files["results2"], tmp_path / "future.zip",
                   manifest=lambda m: m.update(format_version=2))
    refused(receiving, path, r"newer Roundtables \(format version 2; this app reads up to 1\)")


def test_kit_where_results_were_expected(receiving: Store, files: dict[str, Path]) -> None:
    refused(receiving, files["kit1"], r"^this is a table kit, not a results file",
            expect=RESULTS)


def test_results_where_a_kit_was_expected(receiving: Store, files: dict[str, Path]) -> None:
    refused(receiving, files["results2"], r"^this is a results file, not a table kit",
            expect=KIT)


def test_a_kit_that_carries_notes_is_refused(receiving: Store, files: dict[str, Path],
                                             tmp_path: Path) -> None:
    notes = json.loads(read_members(files["results1"])["payload.json"])["records"]["notes"]

    def smuggle(payload: dict[str, Any]) -> None:
        payload["records"]["notes"] = notes[:1]

    path = rebuild(files["kit1"], tmp_path / "kit.zip", payload=smuggle)
    refused(receiving, path, r"a table kit cannot carry notes")


def test_manifest_listing_a_missing_member(receiving: Store, files: dict[str, Path],
                                           tmp_path: Path) -> None:
    def add(manifest: dict[str, Any]) -> None:
        manifest["members"]["attachments/" + "e" * 32] = {"sha256": "0" * 64, "size": 3}

    path = rebuild(files["results2"], tmp_path / "missing.zip", manifest=add)
    refused(receiving, path, r"do not match the manifest \(missing attachments/e+\)")


def test_a_folder_or_a_missing_file(receiving: Store, tmp_path: Path) -> None:
    refused(receiving, tmp_path, r"folder, not a file")
    refused(receiving, tmp_path / "gone.zip", r"no such file")


def test_no_single_flipped_byte_anywhere_can_change_the_database(
    receiving: Store, files: dict[str, Path], tmp_path: Path
) -> None:
    """Flip a byte at evenly spread places of a file the database already holds.

    Each copy must be refused in one line, or (when the byte was in a part the ZIP
    does not check, such as a timestamp) read as exactly the same records: "unchanged".
    """
    source = files["results1"]
    original = source.read_bytes()
    settled = fingerprint(receiving, tables=[*RECORD_TABLES, "sync_state", "conflicts"])
    outcomes: dict[str, int] = {}
    path = tmp_path / source.name
    for position in range(0, len(original), max(1, len(original) // 300)):
        data = bytearray(original)
        data[position] ^= 0x5A
        path.write_bytes(bytes(data))
        summary = import_file(receiving, path)
        outcomes[summary.outcome] = outcomes.get(summary.outcome, 0) + 1
        assert summary.outcome in ("rejected", "unchanged"), (position, summary)
        assert "\n" not in summary.reason
    assert fingerprint(receiving, tables=[*RECORD_TABLES, "sync_state", "conflicts"]) == settled
    assert outcomes["rejected"] > 250, outcomes


DRAFT_07_SAFE = {
    "$schema", "$id", "$ref", "$defs", "title", "description", "type", "properties",
    "required", "additionalProperties", "items", "maxItems", "minItems", "anyOf", "enum",
    "pattern", "minimum", "maximum", "maxLength", "minLength", "const", "maxProperties",
    "minProperties", "propertyNames",
}


@pytest.mark.parametrize("name", ["exchange-payload.schema.json", "exchange-manifest.schema.json"])
def test_schemas_use_only_keywords_both_validators_read_alike(name: str) -> None:
    # Payloads are checked by a compiled draft-07 validator (speed) and explained by
    # jsonschema (2020-12): that is sound only while no keyword differs between them.
    from roundtables.resources import resource_path

    schema = json.loads(resource_path("schemas", name).read_text(encoding="utf-8"))
    used: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                used.add(key)
                if key in ("properties", "$defs"):
                    for child in value.values():
                        walk(child)
                else:
                    walk(value)
                if key == "$ref":
                    assert set(node) <= {"$ref", "title", "description"}, node
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(schema)
    assert used <= DRAFT_07_SAFE, used - DRAFT_07_SAFE

"""The one ZIP container: names, file-name parts, and that nobody else opens ZIPs."""

from __future__ import annotations

import ast
import zipfile
from pathlib import Path

import pytest

from roundtables.container import (
    ContainerLimits,
    check_name,
    inside,
    open_zip,
    safe_component,
    write_zip,
)
from roundtables.domain import RoundtablesError

ROOT = Path(__file__).resolve().parents[1] / "roundtables"


@pytest.mark.parametrize(
    "name",
    ["../x", "a/../../x", "/etc/passwd", "C:/x", "c:x", "a\\b", "a\x00b", "a\nb", "", "a:b"],
)
def test_unsafe_member_names(name: str) -> None:
    with pytest.raises(RoundtablesError, match="unsafe member name"):
        check_name(name)


@pytest.mark.parametrize("name", ["payload.json", "attachments/0d4e", "a/b/c.jpg", "..x"])
def test_safe_member_names(name: str) -> None:
    check_name(name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("../../escape", "escape"), ("..", "event"), ("/etc/passwd", "etc-passwd"),
     ("Café Ça va", "caf-a-va"), ("a" * 200, "a" * 80), ("", "event"), ("c:\\x", "c-x")],
)
def test_a_slug_becomes_a_plain_file_name_part(text: str, expected: str) -> None:
    assert safe_component(text, "event") == expected


@pytest.mark.parametrize("name", ["../x.zip", "a/b.zip", "..", ".", "", "/abs.zip"])
def test_inside_refuses_anything_but_a_plain_name(tmp_path: Path, name: str) -> None:
    with pytest.raises(RoundtablesError, match="not a plain file name"):
        inside(tmp_path, name)


def test_write_then_open_round_trip(tmp_path: Path) -> None:
    source = tmp_path / "big.bin"
    source.write_bytes(bytes(range(256)) * 100)
    target = write_zip(tmp_path / "out.zip", [("a.txt", b"hello"), ("b/c.bin", source)],
                       stored=lambda name: name.endswith(".bin"))
    with open(target, "rb") as handle:
        archive, infos = open_zip(handle, ContainerLimits())
        with archive:
            assert sorted(infos) == ["a.txt", "b/c.bin"]
            assert infos["b/c.bin"].compress_type == zipfile.ZIP_STORED
            assert archive.read("a.txt") == b"hello"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.bin", "out.zip"]


def test_only_the_container_opens_or_writes_zips() -> None:
    # One way to read and write a ZIP: exchange and archive go through the container.
    offenders = []
    for path in [*ROOT.joinpath("exchange").glob("*.py"), *ROOT.joinpath("archive").glob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = [n.func for n in ast.walk(tree) if isinstance(n, ast.Call)]
        for node in calls:
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and (
                (node.value.id == "zipfile" and node.attr in ("ZipFile", "is_zipfile"))
                or (node.value.id == "tempfile")
                or (node.value.id == "os" and node.attr in ("replace", "rename", "fsync"))
            ):
                offenders.append(f"{path.name}:{node.lineno} {node.value.id}.{node.attr}")
    assert offenders == []

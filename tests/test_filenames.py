"""Names from typed text are valid on Windows, macOS and Linux (roundtables.filenames)."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from roundtables.filenames import is_portable_name, safe_file_name


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("CON", "_CON"),
        ("con.zip", "_con.zip"),
        ("Nul.tar.gz", "_Nul.tar.gz"),
        ("COM1.docx", "_COM1.docx"),
        ("lpt9", "_lpt9"),
        ("COM¹.txt", "_COM¹.txt"),
        ("CONSOLE.txt", "CONSOLE.txt"),  # only the exact device names
        ("report.", "report"),
        ("report. . ", "report"),
        ("Table 1: barriers?", "Table 1- barriers-"),
        ('a<b>c"d|e*f\\g/h', "a-b-c-d-e-f-g-h"),
        ("tab\there\x00", "tab-here-"),
        ("...", "file"),
        ("", "file"),
        ("  ", "file"),
        ("Café", "Café"),
        ("half\ud800.zip", "half-.zip"),
    ],
)
def test_windows_rules(typed: str, expected: str) -> None:
    assert safe_file_name(typed) == expected


def test_macos_decomposed_names_are_stored_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Réunion élargie.docx")
    assert safe_file_name(decomposed) == "Réunion élargie.docx"
    assert not is_portable_name(decomposed)


def test_long_names_keep_their_extension() -> None:
    name = safe_file_name("x" * 500 + ".docx")
    assert name.endswith(".docx") and len(name) == 120
    assert len(safe_file_name("é" * 300, max_length=255).encode("utf-16-le")) <= 510


@given(st.text(st.characters(blacklist_categories=()), max_size=300))
def test_any_text_gives_a_portable_name(text: str) -> None:
    name = safe_file_name(text)
    assert is_portable_name(name), repr(name)
    assert safe_file_name(name) == name  # stable: a second pass changes nothing


@given(st.text(min_size=1, max_size=80))
def test_the_name_can_be_created_here(tmp_path_factory: pytest.TempPathFactory,
                                      text: str) -> None:
    folder = tmp_path_factory.mktemp("names")
    path = Path(folder, safe_file_name(text))
    path.write_bytes(b"x")
    assert os.listdir(folder) == [path.name]

"""Any text a person can type survives into the Word document (text safety)."""

from __future__ import annotations

from pathlib import Path

import docx
from hypothesis import given
from hypothesis import strategies as st
from synthesis_helpers import docx_parts, docx_text, small_harvest

from roundtables.synthesis import build_synthesis
from roundtables.synthesis.text import clean_line, clean_text, is_right_to_left, shorten

NASTY = (
    "Tab\there, CRLF\r\nand CR\rand LF\n, NUL\x00 BEL\x07 ESC\x1b DEL\x7f C1\x85,"
    " lone \ud800 surrogate, U+FFFE \ufffe U+FFFF \uffff, emoji 👩🏽‍💻🇧🇪, "
    "Arabic مرحبا, Hebrew שלום, combining e\u0301"
)


def test_clean_text_keeps_what_people_wrote_and_drops_what_xml_cannot_hold() -> None:
    cleaned = clean_text(NASTY)
    assert "Tab\there" in cleaned
    assert "CRLF\nand CR\nand LF\n," in cleaned
    for gone in ("\x00", "\x07", "\x1b", "\x7f", "\ud800", "\ufffe", "\uffff", "\r"):
        assert gone not in cleaned
    assert "👩🏽‍💻🇧🇪" in cleaned and "مرحبا" in cleaned and "שלום" in cleaned
    assert "\u00e9" in cleaned  # composed to NFC
    docx.Document().add_paragraph(cleaned)  # python-docx accepts it
    assert clean_line("a\n\tb  c ") == "a b c"
    assert clean_text(None) == "" and clean_text("  \x00 ") == ""


def test_right_to_left_detection_and_shortening() -> None:
    assert is_right_to_left("  «مرحبا» world")
    assert not is_right_to_left("Hello مرحبا")
    assert not is_right_to_left("123 !")
    assert shorten("one two three", 2) == "one two…"
    assert shorten("one two", 2) == "one two"


def test_nasty_and_20000_character_notes_come_back_from_the_document(tmp_path: Path) -> None:
    long_note = ("Twenty thousand characters, with émoji 🙂 and עברית. " * 400)[:20_000]
    rtl_note = "مرحبا بالعالم: هذه ملاحظة"
    harvest = small_harvest({1: [NASTY, long_note, rtl_note]})
    out = build_synthesis(harvest, tmp_path / "nasty.docx")
    text = docx_text(out)
    for note in (NASTY, long_note, rtl_note):
        assert clean_text(note) in text
    assert "<w:bidi/>" in docx_parts(out)["word/document.xml"]


@given(st.text(max_size=300))
def test_any_text_written_into_a_note_comes_back(tmp_path_factory: object, text: str) -> None:
    folder: Path = tmp_path_factory.mktemp("prop")  # type: ignore[attr-defined]
    # Markers make the check exact: a short text must not match elsewhere by chance.
    note = f"⟦{text}⟧"
    harvest = small_harvest({1: [note, "Second note."]})
    out = build_synthesis(harvest, folder / "prop.docx")
    assert clean_text(note) in docx_text(out)

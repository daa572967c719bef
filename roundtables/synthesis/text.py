"""Text safety for Word, in one place.

Anything a person typed passes through :func:`clean_text` (or :func:`clean_line`)
before it reaches python-docx, which refuses text that is not XML-compatible
(``ValueError: All strings must be XML compatible``) and turns ``"\\r\\n"`` into two
line breaks.  The tests normalise expected text with these same functions.
"""

from __future__ import annotations

import re
import unicodedata

#: C0 and C1 controls except tab and line feed; DEL too.  Carriage returns are
#: handled before this (they become line feeds).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: Lone surrogates (Python strings can hold them, XML cannot) and the Unicode
#: noncharacters: U+FDD0..U+FDEF and the last two code points of every plane.
_NONCHARACTERS = re.compile(
    "[\ud800-\udfff\ufdd0-\ufdef"
    + "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(17))
    + "]"
)
_LINE_ENDINGS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_SPACES = re.compile(r"\s+")


def clean_text(text: str | None) -> str:
    """Text as it may appear in a Word paragraph: XML-safe, LF line ends, trimmed.

    Keeps tabs, line breaks (written as Word line breaks), emoji, accents and
    right-to-left script; removes control characters, lone surrogates and
    noncharacters; composes to NFC so that a decomposed "é" reads back the same.
    """
    if not text:
        return ""
    text = _LINE_ENDINGS.sub("\n", text)
    text = _CONTROLS.sub("", text)
    text = _NONCHARACTERS.sub("", text)
    # NFC cannot compose across a removed lone surrogate, so compose last.
    text = unicodedata.normalize("NFC", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def clean_line(text: str | None) -> str:
    """Like :func:`clean_text`, but on one line (headings, table cells, labels)."""
    return _SPACES.sub(" ", clean_text(text)).strip()


def is_right_to_left(text: str) -> bool:
    """Whether the first strongly directional character is right-to-left."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def shorten(text: str, words: int = 14) -> str:
    """The first ``words`` words of a one-line text, with an ellipsis when cut."""
    parts = clean_line(text).split(" ")
    if len(parts) <= words:
        return " ".join(parts)
    return " ".join(parts[:words]).rstrip(",;:.") + "…"

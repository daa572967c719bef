"""File names that every system the app meets accepts: Windows, macOS, Linux, FAT sticks.

Most venue laptops run Windows and most sticks are FAT32/exFAT, which refuse what
Linux allows: ``< > : " / \\ | ? *`` and control characters, a name ending in a dot
or a space, the reserved device names (``CON``, ``NUL``, ``COM1``..., with any
extension: ``con.zip`` is the console too), and more than 255 UTF-16 units.  macOS
stores names decomposed (NFD): names are kept composed (NFC) so that the same title
gives the same bytes everywhere.  One pure rule, used wherever a name is built from
text a person typed (event slugs, table kits, results files, documents).
"""

from __future__ import annotations

import re
import unicodedata

#: Windows device names: reserved with or without an extension, in any case.
RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"]
    + [f"{kind}{n}" for kind in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")]
)
#: Characters Windows (and FAT) refuse in a name, the control characters, and lone
#: surrogates (no file system can store them; they arrive in JSON as \\ud800).
_FORBIDDEN = re.compile('[<>:"/\\\\|?*\x00-\x1f\x7f\ud800-\udfff]')
#: A single name (not a path) on NTFS, FAT32 long names, ext4 and APFS: 255 units.
MAX_NAME = 255


def is_portable_name(name: str) -> bool:
    """True when ``name`` can be created as is on Windows, macOS and Linux."""
    if not name or name in (".", "..") or _FORBIDDEN.search(name):
        return False
    if name[-1] in ". " or name != unicodedata.normalize("NFC", name):
        return False
    if name.split(".")[0].rstrip(" ").upper() in RESERVED:
        return False
    return len(name.encode("utf-16-le")) // 2 <= MAX_NAME and len(name.encode()) <= MAX_NAME


def safe_file_name(name: str, *, fallback: str = "file", max_length: int = 120) -> str:
    """``name`` rewritten to a portable file name (see :func:`is_portable_name`).

    Forbidden characters become ``-``; trailing dots and spaces go; a reserved device
    name gets a ``_`` in front (``CON.zip`` -> ``_CON.zip``); the name is cut to
    ``max_length`` characters keeping its extension; nothing left gives ``fallback``.
    """
    text = unicodedata.normalize("NFC", name)
    text = _FORBIDDEN.sub("-", text).strip(" ")
    text = text.rstrip(". ")
    stem, dot, suffix = text.rpartition(".")
    if not dot or not stem or len(suffix) > 16:
        stem, dot, suffix = text, "", ""
    room = max(1, max_length - len(dot + suffix))
    text = (stem[:room].rstrip(". ") + dot + suffix).rstrip(". ")
    text = text or fallback
    if text.split(".")[0].rstrip(" ").upper() in RESERVED:
        text = "_" + text
    while not is_portable_name(text) and len(text) > 1:  # only ever for huge code points
        text = text[:-1].rstrip(". ")
    return text if is_portable_name(text) else fallback

"""Reading every word a reader (or a program) could find in a .docx, a ZIP or a database."""

from __future__ import annotations

import html
import re
import sqlite3
import unicodedata
import zipfile
from pathlib import Path

_BREAKS = re.compile(r"</w:p>|</w:tc>|<w:br/>|<w:tab/>|</dc:[a-z]+>|</cp:[a-zA-Z]+>")
_TAGS = re.compile(r"<[^>]+>")
#: Parts that hold only structure (style definitions, fonts, theme, numbering,
#: settings), never a person's words: left out for speed.
_STRUCTURE = re.compile(
    r"word/(styles|stylesWithEffects|fontTable|theme/theme\d*|numbering|settings|webSettings)"
    r"\.xml$|\[Content_Types\]\.xml$"
)


def plain(text: str) -> str:
    """Folded like the name rule folds (NFKD, no accents, no case), for searching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def docx_everything(path: Path) -> str:
    """Every XML part of a .docx: the raw XML (attributes such as tracked-change
    authors included) and its text with tags removed (body, tables, headers,
    footers, ``w:delText`` of tracked changes, ``docProps/core.xml``)."""
    out = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not (name.endswith(".xml") or name.endswith(".rels")) or _STRUCTURE.search(name):
                continue
            xml = archive.read(name).decode("utf-8")
            out.append(html.unescape(xml))
            out.append(html.unescape(_TAGS.sub("", _BREAKS.sub("\n", xml))))
    return "\n".join(out)


def database_everything(path: Path) -> str:
    """Every text value of every table of a SQLite file, and its raw bytes decoded."""
    out = [path.read_bytes().decode("utf-8", "ignore")]
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                out.extend(str(value) for value in row if isinstance(value, str))
    finally:
        conn.close()
    return "\n".join(out)


def archive_everything(path: Path, folder: Path) -> str:
    """Every member of an archive ZIP: text as is, .docx and the database read through."""
    out = []
    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            out.append(name)
            target = folder / name.replace("/", "_")
            target.write_bytes(data)
            if name.endswith(".docx"):
                out.append(docx_everything(target))
            elif name.endswith(".db"):
                out.append(database_everything(target))
            else:
                out.append(data.decode("utf-8", "ignore"))
    return "\n".join(out)


def found(word: str, haystack_plain: str) -> bool:
    """Whether ``word`` stands as a word (any spacing) in an already folded haystack."""
    parts = [re.escape(p) for p in re.findall(r"[^\W_]+", plain(word))]
    if not parts:
        return False
    pattern = r"(?<![^\W_])" + r"[\s_]*[-'.’]?[\s_]*".join(parts) + r"(?![^\W_])"
    return re.search(pattern, haystack_plain) is not None

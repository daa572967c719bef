"""Tracked changes: each table's proposed wording as Word revisions in its own name.

Word-level and minimal: texts are compared as word, space and punctuation tokens,
so "targets," -> "targets, a named person" is one insertion.  Several tables'
edits of one article are merged into one text; where they touch the same words,
the first is applied and the others are returned as alternatives.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from roundtables.synthesis.ooxml import RevisionIds, text_run

#: Words, runs of whitespace, and each punctuation mark on its own: a change of
#: "targets," to "targets, a named person" inserts words, it does not retype "targets,".
_TOKENS = re.compile(r"\s+|\w+(?:['’\-]\w+)*|[^\w\s]")


def tokens(text: str) -> list[str]:
    """``text`` as word, space and punctuation tokens (joined, they give it back)."""
    return _TOKENS.findall(text)


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Split the change from ``old`` to ``new`` into ``("equal"|"delete"|"insert", text)``."""
    parts: list[tuple[str, str]] = []
    a = tokens(old)
    position = 0
    for edit in word_edits(old, new):
        if edit.start > position:
            parts.append(("equal", "".join(a[position:edit.start])))
        if edit.end > edit.start:
            parts.append(("delete", "".join(a[edit.start:edit.end])))
        if edit.new:
            parts.append(("insert", edit.new))
        position = edit.end
    if position < len(a):
        parts.append(("equal", "".join(a[position:])))
    return parts


class Edit:
    """Replace the old tokens ``start:end`` by ``new`` (an insertion when they are equal)."""

    __slots__ = ("author", "end", "new", "start")

    def __init__(self, start: int, end: int, new: str, author: str = "") -> None:
        self.start, self.end, self.new, self.author = start, end, new, author

    def overlaps(self, other: Edit) -> bool:
        """Whether two edits touch the same words (or insert at the same place)."""
        if self.start == self.end and other.start == other.end:
            return self.start == other.start
        if self.start == self.end:
            return other.start < self.start < other.end
        if other.start == other.end:
            return self.start < other.start < self.end
        return self.start < other.end and other.start < self.end

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Edit({self.start}, {self.end}, {self.new!r}, {self.author!r})"


def word_edits(old: str, new: str, author: str = "") -> list[Edit]:
    """The minimal word-level edits that turn ``old`` into ``new``.

    A change that only swaps the space around an inserted word is folded into the
    insertion, so "management," -> "management and IT," inserts " and IT".
    """
    a, b = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    edits = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "equal":
            edits.append(Edit(i1, i2, "".join(b[j1:j2]), author))
    return edits


def merge_edits(edit_lists: list[list[Edit]]) -> tuple[list[Edit], list[Edit]]:
    """Combine several authors' edits of one text: ``(applied, alternatives)``.

    Edits that touch different words are all applied.  Where edits of different
    authors touch the same words, the first author's (in list order) is applied
    and the others are returned as alternatives to show beside it.
    """
    applied: list[Edit] = []
    alternatives: list[Edit] = []
    for edits in edit_lists:
        for edit in edits:
            if any(edit.overlaps(other) for other in applied):
                alternatives.append(edit)
            else:
                applied.append(edit)
    applied.sort(key=lambda e: (e.start, e.end))
    return applied, alternatives


def _revision(kind: str, text: str, author: str, date: str, ids: RevisionIds) -> Any:
    wrapper = OxmlElement(kind)
    wrapper.set(qn("w:id"), next(ids))
    wrapper.set(qn("w:author"), author)
    wrapper.set(qn("w:date"), date)
    wrapper.append(text_run(text, "w:delText" if kind == "w:del" else "w:t"))
    return wrapper


def add_tracked_edits(
    paragraph: Any, old: str, edits: list[Edit], *, date: str, ids: RevisionIds
) -> None:
    """Write ``old`` into ``paragraph`` with non-overlapping ``edits`` as tracked changes.

    Each edit is a deletion and/or insertion in its own author's name.
    """
    p = paragraph._p
    a = tokens(old)
    position = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start > position:
            p.append(text_run("".join(a[position:edit.start])))
        if edit.end > edit.start:
            p.append(_revision("w:del", "".join(a[edit.start:edit.end]), edit.author, date, ids))
        if edit.new:
            p.append(_revision("w:ins", edit.new, edit.author, date, ids))
        position = max(position, edit.end)
    if position < len(a):
        p.append(text_run("".join(a[position:])))

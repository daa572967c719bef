"""Cross-cutting themes as the document shows them (no Qt, no Word).

Each theme: a heading naming the tables and the number of contributions, the
rapporteur's sentences (or, for a theme nobody curated, one generated line), and
at most two short excerpts.  Notes are never copied in full: the chapters hold them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from roundtables.analysis import propose_themes
from roundtables.domain import EventHarvest, Note, NoteTypeKey
from roundtables.synthesis.labels import Labels
from roundtables.synthesis.text import clean_line

#: Proposed (uncurated) themes shown with a heading; the rest are named in one line.
PROPOSED_SHOWN = 6
#: Excerpts under a curated theme, and under a proposed one.
CURATED_QUOTES, PROPOSED_QUOTES = 2, 1
#: The longest excerpt, in words.
EXCERPT_WORDS = 12
#: Words an excerpt needs before a clause break may end it.
CLAUSE_MIN_WORDS = 4

# A clause ends at these marks; a full stop only before a new sentence ("art. 68" goes on).
_BREAK = re.compile(r"[;:,!?—–]|\.(?=\s+[A-Z])")
_QUOTES = "\"'“”‘’«»„ "


@dataclass
class DocumentTheme:
    """One theme, ready to write."""

    title: str
    heading: str
    tables: list[int]
    count: int
    sentences: str
    quotes: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)  # where the chapters hold them


def document_themes(
    harvest: EventHarvest, labels: Labels
) -> tuple[list[DocumentTheme], list[DocumentTheme]]:
    """The themes to show under a heading each, and those only named in one line.

    The rapporteur's curated themes when there are any (all of them, in their
    order); otherwise the app's proposals, the widest :data:`PROPOSED_SHOWN` first.
    """
    by_id = {n.id: (t.table.number, n) for t in harvest.tables for n in t.notes}
    curated = [t for t in harvest.themes if not t.deleted]
    if curated:
        shown = []
        for theme in curated:
            found = [by_id[i] for i in dict.fromkeys(theme.note_ids) if i in by_id]
            shown.append(
                _theme(theme.title, found, theme.synthesis, harvest, labels, CURATED_QUOTES)
            )
        return shown, []
    proposed = []
    for proposal in propose_themes(harvest):
        found = [by_id[n.id] for n in proposal.notes if n.id in by_id]
        proposed.append(_theme(proposal.label, found, "", harvest, labels, PROPOSED_QUOTES))
    return proposed[:PROPOSED_SHOWN], proposed[PROPOSED_SHOWN:]


def _theme(
    title: str,
    found: list[tuple[int, Note]],
    synthesis: str,
    harvest: EventHarvest,
    labels: Labels,
    quotes: int,
) -> DocumentTheme:
    tables = sorted({number for number, _ in found})
    count = len(found)
    name = clean_line(title)
    if tables:
        raised = labels.raised_at(tables)
        counted = labels("theme_count_one") if count == 1 else labels("theme_count", count=count)
        heading = labels(
            "theme_heading", title=name, raised=raised[:1].lower() + raised[1:], count=counted
        )
    else:
        heading = name
    sentences = synthesis.strip() or _generated(found, tables, harvest, labels)
    return DocumentTheme(name, heading, tables, count, sentences, _quotes(found, quotes, labels),
                         [note for _, note in found])


def _generated(
    found: list[tuple[int, Note]], tables: list[int], harvest: EventHarvest, labels: Labels
) -> str:
    """One line for a theme nobody wrote about: who raised it, as what, where to read."""
    if not found:
        return ""
    kinds = Counter(note.type for _, note in found).most_common(2)
    names = [labels.note_type(kind, harvest.event.note_types).lower() for kind, _ in kinds]
    kinds_text = f"{names[0]} {labels('and')} {names[1]}" if len(names) > 1 else names[0]
    where = labels("sum_tables_one" if len(tables) == 1 else "sum_tables",
                   tables=labels.join_numbers(tables))
    key = "theme_generated_one" if len(tables) == 1 else "theme_generated"
    line = labels(key, tables=where, kinds=kinds_text)
    return line[:1].upper() + line[1:]


def _quotes(found: list[tuple[int, Note]], most: int, labels: Labels) -> list[str]:
    """Short excerpts from different tables: quotes first, then key messages, shortest."""
    ranked = sorted(
        found, key=lambda item: (item[1].type != NoteTypeKey.QUOTE, not item[1].key_message,
                                 len(item[1].text))
    )
    chosen: list[str] = []
    tables: set[int] = set()
    for number, note in ranked:
        if len(chosen) >= most:
            break
        if number in tables or not note.text.strip():
            continue
        tables.add(number)
        where = labels("sum_tables_one", tables=number)
        chosen.append(labels("theme_quote", text=excerpt(note.text), where=where))
    return chosen


def excerpt(text: str) -> str:
    """The start of a note, never all of it: its first clause, at most
    :data:`EXCERPT_WORDS` words, always cut (so a chapter's note is not copied)."""
    line = clean_line(text).strip(_QUOTES)
    words = line.split(" ")
    for match in _BREAK.finditer(line):
        head = line[: match.start()].strip()
        if head.count("(") > head.count(")"):
            continue  # not inside brackets
        if len(head.split(" ")) >= CLAUSE_MIN_WORDS and match.end() < len(line.rstrip(".!?")):
            words = head.split(" ")
            break
    if len(words) > EXCERPT_WORDS:
        words = words[:EXCERPT_WORDS]
    if " ".join(words).rstrip(".!?;:,") == line.rstrip(".!?;:,"):
        words = words[: max(1, len(words) * 2 // 3)]
    return " ".join(words).rstrip(",;:.—–") + "…"

"""What every part of a document needs while it is written, and the bookmarks of
its chapters.

Its own module so that the document and the parts it assembles (chapters,
sections, overview, annexes) all import it, and none imports the document back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from roundtables.analysis import MergedAction
from roundtables.domain import EventHarvest, GuidingQuestion, Note, TableHarvest
from roundtables.synthesis import ooxml
from roundtables.synthesis.attribution import Attribution
from roundtables.synthesis.labels import Labels
from roundtables.synthesis.writer import Writer


def table_anchor(table: TableHarvest) -> str:
    """The bookmark of a table's chapter."""
    return f"rt{table.table.number}"


def question_anchor(table: TableHarvest, question: GuidingQuestion) -> str:
    """The bookmark of a guiding question's heading in its table's chapter."""
    return f"rt{table.table.number}_q{question.position}"


@dataclass
class Context:
    """What every part of a document needs while it is written."""

    harvest: EventHarvest
    tables: list[TableHarvest]
    labels: Labels
    attribution: Attribution
    writer: Writer
    draft: bool
    report_table: int | None  # None: the whole event's synthesis
    ids: ooxml.RevisionIds
    #: The consolidated action plan's rows, and each action point's row number.
    plan: list[MergedAction] = field(default_factory=list)
    plan_row: dict[str, int] = field(default_factory=dict)
    #: Where each note stands in the chapters: (table, question or None).
    places: dict[str, tuple[TableHarvest, GuidingQuestion | None]] = field(default_factory=dict)

    @property
    def is_report(self) -> bool:
        return self.report_table is not None

    def speaker(self, note: Note, table: TableHarvest) -> str:
        """The attribution shown after a statement ("" when nobody may be named)."""
        return self.attribution.speaker(note, table.table)

    def where(self, note: Note) -> tuple[str, str] | None:
        """Where a note stands in the chapters: (words, bookmark), None if not in a chapter."""
        place = self.places.get(note.id)
        if place is None:
            return None
        table, question = place
        number = table.table.number
        if question is None:
            return self.labels("where_table", number=number), table_anchor(table)
        words = self.labels("where_question", number=number, question=question.position)
        return words, question_anchor(table, question)

    def refer(self, paragraph: Any, notes: list[Note], limit: int = 12) -> None:
        """Append links to where ``notes`` stand ("round table 1, question 3; ..."): the
        way other parts of the document point to a statement instead of copying it.
        Past ``limit`` places, the rest is counted ("and 5 more")."""
        seen: dict[tuple[str, str], None] = {}
        for note in notes:
            found = self.where(note)
            if found:
                seen.setdefault(found, None)
        places = list(seen)
        for index, (words, anchor) in enumerate(places[:limit]):
            if index:
                self.writer.text(paragraph, "; ")
            self.writer.link(paragraph, words, anchor)
        if len(places) > limit:
            self.writer.text(paragraph, " " + self.labels("and_more", count=len(places) - limit))

    def table_title(self, table: TableHarvest) -> str:
        number, theme = table.table.number, table.table.theme.strip()
        if theme:
            return self.labels("table_heading", number=number, theme=theme)
        return self.labels("table_heading_plain", number=number)

"""One grouping of a table's notes, for the Word chapter and the rapporteur's tree.

Notes are grouped by guiding question, then by note type, in one place
(``roundtables.synthesis.grouping``); the document's chapter and the workspace's
tree of notes both follow it, so they show the same groups in the same order.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from roundtables.domain import (
    Event,
    GuidingQuestion,
    Note,
    NoteType,
    RoundTable,
    TableHarvest,
)
from roundtables.storage import Store
from roundtables.synthesis import build_synthesis
from roundtables.synthesis.grouping import table_discussion
from roundtables.synthesis.labels import Labels
from roundtables.ui.rapporteur.tree_model import NOTE_ID_ROLE, NoteTreeModel
from roundtables.ui.rapporteur.workspace import RapporteurWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

TYPES = [NoteType(key="insight", label="Insight", marker="i"),
         NoteType(key="barrier", label="Barrier", marker="b")]


def _harvest(notes: list[Note], questions: list[GuidingQuestion]) -> TableHarvest:
    table = RoundTable(event_id="e", number=1)
    return TableHarvest(table=table, questions=questions, segments=[], attendance=[],
                        notes=notes, action_points=[], feedback=[], attachments=[])


def test_questions_in_order_general_last_types_in_vocabulary_order() -> None:
    first = GuidingQuestion(table_id="t", position=1, text="First?")
    second = GuidingQuestion(table_id="t", position=2, text="Second?")
    silent = GuidingQuestion(table_id="t", position=3, text="Nobody?")
    notes = [
        Note(table_id="t", text="odd type", type="zebra", question_id=second.id),
        Note(table_id="t", text="a barrier", type="barrier", question_id=second.id),
        Note(table_id="t", text="general", type="insight"),
        Note(table_id="t", text="on a removed question", type="insight", question_id="gone"),
        Note(table_id="t", text="an insight", type="insight", question_id=second.id),
        Note(table_id="t", text="another odd", type="aardvark", question_id=first.id),
        Note(table_id="t", text="   ", type="insight", question_id=first.id),
        Note(table_id="t", text="Keynote: what was said", type="insight"),
        Note(table_id="t", text="Who pays?", type="open_question", question_id=first.id),
    ]
    grouped = table_discussion(TYPES, _harvest(notes, [first, second, silent]))
    shape = [(g.question.position if g.question else None,
              [(key, [n.text for n in group]) for key, group in g.by_type])
             for g in grouped.questions]
    assert shape == [
        (1, [("aardvark", ["another odd"])]),
        (2, [("insight", ["an insight"]), ("barrier", ["a barrier"]), ("zebra", ["odd type"])]),
        (None, [("insight", ["general", "on a removed question"])]),
    ]
    assert [n.text for n in grouped.keynote] == ["Keynote: what was said"]
    assert [n.text for n in grouped.open_questions] == ["Who pays?"]
    assert grouped.unanswered == [silent]


def _tree(model: NoteTreeModel) -> list[tuple[str, list[tuple[str | None, list[str]]]]]:
    """Each top heading with its sub-headings (None: notes straight under it) and note ids."""
    shown = []
    for row in range(model.rowCount()):
        heading = model.index(row, 0)
        children: list[tuple[str | None, list[str]]] = []
        for sub_row in range(model.rowCount(heading)):
            sub = model.index(sub_row, 0, heading)
            if sub.data(NOTE_ID_ROLE):
                children.append((None, [sub.data(NOTE_ID_ROLE)]))
            else:
                ids = [model.index(i, 0, sub).data(NOTE_ID_ROLE)
                       for i in range(model.rowCount(sub))]
                children.append((str(sub.data()), ids))
        shown.append((str(heading.data()), children))
    return shown


def _chapter(document: docx.document.Document, number: int) -> list[tuple[str, str, int]]:
    """The headings of a table's chapter (style, text) and how many statements (bullets,
    quotations) follow each."""
    found: list[tuple[str, str, int]] = []
    inside = False
    for paragraph in document.paragraphs:
        style = paragraph.style.name
        if style == "Heading 1":
            inside = paragraph.text.startswith(f"Round table {number}:")
            continue
        if not inside:
            continue
        if style.startswith("Heading"):
            found.append((style, paragraph.text, 0))
        elif found and style in ("List Bullet", "Quote"):
            style_, text, count = found[-1]
            found[-1] = (style_, text, count + 1)
    return found


def test_the_tree_and_the_chapter_show_the_same_groups(
    qtbot, store: Store, demo_event: Event, tmp_path: Path
) -> None:
    window = RapporteurWindow(store, demo_event.id, opener=lambda path: None)
    qtbot.addWidget(window)
    harvest = store.harvest(demo_event)
    build_synthesis(harvest, tmp_path / "synthesis.docx", attribution="named")
    document = docx.Document(str(tmp_path / "synthesis.docx"))
    labels = Labels(demo_event.language)
    note_types = demo_event.note_types
    notes = {n.id: n for t in harvest.tables for n in t.notes}
    for table in harvest.tables:
        grouped = table_discussion(note_types, table)
        assert grouped.questions, "the demo's tables discussed their questions"
        tree = _tree(window.tables_panel.table_models[table.table.number])
        chapter = _chapter(document, table.table.number)

        # The chapter: keynote notes, then question / general, each with its types.
        in_chapter: list[tuple[int | None, list[tuple[str, int]]]] = []
        for style, text, count in chapter:
            if style == "Heading 3":
                number = int(text.split(":")[0].split()[-1]) if text != labels("general") else None
                in_chapter.append((number, []))
            elif style == "Heading 4":
                in_chapter[-1][1].append((text, count))
        keynote_in_chapter = next((c for s, t, c in chapter if t == labels("keynote_notes")), 0)

        # The tree: the same, read from the model the window shows.
        in_tree: list[tuple[int | None, list[tuple[str, int]]]] = []
        keynote_in_tree = 0
        open_in_tree: list[str] = []
        for heading, children in tree:
            if heading == "Notes on the keynote":
                keynote_in_tree = len(children)
                continue
            if heading == "Open questions":
                open_in_tree = [ids[0] for _, ids in children]
                continue
            number = None if heading == "Not linked to a question" else int(heading.split(".")[0])
            types = []
            for _, ids in children:
                key = notes[ids[0]].type
                assert {notes[i].type for i in ids} == {key}
                types.append((labels.note_type(key, note_types), len(ids)))
            in_tree.append((number, types))

        assert in_tree == in_chapter
        assert [n for n, _ in in_tree] == [g.question.position if g.question else None
                                           for g in grouped.questions]
        assert keynote_in_tree == keynote_in_chapter == len(grouped.keynote)
        assert open_in_tree == [n.id for n in grouped.open_questions]
        # every note with text is somewhere in the tree, once
        placed = [i for _, children in tree for _, ids in children for i in ids]
        assert sorted(placed) == sorted(n.id for n in table.notes if n.text.strip())

"""The executive summary the app drafts: context, conclusions, requests, commitments."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from synthesis_helpers import add_action, docx_text, small_harvest

from roundtables.analysis import addressee_of
from roundtables.domain import Event, EventHarvest
from roundtables.resources import resource_path
from roundtables.storage import Store
from roundtables.synthesis import build_synthesis
from roundtables.synthesis.summary import draft_summary, summary_blocks, summary_text


@pytest.fixture
def harvest(store: Store, demo_event: Event) -> EventHarvest:
    return store.harvest(demo_event)


def test_the_demo_carries_no_hand_written_summary(harvest: EventHarvest) -> None:
    content = json.loads(resource_path("demo", "symposium-demo.json").read_text("utf-8"))
    assert "executive_summary" not in content
    assert harvest.event.executive_summary == ""


def test_the_draft_mentions_every_table_and_its_conclusions(harvest: EventHarvest) -> None:
    text = draft_summary(harvest)
    assert text.startswith("At ")
    assert f"{len(harvest.participants)} participants" in text and "three round tables" in text
    for table in harvest.tables:
        assert f"Round table {table.table.number}" in text
    # Starred key messages and agreements are the conclusions.
    for table in harvest.tables:
        for note in table.notes:
            if note.key_message and note.type == "agreement":
                assert note.text in text


def test_near_duplicate_conclusions_are_merged(harvest: EventHarvest) -> None:
    blocks = summary_blocks(draft_summary(harvest))
    conclusions = [b.text for b in blocks[: next(i for i, b in enumerate(blocks)
                                                  if b.text.startswith("Asked of"))]]
    # Tables 1 and 3 both starred a shared library of model clauses: said once.
    library = [c for c in conclusions if "shared library of model" in c]
    assert len(library) == 1 and library[0].endswith("(also table 3)")


def test_requests_are_grouped_by_who_is_asked_to_act(harvest: EventHarvest) -> None:
    text = draft_summary(harvest)
    blocks = summary_blocks(text)
    leads = [b.text for b in blocks if b.kind == "lead"]
    assert "Asked of the Flemish Government:" in leads
    assert "Asked of the federal government:" in leads
    assert "Asked of the European Union:" in leads
    flemish = _bullets_after(blocks, "Asked of the Flemish Government:")
    # The two tables' requests for a post-2020 target are one request from both.
    assert any("(tables 1 and 2)" in b for b in flemish)
    assert any("end-of-life" in b for b in flemish)
    federal = _bullets_after(blocks, "Asked of the federal government:")
    assert any("due diligence" in b for b in federal)
    commitments = _bullets_after(blocks, "Commitments made:")
    # Most votes first; the rest are counted, left to the action plan.
    assert commitments[0].startswith("Institute for Procurement Studies: Set up a shared library")
    assert "(by 30 September 2019, tables 1 and 3)" in commitments[0]
    assert "more in the consolidated action plan." in text


def test_the_declaration_outcome_is_said_in_words(harvest: EventHarvest) -> None:
    text = draft_summary(harvest)
    assert (
        "Declaration of intention: supported by all three tables; amendments proposed to "
        "articles 2, 3, 4, 6 and 7; article 6 rejected by table 3."
    ) in text


def test_the_draft_fits_on_one_page(harvest: EventHarvest) -> None:
    assert len(draft_summary(harvest).split()) <= 520


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("nl", ["Rondetafel 1", "Gevraagd aan de Vlaamse Regering:", "gesteund door alle drie"]),
        ("fr", ["table ronde 1", "Demandé au gouvernement flamand", "soutenue par les trois"]),
    ],
)
def test_the_draft_speaks_the_event_language(
    harvest: EventHarvest, language: str, words: list[str]
) -> None:
    text = draft_summary(harvest, language)
    for word in words:
        assert word in text
    assert "Asked of" not in text and "Round table" not in text


def test_the_edited_summary_wins_over_the_draft(harvest: EventHarvest) -> None:
    assert summary_text(harvest) == draft_summary(harvest)
    harvest.event.executive_summary = "Written by the rapporteur."
    assert summary_text(harvest) == "Written by the rapporteur."


def test_the_document_opens_with_the_draft_and_no_separate_key_message_list(
    harvest: EventHarvest, tmp_path: Path
) -> None:
    out = build_synthesis(harvest, tmp_path / "s.docx")
    document = docx.Document(str(out))
    paragraphs = [p for p in document.paragraphs]
    start = next(i for i, p in enumerate(paragraphs)
                 if p.text == "Executive summary" and p.style.name == "Heading 1")
    end = next(i for i, p in enumerate(paragraphs) if i > start and p.style.name == "Heading 1")
    section = paragraphs[start:end]
    body = "\n".join(p.text for p in section)
    assert "supported by all three tables" in body
    leads = [p for p in section if p.text == "Asked of the Flemish Government:"]
    assert leads and all(r.bold for r in leads[0].runs if r.text.strip())
    assert [p.text for p in section if p.style.name == "Heading 2"] == ["In figures"]
    # Key messages gathered once: no key message twice in the summary.
    for note in (n for t in harvest.tables for n in t.notes if n.key_message):
        assert body.count(note.text[:60]) <= 1


def test_addressees_from_institution_and_text() -> None:
    assert addressee_of("Ask the Flemish Government for a target") == "flemish"
    assert addressee_of("Vraag aan de Vlaamse overheid") == "flemish"
    assert addressee_of("Support an EU law on due diligence") == "eu"
    assert addressee_of("Set a rule above the EU thresholds") == "other"
    assert addressee_of("Write a guide", institution="Federal Office for X") == "federal"
    assert addressee_of("Write a guide", institution="City of Ghent") == "own"
    assert addressee_of("Ask the European Commission", institution="") == "eu"
    assert addressee_of("Demander au gouvernement fédéral") == "federal"


def test_a_small_event_without_declaration_or_requests_still_drafts(tmp_path: Path) -> None:
    harvest = small_harvest({1: ["We agree on one thing."], 2: ["Nothing else."]})
    harvest.table(1).notes[0].type = "agreement"
    add_action(harvest, 2, "Write model clauses", institution="City", votes=2)
    text = draft_summary(harvest)
    assert "We agree on one thing." in text
    assert "Declaration" not in text and "Asked of" not in text
    assert "City: Write model clauses" in text
    out = build_synthesis(harvest, tmp_path / "small.docx")
    assert "We agree on one thing." in docx_text(out)


def test_an_empty_event_drafts_a_context_sentence_only() -> None:
    harvest = EventHarvest(event=Event(title="Empty"))
    assert draft_summary(harvest).strip().startswith("At Empty")
    harvest.tables = []
    assert summary_blocks("") == []


def test_blocks_read_leads_bullets_and_paragraphs() -> None:
    blocks = summary_blocks("Intro line.\n\nAsked of X:\n- one\n• two\nNot a lead:\nplain")
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "Intro line."),
        ("lead", "Asked of X:"),
        ("bullet", "one"),
        ("bullet", "two"),
        ("paragraph", "Not a lead:"),
        ("paragraph", "plain"),
    ]


def _bullets_after(blocks: list, lead: str) -> list[str]:
    found, seen = [], False
    for block in blocks:
        if block.kind == "lead":
            seen = block.text == lead
        elif seen and block.kind == "bullet":
            found.append(block.text)
        elif seen:
            break
    return found


def test_an_edited_summary_with_any_characters_reaches_the_document(
    harvest: EventHarvest, tmp_path: Path
) -> None:
    harvest.event.executive_summary = (
        "Opening line\x00 with a control character.\r\nAsked of us:\r\n- one 🙂\n• مرحبا بكم\n\n"
        + "x" * 20_000
    )
    out = build_synthesis(harvest, tmp_path / "edited.docx")
    text = docx_text(out)
    assert "Opening line with a control character." in text
    assert "one 🙂" in text and "مرحبا بكم" in text and "x" * 20_000 in text
    assert "supported by all three tables" not in text  # the edited text replaces the draft


@pytest.mark.slow
def test_drafting_a_15000_note_event_takes_well_under_two_seconds(store: Store) -> None:
    import time

    from roundtables.domain import ActionPoint, Note, RoundTable

    event = Event(title="Big forum", date="2026-01-01", slug="big-forum")
    store.save(event)
    words = ["buyers", "monitor", "clauses", "labels", "cost", "repair", "refurbished",
             "factories", "workers", "flemish", "federal", "european", "union", "target",
             "policy", "audit", "tender", "supplier"]
    records: list = []
    for number in range(1, 11):
        table = RoundTable(event_id=event.id, number=number, theme=f"Theme {number}")
        records.append(table)
        for i in range(1500):
            text = " ".join(words[(i * 7 + k * number) % len(words)] for k in range(12))
            kind = ("agreement", "proposal", "request", "commitment", "insight")[i % 5]
            records.append(Note(table_id=table.id, text=text, type=kind, key_message=i % 97 == 0))
        for i in range(30):
            records.append(ActionPoint(table_id=table.id, action=f"Action {i} {words[i % 9]}",
                                       institution=("City", "Federal Office")[i % 2], votes=i))
    store.save_all(records)
    harvest = store.harvest(event)
    started = time.perf_counter()
    text = draft_summary(harvest)
    assert time.perf_counter() - started < 2.0
    assert "ten round tables" in text and "more requests in the table chapters." in text
    assert len(text.split()) < 1500  # still a summary, not a copy


def test_a_person_who_refused_to_be_named_is_named_nowhere_in_summary_or_themes(
    harvest: EventHarvest, tmp_path: Path
) -> None:
    from roundtables.domain import CuratedTheme, Note

    hidden = next(p for p in harvest.participants if p.consent == "anonymous")
    table = harvest.tables[0]
    note = Note(table_id=table.table.id, type="agreement", key_message=True,
                text=f"As {hidden.name.upper()} put it, buyers need one policy.")
    table.notes.insert(0, note)  # the table's first key message
    harvest.themes = [CuratedTheme(event_id=harvest.event.id, title=f"{hidden.name}'s point",
                                   synthesis=f"{hidden.name} said it first.",
                                   note_ids=[note.id])]
    assert hidden.name.upper() in draft_summary(harvest)  # the rapporteur sees it ...
    text = docx_text(build_synthesis(harvest, tmp_path / "named.docx"))
    assert hidden.name.split()[-1].casefold() not in text.casefold()  # ... the reader never

"""Cross-cutting themes: proposed from tags and text, curated by the rapporteur, in the document."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from roundtables.analysis import propose_themes
from roundtables.domain import CuratedTheme, Event, EventHarvest, EventStatus, RoundtablesError
from roundtables.services import themes as service
from roundtables.storage import Store
from roundtables.synthesis import build_synthesis
from roundtables.synthesis.labels import Labels
from roundtables.synthesis.text import clean_line, clean_text
from roundtables.synthesis.themes import document_themes, excerpt


@pytest.fixture
def harvest(store: Store, demo_event: Event) -> EventHarvest:
    return store.harvest(demo_event)


def test_proposed_themes_merge_tags_that_list_the_same_notes(harvest: EventHarvest) -> None:
    themes = propose_themes(harvest)
    labels = [t.label for t in themes]
    assert "Cost" in labels and "Lifecycle costing" not in labels  # every such note is on cost
    assert "Targets" in labels and "Local authorities" not in labels
    cost = themes[labels.index("Cost")]
    assert "lifecycle-costing" in cost.merged
    for i, a in enumerate(themes):
        assert len(a.table_numbers) >= 2
        for b in themes[i + 1:]:
            ids_a, ids_b = {n.id for n in a.notes}, {n.id for n in b.notes}
            assert len(ids_a & ids_b) < 2 / 3 * min(len(ids_a), len(ids_b))


def test_curated_themes_are_stored_revisioned_and_read_back(
    store: Store, demo_event: Event, harvest: EventHarvest
) -> None:
    proposed = propose_themes(harvest)
    picked = service.pick_theme(store, demo_event.id, proposed[0])
    assert picked.revision == 1 and picked.note_ids == [n.id for n in proposed[0].notes]
    service.rename_theme(store, picked.id, "Monitoring a contract")
    service.write_theme(store, picked.id, "Every table said so. Nobody has the capacity.")
    again = store.curated_themes(demo_event.id)
    assert [(t.title, t.synthesis, t.revision) for t in again] == [
        ("Monitoring a contract", "Every table said so. Nobody has the capacity.", 3)
    ]
    assert store.harvest(store.find_event(demo_event.id)).themes == again
    service.remove_theme(store, picked.id)
    assert store.curated_themes(demo_event.id) == []
    gone = store.get(CuratedTheme, picked.id)
    assert gone is not None and gone.deleted


def test_merging_curated_themes_keeps_the_first_title_and_every_note(
    store: Store, demo_event: Event, harvest: EventHarvest
) -> None:
    proposed = {t.label: t for t in propose_themes(harvest)}
    cost = service.pick_theme(store, demo_event.id, proposed["Cost"])
    silos = service.pick_theme(store, demo_event.id, proposed["Silos"])
    merged = service.merge_themes(store, demo_event.id, [cost.id, silos.id])
    assert merged.id == cost.id and merged.title == "Cost"
    wanted = list(dict.fromkeys(cost.note_ids + silos.note_ids))
    assert merged.note_ids == wanted
    assert [t.id for t in store.curated_themes(demo_event.id)] == [cost.id]
    with pytest.raises(RoundtablesError, match="two or more"):
        service.merge_themes(store, demo_event.id, [cost.id])


def test_themes_move_up_and_down_and_stay_in_that_order(
    store: Store, demo_event: Event, harvest: EventHarvest
) -> None:
    proposed = propose_themes(harvest)[:3]
    picked = [service.pick_theme(store, demo_event.id, p) for p in proposed]
    service.move_theme(store, demo_event.id, picked[2].id, -2)
    assert [t.id for t in store.curated_themes(demo_event.id)] == [
        picked[2].id, picked[0].id, picked[1].id
    ]
    service.move_theme(store, demo_event.id, picked[2].id, +9)  # clamped to the end
    order = store.curated_themes(demo_event.id)
    assert [t.id for t in order] == [picked[0].id, picked[1].id, picked[2].id]
    assert [t.position for t in order] == [1, 2, 3]


def test_a_finalised_event_refuses_theme_changes(
    store: Store, demo_event: Event, harvest: EventHarvest
) -> None:
    event = store.find_event(demo_event.id)
    event.status = EventStatus.FINALISED.value
    store.save(event)
    with pytest.raises(RoundtablesError, match="read-only"):
        service.pick_theme(store, demo_event.id, propose_themes(harvest)[0])


def test_without_curation_the_document_uses_proposed_themes_with_a_line_each(
    harvest: EventHarvest, tmp_path: Path
) -> None:
    out = build_synthesis(harvest, tmp_path / "s.docx")
    headings = _theme_headings(out)
    assert headings and headings[0].startswith("Monitoring — raised at tables 1, 2 and 3, ")
    assert all(" contributions" in h for h in headings)
    text = _themes_text(out)
    assert "see their chapters" in text
    _assert_no_note_copied_in_full(harvest, text)


def test_curated_themes_are_headings_with_their_sentences_and_short_quotes(
    store: Store, demo_event: Event, harvest: EventHarvest, tmp_path: Path
) -> None:
    proposed = {t.label: t for t in propose_themes(harvest)}
    theme = service.pick_theme(store, demo_event.id, proposed["Cost"])
    service.rename_theme(store, theme.id, "What sustainable ICT costs")
    service.write_theme(store, theme.id, "Cost came up at two tables. Life-cycle costing helps.")
    out = build_synthesis(store.harvest(store.find_event(demo_event.id)), tmp_path / "c.docx")
    headings = _theme_headings(out)
    count = len(theme.note_ids)
    wanted = f"What sustainable ICT costs — raised at tables 1 and 3, {count} contributions"
    assert headings == [wanted]
    text = _themes_text(out)
    assert "Cost came up at two tables. Life-cycle costing helps." in text
    assert text.count("“") <= 2
    _assert_no_note_copied_in_full(harvest, text)


def test_an_excerpt_never_copies_a_note_in_full() -> None:
    assert excerpt("Short note here.") != "Short note here."
    long = "One buyer cannot follow up a four-year contract; monitoring needs capacity."
    assert excerpt(long) == "One buyer cannot follow up a four-year contract…"
    costing = "Use life-cycle costing (art. 68) with a six-year lifetime, so that it pays."
    assert excerpt(costing) == "Use life-cycle costing (art. 68) with a six-year lifetime…"
    assert excerpt('"A clause that nobody checks is a promise, not an obligation."') == (
        "A clause that nobody checks is a promise…"
    )


def test_document_themes_in_dutch_say_tables_and_kinds(harvest: EventHarvest) -> None:
    shown, rest = document_themes(harvest, Labels("nl"))
    assert shown and shown[0].heading.startswith("Monitoring — besproken aan tafels 1, 2 en 3")
    assert "zie hun hoofdstukken" in shown[0].sentences
    assert rest  # the smaller themes are named in one line


def _theme_headings(path: Path) -> list[str]:
    document = docx.Document(str(path))
    found, inside = [], False
    for p in document.paragraphs:
        if p.style.name == "Heading 1":
            inside = p.text == "Cross-cutting themes"
        elif inside and p.style.name == "Heading 2":
            found.append(p.text)
    return found


def _themes_text(path: Path) -> str:
    document = docx.Document(str(path))
    lines, inside = [], False
    for p in document.paragraphs:
        if p.style.name == "Heading 1":
            inside = p.text == "Cross-cutting themes"
        elif inside:
            lines.append(p.text)
    return "\n".join(lines)


def _assert_no_note_copied_in_full(harvest: EventHarvest, text: str) -> None:
    copied = [n.text for t in harvest.tables for n in t.notes if clean_text(n.text) in text]
    assert copied == []


@given(st.text(min_size=1, max_size=400))
def test_an_excerpt_is_always_a_shorter_start_of_the_note(text: str) -> None:
    cut = excerpt(text)
    assert cut.endswith("…")
    whole = clean_line(text).strip("\"'“”‘’«»„ ")
    shown = cut[:-1]
    if len(whole.split()) >= 2:
        assert len(shown) < len(whole) and whole.startswith(shown.rstrip(",;:.—–"))

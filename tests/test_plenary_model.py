"""The plenary pages without Qt: their order, what each says, consent and languages."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from roundtables.domain import Event, Note, RoundTable, TableHarvest
from roundtables.services.plenary import (
    ActionsPage,
    ArticlePage,
    MatrixPage,
    OverviewPage,
    Plenary,
    TablePage,
    key_messages,
    plenary_pages,
)
from roundtables.services.plenary_labels import EN, FR, NL, PlenaryLabels
from roundtables.storage import Store
from tests import plenary_support
from tests.plenary_support import HIDDEN, hand_in
from tests.synthesis_helpers import small_harvest

results = plenary_support.results
rapporteur_store = plenary_support.rapporteur_store


def _pages(store: Store, event: Event, language: str | None = None) -> Plenary:
    return plenary_pages(store.harvest(store.get(Event, event.id)), language)


def _strings(value: object) -> list[str]:
    """Every string a page holds, however deep."""
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) for s in _strings(getattr(value, f.name))]
    if isinstance(value, list | tuple):
        return [s for item in value for s in _strings(item)]
    return []


def test_page_order_with_every_table_in(
    rapporteur_store: Store, results: dict[int, Path], demo_event: Event
) -> None:
    hand_in(rapporteur_store, results, 3, 1, 2)  # any order of arrival
    plenary = _pages(rapporteur_store, demo_event)
    keys = plenary.page_keys()
    articles = sorted(rapporteur_store.articles(demo_event.id), key=lambda a: a.number)
    assert keys[:8] == [
        "overview", "table:1", "actions:1", "table:2", "actions:2", "table:3", "actions:3",
        "declaration",
    ]
    article_keys = [k for k in keys if k.startswith("article:")]
    order = [a.id for a in articles]
    assert [order.index(k.split(":")[1]) for k in article_keys] == sorted(
        order.index(k.split(":")[1]) for k in article_keys
    )
    assert article_keys, "the demo's tables proposed wordings"
    assert keys[8 : 8 + len(article_keys)] == article_keys
    assert keys[8 + len(article_keys) :] and all(
        k.startswith("themes:") for k in keys[8 + len(article_keys) :]
    )
    overview = plenary.pages[0]
    assert isinstance(overview, OverviewPage)
    assert [t.number for t in overview.handed_in] == [1, 2, 3] and overview.missing == []
    for page in plenary.pages:
        if isinstance(page, ArticlePage):
            # Side by side only the wordings; the other tables' stances in one line.
            assert page.wordings and all(w.wording for w in page.wordings)
            assert not any(w.wording for w in page.others)
            assert len(page.wordings) + len(page.others) == 3
    matrix = plenary.pages[7]
    assert isinstance(matrix, MatrixPage)
    assert matrix.tables == ["Table 1", "Table 2", "Table 3"]
    assert len(matrix.rows) == len(articles)
    # Every cell has a word and a symbol, never colour alone.
    assert all(c.word and c.symbol for _, cells in matrix.rows for c in cells)


def test_one_table_in_lists_the_others_as_expected(
    rapporteur_store: Store, results: dict[int, Path], demo_event: Event
) -> None:
    hand_in(rapporteur_store, results, 2)
    plenary = _pages(rapporteur_store, demo_event)
    overview = plenary.pages[0]
    assert isinstance(overview, OverviewPage)
    assert [t.number for t in overview.handed_in] == [2]
    assert [t.number for t in overview.missing] == [1, 3]
    keys = plenary.page_keys()
    assert [k for k in keys if k.startswith(("table:", "actions:"))] == ["table:2", "actions:2"]
    matrix = next(p for p in plenary.pages if isinstance(p, MatrixPage))
    assert matrix.tables == ["Table 2"]


def test_a_gap_in_the_numbers_is_a_table_still_expected() -> None:
    harvest = small_harvest({1: ["We need a policy."], 3: ["Buyers need training."]})
    overview = plenary_pages(harvest).pages[0]
    assert isinstance(overview, OverviewPage)
    assert [t.number for t in overview.handed_in] == [1, 3]
    assert [t.number for t in overview.missing] == [2]


def test_starred_key_messages_at_most_five_else_the_most_supported_proposals() -> None:
    table = RoundTable(event_id="e", number=1, theme="Tenders")
    notes = [Note(table_id=table.id, text=f"Key point number {i}", key_message=True)
             for i in range(7)]
    starred, chosen = key_messages(TableHarvest(table=table, notes=notes))
    assert starred and [n.text for n in chosen] == [f"Key point number {i}" for i in range(5)]

    texts = [
        ("proposal", "Publish tender documents in a shared library"),
        ("proposal", "Pool demand across cities for laptops tenders"),
        ("insight", "Cities could pool demand for laptops and phones"),
        ("agreement", "Everyone agreed pooling demand for laptops works"),
        ("proposal", "Train buyers on labels"),
        ("proposal", "Write a policy"),
    ]
    notes = [Note(table_id=table.id, text=t, type=kind) for kind, t in texts]
    starred, chosen = key_messages(TableHarvest(table=table, notes=notes))
    assert not starred
    # The proposal the others echo comes first; then the rest in the order made.
    assert [n.text for n in chosen] == [
        "Pool demand across cities for laptops tenders",
        "Publish tender documents in a shared library",
        "Train buyers on labels",
    ]
    harvest = small_harvest({1: []})
    harvest.tables[0].notes = notes
    page = plenary_pages(harvest).pages[1]
    assert isinstance(page, TablePage) and page.messages_heading == "Most supported proposals"


def test_top_action_points_by_priority_then_votes(
    rapporteur_store: Store, results: dict[int, Path], demo_event: Event
) -> None:
    hand_in(rapporteur_store, results, 1)
    page = next(p for p in _pages(rapporteur_store, demo_event).pages
                if isinstance(p, ActionsPage))
    assert len(page.actions) == 3
    # The hidden person's action point is high priority with 99 votes: it leads.
    assert page.actions[0].action.startswith("Ask ")
    assert "99 votes" in page.actions[0].detail


def test_a_person_who_refused_is_named_on_no_page(
    rapporteur_store: Store, results: dict[int, Path], demo_event: Event
) -> None:
    hand_in(rapporteur_store, results, 1, 2, 3)
    for language in ("en", "nl", "fr"):
        plenary = _pages(rapporteur_store, demo_event, language)
        everything = "\n".join(s for page in plenary.pages for s in _strings(page))
        everything += plenary.title
        for part in HIDDEN.split():
            assert part.casefold() not in everything.casefold()
    # ... while what they said is still there, unattributed.
    texts = "\n".join(s for page in plenary.pages for s in _strings(page))
    assert "proposed that we pool every ICT tender" in texts
    wordings = [w for p in plenary.pages if isinstance(p, ArticlePage) for w in p.wordings]
    assert any("we take responsibility for the chain" in w.wording for w in wordings)


def test_chatham_house_names_nobody(
    rapporteur_store: Store, results: dict[int, Path], demo_event: Event
) -> None:
    hand_in(rapporteur_store, results, 1)
    harvest = rapporteur_store.harvest(rapporteur_store.get(Event, demo_event.id))
    harvest.event.attribution_policy = "chatham_house"
    everything = "\n".join(s for p in plenary_pages(harvest).pages for s in _strings(p))
    for person in harvest.participants:
        assert person.name not in everything


@pytest.mark.parametrize("table", [NL, FR], ids=["nl", "fr"])
def test_every_label_is_translated(table: dict[str, str]) -> None:
    assert set(table) == set(EN)
    assert all(table[key].strip() for key in EN)
    # Only a few words are the same in English and in the other language.
    same = {k for k in EN if table[k] == EN[k]}
    assert same <= {"table", "article_short", "raised_at_one", "raised_at"}, same
    for key, text in EN.items():
        assert {p for p in _fields(text)} == {p for p in _fields(table[key])}, key


def _fields(text: str) -> set[str]:
    import string

    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_pages_in_dutch_and_french_carry_no_english_label(
    rapporteur_store: Store, results: dict[int, Path], demo_event: Event, language: str
) -> None:
    hand_in(rapporteur_store, results, 1, 2)
    plenary = _pages(rapporteur_store, demo_event, language)
    assert plenary.labels.code == language
    labels = {p.title for p in plenary.pages if not isinstance(p, ArticlePage)} | {
        s for p in plenary.pages for s in _labels_of(p)
    }
    english = PlenaryLabels("en")
    for key in ("handed_in", "missing", "key_messages_starred", "top_actions", "matrix",
                "wordings", "themes", "stance_support", "stance_amend"):
        assert english(key) not in labels, key
    assert PlenaryLabels(language)("top_actions") in labels


def _labels_of(page: object) -> list[str]:
    if isinstance(page, TablePage):
        return [page.messages_heading]
    if isinstance(page, MatrixPage):
        return [*page.tables, *(c.word for c in page.legend)]
    if isinstance(page, ArticlePage):
        return [w.cell.word for w in (*page.wordings, *page.others)]
    if isinstance(page, ActionsPage):
        return [page.heading]
    return []


def test_the_event_language_is_the_default(
    rapporteur_store: Store, results: dict[int, Path], demo_event: Event
) -> None:
    hand_in(rapporteur_store, results, 1)
    event = rapporteur_store.get(Event, demo_event.id)
    assert event is not None
    event.language = "fr"
    rapporteur_store.save(event)
    plenary = _pages(rapporteur_store, demo_event)
    assert plenary.labels.code == "fr"
    assert any(p.title == "Ce que plusieurs tables ont soulevé" for p in plenary.pages)


def test_any_text_a_person_can_type_makes_a_slide() -> None:
    odd = [
        "x" * 20_000,
        "Vóór 2030 🚀 – مرحبا بالعالم\u200f – ok\x00\x07\r\nnext line\u2028more",
        " ".join(["word"] * 5_000),
    ]
    harvest = small_harvest({1: odd})
    for note in harvest.tables[0].notes:
        note.key_message = True
    harvest.event.title = "\x0bTitle\U0001f600"
    plenary = plenary_pages(harvest)
    page = plenary.pages[1]
    assert isinstance(page, TablePage) and len(page.messages) == 3
    assert all(len(m) <= 321 for m in page.messages)
    assert not any(c in m for m in page.messages for c in "\x00\x07\r\x0b")
    assert "🚀" in page.messages[1] and "مرحبا" in page.messages[1]
    assert plenary.title == "Title\U0001f600"

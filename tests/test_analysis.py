"""What several tables said: cross-cutting themes and duplicate action points."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st
from synthesis_helpers import add_action, small_harvest

from roundtables.analysis import (
    action_groups,
    cross_cutting_themes,
    duplicate_action_groups,
    jaccard,
    normalise_words,
    priority_rank,
    similar_pairs,
)
from roundtables.domain import Event, EventHarvest, Priority
from roundtables.storage import Store


def test_the_demo_has_themes_shared_by_tags_with_their_tables(
    store: Store, demo_event: Event
) -> None:
    harvest = store.harvest(demo_event)
    themes = cross_cutting_themes(harvest)
    assert themes and all(len(t.table_numbers) >= 2 for t in themes)
    by_label = {t.label: t for t in themes}
    assert by_label["TCO Certified"].tag == "tco-certified"  # spelt as the notes spell it
    number_of = {t.table.id: t.table.number for t in harvest.tables}
    for theme in themes:
        assert sorted({number_of[n.table_id] for n in theme.notes}) == theme.table_numbers
        if theme.tag:
            assert all(theme.tag in n.tags for n in theme.notes)
    widest = [len(t.table_numbers) for t in themes]
    assert widest == sorted(widest, reverse=True)


def test_similar_wording_at_different_tables_is_a_theme_but_not_at_one_table() -> None:
    harvest = small_harvest({
        1: ["Buyers lack time to monitor the contract clauses after award.",
            "Buyers lack the time to monitor contract clauses after the award!"],
        2: ["Refurbished laptops are cheaper over their life."],
        3: ["Nothing about monitoring here, only about budgets and cost."],
    })
    assert cross_cutting_themes(harvest) == []  # the two similar notes are from one table
    harvest.table(3).notes[0].text = "After award, buyers lack time to monitor contract clauses."
    themes = cross_cutting_themes(harvest)
    assert len(themes) == 1
    assert themes[0].table_numbers == [1, 3] and len(themes[0].notes) == 3
    assert themes[0].label.startswith("After award")  # the shortest note names it


def test_duplicate_action_points_are_grouped_most_votes_first() -> None:
    harvest = small_harvest({1: ["x"], 2: ["y"], 3: ["z"]})
    add_action(harvest, 1, "Set up a shared library of model tender clauses.", votes=3)
    add_action(harvest, 3, "Set up a shared library of model tender clauses for ICT.", votes=9)
    add_action(harvest, 2, "Train buyers on labels.", votes=5)
    add_action(harvest, 2, "   ")  # empty actions are not action points
    groups = duplicate_action_groups(harvest)
    assert len(groups) == 1
    assert [ap.votes for ap in groups[0]] == [9, 3]
    assert sum(len(g) for g in action_groups(harvest)) == 3


def test_an_empty_event_has_no_themes_and_no_groups() -> None:
    harvest = EventHarvest(event=Event(title="Empty"))
    assert cross_cutting_themes(harvest) == []
    assert action_groups(harvest) == [] and duplicate_action_groups(harvest) == []


def test_words_are_normalised_across_case_accents_plurals_and_stopwords() -> None:
    assert normalise_words("The Labels, LABEL and the Élan!") == {"label", "elan"}
    assert normalise_words("de la et 12 ab") == frozenset()
    assert jaccard(frozenset(), frozenset({"a"})) == 0.0
    assert [priority_rank(p) for p in Priority] == [0, 1, 2]


words = st.frozensets(st.sampled_from("abcdefghij"), max_size=6)


@given(st.lists(words, max_size=12), st.sampled_from([0.3, 0.5, 0.6, 0.8, 1.0]))
def test_prefix_filtering_finds_exactly_the_pairs_brute_force_finds(
    sets: list[frozenset[str]], threshold: float
) -> None:
    brute = [
        (i, j) for i, j in itertools.combinations(range(len(sets)), 2)
        if jaccard(sets[i], sets[j]) >= threshold
    ]
    assert similar_pairs(sets, threshold) == brute

"""The fast similar-pairs join finds exactly the pairs a brute-force comparison finds."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from roundtables import analysis
from roundtables.analysis import jaccard, similar_pairs, topic_words

WORDS = st.sampled_from([f"w{i}" for i in range(14)])
SETS = st.lists(st.frozensets(WORDS, max_size=9), max_size=40)


def brute_force(sets: list[frozenset[str]], threshold: float) -> list[tuple[int, int]]:
    return [(i, j) for i, j in itertools.combinations(range(len(sets)), 2)
            if sets[i] and sets[j] and jaccard(sets[i], sets[j]) >= threshold - 1e-9]


@given(SETS, st.sampled_from([0.2, 1 / 3, 0.5, 0.6, 2 / 3, 0.8, 1.0]))
def test_the_join_finds_every_pair_brute_force_finds(
    sets: list[frozenset[str]], threshold: float
) -> None:
    assert similar_pairs(sets, threshold) == brute_force(sets, threshold)


def test_a_word_in_very_many_notes_is_not_a_topic_word() -> None:
    notes = [f"budget topic{i} other{i} more{i}" for i in range(3 * analysis.COMMON_MAX)]
    sets = topic_words(notes)
    assert all("budget" not in words for words in sets)
    few = topic_words(notes[: analysis.COMMON_MIN])
    assert all("budget" in words for words in few)


def test_topic_words_fold_case_accents_and_plurals_every_time() -> None:
    for _ in range(2):  # the second time from the memo
        assert analysis.normalise_words("Les Réseaux, the REPAIR networks 2026") == {
            "reseaux", "repair", "network"}

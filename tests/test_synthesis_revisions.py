"""Word-level tracked changes: minimal, per author, accepting them gives each wording."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from roundtables.synthesis.revisions import Edit, merge_edits, tokens, word_diff, word_edits

WORDS = st.sampled_from(["we", "will", "buy", "fair", "green", "ICT", ",", ".", "every",
                         "year", "two", "years", "l'achat", "é", "🙂", ";"])
TEXT = st.lists(WORDS, max_size=14).map(lambda ws: " ".join(ws))


def apply(old: str, edits: list[Edit]) -> str:
    """The text once every edit is accepted."""
    a = tokens(old)
    out, position = [], 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        out.append("".join(a[position:edit.start]))
        out.append(edit.new)
        position = max(position, edit.end)
    out.append("".join(a[position:]))
    return "".join(out)


@given(TEXT)
def test_tokens_give_the_text_back(text: str) -> None:
    assert "".join(tokens(text)) == text


@given(TEXT, TEXT)
def test_accepting_one_tables_edits_gives_its_wording(old: str, new: str) -> None:
    assert apply(old, word_edits(old, new, "Table 1")) == new
    rejected = "".join(t for op, t in word_diff(old, new) if op != "insert")
    assert rejected == old


@given(TEXT, TEXT, TEXT)
def test_merged_edits_never_overlap_and_keep_the_first_tables(old: str, a: str, b: str) -> None:
    applied, alternatives = merge_edits([word_edits(old, a, "Table 1"),
                                         word_edits(old, b, "Table 2")])
    for i, x in enumerate(applied):
        assert not any(x.overlaps(y) for y in applied[i + 1:])
    assert all(e.author == "Table 2" for e in alternatives)
    # Table 1's edits are all applied; when nothing clashed, so are table 2's.
    assert apply(old, [e for e in applied if e.author == "Table 1"]) == a
    if not alternatives:
        assert apply(old, [e for e in applied if e.author == "Table 2"]) == b


def test_a_punctuation_change_leaves_the_word_alone() -> None:
    edits = word_edits("our management, with targets", "our management and IT, with targets")
    assert [(e.start, e.end, e.new) for e in edits] == [(3, 3, " and IT")]
    assert word_diff("every year which", "every two years which") == [
        ("equal", "every "), ("delete", "year"), ("insert", "two years"), ("equal", " which")]

"""What the plenary tests share: a facilitators' database, results files, a rapporteur laptop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from roundtables.domain import (
    ActionPoint,
    ArticleFeedback,
    Event,
    Note,
    Participant,
)
from roundtables.exchange import import_file, write_results, write_table_kits
from roundtables.storage import Store

#: The participant who refused to be named, with a name no other text contains.
HIDDEN = "Quirina Vandenbroucke-Lefèvre"


def hide_someone(store: Store, event: Event) -> Participant:
    """An anonymous participant whose name the facilitators typed everywhere they could."""
    person = store.save(
        Participant(event_id=event.id, name=HIDDEN, organisation="Hidden Org",
                    consent="anonymous")
    )
    tables = store.tables(event.id)
    article = store.articles(event.id)[0]
    for table in tables[:2]:
        store.save(
            Note(table_id=table.id, text=f"{HIDDEN} proposed that we pool every ICT tender.",
                 type="proposal", key_message=True, speaker_id=person.id, tags=[HIDDEN])
        )
    first = tables[0]
    store.save(
        ActionPoint(table_id=first.id, action=f"Ask {HIDDEN.upper()} for the model clauses",
                    owner=HIDDEN, institution="Hidden Org", priority="high", votes=99)
    )
    feedback = store.feedback_for(first.id, article.id) or ArticleFeedback(
        table_id=first.id, article_id=article.id
    )
    feedback.stance = "amend"
    feedback.proposed_wording = f"As {HIDDEN} said: we take responsibility for the chain."
    feedback.rationale = f"{HIDDEN} convinced the table."
    store.save(feedback)
    return person


@pytest.fixture
def results(store: Store, demo_event: Event, tmp_path: Path) -> dict[int, Path]:
    """Every demo table's results file, written from the facilitators' database."""
    hide_someone(store, demo_event)
    folder = tmp_path / "stick"
    folder.mkdir()
    return {
        t.number: write_results(store, demo_event, t, folder / f"table-{t.number}.zip")
        for t in store.tables(demo_event.id)
    }


@pytest.fixture
def rapporteur_store(
    tmp_path: Path, store: Store, demo_event: Event, results: dict[int, Path]
) -> Iterator[Store]:
    """The rapporteur's laptop: every table known from its kit, no results yet."""
    (tmp_path / "kits").mkdir()
    kits = write_table_kits(store, demo_event, tmp_path / "kits")
    with Store.open(tmp_path / "rapporteur.db") as opened:
        for kit in kits:
            assert import_file(opened, kit, expect="table-kit").outcome != "rejected"
        yield opened


def hand_in(store: Store, results: dict[int, Path], *numbers: int) -> None:
    for number in numbers:
        assert import_file(store, results[number], expect="results").outcome != "rejected"

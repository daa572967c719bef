"""Issue 11 on the demo: the anonymous and Chatham House syntheses name nobody."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from consent_helpers import docx_everything, found, plain

from roundtables.domain import AttributionPolicy, Consent, Event, EventHarvest
from roundtables.names import PARTICLES
from roundtables.ordinary_words import ordinary_words
from roundtables.storage import Store
from roundtables.synthesis import build_synthesis, build_table_report


def _leaks(harvest: EventHarvest, text: str, *, everyone: bool) -> list[str]:
    """Names, eligible first names/surnames and organisations of the hidden found in text."""
    ordinary = ordinary_words(harvest.event.language)
    leaks = []
    for person in harvest.participants:
        if not everyone and person.consent != Consent.ANONYMOUS.value:
            continue
        words = [w for w in re.findall(r"[^\W_]+", plain(person.name))
                 if len(w) > 1 and w not in ordinary and w not in PARTICLES]
        for word in [person.name, *words, person.organisation]:
            if found(word, text):
                leaks.append(f"{word} ({person.name})")
    return leaks


@pytest.mark.parametrize("mode", ["anonymous", "chatham"])
def test_the_demo_names_nobody_under_anonymous_or_chatham_house(
    store: Store, demo_event: Event, tmp_path: Path, mode: str
) -> None:
    harvest = store.harvest(demo_event)
    if mode == "chatham":
        harvest.event.attribution_policy = AttributionPolicy.CHATHAM_HOUSE.value
    attribution = "anonymous" if mode == "anonymous" else "named"
    documents = [build_synthesis(harvest, tmp_path / "s.docx", attribution=attribution)]
    documents += [
        build_table_report(harvest, n, tmp_path / f"t{n}.docx", attribution=attribution)
        for n in (1, 2, 3)
    ]
    for path in documents:
        text = plain(docx_everything(path))
        assert _leaks(harvest, text, everyone=True) == [], path.name


def test_the_demo_under_consent_names_none_of_those_who_refused(
    store: Store, demo_event: Event, tmp_path: Path
) -> None:
    harvest = store.harvest(demo_event)
    refused = [p.name for p in harvest.participants if p.consent == Consent.ANONYMOUS.value]
    assert len(refused) >= 4
    text = plain(docx_everything(build_synthesis(harvest, tmp_path / "s.docx")))
    assert _leaks(harvest, text, everyone=False) == []
    # the roles, registered as participants who agreed, are named
    for table in harvest.tables:
        assert found(table.table.facilitator, text)

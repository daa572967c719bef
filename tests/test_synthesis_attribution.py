"""Attribution: consent, Chatham House, and a choice that can only be stricter."""

from __future__ import annotations

from pathlib import Path

import pytest
from synthesis_helpers import attend, docx_parts, docx_text, small_harvest

from roundtables.domain import (
    AttributionPolicy,
    Consent,
    Event,
    EventHarvest,
    Note,
    Participant,
    RoundtablesError,
)
from roundtables.storage import Store
from roundtables.synthesis import build_synthesis, build_table_report
from roundtables.synthesis.attribution import Attribution, attribution_label


@pytest.fixture
def harvest(store: Store, demo_event: Event) -> EventHarvest:
    return store.harvest(demo_event)


def _every_word_of_the_file(path: Path) -> str:
    """docx2python's reading plus the raw XML of every part (properties, headers...)."""
    return docx_text(path) + "\n".join(docx_parts(path).values())


def _speakers(harvest: EventHarvest) -> set[str]:
    ids = {n.speaker_id for t in harvest.tables for n in t.notes if n.speaker_id}
    return {p.name for p in harvest.participants if p.id in ids}


def test_under_anonymous_no_participant_is_named_anywhere(
    harvest: EventHarvest, tmp_path: Path
) -> None:
    assert len(_speakers(harvest)) >= 10  # the demo attributes plenty of statements
    for build in (
        lambda: build_synthesis(harvest, tmp_path / "anon.docx", attribution="anonymous"),
        lambda: build_table_report(harvest, 1, tmp_path / "t1.docx", attribution="anonymous"),
    ):
        everything = _every_word_of_the_file(build())
        named = [p.name for p in harvest.participants if p.name in everything]
        assert named == []
        # the annex says how many took part, without a name
        assert "by agreement none of them is named" in everything


def test_chatham_house_anonymises_even_when_named_is_asked(
    harvest: EventHarvest, tmp_path: Path
) -> None:
    harvest.event.attribution_policy = AttributionPolicy.CHATHAM_HOUSE
    out = build_synthesis(harvest, tmp_path / "chatham.docx", attribution="named")
    everything = _every_word_of_the_file(out)
    assert [p.name for p in harvest.participants if p.name in everything] == []


def test_consent_decides_by_default(harvest: EventHarvest, tmp_path: Path) -> None:
    text = docx_text(build_synthesis(harvest, tmp_path / "consent.docx"))
    by_consent = {c: [p for p in harvest.participants if p.consent == c] for c in Consent}
    speakers = _speakers(harvest)
    assert all(p.name not in text for p in by_consent[Consent.ANONYMOUS])
    assert all(p.name not in text for p in by_consent[Consent.ORGANISATION])
    named_speakers = [p for p in by_consent[Consent.NAMED] if p.name in speakers]
    assert named_speakers and all(f"{p.name} ({p.organisation})" in text for p in named_speakers)
    org_speakers = [p for p in by_consent[Consent.ORGANISATION] if p.name in speakers]
    assert org_speakers and all(f"— {p.organisation}" in text for p in org_speakers)


def test_organisation_only_names_organisations(harvest: EventHarvest, tmp_path: Path) -> None:
    text = docx_text(build_synthesis(harvest, tmp_path / "org.docx", attribution="organisation"))
    assert [p.name for p in harvest.participants if p.name in text] == []
    assert "— City of Lindenberg" in text or "— City of Leuven" in text


def test_names_in_free_text_are_replaced_by_what_consent_allows(tmp_path: Path) -> None:
    quiet = Participant(event_id="e", name="Mira Stil", organisation="Quiet Org",
                        consent="anonymous")
    open_ = Participant(event_id="e", name="Otto Open", organisation="Open Org", consent="named")
    harvest = small_harvest({1: ["As Mira Stil said to Otto Open, MIRA STIL knows best."]},
                            participants=[quiet, open_])
    attend(harvest, quiet, 1)
    attend(harvest, open_, 1)
    text = docx_text(build_synthesis(harvest, tmp_path / "free.docx"))
    assert "Mira Stil" not in text and "MIRA STIL" not in text
    assert "As a participant said to Otto Open, a participant knows best." in text


def test_a_free_text_speaker_is_never_named_even_with_a_role_name() -> None:
    # Issue 11: a role name that is no participant gave no consent.
    harvest = small_harvest({1: ["x"]})
    table = harvest.table(1).table
    people = Attribution(harvest)
    walk_in = Note(table_id=table.id, text="x", speaker="Walk In")
    facilitator = Note(table_id=table.id, text="x", speaker="fay  facilitator")
    assert people.speaker(walk_in, table) == ""
    assert people.speaker(facilitator, table) == ""
    assert people.role(table.facilitator) == ""
    # once the facilitator is a participant who agreed to be named, the role shows her
    fay = Participant(event_id="e", name="Fay Facilitator", organisation="F Org")
    harvest.participants.append(fay)
    people = Attribution(harvest)
    assert people.speaker(facilitator, table) == "Fay Facilitator (F Org)"
    assert people.role(table.facilitator) == "Fay Facilitator"
    assert Attribution(harvest, "organisation").role(table.facilitator) == "F Org"
    assert Attribution(harvest, "anonymous").role(table.facilitator) == ""


def test_the_choice_only_ever_makes_attribution_stricter() -> None:
    person = Participant(event_id="e", name="Ann", organisation="Org", consent="organisation")
    harvest = small_harvest({1: ["x"]}, participants=[person])
    assert Attribution(harvest, "named").label(person) == "Org"
    assert Attribution(harvest, "anonymous").label(person) == ""
    harvest.event.attribution_policy = AttributionPolicy.CHATHAM_HOUSE
    assert Attribution(harvest, "named").ceiling is Consent.ANONYMOUS
    assert attribution_label(person, Consent.NAMED) == "Ann (Org)"
    with pytest.raises(ValueError):  # no consent but the three: storage refuses others
        Participant(event_id="e", name="Odd", consent="whatever")


def test_an_unknown_attribution_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(RoundtablesError, match="Unknown attribution 'everyone'"):
        build_synthesis(small_harvest(), tmp_path / "x.docx", attribution="everyone")
    assert not (tmp_path / "x.docx").exists()

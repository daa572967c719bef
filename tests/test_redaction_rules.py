"""The attribution rules one by one: labels, owners, counts and redaction of free text.

Written against the surviving mutants of roundtables/synthesis/attribution.py
(`make mutation`): several hidden names in one text, one name inside another or
inside the label shown, a first name two people share, owners and institutions.
"""

from __future__ import annotations

import pytest
from synthesis_helpers import small_harvest

from roundtables.domain import AttributionPolicy, Consent, Note, Participant, RoundtablesError
from roundtables.synthesis.attribution import (
    Attribution,
    attribution_label,
    ceiling_of,
    parse_attribution,
)

EVENT = "e"


def person(name: str, organisation: str = "", consent: Consent = Consent.NAMED) -> Participant:
    return Participant(event_id=EVENT, name=name, organisation=organisation,
                       consent=consent.value)


ANNA = person("Anna Peeters", "Stad Gent", Consent.ORGANISATION)
BART = person("Bart Claes", "Fairphone", Consent.ANONYMOUS)
CHRIS = person("Chris Janssens", "VVSG", Consent.NAMED)
DIRK = person("Dirk Peeters", "Peeters Consulting", Consent.ORGANISATION)
ANNA_B = person("Anna Vermeulen", "KU Leuven", Consent.ANONYMOUS)


def attribution(*people: Participant, requested: str | Consent | None = None,
                language: str = "en", policy: str = "consent", **kw: str) -> Attribution:
    harvest = small_harvest(participants=list(people), language=language, policy=policy)
    return Attribution(harvest, requested, **kw)


# ------------------------------------------------------------------ labels and choices


def test_a_label_shows_what_there_is() -> None:
    named = Consent.NAMED
    assert attribution_label(person("Ann", "Org"), named) == "Ann (Org)"
    assert attribution_label(person("Ann", ""), named) == "Ann"
    assert attribution_label(person("", "Org"), named) == "Org"
    assert attribution_label(person("Ann", "Org"), Consent.ORGANISATION) == "Org"
    assert attribution_label(person("Ann", ""), Consent.ORGANISATION, "someone") == "someone"
    assert attribution_label(person("Ann", "Org"), Consent.ANONYMOUS, "someone") == "someone"


def test_the_choice_is_read_loosely_and_refused_clearly() -> None:
    assert parse_attribution(None) is None
    assert parse_attribution("   ") is None
    assert parse_attribution(" Organisation ") is Consent.ORGANISATION
    with pytest.raises(RoundtablesError, match="Unknown attribution 'loud'"):
        parse_attribution("loud")


def test_the_ceiling_takes_a_consent_as_given_and_chatham_house_over_all() -> None:
    harvest = small_harvest()
    assert ceiling_of(harvest) is Consent.NAMED
    assert ceiling_of(harvest, Consent.ORGANISATION) is Consent.ORGANISATION
    assert ceiling_of(harvest, "anonymous") is Consent.ANONYMOUS
    chatham = small_harvest(policy=AttributionPolicy.CHATHAM_HOUSE.value)
    assert ceiling_of(chatham, Consent.NAMED) is Consent.ANONYMOUS
    assert attribution(policy=AttributionPolicy.CHATHAM_HOUSE.value).chatham_house is True
    assert attribution().chatham_house is False


def test_the_anonymous_label_defaults_to_a_participant() -> None:
    assert attribution(BART).redact("Bart Claes spoke.") == "a participant spoke."
    assert attribution(BART, anonymous_label="iemand").redact("Bart spoke.") == "iemand spoke."


# ------------------------------------------------------------------ who said it


def test_the_speaker_is_found_by_id_else_by_name() -> None:
    people = attribution(ANNA, CHRIS)
    assert people.participant(Note(table_id="t", text="x", speaker_id=CHRIS.id)) is CHRIS
    # an id that is no participant's falls back to the name typed
    by_name = Note(table_id="t", text="x", speaker_id="gone", speaker="anna  PEETERS")
    assert people.participant(by_name) is ANNA
    assert people.participant(Note(table_id="t", text="x", speaker_id="gone")) is None
    assert people.participant(Note(table_id="t", text="x", speaker="")) is None
    # a name without letters is nobody's key: an empty speaker never finds it
    dash = person("—", "Dash Org")
    assert attribution(dash).participant(Note(table_id="t", text="x", speaker="")) is None
    assert people.speaker(by_name) == "Stad Gent"
    assert people.speaker(Note(table_id="t", text="x", speaker="Stranger")) == ""


def test_people_in_a_text_are_each_listed_once() -> None:
    people = attribution(ANNA, CHRIS)
    assert people.people_in("Anna Peeters and Chris Janssens; Chris again") == [ANNA, CHRIS]


def test_visible_leaves_the_anonymous_out_with_each_label() -> None:
    people = attribution(ANNA, BART, CHRIS)
    assert people.visible([ANNA, BART, CHRIS]) == [
        (ANNA, "Stad Gent"), (CHRIS, "Chris Janssens (VVSG)")]


def test_counts_add_up_by_what_each_may_show() -> None:
    nameless = person("", "Orphan Org", Consent.NAMED)
    no_org = person("Eva Smet", "", Consent.ORGANISATION)
    people = attribution(ANNA, BART, CHRIS, nameless, no_org)
    assert people.counts([ANNA, BART, CHRIS, nameless, no_org]) == (1, 2, 2)
    assert people.counts([]) == (0, 0, 0)
    eva = person("Eva Smet", "", Consent.NAMED)
    assert attribution(CHRIS, eva).counts([CHRIS, eva]) == (2, 0, 0)
    stricter = attribution(ANNA, BART, CHRIS, requested="organisation")
    assert stricter.counts([ANNA, BART, CHRIS]) == (0, 2, 1)


# ------------------------------------------------------------------ owners


def test_an_owner_and_institution_follow_the_owners_consent() -> None:
    people = attribution(ANNA, BART, CHRIS)
    assert people.owner("", "  Stad Gent ") == ("", "Stad Gent")
    assert people.owner("", "Bart Claes's office") == ("", "a participant's office")
    assert people.owner("Chris Janssens", "VVSG") == ("Chris Janssens", "VVSG")
    assert people.owner("Chris and Bart", "VVSG") == ("a participant", "")
    assert people.owner("Anna Peeters", "Bart Claes's team") == (
        "Stad Gent", "a participant's team")
    assert people.owner("Bart Claes", "Fairphone") == ("a participant", "")
    assert people.owner("Chris Janssens", "Bart's lab") == ("Chris Janssens", "a participant's lab")


def test_two_owners_shown_by_organisation_give_no_single_organisation() -> None:
    people = attribution(ANNA, DIRK)
    assert people.owner("Anna Peeters and Dirk Peeters", "Somewhere") == (
        "a participant", "Somewhere")


def test_an_owner_who_is_no_participant_is_named_only_when_anyone_may_be() -> None:
    assert attribution(BART).owner("Zoe Stranger", "Bart's lab") == (
        "Zoe Stranger", "a participant's lab")
    strict = attribution(BART, requested="organisation")
    assert strict.owner("Zoe Stranger", "Lab") == ("a participant", "")
    assert strict.person("Zoe Stranger") == "a participant"
    assert attribution(BART).person("Bart Claes") == "a participant"
    assert attribution(CHRIS).person("Chris Janssens") == "Chris Janssens"
    assert attribution(CHRIS).person("") == ""


# ------------------------------------------------------------------ redaction


def test_several_hidden_names_in_one_text_are_each_replaced() -> None:
    people = attribution(ANNA, BART, CHRIS)
    text = "Anna Peeters agreed with Bart Claes, then Chris Janssens and Bart disagreed."
    assert people.redact(text) == (
        "Stad Gent agreed with a participant, then Chris Janssens and a participant disagreed."
    )


def test_a_text_without_names_or_without_anyone_to_hide_is_kept_as_is() -> None:
    people = attribution(ANNA, BART)
    assert people.redact("") == ""
    assert people.redact("Nobody here.") == "Nobody here."
    assert attribution().redact("Anna Peeters") == "Anna Peeters"  # no participants at all
    assert attribution(CHRIS).redact("Chris Janssens said so") == "Chris Janssens said so"


def test_a_name_inside_the_label_shown_is_left_alone() -> None:
    # Dirk may be shown by his organisation, which holds his surname.
    people = attribution(DIRK)
    assert people.redact("Peeters Consulting supports it") == "Peeters Consulting supports it"
    assert people.redact("PEETERS consulting supports it") == "PEETERS consulting supports it"
    assert people.redact("Dirk Peeters said so") == "Peeters Consulting said so"
    assert people.redact("Peeters said so; Peeters Consulting") == (
        "Peeters Consulting said so; Peeters Consulting")
    # the name shown elsewhere in the text does not protect a separate mention
    assert people.redact("Dirk, of Peeters Consulting") == (
        "Peeters Consulting, of Peeters Consulting")


def test_a_name_at_the_end_of_the_label_shown_is_left_alone_and_the_next_name_still_hidden(
) -> None:
    bureau = person("Dirk Peeters", "Bureau Peeters", Consent.ORGANISATION)
    people = attribution(bureau, BART)
    assert people.redact("Bureau Peeters agrees") == "Bureau Peeters agrees"
    assert people.redact("Peeters Consulting; Bureau Peeters, then Bart Claes") == (
        "Bureau Peeters Consulting; Bureau Peeters, then a participant")


def test_one_name_inside_another_name() -> None:
    # "Anna" is both Anna Peeters' and Anna Vermeulen's first name: the strictest reading
    people = attribution(ANNA, ANNA_B, CHRIS)
    assert people.redact("Anna spoke first.") == "a participant spoke first."
    assert people.redact("Anna Peeters and Anna Vermeulen") == "Stad Gent and a participant"


def test_a_shared_surname_with_different_consents_is_hidden_the_strictest_way() -> None:
    people = attribution(ANNA, DIRK)
    assert people.redact("Peeters will report.") == "a participant will report."


def test_names_that_are_ordinary_words_of_the_events_language_stay() -> None:
    baker = person("Jan Bakker", "Bakkerij", Consent.ANONYMOUS)
    dutch = attribution(baker, language="nl")
    assert dutch.redact("De bakker kwam langs; Jan Bakker ook.") == (
        "De bakker kwam langs; a participant ook.")
    english = attribution(baker, language="en")
    assert english.redact("Bakker came.") == "a participant came."


def test_the_levels_a_document_may_take_are_one_rule_for_window_and_command_line() -> None:
    # The rapporteur's window offers allowed_attributions(event); the command line's
    # --attribution is lowered by ceiling_of: both read the same rule.
    from roundtables.domain import Event, EventHarvest
    from roundtables.synthesis.attribution import allowed_attributions

    open_event = Event(title="Open", attribution_policy=AttributionPolicy.CONSENT)
    closed = Event(title="Closed", attribution_policy=AttributionPolicy.CHATHAM_HOUSE)
    assert allowed_attributions(open_event) == [
        Consent.NAMED, Consent.ORGANISATION, Consent.ANONYMOUS
    ]
    assert allowed_attributions(closed) == [Consent.ANONYMOUS]
    assert closed.under_chatham_house and not open_event.under_chatham_house
    for event in (open_event, closed):
        harvest = EventHarvest(event=event)
        for level in Consent:
            ceiling = ceiling_of(harvest, level)
            assert ceiling in allowed_attributions(event)
            assert ceiling == (level if level in allowed_attributions(event) else Consent.ANONYMOUS)
        assert ceiling_of(harvest) == allowed_attributions(event)[0]

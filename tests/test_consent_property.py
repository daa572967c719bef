"""Issue 11, as a property: nobody who did not consent is named, under any spelling.

Generated participants (accents, particles, hyphens, apostrophes, one-letter first
names, names that are also ordinary words) with random consent; generated notes,
roles, action points and proposed wordings that mention them in every spelling a
person or a registration export produces.  In every mode (consent, organisation
only, anonymous, Chatham House) and in a table report, the .docx (body, tables,
headers, footers, tracked changes, core properties) holds no name, first name or
surname of anyone the document may not name, and no organisation of anyone it may
not describe by organisation.
"""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

from consent_helpers import docx_everything, found, plain
from hypothesis import given, settings
from hypothesis import strategies as st
from synthesis_helpers import add_action, add_article, attend, small_harvest

from roundtables.domain import Consent, EventHarvest, Note, Participant
from roundtables.names import PARTICLES, TITLES
from roundtables.ordinary_words import ordinary_words
from roundtables.synthesis import build_synthesis, build_table_report

FIRST_NAMES = ["Renée", "Stijn", "Zoë", "Jürgen", "Hélène", "Anne-Marie", "Jean-Luc", "J.",
               "K", "Li", "Nadia", "François", "Søren", "Ngozi", "Will", "Ólafur"]
SURNAMES = ["Dubois", "Peeters", "van der Berg", "Van den Broeck", "De Smet", "El Amrani",
            "Lefèvre", "Müller-Lüdenscheidt", "Núñez", "O'Brien", "D’Hondt", "Janssens",
            "Rose", "Nguyễn", "Ó Súilleabháin"]
ORGANISATIONS = ["Kestrel Institute", "Bramblewood Council", "Quillon Partners",
                 "Tarnhelm Agency", "Vexford Union", "Ormond Trust", "Calloway Guild",
                 "Pellucid Bureau"]
MODES = ["consent", "organisation", "anonymous", "chatham"]
VARIANTS = ["exact", "no_accent", "nbsp", "line_break", "double_space", "decomposed",
            "possessive", "first", "surname", "upper"]


def spell(name: str, variant: str) -> str:
    """``name`` written the way ``variant`` says a person or a file might write it."""
    first, _, rest = name.partition(" ")
    if variant == "no_accent":
        return "".join(c for c in unicodedata.normalize("NFKD", name)
                       if not unicodedata.combining(c))
    if variant == "nbsp":
        return name.replace(" ", "\u00a0")
    if variant == "line_break":
        return name.replace(" ", "\n")
    if variant == "double_space":
        return name.replace(" ", "  ")
    if variant == "decomposed":
        return unicodedata.normalize("NFD", name)
    if variant == "possessive":
        return name + ("’" if name.endswith("s") else "’s")
    if variant == "first":
        return first
    if variant == "surname":
        return rest or first
    if variant == "upper":
        return name.upper()
    return name


@st.composite
def events(draw: st.DrawFn) -> tuple[EventHarvest, str]:
    count = draw(st.integers(2, 5))
    pairs = draw(st.lists(st.tuples(st.sampled_from(FIRST_NAMES), st.sampled_from(SURNAMES)),
                          min_size=count, max_size=count, unique=True))
    consents = draw(st.lists(st.sampled_from(list(Consent)), min_size=count, max_size=count))
    language = draw(st.sampled_from(["en", "nl", "fr"]))
    mode = draw(st.sampled_from(MODES))
    people = [
        Participant(event_id="e", name=f"{first} {surname}", organisation=ORGANISATIONS[i],
                    consent=consent.value, actor_type="NGO")
        for i, ((first, surname), consent) in enumerate(zip(pairs, consents, strict=True))
    ]
    mention = st.tuples(st.sampled_from(people), st.sampled_from(VARIANTS)).map(
        lambda pv: spell(pv[0].name, pv[1]))
    texts = draw(st.lists(st.tuples(mention, mention), min_size=1, max_size=5))
    harvest = small_harvest(
        {1: [f"{a} said that {b} is right." for a, b in texts], 2: ["Nothing personal."]},
        language=language, policy="chatham_house" if mode == "chatham" else "consent",
        participants=people,
    )
    for p in people:
        attend(harvest, p, draw(st.sampled_from([1, 2])))
    table = harvest.table(1)
    for note in table.notes:
        note.key_message = draw(st.booleans())
        who = draw(st.sampled_from(people))
        if draw(st.booleans()):
            note.speaker_id = who.id
        else:
            note.speaker = spell(who.name, draw(st.sampled_from(VARIANTS)))
    table.notes.append(Note(table_id=table.table.id, type="open_question",
                            text=f"What would {draw(mention)} do?"))
    table.table.keynote_speaker = draw(mention)
    table.table.keynote_title = "On fair ICT"
    table.table.facilitator = draw(mention)
    table.table.rapporteur = draw(mention)
    owner = draw(st.sampled_from(people))
    add_action(harvest, 1, f"Call {draw(mention)}",
               owner=spell(owner.name, draw(st.sampled_from(VARIANTS))),
               institution=owner.organisation)
    add_article(harvest, "Buy fair ICT.", {1: f"Buy fair ICT, as {draw(mention)} asked."})
    return harvest, mode


def _ceiling(mode: str) -> Consent:
    return {"consent": Consent.NAMED, "organisation": Consent.ORGANISATION}.get(
        mode, Consent.ANONYMOUS)


def _words(name: str) -> list[str]:
    import re

    return re.findall(r"[^\W_]+", plain(name))


def leaks(harvest: EventHarvest, mode: str, text: str) -> list[str]:
    """Every name, first name, surname or organisation in ``text`` that may not be there."""
    ceiling = _ceiling(mode)
    level = {p.id: Consent.strictest(Consent(p.consent), ceiling) for p in harvest.participants}
    visible = [p for p in harvest.participants if level[p.id] is Consent.NAMED]
    shown_words = {w for p in visible for w in _words(p.name)}
    ordinary = ordinary_words(harvest.event.language)
    found_leaks = []
    for p in harvest.participants:
        if level[p.id] is Consent.NAMED:
            continue
        if found(p.name, text):
            found_leaks.append(p.name)
        for word in _words(p.name):
            if (len(word) < 2 or word in ordinary or word in PARTICLES or word in TITLES
                    or word in shown_words):
                continue
            if found(word, text):
                found_leaks.append(f"{word} (of {p.name})")
        if level[p.id] is Consent.ANONYMOUS and found(p.organisation, text):
            found_leaks.append(f"{p.organisation} (of {p.name})")
    return found_leaks


@settings(max_examples=120)
@given(events())
def test_nobody_who_did_not_consent_is_named_under_any_spelling(
    generated: tuple[EventHarvest, str],
) -> None:
    harvest, mode = generated
    attribution = mode if mode in ("organisation", "anonymous") else None
    with tempfile.TemporaryDirectory() as folder:
        synthesis = build_synthesis(harvest, Path(folder) / "s.docx", attribution=attribution)
        report = build_table_report(harvest, 1, Path(folder) / "r.docx", attribution=attribution)
        for path in (synthesis, report):
            text = plain(docx_everything(path))
            assert leaks(harvest, mode, text) == [], path.name


@settings(max_examples=150)
@given(events())
def test_an_anonymised_archive_names_nobody_under_any_spelling(
    generated: tuple[EventHarvest, str],
) -> None:
    import json

    from roundtables.archive.published import published_harvest
    from roundtables.dump import dump_event

    def strings(value: object) -> list[str]:
        if isinstance(value, dict):
            return [s for k, v in value.items() for s in (str(k), *strings(v))]
        if isinstance(value, list):
            return [s for v in value for s in strings(v)]
        return [value] if isinstance(value, str) else []

    harvest, _ = generated
    dump = dump_event(published_harvest(harvest, anonymise=True))
    assert json.loads(json.dumps(dump)) == dump
    assert leaks(harvest, "anonymous", plain("\n".join(strings(dump)))) == []

"""Issue 11: consent enforced everywhere, by one name rule (one test per promise)."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest
from consent_helpers import docx_everything, found, plain
from synthesis_helpers import add_action, add_article, attend, small_harvest

from roundtables.domain import (
    AttributionPolicy,
    Consent,
    Event,
    EventHarvest,
    EventStatus,
    Note,
    Participant,
)
from roundtables.names import (
    completion_matches,
    find_mentions,
    fold,
    name_matches,
    resolve_person,
    resolve_speaker,
)
from roundtables.registration import normalise_name
from roundtables.storage import Store
from roundtables.synthesis import build_synthesis, build_table_report
from roundtables.synthesis.attribution import Attribution

ROOT = Path(__file__).resolve().parent.parent


def person(name: str, consent: str = "anonymous", organisation: str = "") -> Participant:
    return Participant(event_id="e", name=name, consent=consent, organisation=organisation)


# ---------------------------------------------------------------- 11.1 the one rule


def test_fold_normalises_case_accents_spaces_and_decomposed_input() -> None:
    decomposed = unicodedata.normalize("NFD", "Renée\u00a0 Dubois\n")
    assert fold(decomposed) == fold("RENEE DUBOIS") == "renee dubois"
    assert fold("ﬁnn\u200bегор") == "finnегор"  # compatibility forms, zero-width space


@pytest.mark.parametrize(
    "typed",
    ["Renee Dubois", "RENÉE DUBOIS", "renée\u00a0dubois", "Renée\nDubois", "Renée  Dubois",
     unicodedata.normalize("NFD", "Renée Dubois"), " renee_dubois "],
)
def test_a_name_matches_in_every_spelling(typed: str) -> None:
    assert name_matches(typed, "Renée Dubois")
    assert not name_matches(typed, "Renée Dupont")
    assert name_matches("Marie Claire Dupont", "Marie-Claire Dupont")
    assert name_matches("OBrien", "O’Brien")


def test_mentions_cover_possessives_first_names_surnames_and_particles() -> None:
    people = [person("Stijn Peeters"), person("Els Van den Broeck"), person("J. Kowalski"),
              person("Will Rose"), person("Marie-Claire Dupont")]
    text = ("Stijn’s idea, Peeters' plan, STIJN agreed; van den Broeck and Broeck too. "
            "J said that Kowalski will not; a rose is a rose. Marie Claire's view; Dupont.")
    spans = [(text[m.start:m.end], m.people[0].name) for m in find_mentions(text, people, "en")]
    assert spans == [
        ("Stijn", "Stijn Peeters"), ("Peeters", "Stijn Peeters"), ("STIJN", "Stijn Peeters"),
        ("van den Broeck", "Els Van den Broeck"), ("Broeck", "Els Van den Broeck"),
        ("Kowalski", "J. Kowalski"),  # a one-letter first name never stands alone
        ("Marie Claire", "Marie-Claire Dupont"), ("Dupont", "Marie-Claire Dupont"),
    ]  # "will" and "rose" are words of English, not Will Rose


def test_ordinary_words_depend_on_the_notes_language() -> None:
    baker = [person("Anna Bakker")]
    assert [m.start for m in find_mentions("Bakker zei het", baker, "nl")] == []
    assert len(find_mentions("Bakker said so", baker, "en")) == 1


def test_a_mention_keeps_a_decomposed_accent_with_its_letter() -> None:
    text = unicodedata.normalize("NFD", "Ask Renée now")
    (mention,) = find_mentions(text, [person("Renée Dubois")], "en")
    assert unicodedata.normalize("NFC", text[mention.start:mention.end]) == "Renée"
    assert text[mention.end:] == " now"


def test_completion_and_resolution_follow_the_same_rule() -> None:
    people = [person("Renée Dubois"), person("René Dupont"), person("Stijn Peeters")]
    assert [p.name for p in completion_matches("ren", people)] == ["Renée Dubois", "René Dupont"]
    assert [p.name for p in completion_matches("pee", people)] == ["Stijn Peeters"]
    assert resolve_person("renee\u00a0dubois", people) is people[0]
    assert resolve_person("Stijn", people) is None
    assert resolve_person("Stijn", people, prefix=True) is people[2]
    assert resolve_person("Ren", people, prefix=True) is None  # two people: ambiguous
    assert resolve_speaker(people, "RENEE_DUBOIS") == (people[0].id, "Renée Dubois")
    assert normalise_name("Marie-Claire  DUPONT") == normalise_name("marie claire dupont")


def test_several_hidden_names_and_one_name_inside_another() -> None:
    people = [person("Jan Peeters", "organisation", "Org P"),
              person("Jan Peeters Junior", "anonymous", "Org J"),
              person("Ann Smit", "named", "Org A"), person("Anne Smits", "anonymous", "Org S")]
    harvest = small_harvest(participants=people)
    redact = Attribution(harvest).redact
    assert redact("Jan Peeters Junior met Jan Peeters and Ann Smit, not Anne Smits.") == (
        "a participant met Org P and Ann Smit, not a participant.")
    # a first name two people share is read the strictest way
    assert redact("Jan agreed") == "a participant agreed"
    assert redact("Ann agreed; Anne too") == "Ann agreed; a participant too"


def test_registration_flags_a_duplicate_spelled_another_way(tmp_path: Path) -> None:
    from roundtables.registration import parse_rows, propose_mapping, read_registration

    path = tmp_path / "people.csv"
    nfd = unicodedata.normalize("NFD", "Renée Dubois")
    path.write_text(f"Name,Organisation\nMarie Claire DUPONT,X\n{nfd},Y\nSean OBrien,Z\n",
                    encoding="utf-8")
    reg = read_registration(path)
    existing = [person("Marie-Claire Dupont"), person("Renee\u00a0Dubois"),
                person("Seán O’Brien")]
    rows = parse_rows(reg, propose_mapping(reg.headers), existing=existing)
    assert all(row.duplicate.startswith("same name as") for row in rows)


def test_the_command_line_resolves_a_speaker_by_the_rule(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    with Store.open(db) as store:
        from roundtables.demo import create_demo

        event = create_demo(store)
        renee = next(p for p in store.participants(event.id) if p.name == "Renée Dubois")
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "note", event.slug, "1", "Hello",
         "--speaker", "renee\u00a0 DUBOIS", "--db", str(db)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    with Store.open(db) as store:
        note = store.get(Note, result.stdout.strip())
    assert note is not None and note.speaker_id == renee.id


def test_redaction_finds_every_spelling(tmp_path: Path) -> None:
    quiet = person("Renée Dubois", organisation="Quiet Org")
    harvest = small_harvest({1: [
        "Renee Dubois said so.", "Renée\u00a0Dubois again.", "Renée\nDubois thinks.",
        "Renée  Dubois too.", unicodedata.normalize("NFD", "Renée Dubois, decomposed."),
        "Dubois’s plan.", "RENÉE agreed.",
    ]}, participants=[quiet])
    attend(harvest, quiet, 1)
    text = plain(docx_everything(build_synthesis(harvest, tmp_path / "s.docx")))
    assert not found("Renée", text) and not found("Dubois", text)
    assert not found("Quiet Org", text)
    assert "a participant’s plan" in text


# ---------------------------------------------------------------- 11.2 roles and owners


def _roles_harvest(policy: str = "consent") -> EventHarvest:
    keynote = person("Karel Kestrel", "anonymous", "Kestrel Works")
    facilitator = person("Fien Faciel", "organisation", "Facil Group")
    owner = person("Olga Owner", "anonymous", "Owner Institute")
    named = person("Nina Named", "named", "Named Org")
    harvest = small_harvest({1: ["Olga Owner will report to Nina Named."]},
                            participants=[keynote, facilitator, owner, named], policy=policy)
    for p in harvest.participants:
        attend(harvest, p, 1)
    table = harvest.table(1).table
    table.keynote_speaker = "Karel Kestrel, head of research"
    table.keynote_title = "Why it matters"
    table.facilitator = "fien  faciel"
    table.rapporteur = "Rita Roaming"  # not a participant: no consent given
    add_action(harvest, 1, "Write the guide", owner="Olga Owner", institution="Owner Institute")
    add_action(harvest, 1, "Share it", owner="Nina Named", institution="Named Org")
    add_article(harvest, "Buy fair ICT.", {1: "Buy fair ICT, says Olga Owner."})
    return harvest


def test_roles_follow_their_own_consent_under_consent(tmp_path: Path) -> None:
    harvest = _roles_harvest()
    text = plain(docx_everything(build_synthesis(harvest, tmp_path / "roles.docx")))
    for hidden in ("Karel", "Kestrel Works", "Fien", "Faciel", "Rita", "Roaming", "Olga",
                   "Owner Institute"):
        assert not found(hidden, text), hidden
    assert found("Facil Group", text)  # organisation-only: the role shows the organisation
    assert found("Nina Named", text) and found("Named Org", text)


@pytest.mark.parametrize("mode", ["anonymous", "chatham"])
def test_anonymous_and_chatham_name_nobody_nor_their_organisation(
    tmp_path: Path, mode: str
) -> None:
    harvest = _roles_harvest("chatham_house" if mode == "chatham" else "consent")
    attribution = "anonymous" if mode == "anonymous" else "named"
    for build in (
        lambda: build_synthesis(harvest, tmp_path / "s.docx", attribution=attribution),
        lambda: build_table_report(harvest, 1, tmp_path / "r.docx", attribution=attribution),
    ):
        text = plain(docx_everything(build()))
        for p in harvest.participants:
            for word in (*p.name.split(), p.organisation):
                assert not found(word, text), (mode, word)
        assert not found("Rita", text)


def test_a_chatham_house_document_says_so_on_its_title_page(tmp_path: Path) -> None:
    harvest = _roles_harvest(AttributionPolicy.CHATHAM_HOUSE.value)
    import docx

    document = docx.Document(str(build_synthesis(harvest, tmp_path / "c.docx")))
    first_page = []
    for paragraph in document.paragraphs:
        if paragraph.style.name == "TOC Heading":
            break
        first_page.append(paragraph.text)
    assert any("Chatham House Rule" in line for line in first_page)
    assert "Chatham House Rule" in document.sections[0].header.paragraphs[0].text
    assert "Chatham House Rule" in document.core_properties.keywords
    plain_doc = build_synthesis(_roles_harvest(), tmp_path / "p.docx")
    assert "Chatham House" not in docx_everything(plain_doc)


def test_an_anonymous_owners_institution_never_stands_next_to_them() -> None:
    harvest = _roles_harvest()
    people = Attribution(harvest)
    assert people.owner("Olga Owner", "Owner Institute") == ("a participant", "")
    assert people.owner("Nina Named", "Named Org") == ("Nina Named", "Named Org")
    assert people.owner("Fien Faciel", "Facil Group") == ("Facil Group", "Facil Group")
    peeters = person("Jan Peeters", "organisation", "Peeters Consulting")
    alone = Attribution(small_harvest(participants=[peeters]))
    assert alone.redact("Jan Peeters of Peeters Consulting") == (
        "Peeters Consulting of Peeters Consulting")
    assert people.owner("", "Flemish Government") == ("", "Flemish Government")
    assert Attribution(harvest, "anonymous").owner("Nina Named", "Named Org") == (
        "a participant", "")
    assert Attribution(harvest, "anonymous").owner("Someone Else", "Some Org") == (
        "a participant", "")
    # An owner typed so that nobody can be recognised ("O." alone) does not bring in the
    # organisation of someone who refused to be named.
    assert people.owner("O.", "Owner Institute") == ("O.", "")
    assert people.owner("O.", "owner  institute") == ("O.", "")


# ---------------------------------------------------------------- 11.3 the deleted


def _delete(store: Store, event: Event, name: str) -> Participant:
    person = next(p for p in store.participants(event.id) if p.name == name)
    person.deleted = True
    return store.save(person)


def test_a_participant_deleted_after_speaking_is_still_redacted(
    store: Store, demo_event: Event, tmp_path: Path
) -> None:
    _delete(store, demo_event, "Stijn Peeters")  # spoke at table 1, refused to be named
    table = store.find_table(demo_event, 1)
    store.add_note(table.id, "As Stijn said, and Peeters’s point stands.")
    harvest = store.harvest(demo_event)
    text = plain(docx_everything(build_synthesis(harvest, tmp_path / "s.docx")))
    assert not found("Stijn", text) and not found("Peeters", text)
    assert not found("City of Leiestad", text)


def test_a_deleted_participant_who_said_nothing_keeps_no_trace(
    store: Store, demo_event: Event
) -> None:
    ghost = Participant(event_id=demo_event.id, name="Gus Ghost", organisation="Ghost Org",
                        email="gus@example.org", consent="anonymous")
    store.save(ghost)
    ghost.deleted = True
    store.save(ghost)
    row = store._execute("SELECT * FROM participants WHERE id=?", (ghost.id,)).fetchone()
    assert row["deleted"] == 1 and row["revision"] == 2
    assert (row["name"], row["organisation"], row["email"]) == ("", "", "")


# ---------------------------------------------------------------- 11.4 the archive


def _finalise(store: Store, event: Event) -> None:
    event.status = EventStatus.FINALISED.value
    store.save(event)


def test_the_archive_keeps_no_withdrawn_words(
    store: Store, demo_event: Event, tmp_path: Path
) -> None:
    from consent_helpers import archive_everything

    from roundtables.archive import write_archive

    _delete(store, demo_event, "Stijn Peeters")
    table = store.find_table(demo_event, 1)
    withdrawn = store.add_note(table.id, "Zanzibar withdrawn statement")
    withdrawn.deleted = True
    store.save(withdrawn)
    note = store.notes(table.id)[0]
    with store.database.transaction():
        store.conn.execute(
            "INSERT INTO conflicts (id, record_table, record_id, event_id, table_number, "
            "local_json, incoming_json, incoming_hash, status, resolution, created_at) "
            "VALUES ('c1', 'notes', ?, ?, 1, ?, ?, 'h', 'resolved', 'local', '2019')",
            (note.id, demo_event.id, json.dumps({"text": "Quagga set aside"}),
             json.dumps({"text": "Quokka set aside"})),
        )
    _finalise(store, demo_event)
    path = write_archive(store, demo_event, tmp_path / "a.zip")
    text = plain(archive_everything(path, tmp_path / "out"))
    for word in ("Zanzibar", "Quagga", "Quokka", "Stijn", "Peeters"):
        assert not found(word, text), word
    assert found("Renée Dubois", text)  # the normal archive is the organiser's record


def test_an_anonymised_archive_is_safe_to_publish(
    store: Store, demo_event: Event, tmp_path: Path
) -> None:
    from consent_helpers import archive_everything

    from roundtables.domain import CuratedTheme

    everyone = store.participants(demo_event.id)
    named = ", ".join(p.name for p in everyone[:6])
    store.save(CuratedTheme(event_id=demo_event.id, title=f"{everyone[0].name}'s budget",
                            synthesis=f"As {named} put it.", note_ids=[], position=0))
    _finalise(store, demo_event)
    db = store.path
    store.close()
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "archive", demo_event.slug, "-o",
         str(tmp_path / "public.zip"), "--anonymise", "--db", str(db)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "anonymised" in result.stdout
    with Store.open(db) as reopened:
        everyone = reopened.participants(demo_event.id)
    text = plain(archive_everything(tmp_path / "public.zip", tmp_path / "out"))
    for p in everyone:
        assert not found(p.name, text), p.name
        assert not found(p.organisation, text), p.organisation
    with zipfile.ZipFile(tmp_path / "public.zip") as archive:
        readme = archive.read("README.txt").decode()
    assert "ANONYMISED" in readme


# ---------------------------------------------------------------- 11.5 the counts


def test_the_participants_annex_counts_add_up(
    store: Store, demo_event: Event, tmp_path: Path
) -> None:
    harvest = store.harvest(demo_event)
    by = {c: sum(p.consent == c for p in harvest.participants) for c in Consent}
    text = docx_everything(build_synthesis(harvest, tmp_path / "s.docx"))
    assert (
        f"Participants: {len(harvest.participants)} in all. Named: {by[Consent.NAMED]}; "
        f"organisation only: {by[Consent.ORGANISATION]}; not named: {by[Consent.ANONYMOUS]}."
    ) in text
    anonymous = docx_everything(
        build_synthesis(harvest, tmp_path / "a.docx", attribution="anonymous"))
    assert (f"Named: 0; organisation only: 0; not named: {len(harvest.participants)}."
            in anonymous)

"""Participant CSV import: encodings, separators, mapping, consent, duplicates, import."""

from __future__ import annotations

import codecs
import csv
import io
import time
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from roundtables.domain import Consent, Event, EventStatus, Participant, RoundtablesError
from roundtables.registration import (
    check_mapping,
    import_participants,
    normalise_consent,
    parse_rows,
    preview,
    propose_mapping,
    read_registration,
)
from roundtables.storage import Store


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_windows_1252_with_accents_and_semicolons(tmp_path: Path) -> None:
    text = (
        "Naam;Organisatie;Rol;Toestemming;E-mail\r\n"
        "Renée Dubois;Ville de Liège;aankoper;oui;renee@example.org\r\n"
        "Jürgen Maes;Stad Gent – ICT;IT;nee;\r\n"
        "François Lefèvre;Électronique Équitable;ngo;alleen organisatie;fl@example.org\r\n"
    )
    path = write(tmp_path, "inschrijvingen.csv", text.encode("cp1252"))

    reg = read_registration(path)

    assert reg.encoding == "cp1252"
    assert reg.delimiter == ";"
    mapping = propose_mapping(reg.headers)
    assert mapping == {
        "name": 0, "first_name": None, "last_name": None, "organisation": 1,
        "actor_type": 2, "consent": 3, "email": 4, "table": None,
    }
    rows = parse_rows(reg, mapping)
    assert [r.name for r in rows] == ["Renée Dubois", "Jürgen Maes", "François Lefèvre"]
    assert rows[1].organisation == "Stad Gent – ICT"  # the en dash only exists in cp1252
    assert [r.consent for r in rows] == [
        Consent.NAMED, Consent.ANONYMOUS, Consent.ORGANISATION
    ]
    assert [r.line for r in rows] == [2, 3, 4]
    assert not any(r.problems or r.duplicate for r in rows)


def test_utf8_with_bom_and_commas_with_quoted_fields(tmp_path: Path) -> None:
    text = (
        "Nom,Organisme,Type,Consentement,Courriel\n"
        '"Dubois, Renée","Ville de Liège",acheteur,oui,renee@example.org\n'
        "Åsa Öberg,Fairphone,brand,,asa@example.org\n"
        "李雷,Université 🌍,academia,organisation,\n"
    )
    path = write(tmp_path, "inscriptions.csv", codecs.BOM_UTF8 + text.encode("utf-8"))

    reg = read_registration(path)

    assert reg.encoding == "utf-8-sig"
    assert reg.delimiter == ","
    assert reg.headers[0] == "Nom"  # no BOM glued to the first header
    rows = parse_rows(reg, propose_mapping(reg.headers), default_consent=Consent.ORGANISATION)
    assert rows[0].name == "Dubois, Renée"
    assert rows[1].consent is Consent.ORGANISATION  # empty cell: the caller's default
    assert rows[2].name == "李雷" and rows[2].organisation == "Université 🌍"


def test_tab_separated_utf16_from_excel(tmp_path: Path) -> None:
    text = "Name\tOrganisation\tConsent\r\nAnn Peeters\tVVSG\tyes\r\n"
    path = write(tmp_path, "export.txt", text.encode("utf-16"))

    reg = read_registration(path)

    assert reg.delimiter == "\t"
    assert parse_rows(reg, propose_mapping(reg.headers))[0].name == "Ann Peeters"


def test_first_and_last_name_columns_make_the_name(tmp_path: Path) -> None:
    text = "First Name,Last Name,Company,Email Address (work)\nAnn,Peeters,VVSG,ann@x.be\n"
    reg = read_registration(write(tmp_path, "eventbrite.csv", text.encode()))

    mapping = propose_mapping(reg.headers)

    assert mapping["name"] is None and mapping["email"] == 3
    row = parse_rows(reg, mapping)[0]
    assert (row.name, row.organisation, row.email) == ("Ann Peeters", "VVSG", "ann@x.be")


def test_missing_name_column_is_named_in_one_line(tmp_path: Path) -> None:
    text = "Organisation;Consent\nVVSG;yes\n"
    reg = read_registration(write(tmp_path, "no-names.csv", text.encode()))

    with pytest.raises(RoundtablesError) as caught:
        parse_rows(reg, propose_mapping(reg.headers))

    message = str(caught.value)
    assert "'name' column" in message and "no-names.csv" in message
    assert "\n" not in message


def test_caller_overrides_the_mapping(tmp_path: Path) -> None:
    text = "Wie,Waar\nAnn Peeters,VVSG\n"
    reg = read_registration(write(tmp_path, "odd.csv", text.encode()))
    assert propose_mapping(reg.headers)["name"] is None

    rows = parse_rows(reg, {"name": 0, "organisation": 1})

    assert (rows[0].name, rows[0].organisation) == ("Ann Peeters", "VVSG")
    with pytest.raises(RoundtablesError, match="mapped to two fields"):
        check_mapping(reg, {"name": 0, "organisation": 0})
    with pytest.raises(RoundtablesError, match="no column 9"):
        check_mapping(reg, {"name": 8})
    with pytest.raises(RoundtablesError, match="Unknown participant field"):
        check_mapping(reg, {"name": 0, "shoe_size": 1})


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Yes", Consent.NAMED), ("ja", Consent.NAMED), ("OUI", Consent.NAMED),
        ("named", Consent.NAMED), ("org", Consent.ORGANISATION),
        ("Organisation only", Consent.ORGANISATION), ("organisatie", Consent.ORGANISATION),
        ("no", Consent.ANONYMOUS), ("Nee", Consent.ANONYMOUS), ("non", Consent.ANONYMOUS),
        ("anonymous", Consent.ANONYMOUS), ("anoniem", Consent.ANONYMOUS),
        ("  ", Consent.ORGANISATION),
    ],
)
def test_consent_spellings(typed: str, expected: Consent) -> None:
    assert normalise_consent(typed, Consent.ORGANISATION) is expected


def test_unreadable_consent_is_flagged_and_made_anonymous(tmp_path: Path) -> None:
    reg = read_registration(write(tmp_path, "c.csv", b"name,consent\nAnn,maybe later\n"))

    row = parse_rows(reg, propose_mapping(reg.headers))[0]

    assert row.consent is Consent.ANONYMOUS
    assert row.problems == ["consent 'maybe later' not understood: set to anonymous"]


def test_duplicates_flagged_in_file_and_against_the_event(
    tmp_path: Path, store: Store, demo_event: Event
) -> None:
    existing = store.participants(demo_event.id)
    known = existing[0]
    text = (
        "name,email,organisation\n"
        "Ann Peeters,ann@x.be,VVSG\n"
        "ANN  peeters,,Other\n"  # same name, other case and spacing
        "Anne P.,Ann@X.be,VVSG\n"  # same email, other case
        f"{known.name.upper()},,\n"  # already a participant of the event
        "Piet Jansen,,\n"
    )
    reg = read_registration(write(tmp_path, "dups.csv", text.encode()))

    rows = parse_rows(reg, propose_mapping(reg.headers), existing=existing)

    assert [r.duplicate for r in rows] == [
        "",
        "same name as line 2",
        "same email as line 2",
        f"same name as already a participant ({known.name})",
        "",
    ]
    # A preview of the last rows still judges them against the whole file.
    assert preview(reg, propose_mapping(reg.headers), rows=2)[1].duplicate


def test_import_saves_participants_and_tables_in_one_go(
    tmp_path: Path, store: Store, demo_event: Event
) -> None:
    before = len(store.participants(demo_event.id))
    text = (
        "name;organisation;consent;table\n"
        "Ann Peeters;VVSG;ja;Tafel 2\n"
        "Ann Peeters;VVSG;ja;2\n"
        "Piet Jansen;;nee;\n"
        ";orphan organisation;;\n"
    )
    reg = read_registration(write(tmp_path, "reg.csv", text.encode()))
    rows = parse_rows(reg, propose_mapping(reg.headers))

    summary = import_participants(store, demo_event, rows, table_assignments={4: 3})

    assert [p.name for p in summary.imported] == ["Ann Peeters", "Piet Jansen"]
    assert [r.line for r in summary.skipped] == [3, 5]  # duplicate, no name
    assert summary.attendance == 2
    assert not store.in_transaction()
    assert len(store.participants(demo_event.id)) == before + 2
    table2, table3 = store.find_table(demo_event, 2), store.find_table(demo_event, 3)
    assert "Ann Peeters" in [p.name for p in store.table_participants(table2.id)]
    assert "Piet Jansen" in [p.name for p in store.table_participants(table3.id)]
    piet = next(p for p in summary.imported if p.name == "Piet Jansen")
    assert store.get(Participant, piet.id).consent == "anonymous"  # type: ignore[union-attr]


def test_import_to_a_missing_table_changes_nothing(
    tmp_path: Path, store: Store, demo_event: Event
) -> None:
    before = len(store.participants(demo_event.id))
    reg = read_registration(write(tmp_path, "t.csv", b"name,table\nAnn,1\nPiet,9\n"))
    rows = parse_rows(reg, propose_mapping(reg.headers))

    with pytest.raises(RoundtablesError, match=r"Line 3: .* has no table 9"):
        import_participants(store, demo_event, rows)

    assert len(store.participants(demo_event.id)) == before


def test_import_into_a_finalised_event_is_refused(
    tmp_path: Path, store: Store, demo_event: Event
) -> None:
    demo_event.status = EventStatus.FINALISED.value
    store.save(demo_event)
    reg = read_registration(write(tmp_path, "f.csv", b"name\nAnn\n"))

    with pytest.raises(RoundtablesError, match="finalised and read-only"):
        import_participants(store, demo_event, parse_rows(reg, {"name": 0}))


def test_ten_thousand_rows_are_fast(tmp_path: Path, store: Store, demo_event: Event) -> None:
    lines = ["Naam;Organisatie;Type;Toestemming;E-mail"]
    consents = ["ja", "nee", "organisatie", ""]
    lines += [
        f"Deelnemer {i};Organisatie {i % 37};type {i % 5};{consents[i % 4]};p{i}@example.org"
        for i in range(10_000)
    ]
    path = write(tmp_path, "big.csv", ("\r\n".join(lines) + "\r\n").encode("cp1252"))
    started = time.perf_counter()

    reg = read_registration(path)
    rows = parse_rows(reg, propose_mapping(reg.headers), existing=store.participants(demo_event.id))
    summary = import_participants(store, demo_event, rows)

    elapsed = time.perf_counter() - started
    assert len(summary.imported) == 10_000 and not summary.skipped
    assert store._execute(
        "SELECT count(*) FROM participants WHERE event_id=? AND name LIKE 'Deelnemer %'",
        (demo_event.id,),
    ).fetchone()[0] == 10_000
    assert elapsed < 10, f"10,000 rows took {elapsed:.1f}s"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (bytes(range(256)) * 40, "is not a text file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 200, "is not a text file"),
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)), "is not a text file"),
        (b"", "is empty"),
        (b"\r\n  \r\n", "is empty"),
    ],
)
def test_garbage_gives_one_line(tmp_path: Path, data: bytes, expected: str) -> None:
    path = write(tmp_path, "garbage.csv", data)

    with pytest.raises(RoundtablesError) as caught:
        read_registration(path)

    assert expected in str(caught.value) and "\n" not in str(caught.value)


def test_missing_file_and_folder_give_one_line(tmp_path: Path) -> None:
    with pytest.raises(RoundtablesError, match=r"Cannot read nothing\.csv"):
        read_registration(tmp_path / "nothing.csv")
    with pytest.raises(RoundtablesError, match="is a folder"):
        read_registration(tmp_path)


_CELL = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff"),
    max_size=30,
)


@given(
    rows=st.lists(st.lists(_CELL, min_size=3, max_size=3), min_size=1, max_size=20),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
    newline=st.sampled_from(["\n", "\r\n"]),
)
def test_any_text_survives_the_round_trip(
    rows: list[list[str]], delimiter: str, encoding: str, newline: str
) -> None:
    if encoding == "cp1252":
        rows = [[c.encode("cp1252", "ignore").decode("cp1252") for c in r] for r in rows]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline)
    writer.writerow(["Naam", "Organisatie", "E-mail"])
    writer.writerows(rows)
    if encoding == "cp1252":
        # Bytes that are valid UTF-8 too (cp1252 "Â" + no-break space is UTF-8's
        # no-break space) are read as UTF-8, by design: such a file is ambiguous.
        try:
            ambiguous = buffer.getvalue().encode("cp1252").decode("utf-8") != buffer.getvalue()
        except UnicodeDecodeError:
            ambiguous = False
        assume(not ambiguous)

    reg = read_registration(buffer.getvalue().encode(encoding), name="prop.csv")

    assert reg.delimiter == delimiter
    assert reg.headers == ["Naam", "Organisatie", "E-mail"]
    expected = [[c.strip() for c in r] for r in rows if any(c.strip() for c in r)]
    assert reg.rows == expected


def test_shifted_rows_are_flagged_and_a_names_only_list_keeps_commas(tmp_path: Path) -> None:
    shifted = read_registration(
        write(tmp_path, "s.csv", b"name,organisation,\nAnn,VVSG,\nPiet,Stad Gent, dienst ICT\n")
    )
    names_only = read_registration(write(tmp_path, "n.csv", b"Naam\nDubois, Renee\nAnn\n"))

    rows = parse_rows(shifted, propose_mapping(shifted.headers))
    assert rows[0].problems == []  # a trailing empty cell is common in Excel exports
    assert rows[1].problems == [
        "more cells than the header has columns: check quotes and separators"
    ]
    assert [r.name for r in parse_rows(names_only, {"name": 0})] == ["Dubois, Renee", "Ann"]

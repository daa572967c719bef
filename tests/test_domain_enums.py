"""Fields with a fixed set of values hold enum members, from the database and from files.

A value that is not a member is refused where it enters: a database row names the
file, a kit or results file is refused by the exchange schema, and mypy refuses a
wrong literal in the code.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import typing
from enum import StrEnum
from pathlib import Path

import pytest
from exchange_helpers import rebuild
from hypothesis import given, settings
from hypothesis import strategies as st

from roundtables.domain import (
    RECORD_TYPES,
    ActionPoint,
    ActionStatus,
    ArticleFeedback,
    AttributionPolicy,
    Choice,
    Consent,
    CuratedTheme,
    DeclarationArticle,
    Event,
    EventStatus,
    Participant,
    Priority,
    Record,
    RoundTable,
    RoundtablesError,
    Stance,
)
from roundtables.exchange import import_file, write_results, write_table_kit
from roundtables.messages import MESSAGES
from roundtables.storage import Store

ALL_TYPES = (*RECORD_TYPES, CuratedTheme)
#: (record type, field, enum) for every field typed ``Choice[SomeEnum]``
ENUM_FIELDS = [
    (cls, f.name, typing.get_args(hint)[0])
    for cls in ALL_TYPES
    for f in dataclasses.fields(cls)
    if typing.get_origin(hint := typing.get_type_hints(cls)[f.name]) is Choice
]


@pytest.mark.parametrize("cls", ALL_TYPES, ids=lambda c: c.__name__)
def test_no_field_is_typed_by_a_bare_enum(cls: type[Record]) -> None:
    # a bare enum annotation would hold whatever text is assigned: only Choice converts
    for f in dataclasses.fields(cls):
        hint = typing.get_type_hints(cls)[f.name]
        assert not (isinstance(hint, type) and issubclass(hint, StrEnum)), f.name


def test_the_enum_fields_are_the_ones_expected() -> None:
    assert {(cls.__name__, name) for cls, name, _ in ENUM_FIELDS} == {
        ("Event", "attribution_policy"), ("Event", "status"), ("Participant", "consent"),
        ("ActionPoint", "priority"), ("ActionPoint", "status"), ("ArticleFeedback", "stance"),
    }


@pytest.mark.parametrize("cls", ALL_TYPES, ids=lambda c: c.__name__)
def test_choices_name_exactly_the_enum_typed_fields(cls: type[Record]) -> None:
    expected = {name: kind for c, name, kind in ENUM_FIELDS if c is cls}
    assert expected == cls.CHOICES


def build(cls: type[Record], **fields: object) -> Record:
    required: dict[str, object] = {
        Event: {"title": "t"}, Participant: {"event_id": "e", "name": "n"},
        ActionPoint: {"table_id": "t", "action": "a"},
        ArticleFeedback: {"table_id": "t", "article_id": "a"},
    }[cls]  # type: ignore[index]
    return cls(**required, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cls", "name", "kind"), ENUM_FIELDS, ids=lambda v: getattr(v, "__name__", v)
)
def test_defaults_and_assigned_text_are_members(
    cls: type[Record], name: str, kind: type[StrEnum]
) -> None:
    record = build(cls)
    assert type(getattr(record, name)) is kind
    default = next(f.default for f in dataclasses.fields(cls) if f.name == name)
    assert type(default) is kind  # what a new record and the database column start from
    for member in kind:
        setattr(record, name, str(member.value))  # as a generic editor or a combo gives it
        assert getattr(record, name) is member
        assert type(getattr(build(cls, **{name: member.value}), name)) is kind
    with pytest.raises(ValueError):
        setattr(record, name, "no-such-value")


# ---------------------------------------------------------------- one database, one file


def small_event(
    store: Store, *, policy: AttributionPolicy = AttributionPolicy.CONSENT,
    status: EventStatus = EventStatus.RUNNING, consent: Consent = Consent.NAMED,
    priority: Priority = Priority.MEDIUM, action_status: ActionStatus = ActionStatus.OPEN,
    stance: Stance = Stance.SUPPORT,
) -> tuple[Event, RoundTable]:
    event = Event(title="Enums", slug="enums", attribution_policy=policy, status=status)
    table = RoundTable(event_id=event.id, number=1)
    person = Participant(event_id=event.id, name="Ann Peeters", consent=consent)
    article = DeclarationArticle(event_id=event.id, number=1, text="We buy fair ICT.")
    point = ActionPoint(table_id=table.id, action="Ask for TCO", priority=priority,
                        status=action_status)
    feedback = ArticleFeedback(table_id=table.id, article_id=article.id, stance=stance)
    store.save_all([event, table, person, article, point, feedback])
    return event, table


def enum_values(store: Store, event_id: str) -> dict[tuple[str, str], StrEnum]:
    """Every enum field of the small event, read back, each checked to be a member."""
    event = store.get(Event, event_id)
    assert event is not None
    table = store.tables(event_id)[0]
    records: list[Record] = [event, *store.participants(event_id),
                             *store.action_points(table.id), *store.feedback(table.id)]
    values: dict[tuple[str, str], StrEnum] = {}
    for record in records:
        for name, kind in record.CHOICES.items():
            value = getattr(record, name)
            assert type(value) is kind, (record.TABLE, name, value)
            values[record.TABLE, name] = value
    assert len(values) == len(ENUM_FIELDS)
    return values


STORED = [
    ("events", "attribution_policy"), ("events", "status"), ("participants", "consent"),
    ("action_points", "priority"), ("action_points", "status"), ("article_feedback", "stance"),
]


@pytest.mark.parametrize(("table", "column"), STORED)
def test_a_stored_value_that_is_no_member_is_refused_naming_the_file(
    tmp_path: Path, table: str, column: str
) -> None:
    path = tmp_path / "hand-edited.db"
    with Store.open(path) as store:
        event, _ = small_event(store)
    with sqlite3.connect(path) as conn:  # another program wrote this, past the CHECKs
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute(f"UPDATE {table} SET {column} = 'urgent'")
    conn.close()
    with Store.open(path) as store, pytest.raises(RoundtablesError) as caught:
        enum_values(store, event.id)
    error = caught.value
    assert error.code == "unknown-stored-value"
    assert error.code in MESSAGES
    assert error.params["path"] == str(path)
    assert error.params["table"] == table
    assert error.params["field"] == column
    assert error.params["value"] == "urgent"
    text = str(error)
    assert str(path) in text and "'urgent'" in text and "\n" not in text


def round_trip(folder: Path, **values: StrEnum) -> dict[tuple[str, str], StrEnum]:
    """Store -> read -> kit and results files -> import into another database -> read."""
    with Store.open(folder / "organiser.db") as source:
        event, table = small_event(source, **values)  # type: ignore[arg-type]
        sent = enum_values(source, event.id)
        kit = write_table_kit(source, event, table, folder)
        results = write_results(source, event, table, folder / "results.zip")
    with Store.open(folder / "rapporteur.db") as target:
        assert import_file(target, kit).outcome == "imported"
        assert import_file(target, results).outcome in ("updated", "unchanged")
        received = enum_values(target, event.id)
    assert received == sent
    return received


def test_every_enum_field_survives_store_export_import(tmp_path: Path) -> None:
    chosen = {
        "policy": AttributionPolicy.CHATHAM_HOUSE, "status": EventStatus.DRAFT,
        "consent": Consent.ORGANISATION, "priority": Priority.HIGH,
        "action_status": ActionStatus.IN_PROGRESS, "stance": Stance.AMEND,
    }
    received = round_trip(tmp_path, **chosen)
    assert set(received.values()) == set(chosen.values())


@settings(max_examples=25)
@given(
    policy=st.sampled_from(AttributionPolicy),
    # a finalised event travels in no file (the exchange refuses it): stored below
    status=st.sampled_from([EventStatus.DRAFT, EventStatus.RUNNING]),
    consent=st.sampled_from(Consent),
    priority=st.sampled_from(Priority),
    action_status=st.sampled_from(ActionStatus),
    stance=st.sampled_from(Stance),
)
def test_any_members_survive_the_round_trip(
    tmp_path_factory: pytest.TempPathFactory, **values: StrEnum
) -> None:
    round_trip(tmp_path_factory.mktemp("trip"), **values)


def test_a_finalised_event_reads_back_finalised(tmp_path: Path) -> None:
    with Store.open(tmp_path / "db") as store:
        event, _ = small_event(store)
        event.status = EventStatus.FINALISED
        store.save(event)
    with Store.open(tmp_path / "db") as store:
        assert enum_values(store, event.id)["events", "status"] is EventStatus.FINALISED
        assert store.get(Event, event.id).is_finalised  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("kind", "field"),
    [("participants", "consent"), ("action_points", "priority"),
     ("action_points", "status"), ("article_feedback", "stance"), ("events", "status"),
     ("events", "attribution_policy")],
)
def test_a_results_file_with_an_unknown_value_is_refused(
    tmp_path: Path, kind: str, field: str
) -> None:
    with Store.open(tmp_path / "organiser.db") as source:
        event, table = small_event(source)
        kit = write_table_kit(source, event, table, tmp_path)
        results = write_results(source, event, table, tmp_path / "results.zip")
    forged = rebuild(results, tmp_path / "forged.zip",
                     payload=lambda p: p["records"][kind][0].update({field: "urgent"}))
    with Store.open(tmp_path / "rapporteur.db") as target:
        assert import_file(target, kit).outcome == "imported"
        summary = import_file(target, forged)
        assert summary.outcome == "rejected"
        assert summary.reason is not None
        assert "does not match the format" in summary.reason and field in summary.reason
        assert target.action_points(table.id) == []


WRONG_LITERALS = '''
from roundtables.domain import ActionPoint, Event, EventStatus, Participant

point = ActionPoint(table_id="t", action="a", priority="urgent")
person = Participant(event_id="e", name="n")
person.consent = "named"
event = Event(title="t", status=EventStatus.DRAFT)
event.status = EventStatus.RUNNING
'''


def test_mypy_refuses_text_where_a_member_belongs(tmp_path: Path) -> None:
    from mypy import api

    example = tmp_path / "example.py"
    example.write_text(WRONG_LITERALS, encoding="utf-8")
    out, _, status = api.run([
        "--no-incremental", "--cache-dir", str(tmp_path / "cache"), "--follow-imports",
        "silent", "--show-error-codes", str(example),
    ])
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert status == 1, out
    assert len(errors) == 2, out  # the two wrong lines, and nothing else
    assert ':4: error: Argument "priority" to "ActionPoint" has incompatible type "str"' in out
    assert ':6: error: Incompatible types in assignment' in out and '"Consent"' in out

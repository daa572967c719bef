"""Event templates: shipped ones are valid, broken ones name the field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roundtables.domain import RoundtablesError
from roundtables.storage import Store
from roundtables.templates import create_event, event_records, list_templates, load_template


def test_shipped_templates_load() -> None:
    names = {t.name for t in list_templates()}
    assert {"symposium", "blank"} <= names


def test_symposium_template_shape() -> None:
    data = load_template("symposium").data
    assert len(data["tables"]) == 3
    for table in data["tables"]:
        assert 5 <= len(table["questions"]) <= 7
        assert table["keynote"]["speaker"] and table["keynote"]["title"]
    assert sum(seg["minutes"] for seg in data["agenda"]) == 120  # 13:30-15:30
    assert 6 <= len(data["declaration"]) <= 8
    assert len(event_records(load_template("symposium"))[0].note_types) >= 9


def test_create_event_from_template(store: Store) -> None:
    event = create_event(store, load_template("symposium"), title="Forum", date="2026-05-04")
    assert event.date == "2026-05-04"
    tables = store.tables(event.id)
    assert [t.number for t in tables] == [1, 2, 3]
    assert all(len(store.questions(t.id)) >= 5 for t in tables)
    minutes = sum(s.planned_minutes for s in store.segments(tables[0].id))
    assert minutes == 120
    second = create_event(store, load_template("symposium"), title="Forum", date="2026-05-04")
    assert second.slug != event.slug


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d["event"].pop("title"), "event.title"),
        (lambda d: d["event"].__setitem__("date", "12/03/2019"), "event.date"),
        (lambda d: d["tables"][0].__setitem__("questions", "not a list"), "tables[0].questions"),
        (lambda d: d["agenda"][1].__setitem__("minutes", -5), "agenda[1].minutes"),
        (lambda d: d.__setitem__("format", "something-else"), "format"),
        (lambda d: d["declaration"][0].pop("text"), "declaration[0].text"),
    ],
)
def test_invalid_template_names_the_field(tmp_path: Path, change: object, field: str) -> None:
    data = json.loads(load_template("symposium").source.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    with pytest.raises(RoundtablesError) as caught:
        load_template(_write(tmp_path, data))
    assert f"'{field}'" in str(caught.value)


def test_unknown_template_and_bad_json(tmp_path: Path) -> None:
    with pytest.raises(RoundtablesError, match="No template 'nope'"):
        load_template("nope")
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    with pytest.raises(RoundtablesError, match="not valid JSON"):
        load_template(bad)

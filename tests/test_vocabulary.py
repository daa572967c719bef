"""The note types and the record kinds are defined once, in the domain.

Their words live in one table each: the headings of the built-in note types in
every document language, the English noun of every record kind.  A module that
spells a built-in key again as a string is caught here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import roundtables
from roundtables.domain import (
    DEFAULT_NOTE_TYPES,
    RECORD_TYPES,
    ActionStatus,
    CuratedTheme,
    Event,
    Note,
    NoteType,
    NoteTypeKey,
    Priority,
    RecordKind,
    Stance,
)
from roundtables.exchange.conflicts import Conflict
from roundtables.storage import Store
from roundtables.synthesis.labels import LANGUAGES, NOTE_TYPE_HEADINGS, Labels
from roundtables.templates import create_event, list_templates, load_template

PACKAGE = Path(roundtables.__file__).parent


def test_every_built_in_note_type_has_a_heading_in_each_language_and_nothing_extra() -> None:
    assert list(NOTE_TYPE_HEADINGS) == list(NoteTypeKey)
    for key, headings in NOTE_TYPE_HEADINGS.items():
        assert set(headings) == set(LANGUAGES) == {"en", "nl", "fr"}, key
        assert all(text.strip() == text and text for text in headings.values()), key
    for code in LANGUAGES:  # no two types share a heading in one language
        words = [headings[code] for headings in NOTE_TYPE_HEADINGS.values()]
        assert len(set(words)) == len(words), code


def test_the_default_vocabulary_is_the_built_in_keys_in_order() -> None:
    assert [nt.key for nt in DEFAULT_NOTE_TYPES] == [str(key) for key in NoteTypeKey]
    assert all(type(nt.key) is str for nt in DEFAULT_NOTE_TYPES)  # as read from a database
    for attribute in ("label", "marker"):
        values = [getattr(nt, attribute).lower() for nt in DEFAULT_NOTE_TYPES]
        assert all(values) and len(set(values)) == len(values), attribute
    assert Note(table_id="t", text="x").type == NoteTypeKey.INSIGHT
    assert Event(title="t").note_types == list(DEFAULT_NOTE_TYPES)


@pytest.mark.parametrize("code", ["en", "nl", "fr"])
def test_a_heading_comes_from_the_one_table(code: str) -> None:
    labels = Labels(code)
    for key in NoteTypeKey:
        assert labels.note_type(key, DEFAULT_NOTE_TYPES) == NOTE_TYPE_HEADINGS[key][code]
    # an organiser's own type keeps its own words; a renamed built-in one too, in English
    own = [NoteType("risk", "Risk", "k"), NoteType("quote", "Verbatim", "v")]
    assert labels.note_type("risk", own) == "Risk"
    expected = "Verbatim" if code == "en" else NOTE_TYPE_HEADINGS[NoteTypeKey.QUOTE][code]
    assert labels.note_type("quote", own) == expected
    assert labels.note_type("never_seen", own) == "Never seen"


def test_the_shipped_templates_start_from_the_default_vocabulary(tmp_path: Path) -> None:
    templates = list_templates()
    assert templates
    with Store.open(tmp_path / "db") as store:
        for template in templates:
            event = create_event(store, load_template(template.name), title=template.name)
            stored = store.get(Event, event.id)
            assert stored is not None and stored.note_types == list(DEFAULT_NOTE_TYPES)


def test_the_shipped_templates_do_not_repeat_the_default_vocabulary() -> None:
    for template in list_templates():
        assert "note_types" not in template.data, template.name


def test_a_template_may_bring_its_own_vocabulary(tmp_path: Path) -> None:
    data = load_template("blank").data | {"name": "own", "note_types": [
        {"key": "risk", "label": "Risk", "marker": "k"}]}
    path = tmp_path / "own.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with Store.open(tmp_path / "db") as store:
        event = create_event(store, load_template(path))
        assert event.note_types == [NoteType("risk", "Risk", "k")]


@pytest.mark.parametrize("cls", [*RECORD_TYPES, CuratedTheme], ids=lambda c: c.__name__)
def test_every_record_kind_has_its_own_noun(cls: type) -> None:
    nouns = [c.NOUN for c in (*RECORD_TYPES, CuratedTheme)]
    assert len(set(nouns)) == len(nouns)
    assert cls.NOUN and cls.NOUN.strip().lower() == cls.NOUN
    assert "_" not in cls.NOUN  # words for people, not identifiers
    if cls is CuratedTheme:
        return  # a rapporteur's own: never exchanged, never in conflict
    conflict = Conflict(
        id="c", kind=cls.TABLE, record_id="r", event_id="e", table_number=1, local={},
        incoming={}, origin_file="f", origin_device="d", status="open", resolution="",
        created_at="",
    )
    assert conflict.kind_name == cls.NOUN


#: Built-in keys and record kinds as they would be spelled again outside the domain.
SPELLED = re.compile(
    "[\"'](?:" + "|".join(re.escape(str(k)) for k in (*NoteTypeKey, *RecordKind)) + ")[\"']"
)
#: Where the same words are meant otherwise: a dump's JSON key, a demo spec key, a CLI
#: command name, an undo merge key.
ALLOWED = {
    ("dump.py", '"feedback"'), ("demo.py", '"feedback"'), ("commands/core.py", '"note"'),
    ("ui/panels/declaration.py", '"feedback"'),
    # the record nouns as literals lupdate can extract, so a window words them
    ("messages.py", '"note"'), ("messages.py", '"feedback"'),
}


def test_no_module_spells_a_built_in_key_or_kind_again() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative == "domain.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#")[0]
            for match in SPELLED.finditer(code):
                if (relative, match.group().replace("'", '"')) not in ALLOWED:
                    found.append(f"{relative}:{number}: {line.strip()}")
    assert found == []


@pytest.mark.parametrize("tables", ["synthesis", "plenary"])
def test_every_member_shown_in_a_document_has_its_words_in_each_language(tables: str) -> None:
    from roundtables.services import plenary_labels
    from roundtables.synthesis import labels as synthesis_labels

    languages = (synthesis_labels if tables == "synthesis" else plenary_labels).LANGUAGES
    shown = [("stance", Stance), ("priority", Priority)]
    if tables == "synthesis":
        shown.append(("status", ActionStatus))
    for code, words in languages.items():
        for prefix, kind in shown:
            for member in kind:
                assert words.get(f"{prefix}_{member}"), (code, prefix, member)

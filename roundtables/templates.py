"""Event templates: plain JSON files an organiser can copy and edit.

A template holds the event details, the note vocabulary, the agenda of the
round-table slot, the tables with their keynotes and guiding questions, and the
declaration of intention.  Loading checks every field and names the first one
that is wrong, so an organiser editing the file by hand knows what to fix.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from roundtables.dates import parse_iso_date
from roundtables.domain import (
    DEFAULT_NOTE_TYPES,
    AgendaSegment,
    AttributionPolicy,
    DeclarationArticle,
    Event,
    EventStatus,
    GuidingQuestion,
    NoteType,
    Record,
    RoundTable,
    slugify,
)
from roundtables.messages import error
from roundtables.resources import resource_path
from roundtables.storage import Store

TEMPLATE_FORMAT = "roundtables-template"
TEMPLATE_VERSION = 1


@dataclass(frozen=True)
class EventTemplate:
    name: str
    description: str
    source: Path
    data: dict[str, Any]


def template_folder() -> Path:
    return resource_path("templates")


def list_templates() -> list[EventTemplate]:
    """The templates shipped in ``roundtables/resources/templates``, by name."""
    return [load_template(p) for p in sorted(template_folder().glob("*.json"))]


def load_template(name_or_path: str | Path) -> EventTemplate:
    """A template by name (``symposium``) or by path to a JSON file."""
    path = Path(name_or_path)
    if path.suffix.lower() != ".json" or not path.exists():
        candidate = template_folder() / f"{name_or_path}.json"
        if not candidate.exists():
            known = ", ".join(p.stem for p in sorted(template_folder().glob("*.json")))
            raise error("no-template", name=name_or_path, known=known)
        path = candidate
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise error("template-unreadable", file=path.name, detail=exc) from None
    except json.JSONDecodeError as exc:
        raise error("template-not-json", file=path.name, line=exc.lineno, detail=exc.msg) from None
    _validate(data, path.name)
    return EventTemplate(
        name=data["name"], description=data.get("description", ""), source=path, data=data
    )


def _validate(data: Any, file: str) -> None:
    def fail(where: str, what: str) -> None:
        raise error("template-field", file=file, field=where, problem=what)

    def need(obj: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
        if not isinstance(obj, dict) or key not in obj:
            raise error("template-field-missing", file=file, field=f"{where}{key}")
        value = obj[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
            raise error("template-field-kind", file=file, field=f"{where}{key}", kind=names)
        return value

    if not isinstance(data, dict):
        fail("(top)", "must be an object")
    if need(data, "format", str, "") != TEMPLATE_FORMAT:
        fail("format", f"must be {TEMPLATE_FORMAT!r}")
    if need(data, "version", int, "") > TEMPLATE_VERSION:
        fail("version", f"is newer than this app reads ({TEMPLATE_VERSION})")
    need(data, "name", str, "")
    event = need(data, "event", dict, "")
    need(event, "title", str, "event.")
    date = need(event, "date", str, "event.")
    if date:
        try:
            _dt.date.fromisoformat(date)
        except ValueError:
            fail("event.date", "is not a date (YYYY-MM-DD)")
    policy = event.get("attribution_policy", AttributionPolicy.CONSENT)
    if policy not in set(AttributionPolicy):
        fail("event.attribution_policy", "must be 'consent' or 'chatham_house'")
    # Without note_types an event gets the default vocabulary (DEFAULT_NOTE_TYPES).
    note_types = need(data, "note_types", list, "") if "note_types" in data else []
    for i, nt in enumerate(note_types):
        need(nt, "key", str, f"note_types[{i}].")
        need(nt, "label", str, f"note_types[{i}].")
    for i, seg in enumerate(need(data, "agenda", list, "")):
        need(seg, "title", str, f"agenda[{i}].")
        if need(seg, "minutes", int, f"agenda[{i}].") <= 0:
            fail(f"agenda[{i}].minutes", "must be more than 0")
        question = seg.get("question")
        if question is not None and (not isinstance(question, int) or question < 1):
            fail(f"agenda[{i}].question", "must be a question number or null")
    numbers = set()
    for i, table in enumerate(need(data, "tables", list, "")):
        number = need(table, "number", int, f"tables[{i}].")
        if number in numbers:
            fail(f"tables[{i}].number", f"repeats table {number}")
        numbers.add(number)
        need(table, "theme", str, f"tables[{i}].")
        for j, question in enumerate(need(table, "questions", list, f"tables[{i}].")):
            if not isinstance(question, str):
                fail(f"tables[{i}].questions[{j}]", "must be text")
        keynote = table.get("keynote", {})
        if not isinstance(keynote, dict):
            fail(f"tables[{i}].keynote", "must be an object")
    for i, article in enumerate(need(data, "declaration", list, "")):
        need(article, "number", int, f"declaration[{i}].")
        need(article, "text", str, f"declaration[{i}].")


def event_records(
    template: EventTemplate, *, title: str | None = None, date: str | None = None
) -> tuple[Event, list[Record]]:
    """The records of a new event made from a template (not yet saved)."""
    data = template.data
    ev = data["event"]
    event = Event(
        title=(title or ev["title"]).strip() or "Untitled event",
        date=parse_iso_date(date) if date else (ev["date"] or _dt.date.today().isoformat()),
        venue=ev.get("venue", ""),
        organiser=ev.get("organiser", ""),
        language=ev.get("language", "en"),
        attribution_policy=AttributionPolicy(
            ev.get("attribution_policy", AttributionPolicy.CONSENT)
        ),
        status=EventStatus.DRAFT,
        note_types=[
            NoteType(nt["key"], nt["label"], nt.get("marker", "")) for nt in data["note_types"]
        ] if "note_types" in data else list(DEFAULT_NOTE_TYPES),
    )
    event.slug = slugify(f"{event.title} {event.date[:4]}".strip())
    records: list[Record] = [event]
    for spec in data["tables"]:
        keynote = spec.get("keynote", {})
        table = RoundTable(
            event_id=event.id,
            number=spec["number"],
            theme=spec["theme"],
            room=spec.get("room", ""),
            keynote_speaker=keynote.get("speaker", ""),
            keynote_title=keynote.get("title", ""),
            keynote_summary=keynote.get("summary", ""),
            facilitator=spec.get("facilitator", ""),
            rapporteur=spec.get("rapporteur", ""),
        )
        records.append(table)
        questions = [
            GuidingQuestion(table_id=table.id, position=i, text=text)
            for i, text in enumerate(spec["questions"], start=1)
        ]
        records.extend(questions)
        for i, seg in enumerate(spec.get("agenda", data["agenda"]), start=1):
            qnum = seg.get("question")
            question_id = questions[qnum - 1].id if qnum and qnum <= len(questions) else None
            records.append(
                AgendaSegment(
                    table_id=table.id,
                    position=i,
                    title=seg["title"],
                    planned_minutes=seg["minutes"],
                    question_id=question_id,
                )
            )
    for article in data["declaration"]:
        records.append(
            DeclarationArticle(
                event_id=event.id,
                number=article["number"],
                title=article.get("title", ""),
                text=article["text"],
            )
        )
    return event, records


def create_event(
    store: Store, template: EventTemplate, *, title: str | None = None, date: str | None = None
) -> Event:
    """Make and save (in one transaction) a new event from a template."""
    event, records = event_records(template, title=title, date=date)
    event.slug = store.unique_slug(event.slug)
    store.save_all(records)
    return event

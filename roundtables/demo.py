"""The demo event: the symposium template filled with a realistic afternoon."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from roundtables.domain import (
    ActionPoint,
    ArticleFeedback,
    Attendance,
    Consent,
    Event,
    EventStatus,
    Note,
    Participant,
    Record,
    RoundTable,
)
from roundtables.messages import error
from roundtables.resources import resource_path
from roundtables.storage import Store
from roundtables.templates import event_records, load_template


def load_demo_content() -> dict[str, Any]:
    path = resource_path("demo", "symposium-demo.json")
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise error("demo-unreadable", file=path.name, detail=exc) from None
    return data


def create_demo(store: Store) -> Event:
    """Create the demo event with notes, action points, feedback and participants."""
    content = load_demo_content()
    template = load_template(content.get("template", "symposium"))
    event, records = event_records(template)
    event.slug = store.unique_slug(event.slug)
    event.status = EventStatus.RUNNING
    # No hand-written summary: the app drafts it from the tables (synthesis.summary).
    tables = {r.number: r for r in records if isinstance(r, RoundTable)}
    questions: dict[str, list[str]] = {}
    segments: dict[str, list[str]] = {}
    for r in records:
        if r.TABLE == "questions":
            questions.setdefault(r.table_id, []).append(r.id)  # type: ignore[attr-defined]
        elif r.TABLE == "agenda_segments":
            segments.setdefault(r.table_id, []).append(r.id)  # type: ignore[attr-defined]
    articles = {r.number: r.id for r in records if r.TABLE == "declaration_articles"}  # type: ignore[attr-defined]

    people: dict[str, Participant] = {}
    for spec in content["participants"]:
        person = Participant(
            event_id=event.id,
            name=spec["name"],
            organisation=spec.get("organisation", ""),
            actor_type=spec.get("actor_type", ""),
            consent=Consent(spec.get("consent", Consent.NAMED)),
        )
        people[person.name] = person
        records.append(person)
        for number in spec.get("tables", []):
            records.append(
                Attendance(table_id=tables[number].id, participant_id=person.id, checked_in=True)
            )

    start = dt.datetime.fromisoformat(f"{event.date or '2019-03-12'}T13:40:00+00:00")
    for table_spec in content["tables"]:
        table = tables[table_spec["number"]]
        table.facilitator = table_spec.get("facilitator", table.facilitator)
        table.rapporteur = table_spec.get("rapporteur", table.rapporteur)
        qids, sids = questions.get(table.id, []), segments.get(table.id, [])
        notes = table_spec["notes"]
        step = dt.timedelta(minutes=100) / max(len(notes), 1)
        for i, spec in enumerate(notes):
            speaker = people.get(spec.get("speaker") or "")
            q, s = spec.get("question"), spec.get("segment")
            records.append(
                Note(
                    table_id=table.id,
                    text=spec["text"],
                    type=spec["type"],
                    speaker_id=speaker.id if speaker else None,
                    speaker=speaker.name if speaker else (spec.get("speaker") or ""),
                    question_id=qids[q - 1] if q and q <= len(qids) else None,
                    segment_id=sids[s - 1] if s and s <= len(sids) else None,
                    tags=list(spec.get("tags", [])),
                    key_message=bool(spec.get("key_message", False)),
                    created_at=(start + step * i).isoformat(timespec="microseconds"),
                )
            )
        for spec in table_spec.get("action_points", []):
            records.append(ActionPoint(table_id=table.id, **spec))
        for spec in table_spec.get("feedback", []):
            records.append(
                ArticleFeedback(
                    table_id=table.id,
                    article_id=articles[spec["article"]],
                    stance=spec["stance"],
                    proposed_wording=spec.get("proposed_wording", ""),
                    rationale=spec.get("rationale", ""),
                )
            )
    store.save_all(_in_reference_order(records))
    return event


def _in_reference_order(records: list[Record]) -> list[Record]:
    from roundtables.domain import RECORD_TYPES

    order = {cls.TABLE: i for i, cls in enumerate(RECORD_TYPES)}
    return sorted(records, key=lambda r: order[r.TABLE])

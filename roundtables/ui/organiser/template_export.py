"""An event written back as a template file that ``templates.load_template`` reads.

No Qt here: the editor's "Save as template…" calls :func:`write_template`.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from roundtables.domain import AgendaSegment, Event
from roundtables.messages import error
from roundtables.storage import Store
from roundtables.templates import TEMPLATE_FORMAT, TEMPLATE_VERSION, load_template


def _agenda(segments: list[AgendaSegment], question_numbers: dict[str, int]) -> list[Any]:
    return [
        {
            "title": s.title,
            "minutes": s.planned_minutes,
            "question": question_numbers.get(s.question_id or ""),
        }
        for s in segments
    ]


def event_as_template(store: Store, event: Event, name: str, description: str = "") -> dict:
    """The event's structure (not what was said) as template data."""
    tables: list[dict[str, Any]] = []
    agendas: list[list[Any]] = []
    for table in store.tables(event.id):
        questions = store.questions(table.id)
        numbers = {q.id: i for i, q in enumerate(questions, start=1)}
        agenda = _agenda(store.segments(table.id), numbers)
        agendas.append(agenda)
        tables.append(
            {
                "number": table.number,
                "theme": table.theme,
                "room": table.room,
                "facilitator": table.facilitator,
                "rapporteur": table.rapporteur,
                "keynote": {
                    "speaker": table.keynote_speaker,
                    "title": table.keynote_title,
                    "summary": table.keynote_summary,
                },
                "questions": [q.text for q in questions],
                "agenda": agenda,
            }
        )
    actor_types = sorted(
        {p.actor_type for p in store.participants(event.id) if p.actor_type}, key=str.casefold
    )
    return {
        "format": TEMPLATE_FORMAT,
        "version": TEMPLATE_VERSION,
        "name": name,
        "description": description,
        "event": {
            "title": event.title,
            "date": event.date,
            "venue": event.venue,
            "organiser": event.organiser,
            "language": event.language,
            "attribution_policy": event.attribution_policy,
        },
        "note_types": [
            {"key": t.key, "label": t.label, "marker": t.marker} for t in event.note_types
        ],
        "actor_types": actor_types,
        # The shared agenda is the first table's; each table also carries its own.
        "agenda": agendas[0] if agendas else [],
        "tables": tables,
        "declaration": [
            {"number": a.number, "title": a.title, "text": a.text}
            for a in store.articles(event.id)
        ],
    }


def write_template(store: Store, event: Event, path: Path) -> Path:
    """Write the event as a template JSON file and check that it loads back."""
    data = event_as_template(store, event, name=path.stem)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    tmp = ""
    try:
        fd, tmp = tempfile.mkstemp(prefix=".template-", suffix=".json", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        if tmp:
            Path(tmp).unlink(missing_ok=True)  # never leave a half-written file behind
        raise error("os-error", doing="write", path=path.name, detail=exc.strerror or exc) from None
    load_template(path)  # the same checks an organiser's own template gets
    return path

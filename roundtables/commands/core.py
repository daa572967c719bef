"""Events and notes: demo, new-event, events, dump, note, search, finalise, reopen."""

from __future__ import annotations

import argparse
from typing import Any

from roundtables.commands.common import open_store, print_json
from roundtables.domain import EventStatus, RoundtablesError
from roundtables.services import events, notes


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[parent], help="create the demo event (symposium template)")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("new-event", parents=[parent], help="create an event from a template")
    p.add_argument("--template", required=True, metavar="NAME", help="template name or .json path")
    p.add_argument("--title", metavar="T")
    p.add_argument("--date", metavar="YYYY-MM-DD")
    p.set_defaults(handler=cmd_new_event)

    p = sub.add_parser("events", parents=[parent], help="list events and their tables")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_events)

    p = sub.add_parser("dump", parents=[parent], help="the whole event as JSON")
    p.add_argument("event", metavar="EVENT", help="id, unique id prefix, or slug")
    p.set_defaults(handler=cmd_dump)

    p = sub.add_parser("note", parents=[parent], help="add a note from a script")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("table", metavar="TABLE")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--type", metavar="T", help="note type key (default: insight)")
    p.add_argument("--speaker", metavar="NAME")
    p.add_argument("--tag", metavar="TAG", action="append", default=[])
    p.set_defaults(handler=cmd_note)

    p = sub.add_parser("search", parents=[parent], help="full-text search across events")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--event", metavar="EVENT")
    p.add_argument("--table", metavar="N", type=int)
    p.add_argument("--type", metavar="T", help="only notes of this type")
    p.add_argument("--limit", metavar="N", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_search)

    for name, status, text in (
        ("finalise", EventStatus.FINALISED, "make an event read-only"),
        ("reopen", EventStatus.RUNNING, "make a finalised event editable again"),
    ):
        p = sub.add_parser(name, parents=[parent], help=text)
        p.add_argument("event", metavar="EVENT")
        p.set_defaults(handler=cmd_set_status, status=status)


def cmd_demo(args: argparse.Namespace) -> int:
    from roundtables.demo import create_demo

    with open_store(args) as store:
        event = create_demo(store)
        notes = store.note_counts_by_event().get(event.id, 0)
        print(f"Created demo event {event.slug} ({event.id}) with "
              f"{len(store.tables(event.id))} tables and {notes} notes in {store.path}")
    return 0


def cmd_new_event(args: argparse.Namespace) -> int:
    from roundtables.templates import create_event, load_template

    template = load_template(args.template)
    if args.title is not None and not args.title.strip():
        raise RoundtablesError("The title cannot be empty")
    with open_store(args) as store:
        event = create_event(store, template, title=args.title, date=args.date)
        print(f"Created event {event.slug} ({event.id}) from template {template.name}")
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    with open_store(args, writer=False) as store:
        listing: list[dict[str, Any]] = []
        for event in store.events():
            tables = store.tables(event.id)
            listing.append(
                {
                    "id": event.id,
                    "slug": event.slug,
                    "title": event.title,
                    "date": event.date,
                    "status": event.status,
                    "tables": [
                        {"number": t.number, "theme": t.theme, "id": t.id} for t in tables
                    ],
                }
            )
    if args.json:
        print_json(listing)
        return 0
    if not listing:
        print("No events yet. Create one with 'roundtables demo' or 'roundtables new-event'.")
    for item in listing:
        print(f"{item['slug']}  {item['date']}  [{item['status']}]  {item['title']}")
        for t in item["tables"]:
            print(f"    table {t['number']}: {t['theme']}")
    return 0


def cmd_dump(args: argparse.Namespace) -> int:
    from roundtables.dump import dump_event

    with open_store(args, writer=False) as store:
        event = store.find_event(args.event)
        data = dump_event(store.harvest(event))
    print_json(data)
    return 0


def cmd_note(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        table = store.find_table(store.find_event(args.event), args.table)
        note = notes.add_note(
            store, table, args.text, note_type=args.type, speaker=args.speaker, tags=args.tag
        )
        print(note.id)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with open_store(args, writer=False) as store:
        event_id = store.find_event(args.event).id if args.event else None
        hits = store.search(
            args.query,
            event_id=event_id,
            table_number=args.table,
            note_type=args.type,
            limit=max(1, args.limit),
        )
    if args.json:
        print_json(
            [
                {
                    "kind": h.kind,
                    "id": h.record_id,
                    "event": h.event_slug,
                    "event_id": h.event_id,
                    "table": h.table_number,
                    "type": h.note_type,
                    "snippet": h.snippet_marked("[", "]"),
                    "rank": h.rank,
                }
                for h in hits
            ]
        )
        return 0
    if not hits:
        print("No matches.")
    for h in hits:
        print(f"{h.event_slug}  table {h.table_number}  {h.note_type}: {h.snippet_marked()}")
    return 0


def cmd_set_status(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        event = store.find_event(args.event)
        if not events.set_status(store, event.id, EventStatus(args.status)):
            print(f"Event {event.slug} is already {args.status}")
            return 0
        print(f"Event {event.slug} is now {args.status}")
    return 0

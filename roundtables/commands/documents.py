"""Word documents: ``synthesis`` (the whole event) and ``report`` (one table)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from roundtables.commands.common import open_store
from roundtables.domain import Consent
from roundtables.services.synthesis import LANGUAGES, write_synthesis

ATTRIBUTIONS = tuple(str(level) for level in Consent)  # text: argparse shows repr()


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("synthesis", parents=[parent], help="the event's Word synthesis")
    p.add_argument("event", metavar="EVENT", help="id, unique id prefix, or slug")
    p.add_argument("-o", "--output", required=True, metavar="FILE.docx|FILE.pdf")
    p.add_argument("--template", metavar="DOCX", help="an organisation's own Word template")
    p.add_argument(
        "--attribution",
        choices=ATTRIBUTIONS,
        help="attribute statements at most this far (never beyond each person's consent)",
    )
    p.add_argument(
        "--language", choices=LANGUAGES, help="the document's language (default: the event's)"
    )
    p.add_argument(
        "--final", action="store_true",
        help="a final version, without the Draft label (the event stays editable)",
    )
    p.set_defaults(handler=cmd_synthesis)

    p = sub.add_parser("report", parents=[parent], help="one round table's Word report")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("table", metavar="TABLE", help="the table's number")
    p.add_argument("-o", "--output", required=True, metavar="FILE.docx")
    p.add_argument("--template", metavar="DOCX", help=argparse.SUPPRESS)
    p.add_argument("--attribution", choices=ATTRIBUTIONS, help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_report)


def cmd_synthesis(args: argparse.Namespace) -> int:
    with open_store(args, writer=False) as store:
        path = write_synthesis(
            store,
            args.event,
            Path(args.output),
            template=Path(args.template) if args.template else None,
            attribution=args.attribution,
            language=args.language,
            final=args.final,
        )
    print(f"Wrote {path}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from roundtables.synthesis import build_table_report

    with open_store(args, writer=False) as store:
        event = store.find_event(args.event)
        table = store.find_table(event, args.table)
        harvest = store.harvest(event)
    path = build_table_report(
        harvest,
        table.number,
        Path(args.output),
        template=Path(args.template) if args.template else None,
        attribution=args.attribution,
    )
    print(f"Wrote {path}")
    return 0

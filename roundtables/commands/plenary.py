"""``plenary``: the plenary report-back pages as a PDF handout.

Qt is loaded only when the command runs, so the other commands start as fast as before.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from roundtables.commands.common import open_store
from roundtables.services.plenary_labels import CODES


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "plenary", parents=[parent], help="the plenary report-back pages as a PDF handout"
    )
    p.add_argument("event", metavar="EVENT", help="id, unique id prefix, or slug")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument(
        "--language", choices=CODES, help="the pages' language (default: the event's)"
    )
    p.set_defaults(handler=cmd_plenary)


def cmd_plenary(args: argparse.Namespace) -> int:
    from roundtables.services.plenary import plenary_pages

    with open_store(args, writer=False) as store:
        harvest = store.harvest(store.find_event(args.event))
    plenary = plenary_pages(harvest, args.language)
    # The painter is a face (Qt): imported here, not when the command line starts.
    from roundtables.ui.plenary.pdf import write_plenary_pdf

    path = write_plenary_pdf(plenary, Path(args.output))
    print(f"Wrote {path} ({len(plenary.pages)} pages)")
    return 0

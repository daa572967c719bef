"""Entry point: the GUI when no subcommand is given, the command line otherwise."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from roundtables.cli import OneLineParser, fail, run


def gui_parser() -> OneLineParser:
    parser = OneLineParser(prog="roundtables", description="Open the Roundtables window.")
    parser.add_argument("--db", metavar="PATH", help="database file")
    parser.add_argument(
        "--table", metavar="EVENT:TABLE", help="open straight into a table, e.g. symposium:1"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if any(a in ("-h", "--help", "--version") for a in args[:1]) or _first_positional(args):
        return run(args)
    options = gui_parser().parse_args(args)
    return open_gui(options)


def _first_positional(args: list[str]) -> bool:
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg in ("--db", "--table"):
            skip = True
            continue
        if not arg.startswith("-"):
            return True
    return False


def open_gui(options: argparse.Namespace) -> int:
    from roundtables.domain import RoundtablesError

    try:
        from roundtables.ui.application import run_gui
    except ImportError as exc:  # e.g. a machine without the Qt libraries
        return fail(f"the window cannot open here: {exc}")
    try:
        return run_gui(db=options.db, table=options.table)
    except RoundtablesError as exc:
        return fail(str(exc))

"""The command line: ``roundtables SUBCOMMAND ...`` (see PRODUCT.md for the contract).

Each subcommand lives in a module under ``roundtables.commands`` that adds its
parser; heavy libraries (python-docx, the exchange code) load only when a
command runs.  Bad input ends with one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import NoReturn

from roundtables import __version__
from roundtables.domain import RoundtablesError

PROG = "roundtables"
COMMAND_MODULES = ("core", "exchange", "documents", "archive", "plenary")


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (and exit 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


Handler = Callable[[argparse.Namespace], int]


def db_option() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="database file (default: $ROUNDTABLES_DB or the per-user data folder)",
    )
    return parent


def build_parser() -> OneLineParser:
    parser = OneLineParser(
        prog=PROG,
        description="Run and harvest round-table discussions, offline.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH", default=None, help=argparse.SUPPRESS)
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=OneLineParser
    )
    parent = db_option()
    import importlib

    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"roundtables.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"roundtables.commands.{name}":
                continue  # that part of the app is not built yet
            raise
        module.register(subparsers, parent)
    return parser


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return handler(args)
    except RoundtablesError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return fail("interrupted", code=130)
    except BrokenPipeError:
        return 0
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else ""
        return fail(f"cannot use{where}: {exc.strerror or exc}")
    except Exception as exc:  # never a traceback for a person; one line instead
        if os.environ.get("ROUNDTABLES_DEBUG"):
            traceback.print_exc()
        return fail(f"internal error ({type(exc).__name__}: {exc}); set ROUNDTABLES_DEBUG=1")


def fail(message: str, *, code: int = 1) -> int:
    first_line = " ".join(str(message).split()) or "error"
    print(f"{PROG}: {first_line}", file=sys.stderr)
    return code

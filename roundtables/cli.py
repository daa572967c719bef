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
    parent.add_argument(
        "--check",
        action="store_true",
        default=argparse.SUPPRESS,
        help="read the whole database file first and refuse it if any page is damaged "
        "(done anyway after a crash and before an archive)",
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
    # Imported here rather than at the top, so that the GUI path (app.py) never loads
    # them; each module keeps its heavy imports (python-docx, the exchange) inside
    # its handlers.
    from roundtables.commands import archive, core, documents, exchange, plenary

    for module in (core, exchange, documents, archive, plenary):
        module.register(subparsers, parent)
    return parser


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    from roundtables.commands.common import GuardedOutput

    stdout = sys.stdout
    guarded = GuardedOutput(stdout)
    sys.stdout = guarded
    try:
        code = handler(args)
        guarded.flush()  # a full disk under `> file` is found here, not at exit
        return code
    except RoundtablesError as exc:
        if guarded.failed:
            _discard_output(stdout)
        return fail(str(exc))
    except KeyboardInterrupt:
        return fail("interrupted", code=130)
    except BrokenPipeError:
        return 0
    except Exception as exc:  # never a traceback for a person; one line instead
        from roundtables.commands.common import explain_failure

        explained = explain_failure(exc, args)
        if explained is not None:  # a full disk, a read-only folder, a busy database...
            return fail(str(explained))
        if os.environ.get("ROUNDTABLES_DEBUG"):
            traceback.print_exc()
        return fail(f"internal error ({type(exc).__name__}: {exc}); set ROUNDTABLES_DEBUG=1")
    finally:
        sys.stdout = stdout


def _discard_output(stream: object) -> None:
    """Drop what could not be written, so the interpreter does not retry it at exit."""
    import contextlib

    buffer = getattr(stream, "buffer", None)
    if buffer is None or not hasattr(stream, "fileno"):
        return
    with contextlib.suppress(OSError, ValueError):
        # Replace the descriptor by /dev/null: the buffered bytes then go nowhere.
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, stream.fileno())
        os.close(null)


def fail(message: str, *, code: int = 1) -> int:
    first_line = " ".join(str(message).split()) or "error"
    print(f"{PROG}: {first_line}", file=sys.stderr)
    return code

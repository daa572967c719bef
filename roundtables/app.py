"""Entry point: the GUI when no subcommand is given, the command line otherwise.

The GUI path parses its two options by hand: argparse and the command modules
are not needed to open a window, and start-up time is measured (make bench).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

GUI_USAGE = "usage: roundtables [--db PATH] [--table EVENT:TABLE] | roundtables COMMAND ..."


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if _wants_command_line(args):
        from roundtables.cli import run

        return run(args)
    try:
        db, table = _gui_options(args)
    except ValueError as exc:
        return _fail(f"{exc} ({GUI_USAGE})", code=2)
    return open_gui(db=db, table=table)


def _wants_command_line(args: list[str]) -> bool:
    """A subcommand, --help or --version anywhere outside the GUI's own options."""
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg in ("--db", "--table"):
            skip = True
        elif arg in ("-h", "--help", "--version") or not arg.startswith("-"):
            return True
    return False


def _gui_options(args: list[str]) -> tuple[str | None, str | None]:
    values: dict[str, str | None] = {"--db": None, "--table": None}
    rest = iter(args)
    for arg in rest:
        name, eq, value = arg.partition("=")
        if name not in values:
            raise ValueError(f"unknown option {arg}")
        if not eq:
            value = next(rest, "")
        if not value:
            raise ValueError(f"{name} needs a value")
        values[name] = value
    return values["--db"], values["--table"]


def _fail(message: str, *, code: int = 1) -> int:
    print(f"roundtables: {' '.join(message.split())}", file=sys.stderr)
    return code


def _utf8_locale() -> None:
    """Qt needs a UTF-8 locale: switch an empty environment's "C" to C.UTF-8 quietly.

    Qt would do the same, with a four-line warning on stderr; a laptop started from a
    stick with a bare environment (or ``env -i``) has no LANG at all.
    """
    import locale
    import os

    if os.name == "posix" and sys.platform != "darwin":
        if locale.nl_langinfo(locale.CODESET).upper().replace("-", "") != "UTF8":
            os.environ["LC_CTYPE"] = "C.UTF-8"


def open_gui(*, db: str | None, table: str | None) -> int:
    _utf8_locale()
    # The plain-Python layers load before Qt: once PySide6 is imported it hooks
    # every later import (its __feature__ machinery), which costs start-up time.
    import roundtables.storage  # noqa: F401
    from roundtables.domain import RoundtablesError

    try:
        # Qt itself, not our code: PySide6 fails here on a machine without the Qt
        # system libraries (libGL, xcb...); our own modules are imported statically.
        import PySide6.QtWidgets  # noqa: F401
    except ImportError as exc:
        return _fail(f"the window cannot open here: {exc}")
    # Started from a stick with one table kit beside the app: import it and open its
    # table.  The database stays where it always is (the laptop's user data folder).
    from roundtables.services.stick import kit_beside_app
    from roundtables.ui.application import run_gui

    kit = None if table else kit_beside_app()
    try:
        return run_gui(db=db, table=table, kit=kit)
    except RoundtablesError as exc:
        return _fail(str(exc))

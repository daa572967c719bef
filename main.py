"""Roundtables: with no argument the desktop app, with a subcommand the command line."""

from roundtables.app import main

if __name__ == "__main__":
    raise SystemExit(main())

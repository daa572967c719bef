"""Subcommands of the command line, one module per part of the app."""

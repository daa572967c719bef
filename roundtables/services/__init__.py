"""The application layer: each use case once, in plain Python, for the windows and the CLI."""

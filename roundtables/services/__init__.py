"""The application layer: each use case once, in plain Python (no Qt), called by
both the windows and the command line."""

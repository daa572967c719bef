"""The application layer: each use case once, plain Python (no Qt), for windows and CLI."""

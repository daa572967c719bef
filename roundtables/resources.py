"""Where the files shipped with the app live (templates, schemas, Word styles)."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A path inside ``resources/`` (the app runs from its source tree)."""
    return RESOURCES.joinpath(*parts)

"""The Word synthesis and per-table reports (python-docx, no Qt).

python-docx loads only when a document is built, so importing this package
(as the GUI does at start-up) stays cheap.

Public API::

    build_synthesis(harvest, path, *, template=None, attribution=None, draft=None,
                    language=None) -> Path
    build_table_report(harvest, table_number, path, *, template=None, attribution=None) -> Path

``attribution`` is "named", "organisation" or "anonymous" and can only make the
event's own policy and each participant's consent stricter (see
:mod:`roundtables.synthesis.attribution`).  Bad input raises
:class:`~roundtables.domain.RoundtablesError` with a one-line message.
"""

from __future__ import annotations

import os
from pathlib import Path

from roundtables.domain import EventHarvest

__all__ = ["build_synthesis", "build_table_report"]


def build_synthesis(
    harvest: EventHarvest,
    path: str | os.PathLike[str],
    *,
    template: str | os.PathLike[str] | None = None,
    attribution: str | None = None,
    draft: bool | None = None,
    language: str | None = None,
) -> Path:
    """Write the event's Word synthesis to ``path`` and return it.

    ``template``: an organisation's own .docx defining the styles (default: the
    base template); ``draft``: mark the document as a draft (default: unless the
    event is finalised); ``language``: "en", "nl" or "fr" (default: the event's).
    """
    from roundtables.synthesis.document import build

    return build(
        harvest, path, template=template, attribution=attribution, draft=draft,
        language=language,
    )


def build_table_report(
    harvest: EventHarvest,
    table_number: int,
    path: str | os.PathLike[str],
    *,
    template: str | os.PathLike[str] | None = None,
    attribution: str | None = None,
    draft: bool | None = None,
) -> Path:
    """Write one round table's report (the synthesis restricted to that table)."""
    from roundtables.synthesis.document import build

    return build(
        harvest,
        path,
        template=template,
        attribution=attribution,
        draft=draft,
        table_number=table_number,
    )

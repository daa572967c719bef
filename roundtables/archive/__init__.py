"""Archiving a finalised event: one self-describing ZIP, and checking one later.

``write_archive(store, event, path)`` writes the ZIP (database snapshot of the event,
``event.json`` with its JSON Schema, ``synthesis.docx``, attachments, Datasette
metadata, ``manifest.json``, ``SHA256SUMS`` and a README) and verifies it;
``verify_archive(path)`` returns an :class:`ArchiveReport` whose ``problems`` list
every changed, missing, extra or damaged member.  Neither imports Qt.
"""

from roundtables.archive.verify import ArchiveReport, verify_archive
from roundtables.archive.writer import (
    DATABASE,
    DATASETTE_METADATA,
    EVENT_JSON,
    EVENT_SCHEMA,
    SYNTHESIS,
    check_dump,
    datasette_metadata,
    event_schema,
    write_archive,
)

__all__ = [
    "DATABASE",
    "DATASETTE_METADATA",
    "EVENT_JSON",
    "EVENT_SCHEMA",
    "SYNTHESIS",
    "ArchiveReport",
    "check_dump",
    "datasette_metadata",
    "event_schema",
    "verify_archive",
    "write_archive",
]

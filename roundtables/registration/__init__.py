"""Participant lists from a registration export (CSV): read, map, preview, import.

The organiser's GUI walks these steps; each is a plain function so that it can be
tested without a screen:

1. :func:`read_registration` reads the file: the encoding (UTF-8 with or without a
   BOM, UTF-16 with a BOM, else Windows-1252) and the separator (comma, semicolon,
   tab) are detected, never asked.
2. :func:`propose_mapping` guesses which column holds which field from the headers,
   in English, Dutch or French; the caller may change the mapping (field -> column
   index) before going on.
3. :func:`parse_rows` (or :func:`preview` for the first rows) turns the rows into
   :class:`RegistrationRow` objects: consent normalised, duplicates flagged (against
   the file and the event's existing participants), problems listed per row.
4. :func:`import_participants` saves them (and table attendance) in one transaction.

A file that cannot be read, or lacks a name column, raises a one-line
:class:`RoundtablesError` and changes nothing.
"""

from roundtables.registration.csvfile import MAX_BYTES, RegistrationFile, read_registration
from roundtables.registration.rows import (
    ImportSummary,
    RegistrationRow,
    check_mapping,
    import_participants,
    parse_rows,
    preview,
)
from roundtables.registration.vocabulary import (
    FIELDS,
    ColumnMapping,
    normalise_consent,
    normalise_name,
    propose_mapping,
)

__all__ = [
    "FIELDS",
    "MAX_BYTES",
    "ColumnMapping",
    "ImportSummary",
    "RegistrationFile",
    "RegistrationRow",
    "check_mapping",
    "import_participants",
    "normalise_consent",
    "normalise_name",
    "parse_rows",
    "preview",
    "propose_mapping",
    "read_registration",
]

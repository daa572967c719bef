"""README.txt: the archive explained to someone who opens it in ten years."""

from __future__ import annotations

from typing import Any

from roundtables import __version__
from roundtables.domain import Event

# Plain text, 78 columns, no tool needed to read it.  Written in English: the
# archive's reader may not have the app, or know the language of the event.
_TEMPLATE = """\
ARCHIVE OF A ROUND-TABLE EVENT
==============================

Event:      {title}
Date:       {date}
Venue:      {venue}
Organiser:  {organiser}
Tables:     {tables}
Archived:   {created_at} (UTC) by Roundtables {version}
Event id:   {event_id}

This ZIP file holds everything that was recorded at the event, in open formats
that do not need Roundtables to be read: a database, the same content as JSON,
the Word synthesis and any attached files.  A list of checksums lets you prove
that nothing has changed since the archive was made.


WHAT IS IN THIS ARCHIVE
-----------------------

README.txt             This file.

synthesis.docx         The written synthesis of the event (Office Open XML, the
                       format of Microsoft Word; opens in LibreOffice too).
                       Most readers want this file.

event.json             The whole event as JSON (RFC 8259, UTF-8): the event,
                       its participants, the declaration of intention, the
                       round tables with their guiding questions and agenda,
                       and every note, action point and piece of feedback on
                       the declaration.  Records refer to each other by "id".

event.schema.json      A JSON Schema (draft 2020-12, json-schema.org) that
                       describes every field of event.json in words and lets a
                       program check the file.

roundtables.db         The event's database: SQLite 3 (sqlite.org), a single
                       self-contained file.  It holds this event only: other
                       events of the same organiser, deleted records and
                       unsaved drafts were left out when the copy was made.
                       Full-text indexes (notes_fts, action_points_fts,
                       article_feedback_fts) are included.

datasette-metadata.json
                       Titles and descriptions of the database's tables for
                       Datasette (datasette.io), a tool that publishes a
                       SQLite database as a website with search.

attachments/           Files attached to the tables (photos of flip-charts and
                       the like), one folder per table.  event.json names each
                       file under "attachments" (key "file").
{attachment_list}
manifest.json          The list of every file above with its size in bytes and
                       its SHA-256 checksum, and what the archive is of.

SHA256SUMS             The same checksums (and that of manifest.json) in the
                       format of the sha256sum program.


PRIVACY
-------

Participants chose how their words may be attributed: by name, by
organisation only, or not at all ("consent" in the participants list).
{policy}
{privacy}

HOW TO OPEN THE DATABASE
------------------------

Unzip the archive first.  Then any of these works:

  * DB Browser for SQLite (sqlitebrowser.org): File > Open Database.
  * The sqlite3 command-line program:
        sqlite3 roundtables.db ".tables"
        sqlite3 roundtables.db "SELECT text FROM notes LIMIT 10"
  * Datasette, to browse and search it in a web browser:
        datasette roundtables.db --metadata datasette-metadata.json
    then open http://127.0.0.1:8001 and use the search box on "notes".
  * Python:
        import sqlite3
        db = sqlite3.connect("roundtables.db")
        for (text,) in db.execute("SELECT text FROM notes"):
            print(text)

Main tables: events, round_tables, questions, agenda_segments, participants,
attendance, declaration_articles, notes, action_points, article_feedback,
attachments.  Each row has an "id"; notes, action points, feedback and
attachments point to their round table by "table_id", tables to the event by
"event_id".  Full-text search in SQL:
    SELECT notes.text FROM notes_fts JOIN notes ON notes.rowid = notes_fts.rowid
    WHERE notes_fts MATCH 'procurement';


HOW TO READ THE JSON
--------------------

event.json is plain text; any text editor shows it.  A program can read it
with any JSON library.  "format" is "roundtables-event" and "version" tells
which version of the format it is; event.schema.json explains every field.


HOW TO CHECK THAT NOTHING HAS CHANGED
-------------------------------------

Unzip the archive into an empty folder, open a terminal in that folder, then:

  Linux:    sha256sum -c SHA256SUMS
  macOS:    shasum -a 256 -c SHA256SUMS
  Windows:  certutil -hashfile synthesis.docx SHA256
            (or in PowerShell: Get-FileHash synthesis.docx)
            and compare with the line for that file in SHA256SUMS.

Every line must end in "OK".  Also check that the folder holds no file that
SHA256SUMS does not list (apart from SHA256SUMS itself).  With Roundtables
installed, "roundtables archive --verify {archive_name}" does all of this on
the ZIP itself.
"""


_NAMED = """\
The database and event.json still hold the names of everyone registered,
including those who asked not to be named, and which participant said which
note.  Respect their choice: do not publish the database or event.json as they
are.  The synthesis already applies each person's choice.  People deleted from
the event, withdrawn notes and conflicting versions set aside during the
hand-over are not in this archive at all.  To publish, make an anonymised
archive: roundtables archive EVENT -o FILE.zip --anonymise
"""

_ANONYMISED = """\
THIS ARCHIVE IS ANONYMISED: it names nobody.  Every participant's name, first
name and surname in every text was replaced by "a participant", exactly as the
anonymous synthesis replaces them; participants are listed without name,
organisation or e-mail; no note says who made it; keynote speakers,
facilitators, rapporteurs and action owners are shown only as the anonymous
synthesis shows them, and no organisation stands next to an owner.  The
synthesis is the anonymous one.  Photos are included as taken: look at them
before publishing.
"""


def readme_text(
    event: Event,
    *,
    tables: int,
    created_at: str,
    archive_name: str,
    attachment_files: list[str],
    anonymised: bool = False,
) -> str:
    """The README for an archive of ``event``."""
    if event.under_chatham_house:
        policy = (
            "This event was held under the Chatham House rule: nothing said may be\n"
            "attributed to anyone, whatever each participant's own choice."
        )
    else:
        policy = "This event attributed statements as each participant's choice allowed."
    listing = "".join(f"                         {name}\n" for name in attachment_files)
    if not attachment_files:
        listing = "                       (This event has no attachments.)\n"
    values: dict[str, Any] = {
        "title": event.title,
        "date": event.date or "(not recorded)",
        "venue": event.venue or "(not recorded)",
        "organiser": event.organiser or "(not recorded)",
        "tables": tables,
        "created_at": created_at,
        "version": __version__,
        "event_id": event.id,
        "attachment_list": listing,
        "policy": policy,
        "privacy": _ANONYMISED if anonymised else _NAMED,
        "archive_name": archive_name,
    }
    return _TEMPLATE.format(**values)

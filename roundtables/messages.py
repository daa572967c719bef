"""The catalogue of error messages raised below the faces, in English, marked for translation.

Each error a person can meet carries a ``code`` and its ``params``
(:class:`roundtables.domain.RoundtablesError`); this module holds, per code, the
English template with ``{placeholders}``.  The command line prints the English
text (``str(error)``); the windows look the template up here and show it in the
interface language (``roundtables.ui.errors.error_text``).

The templates are marked with :func:`QT_TRANSLATE_NOOP`, a no-op that
``pyside6-lupdate`` recognises, so ``tools/update_translations.py`` extracts them
into the .ts files under the context ``Errors`` without this module importing Qt.
A few parameters are themselves phrases of the catalogue (the ``doing`` of
"Cannot {doing} {path}"): :data:`PHRASE_PARAMS` names them, and the windows
translate their values too.

Raise through :func:`error`: ``raise error("no-table", event=slug, number=3)``.
"""

from __future__ import annotations

from roundtables.domain import RoundtablesError

CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction under ``context``; returns it unchanged."""
    return text


#: code -> English template.  Every code raised anywhere has an entry (tests/test_messages.py).
MESSAGES: dict[str, str] = {
    # ---- the disk and SQLite (storage/errors.py)
    "disk-full": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot {doing} {path}: the disk is full or the file too large; free some space on "
        "that disk (or choose a folder on another disk) and try again",
    ),
    "disk-error": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot {doing} {path}: the disk reported a read or write error (full, removed or "
        "failing); check the disk, free some space, and try again",
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot {doing} {path}: the database file is damaged; restore it from a backup or "
        "an archive",
    ),
    "not-a-database": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot {doing} {path}: the file is not a database (or is damaged); restore it from "
        "a backup",
    ),
    "read-only": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot {doing} {path}: the file or its folder is read-only; copy it to a folder you "
        "may write in",
    ),
    "access-refused": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot {doing} {path}: access was refused; check the file's permissions",
    ),
    "no-permission": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot {doing} {path}: permission denied or read-only; choose a folder you may "
        "write in",
    ),
    "busy": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot {doing} {path}: another program is using the file; close it there and try "
        "again",
    ),
    "cannot-open": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot {doing} {path}: the file cannot be opened; check that its folder exists and "
        "that you may write in it",
    ),
    "database-error": QT_TRANSLATE_NOOP("Errors", "Cannot {doing} {path}: {detail} ({name})"),
    "os-error": QT_TRANSLATE_NOOP("Errors", "Cannot {doing} {path}: {detail}"),
    # ---- opening a database (storage/database.py, opening.py, lock.py)
    "foreign-database": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not a Roundtables database; nothing was changed: open a Roundtables "
        "database or give a new file name",
    ),
    "newer-database": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} was written by a newer Roundtables (schema {found}, this version reads up "
        "to {supported}); nothing was changed: please update the app",
    ),
    "damaged-database": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is damaged ({detail}); nothing was changed: restore it from a backup or an "
        "archive",
    ),
    "is-a-folder": QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a database file"),
    "no-database": QT_TRANSLATE_NOOP("Errors", "No database at {path}"),
    "folder-read-only": QT_TRANSLATE_NOOP(
        "Errors", "Cannot write in {path}: the folder is read-only; choose a folder you may "
        "write in",
    ),
    "no-wal": QT_TRANSLATE_NOOP("Errors", "{path}: cannot switch to write-ahead logging"),
    "needs-upgrade": QT_TRANSLATE_NOOP(
        "Errors", "{path} needs an upgrade; open it for writing once",
    ),
    "upgrade-failed": QT_TRANSLATE_NOOP(
        "Errors", "{path}: upgrade failed, nothing changed: {detail}",
    ),
    "opened-read-only": QT_TRANSLATE_NOOP("Errors", "{path} is open read-only"),
    "hard-links": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} has {links} names (hard links) for one database file; SQLite keeps its log "
        "by name, so writing through two names loses data: use a copy instead of a hard "
        "link, or remove the other names",
    ),
    "already-open": QT_TRANSLATE_NOOP(
        "Errors",
        "The database {path} is already open for writing in another Roundtables process; "
        "close it there first",
    ),
    "already-open-by": QT_TRANSLATE_NOOP(
        "Errors",
        "The database {path} is already open for writing in another Roundtables process "
        "(process {process}); close it there first",
    ),
    # ---- dates as typed (dates.py)
    "not-a-date": QT_TRANSLATE_NOOP(
        "Errors", "Not a date: '{typed}' (day/month/year, e.g. 31/03/2027 or 2027-03-31)",
    ),
    "not-an-iso-date": QT_TRANSLATE_NOOP(
        "Errors", "Not a date (expected YYYY-MM-DD): '{typed}'",
    ),
    "no-such-day": QT_TRANSLATE_NOOP(
        "Errors", "No such day: '{typed}' (day/month/year, e.g. 31/03/2027 or 2027-03-31)",
    ),
    # ---- records (storage/store.py, records.py, search.py)
    "no-event-given": QT_TRANSLATE_NOOP("Errors", "No event given"),
    "no-event": QT_TRANSLATE_NOOP("Errors", "No event '{ref}' (see 'roundtables events')"),
    "ambiguous-event": QT_TRANSLATE_NOOP(
        "Errors", "'{ref}' matches {count} events; give more of the id",
    ),
    "not-a-table-number": QT_TRANSLATE_NOOP("Errors", "Not a table number: '{number}'"),
    "no-table": QT_TRANSLATE_NOOP("Errors", "Event '{event}' has no table {number}"),
    "empty-note": QT_TRANSLATE_NOOP("Errors", "A note needs some text"),
    "unknown-note-type": QT_TRANSLATE_NOOP(
        "Errors", "Unknown note type '{type}' (known: {known})"
    ),
    "event-finalised": QT_TRANSLATE_NOOP(
        "Errors", "Event '{event}' is finalised and read-only; reopen it to change it",
    ),
    "unknown-record-kind": QT_TRANSLATE_NOOP("Errors", "Unknown record kind '{kind}'"),
    "unknown-stored-value": QT_TRANSLATE_NOOP(
        "Errors",
        "{path}: the {table} table holds '{value}' as a {field}, which this Roundtables "
        "does not know (known: {known}); nothing was changed: restore the file from a "
        "backup, or open it with the Roundtables that wrote it",
    ),
    "not-saved": QT_TRANSLATE_NOOP("Errors", "Cannot save the {kind}: {detail}"),
    "search-needs-a-word": QT_TRANSLATE_NOOP("Errors", "Search for at least one word"),
    "unknown-search-kind": QT_TRANSLATE_NOOP("Errors", "Cannot search '{kind}'"),
    # ---- registration lists (registration/csvfile.py, rows.py)
    "csv-too-large": QT_TRANSLATE_NOOP(
        "Errors", "{file} is too large for a registration list (over 50 MB)",
    ),
    "csv-is-a-folder": QT_TRANSLATE_NOOP("Errors", "{file} is a folder, not a CSV file"),
    "csv-unreadable": QT_TRANSLATE_NOOP("Errors", "{file} is not a readable CSV file: {detail}"),
    "csv-empty": QT_TRANSLATE_NOOP("Errors", "{file} is empty: no header row found"),
    "csv-not-text": QT_TRANSLATE_NOOP(
        "Errors", "{file} is not a text file (not UTF-8 or Windows-1252); save it as CSV",
    ),
    "csv-binary": QT_TRANSLATE_NOOP("Errors", "{file} is not a text file; save the list as CSV"),
    "csv-unknown-field": QT_TRANSLATE_NOOP("Errors", "Unknown participant field '{field}'"),
    "csv-no-column": QT_TRANSLATE_NOOP("Errors", "{file} has no column {column} (for {field})"),
    "csv-column-twice": QT_TRANSLATE_NOOP(
        "Errors", "A column is mapped to two fields; map each column once",
    ),
    "csv-no-name-column": QT_TRANSLATE_NOOP(
        "Errors",
        "{file} has no 'name' column (nor first/last name): add one or choose it in the "
        "column mapping",
    ),
    "csv-no-table": QT_TRANSLATE_NOOP(
        "Errors", "Line {line}: event '{event}' has no table {number}",
    ),
    # warnings on a row of a registration list (registration/rows.py)
    "row-too-many-cells": QT_TRANSLATE_NOOP(
        "Errors", "more cells than the header has columns: check quotes and separators",
    ),
    "row-no-name": QT_TRANSLATE_NOOP("Errors", "no name: this row will not be imported"),
    "row-consent-unclear": QT_TRANSLATE_NOOP(
        "Errors", "consent {given} not understood: set to anonymous",
    ),
    "row-table-unclear": QT_TRANSLATE_NOOP("Errors", "table {given} is not a table number"),
    "row-same-name-line": QT_TRANSLATE_NOOP("Errors", "same name as line {which}"),
    "row-same-email-line": QT_TRANSLATE_NOOP("Errors", "same email as line {which}"),
    "row-same-name-participant": QT_TRANSLATE_NOOP(
        "Errors", "same name as already a participant ({which})",
    ),
    "row-same-email-participant": QT_TRANSLATE_NOOP(
        "Errors", "same email as already a participant ({which})",
    ),
    # ---- event templates (templates.py) and Word templates (synthesis/template_safety.py)
    "no-template": QT_TRANSLATE_NOOP("Errors", "No template '{name}' (known: {known})"),
    "template-unreadable": QT_TRANSLATE_NOOP("Errors", "Cannot read template {file}: {detail}"),
    "template-not-json": QT_TRANSLATE_NOOP(
        "Errors", "Template {file} is not valid JSON (line {line}: {detail})",
    ),
    "template-field": QT_TRANSLATE_NOOP("Errors", "Template {file}: field '{field}' {problem}"),
    "template-field-missing": QT_TRANSLATE_NOOP(
        "Errors", "Template {file}: field '{field}' is missing",
    ),
    "template-field-kind": QT_TRANSLATE_NOOP(
        "Errors", "Template {file}: field '{field}' must be {kind}",
    ),
    "unsafe-template": QT_TRANSLATE_NOOP(
        "Errors",
        "Template {template} is refused: {why}; save a clean copy in Word (File > Save As "
        "> Word Document, .docx) and try again",
    ),
    "template-not-docx": QT_TRANSLATE_NOOP(
        "Errors", "Template {template} is not a Word .docx file ({detail})",
    ),
    "template-damaged": QT_TRANSLATE_NOOP(
        "Errors", "Template {template} is damaged: {part} ({detail})",
    ),
    "template-not-found": QT_TRANSLATE_NOOP("Errors", "Template not found: {path}"),
    "template-cannot-be-read": QT_TRANSLATE_NOOP(
        "Errors", "Template {template} cannot be read ({detail})",
    ),
    "template-lacks-styles": QT_TRANSLATE_NOOP(
        "Errors",
        "Template {template} lacks the Word styles {styles}; start from "
        "roundtables/resources/word/base.docx",
    ),
    # ---- the synthesis (synthesis/, services/synthesis.py)
    "unknown-language": QT_TRANSLATE_NOOP(
        "Errors", "Unknown language '{language}' (choose en, nl or fr)",
    ),
    "unknown-attribution": QT_TRANSLATE_NOOP(
        "Errors", "Unknown attribution '{value}' (choose named, organisation or anonymous)",
    ),
    "not-a-docx-target": QT_TRANSLATE_NOOP(
        "Errors", "The document must be a .docx file, not '{file}'",
    ),
    "synthesis-target-kind": QT_TRANSLATE_NOOP(
        "Errors", "The synthesis must be a .docx or .pdf file, not '{file}'",
    ),
    "folder-not-found": QT_TRANSLATE_NOOP("Errors", "Folder not found: {path}"),
    "target-is-a-folder": QT_TRANSLATE_NOOP("Errors", "{path} is a folder"),
    "no-libreoffice": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot write {file}: LibreOffice is not installed; write a .docx instead or install "
        "LibreOffice",
    ),
    "libreoffice-timeout": QT_TRANSLATE_NOOP(
        "Errors", "LibreOffice took more than {seconds} s to write {file}",
    ),
    "libreoffice-failed": QT_TRANSLATE_NOOP(
        "Errors", "LibreOffice could not write {file}: {detail}",
    ),
    "merge-needs-two": QT_TRANSLATE_NOOP("Errors", "Select at least two action points to merge"),
    "merge-needs-wording": QT_TRANSLATE_NOOP(
        "Errors", "The merged action point needs a wording",
    ),
    "themes-merge-two": QT_TRANSLATE_NOOP("Errors", "Select two or more themes to merge"),
    "theme-needs-title": QT_TRANSLATE_NOOP("Errors", "A theme needs a title"),
    "theme-gone": QT_TRANSLATE_NOOP("Errors", "That theme no longer exists"),
    "event-not-found": QT_TRANSLATE_NOOP("Errors", "No event '{ref}'"),
    "table-not-found": QT_TRANSLATE_NOOP("Errors", "No table with id '{ref}'"),
    "not-a-table-ref": QT_TRANSLATE_NOOP(
        "Errors", "Give the table as EVENT:TABLE (e.g. symposium:1), not '{ref}'",
    ),
    # ---- the plenary handout (ui/plenary/pdf.py)
    "pdf-target-kind": QT_TRANSLATE_NOOP("Errors", "{path}: give a file name ending in .pdf"),
    "pdf-folder-missing": QT_TRANSLATE_NOOP(
        "Errors", "The folder {path} does not exist (was the stick removed?)",
    ),
    "pdf-empty": QT_TRANSLATE_NOOP("Errors", "Could not write {path}: the PDF came out empty"),
    "pdf-not-written": QT_TRANSLATE_NOOP("Errors", "Could not write {path}"),
    # ---- table kits on a stick (services/stick.py)
    "no-portable-app": QT_TRANSLATE_NOOP(
        "Errors",
        "The portable app is not here to copy: run `make bundle` first, or write the kits "
        "from the portable app itself",
    ),
    "no-tables-for-kits": QT_TRANSLATE_NOOP(
        "Errors", "Event '{event}' has no tables to write kits for",
    ),
    "stick-not-a-folder": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a folder (was the stick removed?)",
    ),
    "stick-too-small": QT_TRANSLATE_NOOP(
        "Errors", "{path} has {free} MB free; the app and kits need {needed} MB",
    ),
    "stick-not-written": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot write the app and kit to {path}: {detail} (is the stick full or removed?)",
    ),
    # ---- the archive (archive/writer.py, verify.py)
    "event-gone": QT_TRANSLATE_NOOP("Errors", "Event '{event}' no longer exists"),
    "event-not-finalised": QT_TRANSLATE_NOOP(
        "Errors",
        "Event '{event}' is not finalised; finalise it before archiving (roundtables "
        "finalise {event})",
    ),
    "archive-not-written": QT_TRANSLATE_NOOP(
        "Errors", "Cannot write the archive {file}: {detail}",
    ),
    "archive-target-is-a-folder": QT_TRANSLATE_NOOP(
        "Errors", "{path} is a folder; give the archive a file name",
    ),
    "archive-copy-damaged": QT_TRANSLATE_NOOP(
        "Errors", "The archive's database copy is damaged: {detail}",
    ),
    "archive-copy-unmendable": QT_TRANSLATE_NOOP(
        "Errors", "The archive's database copy has references that cannot be mended",
    ),
    "archive-no-synthesis": QT_TRANSLATE_NOOP(
        "Errors", "The Word synthesis could not be written for the archive",
    ),
    "event-json-invalid": QT_TRANSLATE_NOOP(
        "Errors", "The event JSON does not follow its schema at {where}: {detail}",
    ),
    # what checking an archive found (archive/verify.py), one line each
    "archive-intact": QT_TRANSLATE_NOOP(
        "Errors", "{file}: intact, {checked} files checked ({event})",
    ),
    "archive-damaged-one": QT_TRANSLATE_NOOP(
        "Errors", "{file} has been changed or damaged (1 problem): {problems}",
    ),
    "archive-damaged": QT_TRANSLATE_NOOP(
        "Errors", "{file} has been changed or damaged ({count} problems): {problems}",
    ),
    "archive-more-problems": QT_TRANSLATE_NOOP("Errors", "and {count} more"),
    "archive-member-unsafe": QT_TRANSLATE_NOOP("Errors", "unsafe file name {name}"),
    "archive-member-twice": QT_TRANSLATE_NOOP("Errors", "{manifest} lists a member twice"),
    "archive-member-missing": QT_TRANSLATE_NOOP("Errors", "{name} is missing"),
    "archive-member-added": QT_TRANSLATE_NOOP(
        "Errors", "{name} was added (not in the manifest)",
    ),
    "archive-member-resized": QT_TRANSLATE_NOOP(
        "Errors", "{name} changed (size {size} bytes, expected {expected})",
    ),
    "archive-member-changed": QT_TRANSLATE_NOOP("Errors", "{name} changed (SHA-256 differs)"),
    "archive-checksums-differ": QT_TRANSLATE_NOOP(
        "Errors", "{name} does not match the manifest",
    ),
    "archive-unreadable": QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {detail}"),
    "archive-damaged-zip": QT_TRANSLATE_NOOP(
        "Errors", "{file} is truncated or damaged ({detail})",
    ),
    "archive-member-problem": QT_TRANSLATE_NOOP("Errors", "{file}: {detail}"),
    "demo-unreadable": QT_TRANSLATE_NOOP(
        "Errors", "Demo content {file} cannot be read: {detail}; reinstall Roundtables",
    ),
    "folder-missing": QT_TRANSLATE_NOOP("Errors", "Folder {path} does not exist"),
    "no-file": QT_TRANSLATE_NOOP("Errors", "No file at {path}"),
    "archive-is-a-folder": QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not an archive"),
    "archive-truncated": QT_TRANSLATE_NOOP(
        "Errors", "{file} is truncated or damaged (unreadable ZIP)",
    ),
    "archive-not-zip": QT_TRANSLATE_NOOP("Errors", "{file} is not a ZIP archive"),
    "archive-no-manifest": QT_TRANSLATE_NOOP(
        "Errors", "{file} has no {manifest}: not a Roundtables archive",
    ),
    "archive-manifest-too-large": QT_TRANSLATE_NOOP(
        "Errors", "{file}: {manifest} is implausibly large",
    ),
    "archive-manifest-damaged": QT_TRANSLATE_NOOP(
        "Errors", "{file}: {manifest} is damaged ({detail})",
    ),
    "archive-foreign": QT_TRANSLATE_NOOP("Errors", "{file} is not a Roundtables archive"),
    "archive-version": QT_TRANSLATE_NOOP(
        "Errors", "{file} is archive version {found}; this Roundtables reads version "
        "{supported}",
    ),
    "archive-no-members": QT_TRANSLATE_NOOP(
        "Errors", "{file}: {manifest} has no valid list of members",
    ),
    # ---- importing kits and results files (exchange/merge.py); the summary line names
    # the file, so these say what is wrong with it and what to do
    "import-slug-taken": QT_TRANSLATE_NOOP(
        "Errors",
        "another event here already uses the short name '{slug}'; this file belongs to a "
        "different event",
    ),
    "import-table-number-taken": QT_TRANSLATE_NOOP(
        "Errors", "this event already has a different table {number} here",
    ),
    "import-database-refused": QT_TRANSLATE_NOOP(
        "Errors", "the database refused it ({detail}); nothing was imported from this file",
    ),
    "import-unstorable": QT_TRANSLATE_NOOP(
        "Errors", "the file holds data that cannot be stored ({detail}); nothing was imported",
    ),
    # ---- reading a kit or results file (exchange/reader.py, format.py): said of the file
    "exchange-is-a-folder": QT_TRANSLATE_NOOP("Errors", "this is a folder, not a file"),
    "exchange-no-file": QT_TRANSLATE_NOOP("Errors", "no such file"),
    "exchange-no-permission": QT_TRANSLATE_NOOP(
        "Errors", "the file cannot be read (permission denied)",
    ),
    "exchange-unreadable": QT_TRANSLATE_NOOP("Errors", "the file cannot be read ({detail})"),
    "exchange-not-zip": QT_TRANSLATE_NOOP(
        "Errors", "not a ZIP file (is this really a kit or results file?)",
    ),
    "exchange-no-manifest": QT_TRANSLATE_NOOP(
        "Errors", "not a Roundtables exchange file (a ZIP without {manifest})",
    ),
    "exchange-unexpected-member": QT_TRANSLATE_NOOP(
        "Errors", "unexpected member '{name}': not part of the format",
    ),
    "exchange-attachments-too-large": QT_TRANSLATE_NOOP(
        "Errors",
        "the attachments add up to {size} bytes (limit {limit}); hand in fewer or smaller "
        "photos",
    ),
    "exchange-member-missing": QT_TRANSLATE_NOOP(
        "Errors", "the contents do not match the manifest (missing {name})",
    ),
    "exchange-member-unlisted": QT_TRANSLATE_NOOP(
        "Errors", "the contents do not match the manifest (unlisted member {name})",
    ),
    "exchange-checksum": QT_TRANSLATE_NOOP(
        "Errors", "{name} was changed after the file was written (its checksum differs)",
    ),
    "exchange-foreign": QT_TRANSLATE_NOOP(
        "Errors", "not a Roundtables exchange file (manifest of another format)",
    ),
    "exchange-newer-format": QT_TRANSLATE_NOOP(
        "Errors",
        "written by a newer Roundtables (format version {found}; this app reads up to "
        "{supported}); update the app to import it",
    ),
    "exchange-kit-not-results": QT_TRANSLATE_NOOP(
        "Errors",
        "this is {found_kind}, not {wanted_kind} (import kits with File ▸ Import table kit "
        "or results… in the start window, or 'roundtables import'; results are written with "
        "'Hand in results…' or 'roundtables export')",
    ),
    "exchange-wrong-kind": QT_TRANSLATE_NOOP(
        "Errors",
        "this is {found_kind}, not {wanted_kind} (import it with 'roundtables import' "
        "instead)",
    ),
    "exchange-event-not-in-payload": QT_TRANSLATE_NOOP(
        "Errors", "the payload does not hold the event the manifest names",
    ),
    "exchange-table-not-in-payload": QT_TRANSLATE_NOOP(
        "Errors", "the payload does not hold the table the manifest names",
    ),
    "exchange-table-differs": QT_TRANSLATE_NOOP(
        "Errors", "the table in the payload differs from the manifest",
    ),
    "exchange-kit-carries": QT_TRANSLATE_NOOP("Errors", "a table kit cannot carry {records}"),
    "exchange-record-elsewhere": QT_TRANSLATE_NOOP(
        "Errors", "{records} record {id} belongs to another table or event",
    ),
    "exchange-attachment-damaged": QT_TRANSLATE_NOOP(
        "Errors", "attachment '{name}' is missing or damaged",
    ),
    "exchange-stray-attachment": QT_TRANSLATE_NOOP(
        "Errors", "{name} belongs to no attachment record",
    ),
    "exchange-record-twice": QT_TRANSLATE_NOOP("Errors", "the payload lists a record twice"),
    "json-too-large": QT_TRANSLATE_NOOP(
        "Errors", "{what} is too large ({size} bytes; limit {limit})",
    ),
    "json-not-utf8": QT_TRANSLATE_NOOP("Errors", "{what} is not UTF-8 text"),
    "json-too-deep": QT_TRANSLATE_NOOP(
        "Errors", "{what} is nested too deeply ({depth} levels; limit {limit})",
    ),
    "json-huge-number": QT_TRANSLATE_NOOP("Errors", "{what} holds a number with {digits} digits"),
    "json-fraction": QT_TRANSLATE_NOOP(
        "Errors", "{what} holds a fractional number ({number}); the format has none",
    ),
    "json-constant": QT_TRANSLATE_NOOP("Errors", "{what} holds {name}, which is not JSON"),
    "json-repeated-key": QT_TRANSLATE_NOOP("Errors", "{what} repeats a key in one object"),
    "json-nul": QT_TRANSLATE_NOOP("Errors", "{what} holds a NUL character ({point}) in its text"),
    "json-broken-character": QT_TRANSLATE_NOOP(
        "Errors", "{what} holds a broken character ({point}) in its text",
    ),
    "json-invalid": QT_TRANSLATE_NOOP("Errors", "{what} is not valid JSON ({detail})"),
    "schema-unreadable": QT_TRANSLATE_NOOP("Errors", "The schema {name} cannot be read: {detail}"),
    "format-mismatch": QT_TRANSLATE_NOOP("Errors", "{what} does not match the format"),
    "format-mismatch-at": QT_TRANSLATE_NOOP(
        "Errors", "{what} does not match the format at {where}: {reason}",
    ),
    # ---- what a file may change (exchange/authority.py)
    "exchange-file-event-deleted": QT_TRANSLATE_NOOP(
        "Errors",
        "the file's event '{event}' is deleted; a file cannot delete it (ask for a new file)",
    ),
    "exchange-file-event-finalised": QT_TRANSLATE_NOOP(
        "Errors",
        "the file's event '{event}' is finalised: its records can no longer change (ask the "
        "organiser)",
    ),
    "exchange-file-table-deleted": QT_TRANSLATE_NOOP(
        "Errors",
        "the file's table {number} is deleted; a file cannot delete it (ask for a new file)",
    ),
    "exchange-event-deleted-here": QT_TRANSLATE_NOOP(
        "Errors", "event '{event}' was deleted here; nothing imported",
    ),
    "exchange-event-finalised-here": QT_TRANSLATE_NOOP(
        "Errors", "event '{event}' is finalised and read-only here; reopen it to import",
    ),
    "exchange-table-moved": QT_TRANSLATE_NOOP(
        "Errors", "table {number} belongs to another event here; a file cannot move a table",
    ),
    "exchange-table-deleted-here": QT_TRANSLATE_NOOP(
        "Errors", "table {number} was deleted here; nothing imported",
    ),
    "exchange-event-not-held": QT_TRANSLATE_NOOP(
        "Errors",
        "this database does not hold event '{event}'; import the table kit from the "
        "organiser first (File ▸ Import table kit or results…, or 'roundtables import'), "
        "then the results",
    ),
    "exchange-table-not-held": QT_TRANSLATE_NOOP(
        "Errors",
        "this database does not hold table {number}; import the table kit from the "
        "organiser first (File ▸ Import table kit or results…, or 'roundtables import'), "
        "then the results",
    ),
    "exchange-kit-without-organiser": QT_TRANSLATE_NOOP(
        "Errors",
        "this table kit does not name its organiser database (written by an older "
        "Roundtables); ask the organiser to write the kit again",
    ),
    "exchange-other-organiser": QT_TRANSLATE_NOOP(
        "Errors",
        "event '{event}' here comes from another organiser database; a kit may only update "
        "the organiser's own event",
    ),
    "exchange-held-under-another-event": QT_TRANSLATE_NOOP(
        "Errors",
        "{record_kind} {id} exists here under another event; a file may only change its own "
        "table's records",
    ),
    "exchange-held-under-another-table": QT_TRANSLATE_NOOP(
        "Errors",
        "{record_kind} {id} exists here under another table; a file may only change its own "
        "table's records",
    ),
    "exchange-unknown-reference": QT_TRANSLATE_NOOP(
        "Errors",
        "the file refers to {record_kind} {id}, which this database does not hold; import "
        "the table kit from the organiser first",
    ),
    "exchange-foreign-reference": QT_TRANSLATE_NOOP(
        "Errors", "the file refers to {record_kind} {id} of another table or event",
    ),
    # ---- writing kits and results (exchange/writer.py)
    "exchange-event-not-here": QT_TRANSLATE_NOOP(
        "Errors", "Event '{event}' is not in this database",
    ),
    "exchange-manifest-differs": QT_TRANSLATE_NOOP("Errors", "its manifest differs"),
    "exchange-unstorable-text": QT_TRANSLATE_NOOP(
        "Errors",
        "The {field} of {records} record {id} holds a NUL or a broken character; edit it, "
        "then hand in again",
    ),
    # ---- hand-over conflicts (exchange/conflicts.py)
    "no-conflict": QT_TRANSLATE_NOOP("Errors", "No conflict '{id}'"),
    "conflict-choice": QT_TRANSLATE_NOOP("Errors", "Choose one of {choices}, not '{choice}'"),
    "conflict-resolved": QT_TRANSLATE_NOOP(
        "Errors", "This conflict is already resolved ({resolution})",
    ),
    "conflict-record-gone": QT_TRANSLATE_NOOP(
        "Errors", "The {record_kind} of this conflict is gone",
    ),
    "conflict-nothing-to-combine": QT_TRANSLATE_NOOP(
        "Errors", "A {record_kind} has no text to combine; pick one",
    ),
    "conflict-empty-combination": QT_TRANSLATE_NOOP(
        "Errors", "The combined text is empty; write it or pick one version",
    ),
    # ---- the ZIP container under kits, results and archives (container.py)
    "zip-unsafe-name": QT_TRANSLATE_NOOP("Errors", "unsafe member name '{name}' ({fault})"),
    "not-a-plain-name": QT_TRANSLATE_NOOP(
        "Errors", "Refusing to write '{name}': not a plain file name in {folder}",
    ),
    "zip-damaged": QT_TRANSLATE_NOOP("Errors", "not a ZIP file, or a damaged one"),
    "zip-empty": QT_TRANSLATE_NOOP("Errors", "the file is empty (0 bytes); copy it again"),
    "zip-too-large": QT_TRANSLATE_NOOP(
        "Errors", "the file is too large ({size} bytes; limit {limit})",
    ),
    "zip-not-zip": QT_TRANSLATE_NOOP("Errors", "not a ZIP file"),
    "zip-no-end-record": QT_TRANSLATE_NOOP(
        "Errors", "the file is truncated or damaged (no end-of-archive record)",
    ),
    "zip-several-disks": QT_TRANSLATE_NOOP(
        "Errors", "the file spans several disks, which the format does not use",
    ),
    "zip-too-many-members": QT_TRANSLATE_NOOP(
        "Errors", "the file has too many members ({count}; limit {limit})",
    ),
    "zip-directory-out-of-range": QT_TRANSLATE_NOOP(
        "Errors", "the file is truncated or damaged (directory out of range)",
    ),
    "zip-directory-too-large": QT_TRANSLATE_NOOP(
        "Errors",
        "the file is damaged or forged (its directory is larger than its end record allows)",
    ),
    "zip-directory-disagrees": QT_TRANSLATE_NOOP(
        "Errors", "the file is damaged or forged (its directory disagrees with its end record)",
    ),
    "zip-short-entry": QT_TRANSLATE_NOOP(
        "Errors", "the file is truncated or damaged (short directory entry)",
    ),
    "zip-name-too-long": QT_TRANSLATE_NOOP("Errors", "a member name is too long ({size} bytes)"),
    "zip-bad-zip64": QT_TRANSLATE_NOOP(
        "Errors", "the file is truncated or damaged (bad ZIP64 record)",
    ),
    "zip-member-twice": QT_TRANSLATE_NOOP("Errors", "the member '{name}' appears twice"),
    "zip-member-encrypted": QT_TRANSLATE_NOOP("Errors", "the member '{name}' is encrypted"),
    "zip-member-compression": QT_TRANSLATE_NOOP(
        "Errors", "the member '{name}' uses an unsupported compression",
    ),
    "zip-member-bomb": QT_TRANSLATE_NOOP(
        "Errors", "the member '{name}' would expand to {size} bytes (limit {limit}; a zip bomb?)",
    ),
    "zip-bomb": QT_TRANSLATE_NOOP(
        "Errors", "the contents would expand to more than {limit} bytes (a zip bomb?)",
    ),
    "zip-member-damaged": QT_TRANSLATE_NOOP("Errors", "{name} is damaged ({detail})"),
    "zip-member-over-limit": QT_TRANSLATE_NOOP(
        "Errors", "{name} is larger than its limit of {limit} bytes",
    ),
    "zip-member-size": QT_TRANSLATE_NOOP("Errors", "{name} is damaged (its size does not match)"),
    "zip-no-folder": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot write {path}: the folder {folder} does not exist (was the stick removed?)",
    ),
    "zip-not-written": QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {cause}"),
    "zip-not-intact": QT_TRANSLATE_NOOP(
        "Errors", "Cannot write {path}: it did not read back intact ({detail})",
    ),
}

#: Phrases that fill a parameter of :data:`PHRASE_PARAMS`: what was being done when the
#: disk said no (``{doing}``), what a file or record is, why a name or a write failed.
PHRASES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Errors", "save to"),
    QT_TRANSLATE_NOOP("Errors", "open"),
    QT_TRANSLATE_NOOP("Errors", "read"),
    QT_TRANSLATE_NOOP("Errors", "write"),
    QT_TRANSLATE_NOOP("Errors", "create folder"),
    QT_TRANSLATE_NOOP("Errors", "write next to"),
    QT_TRANSLATE_NOOP("Errors", "copy the database for the archive to"),
    # what a file is ({found_kind}, {wanted_kind}: exchange/reader.py)
    QT_TRANSLATE_NOOP("Errors", "a table kit"),
    QT_TRANSLATE_NOOP("Errors", "a results file"),
    # what a record is ({record_kind}: exchange/authority.py, conflicts.py)
    QT_TRANSLATE_NOOP("Errors", "event"),
    QT_TRANSLATE_NOOP("Errors", "table"),
    QT_TRANSLATE_NOOP("Errors", "guiding question"),
    QT_TRANSLATE_NOOP("Errors", "agenda segment"),
    QT_TRANSLATE_NOOP("Errors", "participant"),
    QT_TRANSLATE_NOOP("Errors", "attendance"),
    QT_TRANSLATE_NOOP("Errors", "declaration article"),
    QT_TRANSLATE_NOOP("Errors", "note"),
    QT_TRANSLATE_NOOP("Errors", "action point"),
    QT_TRANSLATE_NOOP("Errors", "feedback"),
    QT_TRANSLATE_NOOP("Errors", "attachment"),
    # why a member name is unsafe ({fault}: container.unsafe_name_reason)
    QT_TRANSLATE_NOOP("Errors", "empty name"),
    QT_TRANSLATE_NOOP("Errors", "backslash"),
    QT_TRANSLATE_NOOP("Errors", "absolute path"),
    QT_TRANSLATE_NOOP("Errors", "points outside with '..'"),
    QT_TRANSLATE_NOOP("Errors", "control character"),
    QT_TRANSLATE_NOOP("Errors", "colon"),
    # why a write failed ({cause}: tempfiles.why)
    QT_TRANSLATE_NOOP("Errors", "the disk or stick is full"),
    QT_TRANSLATE_NOOP("Errors", "the folder is read-only or not writable"),
    QT_TRANSLATE_NOOP("Errors", "the stick was removed or is failing"),
)

#: Parameters whose value is one of :data:`PHRASES` (translated with the message).
PHRASE_PARAMS = frozenset(
    {"doing", "found_kind", "wanted_kind", "record_kind", "fault", "cause"}
)


def english(code: str, params: dict[str, str]) -> str:
    """The English message for ``code`` filled with ``params``."""
    return MESSAGES[code].format(**params)


class Message(str):
    """A line of the catalogue filled in: reads as its English text, keeps its ``code``
    and ``params`` so a window can word it in the interface language (``error_text``).

    For what is reported rather than raised: the problems a check found, the warnings
    on a registration row.
    """

    code: str
    params: dict[str, str]

    def __new__(cls, code: str, /, **params: object) -> Message:
        text = {name: str(value) for name, value in params.items()}
        line = super().__new__(cls, english(code, text))
        line.code, line.params = code, text
        return line

    @classmethod
    def of(cls, exc: RoundtablesError) -> str:
        """An error's line as a message: coded when it has a catalogue code."""
        if exc.code in MESSAGES:
            return cls(exc.code, **exc.params)
        return str(exc)


def error(code: str, /, **params: object) -> RoundtablesError:
    """The error for ``code``: its English message, its code and its parameters.

    Every value is kept as text, so the windows can fill the translated template
    with the same values.  An unknown code is a programming error (KeyError).
    """
    text = {name: str(value) for name, value in params.items()}
    return RoundtablesError(english(code, text), code=code, params=text)

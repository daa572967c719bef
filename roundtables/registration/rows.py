"""From read cells to participants: the mapping checked, rows parsed, the import."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from roundtables.domain import (
    Attendance,
    Consent,
    Event,
    Participant,
    Record,
)
from roundtables.messages import Message, error
from roundtables.registration.csvfile import RegistrationFile
from roundtables.registration.vocabulary import (
    FIELDS,
    ColumnMapping,
    normalise_consent,
    normalise_name,
)
from roundtables.storage import Store


def check_mapping(reg: RegistrationFile, mapping: ColumnMapping) -> ColumnMapping:
    """The mapping completed with every field, checked; one-line error if unusable."""
    full: ColumnMapping = dict.fromkeys(FIELDS)
    for key, index in mapping.items():
        if key not in full:
            raise error("csv-unknown-field", field=key)
        if index is not None and not 0 <= index < len(reg.headers):
            raise error("csv-no-column", file=reg.name, column=index + 1, field=key)
        full[key] = index
    used = [i for i in full.values() if i is not None]
    if len(used) != len(set(used)):
        raise error("csv-column-twice")
    has_parts = full["first_name"] is not None or full["last_name"] is not None
    if full["name"] is None and not has_parts:
        raise error("csv-no-name-column", file=reg.name)
    return full


# ---------------------------------------------------------------- rows


@dataclass
class RegistrationRow:
    """One person from the file, parsed and checked, ready to import."""

    line: int
    name: str
    organisation: str = ""
    actor_type: str = ""
    consent: Consent = Consent.NAMED
    consent_given: str = ""  # the cell as typed, shown in the preview
    email: str = ""
    table: int | None = None
    duplicate: str = ""  # why this person looks like someone already listed (a Message)
    problems: list[str] = field(default_factory=list)  # warnings, each a Message

    @property
    def importable(self) -> bool:
        """True when the row has a name (problems like an odd consent are warnings)."""
        return bool(self.name)


def parse_rows(
    reg: RegistrationFile,
    mapping: ColumnMapping,
    *,
    default_consent: Consent = Consent.NAMED,
    existing: Sequence[Participant] = (),
    limit: int | None = None,
) -> list[RegistrationRow]:
    """The file's people with consent normalised and duplicates flagged.

    Duplicates (same folded name, or same email) are flagged against earlier rows of
    the file and against ``existing`` participants; the first occurrence is not.
    ``limit`` stops after that many rows (a preview), but duplicates are still judged
    against the whole file before it.
    """
    full = check_mapping(reg, mapping)
    # folded name / email -> (where it was first seen: "line" or "participant", which)
    seen_names: dict[str, tuple[str, str]] = {}
    seen_emails: dict[str, tuple[str, str]] = {}
    for person in existing:
        if person.deleted:
            continue
        where = ("participant", person.name)
        seen_names.setdefault(normalise_name(person.name), where)
        if person.email.strip():
            seen_emails.setdefault(person.email.strip().casefold(), where)

    def cell(row: list[str], key: str) -> str:
        index = full[key]
        return row[index] if index is not None else ""

    out: list[RegistrationRow] = []
    for line, row in zip(reg.lines, reg.rows, strict=True):
        if limit is not None and len(out) >= limit:
            break
        if not any(row):
            continue
        name = " ".join(cell(row, "name").split())
        if not name:
            name = " ".join(f"{cell(row, 'first_name')} {cell(row, 'last_name')}".split())
        parsed = RegistrationRow(
            line=line,
            name=name,
            organisation=cell(row, "organisation"),
            actor_type=cell(row, "actor_type"),
            consent_given=cell(row, "consent"),
            email=cell(row, "email"),
        )
        if line in reg.overflow:
            parsed.problems.append(Message("row-too-many-cells"))
        _fill_consent(parsed, default_consent)
        _fill_table(parsed, cell(row, "table"))
        if not name:
            parsed.problems.append(Message("row-no-name"))
        else:
            _flag_duplicate(parsed, seen_names, seen_emails)
        out.append(parsed)
    return out


def _fill_consent(row: RegistrationRow, default: Consent) -> None:
    consent = normalise_consent(row.consent_given, default)
    if consent is None:
        # An answer we cannot read must not expose anyone: the strictest level.
        row.consent = Consent.ANONYMOUS
        row.problems.append(Message("row-consent-unclear", given=repr(row.consent_given)))
    else:
        row.consent = consent


def _fill_table(row: RegistrationRow, value: str) -> None:
    digits = re.search(r"\d+", value)
    if digits:
        row.table = int(digits.group())
    elif value.strip():
        row.problems.append(Message("row-table-unclear", given=repr(value)))


def _flag_duplicate(
    row: RegistrationRow,
    names: dict[str, tuple[str, str]],
    emails: dict[str, tuple[str, str]],
) -> None:
    key = normalise_name(row.name)
    email = row.email.strip().casefold()
    if key in names:
        where, which = names[key]
        code = "row-same-name-line" if where == "line" else "row-same-name-participant"
        row.duplicate = Message(code, which=which)
    elif email and email in emails:
        where, which = emails[email]
        code = "row-same-email-line" if where == "line" else "row-same-email-participant"
        row.duplicate = Message(code, which=which)
    here = ("line", str(row.line))
    names.setdefault(key, here)
    if email:
        emails.setdefault(email, here)


def preview(
    reg: RegistrationFile,
    mapping: ColumnMapping,
    *,
    rows: int = 20,
    default_consent: Consent = Consent.NAMED,
    existing: Sequence[Participant] = (),
) -> list[RegistrationRow]:
    """The first ``rows`` people as they would be imported (for the mapping dialog)."""
    return parse_rows(
        reg, mapping, default_consent=default_consent, existing=existing, limit=rows
    )


# ---------------------------------------------------------------- import


@dataclass
class ImportSummary:
    """What :func:`import_participants` did."""

    imported: list[Participant]
    skipped: list[RegistrationRow]
    attendance: int = 0


def import_participants(
    store: Store,
    event: Event,
    rows: Sequence[RegistrationRow],
    table_assignments: Mapping[int, int] | None = None,
    *,
    skip_duplicates: bool = True,
) -> ImportSummary:
    """Save the rows as participants of ``event`` in one transaction (all or nothing).

    ``table_assignments`` maps a row's file line to a table number and overrides the
    file's own table column.  Rows without a name are skipped, and so are rows
    flagged as duplicates unless ``skip_duplicates`` is False.
    """
    tables = {t.number: t for t in store.tables(event.id)}
    assignments = dict(table_assignments or {})
    records: list[Record] = []
    imported: list[Participant] = []
    skipped: list[RegistrationRow] = []
    attendance = 0
    for row in rows:
        if not row.importable or (skip_duplicates and row.duplicate):
            skipped.append(row)
            continue
        person = Participant(
            event_id=event.id,
            name=row.name,
            organisation=row.organisation,
            actor_type=row.actor_type,
            consent=Consent(row.consent),
            email=row.email,
        )
        records.append(person)
        imported.append(person)
        number = assignments.get(row.line, row.table)
        if number is not None:
            if number not in tables:
                raise error("csv-no-table", line=row.line, event=event.slug, number=number)
            records.append(Attendance(table_id=tables[number].id, participant_id=person.id))
            attendance += 1
    if records:
        store.save_all(records)
    return ImportSummary(imported=imported, skipped=skipped, attendance=attendance)

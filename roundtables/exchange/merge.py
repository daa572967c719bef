"""Importing kits and results files: a safe, idempotent, all-or-nothing merge.

Records are matched by id.  For each incoming record, with *base* the version last
exchanged (``sync_state``):

* not here yet -> inserted (``imported``);
* identical to ours, or equal to the base (nothing new in the file), or older than
  ours while ours is unchanged since the base -> left alone (``unchanged``);
* newer revision while ours is unchanged since the base -> replaces ours (``updated``);
* ours changed since the base and the file's version differs too (or, without a base,
  both carry the same revision with different content) -> a ``conflict``: ours stays,
  the incoming version is kept in ``conflicts`` until a person picks or combines;
  unless both say the same (only who saved and when differ): then the higher
  revision is kept (ours at a tie, which becomes the base), no conflict.

A file is merged in one transaction; the same file twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from roundtables.domain import (
    RECORD_TYPES,
    Attachment,
    Record,
    RoundTable,
    RoundtablesError,
)
from roundtables.exchange.authority import check_scope, remember_organiser, run_times_only
from roundtables.exchange.format import (
    DEFAULT_LIMITS,
    KIT,
    Limits,
    attachment_member,
    item_hash,
    record_from_json,
    record_hash,
    record_to_json,
    same_content,
)
from roundtables.exchange.reader import ExchangePackage, read_package
from roundtables.exchange.reimport import already_merged
from roundtables.messages import error
from roundtables.storage import Store
from roundtables.storage.exchange_state import (
    Connection,
    DatabaseFailure,
    KeptConflict,
    conflict_already_kept,
    held_ids,
    keep_conflict,
    last_exchanged,
    number_used_by_another_table,
    record_arrivals,
    record_sync_state,
    slug_used_by_another_event,
)

#: What became of a record held here already (a record new here is simply imported).
UPDATED, UNCHANGED, CONFLICT = "updated", "unchanged", "conflicts"


@dataclass
class ImportCounts:
    """How many records a file brought in, changed, left alone, or put in conflict."""

    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    ignored: int = 0  # beyond the file's authority (the organiser's records), left alone


@dataclass
class ImportSummary:
    """The outcome of importing one file; a rejection is a summary, not an exception.

    ``outcome`` is ``imported`` when the file's table was new here, ``updated`` when
    anything changed or a conflict was found, ``unchanged`` when nothing did, and
    ``rejected`` (with ``reason``, one line) when the file was refused as a whole.
    """

    file: Path
    kind: str = ""
    outcome: str = "rejected"
    counts: ImportCounts = field(default_factory=ImportCounts)
    reason: str = ""
    #: Why the file was refused, with its catalogue code and parameters (the windows
    #: word it in the interface language; ``reason`` is its English line).
    error: RoundtablesError | None = None
    event_id: str = ""
    table_number: int | None = None

    @property
    def rejected(self) -> bool:
        return self.outcome == "rejected"

    def line(self) -> str:
        """The command line's one-line summary of this file."""
        if self.rejected:
            return f"{self.file.name}: rejected: {self.reason}"
        c = self.counts
        line = (
            f"{self.file.name}: imported {c.imported}, updated {c.updated}, "
            f"unchanged {c.unchanged}, conflicts {c.conflicts}"
        )
        if c.ignored:
            line += f", left to the organiser {c.ignored}"
        return line


def import_files(
    store: Store, paths: Iterable[str | Path], *, expect: str | None = None
) -> list[ImportSummary]:
    """Import several files, each on its own; a rejected one does not stop the rest."""
    return [import_file(store, path, expect=expect) for path in paths]


def import_file(
    store: Store,
    path: str | Path,
    *,
    expect: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> ImportSummary:
    """Check and merge one kit or results file in one transaction.

    ``expect`` ("results" or "table-kit") refuses the other kind with an explanation;
    without it both kinds are merged (a kit on a facilitator laptop creates its table).
    """
    path = Path(path)
    known = already_merged(store, path, expect)  # the same bytes, merged cleanly before
    if known is not None:
        return ImportSummary(file=path, kind=known.kind, outcome="unchanged",
                             counts=ImportCounts(unchanged=known.unchanged),
                             event_id=known.event_id, table_number=known.table_number)
    summary = ImportSummary(file=path)
    try:
        package = read_package(path, expect=expect, limits=limits)
        summary.kind = package.kind
        summary.event_id = package.event_id
        summary.table_number = package.table_number
        summary.outcome = _merge(store, package, summary.counts)
    except RoundtablesError as exc:
        _reject(summary, exc)
    except DatabaseFailure as exc:  # a database problem refuses this file, not the batch
        _reject(summary, error("import-database-refused", detail=" ".join(str(exc).split())))
    except (UnicodeError, OverflowError, ValueError) as exc:
        # Checked while reading; should any slip through, it still refuses only this file.
        _reject(summary, error("import-unstorable", detail=type(exc).__name__))
    return summary


def _reject(summary: ImportSummary, exc: RoundtablesError) -> None:
    summary.outcome = "rejected"
    summary.counts = ImportCounts()
    summary.error = exc
    summary.reason = " ".join(str(exc).split())


def _merge(store: Store, package: ExchangePackage, counts: ImportCounts) -> str:
    _check_target(store, package)
    table_is_new = store.get(RoundTable, package.table_id) is None
    origin = (package.path.name, package.table_number, package.device_id)
    changed: list[Record] = []
    with store.database.transaction() as conn:
        scope = check_scope(conn, package, store.database.device_id)
        for cls in RECORD_TYPES:
            items = package.records(cls.TABLE)
            known = held_ids(conn, cls.TABLE, [item["id"] for item in items])
            arrivals: list[tuple[Record, str]] = []  # never seen here: (record, its hash)
            for item in items:
                if not scope.may_write(cls.TABLE, item["id"]) and not run_times_only(
                    store, package, cls.TABLE, item
                ):
                    _leave_alone(store, cls, item, counts)
                    continue
                # Only an attachment record has a member of that name (the reader checks).
                content = package.attachments.get(attachment_member(item["id"]))
                incoming = record_from_json(cls, item, content)
                if incoming.id not in known:
                    arrivals.append((incoming, item_hash(item)))  # written together below
                    continue
                action = _merge_record(store, conn, incoming, package, origin)
                setattr(counts, action, getattr(counts, action) + 1)
                if action == UPDATED:
                    changed.append(incoming)
            # Records this database has never seen: one statement per kind, not per record.
            new_records = [record for record, _ in arrivals]
            store.put_exact_many(new_records)
            record_arrivals(conn, cls.TABLE, [(r.id, r.revision, d) for r, d in arrivals], origin)
            counts.imported += len(new_records)
            changed.extend(new_records)
        if package.kind == KIT:
            remember_organiser(conn, package)
        if counts.imported or counts.updated or counts.conflicts:
            outcome = "imported" if table_is_new else "updated"
        else:
            outcome = "unchanged"
        store.log_import(
            file_name=package.path.name, sha256=package.file_sha256, kind=package.kind,
            event_id=package.event_id, table_number=package.table_number,
            source_device=package.device_id, outcome=outcome, counts=dict(counts.__dict__),
        )
    if changed:
        store.notify_saved(changed)  # views refresh as after any other save
    return outcome


def _leave_alone(store: Store, cls: type[Record], item: dict[str, Any],
                counts: ImportCounts) -> None:
    """A record outside the file's authority: never written, only counted."""
    local = store.get(cls, item["id"])
    if local is not None and record_to_json(local) == item:
        counts.unchanged += 1
    else:
        counts.ignored += 1


def _check_target(store: Store, package: ExchangePackage) -> None:
    """Refuse before writing: ids that clash with other events or tables."""
    slug = package.records("events")[0]["slug"]
    if slug_used_by_another_event(store.conn, slug, package.event_id):
        raise error("import-slug-taken", slug=slug)
    if number_used_by_another_table(
        store.conn, package.event_id, package.table_number, package.table_id
    ):
        raise error("import-table-number-taken", number=package.table_number)


def _merge_record(
    store: Store,
    conn: Connection,
    incoming: Record,
    package: ExchangePackage,
    origin: tuple[str, int | None, str],
) -> str:
    """A record held here met again in a file: ``updated``, ``unchanged`` or a conflict."""
    table = incoming.TABLE
    digest = record_hash(incoming)
    local = store.get(type(incoming), incoming.id)
    assert local is not None  # only records held here come this way (``held_ids``)
    local_digest = record_hash(local)
    base = last_exchanged(conn, table, incoming.id)
    if local_digest == digest:
        if base is None or base.base_hash != digest:
            record_sync_state(conn, table, incoming.id, incoming.revision, digest)
        return UNCHANGED
    r_in, r_local = incoming.revision, local.revision
    if base is not None and digest == base.base_hash:
        return UNCHANGED  # the file brings nothing we have not seen
    local_changed = base is not None and local_digest != base.base_hash
    if not local_changed:
        if r_in > r_local:
            store.put_exact(incoming)
            record_sync_state(conn, table, incoming.id, r_in, digest, origin=origin)
            return UPDATED
        if r_in < r_local:
            return UNCHANGED  # an older copy of what we have
    elif base is not None and r_in < base.base_revision:
        return UNCHANGED  # older than what we last exchanged
    if same_content(local, incoming):
        # Both sides made the same change: nothing for a person to decide.
        if r_in > r_local:
            store.put_exact(incoming)
            record_sync_state(conn, table, incoming.id, r_in, digest, origin=origin)
            return UPDATED
        # Ours stays, and is now what both sides agree on: their next change is an update.
        record_sync_state(conn, table, incoming.id, r_local, local_digest)
        return UNCHANGED
    return _conflict(conn, local, incoming, digest, package)


def _conflict(
    conn: Connection,
    local: Record,
    incoming: Record,
    digest: str,
    package: ExchangePackage,
) -> str:
    if conflict_already_kept(conn, incoming.TABLE, incoming.id, digest):
        return UNCHANGED  # the same file (or the same version) again
    keep_conflict(
        conn,
        KeptConflict(
            kind=incoming.TABLE,
            record_id=incoming.id,
            event_id=package.event_id,
            table_number=package.table_number,
            local=record_to_json(local),
            incoming=record_to_json(incoming),
            incoming_hash=digest,
            incoming_content=incoming.content if isinstance(incoming, Attachment) else None,
            origin_file=package.path.name,
            origin_device=package.device_id,
        ),
    )
    return CONFLICT

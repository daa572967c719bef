"""What one imported file did, in one line of the interface language.

The hand-over page lists these lines, the start window shows one after a kit or
results file, the plenary lists the refused ones: one wording for all three.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from roundtables.ui.errors import error_text

if TYPE_CHECKING:  # the exchange loads on the first import, not at start-up
    from roundtables.exchange import ImportSummary


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportSummary", text)


def refusal_line(summary: ImportSummary) -> str:
    """``results.zip: rejected — why`` (the why from the error catalogue)."""
    reason = error_text(summary.error) if summary.error else summary.reason
    return _tr("{file}: rejected — {reason}").format(file=summary.file.name, reason=reason)


def summary_line(summary: ImportSummary, *, event_id: str | None = None) -> str:
    """Imported / updated / unchanged / conflicts for one file, or refused and why.

    With ``event_id`` (the page's own event) a file for another event says so.
    """
    if summary.rejected:
        return refusal_line(summary)
    outcome = {
        "imported": _tr("imported"),
        "updated": _tr("updated"),
        "unchanged": _tr("unchanged"),
    }.get(summary.outcome, summary.outcome)
    counts = summary.counts
    line = _tr(
        "{file} (table {number}): {outcome} — new {imported}, updated {updated}, "
        "unchanged {unchanged}, conflicts {conflicts}"
    ).format(
        file=summary.file.name,
        number=summary.table_number if summary.table_number is not None else "–",
        outcome=outcome,
        imported=counts.imported,
        updated=counts.updated,
        unchanged=counts.unchanged,
        conflicts=counts.conflicts,
    )
    if event_id and summary.event_id and summary.event_id != event_id:
        line += _tr(" (another event; open it from the start window)")
    return line

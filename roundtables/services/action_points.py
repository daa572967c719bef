"""Merging duplicate action points: what the rapporteur's saved merge writes.

The combining rule is :func:`roundtables.analysis.merge_actions`, the one the
synthesis uses for its plan, so the Word plan and the saved merge agree.
"""

from __future__ import annotations

import copy

from roundtables.analysis import merge_actions
from roundtables.domain import ActionPoint
from roundtables.messages import error


def merged_action_points(points: list[ActionPoint], wording: str) -> list[ActionPoint]:
    """The records a merge saves: the kept point (combined) and the others tombstoned.

    The combining rule is :func:`roundtables.analysis.merge_actions`, the same one
    the synthesis uses.  The inputs are not changed.
    """
    if len({p.id for p in points}) < 2:
        raise error("merge-needs-two")
    text = wording.strip()
    if not text:
        raise error("merge-needs-wording")
    merged = merge_actions(points)
    keep = copy.deepcopy(merged.lead)
    keep.action = text
    keep.votes = merged.votes
    keep.deadline = merged.deadline
    keep.owner = "; ".join(merged.owners)
    keep.institution = "; ".join(merged.institutions)
    keep.priority = merged.priority
    gone = []
    for point in merged.members[1:]:
        tombstone = copy.deepcopy(point)
        tombstone.deleted = True
        gone.append(tombstone)
    return [keep, *gone]

"""The whole event as open JSON: the ``dump`` command and the archive's format."""

from __future__ import annotations

import base64
import dataclasses
from typing import Any

from roundtables.domain import EventHarvest, NoteType, Record

DUMP_FORMAT = "roundtables-event"
DUMP_VERSION = 1

# Sync bookkeeping that means nothing to a reader of the archive.
_INTERNAL = {"deleted", "device_id", "revision", "TABLE"}


def record_dict(record: Record, *, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        if f.name in _INTERNAL or f.name in drop:
            continue
        value = getattr(record, f.name)
        if isinstance(value, list):
            value = [dataclasses.asdict(v) if isinstance(v, NoteType) else v for v in value]
        out[f.name] = value
    return out


def dump_event(harvest: EventHarvest, *, with_attachment_bytes: bool = False) -> dict[str, Any]:
    """The event as one JSON object with plainly named lists.

    ``event``, ``participants``, ``articles`` (the declaration), ``tables`` (each with
    its ``questions`` and ``agenda``), and the captured lists ``attendance``,
    ``notes``, ``action_points``, ``feedback`` and ``attachments``, each item naming
    its ``table_id`` and ``table_number``.  Attachment bytes only when asked (base64).
    """
    out: dict[str, Any] = {
        "format": DUMP_FORMAT,
        "version": DUMP_VERSION,
        "event": record_dict(harvest.event),
        "participants": [record_dict(p) for p in harvest.participants],
        "articles": [record_dict(a) for a in harvest.articles],
        "tables": [],
        "attendance": [],
        "notes": [],
        "action_points": [],
        "feedback": [],
        "attachments": [],
    }
    for th in harvest.tables:
        table = record_dict(th.table)
        table["questions"] = [record_dict(q, drop=("table_id",)) for q in th.questions]
        table["agenda"] = [record_dict(s, drop=("table_id",)) for s in th.segments]
        out["tables"].append(table)
        number = {"table_number": th.table.number}
        out["attendance"] += [record_dict(a) | number for a in th.attendance]
        out["notes"] += [record_dict(n) | number for n in th.notes]
        out["action_points"] += [record_dict(a) | number for a in th.action_points]
        out["feedback"] += [record_dict(f) | number for f in th.feedback]
        for att in th.attachments:
            item = record_dict(att, drop=("content",)) | number
            item["size"] = len(att.content)
            if with_attachment_bytes:
                item["content_base64"] = base64.b64encode(att.content).decode("ascii")
            out["attachments"].append(item)
    return out

"""The facilitator workspace's side panels, one per kind of harvest.

Each panel is a QWidget built as ``Panel(store, table, undo_stack, parent)`` with
``set_read_only(bool)``; its shortcuts are ``panel.actions()``.  Names are imported
on first use so the workspace opens without loading panels it does not show.
"""

from __future__ import annotations

import importlib
from typing import Any

_MODULES = {
    "ActionPointsPanel": "action_points",
    "DeclarationPanel": "declaration",
    "ParticipantsPanel": "participants",
    "AttachmentsPanel": "attachments",
    "Panel": "base",
}

__all__ = list(_MODULES)


def __getattr__(name: str) -> Any:
    if name not in _MODULES:
        raise AttributeError(name)
    module = importlib.import_module(f"{__name__}.{_MODULES[name]}")
    return getattr(module, name)

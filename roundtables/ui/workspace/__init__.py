"""The facilitator's table workspace: agenda and timer, capture, notes list, panels."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from roundtables.ui.workspace.window import TableWorkspace

__all__ = ["TableWorkspace"]


def __getattr__(name: str) -> Any:
    # The start window opens at start-up, the workspace window only when a table
    # opens: load it then (start-up time, make bench).
    if name == "TableWorkspace":
        from roundtables.ui.workspace.window import TableWorkspace

        return TableWorkspace
    raise AttributeError(name)

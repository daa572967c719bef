"""The facilitator's table workspace: agenda and timer, capture, notes list, panels."""

from roundtables.ui.workspace.window import TableWorkspace

__all__ = ["TableWorkspace"]

"""The facilitator workspace's side panels, one per kind of harvest.

Each panel is a QWidget built as ``Panel(store, table, undo_stack, parent)`` with
``set_read_only(bool)``; its shortcuts are ``panel.actions()``.  Import each from its
own module (``roundtables.ui.panels.action_points`` …): plain imports the tools see.
"""

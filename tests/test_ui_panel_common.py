"""What every workspace panel promises: sound models, names for assistive tools,
listed shortcuts, and read-only when the event is finalised."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from ui_session_support import session_for

from roundtables.domain import ActionPoint, Event, EventStatus, RoundTable
from roundtables.storage import Store
from roundtables.ui.panels.action_points import ActionPointsPanel
from roundtables.ui.panels.attachments import AttachmentsPanel
from roundtables.ui.panels.declaration import DeclarationPanel
from roundtables.ui.panels.participants import ParticipantsPanel

PANELS = (ActionPointsPanel, DeclarationPanel, ParticipantsPanel, AttachmentsPanel)
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView)


def _part_of_another(widget: QWidget, panel: QWidget) -> bool:
    """Inner parts of a combo box or a view (its popup, its line edit) are named by it."""
    parent = widget.parentWidget()
    while parent is not None and parent is not panel:
        if isinstance(parent, QComboBox | QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


@pytest.fixture
def table(store: Store, demo_event: Event) -> RoundTable:
    return store.find_table(demo_event, 1)


@pytest.mark.parametrize("panel_class", PANELS)
def test_interactive_widgets_have_accessible_names(qtbot, store, table, panel_class):
    panel = panel_class(session_for(store, table), table)
    qtbot.addWidget(panel)
    unnamed = [
        type(w).__name__
        for w in panel.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and not w.accessibleName() and not _part_of_another(w, panel)
    ]
    assert unnamed == []


@pytest.mark.parametrize("panel_class", PANELS)
def test_shortcuts_are_actions_with_text_scoped_to_the_panel(qtbot, store, table, panel_class):
    panel = panel_class(session_for(store, table), table)
    qtbot.addWidget(panel)
    actions = panel.actions()
    assert actions
    for action in actions:
        assert action.text() and not action.shortcut().isEmpty()
        assert action.shortcutContext() in (
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
            Qt.ShortcutContext.WidgetShortcut,
        )


@pytest.mark.parametrize("panel_class", PANELS)
def test_a_finalised_event_opens_read_only(qtbot, store, table, panel_class):
    event = store.event_of(table)
    event.status = EventStatus.FINALISED.value
    store.save(event)
    panel = panel_class(session_for(store, table), table)
    qtbot.addWidget(panel)
    assert panel.read_only
    editing = [a for a in panel.actions() if a.isEnabled()]
    assert all("article" in a.text().lower() for a in editing), "only navigation stays on"


@pytest.mark.parametrize("panel_class", (ActionPointsPanel, ParticipantsPanel, AttachmentsPanel))
def test_models_pass_the_model_tester(qtbot, qtmodeltester, store, table, tmp_path, panel_class):
    panel = panel_class(session_for(store, table), table)
    qtbot.addWidget(panel)
    qtmodeltester.check(panel.model, force_py=True)
    # The tester keeps watching while rows come and go through the store.
    if isinstance(panel, AttachmentsPanel):
        chart = tmp_path / "chart.txt"
        chart.write_text("flip chart text", encoding="utf-8")
        panel.add_files([chart])
        panel.view.setCurrentIndex(panel.model.index(0, 0))
        panel.delete_selected()
    elif isinstance(panel, ActionPointsPanel):
        point = store.save(ActionPoint(table_id=table.id, action="Checked by the tester"))
        store.tombstone(point)
    else:
        panel.walk_in_name.setText("Tested Walk-in")
        panel.add_walk_in()
        panel.undo_stack.undo()

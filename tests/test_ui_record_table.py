"""The one record table model, its one Column, and the one choice delegate, in every window.

Each window type edits a cell through the delegate from the keyboard (F2, arrow, Enter)
and the change lands in the SQLite file; a read-only table refuses; a value that is not
among the choices survives an editor opened and closed on it.
"""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTableView, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from ui_workspace_support import open_workspace

from roundtables.domain import ActionPoint, Event, Note, Participant, RoundtablesError
from roundtables.storage import Store
from roundtables.ui.delegates import ChoiceDelegate, WrappingDelegate
from roundtables.ui.organiser.editor import EventEditor
from roundtables.ui.panels.action_points import PRIORITY
from roundtables.ui.rapporteur.workspace import RapporteurWindow
from roundtables.ui.record_table import Column, RecordTableModel, RecordTableView
from roundtables.ui.workspace.notes_model import TYPE

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "grabbing the keyboard"
)


@dataclasses.dataclass(frozen=True)
class Dish:
    id: str
    name: str
    spice: str
    rank: int = 0


SPICES = [("mild", "Mild"), ("hot", "Hot"), ("fiery", "Fiery")]


class Kitchen:
    """A model of dishes whose commits are recorded (what a panel would save)."""

    def __init__(self, rows: list[Dish], *, movable: bool = False) -> None:
        self.commits: list[tuple[Dish, Dish]] = []
        self.moves: list[tuple[int, int]] = []

        def spice(dish: Dish, value: object) -> Dish:
            if value not in dict(SPICES):
                raise RoundtablesError(f"Not a spice: {value}")
            return dataclasses.replace(dish, spice=str(value))

        columns: list[Column[Dish]] = [
            Column("Name", lambda d: d.name, edit=lambda d, v: dataclasses.replace(d, name=v)),
            Column(
                "Spice",
                lambda d: dict(SPICES).get(d.spice, d.spice),
                edit_value=lambda d: d.spice,
                edit=spice,
            ),
            Column("Rank", lambda d: d.rank, align_right=True),
        ]
        self.model: RecordTableModel[Dish] = RecordTableModel(
            columns, key=lambda d: d.id, commit=self.commit,
            move=self.move if movable else None,
        )
        self.model.set_rows(rows)

    def commit(self, before: Dish, after: Dish) -> bool:
        self.commits.append((before, after))
        self.model.upsert(after)
        return True

    def move(self, source: int, target: int) -> bool:
        self.moves.append((source, target))
        return True


@pytest.fixture
def kitchen() -> Kitchen:
    return Kitchen([Dish("a", "Soup", "mild"), Dish("b", "Curry", "hot"),
                    Dish("c", "Stew", "smoked")])


@pytest.fixture
def kitchen_view(qtbot: QtBot, kitchen: Kitchen) -> QTableView:
    view = RecordTableView(kitchen.model, "Dishes")
    view.setItemDelegateForColumn(1, ChoiceDelegate(SPICES, "Spice", view))
    qtbot.addWidget(view)
    view.resize(500, 300)
    with qtbot.waitExposed(view):
        view.show()
    view.activateWindow()
    view.setFocus()
    return view


def _open_combo(
    qtbot: QtBot, view: QAbstractItemView, index: QModelIndex, *, f2: bool = True
) -> QComboBox:
    """Select a cell and press F2 (the keyboard's way in); the editor is a combo box.

    In the notes list F2 belongs to the window (it edits the note in the capture
    field), so the editor is opened as a double-click would.
    """
    view.setFocus()
    view.setCurrentIndex(index)
    if f2:
        qtbot.keyClick(view, Qt.Key.Key_F2)
    else:
        view.edit(index)
    qtbot.waitUntil(lambda: isinstance(view.focusWidget(), QComboBox))
    combo = view.focusWidget()
    assert isinstance(combo, QComboBox)
    return combo


def _choose_by_keyboard(qtbot: QtBot, combo: QComboBox, value: str) -> None:
    """Arrow keys to the choice, then Enter, as a person without a mouse would."""
    wanted = combo.findData(value)
    assert wanted >= 0
    key = Qt.Key.Key_Down if wanted > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != wanted:
        qtbot.keyClick(combo, key)
    qtbot.keyClick(combo, Qt.Key.Key_Return)


def _assert_named(combo: QComboBox, name: str) -> None:
    # A screen reader needs a name on the combo box and on its drop-down list.
    assert combo.accessibleName() == name
    assert combo.view().accessibleName() == name


# ---------------------------------------------------------------- the model alone


def test_the_model_passes_qt_model_checks(qtmodeltester, kitchen: Kitchen) -> None:
    qtmodeltester.check(kitchen.model, force_py=True)


def test_a_choice_edited_from_the_keyboard_is_committed_as_a_new_row(
    qtbot: QtBot, kitchen: Kitchen, kitchen_view: QTableView
) -> None:
    combo = _open_combo(qtbot, kitchen_view, kitchen.model.index(0, 1))
    _assert_named(combo, "Spice")
    assert [combo.itemText(i) for i in range(combo.count())] == ["Mild", "Hot", "Fiery"]
    assert combo.currentData() == "mild"
    _choose_by_keyboard(qtbot, combo, "fiery")
    qtbot.waitUntil(lambda: kitchen.commits != [])
    assert kitchen.commits == [(Dish("a", "Soup", "mild"), Dish("a", "Soup", "fiery"))]
    assert kitchen.model.index(0, 1).data() == "Fiery"
    assert kitchen.model.index(0, 1).data(Qt.ItemDataRole.EditRole) == "fiery"


def test_a_value_not_among_the_choices_survives_the_editor(
    qtbot: QtBot, kitchen: Kitchen, kitchen_view: QTableView
) -> None:
    # "smoked" came from somewhere else (an older file, another version): opening the
    # editor and leaving it with Enter must not turn it into the first choice.
    combo = _open_combo(qtbot, kitchen_view, kitchen.model.index(2, 1))
    assert combo.currentData() == "smoked" and combo.currentText() == "smoked"
    assert combo.findData("mild") >= 0, "the real choices are still offered"
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kitchen_view.state() != QAbstractItemView.State.EditingState)
    assert kitchen.commits == []
    assert kitchen.model.rows[2].spice == "smoked"


def test_a_refused_edit_says_why_and_commits_nothing(qtbot: QtBot, kitchen: Kitchen) -> None:
    with qtbot.waitSignal(kitchen.model.refused) as said:
        assert not kitchen.model.setData(kitchen.model.index(0, 1), "sweet")
    assert said.args == ["Not a spice: sweet"]
    assert kitchen.commits == []


def test_an_unchanged_value_commits_nothing(kitchen: Kitchen) -> None:
    assert kitchen.model.setData(kitchen.model.index(0, 0), "Soup")
    assert kitchen.commits == []


def test_a_read_only_table_refuses_edits_and_moves(
    qtbot: QtBot, kitchen_view: QTableView
) -> None:
    movable = Kitchen([Dish("a", "Soup", "mild"), Dish("b", "Curry", "hot")], movable=True)
    for kitchen in (movable,):
        model = kitchen.model
        model.set_read_only(True)
        for column in range(model.columnCount()):
            assert not model.flags(model.index(0, column)) & Qt.ItemFlag.ItemIsEditable
        assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
        assert not model.setData(model.index(0, 0), "Broth")
        assert not model.setData(model.index(0, 1), "hot")
        data = model.mimeData([model.index(0, 0)])
        assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
        assert kitchen.commits == [] and kitchen.moves == []
        model.set_read_only(False)
        assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    # and through the view: F2 on a read-only cell opens no editor
    model = kitchen_view.model()
    assert isinstance(model, RecordTableModel)
    model.set_read_only(True)
    kitchen_view.setCurrentIndex(model.index(0, 1))
    qtbot.keyClick(kitchen_view, Qt.Key.Key_F2)
    assert kitchen_view.state() != QAbstractItemView.State.EditingState
    assert not kitchen_view.findChildren(QComboBox)


def test_a_column_without_edit_is_never_editable(kitchen: Kitchen) -> None:
    rank = kitchen.model.index(0, 2)
    assert not kitchen.model.flags(rank) & Qt.ItemFlag.ItemIsEditable
    assert not kitchen.model.setData(rank, 5)
    assert kitchen.model.data(rank, Qt.ItemDataRole.TextAlignmentRole)


def test_a_reload_that_changes_nothing_keeps_the_open_editor(
    qtbot: QtBot, kitchen: Kitchen, kitchen_view: QTableView
) -> None:
    combo = _open_combo(qtbot, kitchen_view, kitchen.model.index(1, 1))
    kitchen.model.set_rows(list(kitchen.model.rows))
    assert kitchen_view.state() == QAbstractItemView.State.EditingState
    assert combo.isVisible()


# ---------------------------------------------------------------- in each window


def test_organiser_consent_through_the_delegate(
    qtbot: QtBot, store: Store, demo_event: Event
) -> None:
    editor = EventEditor(store, demo_event.id)
    qtbot.addWidget(editor)
    editor.show()
    panel = editor.participants
    editor.tabs.setCurrentWidget(panel)
    row = next(r for r, reg in enumerate(panel.model.rows)
               if reg.participant.consent == "named")
    person = panel.model.rows[row].participant
    combo = _open_combo(qtbot, panel.view, panel.model.index(row, 3))
    _assert_named(combo, "Consent")
    _choose_by_keyboard(qtbot, combo, "anonymous")
    qtbot.waitUntil(lambda: store.get(Participant, person.id).consent == "anonymous")
    assert panel.model.index(row, 3).data() == "Anonymous"


def test_organiser_refuses_edits_once_finalised(
    qtbot: QtBot, store: Store, demo_event: Event, prompts
) -> None:
    editor = EventEditor(store, demo_event.id)
    qtbot.addWidget(editor)
    editor.show()
    prompts.answer(True)
    editor.finalise_action.trigger()
    panel = editor.participants
    index = panel.model.index(0, 3)
    assert not panel.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not panel.model.setData(index, "anonymous")
    assert store.get(Participant, panel.model.rows[0].participant.id).consent == (
        panel.model.rows[0].participant.consent
    )


def test_facilitator_priority_and_note_type_through_the_delegate(
    qtbot: QtBot, store: Store, demo_event: Event
) -> None:
    ws = open_workspace(qtbot, store, demo_event, 1)
    panel = ws.panels["action_points"]
    ws.tabs.setCurrentWidget(panel)
    point = store.action_points(ws.table.id)[0]
    combo = _open_combo(qtbot, panel.view, panel.model.index(0, PRIORITY))
    _assert_named(combo, "Priority")
    target = "low" if point.priority != "low" else "high"
    _choose_by_keyboard(qtbot, combo, target)
    qtbot.waitUntil(lambda: store.get(ActionPoint, point.id).priority == target)

    ws.tabs.setCurrentIndex(0)
    note = next(n for n in store.notes(ws.table.id) if n.type != "proposal")
    assert ws.select_note(note.id)
    view = ws.notes.view
    combo = _open_combo(qtbot, view, view.currentIndex().siblingAtColumn(TYPE), f2=False)
    _assert_named(combo, "Note type")
    _choose_by_keyboard(qtbot, combo, "proposal")
    qtbot.waitUntil(lambda: store.get(Note, note.id).type == "proposal")


def test_facilitator_keeps_a_note_type_that_is_not_among_the_choices(
    qtbot: QtBot, store: Store, demo_event: Event
) -> None:
    # A priority can no longer be anything but a member (the domain refuses it); a note
    # type can: a results file from a table whose template listed a type this event's
    # does not.  Opening and leaving the editor must not turn it into the first choice.
    table = store.find_table(demo_event, 1)
    odd = store.notes(table.id)[0]
    odd.type = "provocation"
    store.save(odd)
    ws = open_workspace(qtbot, store, demo_event, 1)
    assert ws.select_note(odd.id)
    view = ws.notes.view
    combo = _open_combo(qtbot, view, view.currentIndex().siblingAtColumn(TYPE), f2=False)
    assert combo.currentData() == "provocation"
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    assert store.get(Note, odd.id).type == "provocation"
    assert ws.undo_stack.count() == 0


def test_rapporteur_action_points_are_read_only(
    qtbot: QtBot, store: Store, demo_event: Event
) -> None:
    window = RapporteurWindow(store, demo_event.id)
    qtbot.addWidget(window)
    window.show()
    panel = window.actions_panel
    model = panel.model
    assert model.rowCount() > 0
    for column in range(model.columnCount()):
        index = model.index(0, column)
        assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
        assert not model.setData(index, "changed")
    number, point = model.rows[0]
    assert model.index(0, 0).data() == number
    assert model.index(0, 1).data() == point.action
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == point.action


# ---------------------------------------------------------------- the wrapping delegate


def test_wrapping_rows_grow_with_their_text(qtbot: QtBot) -> None:
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setRootIsDecorated(False)
    tree.setWordWrap(True)
    tree.setColumnCount(1)
    tree.setItemDelegateForColumn(0, WrappingDelegate(tree))
    short, long = QTreeWidgetItem(["Keynote"]), QTreeWidgetItem(["word " * 60])
    tree.addTopLevelItems([short, long])
    tree.resize(300, 400)
    tree.show()
    qtbot.waitUntil(lambda: tree.visualItemRect(long).height() > 0)
    one_line = tree.visualItemRect(short).height()
    assert tree.visualItemRect(long).height() >= 4 * tree.fontMetrics().height() > one_line
    tree.resize(1200, 400)
    tree.doItemsLayout()
    qtbot.waitUntil(lambda: tree.visualItemRect(long).height() < 4 * tree.fontMetrics().height())


def test_a_nested_row_of_a_one_column_tree_wraps_at_the_views_width(qtbot: QtBot) -> None:
    # The rapporteur's note trees: no header, the one column as wide as the view, notes
    # two levels down; a row is as tall as its text there, not a line more or less.
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setHeaderHidden(True)
    tree.setWordWrap(True)
    tree.setItemDelegate(WrappingDelegate(tree))
    parent = QTreeWidgetItem(["Question 1"])
    note = QTreeWidgetItem(["Someone said " + "something rather long " * 12])
    parent.addChild(note)
    tree.addTopLevelItem(parent)
    # enough rows below for a scroll bar, which narrows the view after the first layout
    tree.addTopLevelItems([QTreeWidgetItem([f"Question {n}"]) for n in range(2, 60)])
    tree.expandAll()
    tree.resize(400, 400)
    tree.show()
    qtbot.waitUntil(lambda: tree.verticalScrollBar().isVisible())
    tree.doItemsLayout()  # what the rapporteur's WrappingTreeView does on a resize
    width = tree.viewport().width() - 2 * tree.indentation() - 12
    text = note.text(0)
    lines = tree.fontMetrics().boundingRect(
        QRect(0, 0, width, 1_000_000), int(Qt.TextFlag.TextWordWrap), text
    ).height()
    assert lines > 3 * tree.fontMetrics().height()
    assert tree.visualItemRect(note).height() == lines + 6

"""Action points of a table: what, who, institution, by when, priority, votes, status."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from roundtables.dates import parse_date_input
from roundtables.domain import (
    ActionPoint,
    ActionStatus,
    Attendance,
    Participant,
    Priority,
    Record,
    RoundTable,
    RoundtablesError,
)
from roundtables.names import resolve_speaker
from roundtables.ui.actions import button_for, install_actions
from roundtables.ui.delegates import ChoiceDelegate, DateDelegate, NameDelegate
from roundtables.ui.edit_session import EditSession
from roundtables.ui.keymap import ACTION_POINTS_PANEL
from roundtables.ui.panels.base import Panel
from roundtables.ui.record_table import Column, RecordTableModel

ACTION, OWNER, INSTITUTION, DEADLINE, PRIORITY, VOTES, STATUS = range(7)


class ActionPointsPanel(Panel):
    """Add and edit a table's action points in place, from the keyboard."""

    def __init__(
        self,
        session: EditSession,
        table: RoundTable,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, table, parent)
        self.priority_labels = {
            Priority.HIGH: self.tr("High"),
            Priority.MEDIUM: self.tr("Medium"),
            Priority.LOW: self.tr("Low"),
        }
        self.status_labels = {
            ActionStatus.OPEN: self.tr("Open"),
            ActionStatus.IN_PROGRESS: self.tr("In progress"),
            ActionStatus.DONE: self.tr("Done"),
            ActionStatus.DROPPED: self.tr("Dropped"),
        }
        self._pending_new: str | None = None  # a just-added row whose action is being typed
        self.model: RecordTableModel[ActionPoint] = RecordTableModel(
            self._columns(), key=lambda ap: ap.id, commit=self._commit_edit, parent=self
        )
        self.model.refused.connect(self.session.refuse)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Action points"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        # A table has tens of action points, not thousands: show every action in full.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(
            DEADLINE, self.fontMetrics().horizontalAdvance("31/03/2027 · F4__") + 8
        )
        for column, sample in (
            (PRIORITY, "Medium__"),
            (VOTES, "Votes__"),
            (STATUS, "In progress__"),
        ):
            # Wide enough for the longest label, so a change never jumps the columns.
            header.resizeSection(column, self.fontMetrics().horizontalAdvance(sample) + 24)
        priorities: list[tuple[str, str]] = [(p, self.priority_labels[p]) for p in Priority]
        statuses: list[tuple[str, str]] = [(s, self.status_labels[s]) for s in ActionStatus]
        self.view.setItemDelegateForColumn(
            PRIORITY, ChoiceDelegate(priorities, self.tr("Priority"), self.view)
        )
        self.view.setItemDelegateForColumn(
            STATUS, ChoiceDelegate(statuses, self.tr("Status"), self.view)
        )
        self.date_delegate = DateDelegate(
            self.tr("31/03/2027 · F4 calendar"), self.tr("Deadline"), self.view
        )
        self.view.setItemDelegateForColumn(DEADLINE, self.date_delegate)
        self.view.setItemDelegateForColumn(
            OWNER, NameDelegate(lambda: self.people, self.tr("Owner"), self.view)
        )
        self.people = self.store.table_participants(table.id)
        #: why a typed value was not taken, said in place (no dialog, the keyboard stays)
        self.notice = QLabel()
        self.notice.setObjectName("inlineNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("#inlineNotice { color: #b00020; font-weight: bold; }")
        self.notice.hide()
        self.date_delegate.invalid.connect(self._show_notice)
        self.date_delegate.accepted.connect(self.notice.hide)
        self.date_delegate.closeEditor.connect(lambda *_: self.notice.hide())
        self.view.itemDelegate().closeEditor.connect(self._editor_closed)

        self.action_by_id = install_actions(self, ACTION_POINTS_PANEL)
        self.add_action = self.action_by_id["add"]
        self.delete_action = self.action_by_id["delete"]
        self.vote_up_action = self.action_by_id["vote_up"]
        self.vote_down_action = self.action_by_id["vote_down"]

        buttons = QHBoxLayout()
        title = QLabel(
            self.tr(
                "<b>Action points</b> — who does what, by when. "
                "<span style='font-style:italic'>Ctrl+Shift+A add · F2 edit · + / − vote · "
                "Del delete</span>"
            )
        )
        title.setWordWrap(True)
        buttons.addWidget(title, 1)
        for action, label in (
            (self.add_action, self.tr("Add")),
            (self.vote_up_action, self.tr("Vote +")),
            (self.vote_down_action, self.tr("Vote −")),
            (self.delete_action, self.tr("Delete")),
        ):
            button = button_for(action, label, self)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)
        self.reload()
        self.lock(self.read_only)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Who and which institution share the room with the action, on any screen.
        super().resizeEvent(event)
        share = max(90, self.view.viewport().width() * 15 // 100)
        header = self.view.horizontalHeader()
        header.resizeSection(OWNER, share)
        header.resizeSection(INSTITUTION, share)

    def _columns(self) -> list[Column[ActionPoint]]:
        def text_edit(name: str, required: bool = False) -> Any:
            def edit(ap: ActionPoint, value: Any) -> ActionPoint:
                text = str(value or "").strip()
                if required and not text and ap.id != self._pending_new:
                    raise RoundtablesError(self.tr("An action point needs an action"))
                after = dataclasses.replace(ap)
                setattr(after, name, text)
                return after

            return edit

        return [
            Column(
                self.tr("Action"),
                lambda ap: ap.action,
                edit=text_edit("action", True),
                tooltip=lambda ap: ap.action,
            ),
            Column(self.tr("Owner"), lambda ap: ap.owner, edit=self._edit_owner),
            Column(
                self.tr("Institution"), lambda ap: ap.institution, edit=text_edit("institution")
            ),
            Column(
                self.tr("Deadline"),
                lambda ap: ap.deadline,
                edit=self._edit_deadline,
                tooltip=lambda ap: self.tr("31/03/2027, 31-3-2027 or 2027-03-31 (F4: calendar)"),
            ),
            Column(
                self.tr("Priority"),
                lambda ap: self.priority_labels.get(ap.priority, ap.priority),
                edit_value=lambda ap: ap.priority,
                edit=self._edit_priority,
            ),
            Column(self.tr("Votes"), lambda ap: ap.votes, edit=self._edit_votes, align_right=True),
            Column(
                self.tr("Status"),
                lambda ap: self.status_labels.get(ap.status, ap.status),
                edit_value=lambda ap: ap.status,
                edit=self._edit_status,
            ),
        ]

    # ------------------------------------------------------------ validation

    def _edit_deadline(self, ap: ActionPoint, value: Any) -> ActionPoint:
        text = str(value or "").strip()
        return dataclasses.replace(ap, deadline=parse_date_input(text) if text else "")

    def _edit_owner(self, ap: ActionPoint, value: Any) -> ActionPoint:
        """A participant's name completes to the full name and brings the institution."""
        typed = str(value or "").strip()
        person_id, name = resolve_speaker(self.people, typed)
        after = dataclasses.replace(ap, owner=name or typed)
        person = next((p for p in self.people if p.id == person_id), None)
        if person is not None and person.organisation and not ap.institution:
            after.institution = person.organisation
        return after

    def _show_notice(self, reason: str) -> None:
        self.notice.setText(self.tr("Not taken: {reason}").format(reason=reason))
        self.notice.show()

    def _edit_priority(self, ap: ActionPoint, value: Any) -> ActionPoint:
        if value not in self.priority_labels:
            raise RoundtablesError(self.tr("Not a priority: {value}").format(value=value))
        return dataclasses.replace(ap, priority=Priority(value))

    def _edit_status(self, ap: ActionPoint, value: Any) -> ActionPoint:
        if value not in self.status_labels:
            raise RoundtablesError(self.tr("Not a status: {value}").format(value=value))
        return dataclasses.replace(ap, status=ActionStatus(value))

    def _edit_votes(self, ap: ActionPoint, value: Any) -> ActionPoint:
        try:
            votes = int(str(value).strip())
        except ValueError:
            votes = -1
        if votes < 0:
            raise RoundtablesError(
                self.tr("Votes must be a whole number, 0 or more: {value}").format(value=value)
            )
        return dataclasses.replace(ap, votes=votes)

    # ------------------------------------------------------------ commands

    def reload(self) -> None:
        """Read this table's action points from the store."""
        self.model.set_rows(self.store.action_points(self.table.id))

    def on_saved(self, record: Record) -> None:
        if isinstance(record, Participant | Attendance):
            self.people = self.store.table_participants(self.table.id)
        if isinstance(record, ActionPoint):
            if record.deleted:
                self.model.remove(record.id)
            else:
                self.model.upsert(record)

    def apply_read_only(self, read_only: bool) -> None:
        self.model.set_read_only(read_only)

    def _commit_edit(self, before: ActionPoint, after: ActionPoint) -> bool:
        merge = ("new", after.id) if after.id == self._pending_new else None
        return self.session.save([after], self.tr("Edit action point"), merge_key=merge)

    def current_point(self) -> ActionPoint | None:
        """The action point of the selected row."""
        return self.model.row_at(self.view.currentIndex().row())

    def add_point(self) -> None:
        """A new row with the cursor in its action cell; typing the action saves it."""
        if self.read_only:
            return
        point = ActionPoint(table_id=self.table.id, action="")
        if not self.session.save([point], self.tr("Add action point"), ("new", point.id)):
            return
        self._pending_new = point.id
        index = self.model.index(self.model.row_of(point.id), ACTION)
        self.view.setFocus()
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def _editor_closed(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        pending, self._pending_new = self._pending_new, None
        if pending is None:
            return
        point = self.store.get(ActionPoint, pending)
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        if point and not point.deleted and not point.action and top is not None:
            # Nothing typed: take the empty row back without leaving a step to redo
            # (the stack drops an obsolete command without undoing it, so undo first).
            top.undo()
            top.setObsolete(True)
            self.undo_stack.undo()

    def delete_selected(self) -> None:
        """Tombstone the selected action point (Ctrl+Z brings it back)."""
        point = self.current_point()
        if point is None or self.read_only:
            return
        row = self.view.currentIndex().row()
        gone = dataclasses.replace(point, deleted=True)
        if self.session.save([gone], self.tr("Delete action point")) and self.model.rows:
            self.view.setCurrentIndex(self.model.index(min(row, len(self.model.rows) - 1), ACTION))

    def vote(self, step: int) -> None:
        """One vote more or less for the selected action point (never below zero)."""
        point = self.current_point()
        if point is None or self.read_only or point.votes + step < 0:
            return
        after = dataclasses.replace(point, votes=point.votes + step)
        self.session.save([after], self.tr("Vote"), merge_key=("votes", point.id))

    def select_row(self, row: int, column: int = ACTION) -> QModelIndex:
        """Select a row (keyboard navigation and tests)."""
        index = self.model.index(row, column)
        self.view.setCurrentIndex(index)
        return index

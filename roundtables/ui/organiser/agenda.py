"""A table's guiding questions and timed agenda: add, remove, edit, reorder."""

from __future__ import annotations

import copy
import dataclasses
from operator import attrgetter
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from roundtables.domain import AgendaSegment, GuidingQuestion, Record, RoundtablesError
from roundtables.ui.edit_session import EditSession, navigation
from roundtables.ui.organiser.widgets import moved
from roundtables.ui.record_table import Column, RecordTableModel, RecordTableView, shown_in_full

DEFAULT_SLOT_MINUTES = 120


class _OrderedPanel(QWidget):
    """A reorderable list of a table's records with Add / Remove / Up / Down."""

    kind: type[GuidingQuestion] | type[AgendaSegment]

    def __init__(self, session: EditSession) -> None:
        super().__init__()
        self.session = session
        session.read_only_changed.connect(self.lock)
        self.table_id: str | None = None
        columns, name = self._columns()
        self.model: RecordTableModel[Any] = RecordTableModel(
            columns, key=attrgetter("id"), commit=self._commit, parent=self, move=self._move
        )
        self.model.refused.connect(self.session.refuse)
        self.view = RecordTableView(self.model, name, stretch_column=0)
        self.add_button = QPushButton(self.tr("&Add"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up (Alt+Up)"))
        self.down_button = QPushButton(self.tr("Move do&wn (Alt+Down)"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.view, 1)
        self.layout_.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self._step(-1))
        self.down_button.clicked.connect(lambda: self._step(1))

    def records(self) -> list[Any]:
        return list(self.model.rows)

    def load(self, table_id: str | None) -> None:
        row = self.view.current_row() if table_id == self.table_id else -1
        self.table_id = table_id
        self.model.set_rows(self._from_store() if table_id else [])
        self.view.select_row(row)

    def _columns(self) -> tuple[list[Column[Any]], str]:
        raise NotImplementedError

    def _column(self, field: str, title: str) -> Column[Any]:
        """A column showing one field of the records, edited in place."""

        def edit(record: Any, value: Any) -> Any:
            new = copy.deepcopy(record)
            setattr(new, field, self._checked(field, value))
            return new

        return shown_in_full(title, attrgetter(field), edit=edit)

    def _from_store(self) -> list[Any]:
        raise NotImplementedError

    def lock(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.view.setDragEnabled(not read_only)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(not read_only)

    def _move(self, source: int, target: int) -> bool:
        changed = moved(self.model.rows, source, target)
        if not self.session.save(changed, self.tr("Reorder")):
            return False
        self.load(self.table_id)
        self.view.select_row(target)
        return True

    def _step(self, delta: int) -> None:
        row = self.view.current_row()
        if row >= 0 and 0 <= row + delta < self.model.rowCount():
            self._move(row, row + delta)
        self.view.setFocus()

    def _commit(self, before: Any, after: Any) -> bool:
        # the undo step names the field that changed (one per edit)
        names = [f.name for f in dataclasses.fields(after)]
        field = ", ".join(n for n in names if getattr(before, n) != getattr(after, n))
        if not self.session.save([after], self.tr("Edit {field}").format(field=field)):
            return False
        self.model.upsert(after)
        self.after_change()
        return True

    def _checked(self, field: str, value: Any) -> Any:
        text = str(value).strip()
        if not text:
            raise RoundtablesError(self.tr("This cannot be empty"))
        return text

    def add(self) -> None:
        if self.table_id is None:
            return
        position = max((r.position for r in self.records()), default=0) + 1
        record = self._new(position)
        if self.session.save([record], self.tr("Add")):
            self.load(self.table_id)
            self.view.select_row(self.model.rowCount() - 1)
            self.after_change()
            self.view.setFocus()
            self.view.edit(self.view.currentIndex())

    def _new(self, position: int) -> Any:
        raise NotImplementedError

    def remove_current(self) -> None:
        row = self.view.current_row()
        if row < 0:
            return
        if self.session.remove([self.model.rows[row]], self.tr("Remove")):
            self.load(self.table_id)
            self.view.select_row(min(row, self.model.rowCount() - 1))
            self.after_change()

    def after_change(self) -> None:
        """Hook for totals that depend on the rows."""


class QuestionsPanel(_OrderedPanel):
    kind = GuidingQuestion

    def _columns(self) -> tuple[list[Column[Any]], str]:
        return [self._column("text", self.tr("Guiding question"))], self.tr("Guiding questions")

    def _from_store(self) -> list[Any]:
        assert self.table_id
        return self.session.store.questions(self.table_id)

    def remove_current(self) -> None:
        """Remove the question and, in the same step, unlink agenda segments from it."""
        row = self.view.current_row()
        if row < 0 or self.table_id is None:
            return
        question = copy.deepcopy(self.model.rows[row])
        question.deleted = True
        changes: list[Record] = [question]
        for segment in self.session.store.segments(self.table_id):
            if segment.question_id == question.id:
                segment.question_id = None
                changes.append(segment)
        if self.session.save(changes, self.tr("Remove question")):
            self.load(self.table_id)
            self.view.select_row(min(row, self.model.rowCount() - 1))

    def _new(self, position: int) -> GuidingQuestion:
        assert self.table_id
        return GuidingQuestion(
            table_id=self.table_id, position=position, text=self.tr("New question")
        )


class AgendaPanel(_OrderedPanel):
    """Segments with planned minutes; the total is compared with the slot."""

    kind = AgendaSegment

    def _columns(self) -> tuple[list[Column[Any]], str]:
        columns = [
            self._column("title", self.tr("Segment")),
            self._column("planned_minutes", self.tr("Minutes")),
        ]
        return columns, self.tr("Agenda segments")

    def __init__(self, session: EditSession) -> None:
        super().__init__(session)
        self.view.setColumnWidth(1, 90)
        self.slot = QSpinBox()
        self.slot.setRange(5, 24 * 60)
        self.slot.setSuffix(self.tr(" min"))
        self.slot.setValue(DEFAULT_SLOT_MINUTES)
        self.slot.setAccessibleName(self.tr("Time slot for the round table"))
        navigation(self.slot)  # a what-if for the total, never stored
        self.total = QLabel()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a40000; font-weight: bold;")
        self.warning.hide()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Slot:")))
        row.addWidget(self.slot)
        row.addWidget(self.total, 1)
        self.layout_.insertLayout(0, row)
        self.layout_.insertWidget(1, self.warning)
        self.slot.valueChanged.connect(lambda *_: self.after_change())

    def _from_store(self) -> list[Any]:
        assert self.table_id
        return self.session.store.segments(self.table_id)

    def _new(self, position: int) -> AgendaSegment:
        assert self.table_id
        return AgendaSegment(
            table_id=self.table_id, position=position, title=self.tr("New segment"),
            planned_minutes=10,
        )

    def _checked(self, field: str, value: Any) -> Any:
        if field != "planned_minutes":
            return super()._checked(field, value)
        try:
            minutes = int(str(value).strip())
        except ValueError:
            raise RoundtablesError(
                self.tr("Minutes must be a whole number, not {value!r}").format(value=value)
            ) from None
        if not 1 <= minutes <= 24 * 60:
            raise RoundtablesError(self.tr("Minutes must be between 1 and 1440"))
        return minutes

    def load(self, table_id: str | None) -> None:
        super().load(table_id)
        self.after_change()

    def total_minutes(self) -> int:
        return sum(s.planned_minutes for s in self.records())

    def after_change(self) -> None:
        total, slot = self.total_minutes(), self.slot.value()
        self.total.setText(
            self.tr("Planned: {total} of {slot} minutes").format(total=total, slot=slot)
        )
        over = total - slot
        self.warning.setVisible(over > 0)
        self.warning.setText(
            self.tr("The agenda takes {total} minutes: {over} more than the {slot}-minute slot")
            .format(total=total, over=over, slot=slot)
        )

"""The event's round tables: add and remove them, edit each one's details."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from roundtables.domain import Record, RoundTable
from roundtables.ui import prompts
from roundtables.ui.edit_session import EditSession
from roundtables.ui.organiser.agenda import AgendaPanel, QuestionsPanel
from roundtables.ui.organiser.widgets import PlainTextField, set_text, text_of

_TEXT_FIELDS = (
    "theme",
    "room",
    "facilitator",
    "rapporteur",
    "keynote_speaker",
    "keynote_title",
    "keynote_summary",
)


class TablesPanel(QWidget):
    """Tables on the left; the chosen table's details, questions and agenda on the right."""

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.read_only_changed.connect(self.lock)
        self.event_id: str | None = None
        self.tables: list[RoundTable] = []
        self.table_list = QListWidget()
        self.table_list.setAccessibleName(self.tr("Round tables"))
        self.table_list.setWordWrap(True)
        self.table_list.setMinimumWidth(220)
        self.add_button = QPushButton(self.tr("Add &table"))
        self.remove_button = QPushButton(self.tr("Remove table"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left_layout.addLayout(buttons)

        self.number = QSpinBox()
        self.number.setRange(1, 999)
        self.number.setKeyboardTracking(False)
        self.fields: dict[str, QLineEdit | PlainTextField] = {}
        labels = {
            "theme": self.tr("T&heme"),
            "room": self.tr("R&oom"),
            "facilitator": self.tr("&Facilitator"),
            "rapporteur": self.tr("Ra&pporteur"),
            "keynote_speaker": self.tr("&Keynote speaker"),
            "keynote_title": self.tr("Keynote t&itle"),
            "keynote_summary": self.tr("Keynote s&ummary"),
        }
        details = QWidget()
        form = QFormLayout(details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Number"), self.number)
        self.number.setAccessibleName(self.tr("Table number"))
        for name in _TEXT_FIELDS:
            field: QLineEdit | PlainTextField
            field = PlainTextField() if name == "keynote_summary" else QLineEdit()
            field.setAccessibleName(labels[name].replace("&", ""))
            field.editingFinished.connect(lambda n=name: self._field_edited(n))
            self.fields[name] = field
            form.addRow(labels[name], field)
        self.questions = QuestionsPanel(session)
        self.agenda = AgendaPanel(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(details, self.tr("Table details"))
        self.tabs.addTab(self.questions, self.tr("Guiding questions"))
        self.tabs.addTab(self.agenda, self.tr("Agenda"))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.table_list.currentRowChanged.connect(self._show_current)
        self.add_button.clicked.connect(self.add_table)
        self.remove_button.clicked.connect(self.remove_table)
        self.number.valueChanged.connect(self._number_edited)

    # ------------------------------------------------------------ showing

    def load(self, event_id: str) -> None:
        """(Re)read the event's tables, keeping the chosen table when it still exists."""
        current = self.current_table()
        self.event_id = event_id
        self.tables = self.session.store.tables(event_id)
        self.table_list.blockSignals(True)
        self.table_list.clear()
        row = 0
        for i, table in enumerate(self.tables):
            item = QListWidgetItem(self._label(table))
            item.setToolTip(self._label(table))
            item.setData(Qt.ItemDataRole.UserRole, table.id)
            self.table_list.addItem(item)
            if current is not None and table.id == current.id:
                row = i
        self.table_list.setCurrentRow(row if self.tables else -1)
        self.table_list.blockSignals(False)
        self._show_current()

    def _label(self, table: RoundTable) -> str:
        theme = table.theme or self.tr("(no theme yet)")
        return self.tr("Table {number}: {theme}").format(number=table.number, theme=theme)

    def current_table(self) -> RoundTable | None:
        row = self.table_list.currentRow()
        return self.tables[row] if 0 <= row < len(self.tables) else None

    def select_table(self, number: int) -> None:
        for row, table in enumerate(self.tables):
            if table.number == number:
                self.table_list.setCurrentRow(row)

    def _show_current(self, *_: object) -> None:
        table = self.current_table()
        self.tabs.setEnabled(table is not None)
        self.number.blockSignals(True)
        self.number.setValue(table.number if table else 1)
        self.number.blockSignals(False)
        for name, field in self.fields.items():
            set_text(field, getattr(table, name) if table else "")
        self.questions.load(table.id if table else None)
        self.agenda.load(table.id if table else None)

    def lock(self, read_only: bool) -> None:
        self.number.setReadOnly(read_only)
        for field in self.fields.values():
            field.setReadOnly(read_only)
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)

    # ------------------------------------------------------------ editing

    def _save_table(self, new: RoundTable, text: str) -> bool:
        if not self.session.save([new], text):
            self._show_current()
            return False
        self.tables[self.tables.index(self.current_table())] = new  # type: ignore[arg-type]
        self.table_list.currentItem().setText(self._label(new))
        return True

    def _field_edited(self, name: str) -> None:
        table = self.current_table()
        if table is None or self.session.read_only:
            return
        value = text_of(self.fields[name])
        if getattr(table, name) == value:
            return
        new = copy.deepcopy(table)
        setattr(new, name, value)
        self._save_table(new, self.tr("Edit table {number}").format(number=table.number))

    def _used_numbers(self) -> set[int]:
        # Removed tables keep their number (the database keeps it unique per event).
        if self.event_id is None:
            return set()
        return self.session.store.table_numbers_taken(self.event_id)

    def _number_edited(self, number: int) -> None:
        table = self.current_table()
        if table is None or table.number == number or self.session.read_only:
            return
        if number in self._used_numbers():
            self.session.refuse(
                self.tr("Table number {number} is already used in this event").format(
                    number=number
                )
            )
            self._show_current()
            return
        new = copy.deepcopy(table)
        new.number = number
        self._save_table(new, self.tr("Renumber table"))

    def add_table(self) -> None:
        if self.event_id is None:
            return
        number = max(self._used_numbers(), default=0) + 1
        table = RoundTable(event_id=self.event_id, number=number)
        if self.session.save([table], self.tr("Add table {number}").format(number=number)):
            self.load(self.event_id)
            self.select_table(number)
            self.tabs.setCurrentIndex(0)
            self.fields["theme"].setFocus()

    def remove_table(self) -> None:
        table = self.current_table()
        if table is None or self.event_id is None:
            return
        store = self.session.store
        notes = len(store.notes(table.id))
        question = self.tr("Remove table {number} ({theme}) with its questions and agenda?")
        if notes:
            question += " " + self.tr("Its {count} notes will no longer be shown.").format(
                count=notes
            )
        if not prompts.confirm(
            self, self.tr("Remove table"), question.format(number=table.number, theme=table.theme)
        ):
            return
        records: list[Record] = [table]
        records += store.questions(table.id)
        records += store.segments(table.id)
        records += store.attendance(table.id)
        if self.session.remove(records, self.tr("Remove table {n}").format(n=table.number)):
            self.load(self.event_id)

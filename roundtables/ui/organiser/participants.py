"""The event's participants: a table to edit, add, remove, and import a CSV."""

from __future__ import annotations

import copy
import re
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from roundtables.domain import Attendance, Consent, Event, Participant, Record, RoundtablesError
from roundtables.ui import prompts
from roundtables.ui.edit_session import EditSession
from roundtables.ui.errors import error_text
from roundtables.ui.organiser.models import Column, RecordsModel, RecordsView

Index = QModelIndex | QPersistentModelIndex


class ConsentDelegate(QStyledItemDelegate):
    """Consent is chosen from the three levels (shown in the person's language), never typed."""

    def __init__(self, labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = labels

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        combo = QComboBox(parent)
        for consent in Consent:
            combo.addItem(self.labels.get(consent.value, consent.value), consent.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        shown = index.data(Qt.ItemDataRole.EditRole)  # the label, in the person's language
        found = editor.findData(shown)
        editor.setCurrentIndex(max(0, found if found >= 0 else editor.findText(shown)))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ParticipantsPanel(QWidget):
    """Everyone registered for the event, with their consent and tables."""

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.read_only_changed.connect(self.lock)
        self.current_event: Event | None = None
        self.tables_of: dict[str, list[int]] = {}
        self.import_dialog: QWidget | None = None
        self.consent_labels = {
            Consent.NAMED.value: self.tr("Named"),
            Consent.ORGANISATION.value: self.tr("Organisation only"),
            Consent.ANONYMOUS.value: self.tr("Anonymous"),
        }
        columns = [
            Column("name", self.tr("Name")),
            Column("organisation", self.tr("Organisation")),
            Column("actor_type", self.tr("Actor type")),
            Column("consent", self.tr("Consent"), display=self._consent_text),
            Column("email", self.tr("Email")),
            Column("tables", self.tr("Tables"), display=self._tables_text),
        ]
        self.model = RecordsModel(columns, self._edit, None, self)
        # A registration list can be 10,000 people: rows keep one line each.
        self.view = RecordsView(self.model, self.tr("Participants"), fit_rows=False)
        self.view.setItemDelegateForColumn(3, ConsentDelegate(self.consent_labels, self.view))
        for column, width in enumerate((220, 260, 170, 110, 230)):
            self.view.setColumnWidth(column, width)
        self.count = QLabel()
        self.add_button = QPushButton(self.tr("&Add participant…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_participant)
        self.remove_button.clicked.connect(self.remove_current)
        self.import_button.clicked.connect(self.import_csv)

    def _tables_text(self, record: Record) -> str:
        return ", ".join(str(n) for n in sorted(self.tables_of.get(record.id, [])))

    def load(self, event: Event) -> None:
        self.current_event = event
        store = self.session.store
        self.tables_of = {}
        for table in store.tables(event.id):
            for attendance in store.attendance(table.id):
                self.tables_of.setdefault(attendance.participant_id, []).append(table.number)
        row = self.view.current_row()
        self.model.set_records(store.participants(event.id))
        self.view.select_row(row)
        self.count.setText(self.tr("{count} participants").format(count=self.model.rowCount()))

    def _consent_text(self, record: Record) -> str:
        consent = getattr(record, "consent", "")
        return self.consent_labels.get(consent, consent)

    def lock(self, read_only: bool) -> None:
        self.model.read_only = read_only
        for button in (self.add_button, self.remove_button, self.import_button):
            button.setEnabled(not read_only)

    # ------------------------------------------------------------ editing

    def _edit(self, record: Record, field: str, value: Any) -> bool:
        assert isinstance(record, Participant)
        text = str(value).strip()
        try:
            if field == "tables":
                return self._assign_tables(record, text)
            if field == "name" and not text:
                raise RoundtablesError(self.tr("A participant needs a name"))
            if field == "consent":
                text = Consent(text).value
        except (RoundtablesError, ValueError) as exc:
            self.session.refuse(exc)
            return False
        if getattr(record, field) == text:
            return False
        new = copy.deepcopy(record)
        setattr(new, field, text)
        if not self.session.save([new], self.tr("Edit participant")):
            return False
        self.model.records[self.model.records.index(record)] = new
        return True

    def _assign_tables(self, person: Participant, text: str) -> bool:
        """``"1, 3"``: the person sits at tables 1 and 3 (attendance records)."""
        assert self.current_event is not None
        store = self.session.store
        tables = {t.number: t for t in store.tables(self.current_event.id)}
        wanted = {int(n) for n in re.findall(r"\d+", text)}
        unknown = sorted(wanted - set(tables))
        if re.sub(r"[\d,;\s]", "", text) or unknown:
            raise RoundtablesError(
                self.tr("Give table numbers of this event, like 1, 3 (not {text!r})").format(
                    text=text
                )
            )
        changes: list[Record] = []
        for number, table in tables.items():
            rows = [a for a in store.attendance(table.id) if a.participant_id == person.id]
            if number in wanted and not rows:
                changes.append(Attendance(table_id=table.id, participant_id=person.id))
            elif number not in wanted:
                for row in rows:
                    row.deleted = True
                    changes.append(row)
        if not changes:
            return False
        if not self.session.save(changes, self.tr("Assign tables")):
            return False
        self.tables_of[person.id] = sorted(wanted)
        return True

    def add_participant(self) -> None:
        if self.current_event is None:
            return
        name = prompts.text(self, self.tr("Add participant"), self.tr("Name:"))
        if name is None:
            return
        if not name.strip():
            self.session.refuse(self.tr("A participant needs a name"))
            return
        person = Participant(event_id=self.current_event.id, name=name.strip())
        if self.session.save([person], self.tr("Add participant")):
            self.load(self.current_event)
            for row, record in enumerate(self.model.records):
                if record.id == person.id:
                    self.view.select_row(row)

    def remove_current(self) -> None:
        row = self.view.current_row()
        if row < 0 or self.current_event is None:
            return
        person = self.model.record(row)
        store = self.session.store
        records: list[Record] = [person]
        records += store.select(Attendance, "participant_id=?", (person.id,))
        if self.session.remove(records, self.tr("Remove participant")):
            self.load(self.current_event)

    # ------------------------------------------------------------ CSV

    def import_csv(self) -> None:
        """Pick a registration export and open the mapping dialog for it."""
        if self.current_event is None:
            return
        path = prompts.open_file(
            self, self.tr("Import participants"), self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if path is None:
            return
        from roundtables.registration import read_registration
        from roundtables.ui.organiser.csv_import import CsvImportDialog

        try:
            reg = read_registration(path)
        except RoundtablesError as exc:
            prompts.error(self, self.tr("Cannot import"), error_text(exc))
            return
        dialog = CsvImportDialog(self.session.store, self.current_event, reg, self)
        dialog.imported.connect(self._imported)
        self.import_dialog = dialog
        dialog.show()

    def _imported(self, summary: Any) -> None:
        assert self.current_event is not None
        # The import committed by itself; record it so that Undo removes it again.
        store = self.session.store
        added: list[Record] = list(summary.imported)
        new_ids = {person.id for person in summary.imported}
        for table in store.tables(self.current_event.id):
            added += [a for a in store.attendance(table.id) if a.participant_id in new_ids]
        self.session.saved_elsewhere(added, self.tr("Import participants"))
        self.load(self.current_event)
        self.session.notify(
            self.tr("Imported {n} participants; rows skipped: {skipped}").format(
                n=len(summary.imported), skipped=len(summary.skipped)
            )
        )

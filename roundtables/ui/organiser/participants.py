"""The event's participants: a table to edit, add, remove, and import a CSV."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roundtables.domain import Attendance, Consent, Event, Participant, Record, RoundtablesError
from roundtables.ui import prompts
from roundtables.ui.delegates import ChoiceDelegate
from roundtables.ui.edit_session import EditSession
from roundtables.ui.errors import error_text
from roundtables.ui.record_table import Column, RecordTableModel, RecordTableView, shown_in_full

CONSENT = 3  # the column of the consent


@dataclass(frozen=True)
class Registration:
    """One row: a registered person and the numbers of the tables they sit at."""

    participant: Participant
    tables: tuple[int, ...] = ()


class ParticipantsPanel(QWidget):
    """Everyone registered for the event, with their consent and tables."""

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.read_only_changed.connect(self.lock)
        self.current_event: Event | None = None
        self.import_dialog: QWidget | None = None
        self.consent_labels: dict[str, str] = {
            Consent.NAMED: self.tr("Named"),
            Consent.ORGANISATION: self.tr("Organisation only"),
            Consent.ANONYMOUS: self.tr("Anonymous"),
        }
        columns = [
            self._field_column("name", self.tr("Name")),
            self._field_column("organisation", self.tr("Organisation")),
            self._field_column("actor_type", self.tr("Actor type")),
            shown_in_full(
                self.tr("Consent"),
                lambda r: self.consent_labels.get(r.participant.consent, r.participant.consent),
                edit_value=lambda r: r.participant.consent,
                edit=self._edit_consent,
            ),
            self._field_column("email", self.tr("Email")),
            shown_in_full(
                self.tr("Tables"),
                lambda r: ", ".join(map(str, r.tables)),
                edit=self._edit_tables,
            ),
        ]
        self.model: RecordTableModel[Registration] = RecordTableModel(
            columns, key=lambda r: r.participant.id, commit=self._commit, parent=self
        )
        self.model.refused.connect(self.session.refuse)
        # A registration list can be 10,000 people: rows keep one line each.
        self.view = RecordTableView(self.model, self.tr("Participants"), fit_rows=False)
        consents = [(c.value, self.consent_labels[c.value]) for c in Consent]
        self.view.setItemDelegateForColumn(
            CONSENT, ChoiceDelegate(consents, self.tr("Consent"), self.view)
        )
        # the consent column fits its longest label and the combo box's arrow
        widest = max(map(self.view.fontMetrics().horizontalAdvance, self.consent_labels.values()))
        consent_width = widest + 40
        for column, width in enumerate((220, 260, 170, max(110, consent_width), 230)):
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

    def load(self, event: Event) -> None:
        self.current_event = event
        store = self.session.store
        tables_of: dict[str, list[int]] = {}
        for table in store.tables(event.id):
            for attendance in store.attendance(table.id):
                tables_of.setdefault(attendance.participant_id, []).append(table.number)
        row = self.view.current_row()
        self.model.set_rows([
            Registration(person, tuple(sorted(tables_of.get(person.id, []))))
            for person in store.participants(event.id)
        ])
        self.view.select_row(row)
        self.count.setText(self.tr("{count} participants").format(count=self.model.rowCount()))

    def lock(self, read_only: bool) -> None:
        self.model.read_only = read_only
        for button in (self.add_button, self.remove_button, self.import_button):
            button.setEnabled(not read_only)

    # ------------------------------------------------------------ editing

    def _field_column(self, field: str, title: str) -> Column[Registration]:
        """A column showing one of the person's fields, edited in place."""

        def edit(row: Registration, value: Any) -> Registration:
            text = str(value).strip()
            if field == "name" and not text:
                raise RoundtablesError(self.tr("A participant needs a name"))
            person = copy.deepcopy(row.participant)
            setattr(person, field, text)
            return Registration(person, row.tables)

        return shown_in_full(title, lambda r: getattr(r.participant, field), edit=edit)

    def _edit_consent(self, row: Registration, value: Any) -> Registration:
        if value not in self.consent_labels:
            raise RoundtablesError(self.tr("Not a consent: {value}").format(value=value))
        person = copy.deepcopy(row.participant)
        person.consent = Consent(value)
        return Registration(person, row.tables)

    def _edit_tables(self, row: Registration, value: Any) -> Registration:
        """``"1, 3"``: the person sits at tables 1 and 3 (saved as attendance records)."""
        assert self.current_event is not None
        text = str(value).strip()
        numbers = {t.number for t in self.session.store.tables(self.current_event.id)}
        wanted = {int(n) for n in re.findall(r"\d+", text)}
        if re.sub(r"[\d,;\s]", "", text) or wanted - numbers:
            raise RoundtablesError(
                self.tr("Give table numbers of this event, like 1, 3 (not {text!r})").format(
                    text=text
                )
            )
        return Registration(row.participant, tuple(sorted(wanted)))

    def _commit(self, before: Registration, after: Registration) -> bool:
        """Save a changed person, or their tables, as one undoable step."""
        if after.participant != before.participant:
            saved = self.session.save([after.participant], self.tr("Edit participant"))
        else:
            saved = self._assign_tables(after.participant, set(after.tables))
        if saved:
            self.model.upsert(after)
        return saved

    def _assign_tables(self, person: Participant, wanted: set[int]) -> bool:
        """Seat the person at exactly these tables (attendance records added or tombstoned)."""
        assert self.current_event is not None
        store = self.session.store
        changes: list[Record] = []
        for table in store.tables(self.current_event.id):
            rows = [a for a in store.attendance(table.id) if a.participant_id == person.id]
            if table.number in wanted and not rows:
                changes.append(Attendance(table_id=table.id, participant_id=person.id))
            elif table.number not in wanted:
                for row in rows:
                    row.deleted = True
                    changes.append(row)
        if not changes:
            return True
        return self.session.save(changes, self.tr("Assign tables"))

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
            self.view.select_row(self.model.row_of(person.id))

    def remove_current(self) -> None:
        row = self.view.current_row()
        if row < 0 or self.current_event is None:
            return
        person = self.model.rows[row].participant
        store = self.session.store
        records: list[Record] = [person]
        records += store.seats_of(person.id)
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

"""Who sits at the table: check-in, each person's consent, walk-ins added on the spot."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from roundtables.domain import (
    Attendance,
    Consent,
    Participant,
    Record,
    RoundTable,
    RoundtablesError,
)
from roundtables.names import name_matches
from roundtables.ui.actions import button_for, install_actions
from roundtables.ui.delegates import ChoiceDelegate
from roundtables.ui.edit_session import EditSession
from roundtables.ui.keymap import PARTICIPANTS_PANEL
from roundtables.ui.panels.base import Panel
from roundtables.ui.record_table import Column, RecordTableModel

CHECKED_IN, NAME, ORGANISATION, ACTOR_TYPE, CONSENT = range(5)

_CONSENT_LOOK: dict[str, tuple[str, str]] = {  # letter and colour of the badge next to each consent
    Consent.NAMED: ("N", "#2e7d32"),
    Consent.ORGANISATION: ("O", "#8a5300"),
    Consent.ANONYMOUS: ("A", "#546e7a"),
}


def consent_icon(consent: str, cache: dict[str, QIcon]) -> QIcon:
    """A round badge with a letter, drawn once per consent level and panel.

    The cache lives in the panel, not the module, so no pixmap outlives the app.
    """
    if consent not in cache:
        letter, colour = _CONSENT_LOOK.get(consent, ("?", "#000000"))
        pixmap = QPixmap(32, 32)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(colour))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QRectF(1, 1, 30, 30))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(18)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(0, 0, 32, 32), Qt.AlignmentFlag.AlignCenter, letter)
        painter.end()
        cache[consent] = QIcon(pixmap)
    return cache[consent]


@dataclasses.dataclass
class Seat:
    """One row: a participant and their attendance at this table."""

    participant: Participant
    attendance: Attendance


class ParticipantsPanel(Panel):
    """The table's participants with check-in, consent and quick walk-in registration."""

    def __init__(
        self,
        session: EditSession,
        table: RoundTable,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, table, parent)
        self.icons: dict[str, QIcon] = {}
        self.consent_labels = {
            Consent.NAMED: self.tr("Named"),
            Consent.ORGANISATION: self.tr("Organisation only"),
            Consent.ANONYMOUS: self.tr("Anonymous"),
        }
        self.consent_help = {
            Consent.NAMED: self.tr("May be quoted by name"),
            Consent.ORGANISATION: self.tr("May be quoted by organisation, not by name"),
            Consent.ANONYMOUS: self.tr("Never attributed"),
        }
        self.model: RecordTableModel[Seat] = RecordTableModel(
            self._columns(), key=lambda s: s.participant.id, commit=self._commit_seat, parent=self
        )
        self.model.refused.connect(self.session.refuse)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Participants at this table"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(CHECKED_IN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(ACTOR_TYPE, 200)
        header.resizeSection(CONSENT, 190)
        consents: list[tuple[str, str]] = [(c, self.consent_labels[c]) for c in Consent]
        self.view.setItemDelegateForColumn(
            CONSENT, ChoiceDelegate(consents, self.tr("Consent"), self.view)
        )

        self.action_by_id = install_actions(self, PARTICIPANTS_PANEL)
        self.check_in_action = self.action_by_id["check_in"]
        self.walk_in_action = self.action_by_id["walk_in"]

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(
            QLabel(
                self.tr(
                    "<b>Participants</b> <span style='font-style:italic'>Space check in · "
                    "Ctrl+Shift+W walk-in</span>"
                )
            )
        )
        top.addWidget(self.count_label, 1)
        top.addWidget(button_for(self.check_in_action, self.tr("Check in / out"), self))

        self.walk_in_name = QLineEdit()
        self.walk_in_name.setPlaceholderText(self.tr("Walk-in: name"))
        self.walk_in_name.setAccessibleName(self.tr("Walk-in name"))
        self.walk_in_organisation = QLineEdit()
        self.walk_in_organisation.setPlaceholderText(self.tr("Organisation"))
        self.walk_in_organisation.setAccessibleName(self.tr("Walk-in organisation"))
        self.walk_in_actor = QComboBox()
        self.walk_in_actor.setEditable(True)
        self.walk_in_actor.setAccessibleName(self.tr("Walk-in actor type"))
        actor_edit = self.walk_in_actor.lineEdit()
        assert actor_edit is not None  # an editable combo box always has one
        actor_edit.setPlaceholderText(self.tr("Actor type"))
        self.walk_in_consent = QComboBox()
        self.walk_in_consent.setAccessibleName(self.tr("Walk-in consent"))
        for value, label in consents:
            self.walk_in_consent.addItem(consent_icon(value, self.icons), label, value)
        self.walk_in_consent.setToolTip(self.tr("Ask the person; until then, Anonymous is safest"))
        self.walk_in_button = QPushButton(self.tr("Add walk-in"))
        self.walk_in_button.setAccessibleName(self.tr("Add the walk-in, checked in"))
        self.walk_in_button.clicked.connect(self.add_walk_in)
        for field in (self.walk_in_name, self.walk_in_organisation):
            field.returnPressed.connect(self.add_walk_in)
        actor_edit.returnPressed.connect(self.add_walk_in)
        self.walk_in_consent.installEventFilter(self)  # Enter there adds the walk-in too
        form = QHBoxLayout()
        form.addWidget(self.walk_in_name, 3)
        form.addWidget(self.walk_in_organisation, 3)
        form.addWidget(self.walk_in_actor, 2)
        form.addWidget(self.walk_in_consent, 2)
        form.addWidget(self.walk_in_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        self.setFocusProxy(self.view)
        self.reload()
        self.lock(self.read_only)

    def _columns(self) -> list[Column[Seat]]:
        def person_edit(name: str, required: bool = False) -> Any:
            def edit(seat: Seat, value: Any) -> Seat:
                text = str(value or "").strip()
                if required and not text:
                    raise RoundtablesError(self.tr("A participant needs a name"))
                person = dataclasses.replace(seat.participant)
                setattr(person, name, text)
                return Seat(person, seat.attendance)

            return edit

        def check_in(seat: Seat, value: Any) -> Seat:
            return Seat(seat.participant, dataclasses.replace(seat.attendance, checked_in=value))

        def consent(seat: Seat, value: Any) -> Seat:
            if value not in self.consent_labels:
                raise RoundtablesError(self.tr("Not a consent: {value}").format(value=value))
            person = dataclasses.replace(seat.participant, consent=Consent(value))
            return Seat(person, seat.attendance)

        return [
            Column(
                self.tr("Here"),
                lambda s: "",
                edit=check_in,
                check=lambda s: s.attendance.checked_in,
                tooltip=lambda s: self.tr("Checked in (Space)"),
            ),
            Column(self.tr("Name"), lambda s: s.participant.name, edit=person_edit("name", True)),
            Column(
                self.tr("Organisation"),
                lambda s: s.participant.organisation,
                edit=person_edit("organisation"),
            ),
            Column(
                self.tr("Actor type"),
                lambda s: s.participant.actor_type,
                edit=person_edit("actor_type"),
            ),
            Column(
                self.tr("Consent"),
                lambda s: self.consent_labels.get(s.participant.consent, s.participant.consent),
                edit_value=lambda s: s.participant.consent,
                edit=consent,
                decoration=lambda s: consent_icon(s.participant.consent, self.icons),
                tooltip=lambda s: self.consent_help.get(s.participant.consent, ""),
            ),
        ]

    # ------------------------------------------------------------ showing

    def reload(self) -> None:
        """Read the table's participants and their attendance from the store."""
        seats: dict[str, Attendance] = {}
        for attendance in self.store.attendance(self.table.id):
            seats.setdefault(attendance.participant_id, attendance)
        people = self.store.table_participants(self.table.id)
        self.model.set_rows([Seat(p, seats[p.id]) for p in people if p.id in seats])
        actor_types = sorted(
            {p.actor_type for p in self.store.participants(self.event_record.id) if p.actor_type}
        )
        self.walk_in_actor.clear()
        self.walk_in_actor.addItems(["", *actor_types])
        self.walk_in_consent.setCurrentIndex(self.walk_in_consent.findData(Consent.ANONYMOUS))
        self._update_labels()

    def _update_labels(self) -> None:
        here = sum(1 for seat in self.model.rows if seat.attendance.checked_in)
        self.count_label.setText(
            self.tr("{here} of {total} checked in").format(here=here, total=len(self.model.rows))
        )
        chatham = self.event_record.under_chatham_house
        self.banner.setText(
            self.tr("Chatham House rule: nothing said at this event is attributed to anyone.")
            if chatham
            else ""
        )
        self.banner.setVisible(chatham)

    def on_saved(self, record: Record) -> None:
        if isinstance(record, Attendance) and record.table_id == self.table.id:
            row = self.model.row_of(record.participant_id)
            if record.deleted:
                self.model.remove(record.participant_id)
            elif row >= 0:
                self.model.upsert(Seat(self.model.rows[row].participant, record))
            else:
                person = self.store.get(Participant, record.participant_id)
                if person is not None and not person.deleted:
                    self.model.upsert(Seat(person, record))
        elif isinstance(record, Participant):
            row = self.model.row_of(record.id)
            if row >= 0 and record.deleted:
                self.model.remove(record.id)
            elif row >= 0:
                self.model.upsert(Seat(record, self.model.rows[row].attendance))
        self._update_labels()

    def apply_read_only(self, read_only: bool) -> None:
        self.model.set_read_only(read_only)
        for widget in (
            self.walk_in_name,
            self.walk_in_organisation,
            self.walk_in_actor,
            self.walk_in_consent,
            self.walk_in_button,
        ):
            widget.setEnabled(not read_only)

    # ------------------------------------------------------------ edits

    def _commit_seat(self, before: Seat, after: Seat) -> bool:
        name = after.participant.name
        if after.attendance != before.attendance:
            text = (
                self.tr("Check in {name}")
                if after.attendance.checked_in
                else self.tr("Check out {name}")
            )
            return self.session.save([after.attendance], text.format(name=name))
        return self.session.save(
            [after.participant], self.tr("Edit {name}").format(name=name)
        )

    def current_seat(self) -> Seat | None:
        return self.model.row_at(self.view.currentIndex().row())

    def toggle_check_in(self) -> None:
        """Check the selected person in, or out again (Space)."""
        row = self.view.currentIndex().row()
        seat = self.model.row_at(row)
        if seat is not None and not self.read_only:
            index = self.model.index(row, CHECKED_IN)
            state = Qt.CheckState.Unchecked if seat.attendance.checked_in else Qt.CheckState.Checked
            self.model.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.walk_in_consent
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not self.walk_in_consent.view().isVisible()
        ):
            self.add_walk_in()
            return True
        return super().eventFilter(watched, event)

    def start_walk_in(self) -> None:
        """Put the cursor in the walk-in form (Ctrl+Shift+W)."""
        if not self.read_only:
            self.walk_in_name.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.walk_in_name.selectAll()

    def add_walk_in(self) -> None:
        """Register the person typed in the form at this table, checked in, in one step."""
        if self.read_only:
            return
        name = " ".join(self.walk_in_name.text().split())
        if not name:
            self.session.refuse(self.tr("A walk-in needs a name"))
            return
        for seat in self.model.rows:
            if name_matches(name, seat.participant.name):
                self.session.refuse(self.tr("{name} is already at this table").format(name=name))
                return
        known = [
            p
            for p in self.store.participants(self.event_record.id)
            if name_matches(name, p.name)
        ]
        attendance = Attendance(table_id=self.table.id, participant_id="", checked_in=True)
        records: list[Record] = []
        if known:
            # Registered at another table: seat the same person here, no duplicate.
            attendance.participant_id = known[0].id
        else:
            person = Participant(
                event_id=self.event_record.id,
                name=name,
                organisation=self.walk_in_organisation.text().strip(),
                actor_type=self.walk_in_actor.currentText().strip(),
                consent=Consent(self.walk_in_consent.currentData()),
            )
            attendance.participant_id = person.id
            records.append(person)
        records.append(attendance)
        if self.session.save(records, self.tr("Add walk-in {name}").format(name=name)):
            self.walk_in_name.clear()
            self.walk_in_organisation.clear()
            self.walk_in_actor.setCurrentIndex(0)
            self.walk_in_consent.setCurrentIndex(
                self.walk_in_consent.findData(Consent.ANONYMOUS)
            )
            row = self.model.row_of(attendance.participant_id)
            self.view.setCurrentIndex(self.model.index(row, NAME))
            self.walk_in_name.setFocus()

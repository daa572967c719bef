"""The event's own details: title, date, venue, organiser, language, policy, status."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from roundtables.dates import parse_iso_date
from roundtables.domain import AttributionPolicy, Event, EventStatus, RoundtablesError
from roundtables.ui.edit_session import EditSession
from roundtables.ui.organiser.widgets import select_data, set_text, text_of

LANGUAGES = (("en", "English"), ("nl", "Nederlands"), ("fr", "Français"))


class EventDetailsPanel(QWidget):
    """A form whose every field is saved when the person leaves it."""

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.read_only_changed.connect(self.lock)
        self.current_event: Event | None = None
        self.title = QLineEdit()
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.venue = QLineEdit()
        self.organiser = QLineEdit()
        self.slug = QLabel()
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.policy = QComboBox()
        self.policy.addItem(
            self.tr("Each participant's consent decides"), AttributionPolicy.CONSENT
        )
        self.policy.addItem(
            self.tr("Chatham House: nothing is attributed"), AttributionPolicy.CHATHAM_HOUSE
        )
        self.status = QComboBox()
        self.status.addItem(self.tr("Draft"), EventStatus.DRAFT)
        self.status.addItem(self.tr("Running"), EventStatus.RUNNING)
        self.status.addItem(self.tr("Finalised (read-only)"), EventStatus.FINALISED)
        # Shown, never chosen here: finalising asks first, through Event ▸ Finalise.
        finalised_item = self.status.model().item(2)  # type: ignore[attr-defined]
        finalised_item.setEnabled(False)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            (self.tr("&Title"), self.title),
            (self.tr("&Date"), self.date),
            (self.tr("&Venue"), self.venue),
            (self.tr("&Organiser"), self.organiser),
            (self.tr("&Language"), self.language),
            (self.tr("&Attribution"), self.policy),
            (self.tr("&Status"), self.status),
            (self.tr("Short name"), self.slug),
        )
        for label, field in rows:
            form.addRow(label, field)
            field.setAccessibleName(label.replace("&", ""))
        for name, line in (
            ("title", self.title),
            ("date", self.date),
            ("venue", self.venue),
            ("organiser", self.organiser),
        ):
            line.editingFinished.connect(lambda n=name, f=line: self._text_edited(n, f))
        self.language.activated.connect(lambda *_: self._choice("language", self.language))
        self.policy.activated.connect(
            lambda *_: self._choice("attribution_policy", self.policy)
        )
        self.status.activated.connect(lambda *_: self._choice("status", self.status))

    def show_event(self, event: Event) -> None:
        self.current_event = event
        set_text(self.title, event.title)
        set_text(self.date, event.date)
        set_text(self.venue, event.venue)
        set_text(self.organiser, event.organiser)
        self.slug.setText(event.slug)
        select_data(self.language, event.language)
        select_data(self.policy, event.attribution_policy)
        select_data(self.status, event.status)

    def lock(self, read_only: bool) -> None:
        for line in (self.title, self.date, self.venue, self.organiser):
            line.setReadOnly(read_only)
        self.language.setEnabled(not read_only)
        self.policy.setEnabled(not read_only)
        # The status stays reachable only through Finalise / Reopen when read-only.
        self.status.setEnabled(not read_only)

    def _text_edited(self, name: str, field: QLineEdit) -> None:
        if self.current_event is None or self.session.read_only:
            return
        value = text_of(field)
        try:
            if name == "title" and not value:
                raise RoundtablesError(self.tr("The title cannot be empty"))
            if name == "date" and value:
                value = parse_iso_date(value)
        except RoundtablesError as exc:
            self.session.refuse(exc)
            set_text(field, getattr(self.current_event, name))  # changes nothing
            return
        self._save(name, value)

    def _choice(self, name: str, combo: QComboBox) -> None:
        if self.current_event is not None:
            self._save(name, combo.currentData())

    def _save(self, name: str, value: str) -> None:
        assert self.current_event is not None
        if getattr(self.current_event, name) == value:
            return
        new = copy.deepcopy(self.current_event)
        setattr(new, name, value)
        label = self.tr("Change {field}").format(field=name.replace("_", " "))
        if self.session.save([new], label):
            self.current_event = new
        else:
            self.show_event(self.current_event)

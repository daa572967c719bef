"""The first page of a new event: pick a template (shipped or your own), a title, a date."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roundtables.dates import parse_iso_date
from roundtables.domain import RoundtablesError
from roundtables.templates import EventTemplate, list_templates, load_template
from roundtables.ui import prompts
from roundtables.ui.errors import error_text


class TemplateChooser(QWidget):
    """Emits ``chosen(template, title, date)`` when the person creates the event."""

    chosen = Signal(object, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.templates: list[EventTemplate] = []
        heading = QLabel(self.tr("<h2>New event</h2>Start from a template:"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.setWordWrap(True)
        self.own_button = QPushButton(self.tr("Use &my own template file…"))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.date.setAccessibleName(self.tr("Date"))
        self.create_button = QPushButton(self.tr("&Create event"))
        self.create_button.setDefault(True)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Date"), self.date)
        buttons = QHBoxLayout()
        buttons.addWidget(self.own_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        for template in list_templates():
            self._add(template)
        self.list.currentRowChanged.connect(self._template_changed)
        self.list.itemActivated.connect(lambda *_: self.create_clicked())
        self.own_button.clicked.connect(self.choose_own)
        self.create_button.clicked.connect(self.create_clicked)
        self.select("symposium")
        self.list.setFocus()  # arrows choose, Enter creates

    def _add(self, template: EventTemplate) -> None:
        self.templates.append(template)
        text = f"{template.name} — {template.description}".rstrip(" —")
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, str(template.source))
        self.list.addItem(item)

    def select(self, name: str) -> None:
        """Choose a listed template by name (the first one when none matches)."""
        names = [t.name for t in self.templates]
        self.list.setCurrentRow(names.index(name) if name in names else 0)

    def current(self) -> EventTemplate | None:
        row = self.list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None

    def _template_changed(self, *_: object) -> None:
        template = self.current()
        if template is not None:
            event = template.data["event"]
            self.title.setText(event["title"])
            self.date.setText(event["date"])

    def choose_own(self) -> None:
        """Add the person's own template file (checked field by field) and choose it."""
        path = prompts.open_file(
            self, self.tr("Choose a template file"), self.tr("Templates (*.json)")
        )
        if path is None:
            return
        try:
            template = load_template(path)
        except RoundtablesError as exc:
            prompts.error(self, self.tr("Cannot use this template"), error_text(exc))
            return
        self._add(template)
        self.list.setCurrentRow(len(self.templates) - 1)

    def create_clicked(self) -> None:
        template = self.current()
        if template is None:
            return
        title, date = self.title.text().strip(), self.date.text().strip()
        try:
            if not title:
                raise RoundtablesError(self.tr("The title cannot be empty"))
            if date:
                parse_iso_date(date)
        except RoundtablesError as exc:
            prompts.error(self, self.tr("Cannot create the event"), error_text(exc))
            return
        self.chosen.emit(template, title, date)

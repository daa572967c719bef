"""The declaration of intention: its numbered articles, edited in place."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from roundtables.domain import DeclarationArticle, Event, Record, RoundtablesError
from roundtables.ui.edit_session import EditSession
from roundtables.ui.organiser.models import Column, RecordsModel, RecordsView


class ArticlesPanel(QWidget):
    """Articles by number; the tables give feedback on each during the event."""

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.read_only_changed.connect(self.lock)
        self.current_event: Event | None = None
        columns = [
            Column("number", self.tr("Article")),
            Column("title", self.tr("Title")),
            Column("text", self.tr("Text")),
        ]
        self.model = RecordsModel(columns, self._edit, None, self)
        self.view = RecordsView(self.model, self.tr("Declaration articles"))
        self.view.setColumnWidth(0, 70)
        self.view.setColumnWidth(1, 240)
        self.add_button = QPushButton(self.tr("&Add article"))
        self.remove_button = QPushButton(self.tr("&Remove article"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_article)
        self.remove_button.clicked.connect(self.remove_current)

    def load(self, event: Event) -> None:
        self.current_event = event
        row = self.view.current_row()
        self.model.set_records(self.session.store.articles(event.id))
        self.view.select_row(row)

    def _articles(self) -> list[DeclarationArticle]:
        return [a for a in self.model.records if isinstance(a, DeclarationArticle)]

    def lock(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)

    def _edit(self, record: Record, field: str, value: Any) -> bool:
        assert isinstance(record, DeclarationArticle)
        try:
            if field == "number":
                value = int(value)
                if any(a.number == value and a.id != record.id for a in self._articles()):
                    raise RoundtablesError(
                        self.tr("There is already an article {number}").format(number=value)
                    )
            else:
                value = str(value).strip()
                if field == "text" and not value:
                    raise RoundtablesError(self.tr("An article needs a text"))
        except (RoundtablesError, ValueError) as exc:
            self.session.refuse(exc)
            return False
        if getattr(record, field) == value:
            return False
        new = copy.deepcopy(record)
        setattr(new, field, value)
        if not self.session.save([new], self.tr("Edit article {n}").format(n=record.number)):
            return False
        self.model.records[self.model.records.index(record)] = new
        return True

    def add_article(self) -> None:
        if self.current_event is None:
            return
        number = max((a.number for a in self._articles()), default=0) + 1
        article = DeclarationArticle(
            event_id=self.current_event.id, number=number, text=self.tr("New article")
        )
        if self.session.save([article], self.tr("Add article {n}").format(n=number)):
            self.load(self.current_event)
            self.view.select_row(self.model.rowCount() - 1)

    def remove_current(self) -> None:
        row = self.view.current_row()
        if row < 0 or self.current_event is None:
            return
        article = self.model.record(row)
        if self.session.remove([article], self.tr("Remove article")):
            self.load(self.current_event)

"""The declaration of intention: its numbered articles, edited in place."""

from __future__ import annotations

import copy
from collections.abc import Callable
from operator import attrgetter
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from roundtables.domain import DeclarationArticle, Event, RoundtablesError
from roundtables.ui.edit_session import EditSession
from roundtables.ui.record_table import RecordTableModel, RecordTableView, shown_in_full


class ArticlesPanel(QWidget):
    """Articles by number; the tables give feedback on each during the event."""

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.read_only_changed.connect(self.lock)
        self.current_event: Event | None = None
        columns = [
            shown_in_full(self.tr("Article"), attrgetter("number"), edit=self._edit("number")),
            shown_in_full(self.tr("Title"), attrgetter("title"), edit=self._edit("title")),
            shown_in_full(self.tr("Text"), attrgetter("text"), edit=self._edit("text")),
        ]
        self.model: RecordTableModel[DeclarationArticle] = RecordTableModel(
            columns, key=attrgetter("id"), commit=self._commit, parent=self
        )
        self.model.refused.connect(self.session.refuse)
        self.view = RecordTableView(self.model, self.tr("Declaration articles"))
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
        self.model.set_rows(self.session.store.articles(event.id))
        self.view.select_row(row)

    def _articles(self) -> list[DeclarationArticle]:
        return list(self.model.rows)

    def lock(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)

    def _edit(self, field: str) -> Callable[[DeclarationArticle, Any], DeclarationArticle]:
        """How a typed value becomes the article's new state (or a one-line refusal)."""

        def edit(article: DeclarationArticle, value: Any) -> DeclarationArticle:
            if field == "number":
                try:
                    value = int(value)
                except (TypeError, ValueError):
                    raise RoundtablesError(
                        self.tr("An article number is a whole number, not {value!r}").format(
                            value=value
                        )
                    ) from None
                if any(a.number == value and a.id != article.id for a in self._articles()):
                    raise RoundtablesError(
                        self.tr("There is already an article {number}").format(number=value)
                    )
            else:
                value = str(value).strip()
                if field == "text" and not value:
                    raise RoundtablesError(self.tr("An article needs a text"))
            new = copy.deepcopy(article)
            setattr(new, field, value)
            return new

        return edit

    def _commit(self, before: DeclarationArticle, after: DeclarationArticle) -> bool:
        if not self.session.save([after], self.tr("Edit article {n}").format(n=before.number)):
            return False
        self.model.upsert(after)
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
        article = self.model.rows[row]
        if self.session.remove([article], self.tr("Remove article")):
            self.load(self.current_event)

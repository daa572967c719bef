"""The table's feedback on each article of the declaration: stance, wording, rationale."""

from __future__ import annotations

import dataclasses
import itertools

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from roundtables.domain import (
    ArticleFeedback,
    DeclarationArticle,
    Record,
    RoundTable,
    Stance,
)
from roundtables.ui.actions import install_actions
from roundtables.ui.edit_session import EditSession
from roundtables.ui.keymap import DECLARATION_PANEL
from roundtables.ui.panels.base import Panel

STANCES = (Stance.SUPPORT, Stance.AMEND, Stance.REJECT)
TEXT_FIELDS = ("proposed_wording", "rationale")


class ArticleEditor(QFrame):
    """One article: its text (read-only) and this table's stance, wording and rationale."""

    def __init__(self, panel: DeclarationPanel, article: DeclarationArticle) -> None:
        super().__init__(panel)
        self.panel = panel
        self.article = article
        self.feedback: ArticleFeedback | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        number = article.number
        heading = QLabel(
            self.tr("<b>Article {number}</b> {title}").format(number=number, title=article.title)
        )
        heading.setWordWrap(True)
        text = QLabel(article.text)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setAccessibleName(self.tr("Text of article {number}").format(number=number))
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.stances = QButtonGroup(self)
        labels = {
            Stance.SUPPORT: self.tr("Support"),
            Stance.AMEND: self.tr("Amend"),
            Stance.REJECT: self.tr("Reject"),
        }
        stance_row = QHBoxLayout()
        stance_row.addWidget(QLabel(self.tr("Stance:")))
        self.buttons: dict[str, QRadioButton] = {}
        for i, stance in enumerate(STANCES):
            button = QRadioButton(labels[stance], self)
            button.setAccessibleName(
                self.tr("{stance} article {number}").format(stance=labels[stance], number=number)
            )
            self.stances.addButton(button, i)
            self.buttons[stance] = button
            stance_row.addWidget(button)
        stance_row.addStretch(1)
        self.stances.idToggled.connect(self._stance_toggled)

        self.fields: dict[str, QPlainTextEdit] = {}
        self.timers: dict[str, QTimer] = {}
        self.sessions: dict[str, int] = {}
        names = {
            "proposed_wording": self.tr("Proposed wording for article {number}"),
            "rationale": self.tr("Rationale for article {number}"),
        }
        for name in TEXT_FIELDS:
            edit = QPlainTextEdit(self)
            edit.setAccessibleName(names[name].format(number=number))
            edit.setTabChangesFocus(True)
            lines = 3 if name == "proposed_wording" else 2
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
            edit.installEventFilter(self)
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda name=name: self.flush(name))
            edit.textChanged.connect(lambda name=name: self._typed(name))
            self.fields[name], self.timers[name], self.sessions[name] = edit, timer, 0
        self.wording_label = QLabel(self.tr("Proposed wording:"))
        self.wording_label.setBuddy(self.fields["proposed_wording"])

        left = QVBoxLayout()
        left.addWidget(heading)
        left.addWidget(text)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(stance_row)
        right.addWidget(self.wording_label)
        right.addWidget(self.fields["proposed_wording"])
        rationale_label = QLabel(self.tr("Rationale:"))
        rationale_label.setBuddy(self.fields["rationale"])
        right.addWidget(rationale_label)
        right.addWidget(self.fields["rationale"])
        right.addStretch(1)
        row = QHBoxLayout(self)
        row.addLayout(left, 4)
        row.addLayout(right, 5)
        self.setFocusProxy(self.buttons[Stance.SUPPORT])

    # ------------------------------------------------------------ showing

    def show_feedback(self, feedback: ArticleFeedback | None) -> None:
        """Show a stored feedback (or none yet) without saving anything back."""
        self.feedback = feedback
        self.stances.blockSignals(True)
        self.stances.setExclusive(False)  # the only way to clear every radio button
        for value, button in self.buttons.items():
            button.setChecked(feedback is not None and feedback.stance == value)
        self.stances.setExclusive(True)
        self.stances.blockSignals(False)
        for name, edit in self.fields.items():
            if self.timers[name].isActive():
                continue  # what is being typed wins; it is saved within a second
            value = getattr(feedback, name) if feedback else ""
            if edit.toPlainText() != value:
                edit.blockSignals(True)
                edit.setPlainText(value)
                edit.blockSignals(False)
        self.update_enabled()

    def update_enabled(self) -> None:
        read_only = self.panel.read_only
        for button in self.buttons.values():
            button.setEnabled(not read_only)
        amend = self.feedback is not None and self.feedback.stance == Stance.AMEND
        wording = self.fields["proposed_wording"]
        show_wording = amend or bool(wording.toPlainText())
        wording.setVisible(show_wording)
        self.wording_label.setVisible(show_wording)
        for edit in self.fields.values():
            edit.setReadOnly(read_only or self.feedback is None)
            edit.setPlaceholderText(
                self.tr("Choose a stance first") if self.feedback is None and not read_only else ""
            )

    # ------------------------------------------------------------ saving

    def _stance_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self.panel.set_stance(self, STANCES[button_id])

    def _typed(self, name: str) -> None:
        if self.feedback is not None and not self.panel.read_only:
            self.timers[name].start(self.panel.idle_ms)

    def flush(self, name: str | None = None) -> None:
        """Save what was typed in a text field now (focus left it, or typing paused)."""
        for field_name in TEXT_FIELDS if name is None else (name,):
            self.timers[field_name].stop()
            value = self.fields[field_name].toPlainText()
            if self.feedback is None or getattr(self.feedback, field_name) == value:
                continue
            after = dataclasses.replace(self.feedback)
            setattr(after, field_name, value)
            key = ("feedback", self.article.id, field_name, self.sessions[field_name])
            self.panel.save_feedback(self, after, key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        for name, edit in self.fields.items():
            if watched is edit:
                if event.type() == QEvent.Type.FocusOut:
                    self.flush(name)
                elif event.type() == QEvent.Type.FocusIn:
                    # A new visit to the field is a new undo step.
                    self.sessions[name] = next(_SESSIONS)
        return super().eventFilter(watched, event)


_SESSIONS = itertools.count(1)


class DeclarationPanel(Panel):
    """Every article of the event's declaration with this table's feedback on it."""

    #: Typing pause after which a text field is saved (milliseconds, at most a second).
    idle_ms = 700

    def __init__(
        self,
        session: EditSession,
        table: RoundTable,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, table, parent)
        self.editors: list[ArticleEditor] = []
        self._current = 0
        self.container = QWidget()
        self.rows = QVBoxLayout(self.container)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.container)
        self.scroll_area.setAccessibleName(self.tr("Declaration articles"))
        self.empty = QLabel(self.tr("This event has no declaration articles."))
        intro = QLabel(
            self.tr(
                "<b>Declaration</b> — the table's stance on each article. Support, amend "
                "or reject: Ctrl+Alt+S, A, R; next article: Alt+Down."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroll_area, 1)
        self.action_by_id = install_actions(self, DECLARATION_PANEL)
        self.reload()
        self.lock(self.read_only)

    def reload(self) -> None:
        """Build one editor per article and show the stored feedback."""
        for editor in self.editors:
            editor.flush()
            self.rows.removeWidget(editor)
            editor.deleteLater()
        self.editors = []
        while self.rows.count():
            self.rows.takeAt(0)
        for article in self.store.articles(self.event_record.id):
            editor = ArticleEditor(self, article)
            editor.show_feedback(self.store.feedback_for(self.table.id, article.id))
            self.rows.addWidget(editor)
            self.editors.append(editor)
        self.rows.addStretch(1)
        self.empty.setVisible(not self.editors)
        if self.editors:
            self.setFocusProxy(self.editors[0])

    def editor_for(self, article_id: str) -> ArticleEditor | None:
        return next((e for e in self.editors if e.article.id == article_id), None)

    def on_saved(self, record: Record) -> None:
        if isinstance(record, ArticleFeedback):
            editor = self.editor_for(record.article_id)
            if editor is not None:
                editor.show_feedback(None if record.deleted else record)
        elif isinstance(record, DeclarationArticle):
            self.reload()

    def apply_read_only(self, read_only: bool) -> None:
        for editor in self.editors:
            editor.update_enabled()

    def flush(self) -> None:
        """Save every text typed and not yet saved (the idle pause has not passed)."""
        for editor in self.editors:
            editor.flush()

    # ------------------------------------------------------------ navigation

    def current(self) -> int:
        """The article holding the keyboard focus (else the last one that did)."""
        widget = QApplication.focusWidget()
        while widget is not None:
            if isinstance(widget, ArticleEditor) and widget in self.editors:
                self._current = self.editors.index(widget)
                break
            widget = widget.parentWidget()
        return self._current

    def go_to(self, index: int) -> None:
        """Move the keyboard to an article's stance buttons and scroll it into view."""
        if not self.editors:
            return
        self._current = max(0, min(index, len(self.editors) - 1))
        editor = self.editors[self._current]
        checked = self._checked_button(editor)
        checked.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.scroll_area.ensureWidgetVisible(editor)

    @staticmethod
    def _checked_button(editor: ArticleEditor) -> QRadioButton:
        button = editor.stances.checkedButton()
        if isinstance(button, QRadioButton):
            return button
        return editor.buttons[Stance.SUPPORT]

    def step(self, by: int) -> None:
        """The next (1) or previous (-1) article."""
        self.go_to(self.current() + by)

    def set_stance_of_current(self, stance: str) -> None:
        """Ctrl+Alt+S, A, R: the stance of the article the keyboard is in."""
        if self.editors:
            self.set_stance(self.editors[self.current()], Stance(stance))

    # ------------------------------------------------------------ saving

    def set_stance(self, editor: ArticleEditor, stance: Stance) -> None:
        """Record the table's stance on an article; amending starts from its text."""
        if self.read_only:
            editor.show_feedback(editor.feedback)
            return
        editor.flush()
        before = editor.feedback or self._tombstoned(editor.article.id)
        if before is None or before.deleted:
            # A deleted feedback keeps its id (one per article) but starts blank.
            after = ArticleFeedback(table_id=self.table.id, article_id=editor.article.id)
            if before is not None:
                after.id = before.id
        else:
            after = dataclasses.replace(before)
        after.stance = stance
        if stance == Stance.AMEND and not after.proposed_wording.strip():
            after.proposed_wording = editor.article.text
        if before is not None and after == before:
            return
        text = self.tr("Stance on article {number}").format(number=editor.article.number)
        if not self.session.save([after], text):
            editor.show_feedback(editor.feedback)  # put the radio buttons back
        elif stance == Stance.AMEND:
            wording = editor.fields["proposed_wording"]
            wording.setFocus(Qt.FocusReason.OtherFocusReason)
            wording.selectAll()

    def _tombstoned(self, article_id: str) -> ArticleFeedback | None:
        """A deleted feedback for this article is revived rather than duplicated."""
        return self.store.feedback_for(self.table.id, article_id, removed_too=True)

    def save_feedback(self, editor: ArticleEditor, after: ArticleFeedback, key: object) -> None:
        text = self.tr("Feedback on article {number}").format(number=editor.article.number)
        if not self.session.save([after], text, merge_key=key):
            editor.show_feedback(editor.feedback)

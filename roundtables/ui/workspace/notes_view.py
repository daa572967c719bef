"""The notes list with its filters: type, question, speaker, tag and free text."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from roundtables.domain import GuidingQuestion, NoteType
from roundtables.ui.delegates import ChoiceDelegate, name_editor
from roundtables.ui.edit_session import navigation
from roundtables.ui.workspace.notes_model import (
    SPEAKER,
    STAR,
    TAGS,
    TEXT,
    TIME,
    TYPE,
    NotesModel,
)

Index = QModelIndex | QPersistentModelIndex
#: A list this long refilters on every key (about a frame's work); a longer one
#: refilters when typing pauses for TYPING_PAUSE_MS.
FILTER_AT_ONCE_ROWS = 3000
TYPING_PAUSE_MS = 150
ANY = "\x00any"  # combo data meaning "no filter" (cannot clash with an id or key)
NONE = "\x00none"  # notes linked to no question


class NotesFilter(QSortFilterProxyModel):
    """Keeps the notes that match every filter set (an unset filter matches all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.note_type = ANY
        self.question = ANY
        self.speaker = ANY
        self.tag = ""
        self.text = ""
        self.filtering = False  # some filter is set

    def set_filters(self, **values: str) -> None:
        """Set some of note_type, question, speaker, tag, text and refilter once."""
        self.beginFilterChange()
        for name, value in values.items():
            if name not in ("note_type", "question", "speaker", "tag", "text"):
                raise ValueError(f"unknown filter {name}")
            setattr(self, name, value)
        self.tag = self.tag.strip().lstrip("#").lower()
        self.text = self.text.strip().casefold()
        self.filtering = bool(self.tag or self.text) or any(
            value != ANY for value in (self.note_type, self.question, self.speaker))
        model = self.sourceModel()
        if self.filtering and isinstance(model, NotesModel):
            model.notes.read_all()  # one read for the pass over every row
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.filtering:
            return True
        model = self.sourceModel()
        assert isinstance(model, NotesModel)
        notes = model.notes
        if self.note_type != ANY and notes.field(source_row, "type") != self.note_type:
            return False
        question = notes.field(source_row, "question_id")
        if self.question == NONE and question:
            return False
        if self.question not in (ANY, NONE) and question != self.question:
            return False
        if self.speaker != ANY and model.speaker_at(source_row) != self.speaker:
            return False
        if self.tag and self.tag not in notes.tags(source_row):
            return False
        if self.text:
            return self.text in model.haystack(source_row)
        return True


class SpeakerDelegate(QStyledItemDelegate):
    """Edits a note's speaker in a line with completion from the table's participants."""

    def __init__(self, model: NotesModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        return name_editor(parent, self.model.participants, self.tr("Speaker"))


class NotesPanel(QWidget):
    """Filter bar over a table view of the notes (uniform rows: smooth at 5,000)."""

    def __init__(
        self, model: NotesModel, note_types: list[NoteType],
        questions: list[GuidingQuestion], parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = NotesFilter(self)
        self.proxy.setSourceModel(model)
        self.type_filter = QComboBox()
        self.type_filter.setAccessibleName(self.tr("Filter by type"))
        self.type_filter.addItem(self.tr("All types"), ANY)
        for note_type in note_types:
            self.type_filter.addItem(note_type.label, note_type.key)
        self.question_filter = QComboBox()
        self.question_filter.setAccessibleName(self.tr("Filter by guiding question"))
        self.question_filter.addItem(self.tr("All questions"), ANY)
        self.question_filter.addItem(self.tr("No question"), NONE)
        for question in questions:
            label = self.tr("Q{position}: {text}").format(
                position=question.position, text=question.text
            )
            self.question_filter.addItem(_shorten(label), question.id)
            self.question_filter.setItemData(
                self.question_filter.count() - 1, question.text, Qt.ItemDataRole.ToolTipRole
            )
        self.speaker_filter = QComboBox()
        self.speaker_filter.setAccessibleName(self.tr("Filter by speaker"))
        self.tag_filter = QLineEdit()
        self.tag_filter.setPlaceholderText(self.tr("#tag"))
        self.tag_filter.setAccessibleName(self.tr("Filter by tag"))
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Search notes (Ctrl+F)"))
        self.text_filter.setAccessibleName(self.tr("Search the notes"))
        self.text_filter.setClearButtonEnabled(True)
        navigation(self.speaker_filter, self.tag_filter, self.text_filter)
        self.refresh_speakers()
        for combo in (self.type_filter, self.question_filter, self.speaker_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(self.apply_filters)
        #: in a big table the list refilters once typing pauses, not on every key
        self._typing_pause = QTimer(self)
        self._typing_pause.setSingleShot(True)
        self._typing_pause.setInterval(TYPING_PAUSE_MS)
        self._typing_pause.timeout.connect(self.apply_filters)
        self.tag_filter.textChanged.connect(self._typed_filter)
        self.text_filter.textChanged.connect(self._typed_filter)
        for line in (self.text_filter, self.tag_filter):
            line.installEventFilter(self)  # Esc clears the filters
        #: always says how much of the list is shown ("12 of 40 notes")
        self.count_label = QLabel()
        self.count_label.setObjectName("notesCount")
        self.count_label.setAccessibleName(self.tr("Notes shown"))
        bar = QHBoxLayout()
        bar.addWidget(self.text_filter, 3)
        bar.addWidget(self.type_filter, 2)
        bar.addWidget(self.question_filter, 3)
        bar.addWidget(self.speaker_filter, 2)
        bar.addWidget(self.tag_filter, 1)
        bar.addWidget(self.count_label)

        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Notes"))
        self.view.setModel(self.proxy)
        choices = [(t.key, t.label) for t in note_types]
        self.view.setItemDelegateForColumn(
            TYPE, ChoiceDelegate(choices, self.tr("Note type"), self.view)
        )
        self.view.setItemDelegateForColumn(SPEAKER, SpeakerDelegate(model, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)
        vertical = self.view.verticalHeader()
        vertical.setVisible(False)
        # fixed row heights: the view never measures 5,000 rows
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        em = self.view.fontMetrics().horizontalAdvance("M")
        for column, width in ((TIME, 5), (TYPE, 10), (SPEAKER, 11), (TAGS, 9), (STAR, 3)):
            self.view.setColumnWidth(column, width * em)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        model.rowsInserted.connect(self._maybe_new_speaker)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self.update_count)
        self.view.installEventFilter(self)
        self._shown_once = False
        self.update_count()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:  # once laid out: the newest notes are the ones talked about
            self._shown_once = True
            QTimer.singleShot(0, self.view.scrollToBottom)

    def refresh_speakers(self) -> None:
        """Offer every speaker who has a note, plus the table's participants."""
        current = self.speaker_filter.currentData() or ANY
        names = sorted(self.model.speakers(), key=str.casefold)
        self.speaker_filter.blockSignals(True)
        self.speaker_filter.clear()
        self.speaker_filter.addItem(self.tr("All speakers"), ANY)
        for name in names:
            self.speaker_filter.addItem(name, name)
        self.speaker_filter.setCurrentIndex(max(self.speaker_filter.findData(current), 0))
        self.speaker_filter.blockSignals(False)

    def _maybe_new_speaker(self, _parent: QModelIndex, first: int, last: int) -> None:
        for row in range(first, last + 1):
            name = self.model.speaker_at(row)
            if name and self.speaker_filter.findData(name) < 0:
                self.refresh_speakers()
                return

    def _typed_filter(self) -> None:
        if self.model.rowCount() <= FILTER_AT_ONCE_ROWS:
            self.apply_filters()
        else:
            self._typing_pause.start()

    def apply_filters(self) -> None:
        """Read the filter bar and refilter the list."""
        self._typing_pause.stop()
        self.proxy.set_filters(
            note_type=str(self.type_filter.currentData()),
            question=str(self.question_filter.currentData()),
            speaker=str(self.speaker_filter.currentData()),
            tag=self.tag_filter.text(),
            text=self.text_filter.text(),
        )
        self.update_count()

    def clear_filters(self) -> None:
        for combo in (self.type_filter, self.question_filter, self.speaker_filter):
            combo.setCurrentIndex(0)
        self.tag_filter.clear()
        self.text_filter.clear()
        self.apply_filters()

    def flush_filters(self) -> None:
        """Apply a filter still waiting for typing to pause (before acting on the list)."""
        if self._typing_pause.isActive():
            self.apply_filters()

    def is_filtered(self) -> bool:
        """True when some filter hides notes."""
        combos = (self.type_filter, self.question_filter, self.speaker_filter)
        return any(c.currentIndex() > 0 for c in combos) or bool(
            self.tag_filter.text().strip() or self.text_filter.text().strip()
        )

    def update_count(self, *_: object) -> None:
        """Say how many notes the list shows, and of how many."""
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if self.is_filtered():
            text = self.tr("{shown} of {total} notes").format(shown=shown, total=total)
        else:
            text = self.tr("{total} notes").format(total=total)
        self.count_label.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.is_filtered()
            and not (watched is self.view and self.view.state()
                     == QAbstractItemView.State.EditingState)
        ):
            self.clear_filters()
            return True
        return super().eventFilter(watched, event)

    def current_source_row(self) -> int | None:
        """The selected note's row in the model: only a note the list shows selected
        (None otherwise), so an action never lands on a note a filter hid."""
        self.flush_filters()
        index = self.view.currentIndex()
        selection = self.view.selectionModel()
        if not index.isValid() or not selection.isRowSelected(index.row(), QModelIndex()):
            return None
        return self.proxy.mapToSource(index).row()

    def select_row(self, source_row: int) -> bool:
        """Select and show a model row; False when the filters hide it."""
        self.flush_filters()
        index = self.proxy.mapFromSource(self.model.index(source_row, TEXT))
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"

"""The table's notes as a Qt table model over cached rows.

``data()`` runs hundreds of times per repaint, so it only reads prepared
strings; no SQL there.  A row's strings are prepared the first time it is
shown (opening a table of 50,000 notes formats the few dozen on screen), and the
folded text the filter searches is prepared once per note, when first asked;
whole notes are built from their rows only when used.  The model loads the
table's notes once and then follows the store's commits one record at a time
(insert, change, tombstone), so saving a note in a table of 5,000 does not
reload 5,000 rows.
"""

from __future__ import annotations

import bisect
import copy
import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from roundtables.domain import (
    Note,
    NoteType,
    Participant,
    Record,
    parse_note_input,
)
from roundtables.names import resolve_speaker
from roundtables.storage.lazy_notes import LazyNotes
from roundtables.ui.edit_session import EditSession
from roundtables.ui.workspace.capture import speaker_token

Index = QModelIndex | QPersistentModelIndex

TIME, TYPE, SPEAKER, TEXT, TAGS, STAR = range(6)
STAR_MARK = "★"
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1


def _same_content(a: Note, b: Note) -> bool:
    return (a.text, a.type, a.speaker_id, a.speaker, a.tags, a.question_id, a.key_message) == (
        b.text, b.type, b.speaker_id, b.speaker, b.tags, b.question_id, b.key_message
    )


def _local_time(iso: str) -> str:
    if not iso:
        return ""
    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%H:%M")
    except ValueError:
        return ""


class NotesModel(QAbstractTableModel):
    """Notes of one table, oldest first: time, type, speaker, text, tags, star."""

    def __init__(
        self, session: EditSession, table_id: str, note_types: list[NoteType],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.store = store = session.store
        self.table_id = table_id
        self.note_types = note_types
        self.type_labels = {t.key: t.label for t in note_types}
        #: the table's participants: who a typed @name or speaker resolves to
        self.participants: list[Participant] = store.table_participants(table_id)
        self.headers = [
            self.tr("Time"), self.tr("Type"), self.tr("Speaker"), self.tr("Note"),
            self.tr("Tags"), self.tr("Key"),
        ]
        self.names: dict[str, str] = {}
        self.notes: LazyNotes = LazyNotes([])
        self._display: list[list[str] | None] = []  # None: not formatted yet
        self._haystack: list[str | None] = []  # what the text filter searches, folded
        self._keys: list[tuple[str, str]] = []  # sort key per row: (created_at, id)
        self._row_of: dict[str, int] = {}
        self.reload()

    # ------------------------------------------------------------- loading

    def reload(self) -> None:
        """Read every live note of the table (when the table opens)."""
        self.beginResetModel()
        event_id = self._event_id()
        self.names = {p.id: p.name for p in self.store.participants(event_id)} if event_id else {}
        self.notes = self.store.notes_lazily(self.table_id)
        self._display = [None] * len(self.notes)
        self._haystack = [None] * len(self.notes)
        self._keys = list(zip(self.notes.column("created_at"), self.notes.column("id"),
                              strict=True))
        self._reindex()
        self.endResetModel()

    def _event_id(self) -> str | None:
        return self.store.event_id_of_table(self.table_id)

    def _reindex(self) -> None:
        self._row_of = {key[1]: i for i, key in enumerate(self._keys)}

    def speaker_name(self, note: Note) -> str:
        if note.speaker_id and note.speaker_id in self.names:
            return self.names[note.speaker_id]
        return note.speaker

    def speaker_at(self, row: int) -> str:
        """The speaker's name of a row, without building its note."""
        speaker_id = self.notes.field(row, "speaker_id")
        if speaker_id and speaker_id in self.names:
            return self.names[speaker_id]
        return str(self.notes.field(row, "speaker") or "")

    def speakers(self) -> set[str]:
        """Every speaker's name that some note carries."""
        pairs = set(zip(self.notes.column("speaker_id"), self.notes.column("speaker"),
                        strict=True))
        return {self.names[sid] if sid in self.names else str(name or "")
                for sid, name in pairs} - {""}

    def _row_text(self, note: Note) -> list[str]:
        return [
            _local_time(note.created_at),
            self.type_labels.get(note.type, note.type),
            self.speaker_name(note),
            " ".join(note.text.split()),  # one line in the list; the record keeps newlines
            " ".join("#" + t for t in note.tags),
            STAR_MARK if note.key_message else "",
        ]

    # ------------------------------------------------------------- following the store

    def on_saved(self, record: Record) -> None:
        """Apply one committed record to the rows (connected to StoreSignals.saved)."""
        if isinstance(record, Participant):
            self._participant_changed(record)
            return
        if not isinstance(record, Note) or record.table_id != self.table_id:
            return
        note = copy.deepcopy(record)
        row = self._row_of.get(note.id)
        if row is not None and note.deleted:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.notes[row], self._display[row], self._keys[row], self._haystack[row]
            self._reindex()
            self.endRemoveRows()
        elif row is not None:
            self.notes[row], self._display[row], self._haystack[row] = note, None, None
            self.dataChanged.emit(self.index(row, 0), self.index(row, STAR))
        elif not note.deleted:
            key = (note.created_at, note.id)
            row = bisect.bisect_right(self._keys, key)
            self.beginInsertRows(QModelIndex(), row, row)
            self.notes.insert(row, note)
            self._display.insert(row, None)
            self._haystack.insert(row, None)
            self._keys.insert(row, key)
            if row == len(self.notes) - 1:
                self._row_of[note.id] = row  # appended: no other row moved
            else:
                self._reindex()
            self.endInsertRows()

    def _participant_changed(self, person: Participant) -> None:
        if person.deleted:
            self.names.pop(person.id, None)
        else:
            self.names[person.id] = person.name
        for row in range(len(self.notes)):
            if self.notes.field(row, "speaker_id") == person.id:
                self._display[row] = self._haystack[row] = None
                index = self.index(row, SPEAKER)
                self.dataChanged.emit(index, index)

    def _shown(self, row: int) -> list[str]:
        shown = self._display[row]
        if shown is None:
            shown = self._display[row] = self._row_text(self.notes[row])
        return shown

    def haystack(self, row: int) -> str:
        """The note's text, speaker and tags as one case-folded string (cached)."""
        found = self._haystack[row]
        if found is None:
            found = " ".join(
                (self.notes.field(row, "text"), self.speaker_at(row), *self.notes.tags(row))
            ).casefold()
            self._haystack[row] = found
        return found

    # ------------------------------------------------------------- Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.notes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(row)[column]
        if role == Qt.ItemDataRole.EditRole:
            note = self.notes[row]
            if column == TYPE:
                return note.type
            if column == TEXT:
                return self.as_typed(note)
            return self._shown(row)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return self.notes[row].text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._shown(row)[column] or (self.tr("not a key message") if column == STAR
                                                  else "")
        if role == NOTE_ROLE:
            return self.notes[row]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == STAR:
            return Qt.AlignmentFlag.AlignCenter
        return None

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and not self.read_only and index.column() in (TYPE, SPEAKER, TEXT):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        note = self.notes[index.row()]
        edited = copy.deepcopy(note)
        if index.column() == TEXT:
            # F2 shows the note as it would be typed: markers, @ and # parse like capture
            parsed = parse_note_input(str(value), self.note_types)
            if not parsed.text:
                return False  # an empty note is deleted with Del, not by erasing it
            edited.text, edited.tags = parsed.text, list(parsed.tags)
            edited.type = parsed.type or note.type
            edited.speaker_id, edited.speaker = resolve_speaker(self.participants, parsed.speaker)
            title = self.tr("Edit note")
        elif index.column() == SPEAKER:
            edited.speaker_id, edited.speaker = resolve_speaker(
                self.participants, str(value).strip()
            )
            title = self.tr("Change speaker")
        elif index.column() == TYPE:
            if str(value) not in self.type_labels or value == note.type:
                return False
            edited.type = str(value)
            title = self.tr("Change note type")
        else:
            return False
        if _same_content(note, edited):
            return False
        return self.session.save([edited], title)

    def as_typed(self, note: Note) -> str:
        """A note written back the way it is captured: ``b: text @Speaker_Name``."""
        marker = next((t.marker for t in self.note_types if t.key == note.type), "")
        text = f"{marker}: {note.text}" if marker else note.text
        speaker = self.speaker_name(note)
        return f"{text} @{speaker_token(speaker)}" if speaker else text

    # ------------------------------------------------------------- commands

    def change(self, row: int, title: str, **fields: Any) -> None:
        """Change fields of one note (undoable); nothing happens if nothing changes."""
        note = self.notes[row]
        edited = copy.deepcopy(note)
        for name, value in fields.items():
            setattr(edited, name, value)
        if not _same_content(note, edited):
            self.session.save([edited], title)

    def note_at(self, row: int) -> Note:
        return self.notes[row]

    def row_of(self, note_id: str) -> int | None:
        return self._row_of.get(note_id)

    def toggle_key_message(self, row: int) -> None:
        """Star or unstar a note as a key message (undoable)."""
        note = self.notes[row]
        edited = copy.deepcopy(note)
        edited.key_message = not note.key_message
        title = self.tr("Mark key message") if edited.key_message else self.tr("Unmark key message")
        self.session.save([edited], title)

    def delete(self, row: int) -> None:
        """Tombstone a note (undoable: undo brings it back)."""
        note = self.notes[row]
        edited = copy.deepcopy(note)
        edited.deleted = True
        self.session.save([edited], self.tr("Delete note"))

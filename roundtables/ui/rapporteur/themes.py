"""The themes page: the app's proposals on the left, the rapporteur's themes on the right.

Pick a proposal (Enter), merge several, rename, and write two to four sentences
for each; every change is committed as made (:mod:`roundtables.services.themes`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from roundtables.analysis import Theme
from roundtables.domain import CuratedTheme, EventHarvest, RoundtablesError
from roundtables.services import themes as service
from roundtables.ui import prompts
from roundtables.ui.actions import install_actions
from roundtables.ui.edit_session import EditSession
from roundtables.ui.errors import error_text
from roundtables.ui.keymap import RAPPORTEUR_THEMES_PAGE
from roundtables.ui.rapporteur.notes_views import tables_phrase

ID_ROLE = Qt.ItemDataRole.UserRole


def _tables(numbers: list[int]) -> str:
    """"1, 2 and 3", with the "and" the tables view already translates."""
    translate = QCoreApplication.translate
    return tables_phrase(numbers, lambda text: translate("SeveralTablesPanel", text))


class ThemesPanel(QWidget):
    """Curate the cross-cutting themes the synthesis shows."""

    def __init__(self, session: EditSession, event_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.store, self.event_id = session, session.store, event_id
        self._proposals: list[Theme] = []
        self._themes: dict[str, CuratedTheme] = {}
        self._tables_of: dict[str, int] = {}
        self._note_text: dict[str, tuple[int, str]] = {}
        self._pending: EventHarvest | None = None

        self.proposed = QListWidget()
        self.proposed.setAccessibleName(self.tr("Themes the app proposes"))
        self.proposed.setWordWrap(True)
        self.proposed.installEventFilter(self)
        self.proposed.itemDoubleClicked.connect(lambda *_: self.pick())
        self.pick_button = QPushButton(self.tr("&Keep this theme →"))
        self.pick_button.setToolTip(self.tr("Add the proposed theme to your themes (Enter)"))
        self.pick_button.clicked.connect(self.pick)

        self.curated = QListWidget()
        self.curated.setAccessibleName(self.tr("Your themes, in the order of the synthesis"))
        self.curated.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.curated.setWordWrap(True)
        self.curated.installEventFilter(self)  # Alt+Up / Alt+Down move a theme
        self.curated.currentRowChanged.connect(self._show_current)
        self.mode_label = QLabel()
        self.mode_label.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("&Merge selected"))
        self.merge_button.setToolTip(self.tr("One theme from the selected ones: the first title, "
                                             "every note"))
        self.merge_button.clicked.connect(self.merge)
        self.up_button = QPushButton(self.tr("Earlier ↑"))
        self.up_button.setToolTip(self.tr("Move the theme earlier in the synthesis (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.move_theme(-1))
        self.down_button = QPushButton(self.tr("Later ↓"))
        self.down_button.setToolTip(self.tr("Move the theme later in the synthesis (Alt+Down)"))
        self.down_button.clicked.connect(lambda: self.move_theme(+1))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Drop the selected theme from the synthesis"))
        self.remove_button.clicked.connect(self.remove)

        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title of the theme"))
        self.title_edit.returnPressed.connect(self.rename)
        self.sentences = QPlainTextEdit()
        self.sentences.setAccessibleName(self.tr("What the tables said on this theme"))
        self.sentences.setPlaceholderText(
            self.tr("Two to four sentences on what the tables said about this theme")
        )
        self.save_button = QPushButton(self.tr("&Save theme"))
        self.save_button.setToolTip(self.tr("Save the title and sentences (Ctrl+Return)"))
        self.save_button.clicked.connect(self.save_current)
        self.action_by_id = install_actions(self, RAPPORTEUR_THEMES_PAGE)
        self.notes = QListWidget()
        self.notes.setAccessibleName(self.tr("Notes of the selected theme"))
        self.notes.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        proposed_label = QLabel(self.tr("&Proposed from tags and wording across tables"))
        proposed_label.setWordWrap(True)
        proposed_label.setBuddy(self.proposed)
        left_layout.addWidget(proposed_label)
        left_layout.addWidget(self.proposed, 1)
        left_layout.addWidget(self.pick_button)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        curated_label = QLabel(self.tr("&Your themes"))
        curated_label.setWordWrap(True)
        curated_label.setBuddy(self.curated)
        middle_layout.addWidget(curated_label)
        middle_layout.addWidget(self.mode_label)
        middle_layout.addWidget(self.curated, 1)
        row = QGridLayout()  # two by two: the page fits a 1366-px screen at 150 %
        row.addWidget(self.up_button, 0, 0)
        row.addWidget(self.down_button, 0, 1)
        row.addWidget(self.merge_button, 1, 0)
        row.addWidget(self.remove_button, 1, 1)
        middle_layout.addLayout(row)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        title_label = QLabel(self.tr("&Title (press Enter to rename)"))
        title_label.setWordWrap(True)
        title_label.setBuddy(self.title_edit)
        right_layout.addWidget(title_label)
        right_layout.addWidget(self.title_edit)
        sentences_label = QLabel(self.tr("S&entences for the synthesis"))
        sentences_label.setWordWrap(True)
        sentences_label.setBuddy(self.sentences)
        right_layout.addWidget(sentences_label)
        right_layout.addWidget(self.sentences, 1)
        right_layout.addWidget(self.save_button)
        notes_label = QLabel(self.tr("&Notes on this theme (the chapters quote them in full)"))
        notes_label.setWordWrap(True)
        notes_label.setBuddy(self.notes)
        right_layout.addWidget(notes_label)
        right_layout.addWidget(self.notes, 1)

        splitter = QSplitter()
        for part in (left, middle, right):
            splitter.addWidget(part)
        splitter.setSizes([330, 330, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._set_enabled()

    # ----------------------------------------------------------------- showing

    def reload(self, harvest: EventHarvest) -> None:
        """Proposals from a fresh harvest and the stored themes, keeping the selection.

        Proposing reads every note: on a big event, only for a page on screen.
        """
        self._pending = harvest
        if self.isVisible():
            self._refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh()

    def _refresh(self) -> None:
        harvest, self._pending = self._pending, None
        if harvest is None:
            return
        self._note_text = {
            n.id: (t.table.number, n.text) for t in harvest.tables for n in t.notes
        }
        self._proposals = service.proposed_themes(harvest)
        keep = self.proposed.currentRow()
        self.proposed.clear()
        for theme in self._proposals:
            text = self.tr("{label}  (tables {tables}, {count} notes)").format(
                label=theme.label, tables=_tables(theme.table_numbers),
                count=len(theme.notes),
            )
            self.proposed.addItem(text)
        self.proposed.setCurrentRow(min(max(keep, 0), self.proposed.count() - 1))
        self._reload_curated()

    def _reload_curated(self, select: str | None = None) -> None:
        current = self._current()
        wanted = select or (current.id if current else None)
        themes = service.curated_themes(self.store, self.event_id)
        self._themes = {t.id: t for t in themes}
        self.curated.blockSignals(True)
        self.curated.clear()
        for theme in themes:
            tables = sorted({self._note_text[i][0] for i in theme.note_ids if i in self._note_text})
            item = QListWidgetItem(
                self.tr("{title}  (tables {tables}, {count} notes)").format(
                    title=theme.title, tables=_tables(tables),
                    count=len(theme.note_ids),
                )
            )
            item.setData(ID_ROLE, theme.id)
            self.curated.addItem(item)
        ids = [t.id for t in themes]
        self.curated.setCurrentRow(ids.index(wanted) if wanted in ids else 0 if ids else -1)
        self.curated.blockSignals(False)
        self.mode_label.setText(
            self.tr("The synthesis shows these themes, in this order.")
            if themes
            else self.tr("None yet: the synthesis shows the proposed themes, "
                         "each with a generated line.")
        )
        self._show_current()

    def _current(self) -> CuratedTheme | None:
        item = self.curated.currentItem()
        return self._themes.get(str(item.data(ID_ROLE))) if item is not None else None

    def _show_current(self, *_: object) -> None:
        theme = self._current()
        self.title_edit.setText(theme.title if theme else "")
        self.sentences.setPlainText(theme.synthesis if theme else "")
        self.notes.clear()
        for note_id in theme.note_ids if theme else []:
            if note_id in self._note_text:
                number, text = self._note_text[note_id]
                self.notes.addItem(self.tr("Table {number}: {text}").format(number=number,
                                                                           text=text))
        self._set_enabled()

    def _set_enabled(self) -> None:
        has = self._current() is not None
        editing = not self.session.read_only
        for widget in (self.title_edit, self.sentences):
            widget.setEnabled(has)
            widget.setReadOnly(not editing)
        for button in (self.save_button, self.remove_button, self.up_button, self.down_button,
                       self.merge_button):
            button.setEnabled(has and editing)
        self.pick_button.setEnabled(self.proposed.count() > 0 and editing)

    def lock(self, read_only: bool) -> None:
        """A finalised event: the themes stay readable, nothing can be changed."""
        self._set_enabled()

    # ----------------------------------------------------------------- editing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.proposed
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.pick()
            return True
        if (
            watched is self.curated
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() == Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_theme(-1 if event.key() == Qt.Key.Key_Up else +1)
            return True
        return super().eventFilter(watched, event)

    def _run(self, title: str, action: Callable[[], object]) -> object | None:
        """Run a change; a refusal is shown in one line and nothing changes."""
        if not self.session.editable():
            return None
        try:
            return action()
        except RoundtablesError as exc:
            prompts.error(self, title, error_text(exc))
            return None

    def pick(self) -> None:
        """Keep the selected proposal as one of the rapporteur's themes."""
        row = self.proposed.currentRow()
        if not 0 <= row < len(self._proposals):
            return
        proposal = self._proposals[row]
        theme = self._run(
            self.tr("Theme not kept"),
            lambda: service.pick_theme(self.store, self.event_id, proposal),
        )
        if isinstance(theme, CuratedTheme):
            self._reload_curated(select=theme.id)

    def merge(self) -> None:
        """Merge the selected themes into the first of them."""
        ids = [str(item.data(ID_ROLE)) for item in self.curated.selectedItems()]
        order = [str(self.curated.item(r).data(ID_ROLE)) for r in range(self.curated.count())]
        ids.sort(key=order.index)
        theme = self._run(
            self.tr("Themes not merged"),
            lambda: service.merge_themes(self.store, self.event_id, ids),
        )
        if isinstance(theme, CuratedTheme):
            self._reload_curated(select=theme.id)

    def rename(self) -> None:
        """Give the selected theme the title typed."""
        theme = self._current()
        if theme is None:
            return
        title = self.title_edit.text()
        done = self._run(
            self.tr("Theme not renamed"),
            lambda: service.rename_theme(self.store, theme.id, title),
        )
        if isinstance(done, CuratedTheme):
            self._reload_curated(select=done.id)

    def save_current(self) -> None:
        """Save the sentences and the title of the selected theme."""
        theme = self._current()
        if theme is None:
            return
        text, title = self.sentences.toPlainText(), self.title_edit.text()
        done = self._run(
            self.tr("Theme not saved"),
            lambda: service.write_theme(self.store, theme.id, text),
        )
        if isinstance(done, CuratedTheme):
            self._themes[done.id] = done
            if " ".join(title.split()) != done.title:
                self.rename()

    def move_theme(self, step: int) -> None:
        """Move the selected theme earlier (-1) or later (+1) in the synthesis."""
        theme = self._current()
        if theme is None:
            return
        self._run(self.tr("Theme not moved"),
                  lambda: service.move_theme(self.store, self.event_id, theme.id, step))
        self._reload_curated(select=theme.id)

    def remove(self) -> None:
        """Drop the selected theme from the synthesis."""
        theme = self._current()
        if theme is None:
            return
        self._run(self.tr("Theme not removed"),
                  lambda: service.remove_theme(self.store, theme.id))
        self._reload_curated()

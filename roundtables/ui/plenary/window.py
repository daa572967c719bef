"""The plenary window: the report-back on the projector, one page per step.

Opened from the rapporteur workspace; full screen on the second screen when
there is one.  A presenter's clicker (PageUp/PageDown) or the arrow keys move
between pages, Home/End jump, F5/F11 toggle full screen, Esc leaves it, L
switches the pages' language.  A results file dropped on the window (or opened
with Ctrl+I) is imported through the same call as the workspace's, and the page
on screen stays the page on screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QScreen,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from roundtables.domain import Event, Record
from roundtables.exchange import ImportSummary
from roundtables.messages import error
from roundtables.services.plenary import Page, Plenary, plenary_pages
from roundtables.services.plenary_labels import CODES, PlenaryLabels
from roundtables.services.results import dropped_results, import_results
from roundtables.storage import Store
from roundtables.ui import prompts
from roundtables.ui.accessibility import set_role, speak_to_assistive_technology
from roundtables.ui.actions import install_actions
from roundtables.ui.help_overlay import HelpOverlay
from roundtables.ui.import_summary import refusal_line
from roundtables.ui.keymap import PLENARY
from roundtables.ui.plenary.render import page_text, paint_page
from roundtables.ui.store_signals import StoreSignals

# Each language in its own name (a list of languages is not translated).
LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands", "fr": "Français"}


class PageView(QWidget):
    """Draws one plenary page, as large as the space allows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        set_role(self, QAccessible.Role.Document)  # a page to read, not an empty "filler"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)
        self._page: Page | None = None
        self._labels = PlenaryLabels("en")
        self._footer = ("", "")
        self._fitted: tuple[tuple[int, int], QTextDocument] | None = None

    def show_page(self, page: Page, labels: PlenaryLabels, footer: tuple[str, str]) -> None:
        self._page, self._labels, self._footer = page, labels, footer
        self._fitted = None
        # A screen reader reads the page's title, then the whole page.
        self.setAccessibleName(page.title)
        self.setAccessibleDescription(self.text())
        self.update()

    def text(self) -> str:
        """Everything on the page as plain text."""
        if self._page is None:
            return ""
        return page_text(self._page, self._labels, self._footer)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if self._page is None:
            painter.fillRect(self.rect(), Qt.GlobalColor.white)
        else:
            # Fitting the type takes several layouts: once per page and size, not per paint.
            size = (self.width(), self.height())
            kept = self._fitted[1] if self._fitted and self._fitted[0] == size else None
            document = paint_page(
                painter, QRectF(self.rect()), self._page, self._labels, self._footer, kept
            )
            self._fitted = (size, document)
        painter.end()


def presentation_screen(current: QScreen | None) -> QScreen:
    """The screen to present on: another one than the workspace's, else the only one."""
    screens = QGuiApplication.screens()
    others = [s for s in screens if s is not current]
    if others:
        return others[0]
    return current or QGuiApplication.primaryScreen()


class PlenaryWindow(QWidget):
    """The plenary report-back for one event, live as results arrive."""

    def __init__(
        self,
        store: Store,
        event_id: str,
        parent: QWidget | None = None,
        *,
        language: str | None = None,
        attribution: str | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.bar = QWidget()  # the buttons, hidden while full screen
        self._normal_geometry: QRect | None = None
        event = store.get(Event, event_id)
        if event is None or event.deleted:
            raise error("event-not-found", ref=event_id)
        self.store, self.event_id, self.attribution = store, event_id, attribution
        self.language = PlenaryLabels(language or event.language).code
        self.setWindowTitle(self.tr("Plenary — {event}").format(event=event.title))
        self.setAcceptDrops(True)
        self.setStyleSheet("PlenaryWindow { background: white; }")
        self.plenary = Plenary(PlenaryLabels(self.language), "")
        self.index = 0

        self.view = PageView()
        self.view.setAccessibleDescription(self.tr("The current plenary page"))
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.page_label = QLabel()
        self.language_choice = QComboBox()
        self.language_choice.setAccessibleName(self.tr("Language of the pages"))
        for code in CODES:
            self.language_choice.addItem(LANGUAGE_NAMES[code], code)
        self.language_choice.setCurrentIndex(CODES.index(self.language))
        self.language_choice.currentIndexChanged.connect(
            lambda i: self.set_language(CODES[i]) if i >= 0 else None
        )
        self.full_screen_button = QPushButton(self.tr("Full screen"))
        self.import_button = QPushButton(self.tr("Import results…"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("What the last import did"))
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.full_screen_button.clicked.connect(self.toggle_full_screen)
        self.import_button.clicked.connect(self.import_dialog)
        # The keys belong to the page, not to whichever button was clicked last.
        for widget in (self.previous_button, self.next_button, self.language_choice,
                       self.full_screen_button, self.import_button):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        bar = QHBoxLayout(self.bar)
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.language_choice)
        bar.addWidget(self.full_screen_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.bar)
        self._build_actions()
        speak_to_assistive_technology(self)  # names and roles for screen readers

        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self.reload)
        self.signals = StoreSignals(store, self)
        self.signals.saved.connect(self._saved)
        self.resize(1024, 640)
        self.reload()
        self.view.setFocus()

    def _saved(self, record: Record) -> None:
        # The executive summary saves the event every few seconds of typing and no
        # page shows it: rereading every table for that would only cost time.
        if not isinstance(record, Event):
            self._refresh.start()

    # ----------------------------------------------------------------- keys

    def _build_actions(self) -> None:
        self.help = HelpOverlay(self, home=self.view)
        keys = self.action_by_id = install_actions(self, PLENARY)
        self.next_action, self.previous_action = keys["next"], keys["previous"]
        self.import_action = keys["import"]
        self.help.set_actions(keys.shortcut_actions())
        self.previous_button.setToolTip(self.tr("Previous page (Left, PageUp)"))
        self.next_button.setToolTip(self.tr("Next page (Right, PageDown)"))
        self.full_screen_button.setToolTip(self.tr("Full screen on or off (F5, F11; Esc leaves)"))
        self.import_button.setToolTip(
            self.tr("Import results files (Ctrl+I), or drop them on the window")
        )
        self.language_choice.setToolTip(self.tr("Language of the pages (L)"))

    # ----------------------------------------------------------------- pages

    @property
    def pages(self) -> list[Page]:
        return self.plenary.pages

    def current_page(self) -> Page:
        return self.pages[self.index]

    def reload(self) -> None:
        """Read the event again; stay on the same page (by what it shows, not its number)."""
        self._refresh.stop()
        event = self.store.get(Event, self.event_id)
        if event is None:
            return
        key = self.pages[self.index].key if self.pages else None
        self.plenary = plenary_pages(
            self.store.harvest(event), self.language, attribution=self.attribution
        )
        keys = self.plenary.page_keys()
        self.go(keys.index(key) if key in keys else min(self.index, len(keys) - 1))

    def go(self, index: int) -> None:
        """Show page ``index`` (kept within the pages)."""
        self.index = max(0, min(index, len(self.pages) - 1))
        self.view.show_page(
            self.current_page(), self.plenary.labels, self.plenary.footer(self.index)
        )
        self.page_label.setText(
            self.tr("Page {page} of {count}").format(page=self.index + 1, count=len(self.pages))
        )
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.pages) - 1)

    def next_page(self) -> None:
        self.go(self.index + 1)

    def previous_page(self) -> None:
        self.go(self.index - 1)

    def first_page(self) -> None:
        self.go(0)

    def last_page(self) -> None:
        self.go(len(self.pages) - 1)

    def page_text(self) -> str:
        """The current page as plain text."""
        return self.view.text()

    def set_language(self, code: str) -> None:
        """Show the pages in another language, on the same page."""
        if code == self.language or code not in CODES:
            return
        self.language = code
        self.language_choice.blockSignals(True)
        self.language_choice.setCurrentIndex(CODES.index(code))
        self.language_choice.blockSignals(False)
        self.reload()

    def next_language(self) -> None:
        self.set_language(CODES[(CODES.index(self.language) + 1) % len(CODES)])

    # ----------------------------------------------------------------- screen

    def present(self, workspace: QWidget | None = None) -> None:
        """Full screen on another screen than the workspace's, or on the only one."""
        current = workspace.screen() if workspace is not None else self.screen()
        screen = presentation_screen(current)
        self.setScreen(screen)
        self.enter_full_screen(screen)

    def enter_full_screen(self, screen: QScreen | None = None) -> None:
        """Cover ``screen`` (default: the one the window is on)."""
        if not self.isFullScreen():
            self._normal_geometry = self.geometry()
        self.bar.hide()
        # Covering the screen by hand as well: without a window manager (a kiosk
        # laptop, a bare X server) full screen alone does not resize the window,
        # and the window's place is what decides its screen.
        self.setGeometry((screen or self.screen()).geometry())
        self.showFullScreen()
        self.view.setFocus()

    def leave_full_screen(self) -> None:
        if self.help.isVisible():  # Esc closes the key list first
            self.help.hide()
            return
        if self.isFullScreen():
            self.showNormal()
            if self._normal_geometry is not None:
                self.setGeometry(self._normal_geometry)
        self.bar.show()
        self.view.setFocus()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.leave_full_screen()
        else:
            self.enter_full_screen()

    # ----------------------------------------------------------------- import

    def import_dialog(self) -> None:
        paths = prompts.open_files(
            self, self.tr("Import results files"), self.tr("Results files (*.zip)")
        )
        self.import_paths(paths)

    def import_paths(self, paths: list[Path]) -> list[ImportSummary]:
        """Import results files and show them at once, on the same page."""
        if not paths:
            return []
        summaries = import_results(self.store, paths)
        self.reload()
        rejected = [s for s in summaries if s.rejected]
        arrived = sorted({s.table_number for s in summaries if not s.rejected
                          and s.table_number is not None})
        if arrived:
            self.status.setText(
                self.tr("Results of table {tables} imported").format(
                    tables=", ".join(map(str, arrived))
                )
            )
        if rejected:
            prompts.error(
                self,
                self.tr("Import failed"),
                "\n".join(refusal_line(s) for s in rejected),
            )
        return summaries

    @staticmethod
    def _results_in(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        urls = event.mimeData().urls()
        return dropped_results([Path(u.toLocalFile()) for u in urls if u.isLocalFile()])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._results_in(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        wanted = self._results_in(event)
        if not wanted:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_paths(wanted)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:  # however full screen was left
            self.bar.setVisible(not self.isFullScreen())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.signals.detach()
        super().closeEvent(event)

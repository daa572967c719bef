"""The table's agenda and its countdown (the timer logic is in ``agenda_timer``).

Tests hand in a fake clock, advance it and call :meth:`AgendaPanel.refresh`,
so no test ever waits for real time to pass.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roundtables.ui.accessibility import announce
from roundtables.ui.delegates import WrappingDelegate
from roundtables.ui.workspace.agenda_timer import (
    AMBER_SECONDS,
    AgendaTimer,
    Clock,
    Phase,
    TimerSnapshot,
    TimerState,
    format_countdown,
    system_clock,
)

__all__ = [
    "AMBER_SECONDS", "PHASE_STYLES", "AgendaPanel", "AgendaTimer", "Clock", "Phase",
    "TimerSnapshot", "TimerState", "format_countdown", "system_clock",
]


def _clock_time(iso: str | None) -> str:
    if not iso:
        return ""
    return dt.datetime.fromisoformat(iso).astimezone().strftime("%H:%M")


class AgendaPanel(QWidget):
    """The countdown in large type, start/pause and next, and the segment list."""

    def __init__(
        self, timer: AgendaTimer, parent: QWidget | None = None, *,
        on_next: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.timer = timer
        self.segment_title = QLabel()
        self.segment_title.setWordWrap(True)
        self.countdown = QLabel("00:00")
        self.countdown.setObjectName("countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleName(self.tr("Time left in this segment"))
        font = self.countdown.font()
        font.setPointSizeF(font.pointSizeF() * 3.2)
        font.setBold(True)
        self.countdown.setFont(font)
        # what the amber and red say, in words: never by colour alone
        self.phase_words = QLabel()
        self.phase_words.setObjectName("phaseWords")
        self.phase_words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        words_font = self.phase_words.font()
        words_font.setBold(True)
        self.phase_words.setFont(words_font)
        self.phase_words.hide()
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setAccessibleName(self.tr("Start or pause the timer"))
        self.start_button.clicked.connect(timer.toggle)
        self.next_button = QPushButton(self.tr("Next segment"))
        self.next_button.setAccessibleName(self.tr("End this segment and start the next"))
        next_segment = on_next or timer.next
        self.next_button.clicked.connect(lambda: next_segment())
        for button in (self.start_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # never steal the note field's focus
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.next_button)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        # full segment names: wrapped onto more lines, never cut off (and in the tooltip)
        self.list.setWordWrap(True)
        self.list.setUniformRowHeights(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setItemDelegateForColumn(0, WrappingDelegate(self.list))
        # a tree view keeps row heights from before a column resize: lay out again
        self.list.header().sectionResized.connect(lambda *_: self.list.doItemsLayout())
        self.list.setAccessibleName(self.tr("Agenda segments"))
        self.list.setHeaderLabels([self.tr("Segment"), self.tr("Min"), self.tr("Actual")])
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.segment_title)
        layout.addWidget(self.countdown)
        layout.addWidget(self.phase_words)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        self.ticker = QTimer(self)
        self.ticker.setInterval(250)
        self.ticker.timeout.connect(self.refresh)
        self.ticker.start()
        timer.changed.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        """Redraw the segment list (after start, pause, next)."""
        self.list.clear()
        for i, segment in enumerate(self.timer.segments):
            actual = _clock_time(segment.actual_start)
            if segment.actual_end:
                actual += "–" + _clock_time(segment.actual_end)
            item = QTreeWidgetItem([segment.title, str(segment.planned_minutes), actual])
            item.setToolTip(0, segment.title)
            if i == self.timer.index and self.timer.state != TimerState.DONE:
                font = item.font(0)
                font.setBold(True)
                for column in range(3):
                    item.setFont(column, font)
            self.list.addTopLevelItem(item)
        current = self.list.topLevelItem(self.timer.index)
        if current is not None:
            self.list.scrollToItem(current)
        self.refresh()

    def refresh(self) -> None:
        """Update the countdown and its colour from the clock (called on every tick)."""
        timer = self.timer
        segment = timer.current
        labels = {
            TimerState.IDLE: self.tr("Start"),
            TimerState.RUNNING: self.tr("Pause"),
            TimerState.PAUSED: self.tr("Resume"),
            TimerState.DONE: self.tr("Start"),
        }
        self.start_button.setText(labels[timer.state])
        if timer.state == TimerState.DONE:
            self.segment_title.setText(self.tr("The agenda is done"))
        elif segment is not None:
            text = self.tr("{position}. {title} ({minutes} min)")
            self.segment_title.setText(
                text.format(
                    position=segment.position, title=segment.title,
                    minutes=segment.planned_minutes,
                )
            )
        self.countdown.setText(timer.countdown_text())
        phase = timer.phase()
        if self.countdown.property("phase") != phase.value:
            self.countdown.setProperty("phase", phase.value)
            self.countdown.setStyleSheet(PHASE_STYLES[phase])
        words = self.phase_text(phase, timer.remaining())
        if self.phase_words.text() != words:
            self.phase_words.setText(words)
            self.phase_words.setVisible(bool(words))
            # said once per change, the keyboard left where it is
            announce(self.countdown, words)

    def phase_text(self, phase: Phase, remaining: float) -> str:
        """"2 min left" in the amber, "Over time" in the red, nothing before."""
        if phase == Phase.AMBER:
            minutes = max(1, math.ceil(remaining / 60))
            return self.tr("{minutes} min left").format(minutes=minutes)
        if phase == Phase.OVERRUN:
            return self.tr("Over time")
        return ""


PHASE_STYLES = {
    Phase.NORMAL: "",
    Phase.AMBER: "background: #f5a623; color: #1a1a1a; border-radius: 6px;",
    Phase.OVERRUN: "background: #c62828; color: #ffffff; border-radius: 6px;",
}

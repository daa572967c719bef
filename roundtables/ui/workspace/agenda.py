"""The table's agenda and its countdown, driven by an injectable clock.

:class:`AgendaTimer` is the logic (which segment runs, how long is left, saving
the actual start and end on the segment records); :class:`AgendaPanel` shows it.
Tests hand in a fake clock, advance it and call :meth:`AgendaPanel.refresh`,
so no test ever waits for real time to pass.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, QTimer, Signal
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

from roundtables.domain import AgendaSegment
from roundtables.storage import Store

Clock = Callable[[], dt.datetime]

AMBER_SECONDS = 120  # the last two minutes of a segment


def system_clock() -> dt.datetime:
    """Now, as an aware UTC datetime."""
    return dt.datetime.now(dt.UTC)


class TimerState(StrEnum):
    IDLE = "idle"  # nothing started yet
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"  # the last segment has ended


class Phase(StrEnum):
    NORMAL = "normal"
    AMBER = "amber"
    OVERRUN = "overrun"


def format_countdown(remaining: float) -> str:
    """``12:05`` while time is left; ``+01:30`` counting up once it has run over."""
    seconds = int(abs(remaining))
    text = f"{seconds // 60:02d}:{seconds % 60:02d}"
    return "+" + text if remaining < 0 else text


class AgendaTimer(QObject):
    """Which segment runs and for how long; actual times saved on the segments."""

    changed = Signal()  # state or current segment changed
    segment_changed = Signal(object)  # the new current AgendaSegment

    def __init__(
        self, store: Store, table_id: str, clock: Clock = system_clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.table_id = table_id
        self.clock = clock
        self.segments: list[AgendaSegment] = store.segments(table_id)
        self.index = 0
        self.state = TimerState.IDLE
        self._accumulated = 0.0
        self._running_since: dt.datetime | None = None
        self._resume()

    def _resume(self) -> None:
        """Pick up where a closed (or crashed) session left off, from the saved times."""
        for i, segment in enumerate(self.segments):
            if segment.actual_start and not segment.actual_end:
                self.index, self.state = i, TimerState.RUNNING
                self._running_since = dt.datetime.fromisoformat(segment.actual_start)
                return
        if self.segments and all(s.actual_end for s in self.segments):
            self.index, self.state = len(self.segments) - 1, TimerState.DONE
            return
        started = [i for i, s in enumerate(self.segments) if s.actual_end]
        self.index = started[-1] + 1 if started else 0

    @property
    def current(self) -> AgendaSegment | None:
        return self.segments[self.index] if self.segments else None

    def elapsed(self) -> float:
        """Seconds the current segment has run (pauses excluded)."""
        running = 0.0
        if self.state == TimerState.RUNNING and self._running_since is not None:
            running = (self.clock() - self._running_since).total_seconds()
        return self._accumulated + max(running, 0.0)

    def remaining(self) -> float:
        segment = self.current
        if segment is None:
            return 0.0
        if self.state == TimerState.DONE:
            return 0.0
        return segment.planned_minutes * 60 - self.elapsed()

    def phase(self) -> Phase:
        remaining = self.remaining()
        if self.state in (TimerState.IDLE, TimerState.DONE):
            return Phase.NORMAL
        if remaining < 0:
            return Phase.OVERRUN
        if remaining <= AMBER_SECONDS:
            return Phase.AMBER
        return Phase.NORMAL

    def countdown_text(self) -> str:
        return format_countdown(self.remaining())

    # ------------------------------------------------------------- commands

    def start(self) -> None:
        """Start the current segment, or resume it after a pause."""
        segment = self.current
        if segment is None or self.state in (TimerState.RUNNING, TimerState.DONE):
            return
        now = self.clock()
        if self.state == TimerState.IDLE:
            self._accumulated = 0.0
            self._stamp(segment, actual_start=now)
        self.state, self._running_since = TimerState.RUNNING, now
        self.changed.emit()

    def pause(self) -> None:
        if self.state != TimerState.RUNNING:
            return
        self._accumulated = self.elapsed()
        self.state, self._running_since = TimerState.PAUSED, None
        self.changed.emit()

    def toggle(self) -> None:
        """Start, pause or resume: one key for the facilitator."""
        if self.state == TimerState.RUNNING:
            self.pause()
        else:
            self.start()

    def next(self) -> None:
        """End the current segment now and start the next one."""
        segment = self.current
        if segment is None or self.state == TimerState.DONE:
            return
        now = self.clock()
        if self.state == TimerState.IDLE:
            self._stamp(segment, actual_start=now)
        self._stamp(self.segments[self.index], actual_end=now)
        if self.index + 1 >= len(self.segments):
            self.state, self._running_since = TimerState.DONE, None
            self.changed.emit()
            return
        self.index += 1
        self.state, self._accumulated, self._running_since = TimerState.RUNNING, 0.0, now
        following = self.segments[self.index]
        self._stamp(following, actual_start=now)
        self.changed.emit()
        self.segment_changed.emit(following)

    def _stamp(
        self, segment: AgendaSegment, *, actual_start: dt.datetime | None = None,
        actual_end: dt.datetime | None = None,
    ) -> None:
        # reread so a concurrent edit (organiser, merge) keeps its other fields
        stored = self.store.get(AgendaSegment, segment.id) or segment
        if actual_start is not None:
            stored.actual_start = actual_start.isoformat(timespec="seconds")
        if actual_end is not None:
            stored.actual_end = actual_end.isoformat(timespec="seconds")
        self.store.save(stored)
        position = next(i for i, s in enumerate(self.segments) if s.id == stored.id)
        self.segments[position] = stored


def _clock_time(iso: str | None) -> str:
    if not iso:
        return ""
    return dt.datetime.fromisoformat(iso).astimezone().strftime("%H:%M")


class AgendaPanel(QWidget):
    """The countdown in large type, start/pause and next, and the segment list."""

    def __init__(self, timer: AgendaTimer, parent: QWidget | None = None) -> None:
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
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setAccessibleName(self.tr("Start or pause the timer"))
        self.start_button.clicked.connect(timer.toggle)
        self.next_button = QPushButton(self.tr("Next segment"))
        self.next_button.setAccessibleName(self.tr("End this segment and start the next"))
        self.next_button.clicked.connect(timer.next)
        for button in (self.start_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # never steal the note field's focus
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.next_button)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
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


PHASE_STYLES = {
    Phase.NORMAL: "",
    Phase.AMBER: "background: #f5a623; color: #1a1a1a; border-radius: 6px;",
    Phase.OVERRUN: "background: #c62828; color: #ffffff; border-radius: 6px;",
}

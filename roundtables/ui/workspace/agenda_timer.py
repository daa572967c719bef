"""The agenda timer: which segment runs, how long is left, and what a crash keeps.

The actual start and end are saved on the segment records; the pause state and
the time used are kept on this laptop (``Store.save_timer_state``), so a paused
timer reopens paused with the time it had.  Segment moves (F7, Shift+F7) are
undoable through the window's edit session.  Driven by an injectable clock.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Signal

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
        """Pick up where a closed (or crashed) session left off: the saved times, and
        the pause state this laptop kept (a paused timer reopens paused)."""
        for i, segment in enumerate(self.segments):
            if segment.actual_start and not segment.actual_end:
                self.index, self.state = i, TimerState.RUNNING
                self._running_since = dt.datetime.fromisoformat(segment.actual_start)
                self._resume_saved_state(segment)
                return
        if self.segments and all(s.actual_end for s in self.segments):
            self.index, self.state = len(self.segments) - 1, TimerState.DONE
            return
        started = [i for i, s in enumerate(self.segments) if s.actual_end]
        self.index = started[-1] + 1 if started else 0

    def _resume_saved_state(self, segment: AgendaSegment) -> None:
        saved = self.store.timer_state(self.table_id)
        if not saved or saved.get("segment_id") != segment.id:
            return  # nothing newer than the segment's start: it has run since then
        try:
            accumulated = float(saved.get("accumulated", 0.0))
            since = saved.get("running_since")
            running_since = dt.datetime.fromisoformat(since) if since else None
        except (TypeError, ValueError):
            return
        if saved.get("state") == TimerState.PAUSED:
            self.state, self._accumulated, self._running_since = (
                TimerState.PAUSED, accumulated, None,
            )
        elif running_since is not None:
            self._accumulated, self._running_since = accumulated, running_since

    def _persist(self) -> None:
        """Keep the state as the room sees it now, so a crash reopens it the same."""
        segment = self.current
        self.store.save_timer_state(self.table_id, {
            "segment_id": segment.id if segment else None,
            "state": self.state.value,
            "accumulated": self._accumulated,
            "running_since": self._running_since.isoformat() if self._running_since else None,
        })

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
        self._persist()
        self.changed.emit()

    def pause(self) -> None:
        if self.state != TimerState.RUNNING:
            return
        self._accumulated = self.elapsed()
        self.state, self._running_since = TimerState.PAUSED, None
        self._persist()
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
            self._persist()
            self.changed.emit()
            return
        self.index += 1
        self.state, self._accumulated, self._running_since = TimerState.RUNNING, 0.0, now
        following = self.segments[self.index]
        self._stamp(following, actual_start=now)
        self._persist()
        self.changed.emit()
        self.segment_changed.emit(following)

    def previous(self) -> None:
        """Go back to the previous segment (or reopen the last one when the agenda is
        done) and let it run on from the time it had used."""
        if self.state == TimerState.DONE:
            back = self.index
        elif self.index == 0:
            return
        else:
            back = self.index - 1
        earlier = self.store.get(AgendaSegment, self.segments[back].id) or self.segments[back]
        used = 0.0
        if earlier.actual_start and earlier.actual_end:
            used = (dt.datetime.fromisoformat(earlier.actual_end)
                    - dt.datetime.fromisoformat(earlier.actual_start)).total_seconds()
        earlier.actual_end = None
        changed = [earlier]
        if back != self.index:
            now_running = self.segments[self.index]
            later = self.store.get(AgendaSegment, now_running.id) or now_running
            later.actual_start = later.actual_end = None
            changed.append(later)
        self.store.save_all(list(changed))
        for record in changed:
            self.segments[self._position(record.id)] = record
        self.index = back
        self.state, self._accumulated, self._running_since = (
            TimerState.RUNNING, max(used, 0.0), self.clock(),
        )
        self._persist()
        self.changed.emit()
        self.segment_changed.emit(earlier)

    # ------------------------------------------------------------- undo of moves

    def snapshot(self) -> TimerSnapshot:
        """Everything a segment move changes, to put back on undo."""
        return TimerSnapshot(
            self.index, self.state, self._accumulated, self._running_since,
            tuple(copy.deepcopy(s) for s in self.segments),
        )

    def restore(self, snapshot: TimerSnapshot) -> None:
        """Put the timer and its segments' times back as in ``snapshot`` (saved)."""
        changed: list[AgendaSegment] = []
        for wanted in snapshot.segments:
            stored = self.store.get(AgendaSegment, wanted.id)
            if stored is None:
                continue
            if (stored.actual_start, stored.actual_end) != (wanted.actual_start,
                                                           wanted.actual_end):
                stored.actual_start, stored.actual_end = wanted.actual_start, wanted.actual_end
                changed.append(stored)
        if changed:
            self.store.save_all(list(changed))
        self.segments = self.store.segments(self.table_id)
        moved = self.index != snapshot.index
        self.index = min(snapshot.index, max(len(self.segments) - 1, 0))
        self.state, self._accumulated, self._running_since = (
            snapshot.state, snapshot.accumulated, snapshot.running_since,
        )
        self._persist()
        self.changed.emit()
        if moved and self.current is not None:
            self.segment_changed.emit(self.current)

    def _position(self, segment_id: str) -> int:
        return next(i for i, s in enumerate(self.segments) if s.id == segment_id)

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
        self.segments[self._position(stored.id)] = stored


@dataclass(frozen=True)
class TimerSnapshot:
    """The timer and its segments' actual times at one moment (for undo)."""

    index: int
    state: TimerState
    accumulated: float
    running_since: dt.datetime | None
    segments: tuple[AgendaSegment, ...]

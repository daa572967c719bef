"""The library's search, run on a worker thread with its own read-only connection.

A search over a million notes takes tens of milliseconds; typing must not wait
for it.  Requests carry a generation number: a request that is no longer the
newest when its turn comes is skipped, and a result that is no longer the
newest when it arrives is dropped, so the list always shows the last query.
"""

from __future__ import annotations

import contextlib
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from roundtables.domain import RoundtablesError
from roundtables.storage import Store
from roundtables.storage.search import SearchHit


@dataclass(frozen=True)
class SearchRequest:
    generation: int
    text: str
    event_id: str | None
    table_number: int | None
    note_type: str | None
    limit: int


def run_search(store: Store, request: SearchRequest) -> list[SearchHit]:
    """The hits the library shows: ranked, and only in tables that can be opened."""
    return store.search(
        request.text, event_id=request.event_id, table_number=request.table_number,
        note_type=request.note_type, limit=request.limit,
    )


class SearchWorker(QObject):
    """Runs :func:`run_search` off the GUI thread; ``finished`` arrives on the GUI thread."""

    finished = Signal(int, object, str)  # generation, hits, error message

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._newest = 0
        self._store: Store | None = None
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="library-search")
        self._closed = False

    @property
    def newest(self) -> int:
        return self._newest

    def submit(self, request: SearchRequest) -> None:
        self._newest = request.generation
        if not self._closed:
            self._pool.submit(self._run, request)

    def skip_pending(self, generation: int) -> None:
        """A newer answer (found on the GUI thread) makes every request so far stale."""
        self._newest = generation

    def _run(self, request: SearchRequest) -> None:
        if request.generation != self._newest or self._closed:
            return
        error, hits = "", []
        try:
            with self._lock:
                if self._store is None:
                    self._store = Store.open(self.path, writer=False)
                hits = run_search(self._store, request)
        except RoundtablesError as exc:
            error = str(exc)
        if request.generation != self._newest or self._closed:
            return
        with contextlib.suppress(RuntimeError):  # the window went away meanwhile
            self.finished.emit(request.generation, hits, error)

    def close(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None

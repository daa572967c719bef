"""SQLite storage through sqlite-utils; no Qt here."""

from roundtables.storage.database import Database, default_db_path
from roundtables.storage.search import SearchHit, fts_query
from roundtables.storage.store import Store

__all__ = ["Database", "SearchHit", "Store", "default_db_path", "fts_query"]

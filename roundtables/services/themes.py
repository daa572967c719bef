"""Cross-cutting themes as the rapporteur curates them: pick, merge, rename, write.

The app proposes themes (:func:`roundtables.analysis.propose_themes`); what the
rapporteur keeps is stored as :class:`~roundtables.domain.CuratedTheme` records.
Once any theme is curated, the document shows the curated ones only.
"""

from __future__ import annotations

import copy

from roundtables.analysis import Theme, propose_themes
from roundtables.domain import CuratedTheme, EventHarvest
from roundtables.messages import error
from roundtables.storage import Store

#: The longest theme title kept (a heading, not a paragraph).
TITLE_LIMIT = 120

__all__ = [
    "curated_themes",
    "merge_themes",
    "move_theme",
    "pick_theme",
    "proposed_themes",
    "remove_theme",
    "rename_theme",
    "write_theme",
]


def proposed_themes(harvest: EventHarvest) -> list[Theme]:
    """The themes the app proposes from tags and wording, overlaps folded."""
    return propose_themes(harvest)


def curated_themes(store: Store, event_id: str) -> list[CuratedTheme]:
    """The rapporteur's themes, in their order."""
    return store.curated_themes(event_id)


def pick_theme(store: Store, event_id: str, proposed: Theme) -> CuratedTheme:
    """Keep a proposed theme (its label and notes), after the curated ones."""
    existing = store.curated_themes(event_id)
    theme = CuratedTheme(
        event_id=event_id,
        title=_title(proposed.label),
        note_ids=list(dict.fromkeys(n.id for n in proposed.notes)),
        position=max((t.position for t in existing), default=0) + 1,
    )
    return store.save(theme)


def merge_themes(store: Store, event_id: str, theme_ids: list[str]) -> CuratedTheme:
    """Fold themes into the first given: its title, every note once, sentences joined;
    the others are tombstoned, all in one transaction."""
    by_id = {t.id: t for t in store.curated_themes(event_id)}
    chosen = [by_id[i] for i in dict.fromkeys(theme_ids) if i in by_id]
    if len(chosen) < 2:
        raise error("themes-merge-two")
    kept = copy.deepcopy(chosen[0])
    for other in chosen[1:]:
        kept.note_ids = list(dict.fromkeys(kept.note_ids + other.note_ids))
        parts = (kept.synthesis.strip(), other.synthesis.strip())
        kept.synthesis = "\n\n".join(part for part in parts if part)
    gone = []
    for other in chosen[1:]:
        dropped = copy.deepcopy(other)
        dropped.deleted = True
        gone.append(dropped)
    store.save_all([kept, *gone])
    return kept


def rename_theme(store: Store, theme_id: str, title: str) -> CuratedTheme:
    """Give a theme a new title (not empty)."""
    theme = _theme(store, theme_id)
    clean = _title(title)
    if not clean:
        raise error("theme-needs-title")
    if clean != theme.title:
        theme.title = clean
        store.save(theme)
    return theme


def write_theme(store: Store, theme_id: str, synthesis: str) -> CuratedTheme:
    """Keep the rapporteur's sentences on a theme."""
    theme = _theme(store, theme_id)
    if synthesis != theme.synthesis:
        theme.synthesis = synthesis
        store.save(theme)
    return theme


def move_theme(store: Store, event_id: str, theme_id: str, step: int) -> list[CuratedTheme]:
    """Move a theme ``step`` places earlier (negative) or later in the synthesis;
    positions are renumbered 1..n in one transaction.  Returns the new order."""
    themes = store.curated_themes(event_id)
    ids = [t.id for t in themes]
    if theme_id not in ids:
        raise error("theme-gone")
    index = ids.index(theme_id)
    target = min(max(index + step, 0), len(themes) - 1)
    themes.insert(target, themes.pop(index))
    changed = []
    for position, theme in enumerate(themes, start=1):
        if theme.position != position:
            theme.position = position
            changed.append(theme)
    if changed:
        store.save_all(changed)  # type: ignore[arg-type]
    return themes


def remove_theme(store: Store, theme_id: str) -> None:
    """Drop a curated theme (tombstoned, as every record)."""
    store.tombstone(_theme(store, theme_id))


def _theme(store: Store, theme_id: str) -> CuratedTheme:
    theme = store.get(CuratedTheme, theme_id)
    if theme is None or theme.deleted:
        raise error("theme-gone")
    return theme


def _title(text: str) -> str:
    return " ".join(text.split())[:TITLE_LIMIT]

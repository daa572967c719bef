"""The executive summary the app drafts for the rapporteur to edit (no Qt, no Word).

One page: the context in a sentence, what each table concluded (starred key
messages, agreements and proposals, near-duplicates said once), what is asked of
whom (the Flemish Government, federal, the EU, ...), the commitments made, and the
declaration's outcome in words.  The draft is plain text with two conventions the
document keeps: a line ending with a colon and followed by bullets is a bold lead,
and a line starting with "- " is a bullet.

The event's ``executive_summary`` holds the rapporteur's edited text; empty means
"not edited", and the document then uses a fresh draft (see :func:`summary_text`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from roundtables.analysis import (
    ADDRESSEES,
    action_addressee,
    action_groups,
    addressee_of,
    normalise_words,
    similar_pairs,
)
from roundtables.domain import ActionPoint, EventHarvest, Note, NoteTypeKey, Stance
from roundtables.synthesis.attribution import Attribution
from roundtables.synthesis.labels import Labels
from roundtables.synthesis.text import clean_line, shorten

#: The most conclusions listed per table (one page for the whole summary).
CONCLUSIONS_PER_TABLE = 3
#: The most commitments listed; the rest are counted and left to the action plan.
COMMITMENTS_SHOWN = 3
#: Candidates weighed per table (and per addressee and table): enough to find
#: duplicates among what is shown, few enough for a 15,000-note event.
CANDIDATES_PER_TABLE = 12
#: The most requests listed per addressee.
REQUESTS_SHOWN = 4
#: How alike two conclusions must be to be said once (shared words / all words).
CONCLUSION_SIMILARITY = 0.4
#: Requests to the same addressee share its name, so they need less in common.
REQUEST_SIMILARITY = 0.2
#: A commitment note that repeats an action point is said once, as the action point.
COMMITMENT_SIMILARITY = 0.4
#: Words kept of a table's theme in the lead of its conclusions (its chapter has it all).
THEME_WORDS = 8
#: Words kept of a commitment (its full text is in the action plan).
COMMITMENT_WORDS = 14

AGREEMENT, PROPOSAL, REQUEST, COMMITMENT = (
    NoteTypeKey.AGREEMENT, NoteTypeKey.PROPOSAL, NoteTypeKey.REQUEST, NoteTypeKey.COMMITMENT,
)
_BULLET = re.compile(r"^\s*[-•*]\s+")


@dataclass(frozen=True)
class SummaryBlock:
    """One paragraph of a summary: "lead" (bold, before bullets), "bullet" or "paragraph"."""

    kind: str
    text: str


@dataclass
class _Item:
    text: str
    tables: list[int] = field(default_factory=list)


def summary_text(
    harvest: EventHarvest, language: str | None = None, attribution: Attribution | None = None
) -> str:
    """The rapporteur's edited summary when there is one, else a fresh draft."""
    edited = harvest.event.executive_summary
    return edited if edited.strip() else draft_summary(harvest, language, attribution)


def draft_summary(
    harvest: EventHarvest, language: str | None = None, attribution: Attribution | None = None
) -> str:
    """The one-page executive summary, drafted from what the tables recorded.

    An owner's institution is named only as far as ``attribution`` (the document's,
    else the event's own policy and each person's consent) allows.
    """
    labels = Labels(language or harvest.event.language)
    who = attribution or Attribution(harvest)
    lines = [_context(harvest, labels)]
    for _number, title, items in _conclusions(harvest, labels):
        lines += ["", title] + [f"- {item}" for item in items]
    groups = action_groups(harvest)
    for addressee, requests, hidden in _requests(harvest, groups, labels, who):
        lines += ["", labels("sum_asked", addressee=labels(f"addressee_{addressee}"))]
        lines += [f"- {_with_tables(r.text, r.tables, labels)}" for r in requests]
        if hidden:
            key = "sum_more_request" if hidden == 1 else "sum_more_requests"
            lines.append(labels(key, count=hidden))
    commitments, more = _commitments(harvest, groups, labels, who)
    if commitments:
        lines += ["", labels("sum_commitments")] + [f"- {c}" for c in commitments]
        if more:
            key = "sum_more_commitment" if more == 1 else "sum_more_commitments"
            lines.append(labels(key, count=more))
    outcome = declaration_outcome(harvest, labels)
    if outcome:
        lines += ["", labels("sum_declaration", outcome=outcome)]
    return "\n".join(lines).strip() + "\n"


def summary_blocks(text: str) -> list[SummaryBlock]:
    """A summary's text as leads, bullets and paragraphs, in order."""
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    blocks = []
    for i, line in enumerate(lines):
        if _BULLET.match(line):
            blocks.append(SummaryBlock("bullet", _BULLET.sub("", line, count=1).strip()))
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        lead = line.endswith(":") and bool(_BULLET.match(following))
        blocks.append(SummaryBlock("lead" if lead else "paragraph", line))
    return [b for b in blocks if b.text]


# ---------------------------------------------------------------- the parts


def _context(harvest: EventHarvest, labels: Labels) -> str:
    event = harvest.event
    name = clean_line(event.title) or labels("synthesis")
    when = labels.long_date(event.date) if event.date.strip() else ""
    descriptor = f"{name} ({when})" if when else name
    if not harvest.tables:
        return labels("sum_context_empty", event=descriptor)
    tables = number_word(len(harvest.tables), labels)
    if harvest.participants:
        return labels(
            "sum_context", event=descriptor, participants=len(harvest.participants), tables=tables
        )
    return labels("sum_context_no_people", event=descriptor, tables=tables)


def number_word(count: int, labels: Labels) -> str:
    """A small count in words ("three"), larger ones as digits."""
    words = labels("number_words").split()
    return words[count] if 0 <= count < len(words) else str(count)


def _conclusions(
    harvest: EventHarvest, labels: Labels
) -> list[tuple[int, str, list[str]]]:
    """Per table, its key messages, agreements and proposals, each said once."""
    candidates: list[tuple[int, Note]] = []
    for table in harvest.tables:
        number = table.table.number
        notes = [n for n in table.notes if n.text.strip()]
        ordered = (
            [n for n in notes if n.key_message and not _asks_a_level(n)]
            + [n for n in notes if n.type == AGREEMENT and not n.key_message]
            + [
                n for n in notes
                if n.type == PROPOSAL and not n.key_message and not _asks_a_level(n)
            ]
        )
        candidates += [(number, n) for n in ordered[:CANDIDATES_PER_TABLE]]
    group_of = _groups([n.text for _, n in candidates], CONCLUSION_SIMILARITY)
    shown: dict[int, _Item] = {}  # group -> the item that says it
    result: list[tuple[int, str, list[str]]] = []
    per_table: dict[int, list[_Item]] = {}
    for index, (number, note) in enumerate(candidates):
        group = group_of[index]
        if group in shown:
            if number not in shown[group].tables:
                shown[group].tables.append(number)
            continue
        mine = per_table.setdefault(number, [])
        # An ordinary proposal only fills a table that concluded little else.
        room = CONCLUSIONS_PER_TABLE if note.key_message or note.type == AGREEMENT else 2
        if len(mine) < room:
            item = _Item(clean_line(note.text), [number])
            shown[group] = item
            mine.append(item)
    for table in harvest.tables:
        items = per_table.get(table.table.number, [])
        if not items:
            continue
        theme = shorten(table.table.theme, THEME_WORDS)
        title = (
            labels("sum_table", number=table.table.number, theme=theme)
            if theme
            else labels("sum_table_plain", number=table.table.number)
        )
        texts = []
        for item in items:
            others = item.tables[1:]
            if others:
                key = "sum_also" if len(others) == 1 else "sum_also_many"
                texts.append(f"{item.text} ({labels(key, tables=labels.join_numbers(others))})")
            else:
                texts.append(item.text)
        result.append((table.table.number, title, texts))
    return result


def _asks_a_level(note: Note) -> bool:
    """A proposal that names a government level is a request to it, not a conclusion."""
    return note.type == PROPOSAL and addressee_of(note.text) != "other"


def _requests(
    harvest: EventHarvest, groups: list[list[ActionPoint]], labels: Labels, who: Attribution
) -> list[tuple[str, list[_Item], int]]:
    """What the tables ask, grouped by who is asked to act, most specific level first:
    per addressee the requests most tables share, and how many more there are."""
    found: dict[str, list[_Item]] = {}
    for table in harvest.tables:
        for note in table.notes:
            if not note.text.strip():
                continue
            if note.type == REQUEST or _asks_a_level(note):
                key = addressee_of(note.text)
                found.setdefault(key, []).append(_Item(clean_line(note.text), [table.table.number]))
    numbers = _table_numbers(harvest)
    for group in groups:
        first = group[0]
        key = action_addressee(first)
        if key == "own":
            continue
        item = _Item(_action_text(first, labels, who), _tables_of(group, numbers))
        found.setdefault(key, []).append(item)
    order = [key for key, _ in ADDRESSEES] + ["other"]
    result = []
    for key in sorted(found, key=order.index):
        # A big event can hold thousands: merge among the first few, say how many more.
        considered = found[key][:CANDIDATES_PER_TABLE * max(len(harvest.tables), 1)]
        merged = _merge_items(considered, REQUEST_SIMILARITY)
        merged.sort(key=lambda item: -len(item.tables))  # stable: table order otherwise
        hidden = len(merged) - REQUESTS_SHOWN + len(found[key]) - len(considered)
        result.append((key, merged[:REQUESTS_SHOWN], max(hidden, 0)))
    return result


def _commitments(
    harvest: EventHarvest, groups: list[list[ActionPoint]], labels: Labels, who: Attribution
) -> tuple[list[str], int]:
    """What participants' own institutions undertook: the action points with the most
    votes, then (when there are few) commitment notes that no action point repeats."""
    numbers = _table_numbers(harvest)
    own = [g for g in groups if action_addressee(g[0]) == "own"]
    own.sort(key=lambda g: -sum(ap.votes for ap in g))
    items = []
    for group in own[:COMMITMENTS_SHOWN]:
        first = group[0]
        text = _action_text(first, labels, who, shorten_to=COMMITMENT_WORDS)
        deadlines = sorted(ap.deadline for ap in group if ap.deadline.strip())
        trail = (
            [labels("sum_commitment_by", date=labels.long_date(deadlines[0]))]
            if deadlines
            else []
        )
        trail.append(_tables_label(_tables_of(group, numbers), labels))
        items.append(f"{text} ({', '.join(trail)})")
    if len(items) < COMMITMENTS_SHOWN:
        actions = [ap.action for g in own for ap in g]
        pledges = [
            (th.table.number, n) for th in harvest.tables for n in th.notes
            if n.type == COMMITMENT and n.text.strip()
        ][:CANDIDATES_PER_TABLE * COMMITMENTS_SHOWN]
        sets = [normalise_words(text) for text in actions + [n.text for _, n in pledges]]
        repeated = {j - len(actions) for i, j in similar_pairs(sets, COMMITMENT_SIMILARITY)
                    if i < len(actions) <= j}
        for index, (number, note) in enumerate(pledges):
            if index not in repeated and len(items) < COMMITMENTS_SHOWN:
                where = _tables_label([number], labels)
                items.append(f"{shorten(note.text, COMMITMENT_WORDS)} ({where})")
    # Only what the action plan holds is counted as "more in the action plan".
    return items, max(len(own) - COMMITMENTS_SHOWN, 0)


def declaration_outcome(harvest: EventHarvest, labels: Labels) -> str:
    """"supported by all three tables; amendments proposed to articles 2 and 3; article 6
    rejected by table 3" ("" when the event has no declaration)."""
    articles = sorted((a for a in harvest.articles if not a.deleted), key=lambda a: a.number)
    if not articles or not harvest.tables:
        return ""
    known = {a.id: a.number for a in articles}
    stances: dict[int, dict[int, str]] = {}  # table -> article number -> stance
    for table in harvest.tables:
        for feedback in table.feedback:
            if not feedback.deleted and feedback.article_id in known:
                stances.setdefault(table.table.number, {})[known[feedback.article_id]] = (
                    feedback.stance
                )
    if not stances:
        return labels("sum_no_feedback")
    supporters = [
        number for number, given in sorted(stances.items())
        if sum(s != Stance.REJECT for s in given.values())
        > sum(s == Stance.REJECT for s in given.values())
    ]
    parts = []
    everyone = len(harvest.tables)
    if len(supporters) == everyone and everyone >= 2:
        parts.append(labels("sum_supported_all", count=number_word(everyone, labels)))
    elif not supporters:
        parts.append(labels("sum_supported_none"))
    else:
        key = "sum_supported_one" if len(supporters) == 1 else "sum_supported"
        parts.append(labels(key, tables=labels.join_numbers(supporters)))
    amended = sorted({a for given in stances.values() for a, s in given.items()
                      if s == Stance.AMEND})
    if amended:
        key = "sum_amended_one" if len(amended) == 1 else "sum_amended"
        parts.append(labels(key, articles=labels.join_numbers(amended)))
    for article in articles:
        against = [n for n, given in sorted(stances.items())
                   if given.get(article.number) == Stance.REJECT]
        if against:
            key = "sum_rejected_one" if len(against) == 1 else "sum_rejected"
            parts.append(labels(key, article=article.number, tables=labels.join_numbers(against)))
    return labels("sum_separator").join(parts)


# ---------------------------------------------------------------- helpers


def _groups(texts: Sequence[str], threshold: float) -> list[int]:
    """For each text, the index of the first text it is (transitively) alike to."""
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in similar_pairs([normalise_words(t) for t in texts], threshold):
        a, b = find(i), find(j)
        parent[max(a, b)] = min(a, b)
    return [find(i) for i in range(len(texts))]


def _merge_items(items: list[_Item], threshold: float) -> list[_Item]:
    group_of = _groups([item.text for item in items], threshold)
    merged: dict[int, _Item] = {}
    for item, group in zip(items, group_of, strict=True):
        if group in merged:
            merged[group].tables = sorted(set(merged[group].tables) | set(item.tables))
        else:
            merged[group] = _Item(item.text, sorted(item.tables))
    return list(merged.values())


def _with_tables(text: str, tables: list[int], labels: Labels) -> str:
    return f"{text} ({_tables_label(tables, labels)})" if tables else text


def _tables_label(tables: list[int], labels: Labels) -> str:
    key = "sum_tables_one" if len(tables) == 1 else "sum_tables"
    return labels(key, tables=labels.join_numbers(tables))


def _action_text(
    point: ActionPoint, labels: Labels, who: Attribution, *, shorten_to: int = 0
) -> str:
    action = shorten(point.action, shorten_to) if shorten_to else clean_line(point.action)
    institution = clean_line(who.action_owner(point)[1])  # as the owner's consent allows
    # the language's own colon (French: a no-break space before it)
    return labels("sum_by_institution", institution=institution, action=action) if (
        institution) else action


def _table_numbers(harvest: EventHarvest) -> dict[str, int]:
    return {t.table.id: t.table.number for t in harvest.tables}


def _tables_of(group: list[ActionPoint], numbers: dict[str, int]) -> list[int]:
    return sorted({numbers[ap.table_id] for ap in group if ap.table_id in numbers})

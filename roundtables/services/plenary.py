"""The plenary report-back as pages: what the room sees at 15:30 (no Qt).

From an event's harvest, :func:`plenary_pages` builds the ordered pages the
plenary window shows and the PDF handout prints, one for one:

1. the event, the tables that have handed in and those still expected;
2. per table that has handed in: its theme and key messages, then its top
   action points (two pages, so the type stays large enough for the back row);
3. the declaration: a matrix article x table;
4. per article with a proposed wording: the wordings side by side;
5. what several tables raised.

Every text that comes from the event goes through the synthesis's
:class:`~roundtables.synthesis.attribution.Attribution` (the same policy, the
same rule for names), so a person who may not be named is named nowhere here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from roundtables.analysis import normalise_words, priority_rank, propose_themes
from roundtables.domain import (
    ActionPoint,
    Consent,
    DeclarationArticle,
    EventHarvest,
    Note,
    NoteTypeKey,
    Stance,
    TableHarvest,
)
from roundtables.services.plenary_labels import PlenaryLabels
from roundtables.synthesis.attribution import Attribution
from roundtables.synthesis.text import clean_line, shorten

#: Key messages per table: the starred ones up to this many.
MAX_MESSAGES = 5
#: Proposals shown when a table starred none.
PROPOSALS_SHOWN = 3
#: Action points per table page.
TOP_ACTIONS = 3
#: Themes per page; more go on a further page.
THEMES_PER_PAGE = 8
#: Words of a statement shown on a slide (the whole text is in the synthesis).
SLIDE_WORDS = 40
SLIDE_CHARACTERS = 320
#: A word or symbol for each stance, so that colour is never the only signal.
SYMBOLS = {Stance.SUPPORT: "✓", Stance.AMEND: "✎", Stance.REJECT: "✗", "": "–"}


@dataclass(frozen=True)
class TableStatus:
    """A table as the overview lists it."""

    number: int
    title: str  # "Table 2: The bindingness of SRPP/GPP"


@dataclass(frozen=True)
class ActionLine:
    """One action point as a slide shows it."""

    action: str
    detail: str  # "Owner (Institution), by 12 March 2019 · high priority · 7 votes"


@dataclass(frozen=True)
class StanceCell:
    """A table's stance on an article: key ("" for none), word and symbol."""

    stance: str
    word: str
    symbol: str


@dataclass(frozen=True)
class Wording:
    """What one table said about one article."""

    table: str  # "Table 2"
    cell: StanceCell
    wording: str
    rationale: str


@dataclass(frozen=True)
class ThemeLine:
    """A topic several tables raised, with where."""

    label: str
    tables: list[int]
    where: str  # "tables 1 and 3"


@dataclass(frozen=True)
class Page:
    """One slide; ``key`` names it across updates (the view stays on the same page)."""

    key: str
    title: str


@dataclass(frozen=True)
class OverviewPage(Page):
    subtitle: str
    handed_in: list[TableStatus]
    missing: list[TableStatus]


@dataclass(frozen=True)
class TablePage(Page):
    number: int
    messages_heading: str
    messages: list[str]


@dataclass(frozen=True)
class ActionsPage(Page):
    number: int
    heading: str
    actions: list[ActionLine]


@dataclass(frozen=True)
class MatrixPage(Page):
    tables: list[str]  # column headings
    rows: list[tuple[str, list[StanceCell]]]  # (article heading, one cell per table)
    legend: list[StanceCell]


@dataclass(frozen=True)
class ArticlePage(Page):
    text: str
    wordings: list[Wording]  # the tables that proposed a wording, side by side
    others: list[Wording]  # the tables that did not: their stance in one line


@dataclass(frozen=True)
class ThemesPage(Page):
    themes: list[ThemeLine]


@dataclass
class Plenary:
    """The pages in order, with the labels they were built in."""

    labels: PlenaryLabels
    title: str  # the event's title, as the footer of every page shows it
    pages: list[Page] = field(default_factory=list)

    def page_keys(self) -> list[str]:
        return [p.key for p in self.pages]

    def footer(self, index: int) -> tuple[str, str]:
        """The footer of page ``index``: the event, and "3 / 12"."""
        return self.title, f"{index + 1} / {len(self.pages)}"


def has_handed_in(table: TableHarvest) -> bool:
    """Whether the table's results are here: any note, action point or declaration feedback."""
    return any(
        not r.deleted for r in (*table.notes, *table.action_points, *table.feedback)
    )


def plenary_pages(
    harvest: EventHarvest,
    language: str | None = None,
    *,
    attribution: str | Consent | None = None,
) -> Plenary:
    """The plenary pages for ``harvest`` in ``language`` (default: the event's)."""
    labels = PlenaryLabels(language or harvest.event.language)
    people = Attribution(harvest, attribution, anonymous_label=labels("a_participant"))
    text = _Text(people)
    tables = sorted(harvest.tables, key=lambda t: t.table.number)
    arrived = [t for t in tables if has_handed_in(t)]
    plenary = Plenary(labels, text.line(harvest.event.title))
    plenary.pages.append(_overview(harvest, tables, arrived, labels, text))
    for table in arrived:
        plenary.pages += _table_pages(table, labels, text)
    articles = sorted((a for a in harvest.articles if not a.deleted), key=lambda a: a.number)
    if articles:
        plenary.pages.append(_matrix(articles, arrived, labels, text))
        for article in articles:
            page = _article_page(article, arrived, labels, text)
            if page is not None:
                plenary.pages.append(page)
    plenary.pages += _themes_pages(plenary_themes(harvest, labels, text), labels)
    return plenary


def plenary_themes(harvest: EventHarvest, labels: PlenaryLabels, text: _Text) -> list[ThemeLine]:
    """What several tables raised, as the rapporteur curated it (in their order), else
    the themes the app proposes (overlaps folded), the same the synthesis offers."""
    curated = sorted((t for t in harvest.themes if not t.deleted), key=lambda t: t.position)
    if curated:
        number_of = {n.id: th.table.number for th in harvest.tables for n in th.notes}
        lines = []
        for theme in curated:
            numbers = sorted({number_of[i] for i in theme.note_ids if i in number_of})
            lines.append(ThemeLine(text.line(theme.title), numbers, labels.raised_at(numbers)))
        return lines
    return [
        ThemeLine(
            text.line(theme.label), theme.table_numbers, labels.raised_at(theme.table_numbers)
        )
        for theme in propose_themes(harvest)
    ]


class _Text:
    """Every text from the event, through the attribution rules, made slide-sized."""

    def __init__(self, people: Attribution) -> None:
        self.people = people

    def line(self, value: str) -> str:
        return clean_line(self.people.redact(value))

    def slide(self, value: str) -> str:
        # Redact before shortening: a cut must never leave half a hidden name behind.
        short = shorten(self.people.redact(value), SLIDE_WORDS)
        # Forty words can still be one 20,000-character "word" (a pasted link, a key held down).
        return short if len(short) <= SLIDE_CHARACTERS else short[:SLIDE_CHARACTERS] + "…"

    def person(self, value: str) -> str:
        return clean_line(self.people.redact(self.people.person(value)))


def _table_title(table: TableHarvest, labels: PlenaryLabels, text: _Text) -> str:
    theme = text.line(table.table.theme)
    number = table.table.number
    return labels("table_heading", number=number, theme=theme) if theme else labels(
        "table", number=number
    )


def _overview(
    harvest: EventHarvest,
    tables: list[TableHarvest],
    arrived: list[TableHarvest],
    labels: PlenaryLabels,
    text: _Text,
) -> OverviewPage:
    event = harvest.event
    facts = [labels.long_date(event.date) if event.date else "", text.line(event.venue)]
    in_ids = {t.table.id for t in arrived}
    missing = {
        t.table.number: TableStatus(t.table.number, _table_title(t, labels, text))
        for t in tables
        if t.table.id not in in_ids
    }
    # A results file brings only its own table: a gap in the numbers is a table
    # this laptop has not heard of yet, and it is still expected too.
    known = {t.table.number for t in tables}
    for number in range(1, max(known, default=0)):
        if number not in known:
            missing[number] = TableStatus(number, labels("table", number=number))
    return OverviewPage(
        key="overview",
        title=text.line(event.title) or labels("plenary"),
        subtitle=" · ".join([labels("plenary"), *[f for f in facts if f]]),
        handed_in=[TableStatus(t.table.number, _table_title(t, labels, text)) for t in arrived],
        missing=[missing[n] for n in sorted(missing)],
    )


def key_messages(table: TableHarvest) -> tuple[bool, list[Note]]:
    """(starred?, notes): the starred key messages, else the most supported proposals.

    A proposal's support is how many other statements at its table echo it (share
    at least two topic words with it); ties keep the order they were made in.
    """
    notes = [n for n in table.notes if not n.deleted and n.text.strip()]
    starred = [n for n in notes if n.key_message]
    if starred:
        return True, starred[:MAX_MESSAGES]
    words = {n.id: normalise_words(n.text) for n in notes}

    def support(proposal: Note) -> int:
        mine = words[proposal.id]
        return sum(1 for n in notes if n.id != proposal.id and len(mine & words[n.id]) >= 2)

    proposals = [n for n in notes if n.type == NoteTypeKey.PROPOSAL]
    ranked = sorted(proposals, key=lambda n: -support(n))  # sorted() is stable
    return False, ranked[:PROPOSALS_SHOWN]


def top_actions(table: TableHarvest) -> list[ActionPoint]:
    """The table's most urgent action points: priority, then votes, then order."""
    points = [ap for ap in table.action_points if not ap.deleted and ap.action.strip()]
    return sorted(points, key=lambda ap: (priority_rank(ap.priority), -ap.votes))[:TOP_ACTIONS]


def _action_line(ap: ActionPoint, labels: PlenaryLabels, text: _Text) -> ActionLine:
    who = text.person(ap.owner)
    institution = text.line(ap.institution)
    if who and institution and institution != who:
        who = f"{who} ({institution})"
    who = who or institution
    parts = [who] if who else []
    if ap.deadline.strip():
        parts.append(labels("by_date", date=labels.long_date(ap.deadline.strip())))
    parts.append(labels(f"priority_{ap.priority}"))
    if ap.votes:
        parts.append(labels.votes(ap.votes))
    return ActionLine(text.slide(ap.action), " · ".join(parts))


def _table_pages(table: TableHarvest, labels: PlenaryLabels, text: _Text) -> list[Page]:
    starred, notes = key_messages(table)
    title, number = _table_title(table, labels, text), table.table.number
    return [
        TablePage(
            key=f"table:{number}",
            title=title,
            number=number,
            messages_heading=labels(
                "key_messages_starred" if starred else "key_messages_proposals"
            ),
            messages=[text.slide(n.text) for n in notes],
        ),
        ActionsPage(
            key=f"actions:{number}",
            title=title,
            number=number,
            heading=labels("top_actions"),
            actions=[_action_line(ap, labels, text) for ap in top_actions(table)],
        ),
    ]


def stance_cell(stance: str, labels: PlenaryLabels) -> StanceCell:
    """A stance in words and a symbol ("" is no feedback)."""
    known = stance if stance in SYMBOLS else ""
    word = labels(f"stance_{known}") if known else labels("no_feedback")
    return StanceCell(known, word, SYMBOLS[known])


def _feedback(table: TableHarvest, article: DeclarationArticle) -> list:
    return [f for f in table.feedback if f.article_id == article.id and not f.deleted]


def _article_heading(article: DeclarationArticle, labels: PlenaryLabels, text: _Text) -> str:
    title = text.line(article.title)
    if title:
        return labels("article_titled", number=article.number, title=title)
    return labels("article", number=article.number)


def _matrix(
    articles: list[DeclarationArticle],
    arrived: list[TableHarvest],
    labels: PlenaryLabels,
    text: _Text,
) -> MatrixPage:
    rows = []
    for article in articles:
        cells = []
        for table in arrived:
            given = _feedback(table, article)
            cells.append(stance_cell(given[0].stance if given else "", labels))
        rows.append((_article_heading(article, labels, text), cells))
    return MatrixPage(
        key="declaration",
        title=labels("matrix"),
        tables=[labels("table", number=t.table.number) for t in arrived],
        rows=rows,
        legend=[stance_cell(s, labels) for s in (*Stance, "")],
    )


def _article_page(
    article: DeclarationArticle,
    arrived: list[TableHarvest],
    labels: PlenaryLabels,
    text: _Text,
) -> ArticlePage | None:
    wordings = []
    for table in arrived:
        for feedback in _feedback(table, article):
            wordings.append(
                Wording(
                    table=labels("table", number=table.table.number),
                    cell=stance_cell(feedback.stance, labels),
                    wording=text.slide(feedback.proposed_wording),
                    rationale=text.slide(feedback.rationale),
                )
            )
    if not any(w.wording for w in wordings):
        return None  # the matrix says all there is to say
    return ArticlePage(
        key=f"article:{article.id}",
        title=_article_heading(article, labels, text),
        text=text.slide(article.text),
        wordings=[w for w in wordings if w.wording],
        others=[w for w in wordings if not w.wording],
    )


def _themes_pages(themes: list[ThemeLine], labels: PlenaryLabels) -> list[Page]:
    if not themes:
        return [ThemesPage(key="themes:0", title=labels("themes"), themes=[])]
    return [
        ThemesPage(
            key=f"themes:{start // THEMES_PER_PAGE}",
            title=labels("themes"),
            themes=themes[start : start + THEMES_PER_PAGE],
        )
        for start in range(0, len(themes), THEMES_PER_PAGE)
    ]

"""The event as it may leave in an archive: no withdrawn words, and, if asked, no names.

Two levels, both built on the synthesis's own attribution (one rule for names):

* the normal archive keeps the names of the people still registered (it is the
  organiser's record), but a deleted participant leaves no name: their name is
  taken out of every text and every note they spoke loses its speaker;
* an anonymised archive (``archive --anonymise``) replaces names and organisations
  exactly as the anonymous synthesis does: every mention of a participant becomes
  "a participant", nobody's organisation stands next to them, roles and owners
  are shown only as the anonymous synthesis shows them, and no statement points
  at its speaker.

Only the copy is changed; the store is never written.
"""

from __future__ import annotations

import copy
import dataclasses

from roundtables.domain import Consent, EventHarvest, Participant
from roundtables.names import name_matches
from roundtables.synthesis.attribution import Attribution
from roundtables.synthesis.labels import Labels

# The free-text fields of each kind of record (ids, dates, enums and numbers stay).
_TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "events": ("title", "venue", "organiser", "executive_summary"),
    "round_tables": (
        "theme", "keynote_title", "keynote_summary", "room",
        "keynote_speaker", "facilitator", "rapporteur",
    ),
    "questions": ("text",),
    "agenda_segments": ("title",),
    "declaration_articles": ("title", "text"),
    "notes": ("text", "speaker"),
    "action_points": ("action", "owner", "institution"),
    "article_feedback": ("proposed_wording", "rationale"),
    "attachments": ("filename", "caption"),
    "themes": ("title", "synthesis"),  # the rapporteur's curated themes
}


def published_harvest(harvest: EventHarvest, *, anonymise: bool = False) -> EventHarvest:
    """A copy of ``harvest`` with withdrawn names (and with ``anonymise`` all names) removed."""
    out = copy.deepcopy(harvest)
    former = {p.id: p for p in harvest.former_participants}
    label = Labels(harvest.event.language)("a_participant")  # as the synthesis says it
    if anonymise:
        people = Attribution(harvest, Consent.ANONYMOUS, anonymous_label=label)
    else:
        # The registered keep their names here; the deleted are hidden whatever they agreed.
        view = dataclasses.replace(
            harvest,
            participants=[dataclasses.replace(p, consent=Consent.NAMED)
                          for p in harvest.participants],
            former_participants=[dataclasses.replace(p, consent=Consent.ANONYMOUS)
                                 for p in harvest.former_participants],
        )
        people = Attribution(view, anonymous_label=label)
    out.former_participants = []
    _scrub(out.event, people)
    for article in out.articles:
        _scrub(article, people)
    for theme in out.themes:
        _scrub(theme, people)
    if anonymise:
        out.participants = [_anonymous(p, label) for p in out.participants]
    for table in out.tables:
        t = table.table
        _scrub(t, people, skip=("keynote_speaker", "facilitator", "rapporteur"))
        if anonymise:
            t.keynote_speaker, t.facilitator, t.rapporteur = (
                people.role(t.keynote_speaker), people.role(t.facilitator),
                people.role(t.rapporteur),
            )
        else:
            t.keynote_speaker, t.facilitator, t.rapporteur = (
                people.redact(t.keynote_speaker), people.redact(t.facilitator),
                people.redact(t.rapporteur),
            )
        for record in (*table.questions, *table.segments, *table.feedback, *table.attachments):
            _scrub(record, people)
        for note in table.notes:
            withdrawn = note.speaker_id in former or any(
                name_matches(note.speaker, p.name) for p in former.values()
            )
            if anonymise or withdrawn:
                note.speaker_id, note.speaker = None, ""
            _scrub(note, people, skip=("speaker",))
            note.tags = [people.redact(tag) for tag in note.tags]
        for point in table.action_points:
            owner, institution = point.owner, point.institution
            _scrub(point, people, skip=("owner", "institution"))
            if anonymise:
                point.owner, point.institution = people.owner(owner, institution)
            else:
                point.owner, point.institution = people.redact(owner), people.redact(institution)
    return out


def _scrub(record: object, people: Attribution, skip: tuple[str, ...] = ()) -> None:
    for name in _TEXT_FIELDS.get(getattr(record, "TABLE", ""), ()):
        if name not in skip:
            setattr(record, name, people.redact(getattr(record, name)))


def _anonymous(person: Participant, label: str) -> Participant:
    """A participant with nothing left that names them or their organisation."""
    return dataclasses.replace(person, name=label, organisation="", email="")

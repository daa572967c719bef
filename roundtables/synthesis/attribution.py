"""Who may be named for what they said: consent, Chatham House and the rapporteur's choice.

The rules, in one place:

* Each participant's own consent (named / organisation only / anonymous) is the most
  the document may say about them.
* An event held under the Chatham House rule anonymises every participant,
  statements and annex alike.
* The rapporteur's ``attribution`` choice can only make this stricter, never looser.
* A free-text speaker (someone typed a name that is not on the participant list) gave
  no recorded consent, so the document does not name them, unless the name is one
  the event already makes public for that table (keynote speaker, facilitator,
  rapporteur) and the effective policy is "named".
* Names of participants who may not be named are also taken out of free text
  (notes, action points, rationales), replaced by what they agreed to (their
  organisation, or "a participant").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from roundtables.domain import (
    AttributionPolicy,
    Consent,
    EventHarvest,
    Note,
    Participant,
    RoundTable,
    RoundtablesError,
)

CHOICES = tuple(c.value for c in Consent)


def parse_attribution(value: str | None) -> Consent | None:
    """The rapporteur's choice as a :class:`Consent`, or a one-line error."""
    if value is None or not str(value).strip():
        return None
    try:
        return Consent(str(value).strip().lower())
    except ValueError:
        raise RoundtablesError(
            f"Unknown attribution {value!r} (choose named, organisation or anonymous)"
        ) from None


def consent_of(participant: Participant) -> Consent:
    """A participant's recorded consent; anything unrecognised counts as anonymous."""
    try:
        return Consent(participant.consent)
    except ValueError:
        return Consent.ANONYMOUS


def attribution_label(
    participant: Participant, level: Consent, anonymous: str = ""
) -> str:
    """A participant as shown at ``level``: "Name (Organisation)", "Organisation", ``anonymous``."""
    name, organisation = participant.name.strip(), participant.organisation.strip()
    if level is Consent.NAMED:
        return f"{name} ({organisation})" if organisation and name else name or organisation
    if level is Consent.ORGANISATION:
        return organisation or anonymous
    return anonymous


class Attribution:
    """Attribution for one document: the event's policy, the choice, each consent."""

    def __init__(
        self,
        harvest: EventHarvest,
        requested: str | Consent | None = None,
        *,
        anonymous_label: str = "a participant",
    ) -> None:
        choice = requested if isinstance(requested, Consent) else parse_attribution(requested)
        ceiling = choice or Consent.NAMED
        if harvest.event.attribution_policy == AttributionPolicy.CHATHAM_HOUSE.value:
            ceiling = Consent.ANONYMOUS
        self.ceiling = ceiling
        self.anonymous_label = anonymous_label
        self._people = {p.id: p for p in harvest.participants}
        self._by_name = {_key(p.name): p for p in harvest.participants if p.name.strip()}
        hidden = sorted(
            (p for p in harvest.participants if p.name.strip() and self.level(p) != Consent.NAMED),
            key=lambda p: -len(p.name),  # longest first: "Jan Peeters Jr" before "Jan Peeters"
        )
        self._hidden = {_key(p.name): p for p in hidden}
        self._pattern = (
            re.compile(
                r"(?<!\w)(" + "|".join(re.escape(p.name.strip()) for p in hidden) + r")(?!\w)",
                re.IGNORECASE,
            )
            if hidden
            else None
        )

    @property
    def names_anyone(self) -> bool:
        """Whether any participant may be named at all in this document."""
        return self.ceiling is Consent.NAMED

    def level(self, participant: Participant) -> Consent:
        """The strictest of the participant's consent and the document's ceiling."""
        return Consent.strictest(consent_of(participant), self.ceiling)

    def label(self, participant: Participant) -> str:
        """The participant as this document may show them ("" when anonymous)."""
        return attribution_label(participant, self.level(participant))

    def participant(self, note: Note) -> Participant | None:
        """The participant who made a note, by id or by exactly their listed name."""
        if note.speaker_id and note.speaker_id in self._people:
            return self._people[note.speaker_id]
        return self._by_name.get(_key(note.speaker)) if note.speaker.strip() else None

    def speaker(self, note: Note, table: RoundTable | None = None) -> str:
        """Who said it, as far as consent allows; "" when it may not be said."""
        person = self.participant(note)
        if person is not None:
            return self.label(person)
        name = note.speaker.strip()
        if name and self.ceiling is Consent.NAMED and table is not None:
            public = {_key(table.keynote_speaker), _key(table.facilitator), _key(table.rapporteur)}
            if _key(name) in public - {""}:
                return name
        return ""

    def person(self, name: str) -> str:
        """A name typed in a free field (owner, facilitator), redacted if it is a hidden person."""
        clean = name.strip()
        person = self._hidden.get(_key(clean))
        if person is None:
            return clean
        return self.label(person) or self.anonymous_label

    def redact(self, text: str) -> str:
        """Free text with the names of participants who may not be named replaced."""
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(self._replacement, text)

    def _replacement(self, match: re.Match[str]) -> str:
        person = self._hidden.get(_key(match.group(0)))
        if person is None:  # pragma: no cover - the pattern only matches hidden names
            return match.group(0)
        return self.label(person) or self.anonymous_label

    def visible(self, participants: Iterable[Participant]) -> list[tuple[Participant, str]]:
        """Participants with the label they may appear under (anonymous ones left out)."""
        shown = []
        for p in participants:
            label = self.label(p)
            if label:
                shown.append((p, label))
        return shown


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()

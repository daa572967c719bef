"""Who may be named for what they said: consent, Chatham House and the rapporteur's choice.

The rules, in one place (every string of a document passes :meth:`Attribution.redact`
through the writer, and every person-field through the methods below):

* Each participant's own consent (named / organisation only / anonymous) is the most
  the document may say about them, whatever their role: a keynote speaker, a
  facilitator or a rapporteur follows their own consent like everyone else.
* An event held under the Chatham House rule anonymises every participant,
  statements, roles, owners and annex alike.
* The rapporteur's ``attribution`` choice can only make this stricter, never looser.
* Someone who is not on the participant list (a free-text speaker, a role or an
  owner typed by hand) gave no recorded consent, so the document does not name them.
* Names of participants who may not be named are taken out of free text (notes,
  action points, rationales, roles), found by the one name rule of
  :mod:`roundtables.names` (accents, spacing, possessives, first name or surname
  alone), and replaced by what they agreed to (their organisation, or "a participant").
* A participant deleted after speaking is still protected by their consent.
* Nobody's organisation stands next to someone who may not be named: an action's
  institution appears only where its owner's consent allows the organisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from roundtables.domain import (
    ActionPoint,
    Consent,
    Event,
    EventHarvest,
    Note,
    Participant,
    RoundTable,
)
from roundtables.messages import error
from roundtables.names import Mention, NameMatcher, fold, match_key


def parse_attribution(value: str | None) -> Consent | None:
    """The rapporteur's choice as a :class:`Consent`, or a one-line error."""
    if value is None or not str(value).strip():
        return None
    try:
        return Consent(str(value).strip().lower())
    except ValueError:
        raise error("unknown-attribution", value=value) from None


def consent_of(participant: Participant) -> Consent:
    """A participant's recorded consent (a member: storage and the exchange refuse others)."""
    return participant.consent


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


def allowed_attributions(event: Event) -> list[Consent]:
    """The attribution levels a document of this event may be written at, most open
    first: Chatham House leaves only anonymous."""
    if event.under_chatham_house:
        return [Consent.ANONYMOUS]
    return [Consent.NAMED, Consent.ORGANISATION, Consent.ANONYMOUS]


def ceiling_of(harvest: EventHarvest, requested: str | Consent | None = None) -> Consent:
    """The most any document of this event may say: the choice, if the event allows
    it, else the strictest level it allows."""
    choice = requested if isinstance(requested, Consent) else parse_attribution(requested)
    allowed = allowed_attributions(harvest.event)
    if choice is None:
        return allowed[0]
    return choice if choice in allowed else allowed[-1]


class Attribution:
    """Attribution for one document: the event's policy, the choice, each consent."""

    def __init__(
        self,
        harvest: EventHarvest,
        requested: str | Consent | None = None,
        *,
        anonymous_label: str = "a participant",
    ) -> None:
        self.ceiling = ceiling_of(harvest, requested)
        self.chatham_house = harvest.event.under_chatham_house
        self.anonymous_label = anonymous_label
        # The deleted are known too: their words stay protected by their consent.
        everyone = [*harvest.participants, *harvest.former_participants]
        self._everyone = [p for p in everyone if p.name.strip()]
        self._people = {p.id: p for p in everyone}
        self._matcher = NameMatcher(self._everyone, harvest.event.language)
        self._by_key: dict[str, Participant] = {}
        for p in self._everyone:  # the first listed wins, as resolve_person would choose
            self._by_key.setdefault(match_key(p.name), p)

    def level(self, participant: Participant) -> Consent:
        """The strictest of the participant's consent and the document's ceiling."""
        return Consent.strictest(consent_of(participant), self.ceiling)

    def label(self, participant: Participant) -> str:
        """The participant as this document may show them ("" when anonymous)."""
        return attribution_label(participant, self.level(participant))

    def participant(self, note: Note) -> Participant | None:
        """The participant who made a note: by id, or by their name (the one name rule)."""
        if note.speaker_id and note.speaker_id in self._people:
            return self._people[note.speaker_id]
        key = match_key(note.speaker)  # the one name rule, looked up once per note
        return self._by_key.get(key) if key else None

    def speaker(self, note: Note, table: RoundTable | None = None) -> str:
        """Who said it, as far as consent allows; "" when it may not be said.

        A speaker who is not a participant gave no consent and is never named.
        """
        person = self.participant(note)
        return self.label(person) if person is not None else ""

    def people_in(self, text: str) -> list[Participant]:
        """The participants a free-text field names (a role, an owner)."""
        found: dict[str, Participant] = {}
        for mention in self._matcher.find(text):
            for person in mention.people:
                found.setdefault(person.id, person)
        return list(found.values())

    def _strictest(self, people: list[Participant]) -> Consent:
        return Consent.strictest(*(self.level(p) for p in people))

    def role(self, text: str) -> str:
        """A role field (keynote speaker, facilitator, rapporteur) as consent allows.

        The role holder follows their own consent; a name that is no participant
        gave none, so it is left out ("" means: do not show the role holder).
        """
        clean = text.strip()
        people = self.people_in(clean)
        if not clean or not people:
            return ""
        level = self._strictest(people)
        if level is Consent.NAMED:
            return self.redact(clean)
        if level is Consent.ORGANISATION and len(people) == 1:
            return people[0].organisation.strip()
        return ""

    def person(self, name: str) -> str:
        """A name typed in a free field (an owner) as consent allows; "" when empty."""
        return self.owner(name, "")[0]

    def owner(self, owner: str, institution: str) -> tuple[str, str]:
        """An action's owner and institution, each only as far as consent allows.

        The institution stands next to the owner only when the owner may be shown
        with an organisation; an owner who is not a participant gave no consent.
        """
        who, where = owner.strip(), institution.strip()
        if not who:
            return "", self.redact(where)
        people = self.people_in(who)
        if people:
            level = self._strictest(people)
            if level is Consent.NAMED:
                return self.redact(who), self.redact(where)
            if level is Consent.ORGANISATION:
                label = people[0].organisation.strip() if len(people) == 1 else ""
                return label or self.anonymous_label, self.redact(where)
            return self.anonymous_label, ""
        if self.ceiling is Consent.NAMED:
            return self.redact(who), self._institution(where)
        return self.anonymous_label, ""

    def _institution(self, where: str) -> str:
        """An institution typed beside an owner nobody can be recognised in: never the
        organisation of someone who may not be described by it ("" then)."""
        key = fold(where)
        if key and any(
            fold(p.organisation) == key and self.level(p) is Consent.ANONYMOUS
            for p in self._everyone
        ):
            return ""
        return self.redact(where)

    def action_owner(self, point: ActionPoint) -> tuple[str, str]:
        """:meth:`owner` for an action point."""
        return self.owner(point.owner, point.institution)

    def redact(self, text: str) -> str:
        """Free text with the names of participants who may not be named replaced."""
        if not text or not self._matcher:
            return text
        out: list[str] = []
        last = 0
        for mention in self._matcher.find(text):
            hidden = [p for p in mention.people if self.level(p) is not Consent.NAMED]
            if not hidden:
                continue
            if len(mention.people) == 1:
                replacement = self.label(hidden[0]) or self.anonymous_label
                if replacement != self.anonymous_label and _inside(text, mention, replacement):
                    continue  # "Peeters" inside "Peeters Consulting", the very label shown
            else:  # a first name two people share: the strictest reading
                replacement = self.anonymous_label
            out.append(text[last : mention.start])
            out.append(replacement)
            last = mention.end
        if not out:
            return text
        out.append(text[last:])
        return "".join(out)

    def visible(self, participants: Iterable[Participant]) -> list[tuple[Participant, str]]:
        """Participants with the label they may appear under (anonymous ones left out)."""
        shown = []
        for p in participants:
            label = self.label(p)
            if label:
                shown.append((p, label))
        return shown

    def counts(self, participants: Iterable[Participant]) -> tuple[int, int, int]:
        """How many of ``participants`` are named, shown by organisation only, not named."""
        named = organisation = hidden = 0
        for p in participants:
            level = self.level(p)
            if level is Consent.NAMED and p.name.strip():
                named += 1
            elif level is not Consent.ANONYMOUS and p.organisation.strip():
                organisation += 1
            else:
                hidden += 1
        return named, organisation, hidden


def _inside(text: str, mention: Mention, label: str) -> bool:
    """Whether the mention lies within an occurrence of ``label`` in ``text``."""
    return any(
        found.start() <= mention.start and mention.end <= found.end()
        for found in re.finditer(re.escape(label), text, re.IGNORECASE)
    )

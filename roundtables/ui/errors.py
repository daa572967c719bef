"""The one way the windows word an error raised below them: in the interface language.

An error with a code from the catalogue (roundtables/messages.py) is shown from
its translated template, filled with its parameters; anything else (no code, a
code the catalogue lacks, a translation that does not fit) as its own text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from roundtables.domain import RoundtablesError
from roundtables.messages import CONTEXT, MESSAGES, PHRASE_PARAMS, Message


def phrase_text(phrase: str) -> str:
    """A phrase of the catalogue (a kind of record, what was being done) in the
    interface language; any other text as it is."""
    return QCoreApplication.translate(CONTEXT, phrase)


def error_text(exc: BaseException | str) -> str:
    """``exc`` (an error, or a :class:`~roundtables.messages.Message` reported by a
    check) as one line in the interface language."""
    english = " ".join(str(exc).split())
    if not isinstance(exc, RoundtablesError | Message) or exc.code not in MESSAGES:
        return english
    params = {
        name: phrase_text(value) if name in PHRASE_PARAMS else value
        for name, value in exc.params.items()
    }
    try:
        text = QCoreApplication.translate(CONTEXT, MESSAGES[exc.code]).format(**params)
    except (KeyError, IndexError, ValueError):
        return english
    return " ".join(text.split())

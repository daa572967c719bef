"""Dates as people type them: the one rule the windows and the command line share.

Accepted: ISO ``2027-03-31`` (or ``2027/3/31``), and day first, as written in
Belgium, the Netherlands, France and the UK: ``31/03/2027``, ``31-3-2027``,
``31.03.2027``, with a two-digit year meaning 20xx (``1/4/27``).  Month-first
(US) dates are not guessed: ``3/31/2027`` is refused rather than misread.
"""

from __future__ import annotations

import datetime as dt
import re

from roundtables.messages import error

_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})")


def parse_iso_date(text: str) -> str:
    """A date given as ``YYYY-MM-DD`` (the command line's and a template's form), checked."""
    try:
        return dt.date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise error("not-an-iso-date", typed=text.strip()) from None


def parse_date_input(text: str) -> str:
    """A typed date as ``YYYY-MM-DD``; a one-line RoundtablesError saying why not."""
    typed = text.strip()
    match = _ISO.fullmatch(typed)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _DAY_FIRST.fullmatch(typed)
        if match is None:
            raise error("not-a-date", typed=typed)
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:
            year += 2000
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        raise error("no-such-day", typed=typed) from None


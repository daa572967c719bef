"""Dates as people type them (the rule the windows and the command line share)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from roundtables.dates import parse_date_input
from roundtables.domain import RoundtablesError


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("2027-03-31", "2027-03-31"),
        ("31/03/2027", "2027-03-31"),
        ("31-3-2027", "2027-03-31"),
        ("31.03.2027", "2027-03-31"),
        (" 1/4/2027 ", "2027-04-01"),
        ("1/4/27", "2027-04-01"),
        ("2027/3/31", "2027-03-31"),
    ],
)
def test_the_forms_people_type(typed: str, iso: str) -> None:
    assert parse_date_input(typed) == iso


@pytest.mark.parametrize("typed", ["31/02/2027", "13/13/2027", "tomorrow", "2027-3", "", "1/2/3/4"])
def test_not_a_date_says_what_was_typed_and_what_works(typed: str) -> None:
    with pytest.raises(RoundtablesError) as caught:
        parse_date_input(typed)
    message = str(caught.value)
    assert "\n" not in message and "31/03/2027" in message
    if typed:
        assert typed in message


@given(st.dates())
def test_every_date_reads_back_in_every_form(day: object) -> None:
    import datetime as dt

    assert isinstance(day, dt.date)
    if day.year < 1000:
        return
    iso = day.isoformat()
    slashed = f"{day.day}/{day.month}/{day.year}"
    dashed = f"{day.day:02d}-{day.month:02d}-{day.year}"
    for typed in (iso, slashed, dashed):
        assert parse_date_input(typed) == iso

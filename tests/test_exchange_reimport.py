"""A file met again is recognised by its bytes, only when merging it could change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtables.demo import create_demo
from roundtables.exchange import import_file, merge, write_results, write_table_kits
from roundtables.storage import Store


def _log(store: Store) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in store._execute(
        "SELECT file_name, outcome FROM import_log ORDER BY rowid")]


@pytest.fixture
def handed_in(tmp_path: Path) -> tuple[Store, Store, Path]:
    facilitator = Store.open(tmp_path / "facilitator.db")
    event = create_demo(facilitator)
    table = facilitator.tables(event.id)[0]
    first = write_results(facilitator, event, table, tmp_path / "results-1.zip")
    rapporteur = Store.open(tmp_path / "rapporteur.db")
    kits = tmp_path / "kits"
    kits.mkdir()
    for kit in write_table_kits(facilitator, event, kits):  # the event comes first
        assert import_file(rapporteur, kit).outcome == "imported"
    assert import_file(rapporteur, first).outcome == "updated"
    yield facilitator, rapporteur, first
    facilitator.close()
    rapporteur.close()


def test_the_same_bytes_again_are_not_unpacked_and_are_logged(
    handed_in: tuple[Store, Store, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _fac, rap, first = handed_in
    imported = import_file(rap, first)  # the full merge, for comparison
    monkeypatch.setattr(merge, "read_package", lambda *a, **k: pytest.fail("unpacked"))
    again = import_file(rap, first)
    assert (again.outcome, again.kind, again.table_number) == ("unchanged", "results", 1)
    assert again.counts.unchanged == imported.counts.unchanged > 0
    assert again.counts.imported == again.counts.updated == again.counts.conflicts == 0
    results = [entry for entry in _log(rap) if entry[0] == first.name]
    assert results[-1] == (first.name, "unchanged") and len(results) == 3


def test_an_older_file_after_a_newer_one_is_merged_in_full(
    handed_in: tuple[Store, Store, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fac, rap, first = handed_in
    event = fac.events()[0]
    table = fac.tables(event.id)[0]
    fac.add_note(table.id, "Said after the first hand-in")
    second = write_results(fac, event, table, tmp_path / "results-2.zip")
    assert import_file(rap, second).outcome == "updated"
    unpacked: list[Path] = []
    real = merge.read_package
    monkeypatch.setattr(merge, "read_package",
                        lambda path, **kw: unpacked.append(path) or real(path, **kw))
    assert import_file(rap, first).outcome == "unchanged"
    assert unpacked == [first]
    # the older one came last: the newer one is merged in full once more, then known
    assert import_file(rap, second).outcome == "unchanged"
    assert import_file(rap, second).outcome == "unchanged"
    assert unpacked == [first, second]


def test_a_known_file_of_the_wrong_kind_is_still_refused(
    handed_in: tuple[Store, Store, Path],
) -> None:
    _fac, rap, first = handed_in
    refused = import_file(rap, first, expect="table-kit")
    assert refused.rejected and refused.reason

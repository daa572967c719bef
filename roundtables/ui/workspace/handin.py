"""Hand in results: the table's results file written where the facilitator says."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from roundtables.domain import Event, RoundTable, RoundtablesError
from roundtables.storage import Store
from roundtables.ui import prompts
from roundtables.ui.errors import error_text


def hand_in_results(parent: QWidget, store: Store, event: Event, table: RoundTable) -> None:
    """Ask where, write the results file; a full or missing stick says so in one line."""
    title = QCoreApplication.translate("HandIn", "Hand in results")
    from roundtables.exchange import results_file_name, write_results  # loaded when used
    filters = QCoreApplication.translate("HandIn", "Results files (*.zip)")
    # Started from a stick: the results go back onto it (the laptop keeps its copy).
    from roundtables.services.stick import stick_folder

    stick = stick_folder()
    suggested = results_file_name(event, table)
    path = prompts.save_file(parent, title, str(stick / suggested) if stick else suggested,
                             filters)
    if path is None:
        return
    try:
        written = write_results(store, event, table, path)
    except (RoundtablesError, OSError) as exc:
        prompts.error(parent, title, error_text(exc))
        return
    done = QCoreApplication.translate("HandIn", "Results written to {path}")
    prompts.inform(parent, title, done.format(path=written))

"""Table kits and results files: write, validate, import, merge (no Qt).

The public API the command line and the GUI call; the format is described in
FORMAT.md at the repository root.
"""

from roundtables.exchange.conflicts import (
    Conflict,
    get_conflict,
    open_conflicts,
    resolve_conflict,
)
from roundtables.exchange.format import (
    DEFAULT_LIMITS,
    FORMAT_NAME,
    FORMAT_VERSION,
    KIT,
    RESULTS,
    Limits,
)
from roundtables.exchange.merge import ImportCounts, ImportSummary, import_file, import_files
from roundtables.exchange.reader import ExchangePackage, read_package
from roundtables.exchange.writer import (
    kit_file_name,
    results_file_name,
    write_results,
    write_table_kit,
    write_table_kits,
)

__all__ = [
    "DEFAULT_LIMITS",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "KIT",
    "RESULTS",
    "Conflict",
    "ExchangePackage",
    "ImportCounts",
    "ImportSummary",
    "Limits",
    "get_conflict",
    "import_file",
    "import_files",
    "kit_file_name",
    "open_conflicts",
    "read_package",
    "resolve_conflict",
    "results_file_name",
    "write_results",
    "write_table_kit",
    "write_table_kits",
]

"""Table kits and results files: write, validate, import, merge (no Qt)."""

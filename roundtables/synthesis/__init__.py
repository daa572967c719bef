"""The Word synthesis and per-table reports (python-docx, no Qt)."""

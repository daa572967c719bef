"""The desktop interface (PySide6), thin over the layers below."""

"""PySide6 user interface; filled by the GUI issue."""

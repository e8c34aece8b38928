"""Svodka desktop client: encrypted local store, sync engine and Qt user interface."""

__version__ = "0.1.0"
APP_NAME = "Svodka"
APP_ID = "svodka"

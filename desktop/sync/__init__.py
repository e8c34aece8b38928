"""Sync engine and wire protocol (Qt-free); filled by the sync issue."""

"""Svodka regional server; filled by the server issue."""

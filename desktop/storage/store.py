"""The Store facade: an unlocked, migrated store with every domain read and write."""

from __future__ import annotations

from desktop.storage.facts import FactWriter
from desktop.storage.forms import FormStore
from desktop.storage.queries import Queries
from desktop.storage.reference import ReferenceLoader


class Store(FactWriter, Queries, ReferenceLoader, FormStore):
    """An open store. Not thread-safe: call ``reopen()`` for another thread."""

"""The Store facade: an unlocked, migrated store with every domain read and write."""

from __future__ import annotations

from desktop.storage.facts import FactWriter
from desktop.storage.queries import Queries
from desktop.storage.receipts import ReceiptReader
from desktop.storage.syncstate import SyncState


class Store(FactWriter, Queries, SyncState, ReceiptReader):
    """An open store. Not thread-safe: call ``reopen()`` for another thread."""

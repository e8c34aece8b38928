"""The audit trail for the history view: keyset pages in any sort, counts and CSV export."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2

from desktop.exports.csv_table import write_table
from desktop.storage.base import StoreBase

PAGE_SIZE = 200
EXPORT_PAGE = 2_000
SORT_COLUMNS = ("time", "action", "unit")
# How often (in SQLite VM steps) a long query looks whether its job was cancelled.
CANCEL_CHECK_STEPS = 2_000

ROW_SQL = (
    "SELECT a.seq, a.at, a.actor, a.action, a.entity, a.entity_id, a.unit,"
    " coalesce(u.short_name, u.name), a.details, o.state FROM audit_log a"
    " LEFT JOIN outbox o ON o.seq = a.outbox_seq LEFT JOIN units u ON u.code = a.unit"
)

Group = str | None
Cells = Callable[["HistoryRow"], Sequence[str]]
IsCancelled = Callable[[], bool]


class Cancelled(Exception):
    """The job was cancelled: a query was interrupted or an export stopped."""


@dataclass(frozen=True)
class HistoryQuery:
    """What the history view shows: one unit or all, a search text, a sort."""

    unit: str | None = None
    text: str = ""
    sort_column: str = "time"
    descending: bool = True

    def __post_init__(self) -> None:
        if self.sort_column not in SORT_COLUMNS:
            raise ValueError(f"cannot sort history by {self.sort_column!r}")


@dataclass(frozen=True)
class HistoryRow:
    """One audit entry with its unit's name and the sync state of its change."""

    seq: int
    at: str
    actor: str
    action: str
    entity: str | None
    entity_id: str | None
    unit: str | None
    unit_name: str | None
    details: str
    sync_state: str | None


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts.

    A sort by action or unit walks that column's values in the order people read them
    (``groups``, fixed when the first page is read), each value's rows newest first; a
    sort by time is one group. ``seq`` is the last row read in group ``group``, None at
    the group's start: every page is an index seek, never an OFFSET."""

    groups: tuple[Group, ...]
    group: int = 0
    seq: int | None = None


@dataclass(frozen=True)
class Page:
    rows: tuple[HistoryRow, ...]
    next: Cursor | None  # None when nothing follows


@dataclass(frozen=True)
class Vocabulary:
    """Actions and record kinds in words (code → label), for search and the sort order."""

    actions: Mapping[str, str] = field(default_factory=dict)
    kinds: Mapping[str, str] = field(default_factory=dict)

    def action(self, code: str) -> str:
        return self.actions.get(code, code)

    def kind(self, code: str | None) -> str:
        return self.kinds.get(code, code) if code else ""


class HistoryReader:
    """Reads the audit trail on the store's own thread (the GUI's store lane)."""

    def __init__(self, store: StoreBase, vocabulary: Vocabulary | None = None) -> None:
        self.conn = store.conn
        self.vocabulary = vocabulary or Vocabulary()

    def page(
        self,
        query: HistoryQuery,
        after: Cursor | None = None,
        limit: int = PAGE_SIZE,
        cancelled: IsCancelled | None = None,
    ) -> Page:
        """Up to ``limit`` rows after ``after`` (from the start when None)."""
        with _interruptible(self.conn, cancelled):
            cursor = after if after is not None else Cursor(self._groups(query))
            rows: list[HistoryRow] = []
            group, seq = cursor.group, cursor.seq
            while group < len(cursor.groups) and len(rows) < limit:
                wanted = limit - len(rows)
                found = self._rows(query, cursor.groups[group], seq, wanted)
                rows += found
                if len(found) < wanted:
                    group, seq = group + 1, None
                else:
                    seq = found[-1].seq
        more = group < len(cursor.groups)
        return Page(tuple(rows), Cursor(cursor.groups, group, seq) if more else None)

    def count(self, query: HistoryQuery, cancelled: IsCancelled | None = None) -> int:
        clauses, args = self._filters(query)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        with _interruptible(self.conn, cancelled):
            row = self.conn.execute(f"SELECT count(*) FROM audit_log a {where}", args).fetchone()
        return int(row[0])

    def write_csv(
        self,
        query: HistoryQuery,
        path: Path,
        header: Sequence[str],
        cells: Cells,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: IsCancelled | None = None,
        delimiter: str = ";",
    ) -> int:
        """Write every row ``query`` selects to ``path`` as CSV; returns the row count.

        The file is written by ``desktop.exports.csv_table.write_table``: UTF-8 with a BOM,
        formulas kept as text, and atomic, so a cancel (``Cancelled``), an error or a crash
        never leaves a half-written file under the chosen name."""
        total = self.count(query, cancelled)
        done = 0

        def rows() -> Iterator[Sequence[str]]:
            nonlocal done
            for page in self._pages(query, cancelled):
                yield from (cells(row) for row in page)
                done += len(page)
                if progress is not None:
                    progress(done, max(total, done))

        write_table(path, header, rows(), delimiter=delimiter)
        return done

    # -- internals -----------------------------------------------------------------------------
    def _pages(
        self, query: HistoryQuery, cancelled: IsCancelled | None
    ) -> Iterator[tuple[HistoryRow, ...]]:
        after: Cursor | None = None
        while True:
            if cancelled is not None and cancelled():
                raise Cancelled()
            page = self.page(query, after, EXPORT_PAGE, cancelled)
            yield page.rows
            if page.next is None:
                return
            after = page.next

    def _rows(
        self, query: HistoryQuery, group: Group, seq: int | None, limit: int
    ) -> list[HistoryRow]:
        clauses, args = self._filters(query)
        ascending = query.sort_column == "time" and not query.descending
        if query.sort_column != "time":
            clauses.append(f"a.{query.sort_column} IS ?")
            args.append(group)
        if seq is not None:
            clauses.append("a.seq > ?" if ascending else "a.seq < ?")
            args.append(seq)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        direction = "ASC" if ascending else "DESC"
        found = self.conn.execute(
            f"{ROW_SQL} {where} ORDER BY a.seq {direction} LIMIT ?", [*args, limit]
        )
        return [HistoryRow(*r) for r in found]

    def _filters(self, query: HistoryQuery) -> tuple[list[str], list[Any]]:
        clauses: list[str] = []
        args: list[Any] = []
        if query.unit is not None:
            clauses.append("a.unit = ?")
            args.append(query.unit)
        text = query.text.strip()
        if text:
            alternatives: list[str] = []
            # Codes are ASCII, where LIKE already ignores case; the details hold Cyrillic,
            # where it does not, so they are tried as typed, lower, upper and capitalised.
            for column in ("a.action", "a.entity", "a.unit"):
                alternatives.append(f"{column} LIKE ? ESCAPE '\\'")
                args.append(_like(text))
            for variant in _case_variants(text):
                alternatives.append("a.details LIKE ? ESCAPE '\\'")
                args.append(_like(variant))
            for column, codes in (
                ("a.action", _matching(self.vocabulary.actions, text)),
                ("a.entity", _matching(self.vocabulary.kinds, text)),
                ("a.unit", self._units_named(text)),
            ):
                if codes:
                    alternatives.append(f"{column} IN ({', '.join('?' * len(codes))})")
                    args += codes
            clauses.append("(" + " OR ".join(alternatives) + ")")
        return clauses, args

    def _units_named(self, text: str) -> list[str]:
        folded = text.casefold()
        rows = self.conn.execute("SELECT code, name, coalesce(short_name, '') FROM units")
        return [code for code, name, short in rows if folded in f"{name}\n{short}".casefold()]

    def _groups(self, query: HistoryQuery) -> tuple[Group, ...]:
        """The sort column's values in reading order (reversed when descending)."""
        if query.sort_column == "time":
            return (None,)
        if query.sort_column == "unit":
            values = [query.unit] if query.unit is not None else self._distinct("unit")
            names = dict(self.conn.execute("SELECT code, coalesce(short_name, name) FROM units"))
            labels = {v: str(names.get(v, v)) for v in values if v is not None}
        else:
            values = self._distinct("action", query.unit)
            labels = {v: self.vocabulary.action(v) for v in values if v is not None}
        ordered = sorted(
            values,
            key=lambda v: (1, "", "") if v is None else (0, labels[v].casefold(), v),
        )
        return tuple(reversed(ordered)) if query.descending else tuple(ordered)

    def _distinct(self, column: str, unit: str | None = None) -> list[Group]:
        """A column's distinct values (of one unit's rows when given) by one index seek
        per value (audit_action, audit_unit, audit_unit_action), never a full scan."""
        where, args = ("unit = ? AND ", [unit]) if unit is not None else ("", [])
        values: list[Group] = []
        found = self.conn.execute(
            f"SELECT min({column}) FROM audit_log WHERE {where}{column} IS NOT NULL", args
        ).fetchone()
        while found[0] is not None:
            values.append(found[0])
            found = self.conn.execute(
                f"SELECT min({column}) FROM audit_log WHERE {where}{column} > ?",
                [*args, found[0]],
            ).fetchone()
        nulls = self.conn.execute(
            f"SELECT 1 FROM audit_log WHERE {where}{column} IS NULL LIMIT 1", args
        )
        if nulls.fetchone() is not None:
            values.append(None)
        return values


@contextmanager
def _interruptible(conn: Any, cancelled: IsCancelled | None) -> Iterator[None]:
    """Let a cancel stop a long query (a count or a rare search over a million rows)."""
    if cancelled is None:
        yield
        return
    if cancelled():
        raise Cancelled()
    conn.set_progress_handler(lambda: 1 if cancelled() else 0, CANCEL_CHECK_STEPS)
    try:
        yield
    except sqlcipher3.dbapi2.OperationalError as exc:
        if cancelled():
            raise Cancelled() from exc
        raise
    finally:
        conn.set_progress_handler(None, 0)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _case_variants(text: str) -> list[str]:
    if text.isascii():
        return [text]
    variants = [text, text.lower(), text.upper(), text.capitalize()]
    return list(dict.fromkeys(variants))


def _matching(labels: Mapping[str, str], text: str) -> list[str]:
    folded = text.casefold()
    return [code for code, label in labels.items() if folded in label.casefold()]

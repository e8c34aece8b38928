"""The history view's queries: keyset pages in every sort, search, counts and CSV export."""

from __future__ import annotations

import csv
import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.cli.messages import ACTION_LABELS, action_label
from desktop.storage import Store, schema
from desktop.storage.history_query import (
    SORT_COLUMNS,
    Cancelled,
    HistoryQuery,
    HistoryReader,
    HistoryRow,
    Vocabulary,
)
from desktop.storage.ids import format_ts
from desktop.storage.journal import canonical_json
from desktop.storage.records import ConnectionInput

# (action, entity, with a unit): one action has no words, some entries belong to no unit.
KINDS = (
    ("connection_recorded", "connection_observations", True),
    ("outage_recorded", "outages", True),
    ("arm_counts_recorded", "arm_counts", True),
    ("document_recorded", "documents", True),
    ("device_enrolled", None, False),
    ("backup_made", None, False),
)
NOTES = ("Связь пропала вечером", "модем 3G", "обрыв кабеля", "100% загрузка канала", "норма")
STATES = ("queued", "sent", "synced", "quarantined")
START = datetime(2025, 1, 1, 8, tzinfo=UTC)
VOCABULARY = Vocabulary(
    {code: action_label(code, "ru") for code in ACTION_LABELS},
    {"connection_observations": "состояние связи", "outages": "перерыв связи"},
)


def fill_audit(store: Store, count: int) -> None:
    """``count`` audit entries (with outbox changes for unit facts) by direct INSERTs:
    the Store API would hash-chain each one, which is slow and beside the point here."""
    units = [u.code for u in store.units()]
    conn = store.conn
    counters = dict(conn.execute("SELECT name, value FROM counters"))
    audit0, outbox0 = counters["audit"], counters["outbox"]
    audit: list[tuple[Any, ...]] = []
    outbox: list[tuple[Any, ...]] = []
    for i in range(1, count + 1):
        action, entity, has_unit = KINDS[i % len(KINDS)]
        unit = units[i % len(units)] if has_unit else None
        details = canonical_json({"note": f"{NOTES[i % len(NOTES)]} №{i}", "unit": unit})
        at = format_ts(START + timedelta(minutes=37 * i))
        outbox_seq = None
        if entity is not None:
            outbox_seq = outbox0 + len(outbox) + 1
            outbox.append(
                (outbox_seq, entity, f"id{i}", "insert", unit, details, at, STATES[i % 4])
            )
        audit.append(
            (audit0 + i, at, "tester", action, entity, f"id{i}", unit, outbox_seq, details, "", "")
        )
    with store.transaction():
        conn.executemany(
            "INSERT INTO outbox (seq, entity, entity_id, op, unit, payload, created_at, state)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            outbox,
        )
        conn.executemany(
            "INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, unit,"
            " outbox_seq, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            audit,
        )
        # Later writes through the Store take their numbers after these.
        conn.execute("UPDATE counters SET value = ? WHERE name = 'audit'", (audit0 + count,))
        conn.execute(
            "UPDATE counters SET value = ? WHERE name = 'outbox'", (outbox0 + len(outbox),)
        )


@pytest.fixture
def filled(store: Store) -> Store:
    store.record_connection(ConnectionInput("DEMO-FAP-012", True, "mobile", note="модем"))
    fill_audit(store, 2_000)
    return store


def read_all(reader: HistoryReader, query: HistoryQuery, limit: int) -> list[HistoryRow]:
    rows: list[HistoryRow] = []
    page = reader.page(query, limit=limit)
    rows += page.rows
    while page.next is not None:
        assert len(page.rows) <= limit
        page = reader.page(query, page.next, limit=limit)
        rows += page.rows
    return rows


def expected_order(rows: list[HistoryRow], query: HistoryQuery, names: dict[str, str]) -> list[int]:
    """The order the view promises, computed in Python from all rows."""
    if query.sort_column == "time":
        return sorted((r.seq for r in rows), reverse=query.descending)

    def group(row: HistoryRow) -> tuple[int, str, str]:
        value = row.action if query.sort_column == "action" else row.unit
        if value is None:
            return (1, "", "")
        label = VOCABULARY.action(value) if query.sort_column == "action" else names[value]
        return (0, label.casefold(), value)

    groups = sorted({group(r) for r in rows}, reverse=query.descending)
    ordered: list[int] = []
    for key in groups:  # each group newest first, whatever the direction
        ordered += sorted((r.seq for r in rows if group(r) == key), reverse=True)
    return ordered


@pytest.mark.parametrize(
    ("sort_column", "descending"), list(itertools.product(SORT_COLUMNS, (True, False)))
)
def test_pages_give_every_row_once_in_order(
    filled: Store, sort_column: str, descending: bool
) -> None:
    reader = HistoryReader(filled, VOCABULARY)
    query = HistoryQuery(sort_column=sort_column, descending=descending)
    names = {u.code: u.short_name or u.name for u in filled.units()}
    everything = read_all(reader, query, limit=10_000)
    paged = read_all(reader, query, limit=37)  # page ends fall inside and on group ends
    total = filled.history_count()
    assert len(everything) == total == reader.count(query) > 2_000
    assert [r.seq for r in paged] == [r.seq for r in everything]
    assert len({r.seq for r in paged}) == total
    assert [r.seq for r in paged] == expected_order(everything, query, names)


@pytest.mark.parametrize("sort_column", SORT_COLUMNS)
def test_one_units_pages_in_every_sort(filled: Store, sort_column: str) -> None:
    reader = HistoryReader(filled, VOCABULARY)
    query = HistoryQuery(unit="DEMO-FAP-012", sort_column=sort_column, descending=False)
    rows = read_all(reader, query, limit=25)
    assert {r.unit for r in rows} == {"DEMO-FAP-012"}
    assert len(rows) == len({r.seq for r in rows}) == filled.history_count("DEMO-FAP-012")
    assert reader.count(query) == len(rows)
    names = {u.code: u.short_name or u.name for u in filled.units()}
    assert [r.seq for r in rows] == expected_order(rows, query, names)


def test_rows_carry_unit_name_and_sync_state(filled: Store) -> None:
    reader = HistoryReader(filled)
    real = [r for r in read_all(reader, HistoryQuery(), 500) if r.details.find('"модем"') > 0]
    assert len(real) == 1
    row = real[0]
    assert (row.action, row.unit, row.sync_state) == (
        "connection_recorded",
        "DEMO-FAP-012",
        "queued",
    )
    assert row.unit_name and "Берёзовка" in row.unit_name and row.actor == "tester"


def test_search_ignores_case_in_cyrillic_and_matches_words(filled: Store) -> None:
    reader = HistoryReader(filled, VOCABULARY)
    lower = read_all(reader, HistoryQuery(text="связь пропала"), 500)
    upper = read_all(reader, HistoryQuery(text="СВЯЗЬ ПРОПАЛА"), 500)
    assert lower and [r.seq for r in lower] == [r.seq for r in upper]
    assert all("Связь пропала" in r.details for r in lower)
    by_action_words = read_all(reader, HistoryQuery(text="перерыв"), 1_000)
    assert {r.action for r in by_action_words} == {"outage_recorded"}  # words of action/kind
    by_unit_name = read_all(reader, HistoryQuery(text="берёзовка"), 1_000)
    assert {r.unit for r in by_unit_name} == {"DEMO-FAP-012"}
    by_code = reader.count(HistoryQuery(text="fap-012"))
    assert by_code == len(by_unit_name)


def test_search_takes_wildcards_literally(filled: Store) -> None:
    reader = HistoryReader(filled, VOCABULARY)
    percent = read_all(reader, HistoryQuery(text="100%"), 1_000)
    assert percent and all("100% загрузка" in r.details for r in percent)
    assert reader.count(HistoryQuery(text="%")) == len(percent)
    assert reader.count(HistoryQuery(text="м_дем")) == 0  # "_" unescaped would match "модем"
    assert reader.count(HistoryQuery(text="нет такого текста")) == 0


def test_count_with_unit_and_text(filled: Store) -> None:
    reader = HistoryReader(filled, VOCABULARY)
    query = HistoryQuery(unit="DEMO-FAP-012", text="модем")
    rows = read_all(reader, query, 50)
    assert reader.count(query) == len(rows) > 1
    assert all(r.unit == "DEMO-FAP-012" and "модем" in r.details for r in rows)


def test_unknown_sort_is_refused() -> None:
    with pytest.raises(ValueError, match="sort"):
        HistoryQuery(sort_column="details")


def test_sorts_are_index_seeks_never_scans_or_sorts(filled: Store) -> None:
    """Every statement a deep page of each sort runs is planned without a temporary
    sort, and only the time sort walks the table itself (by rowid, from the cursor)."""
    reader = HistoryReader(filled, VOCABULARY)
    for query in (
        HistoryQuery(sort_column="action"),
        HistoryQuery(sort_column="unit", descending=False),
        HistoryQuery(unit="DEMO-FAP-012", sort_column="action"),
        HistoryQuery(),
    ):
        first = reader.page(query, limit=300)
        statements: list[str] = []
        filled.conn.set_trace_callback(statements.append)
        try:
            reader.page(query, first.next, limit=300)
        finally:
            filled.conn.set_trace_callback(None)
        plans = [
            str(step[3])
            for sql in statements
            if sql.startswith("SELECT")
            for step in filled.conn.execute("EXPLAIN QUERY PLAN " + sql)
        ]
        assert plans and not any("TEMP B-TREE" in p for p in plans), plans
        assert not any(p.startswith("SCAN a") for p in plans if query.sort_column != "time")


def test_the_history_indexes_come_from_a_migration(filled: Store) -> None:
    assert "0004_history_sort" in schema.applied_names(filled.db)
    names = {r[0] for r in filled.conn.execute("SELECT name FROM sqlite_master")}
    assert {"audit_action", "audit_unit_action"} <= names


def test_a_cancel_stops_a_running_count(filled: Store) -> None:
    answers = iter([False, False, True])  # before the query, once inside, then cancel
    reader = HistoryReader(filled)
    with pytest.raises(Cancelled):
        reader.count(HistoryQuery(text="нет такого текста"), lambda: next(answers, True))
    assert reader.count(HistoryQuery()) == filled.history_count()  # the handler is gone


def cells(row: HistoryRow) -> list[str]:
    return [str(row.seq), row.action, row.unit or "", row.details]


def test_csv_has_bom_header_and_every_filtered_row(filled: Store, tmp_path: Path) -> None:
    reader = HistoryReader(filled, VOCABULARY)
    query = HistoryQuery(text="обрыв", sort_column="unit")
    seen: list[tuple[int, int]] = []
    folder = tmp_path / "export"
    folder.mkdir()
    target = folder / "журнал.csv"
    written = reader.write_csv(
        query, target, ["№", "Действие", "Подразделение", "Подробности"], cells,
        progress=lambda done, total: seen.append((done, total)),
    )  # fmt: skip
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert table[0] == ["№", "Действие", "Подразделение", "Подробности"]
    expected = read_all(reader, query, 1_000)
    assert written == len(table) - 1 == len(expected) == reader.count(query)
    assert [int(line[0]) for line in table[1:]] == [r.seq for r in expected]
    assert seen and seen[-1] == (written, written)
    assert [p.name for p in folder.iterdir()] == ["журнал.csv"]


def test_csv_keeps_formulas_as_text(filled: Store, tmp_path: Path) -> None:
    reader = HistoryReader(filled)
    target = tmp_path / "out.csv"
    reader.write_csv(HistoryQuery(text="модем"), target, ["=a"], lambda r: ["=1+1", "-5"])
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "'=a" and lines[1] == "'=1+1;-5"


def test_cancelled_csv_leaves_no_file_and_keeps_the_old_one(filled: Store, tmp_path: Path) -> None:
    reader = HistoryReader(filled)
    folder = tmp_path / "export"
    folder.mkdir()
    target = folder / "out.csv"
    target.write_text("прежний файл", encoding="utf-8")
    pages: list[int] = []
    with pytest.raises(Cancelled):
        reader.write_csv(
            HistoryQuery(), target, ["x"], cells,
            progress=lambda done, _total: pages.append(done), cancelled=lambda: len(pages) > 0,
        )  # fmt: skip
    assert pages == [2_000]  # one page was written to the temporary file, then the cancel
    assert [p.name for p in folder.iterdir()] == ["out.csv"]
    assert target.read_text(encoding="utf-8") == "прежний файл"

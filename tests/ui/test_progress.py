"""The chart's data (Qt-free): a row over quarters against its path, submitted quarters as sent;
and the drill-down's fact lookup by id."""

from __future__ import annotations

import pytest

from desktop.indicators.periods import Period
from desktop.indicators.progress import progress
from desktop.storage import Store
from desktop.storage.fact_lookup import catalog_names, fact_details
from desktop.storage.records import ArmCountsInput
from tests.ui.test_quarterly_view import MO, QUARTER, fill


@pytest.fixture
def filled(store: Store) -> Store:
    fill(store)
    return store


def test_a_share_runs_against_the_path_between_two_years_targets(filled: Store) -> None:
    # 2.1 is a count of workers whose passport also sets a share: 38 % in 2019, 71 % in 2020.
    [point] = progress(filled, MO, "2.1", [Period(2020, 2)])
    assert point.percent and point.target == 71
    assert point.expected == pytest.approx(38 + (71 - 38) / 2)
    assert point.value is None and not point.submitted


def test_a_count_without_a_share_target_is_charted_as_a_count(filled: Store) -> None:
    points = progress(filled, MO, "2.4", Period.parse(QUARTER).quarters_back(2))
    assert [(p.value, p.target, p.percent) for p in points] == [(0, None, False), (2, None, False)]


def test_a_submitted_quarter_keeps_the_values_it_was_sent_with(filled: Store) -> None:
    filled.save_form(MO, QUARTER, {"2.3/tvsp": 50.0}, {"2.3/tvsp": "пересчитано вручную"})
    filled.submit_form(MO, QUARTER)
    # Facts recorded after the submission change what the facts give, not what was sent.
    filled.record_arm_counts(ArmCountsInput("DEMO-TVSP-011", QUARTER, total=24, mis=24, zspd=24))
    before, sent = progress(filled, MO, "2.3/tvsp", Period.parse(QUARTER).quarters_back(2))
    assert (sent.value, sent.submitted) == (50.0, True)
    assert before.value == pytest.approx(100 * 18 / 23) and not before.submitted


def test_an_unknown_row_is_refused(filled: Store) -> None:
    with pytest.raises(KeyError):
        progress(filled, MO, "9.9", [Period.parse(QUARTER)])


def test_facts_are_read_by_id_and_missing_ones_left_out(filled: Store) -> None:
    arm_id = filled.conn.execute(
        "SELECT id FROM arm_counts WHERE unit = 'DEMO-FAP-012'"
    ).fetchone()[0]
    found = fact_details(
        filled, [("arm_counts", arm_id), ("arm_counts", "gone"), ("units", "DEMO-MO-01")]
    )
    assert list(found) == [("arm_counts", arm_id)]
    detail = found[("arm_counts", arm_id)]
    assert (detail.unit, detail.fields["total"], detail.fields["quarter"]) == (
        "DEMO-FAP-012",
        2,
        QUARTER,
    )
    assert catalog_names(filled)["subsystem"]["remd"].startswith("Реестр электронных")

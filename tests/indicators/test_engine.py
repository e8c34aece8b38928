"""The indicator engine on small fact sets built in code; every expected number worked by hand."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.indicators.engine import PartResult, compute
from desktop.indicators.facts import (
    ArmCount,
    Document,
    FactSet,
    Observation,
    SubsystemLink,
    Workstation,
)
from desktop.indicators.periods import Period
from desktop.indicators.targets import TargetPoint, judge, target_point
from desktop.indicators.unit_state import FactRef
from tests.indicators.helpers import Q2, UNITS, indicator, pack_of, part_of, units_rule

INTERNET_AT_POSTS = units_rule({"internet": True}, unit_types=["fap", "fp"])


def obs(id_: str, unit: str, at: str, internet: bool, zspd: bool | None = None) -> Observation:
    return Observation(id_, unit, at, internet, zspd)


def evidence_of(part: PartResult) -> dict[str, tuple[float, float, str]]:
    return {e.unit: (e.numerator, e.denominator, e.source) for e in part.evidence}


# -- units meeting a condition ----------------------------------------------------------------
def test_unit_share_with_and_without_the_condition_met() -> None:
    facts = FactSet.build(
        UNITS,
        observations=[
            obs("o1", "FAP-12", "2025-05-10T08:00:00.000Z", True),
            obs("o2", "FAP-13", "2025-05-10T08:00:00.000Z", False),
        ],  # FP-14: never observed
    )
    count = pack_of([indicator("2.4", INTERNET_AT_POSTS, measure="ед.")])
    part = part_of(count, facts)
    # ФАП и ФП of MO-1: FAP-12, FAP-13, FP-14; only FAP-12 has Internet → 1 of 3.
    assert (part.numerator, part.denominator, part.value) == (1, 3, 1)
    assert part.percent == pytest.approx(100 / 3)  # 33.33 %, shown beside the count
    assert evidence_of(part) == {
        "FAP-12": (1, 1, "met"),
        "FAP-13": (0, 1, "not_met"),
        "FP-14": (0, 1, "not_met"),
    }
    refs = {e.unit: e.facts for e in part.evidence}
    assert refs["FAP-12"] == (FactRef("connection_observations", "o1"),)
    assert refs["FAP-13"] == (FactRef("connection_observations", "o2"),)  # it decided "no"
    assert refs["FP-14"] == ()
    share = pack_of([indicator("2.4", INTERNET_AT_POSTS, measure="%")])
    assert part_of(share, facts).value == pytest.approx(100 / 3)  # a % indicator reports it


def test_split_rows_and_fap_denominator_internet() -> None:
    rule = units_rule({"arm_mis": True}, fap_denominator="internet")
    facts = FactSet.build(
        UNITS,
        observations=[
            obs("o12", "FAP-12", "2025-05-01T00:00:00.000Z", True),
            obs("o13", "FAP-13", "2025-05-01T00:00:00.000Z", True),
            obs("o14", "FP-14", "2025-05-01T00:00:00.000Z", False),
        ],
        arm_counts=[
            ArmCount("a11", "TVSP-11", "2025Q2", total=4, mis=3, zspd=2),
            ArmCount("a12", "FAP-12", "2025Q2", total=1, mis=1, zspd=0),
            ArmCount("a14", "FP-14", "2025Q2", total=1, mis=1, zspd=0),
        ],
    )
    pack = pack_of([indicator("2.5", rule, split=True)])
    tvsp = part_of(pack, facts, part="tvsp")
    fap = part_of(pack, facts, part="fap")
    # «ТВСП МО»: MO-1 (no АРМ) and TVSP-11 (3 with МИС) → 1 of 2 = 50 %.
    assert (tvsp.numerator, tvsp.denominator, tvsp.value) == (1, 2, 50.0)
    # «ФАП и ФП» of posts with Internet: FAP-12, FAP-13 below the line; FAP-12 above it.
    # FP-14 has an АРМ with МИС but no Internet: counted neither above nor below → 1 of 2.
    assert (fap.numerator, fap.denominator, fap.value) == (1, 2, 50.0)
    assert evidence_of(fap)["FP-14"] == (0, 0, "not_met")
    every_post = pack_of([indicator("2.5", units_rule({"arm_mis": True}), split=True)])
    fap_all = part_of(every_post, facts, part="fap")
    # fap_denominator "all": FAP-12 and FP-14 of all three posts → 2 of 3 = 66.7 %.
    assert (fap_all.numerator, fap_all.denominator) == (2, 3)
    assert fap_all.value == pytest.approx(200 / 3)


def test_latest_observation_before_the_period_end_wins() -> None:
    facts = FactSet.build(
        UNITS,
        observations=[
            obs("early", "FAP-12", "2025-04-02T09:00:00.000Z", False),
            obs("last-minute", "FAP-12", "2025-06-30T23:59:59.999Z", True),
            obs("after", "FAP-12", "2025-07-01T00:00:00.000Z", False),
            obs("march", "FAP-13", "2025-03-15T12:00:00.000Z", True),
        ],
    )
    pack = pack_of([indicator("2.4", INTERNET_AT_POSTS, measure="ед.")])
    q2 = part_of(pack, facts)
    # Q2: FAP-12's last word before 30 June ends is "up" (the July "down" is later);
    # FAP-13 was last seen in March, up, and that still stands → 2 of 3.
    assert q2.numerator == 2
    refs = {e.unit: e.facts for e in q2.evidence}
    assert refs["FAP-12"] == (FactRef("connection_observations", "last-minute"),)
    assert refs["FAP-13"] == (FactRef("connection_observations", "march"),)
    # Q3: FAP-12's 1 July "down" now counts; FAP-13 still up from March → 1 of 3.
    assert part_of(pack, facts, period=Period.parse("2025Q3")).numerator == 1
    # Q1: only FAP-13's March observation exists by then → 1 of 3.
    q1 = part_of(pack, facts, period=Period.parse("2025Q1"))
    assert q1.numerator == 1 and evidence_of(q1)["FAP-12"] == (0, 1, "not_met")


def test_zspd_condition_needs_the_flag_observed() -> None:
    facts = FactSet.build(
        UNITS,
        observations=[
            obs("o1", "FAP-12", "2025-05-01T00:00:00.000Z", True, zspd=True),
            obs("o2", "FAP-13", "2025-05-01T00:00:00.000Z", True, zspd=None),
            obs("o3", "FP-14", "2025-05-01T00:00:00.000Z", True, zspd=False),
        ],
    )
    rule = units_rule({"zspd": True}, unit_types=["fap", "fp"])
    # Only FAP-12 said "ЗСПД yes"; unknown (None) is not yes → 1 of 3.
    assert part_of(pack_of([indicator("9", rule)]), facts).numerator == 1


def test_documents_only_within_the_period_and_not_rejected() -> None:
    def doc(
        id_: str, unit: str, to: str, on: str, status: str = "sent", cls: str = "semd"
    ) -> Document:
        return Document(id_, unit, cls, to, on, 5, status)

    facts = FactSet.build(
        UNITS,
        documents=[
            doc("before", "FAP-12", "remd", "2025-03-31"),  # the day before Q2
            doc("first-day", "FAP-13", "remd", "2025-04-01"),
            doc("rejected", "FP-14", "remd", "2025-06-30", status="rejected"),
            doc("elsewhere", "TVSP-11", "fss", "2025-05-05", cls="eln"),
            doc("registered", "TVSP-11", "remd", "2025-06-30", status="registered"),
            doc("after", "MO-1", "remd", "2025-07-01"),
        ],
    )
    pack = pack_of([indicator("4.1", units_rule({"documents_to": ["remd"]}))])
    q2 = part_of(pack, facts)
    # Q2 within 1 April … 30 June: FAP-13 (sent 1 April) and TVSP-11 (registered 30 June);
    # FAP-12 sent the day before, FP-14's were rejected, MO-1's came on 1 July → 2 of 5 = 40 %.
    assert (q2.numerator, q2.denominator, q2.value) == (2, 5, 40.0)
    refs = {e.unit: e.facts for e in q2.evidence}
    assert refs["FAP-13"] == (FactRef("documents", "first-day"),)
    assert refs["TVSP-11"] == (FactRef("documents", "registered"),)  # not the ФСС one
    assert refs["FP-14"] == ()
    # Q3: only MO-1's July documents → 1 of 5.
    assert part_of(pack, facts, period=Period.parse("2025Q3")).numerator == 1
    semd = units_rule({"documents_to": ["fss"], "document_classes": ["semd"]})
    # The only ФСС document is an ЭЛН (class eln), not a СЭМД → 0 of 5.
    assert part_of(pack_of([indicator("3.12", semd)]), facts).numerator == 0


# -- subsystems --------------------------------------------------------------------------------
SUBSYSTEM_FACTS = FactSet.build(
    UNITS,
    subsystems=[
        SubsystemLink("s1", "TVSP-11", "lab", True, "production", "2025-01-10"),
        SubsystemLink("s2", "TVSP-11", "pacs", True, "production", None),
        SubsystemLink("s3", "FAP-12", "lab", True, "test", "2024-01-01"),
        SubsystemLink("s4", "FAP-13", "pacs", True, "pilot", "2025-07-15"),
        SubsystemLink("s5", "FP-14", "lab", False, "production", "2024-01-01"),
        SubsystemLink("s6", "MO-1", "telemed", True, "production", "2020-01-01"),
        SubsystemLink("s7", "MO-1", "lab", True, "production", "2020-01-01"),
    ],
)


def test_subsystem_stage_ordering_and_since_after_the_period() -> None:
    pilot = pack_of(
        [indicator("3.5", units_rule({"subsystems": ["lab", "pacs"], "stage": "pilot"}))]
    )
    q2 = part_of(pilot, SUBSYSTEM_FACTS)
    # At least pilot in lab or pacs by 30 June 2025: TVSP-11 (production ≥ pilot), MO-1 (lab
    # production). Not FAP-12 (test < pilot), FAP-13 (pilot only from 15 July), FP-14 (not
    # applicable) → 2 of 5.
    assert q2.numerator == 2
    assert evidence_of(q2)["FAP-13"] == (0, 1, "not_met")
    refs = {e.unit: set(e.facts) for e in q2.evidence}
    assert refs["TVSP-11"] == {
        FactRef("subsystem_connections", "s1"),
        FactRef("subsystem_connections", "s2"),
    }
    # Q3: FAP-13's pilot has begun → 3 of 5.
    assert part_of(pilot, SUBSYSTEM_FACTS, period=Period.parse("2025Q3")).numerator == 3
    # Q4 2024: TVSP-11's lab (since 10 January 2025) not yet, its pacs (no date) counts.
    assert part_of(pilot, SUBSYSTEM_FACTS, period=Period.parse("2024Q4")).numerator == 2
    production = pack_of([indicator("3.5", units_rule({"subsystems": ["lab", "pacs"]}))])
    # The default stage is production: FAP-13's pilot would not count even in Q3 → 2 of 5.
    assert part_of(production, SUBSYSTEM_FACTS, period=Period.parse("2025Q3")).numerator == 2


def test_all_subsystems_needs_every_one() -> None:
    both = units_rule({"subsystems": ["lab", "pacs"], "all_subsystems": True})
    part = part_of(pack_of([indicator("3", both)]), SUBSYSTEM_FACTS)
    # Only TVSP-11 has lab and pacs in production; MO-1 has lab (and telemed) only → 1 of 5.
    assert part.numerator == 1
    assert evidence_of(part)["TVSP-11"] == (1, 1, "met")


# -- АРМ -------------------------------------------------------------------------------------
def workstation(
    id_: str,
    unit: str,
    mis: bool,
    *,
    zspd: bool = False,
    cert: str | None = None,
    since: str | None = "2024-01-01",
    retired: str | None = None,
) -> Workstation:
    return Workstation(id_, unit, f"inv-{id_}", mis, zspd, cert, since, retired)


ARM_FACTS = FactSet.build(
    UNITS,
    arm_counts=[
        ArmCount("a11-q1", "TVSP-11", "2025Q1", total=10, mis=8, zspd=5),
        ArmCount("a11-q2", "TVSP-11", "2025Q2", total=12, mis=9, zspd=6),
        ArmCount("a11-q3", "TVSP-11", "2025Q3", total=20, mis=20, zspd=20),  # after Q2
        ArmCount("a13", "FAP-13", "2024Q4", total=3, mis=2, zspd=0),
        ArmCount("a-mo", "MO-1", "2024Q3", total=50, mis=50, zspd=50),  # older than the list
    ],
    workstations=[
        workstation("w1", "FAP-12", True, cert="ГОСТ-1"),
        workstation("w2", "FAP-12", False, zspd=True),
        workstation("w3", "FAP-12", True, retired="2025-05-01"),  # retired within Q2
        workstation("w4", "FAP-12", True, since="2025-07-01"),  # comes after Q2
        workstation("m1", "MO-1", False, zspd=True),
    ],
)


def test_arm_from_counts_inventory_or_carried() -> None:
    pack = pack_of(
        [indicator("2.5", {"method": "arm", "numerator": "mis", "denominator": "total"})]
    )
    part = part_of(pack, ARM_FACTS)
    by_unit = {e.unit: e for e in part.evidence}
    # TVSP-11 counted for 2025Q2 itself: 9 of 12 (the Q3 count is later, ignored).
    assert (by_unit["TVSP-11"].source, by_unit["TVSP-11"].as_of) == ("counts", "2025Q2")
    assert (by_unit["TVSP-11"].numerator, by_unit["TVSP-11"].denominator) == (9, 12)
    assert by_unit["TVSP-11"].facts == (FactRef("arm_counts", "a11-q2"),)
    # FAP-12 has no counts: its inventory on 30 June holds w1 and w2 (w3 retired 1 May, w4
    # from 1 July) → total 2, with МИС 1 (w1).
    assert (by_unit["FAP-12"].source, by_unit["FAP-12"].as_of) == ("inventory", "2025Q2")
    assert (by_unit["FAP-12"].numerator, by_unit["FAP-12"].denominator) == (1, 2)
    assert by_unit["FAP-12"].facts == (FactRef("workstations", "w1"),)  # only those with МИС
    # FAP-13: last counted in 2024Q4 and nothing since → carried: 2 of 3.
    assert (by_unit["FAP-13"].source, by_unit["FAP-13"].as_of) == ("carried", "2024Q4")
    assert (by_unit["FAP-13"].numerator, by_unit["FAP-13"].denominator) == (2, 3)
    # MO-1: an inventory (m1, no МИС) beats counts carried from 2024Q3 → 0 of 1.
    assert (by_unit["MO-1"].source, by_unit["MO-1"].numerator, by_unit["MO-1"].denominator) == (
        "inventory",
        0,
        1,
    )
    assert (by_unit["FP-14"].source, by_unit["FP-14"].facts) == ("none", ())
    # Sums: 9 + 1 + 2 + 0 = 12 with МИС of 12 + 2 + 3 + 1 = 18 АРМ → 66.7 %.
    assert (part.numerator, part.denominator) == (12, 18)
    assert part.value == pytest.approx(200 / 3)


def test_arm_drill_down_names_only_the_workstations_counted() -> None:
    certified = pack_of(
        [indicator("2.9", {"method": "arm", "numerator": "certified"}, measure="ед.")]
    )
    part = part_of(certified, ARM_FACTS, scope="FAP-12")
    # FAP-12's inventory: w1 has a certificate, w2 none → 1, drill-down to w1 alone.
    assert part.value == 1 and part.evidence[0].facts == (FactRef("workstations", "w1"),)
    total = pack_of([indicator("2.2", {"method": "arm", "numerator": "total"}, measure="ед.")])
    part = part_of(total, ARM_FACTS, scope="FAP-12")
    # The total names every workstation in service: w1 and w2.
    assert part.value == 2
    assert set(part.evidence[0].facts) == {
        FactRef("workstations", "w1"),
        FactRef("workstations", "w2"),
    }


def test_arm_mis_condition_counts_workstations_with_the_mis() -> None:
    pack = pack_of([indicator("2.5", units_rule({"arm_mis": True}), split=True)])
    fap = part_of(pack, ARM_FACTS, part="fap")
    # FAP-12 (w1 has МИС) and FAP-13 (carried 2 with МИС) meet it; FP-14 has nothing → 2 of 3.
    assert (fap.numerator, fap.denominator) == (2, 3)
    refs = {e.unit: e.facts for e in fap.evidence}
    assert refs["FAP-12"] == (FactRef("workstations", "w1"),)  # w2 has no МИС: not evidence
    assert refs["FAP-13"] == (FactRef("arm_counts", "a13"),)
    tvsp = part_of(pack, ARM_FACTS, part="tvsp")
    # MO-1's inventory (m1) has no МИС; TVSP-11 counted 9 → 1 of 2.
    assert (tvsp.numerator, tvsp.denominator) == (1, 2)


def test_no_arm_facts_is_no_data() -> None:
    pack = pack_of([indicator("2.2", {"method": "arm", "numerator": "total"}, measure="ед.")])
    part = part_of(pack, FactSet.build(UNITS))
    assert (part.numerator, part.value, part.status) == (None, None, "no_data")


# -- closed units and scopes ---------------------------------------------------------------------
def test_closed_units_leave_from_the_period_after_closing() -> None:
    closed = [
        replace(u, closed_on={"FAP-13": "2025-03-31", "FP-14": "2025-05-15"}.get(u.code))
        for u in UNITS
    ]
    facts = FactSet.build(
        closed,
        observations=[
            obs(f"o-{c}", c, "2025-01-10T00:00:00.000Z", True)
            for c in ("FAP-12", "FAP-13", "FP-14")
        ],
    )
    pack = pack_of([indicator("2.4", INTERNET_AT_POSTS, measure="ед.")])
    # Q1: FAP-13 closed on its last day, still counted → 3 of 3.
    assert _share(part_of(pack, facts, period=Period.parse("2025Q1"))) == (3, 3)
    # Q2: FAP-13 closed before it began → out; FP-14 closed within Q2 → still in → 2 of 2.
    assert _share(part_of(pack, facts)) == (2, 2)
    # Q3: both gone → 1 of 1.
    assert _share(part_of(pack, facts, period=Period.parse("2025Q3"))) == (1, 1)


def _share(part: PartResult) -> tuple[float | None, float | None]:
    return part.numerator, part.denominator


SCOPE_FACTS = FactSet.build(
    UNITS,
    observations=[
        obs("o1", "FAP-12", "2025-05-01T00:00:00.000Z", True),
        obs("o2", "TVSP-11", "2025-05-01T00:00:00.000Z", True),
        obs("o3", "FAP-22", "2025-05-01T00:00:00.000Z", True),
    ],
)


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        ("FAP-12", (1, 1)),  # one unit alone
        ("FAP-13", (0, 1)),
        ("MO-1", (2, 5)),  # the МО and its four subdivisions; TVSP-11 and FAP-12 online
        ("district:Южный", (1, 2)),  # MO-2 and FAP-22
        ("region", (3, 7)),  # every unit
    ],
)
def test_scopes(scope: str, expected: tuple[int, int]) -> None:
    pack = pack_of([indicator("9", units_rule({"internet": True}), measure="ед.")])
    assert _share(part_of(pack, SCOPE_FACTS, scope=scope)) == expected


def test_unknown_scope_has_no_data() -> None:
    pack = pack_of([indicator("9", units_rule({"internet": True}), measure="ед.")])
    part = part_of(pack, SCOPE_FACTS, scope="NO-SUCH-UNIT")
    assert (part.numerator, part.denominator, part.status, part.evidence) == (
        None,
        None,
        "no_data",
        (),
    )


def test_members_of_an_mo_with_its_subdivisions() -> None:
    assert [u.code for u in SCOPE_FACTS.members("MO-1")] == [
        "FAP-12",
        "FAP-13",
        "FP-14",
        "MO-1",
        "TVSP-11",
    ]


# -- targets ------------------------------------------------------------------------------------
PCT_TARGETS = [
    {"indicator": "5", "year": 2019, "value_pct": 20},
    {"indicator": "5", "year": 2020, "value_pct": 60},
    {"indicator": "5", "year": 2024, "value_pct": 90},
]


def online_posts(count: int) -> FactSet:
    """Five ФАП in the region, ``count`` of them with Internet."""
    posts = [replace(UNITS[2], code=f"P-{i}", parent=None) for i in range(5)]
    seen = [obs(f"o{i}", f"P-{i}", "2020-05-01T00:00:00.000Z", True) for i in range(count)]
    return FactSet.build(posts, observations=seen)


def test_target_path_inside_a_year() -> None:
    pack = pack_of([indicator("5", INTERNET_AT_POSTS)], PCT_TARGETS)
    point = target_point(pack, "5", "total", Period.parse("2020Q2"))
    assert point is not None
    # Q2 2020: halfway from 2019's 20 % to 2020's 60 % → 20 + (60 − 20) × 2/4 = 40 %.
    assert (point.year, point.value_pct, point.expected_pct) == (2020, 60, 40)
    q1 = target_point(pack, "5", "total", Period.parse("2020Q1"))
    assert q1 is not None and q1.expected_pct == 30  # 20 + 40 × 1/4
    # 2019 has no year before it: the path is the year's target itself.
    first = target_point(pack, "5", "total", Period.parse("2019Q1"))
    assert first is not None and first.expected_pct == 20


def test_target_held_after_the_last_year() -> None:
    pack = pack_of([indicator("5", INTERNET_AT_POSTS)], PCT_TARGETS)
    point = target_point(pack, "5", "total", Period.parse("2025Q3"))
    # No 2025 target: 2024's 90 % holds, with no path (it is the target all year).
    assert point is not None and (point.year, point.value_pct, point.expected_pct) == (2024, 90, 90)
    # 2021: no target that year either → 2020's 60 % holds, not a path towards 2024.
    gap = target_point(pack, "5", "total", Period.parse("2021Q2"))
    assert gap is not None and (gap.year, gap.expected_pct) == (2020, 60)
    assert target_point(pack, "5", "total", Period.parse("2018Q4")) is None  # before any


@pytest.mark.parametrize(
    ("online", "status"),
    [
        (1, "behind"),  # 20 % < 40 % on the path
        (2, "on"),  # 40 %: on the path, short of 60 %
        (3, "ahead"),  # 60 %: the year's target reached
        (5, "ahead"),  # 100 %
    ],
)
def test_status_against_the_path(online: int, status: str) -> None:
    pack = pack_of([indicator("5", INTERNET_AT_POSTS)], PCT_TARGETS)
    part = part_of(pack, online_posts(online), scope="region", period=Period.parse("2020Q2"))
    assert part.value == 20 * online and part.status == status


def test_a_share_of_no_units_is_no_data() -> None:
    rule = units_rule({"arm_mis": True}, fap_denominator="internet")
    targets = [{"indicator": "2.5", "year": 2025, "part": "fap", "value_pct": 100}]
    pack = pack_of([indicator("2.5", rule, split=True)], targets)
    fap = part_of(pack, FactSet.build(UNITS), part="fap")
    # No post online: 0 of 0 posts, a share of nothing; the target exists but has nothing to
    # be compared with.
    assert (fap.numerator, fap.denominator, fap.value, fap.status) == (0, 0, None, "no_data")
    assert fap.target is not None and fap.target.value_pct == 100


def test_judge_slack_and_missing_targets() -> None:
    pack = pack_of([indicator("5", INTERNET_AT_POSTS)], PCT_TARGETS)
    point = target_point(pack, "5", "total", Period.parse("2020Q2"))  # path at 40 %
    assert judge(True, 39.6, None, point, False) == "on"  # within half a per cent below
    assert judge(True, 39.4, None, point, False) == "behind"
    assert judge(True, None, None, point, False) == "no_data"
    assert judge(True, 50.0, None, None, False) == "no_target"
    untargeted = pack_of([indicator("5", INTERNET_AT_POSTS)])
    assert part_of(untargeted, online_posts(2), scope="region").status == "no_target"


def test_count_targets_compared_only_for_the_region() -> None:
    targets = [
        {"indicator": "2.4", "year": 2019, "value_abs": 1},
        {"indicator": "2.4", "year": 2020, "value_abs": 5},
    ]
    pack = pack_of([indicator("2.4", INTERNET_AT_POSTS, measure="ед.")], targets)
    q2 = Period.parse("2020Q2")
    # The path at Q2 2020: 1 + (5 − 1) × 2/4 = 3 posts.
    assert part_of(pack, online_posts(3), scope="region", period=q2).status == "on"
    assert part_of(pack, online_posts(2), scope="region", period=q2).status == "behind"
    assert part_of(pack, online_posts(5), scope="region", period=q2).status == "ahead"
    # An МО's count against the region's target says nothing, unless asked for the region.
    facts = online_posts(5)
    assert part_of(pack, facts, scope="P-0", period=q2).status == "no_target"
    assert part_of(pack, facts, scope="P-0", period=q2, region_scope=True).status == "behind"


# -- manual rules ------------------------------------------------------------------------------
def test_manual_rule_waits_for_the_officer() -> None:
    manual = indicator("1", {"method": "manual", "comment": "из отчётов ЕПГУ"}, measure="тыс. чел")
    pack = pack_of([manual], [{"indicator": "1", "year": 2025, "value_abs": 801.48}])
    (result,) = compute(pack, SCOPE_FACTS, "MO-1", Q2)
    assert (result.method, result.is_percent) == ("manual", False)
    (part,) = result.parts
    assert (part.part, part.numerator, part.denominator, part.value, part.status) == (
        "total",
        None,
        None,
        None,
        "no_data",
    )
    assert part.target is not None and part.target.value_abs == 801.48


def test_indicator_without_a_rule_is_manual() -> None:
    bare = {"number": "7", "name": "Без правила", "measure": "%", "kind": "main", "split": True}
    (result,) = compute(pack_of([bare]), SCOPE_FACTS, "MO-1", Q2)
    assert result.method == "manual"
    assert [(p.part, p.value, p.status) for p in result.parts] == [
        ("tvsp", None, "no_data"),
        ("fap", None, "no_data"),
    ]


def test_a_share_that_rounds_to_the_printed_target_has_reached_it() -> None:
    # 2.5 «ТВСП МО» 2020: 320 of 474 = 67.5 %, printed 68 %; 67.4 % rounds to 67 %.
    point = TargetPoint(2020, 320, 68, 68, 320, None)
    assert judge(True, 100 * 320 / 474, 320, point, False) == "ahead"
    assert judge(True, 67.4, 319, point, False) == "behind"
    # Counts are not rounded: 319 of a region-wide 320 at the year's end is short of it.
    assert judge(False, None, 319, point, True) == "behind"
    assert judge(False, None, 320, point, True) == "ahead"

"""The quarterly form as the officer meets it: open from the store, override, save, submit."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.indicators.engine import compute
from desktop.indicators.facts import FactSet, Unit
from desktop.indicators.local import load_facts, load_pack
from desktop.indicators.periods import Period
from desktop.indicators.quarterly import (
    FormRow,
    Problem,
    build_rows,
    check,
    quarter_of,
    with_overrides,
)
from desktop.storage import Store
from desktop.storage.errors import FieldError, ValidationFailed
from desktop.storage.forms import MO_TYPE, QuarterlyForm
from desktop.sync.packs import RegionPack


@dataclass(frozen=True)
class QuarterlyReport:
    """Everything a form screen, an export or the CLI shows for one МО and quarter."""

    org: Unit
    period: Period
    pack: RegionPack
    rows: list[FormRow]
    problems: list[Problem]
    form: QuarterlyForm | None
    facts: FactSet

    @property
    def status(self) -> str:
        """new (never saved), draft, submitted, accepted or returned."""
        return "new" if self.form is None else self.form.status

    @property
    def editable(self) -> bool:
        return self.form is None or not self.form.locked

    def row(self, key: str) -> FormRow:
        return next(r for r in self.rows if r.key == key)


def open_report(store: Store, org: str, quarter: str) -> QuarterlyReport:
    """The form for an МО and quarter: stored values once submitted, else fresh from facts."""
    period = quarter_of(quarter)
    pack = load_pack(store)
    facts = load_facts(store, org, period)
    if org not in facts.units:
        raise ValidationFailed([FieldError("org", "unknown_unit", {"value": org})])
    if facts.units[org].type != MO_TYPE:
        raise ValidationFailed([FieldError("org", "not_an_mo", {"value": org})])
    rows, form = form_rows(store, pack, facts, org, period)
    return QuarterlyReport(
        facts.units[org], period, pack, rows, check(pack, rows, facts, org, period), form, facts
    )


def form_rows(
    store: Store, pack: RegionPack, facts: FactSet, org: str, period: Period
) -> tuple[list[FormRow], QuarterlyForm | None]:
    """The form's rows as it stands: what was sent once submitted, else the facts with the
    saved draft's overrides."""
    form = store.form(org, str(period))
    overrides: dict[str, tuple[float | None, str]] = {}
    stored = None
    if form is not None:
        overrides = {k: (form.values.get(k), reason) for k, reason in form.overrides.items()}
        stored = form.values if form.locked else None
    return build_rows(compute(pack, facts, org, period), overrides, stored), form


def indicators_for(store: Store, scope: str, period: Period) -> tuple[RegionPack, list[FormRow]]:
    """Computed rows for any scope (unit, МО, ``district:NAME``, ``region``) and period."""
    pack = load_pack(store)
    facts = load_facts(store, scope, period)
    return pack, build_rows(compute(pack, facts, scope, period), {})


def override(
    report: QuarterlyReport, changes: dict[str, tuple[float | None, str] | None]
) -> QuarterlyReport:
    """The report with overrides set or removed (not saved): rows and problems anew."""
    rows = with_overrides(report.rows, changes)
    problems = check(report.pack, rows, report.facts, report.org.code, report.period)
    return QuarterlyReport(
        report.org, report.period, report.pack, rows, problems, report.form, report.facts
    )


def save_draft(store: Store, report: QuarterlyReport) -> QuarterlyReport:
    """Keep the form as a draft; problems do not stop a draft, only a submission."""
    overridden = [r for r in report.rows if r.overridden]
    store.save_form(
        report.org.code,
        str(report.period),
        {r.key: r.value for r in report.rows},
        {r.key: r.reason or "" for r in overridden},
        computed={r.key: r.computed for r in overridden},
    )
    return open_report(store, report.org.code, str(report.period))


def submit(store: Store, report: QuarterlyReport) -> QuarterlyReport:
    """Save and submit; refused, with every problem named, while a check fails."""
    if report.problems:
        raise ValidationFailed(
            [FieldError(f"values[{p.key}]", p.code, dict(p.params)) for p in report.problems]
        )
    save_draft(store, report)
    store.submit_form(report.org.code, str(report.period))
    return open_report(store, report.org.code, str(report.period))

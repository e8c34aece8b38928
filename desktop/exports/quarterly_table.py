"""The quarterly form laid out once for every file format: title lines, rows, problems, notes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.exports.words import (
    COLUMNS,
    FORM_STATUS,
    NOTE_COLUMNS,
    PART,
    PROBLEM_COLUMNS,
    STATUS,
    TITLE,
    pick,
    problem_text,
    quarter_text,
    word,
)
from desktop.indicators.quarterly import FormRow
from desktop.indicators.service import QuarterlyReport
from desktop.timefmt import local_time

# Fill colours of the status cell (RGB hex): behind red-ish, on amber, ahead green.
STATUS_COLOURS = {"behind": "F4C7C3", "on": "FCE8B2", "ahead": "C8E6C9"}
OVERRIDE_MARK = "*"


@dataclass(frozen=True)
class Line:
    """One row of the form as a file shows it; numbers stay numbers."""

    number: str
    name: str
    part: str
    measure: str
    value: float | None
    computed: float | None  # only where the value was set by hand
    numerator: float | None
    denominator: float | None
    target_pct: float | None
    target_abs: float | None
    target_year: int | None
    status: str  # the code: behind / on / ahead / no_target / no_data
    status_text: str
    reason: str
    overridden: bool
    is_percent: bool

    def cells(self) -> list[str | float | int | None]:
        """In the order of ``COLUMNS``."""
        return [
            self.number,
            self.name,
            self.part,
            self.measure,
            self.value,
            self.computed,
            self.numerator,
            self.denominator,
            self.target_pct,
            self.target_abs,
            self.target_year,
            self.status_text,
            self.reason,
        ]


@dataclass(frozen=True)
class Note:
    number: str
    part: str
    year: int | None
    text: str


@dataclass(frozen=True)
class QuarterlyTable:
    """What every export of one quarterly form holds, in one language."""

    lang: str
    heading: str
    facts: list[tuple[str, str]]  # title block: (label, value)
    remarks: list[str]  # the lines under the title block
    headers: list[str]
    lines: list[Line]
    problem_headers: list[str]
    problems: list[tuple[str, str, str, str]]  # form row, indicator, row part, what is wrong
    note_headers: list[str]
    notes: list[Note]

    def text(self, key: str) -> str:
        return pick(TITLE[key], self.lang)

    def page(self, page: int, pages: int) -> str:
        """«стр. 2 из 5» for the footer of a printed page."""
        return self.text("page").format(page=page, pages=pages)


def quarterly_table(
    report: QuarterlyReport, lang: str = "ru", made: datetime | None = None
) -> QuarterlyTable:
    """The report in ``lang`` (``made``: when, for the title; now by default)."""
    t = TITLE
    made = made or datetime.now().astimezone()
    org, period, form = report.org, report.period, report.form
    facts = [
        (pick(t["region"], lang), report.pack.region),
        (pick(t["org"], lang), f"{org.name} ({org.code})"),
        (pick(t["quarter"], lang), f"{quarter_text(period.year, period.quarter, lang)} ({period})"),
        (pick(t["status"], lang), word(FORM_STATUS, report.status, lang)),
    ]
    if form is not None and form.submitted_at:
        facts.append((pick(t["submitted"], lang), _submitted(form.submitted_at, form.submitted_by)))
    if form is not None and form.review_comment:
        facts.append((pick(t["review"], lang), form.review_comment))
    version = f"{report.pack.id}, {pick(t['version'], lang)} {report.pack.version}"
    facts.append((pick(t["pack"], lang), version))
    facts.append((pick(t["made"], lang), made.strftime("%d.%m.%Y %H:%M")))
    lines = [_line(row, lang) for row in report.rows]
    remarks = [pick(t["about"], lang)]
    if any(ln.target_year is not None and ln.target_year < period.year for ln in lines):
        remarks.append(pick(t["held"], lang))
    return QuarterlyTable(
        lang=lang,
        heading=pick(t["heading"], lang),
        facts=facts,
        remarks=remarks,
        headers=[pick(pair, lang) for pair in COLUMNS.values()],
        lines=lines,
        problem_headers=[pick(pair, lang) for pair in PROBLEM_COLUMNS.values()],
        problems=[_problem(report, p.key, p.code, p.params, lang) for p in report.problems],
        note_headers=[pick(pair, lang) for pair in NOTE_COLUMNS.values()],
        notes=_notes(report, lang),
    )


def _submitted(at: str, by: str | None) -> str:
    return f"{local_time(at)}, {by}" if by else local_time(at)


def _line(row: FormRow, lang: str) -> Line:
    part, indicator, target = row.part, row.indicator, row.part.target
    return Line(
        number=indicator.number,
        name=indicator.name,
        part=word(PART, part.part, lang),
        measure=indicator.measure,
        value=row.value,
        computed=row.computed if row.overridden else None,
        numerator=part.numerator,
        denominator=part.denominator,
        target_pct=target.value_pct if target else None,
        target_abs=target.value_abs if target else None,
        target_year=target.year if target else None,
        status=row.status,
        status_text=word(STATUS, row.status, lang),
        reason=row.reason or "",
        overridden=row.overridden,
        is_percent=indicator.is_percent,
    )


def _problem(
    report: QuarterlyReport, key: str, code: str, params: dict[str, float | str], lang: str
) -> tuple[str, str, str, str]:
    row = next((r for r in report.rows if r.key == key), None)
    name = row.indicator.name if row else ""
    part = word(PART, row.part.part, lang) if row else ""
    return key, name, part, problem_text(code, params, lang)


def _notes(report: QuarterlyReport, lang: str) -> list[Note]:
    """The pack's notes on each indicator, then on each target (mostly where the passport
    contradicts itself), in the pack's order."""
    notes: list[Note] = []
    for indicator in report.pack.indicators:
        if indicator.note:
            notes.append(Note(indicator.number, "", None, indicator.note))
        for target in report.pack.targets:
            if target.indicator == indicator.number and target.note:
                part = word(PART, target.part, lang) if indicator.split else ""
                notes.append(Note(indicator.number, part, target.year, target.note))
    return notes

"""`svodka indicators` and `svodka export quarterly`: indicators on screen, the form as a file."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from desktop.cli.context import Context, emit_json, get
from desktop.errors import SvodkaError
from desktop.exports.words import PART, STATUS, format_number, quarter_text, word
from desktop.indicators import service
from desktop.indicators.local import NoPack
from desktop.indicators.periods import BadPeriod, Period
from desktop.indicators.quarterly import FormRow, quarter_of
from desktop.indicators.service import QuarterlyReport
from desktop.storage import Store
from desktop.storage.errors import FieldError, ValidationFailed

MO_TYPE = "mo"
NAME_WIDTH = 60  # characters of an indicator's name in the screen table
T = TypeVar("T")


class ReportError(SvodkaError):
    """A report or a file cannot be made; the message is already in the user's language."""


@click.command()
@click.option("--org", help="Unit code: an МО (with its subdivisions) or a single unit.")
@click.option("--district", help="District name as the registry spells it.")
@click.option("--region", is_flag=True, help="The whole region.")
@click.option("--period", required=True, help="2025Q3 for a quarter, 2025 for a year.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def indicators(
    ctx: click.Context,
    org: str | None,
    district: str | None,
    region: bool,
    period: str,
    as_json: bool,
) -> None:
    """The region pack's indicators computed from the facts, against the year's targets."""
    c = get(ctx)
    scope = _scope(c, org, district, region)
    when = _period(period, quarter_only=False)
    with c.open_store() as store:
        name = _scope_name(c, store, org, district)
        pack, rows = _with_pack(c, lambda: service.indicators_for(store, scope, when))
    if as_json:
        emit_json(
            {
                "scope": scope,
                "period": str(when),
                "pack": {"id": pack.id, "version": pack.version, "region": pack.region},
                "rows": [row_json(r) for r in rows],
            }
        )
        return
    click.echo(f"{name or pack.region}: {quarter_text(when.year, when.quarter, c.lang)}")
    for line in _table(c, rows, when):
        click.echo(line.rstrip())


@click.group()
def export() -> None:
    """Files for people: the quarterly form as XLSX, PDF or CSV."""


@export.command("quarterly")
@click.option("--org", required=True, help="МО code.")
@click.option("--quarter", required=True, help="e.g. 2025Q3")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["xlsx", "pdf", "csv"]),
    help="File format (default: from the --output file's suffix).",
)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.pass_context
def quarterly(ctx: click.Context, org: str, quarter: str, fmt: str | None, output: Path) -> None:
    """The МО's quarterly form as a file: values, targets, statuses, reasons, notes."""
    c = get(ctx)
    chosen = fmt or output.suffix.lower().lstrip(".")
    if chosen not in WRITERS:
        raise ReportError(
            c.t(
                f"Не понятно, в каком виде сохранить {output}: укажите --format xlsx, pdf или csv",
                f"Cannot tell the format of {output}: give --format xlsx, pdf or csv",
            )
        )
    period = _period(quarter, quarter_only=True)
    with c.open_store() as store:
        unit = store.unit(org)  # NotFound names an unknown code
        if unit.type != MO_TYPE:
            raise ValidationFailed([FieldError("unit", "not_an_mo", {"value": org})])
        report = _with_pack(c, lambda: service.open_report(store, org, str(period)))
    try:
        WRITERS[chosen](report, output, c.lang)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ReportError(
            c.t(
                f"Не удалось записать файл {output}: {reason}",
                f"Cannot write the file {output}: {reason}",
            )
        ) from exc
    click.echo(c.t(f"Форма сохранена: {output}", f"Form saved: {output}"))


def write_xlsx(report: QuarterlyReport, path: Path, lang: str) -> None:
    # openpyxl takes a third of a second to import: only when a workbook is asked for.
    from desktop.exports.xlsx import write_quarterly_xlsx

    write_quarterly_xlsx(report, path, lang)


def write_csv(report: QuarterlyReport, path: Path, lang: str) -> None:
    from desktop.exports.quarterly_csv import write_quarterly_csv

    write_quarterly_csv(report, path, lang)


def write_pdf(report: QuarterlyReport, path: Path, lang: str) -> None:
    """Qt only here, and only when a PDF is asked for: the CLI otherwise loads no Qt."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.pdf_export import ensure_gui_application, write_quarterly_pdf

    ensure_gui_application()
    write_quarterly_pdf(report, path, lang)


WRITERS: dict[str, Callable[[QuarterlyReport, Path, str], None]] = {
    "xlsx": write_xlsx,
    "pdf": write_pdf,
    "csv": write_csv,
}


def row_json(row: FormRow) -> dict[str, Any]:
    target = row.part.target
    return {
        "key": row.key,
        "number": row.indicator.number,
        "name": row.indicator.name,
        "part": row.part.part,
        "measure": row.indicator.measure,
        "value": row.value,
        "numerator": row.part.numerator,
        "denominator": row.part.denominator,
        "percent": row.part.percent,
        "target": None
        if target is None
        else {
            "year": target.year,
            "value_pct": target.value_pct,
            "value_abs": target.value_abs,
            "expected_pct": target.expected_pct,
            "expected_abs": target.expected_abs,
        },
        "status": row.status,
    }


def _scope(c: Context, org: str | None, district: str | None, region: bool) -> str:
    given = [s for s in (org, f"district:{district}" if district else None) if s]
    if region:
        given.append("region")
    if len(given) != 1:
        raise ReportError(
            c.t(
                "Укажите что-то одно: --org КОД, --district НАЗВАНИЕ или --region",
                "Give exactly one of: --org CODE, --district NAME or --region",
            )
        )
    return given[0]


def _scope_name(c: Context, store: Store, org: str | None, district: str | None) -> str | None:
    """The scope in words; an unknown unit or district is an error here, not an empty table."""
    if org is not None:
        unit = store.unit(org)
        return f"{unit.name} ({unit.code})"
    if district is not None:
        if not store.units(district=district):
            raise ReportError(
                c.t(
                    f"В реестре нет района «{district}»",
                    f"No district '{district}' in the registry",
                )
            )
        return district
    return None


def _period(text: str, *, quarter_only: bool) -> Period:
    try:
        return quarter_of(text) if quarter_only else Period.parse(text)
    except BadPeriod:
        raise ValidationFailed([FieldError("quarter", "bad_quarter", {"value": text})]) from None


def _with_pack(c: Context, work: Callable[[], T]) -> T:
    try:
        return work()
    except NoPack:
        raise ReportError(
            c.t(
                "На этом компьютере ещё нет пакета показателей региона: он приходит с "
                "синхронизацией (svodka sync)",
                "No region indicator pack on this computer yet: it comes with a sync (svodka sync)",
            )
        ) from None


def _table(c: Context, rows: list[FormRow], period: Period) -> list[str]:
    header = (
        f"{c.t('Строка', 'Row'):<10} {c.t('Значение', 'Value'):>14} "
        f"{c.t('Числ./знам.', 'Num./den.'):>13}  {c.t('Цель года', 'Year target'):<22} "
        f"{c.t('Состояние', 'Status'):<22} {c.t('Показатель', 'Indicator')}"
    )
    return [header, *(_table_row(c, r, period) for r in rows)]


def _table_row(c: Context, row: FormRow, period: Period) -> str:
    lang = c.lang
    if row.value is None:
        value = "—"
    elif row.indicator.is_percent:
        value = f"{format_number(row.value, lang, decimals=1)} %"
    else:
        value = f"{format_number(row.value, lang)} {row.indicator.measure}"
    part = row.part
    ratio = (
        "—"
        if part.numerator is None
        else f"{format_number(part.numerator, lang)} / {format_number(part.denominator, lang)}"
    )
    name = row.indicator.name
    if part.part != "total":
        name = f"[{word(PART, part.part, lang)}] {name}"
    if len(name) > NAME_WIDTH:
        name = name[: NAME_WIDTH - 1] + "…"
    return (
        f"{row.key:<10} {value:>14} {ratio:>13}  {_target(row, period, lang):<22} "
        f"{word(STATUS, row.status, lang):<22} {name}"
    )


def _target(row: FormRow, period: Period, lang: str) -> str:
    target = row.part.target
    if target is None:
        return "—"
    shown = [f"{format_number(target.value_pct, lang)} %"] if target.value_pct is not None else []
    if target.value_abs is not None:
        shown.append(format_number(target.value_abs, lang))
    held = f" ({target.year})" if target.year != period.year else ""
    return " / ".join(shown) + held


COMMANDS = (indicators, export)

"""The quarterly form in words: statuses, row parts, figures, targets, problems, facts."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.indicators.engine import UnitEvidence
from desktop.indicators.periods import Period
from desktop.indicators.quarterly import FormRow, Problem
from desktop.storage.fact_lookup import FactDetail
from desktop.timefmt import local_time
from desktop.ui.sync_words import entity_label

NBSP = "\u00a0"


# -- statuses ---------------------------------------------------------------------------------
def form_status_words(status: str) -> str:
    """The form's state in one word or two, for the badge."""
    words = {
        "new": QCoreApplication.translate("ReportWords", "новая"),
        "draft": QCoreApplication.translate("ReportWords", "черновик"),
        "submitted": QCoreApplication.translate("ReportWords", "отправлена"),
        "accepted": QCoreApplication.translate("ReportWords", "принята"),
        "returned": QCoreApplication.translate("ReportWords", "возвращена"),
    }
    return words.get(status, status)


def form_status_note(status: str, submitted_at: str | None, reviewed_at: str | None) -> str:
    """What the state means for the officer: can the form still change, what comes next."""
    if status == "new":
        return QCoreApplication.translate(
            "ReportWords", "Форма ещё не сохранялась: значения посчитаны по записанным фактам."
        )
    if status == "draft":
        return QCoreApplication.translate(
            "ReportWords", "Черновик: значения можно исправить, затем отправить форму в регион."
        )
    if status == "submitted":
        return QCoreApplication.translate(
            "ReportWords", "Отправлена %1, ждёт проверки региона. Изменить нельзя."
        ).replace("%1", local_time(submitted_at))
    if status == "accepted":
        return QCoreApplication.translate(
            "ReportWords", "Принята регионом %1. Изменить нельзя."
        ).replace("%1", local_time(reviewed_at))
    if status == "returned":
        return QCoreApplication.translate(
            "ReportWords", "Возвращена на доработку %1. Исправьте и отправьте снова."
        ).replace("%1", local_time(reviewed_at))
    return status


def row_status_words(status: str) -> str:
    """A row against its target: never shown by colour alone."""
    words = {
        "behind": QCoreApplication.translate("ReportWords", "отстаёт"),
        "on": QCoreApplication.translate("ReportWords", "в графике"),
        "ahead": QCoreApplication.translate("ReportWords", "цель достигнута"),
        "no_target": QCoreApplication.translate("ReportWords", "без цели"),
        "no_data": QCoreApplication.translate("ReportWords", "нет данных"),
    }
    return words.get(status, status)


def part_words(part: str) -> str:
    """A split indicator's row; the whole has no name of its own."""
    words = {
        "tvsp": QCoreApplication.translate("ReportWords", "ТВСП МО"),
        "fap": QCoreApplication.translate("ReportWords", "ФАП и ФП"),
    }
    return words.get(part, "")


def row_label(number: str, part: str) -> str:
    """«2.3 (ФАП и ФП)», or the bare number of an indicator that is not split."""
    words = part_words(part)
    return f"{number} ({words})" if words else number


def key_label(key: str) -> str:
    """A stored row key (``2.3/fap``) in words."""
    number, _, part = key.partition("/")
    return row_label(number, part or "total")


# -- periods and numbers ----------------------------------------------------------------------
def quarter_short(period: Period) -> str:
    """2025Q3 → «2025 К3», short enough for a chart's axis."""
    return (
        QCoreApplication.translate("ReportWords", "%1 К%2")
        .replace("%1", str(period.year))
        .replace("%2", str(period.quarter or 4))
    )


def quarter_only(period: Period) -> str:
    """2025Q3 → «К3», under which a chart writes the year."""
    return QCoreApplication.translate("ReportWords", "К%1").replace("%1", str(period.quarter or 4))


def quarter_long(period: Period) -> str:
    """2025Q3 → «3 кв. 2025», as quarters are written on forms."""
    return (
        QCoreApplication.translate("ReportWords", "%1 кв. %2")
        .replace("%1", str(period.quarter or 4))
        .replace("%2", str(period.year))
    )


def number_text(value: float | None, decimals: int = 1) -> str:
    """A figure in the UI's locale, without trailing zeros: 75, 87,5, 31 450; a dash for none."""
    if value is None:
        return "—"
    text = QLocale().toString(float(value), "f", decimals)
    point = QLocale().decimalPoint()
    if point in text:
        text = text.rstrip("0").removesuffix(point)
    return text


def percent_text(value: float | None) -> str:
    return "—" if value is None else f"{number_text(value)}{NBSP}%"


def value_text(row: FormRow) -> str:
    """The form's value as the passport states it: a share, or a count with its share beside."""
    if row.indicator.is_percent:
        return percent_text(row.value)
    if row.value is None:
        return "—"
    share = share_of(row)
    count = number_text(row.value, 2)
    return count if share is None else f"{count} ({percent_text(share)})"


def computed_text(row: FormRow) -> str:
    """What the facts give, shown beside an overridden value."""
    if row.indicator.is_percent:
        return percent_text(row.computed)
    return number_text(row.computed, 2)


def share_of(row: FormRow) -> float | None:
    """The per cent behind a count: the count over the row's computed denominator."""
    if row.value is None or not row.part.denominator:
        return None
    return 100.0 * row.value / row.part.denominator


def target_text(row: FormRow, period: Period, mark_held: bool = True) -> str:
    """The year's target; with ``mark_held``, the year of a target held from the passport's
    last year (without, ``held_target_note`` says it once for every row)."""
    target = row.part.target
    if target is None:
        return "—"
    if target.value_pct is not None:
        text = percent_text(target.value_pct)
    else:
        text = QCoreApplication.translate("ReportWords", "%1 по региону").replace(
            "%1", number_text(target.value_abs, 2)
        )
    if mark_held and target.year < period.year:
        text += " " + QCoreApplication.translate("ReportWords", "(%1 г.)").replace(
            "%1", str(target.year)
        )
    return text


def held_years_differ(rows: Iterable[FormRow], period: Period) -> bool:
    """Whether rows' targets come from different years: then each held one is marked."""
    years = {r.part.target.year for r in rows if r.part.target is not None}
    return len(years) > 1 and any(y < period.year for y in years)


def held_target_note(rows: Iterable[FormRow], period: Period) -> str:
    """After the passport's last year its targets hold: say so once, above the table."""
    rows = list(rows)
    years = {r.part.target.year for r in rows if r.part.target and r.part.target.year < period.year}
    if not years:
        return ""
    if held_years_differ(rows, period):
        text = QCoreApplication.translate(
            "ReportWords",
            "Паспорт задаёт цели до %1 г.: в %2 г. цель %1 г. действует там, где в столбце"
            " «Цель на год» год указан в скобках.",
        )
    else:
        text = QCoreApplication.translate(
            "ReportWords", "Паспорт задаёт цели до %1 г.: в %2 г. цель %1 г. действует."
        )
    return text.replace("%1", str(max(years))).replace("%2", str(period.year))


def target_tip(row: FormRow, period: Period) -> str:
    """The target in full: both figures, the path to the quarter's end, the passport's note."""
    target = row.part.target
    if target is None:
        return QCoreApplication.translate("ReportWords", "В паспорте нет цели для этой строки.")
    lines = [
        QCoreApplication.translate("ReportWords", "Цель на %1 г. по паспорту.").replace(
            "%1", str(target.year)
        )
    ]
    if target.year < period.year:
        lines.append(
            QCoreApplication.translate(
                "ReportWords", "Паспорт задаёт цели до %1 г.; в %2 г. действует последняя из них."
            )
            .replace("%1", str(target.year))
            .replace("%2", str(period.year))
        )
    if target.value_pct is not None:
        lines.append(
            QCoreApplication.translate("ReportWords", "Доля: %1").replace(
                "%1", percent_text(target.value_pct)
            )
        )
    if target.value_abs is not None:
        lines.append(
            QCoreApplication.translate("ReportWords", "Число по региону: %1").replace(
                "%1", number_text(target.value_abs, 2)
            )
        )
    if target.expected_pct is not None and target.year == period.year:
        lines.append(
            QCoreApplication.translate("ReportWords", "По плану к концу квартала: %1").replace(
                "%1", percent_text(target.expected_pct)
            )
        )
    if target.note:
        lines.append(target.note)
    return "\n".join(lines)


# -- problems ---------------------------------------------------------------------------------
def problem_text(problem: Problem) -> str:
    """One check across rows that fails, as a sentence naming the row and the limit."""
    row = key_label(problem.key)
    params = problem.params
    limit = number_text(_float(params.get("limit")), 2)
    if problem.code == "negative":
        text = QCoreApplication.translate("ReportWords", "Строка %1: значение меньше нуля.")
    elif problem.code == "over_100":
        text = QCoreApplication.translate("ReportWords", "Строка %1: доля больше 100 %.")
    elif problem.code == "more_than_registry":
        text = QCoreApplication.translate(
            "ReportWords", "Строка %1: больше, чем подходящих подразделений в реестре (%2)."
        )
    elif problem.code == "more_than_needed":
        text = QCoreApplication.translate(
            "ReportWords",
            "Строка %1: обеспеченных АРМ больше, чем медработников, которым АРМ нужен (%2).",
        )
    elif problem.code == "more_than_total":
        text = QCoreApplication.translate(
            "ReportWords", "Строка %1: таких АРМ больше, чем всего АРМ в строке %3 (%2)."
        )
    else:
        text = QCoreApplication.translate("ReportWords", "Строка %1: ошибка «%4».")
    return (
        text.replace("%1", row)
        .replace("%2", limit)
        .replace("%3", str(params.get("total", "")))
        .replace("%4", problem.code)
    )


def _float(value: float | str | None) -> float | None:
    try:
        return None if value is None else float(value)
    except ValueError:
        return None


# -- drill-down -------------------------------------------------------------------------------
def source_words(evidence: UnitEvidence) -> str:
    """Where a unit's share in a number came from."""
    words = {
        "met": QCoreApplication.translate("ReportWords", "выполняет условие"),
        "not_met": QCoreApplication.translate("ReportWords", "не выполняет условие"),
        "counts": QCoreApplication.translate("ReportWords", "по счёту АРМ за квартал"),
        "inventory": QCoreApplication.translate("ReportWords", "по перечню АРМ"),
        "none": QCoreApplication.translate("ReportWords", "нет данных"),
    }
    if evidence.source == "carried":
        period = Period.parse(evidence.as_of) if evidence.as_of else None
        shown = quarter_long(period) if period else "?"
        return QCoreApplication.translate("ReportWords", "перенесено с квартала %1").replace(
            "%1", shown
        )
    return words.get(evidence.source, evidence.source)


def counted_words(evidence: UnitEvidence, units_rule: bool) -> str:
    """Whether the unit counts in the number at all."""
    if evidence.source == "none":
        return QCoreApplication.translate("ReportWords", "нет данных")
    if units_rule and not evidence.denominator:
        return QCoreApplication.translate("ReportWords", "не входит в расчёт")
    if units_rule and not evidence.numerator:
        return QCoreApplication.translate("ReportWords", "не учтено")
    return QCoreApplication.translate("ReportWords", "учтено")


# -- facts in words ---------------------------------------------------------------------------
def _yes_no(value: Any) -> str:
    if value is None:
        return QCoreApplication.translate("ReportWords", "не указано")
    return (
        QCoreApplication.translate("ReportWords", "да")
        if value
        else QCoreApplication.translate("ReportWords", "нет")
    )


def _day(text: str | None) -> str:
    if not text:
        return "—"
    try:
        return date.fromisoformat(text[:10]).strftime("%d.%m.%Y")
    except ValueError:
        return text


def _name(names: dict[str, dict[str, str]], kind: str, code: Any) -> str:
    return names.get(kind, {}).get(str(code), str(code)) if code else "—"


def fact_text(detail: FactDetail | None, names: dict[str, dict[str, str]]) -> str:
    """One fact as a line a feldsher reads: its kind, its date, what it says."""
    if detail is None:
        return QCoreApplication.translate(
            "ReportWords", "запись не найдена (удалена или ещё не пришла)"
        )
    f = detail.fields
    kind = entity_label(detail.entity)
    if detail.entity == "connection_observations":
        internet = (
            QCoreApplication.translate("ReportWords", "Интернет есть (%1)").replace(
                "%1", _name(names, "channel", f["channel"])
            )
            if f["internet"]
            else QCoreApplication.translate("ReportWords", "Интернета нет")
        )
        text = (
            QCoreApplication.translate("ReportWords", "%1; ЗСПД: %2")
            .replace("%1", internet)
            .replace("%2", _yes_no(f["zspd"]))
        )
        return f"{kind}, {local_time(f['observed_at'])}: {text}"
    if detail.entity == "arm_counts":
        return _arm_counts_text(f)
    if detail.entity == "workstations":
        text = (
            QCoreApplication.translate(
                "ReportWords", "АРМ инв. № %1: МИС — %2, ЗСПД — %3, аттестат — %4"
            )
            .replace("%1", str(f["inventory_no"]))
            .replace("%2", _yes_no(f["mis_client"]))
            .replace("%3", _yes_no(f["zspd_client"]))
            .replace("%4", f["certificate"] or QCoreApplication.translate("ReportWords", "нет"))
        )
        if f["room"]:
            text += QCoreApplication.translate("ReportWords", ", кабинет %1").replace(
                "%1", str(f["room"])
            )
        return text
    if detail.entity == "documents":
        status = {
            "sent": QCoreApplication.translate("ReportWords", "отправлены"),
            "registered": QCoreApplication.translate("ReportWords", "зарегистрированы"),
        }
        return (
            QCoreApplication.translate("ReportWords", "%1, %2: %3 → %4, %5 шт., %6")
            .replace("%1", kind)
            .replace("%2", _day(f["sent_on"]))
            .replace("%3", _name(names, "doc_class", f["doc_class"]))
            .replace("%4", _name(names, "target_system", f["target_system"]))
            .replace("%5", str(f["count"]))
            .replace(
                "%6",
                status.get(f["status"], QCoreApplication.translate("ReportWords", "отклонены")),
            )
        )
    if detail.entity == "subsystem_connections":
        return (
            QCoreApplication.translate("ReportWords", "%1 «%2»: %3 с %4")
            .replace("%1", kind)
            .replace("%2", _name(names, "subsystem", f["subsystem"]))
            .replace("%3", _name(names, "stage", f["stage"]))
            .replace("%4", _day(f["since"]))
        )
    return kind


def _arm_counts_text(f: dict[str, Any]) -> str:
    figures = [
        QCoreApplication.translate("ReportWords", "всего %1").replace("%1", str(f["total"])),
        QCoreApplication.translate("ReportWords", "в МИС %1").replace("%1", str(f["mis"])),
        QCoreApplication.translate("ReportWords", "в ЗСПД %1").replace("%1", str(f["zspd"])),
    ]
    if f["certified"] is not None:
        figures.append(
            QCoreApplication.translate("ReportWords", "с аттестатом %1").replace(
                "%1", str(f["certified"])
            )
        )
    if f["workers_need"] is not None:
        figures.append(
            QCoreApplication.translate("ReportWords", "нуждаются в АРМ %1").replace(
                "%1", str(f["workers_need"])
            )
        )
    if f["workers_provided"] is not None:
        figures.append(
            QCoreApplication.translate("ReportWords", "обеспечены АРМ %1").replace(
                "%1", str(f["workers_provided"])
            )
        )
    quarter = str(f["quarter"])
    head = QCoreApplication.translate("ReportWords", "Счёт АРМ за %1").replace(
        "%1", quarter_long(Period.parse(quarter))
    )
    return f"{head}: {', '.join(figures)}"

"""Words of the exported files in Russian and English: statuses, row parts, problems, headers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

Pair = tuple[str, str]  # (Russian, English)

STATUS: dict[str, Pair] = {
    "behind": ("отстаёт от плана", "behind the plan"),
    "on": ("идёт по плану", "on track"),
    "ahead": ("цель года достигнута", "year's target reached"),
    "no_target": ("цели для сравнения нет", "no target to compare"),
    "no_data": ("нет данных", "no data"),
}

FORM_STATUS: dict[str, Pair] = {
    "new": ("новая, ещё не сохранена", "new, not saved yet"),
    "draft": ("черновик", "draft"),
    "submitted": ("отправлена, ждёт проверки", "submitted, awaiting review"),
    "accepted": ("принята регионом", "accepted by the region"),
    "returned": ("возвращена на доработку", "returned for correction"),
}

PART: dict[str, Pair] = {
    "total": ("в целом", "whole"),
    "tvsp": ("ТВСП МО", "ТВСП МО (divisions)"),
    "fap": ("ФАП и ФП", "ФАП and ФП (posts)"),
}

PROBLEM: dict[str, Pair] = {
    "negative": ("значение меньше нуля", "the value is below zero"),
    "over_100": ("доля больше 100 %", "a share above 100 %"),
    "more_than_registry": (
        "больше, чем подразделений в реестре ({limit})",
        "more than the units in the registry ({limit})",
    ),
    "more_than_needed": (
        "больше, чем медработников, которым нужен АРМ ({limit})",
        "more than the medical workers needing an АРМ ({limit})",
    ),
    "more_than_total": (
        "больше, чем всего АРМ (показатель {total}: {limit})",
        "more than the АРМ in total (indicator {total}: {limit})",
    ),
}

# Columns of the quarterly table, in order; keys name them in code.
COLUMNS: dict[str, Pair] = {
    "number": ("№", "No."),
    "name": ("Показатель", "Indicator"),
    "part": ("Строка", "Row"),
    "measure": ("Ед. изм.", "Unit"),
    "value": ("Значение", "Value"),
    "computed": ("Рассчитано по фактам", "Computed from facts"),
    "numerator": ("Числитель", "Numerator"),
    "denominator": ("Знаменатель", "Denominator"),
    "target_pct": ("Цель года, %", "Year target, %"),
    "target_abs": ("Цель года, абс.", "Year target, abs."),
    "target_year": ("Год цели", "Target year"),
    "status": ("Состояние", "Status"),
    "reason": ("Причина ручного значения", "Reason for the manual value"),
}

PROBLEM_COLUMNS: dict[str, Pair] = {
    "key": ("Строка формы", "Form row"),
    "name": ("Показатель", "Indicator"),
    "part": ("Строка", "Row"),
    "problem": ("Что не так", "What is wrong"),
}

NOTE_COLUMNS: dict[str, Pair] = {
    "number": ("№", "No."),
    "part": ("Строка", "Row"),
    "year": ("Год", "Year"),
    "note": ("Примечание", "Note"),
}

TITLE: dict[str, Pair] = {
    "heading": (
        "Квартальная форма: показатели регионального проекта",
        "Quarterly form: indicators of the regional project",
    ),
    "region": ("Регион", "Region"),
    "org": ("Медицинская организация", "Medical organisation"),
    "quarter": ("Квартал", "Quarter"),
    "status": ("Состояние формы", "Form status"),
    "submitted": ("Отправлена", "Submitted"),
    "review": ("Замечание региона", "Region's comment"),
    "made": ("Сформировано", "Made"),
    "pack": ("Пакет показателей", "Indicator pack"),
    "version": ("версия", "version"),
    "about": (
        "Значения рассчитаны по фактам учёта; значения, исправленные вручную, отмечены «*», "
        "рядом — рассчитанное значение и причина.",
        "Values are computed from the recorded facts; values set by hand are marked «*», "
        "with the computed value and the reason beside them.",
    ),
    "held": (
        "Год цели раньше года отчёта: паспорт кончается этим годом, его цель действует дальше.",
        "A target year before the report's year: the passport ends there and its target holds.",
    ),
    "problems_found": (
        "Найдено проблем: {count} — см. лист «Проблемы».",
        "Problems found: {count} — see the sheet «Problems».",
    ),
    "problems_below": (
        "Найдено проблем: {count} — см. в конце.",
        "Problems found: {count} — see the end.",
    ),
    "sheet_form": ("Форма", "Form"),
    "sheet_problems": ("Проблемы", "Problems"),
    "sheet_notes": ("Примечания", "Notes"),
    "notes_heading": (
        "Примечания пакета региона к паспорту (в том числе противоречия в его значениях)",
        "The region pack's notes on the passport (including values it contradicts)",
    ),
    "problems_heading": (
        "Проблемы формы: форму нельзя отправить, пока они есть",
        "Problems of the form: it cannot be submitted while they remain",
    ),
    "page": ("стр. {page} из {pages}", "page {page} of {pages}"),
    "footer": ("Стр. &P из &N", "Page &P of &N"),
}

ROMAN = ("I", "II", "III", "IV")


def pick(pair: Pair, lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def word(table: Mapping[str, Pair], key: str, lang: str) -> str:
    """The word for ``key``; an unknown key (a newer code) shows as itself."""
    return pick(table[key], lang) if key in table else key


def problem_text(code: str, params: Mapping[str, Any], lang: str) -> str:
    template = word(PROBLEM, code, lang)
    shown = {k: format_number(v, lang) if isinstance(v, float) else v for k, v in params.items()}
    try:
        return template.format_map(shown)
    except (KeyError, IndexError, ValueError):
        return template


def quarter_text(year: int, quarter: int | None, lang: str) -> str:
    """«III квартал 2025 г.» / «Q3 2025»; a year alone: «2025 г.» / «2025»."""
    if quarter is None:
        return str(year) if lang == "en" else f"{year} г."
    return f"Q{quarter} {year}" if lang == "en" else f"{ROMAN[quarter - 1]} квартал {year} г."


def format_number(
    value: float | int | None, lang: str, *, decimals: int | None = None, grouped: bool = True
) -> str:
    """A number as people read it: «1 234,5» in Russian, «1,234.5» in English; None is empty.

    ``decimals`` None: whole numbers without a fraction, others to two places at most."""
    if value is None:
        return ""
    spec = f"{',' if grouped else ''}.{2 if decimals is None else decimals}f"
    text = format(value, spec)
    if decimals is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    if lang == "en":
        return text
    # Russian: a no-break space between thousands (a line never breaks inside a number).
    return text.replace(",", "\u00a0").replace(".", ",")

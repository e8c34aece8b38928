"""Sync in words: records, states, server reasons, values, devices, clock skew, the link."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.cli.messages import FIELD_LABELS, SERVER_CODES, field_label, sync_state_label
from desktop.sync.rounds import SKEW_WARNING_MS
from desktop.timefmt import local_time
from desktop.ui.words import ui_language

FLAG_FIELDS = frozenset({"mis_client", "zspd_client", "applicable", "signed"})
# A pydantic reason reads "field: message" (``protocol._first_error``); the field may be
# dotted ("data.total").
REASON_RE = re.compile(r"^([A-Za-z_][\w.\[\]]*): (.+)$", re.DOTALL)
MINUTE_MS, HOUR_MIN, DAY_MIN = 60_000, 60, 24 * 60


def entity_label(entity: str) -> str:
    """A synced table's name as the kind of record people know (unknown ones as they are)."""
    words = {
        "connection_observations": QCoreApplication.translate("SyncWords", "состояние связи"),
        "outages": QCoreApplication.translate("SyncWords", "перерыв связи"),
        "arm_counts": QCoreApplication.translate("SyncWords", "число АРМ за квартал"),
        "workstations": QCoreApplication.translate("SyncWords", "рабочее место (АРМ)"),
        "documents": QCoreApplication.translate("SyncWords", "переданные документы"),
        "subsystem_connections": QCoreApplication.translate(
            "SyncWords", "подключение к подсистеме"
        ),
        "acts": QCoreApplication.translate("SyncWords", "подтверждающий акт"),
        "quarterly_forms": QCoreApplication.translate("SyncWords", "квартальная форма"),
    }
    return words.get(entity, entity)


def op_label(op: str) -> str:
    words = {
        "insert": QCoreApplication.translate("SyncWords", "новая запись"),
        "update": QCoreApplication.translate("SyncWords", "исправление"),
        "delete": QCoreApplication.translate("SyncWords", "удаление"),
    }
    return words.get(op, op)


def state_label(state: str | None) -> str:
    return sync_state_label(state, ui_language())


def field_words(field: str) -> str:
    """A field in words: the CLI's labels, plus the columns only merges show."""
    base = field.split(".")[-1]
    if base in FIELD_LABELS:
        return field_label(field, ui_language())
    words = {
        "mis_client": QCoreApplication.translate("SyncWords", "подключено к МИС"),
        "zspd_client": QCoreApplication.translate("SyncWords", "подключено к ЗСПД"),
        "applicable": QCoreApplication.translate("SyncWords", "подсистема применяется"),
        "signed": QCoreApplication.translate("SyncWords", "подписано ЭП"),
        "updated_at": QCoreApplication.translate("SyncWords", "время изменения"),
    }
    return words.get(base, field)


def reason_text(reason: str | None) -> str:
    """The server's reason for refusing a change, in words where it is known; the field
    it names in words, the server's own message kept after it."""
    if not reason:
        return ""
    if reason in SERVER_CODES or "outside this device's scope" in reason:
        code = reason if reason in SERVER_CODES else "outside_scope"
        return SERVER_CODES[code][1 if ui_language() == "en" else 0]
    match = REASON_RE.match(reason)
    if match is None:
        return reason
    field, message = match.groups()
    label = field_words(field)
    if label == field:
        return reason
    return (
        QCoreApplication.translate("SyncWords", "%1: значение не принято (сервер: %2)")
        .replace("%1", label)
        .replace("%2", message)
    )


def value_text(value: Any, field: str = "") -> str:
    """A logged field value as people write it: empty, yes/no, local time, dd.mm.yyyy."""
    base = field.split(".")[-1]
    if value is None or value == "":
        return QCoreApplication.translate("SyncWords", "пусто")
    if isinstance(value, bool) or (base in FLAG_FIELDS and value in (0, 1)):
        return (
            QCoreApplication.translate("SyncWords", "да")
            if value
            else QCoreApplication.translate("SyncWords", "нет")
        )
    if isinstance(value, str) and base.endswith("_at"):
        return local_time(value)
    if isinstance(value, str) and (base.endswith("_on") or base == "since"):
        try:
            return date.fromisoformat(value).strftime("%d.%m.%Y")
        except ValueError:
            return value
    return str(value)


def device_text(device: str | None, own_device: str | None) -> str:
    if not device:
        return QCoreApplication.translate("SyncWords", "компьютер неизвестен")
    if device == own_device:
        return QCoreApplication.translate("SyncWords", "этот компьютер")
    return QCoreApplication.translate("SyncWords", "другой компьютер · %1").replace(
        "%1", device[:8]
    )


def stored_skew(meta_value: str | None) -> int | None:
    """The last measured skew as ``record_round`` keeps it (meta ``clock_skew_ms``)."""
    try:
        return int(meta_value) if meta_value else None
    except ValueError:
        return None


def _duration(minutes: int) -> str:
    if minutes >= DAY_MIN:
        return QCoreApplication.translate("SyncWords", "%1 дн.").replace(
            "%1", str(round(minutes / DAY_MIN))
        )
    if minutes >= HOUR_MIN:
        hours, rest = divmod(minutes, HOUR_MIN)
        if rest == 0:
            return QCoreApplication.translate("SyncWords", "%1 ч").replace("%1", str(hours))
        return (
            QCoreApplication.translate("SyncWords", "%1 ч %2 мин")
            .replace("%1", str(hours))
            .replace("%2", str(rest))
        )
    return QCoreApplication.translate("SyncWords", "%1 мин").replace("%1", str(minutes))


def skew_warning_text(skew_ms: int | None) -> str | None:
    """None while the clock is within five minutes of the server's; else what to do.

    ``skew_ms`` is the server's time minus this computer's (``SyncClient.measure_clock``):
    positive means this computer's clock is behind."""
    if skew_ms is None or abs(skew_ms) <= SKEW_WARNING_MS:
        return None
    amount = _duration(round(abs(skew_ms) / MINUTE_MS))
    if skew_ms > 0:
        text = QCoreApplication.translate(
            "SyncWords", "Часы компьютера отстают на %1 — проверьте время и дату"
        )
    else:
        text = QCoreApplication.translate(
            "SyncWords", "Часы компьютера спешат на %1 — проверьте время и дату"
        )
    return text.replace("%1", amount)


def online_text(enrolled: bool, up: bool | None, latency_ms: int | None = None) -> str:
    """The link to the regional server for the status bar (``up`` None: not yet checked)."""
    if not enrolled:
        return QCoreApplication.translate("SyncWords", "Компьютер не подключён к серверу")
    if up is None:
        return QCoreApplication.translate("SyncWords", "Связь с сервером проверяется…")
    if not up:
        return QCoreApplication.translate(
            "SyncWords", "Нет связи с сервером — изменения сохранены и уйдут позже"
        )
    if latency_ms is None:
        return QCoreApplication.translate("SyncWords", "Связь с сервером есть")
    return QCoreApplication.translate("SyncWords", "Связь с сервером есть (%1 мс)").replace(
        "%1", str(latency_ms)
    )

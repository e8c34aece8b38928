"""Sync in words: clock skew, the link, server reasons, logged values and devices."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.sync.rounds import SKEW_WARNING_MS
from desktop.ui.sync_words import (
    device_text,
    entity_label,
    field_words,
    online_text,
    reason_text,
    skew_warning_text,
    stored_skew,
    value_text,
)

MINUTE = 60_000


@pytest.mark.parametrize("skew", [None, 0, SKEW_WARNING_MS, -SKEW_WARNING_MS, 4 * MINUTE])
def test_no_warning_within_five_minutes(qtbot: QtBot, skew: int | None) -> None:
    assert skew_warning_text(skew) is None


@pytest.mark.parametrize(
    ("skew", "expected"),
    [
        (12 * MINUTE, "Часы компьютера отстают на 12 мин — проверьте время и дату"),
        (-12 * MINUTE, "Часы компьютера спешат на 12 мин — проверьте время и дату"),
        (SKEW_WARNING_MS + 1, "Часы компьютера отстают на 5 мин — проверьте время и дату"),
        (125 * MINUTE, "Часы компьютера отстают на 2 ч 5 мин — проверьте время и дату"),
        (-3 * 60 * MINUTE, "Часы компьютера спешат на 3 ч — проверьте время и дату"),
        (-400 * 24 * 60 * MINUTE, "Часы компьютера спешат на 400 дн. — проверьте время и дату"),
    ],
)
def test_skew_in_words(qtbot: QtBot, skew: int, expected: str) -> None:
    assert skew_warning_text(skew) == expected


def test_stored_skew_reads_the_meta_value() -> None:
    assert [stored_skew(v) for v in (None, "", "-720000", "junk")] == [None, None, -720000, None]


def test_online_text(qtbot: QtBot) -> None:
    assert online_text(False, None) == "Компьютер не подключён к серверу"
    assert online_text(True, None).endswith("проверяется…")
    assert online_text(True, False).startswith("Нет связи с сервером")
    assert online_text(True, True, 140) == "Связь с сервером есть (140 мс)"


def test_reasons_in_words(qtbot: QtBot) -> None:
    assert reason_text(None) == ""
    assert reason_text("total: Input should be greater than or equal to 0") == (
        "всего АРМ: значение не принято (сервер: Input should be greater than or equal to 0)"
    )
    assert reason_text("record 7 belongs to X, outside this device's scope") == (
        "данные относятся к подразделению вне зоны этого устройства"
    )
    assert reason_text("mystery: something") == "mystery: something"  # unknown: as given
    assert reason_text("something odd") == "something odd"


def test_values_and_fields(qtbot: QtBot) -> None:
    assert [value_text(v) for v in (None, "", 12, "текст")] == ["пусто", "пусто", "12", "текст"]
    assert value_text(1, "mis_client") == "да" and value_text(0, "applicable") == "нет"
    assert value_text(3, "zspd") == "3"  # a count in arm_counts, not a flag
    assert value_text("2025-09-30", "retired_on") == "30.09.2025"
    assert value_text("2025-09-30T10:00:00Z", "started_at").startswith("30.09.2025")
    assert field_words("mis_client") == "подключено к МИС"
    assert field_words("data.total") == "всего АРМ"
    assert field_words("mystery") == "mystery"
    assert entity_label("workstations") == "рабочее место (АРМ)"
    assert entity_label("mystery") == "mystery"


def test_devices(qtbot: QtBot) -> None:
    assert device_text(None, "me") == "компьютер неизвестен"
    assert device_text("me", "me") == "этот компьютер"
    assert device_text("abcdef123456", "me") == "другой компьютер · abcdef12"

"""A unit's status card: Internet, ЗСПД, АРМ this quarter, and what the store knows of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from desktop.storage import Store
from desktop.storage.models import ArmTotals, Unit
from desktop.storage.records import Quarter
from desktop.timefmt import local_time


@dataclass(frozen=True)
class Card:
    unit: Unit
    link: dict[str, Any] | None
    quarter: str
    arm: ArmTotals | None
    channel: str = ""  # the channel's name from the catalog


def load_card(store: Store, code: str) -> Card:
    """Runs on the store lane."""
    quarter = str(Quarter.of(date.today()))
    link = store.current_connection(code)
    channel = (link or {}).get("channel") or ""
    names = {item.code: item.name for item in store.catalog("channel")}
    return Card(
        store.unit(code),
        link,
        quarter,
        store.arm_totals(code, quarter),
        names.get(channel, channel),
    )


def quarter_label(quarter: str) -> str:
    """2026Q4 → «4 кв. 2026» (as quarters are written on forms), or "Q4 2026" in English."""
    year, number = quarter.split("Q")
    text = QCoreApplication.translate("StatusCard", "%1 кв. %2")
    return text.replace("%1", number).replace("%2", year)


class StatusCard(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Выберите учреждение слева"))
        self.internet, self.zspd, self.arm, self.code = QLabel(), QLabel(), QLabel(), QLabel()
        for label in (self.internet, self.zspd, self.arm, self.code):
            label.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Интернет:"), self.internet)
        form.addRow(self.tr("ЗСПД:"), self.zspd)
        form.addRow(self.tr("АРМ:"), self.arm)
        form.addRow(self.tr("Код:"), self.code)

    def show_card(self, card: Card) -> None:
        self.setTitle(card.unit.name)
        self.code.setText(
            card.unit.code + (f" · {card.unit.district}" if card.unit.district else "")
        )
        link = card.link
        if link is None:
            self.internet.setText(self.tr("нет сведений"))
            self.zspd.setText(self.tr("нет сведений"))
        else:
            when = local_time(link["observed_at"])
            if link["internet"]:
                self.internet.setText(
                    self.tr("есть (%1), на %2").replace("%1", card.channel).replace("%2", when)
                )
            else:
                self.internet.setText(self.tr("нет, на %1").replace("%1", when))
            self.zspd.setText(self.tr("подключено") if link["zspd"] else self.tr("не подключено"))
        if card.arm is None:
            quarter = quarter_label(card.quarter)
            self.arm.setText(self.tr("за %1 не внесены").replace("%1", quarter))
        else:
            a = card.arm
            self.arm.setText(
                self.tr("за %1: всего %2, в МИС %3, в ЗСПД %4")
                .replace("%1", quarter_label(card.quarter))
                .replace("%2", str(a.total))
                .replace("%3", str(a.mis))
                .replace("%4", str(a.zspd))
            )

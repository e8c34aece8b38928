"""The post's link over the last weeks: outages as red bars, observations as ticks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

DAYS = 90
UP = QColor("#2e7d32")
DOWN = QColor("#c62828")
TRACK = QColor("#e0e0e0")


@dataclass(frozen=True)
class Span:
    start: datetime
    end: datetime | None  # still going


def parse(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class OutageTimeline(QWidget):
    """Ninety days, oldest left. Colour is never alone: the caption counts the outages."""

    def __init__(self) -> None:
        super().__init__()
        self.spans: list[Span] = []
        self.ticks: list[tuple[datetime, bool]] = []
        self.now = datetime.now(UTC)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(56)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(400, 56)

    def show_facts(self, outages: list[dict[str, Any]], observations: list[dict[str, Any]]) -> None:
        self.now = datetime.now(UTC)
        self.spans = [
            Span(parse(o["started_at"]), parse(o["ended_at"]) if o["ended_at"] else None)
            for o in outages
        ]
        self.ticks = [(parse(o["observed_at"]), bool(o["internet"])) for o in observations]
        self.setToolTip(self.caption())
        self.update()

    def caption(self) -> str:
        since = self.now - timedelta(days=DAYS)
        count = sum(1 for s in self.spans if (s.end or self.now) >= since)
        hours = sum(
            ((s.end or self.now) - max(s.start, since)).total_seconds() / 3600
            for s in self.spans
            if (s.end or self.now) >= since
        )
        return (
            self.tr("За %1 дней: перерывов %2, без связи %3 ч")
            .replace("%1", str(DAYS))
            .replace("%2", str(count))
            .replace("%3", f"{hours:.0f}")
        )

    def _x(self, moment: datetime, width: float) -> float:
        since = self.now - timedelta(days=DAYS)
        share = (moment - since).total_seconds() / (self.now - since).total_seconds()
        return max(0.0, min(1.0, share)) * width

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        width = float(self.width() - 1)
        bar = QRectF(0, 4, width, 16)
        painter.fillRect(bar, TRACK)
        for span in self.spans:
            left, right = self._x(span.start, width), self._x(span.end or self.now, width)
            painter.fillRect(QRectF(left, 4, max(2.0, right - left), 16), DOWN)
        for moment, up in self.ticks:
            x = self._x(moment, width)
            painter.fillRect(QRectF(x - 1, 22, 2, 8), UP if up else DOWN)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            QRectF(0, 32, width, self.height() - 32),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.caption(),
        )
        painter.end()

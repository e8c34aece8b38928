"""Reporting periods: a quarter (``2025Q3``) or a year (``2025``), with their first and last day."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property

PERIOD = re.compile(r"^(\d{4})(?:[Qq]([1-4]))?$")


class BadPeriod(ValueError):
    """The text is not a period; the message says which forms are accepted."""

    def __init__(self, text: str) -> None:
        super().__init__(f"{text!r} is not a period: write 2025Q3 for a quarter or 2025 for a year")
        self.text = text


@dataclass(frozen=True, order=True)
class Period:
    year: int
    quarter: int | None = None  # None: the whole year

    @classmethod
    def parse(cls, text: str) -> Period:
        match = PERIOD.match(text.strip())
        if match is None or not 2000 <= int(match.group(1)) <= 2100:
            raise BadPeriod(text)
        return cls(int(match.group(1)), int(match.group(2)) if match.group(2) else None)

    def __str__(self) -> str:
        return f"{self.year}" if self.quarter is None else f"{self.year}Q{self.quarter}"

    @cached_property
    def start(self) -> date:
        return date(self.year, 3 * ((self.quarter or 1) - 1) + 1, 1)

    @cached_property
    def end(self) -> date:
        last_month = 3 * (self.quarter or 4)
        if last_month == 12:
            return date(self.year, 12, 31)
        return date.fromordinal(date(self.year, last_month + 1, 1).toordinal() - 1)

    @cached_property
    def last_quarter(self) -> str:
        """The quarter whose facts stand for the period (a year: its fourth)."""
        return f"{self.year}Q{self.quarter or 4}"

    @property
    def fraction_of_year(self) -> float:
        """How far into the year the period ends, for the path towards the year's target."""
        return (self.quarter or 4) / 4

    def quarters_back(self, count: int) -> list[Period]:
        """This quarter and the ``count - 1`` before it, oldest first (a year: its quarters)."""
        year, quarter = self.year, self.quarter or 4
        found = []
        for _ in range(count):
            found.append(Period(year, quarter))
            year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
        return found[::-1]

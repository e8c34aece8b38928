"""What every benchmark prints: lines as they come, and the design's bars against the figures."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Bar:
    """One target from the design and what was measured against it."""

    name: str
    measured: str
    target: str
    ok: bool


def say(text: str = "") -> None:
    print(text, flush=True)

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


def report_bars(bars: list[Bar]) -> None:
    """The design's bars, each with what was measured and PASS or FAIL."""
    width = max(len(bar.name) for bar in bars)
    measured = max(len("measured"), *(len(bar.measured) for bar in bars))
    target = max(len(bar.target) for bar in bars)
    say(f"{'Bars from the design':<{width + 2}} {'measured':>{measured}}   bar")
    for bar in bars:
        verdict = "PASS" if bar.ok else "FAIL"
        say(f"  {bar.name:<{width}} {bar.measured:>{measured}}   {bar.target:<{target}} {verdict}")

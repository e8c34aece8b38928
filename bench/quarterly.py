"""Quarterly form benchmark (DESIGN §7): the form of an МО with 50 subdivisions ≤ 200 ms.

An encrypted store with the Stavropol pack, one МО with 10 ТВСП, 30 ФАП and 10 ФП, and five
years of facts (see bench/quarterly_data.py): the link monitor's observations, several a day per
unit; АРМ counts each quarter (ФП once a year, five ТВСП by workstation inventory instead);
documents weekly per flow; subsystem connections; the seven quarters before the timed one
submitted. Timed: ``service.open_report`` for the last quarter before today — in a new process
(its first call), on a freshly opened connection (SQLCipher's page cache empty, the OS file cache
warm) and again on an open one; ``indicators_for`` the region; the 8-quarter progress of a row.
Run from the repository root: ``python -m bench.quarterly`` (``--quick`` for a smoke run).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from bench.quarterly_data import DISTRICT, FULL, MO, QUICK, Built, Sizes, build
from bench.report import Bar, report_bars, say
from bench.store_data import PASSPHRASE, USER, fs_type
from desktop.indicators import service
from desktop.indicators.engine import compute
from desktop.indicators.local import load_facts, load_pack
from desktop.indicators.periods import Period
from desktop.indicators.progress import progress
from desktop.indicators.quarterly import build_rows, check
from desktop.storage import Profile, Store
from desktop.storage.profile import DB_NAME

BAR_MS = 200.0
PROGRESS_ROW = "2.3/tvsp"  # АРМ on the ЗСПД: counts, inventory and carried quarters alike
# A new process: imports first (not timed), then unlock (cheap KDF) and the first form.
CHILD = """
import json, sys, time
from pathlib import Path
from desktop.indicators import service
from desktop.storage import Profile
root, passphrase, user, org, quarter = sys.argv[1:6]
store = Profile(Path(root)).unlock(passphrase, user)
began = time.perf_counter()
report = service.open_report(store, org, quarter)
first = time.perf_counter() - began
began = time.perf_counter()
service.open_report(store, org, quarter)
print(json.dumps({"first": first, "second": time.perf_counter() - began, "rows": len(report.rows)}))
"""


def ms_of(work: Callable[[], object]) -> float:
    began = time.perf_counter()
    work()
    return (time.perf_counter() - began) * 1000


def figures(label: str, times: Sequence[float]) -> None:
    say(
        f"  {label:<58} median {statistics.median(times):7.1f} ms   max {max(times):7.1f} ms"
        f"   (n={len(times)})"
    )


def submit_earlier(store: Store, period: Period) -> int:
    """The seven quarters before the timed one submitted (drafts where a check fails)."""
    submitted = 0
    for earlier in period.quarters_back(8)[:-1]:
        report = service.open_report(store, MO, str(earlier))
        if report.problems:
            service.save_draft(store, report)
        else:
            service.submit(store, report)
            submitted += 1
    return submitted


def in_new_processes(built: Built, sizes: Sizes) -> list[dict[str, Any]]:
    runs = []
    for _ in range(sizes.processes):
        args = [str(built.root), PASSPHRASE, USER, MO, str(built.period)]
        done = subprocess.run(
            [sys.executable, "-c", CHILD, *args],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"the child failed:\n{done.stderr}")
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return runs


def bench_open_report(built: Built, sizes: Sizes) -> tuple[Store, float]:
    """The form timed in new processes (the store closed here meanwhile: one opener at a
    time), then here; returns the store opened again and the worse of the cold medians."""
    quarter = str(built.period)
    say(f"service.open_report(store, {MO!r}, {quarter!r}):")
    built.store.close()
    children = in_new_processes(built, sizes)
    store = Profile(built.root).unlock(PASSPHRASE, USER)
    figures(
        "new process, first call (after imports and unlock)", [c["first"] * 1000 for c in children]
    )
    figures("new process, second call", [c["second"] * 1000 for c in children])
    cold, warm = [], []
    for _ in range(sizes.runs):
        fresh = store.reopen()  # a new connection: SQLCipher's page cache starts empty
        try:
            cold.append(ms_of(partial(service.open_report, fresh, MO, quarter)))
        finally:
            fresh.close()
        warm.append(ms_of(partial(service.open_report, store, MO, quarter)))
    figures("freshly opened connection (cold SQLCipher cache)", cold)
    figures("open connection (warm)", warm)
    first = statistics.median(c["first"] * 1000 for c in children)
    return store, max(statistics.median(cold), first)


def breakdown(store: Store, period: Period, sizes: Sizes) -> None:
    """Where a warm open_report spends its time, step by step."""
    steps: dict[str, list[float]] = {
        k: [] for k in ("load_pack", "load_facts", "compute", "rows+check")
    }
    for _ in range(sizes.runs):
        began = time.perf_counter()
        pack = load_pack(store)
        t1 = time.perf_counter()
        facts = load_facts(store, MO, period)
        t2 = time.perf_counter()
        results = compute(pack, facts, MO, period)
        t3 = time.perf_counter()
        check(pack, build_rows(results, {}), facts, MO, period)
        t4 = time.perf_counter()
        for key, (a, b) in zip(steps, ((began, t1), (t1, t2), (t2, t3), (t3, t4)), strict=True):
            steps[key].append((b - a) * 1000)
    say(
        "  of which (warm, median):  "
        + "   ".join(f"{k} {statistics.median(v):.1f} ms" for k, v in steps.items())
    )


def bench_region_and_progress(store: Store, period: Period, sizes: Sizes) -> None:
    say(f"service.indicators_for(store, scope, {str(period)!r}), warm:")
    for scope in ("region", f"district:{DISTRICT}", "BENCH-FAP-01"):
        figures(
            scope,
            [
                ms_of(partial(service.indicators_for, store, scope, period))
                for _ in range(sizes.runs)
            ],
        )
    quarters = period.quarters_back(8)
    say(f"progress(store, {MO!r}, {PROGRESS_ROW!r}, 8 quarters), 7 of them submitted:")
    cold = []
    for _ in range(sizes.runs):
        fresh = store.reopen()
        try:
            cold.append(ms_of(partial(progress, fresh, MO, PROGRESS_ROW, quarters)))
        finally:
            fresh.close()
    figures("freshly opened connection", cold)
    figures(
        "open connection (warm)",
        [ms_of(partial(progress, store, MO, PROGRESS_ROW, quarters)) for _ in range(sizes.runs)],
    )


def run(tmp: Path, sizes: Sizes, quick: bool) -> list[Bar]:
    say(f"Svodka quarterly form benchmark ({'quick smoke run' if quick else 'full run'})")
    say(f"  python {sys.version.split()[0]}, work dir {tmp} ({fs_type(tmp)}), deleted at the end")
    began = time.perf_counter()
    built = build(tmp / "store", sizes, random.Random(20_261_123), datetime.now(UTC).date())
    submitted = submit_earlier(built.store, built.period)
    size = sum(f.stat().st_size for f in (tmp / "store").glob(DB_NAME + "*")) / 2**20
    say(
        f"  store: 1 МО + {sizes.subdivisions} subdivisions, {sizes.years} years to {built.period},"
        f" {sizes.per_day} observations per unit and day; built in"
        f" {time.perf_counter() - began:.0f} s, {size:.0f} MiB"
    )
    say("  rows: " + ", ".join(f"{t} {n:,}" for t, n in built.counts.items()))
    say(f"  earlier quarters submitted: {submitted} of 7")
    say()
    store, median = bench_open_report(built, sizes)
    breakdown(store, built.period, sizes)
    say()
    bench_region_and_progress(store, built.period, sizes)
    store.close()
    say()
    return [
        Bar(
            f"quarterly form, МО with {sizes.subdivisions} subdivisions (first call, median)",
            f"{median:.0f} ms",
            f"≤ {BAR_MS:g} ms",
            median <= BAR_MS,
        )
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--dir", type=Path, help="where to make the temporary work folder")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    with tempfile.TemporaryDirectory(prefix="svodka-bench-quarterly-", dir=args.dir) as tmp:
        bars = run(Path(tmp), sizes, args.quick)
    report_bars(bars)
    return 0 if all(b.ok for b in bars) else 1


if __name__ == "__main__":
    sys.exit(main())

"""The background helper: results on the GUI thread, one lasting thread for the store lane."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from desktop.ui.tasks import Job, Tasks
from tests.ui.conftest import on_lane


def test_store_lane_keeps_one_thread(qtbot: QtBot, tasks: Tasks) -> None:
    seen = []
    for _ in range(3):
        seen.append(on_lane(qtbot, tasks, threading.get_ident))
        assert tasks.wait()
    assert len(set(seen)) == 1 and seen[0] != threading.get_ident()


def test_errors_progress_and_cancel_reach_the_gui_thread(qtbot: QtBot, tasks: Tasks) -> None:
    steps: list[tuple[int, int, str]] = []
    failures: list[Exception] = []
    where: list[int] = []

    def work(job: Job) -> None:
        for step in range(3):
            job.report(step + 1, 3, "шаг")
        job.cancel()
        if job.cancelled:
            raise ValueError("остановлено")

    def failed(exc: Exception) -> None:
        where.append(threading.get_ident())
        failures.append(exc)

    tasks.run(work, on_error=failed, on_progress=lambda *a: steps.append(a))
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert steps == [(1, 3, "шаг"), (2, 3, "шаг"), (3, 3, "шаг")]
    assert str(failures[0]) == "остановлено" and where == [threading.get_ident()]
    assert tasks.busy == 0

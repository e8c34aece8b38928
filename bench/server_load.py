"""Load generation for the server benchmark: enrolled devices, prebuilt batches, timed pushes."""

from __future__ import annotations

import gzip
import json
import os
import statistics
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import requests

from desktop.sync import protocol as p
from desktop.sync.signing import signed_headers
from tests.server.harness import Device, ServerProcess, change
from tests.server.serverdb import issue_codes

SCOPE = ("mo", "DEMO-MO-01")
UNITS = ("DEMO-MO-01", "DEMO-TVSP-011", "DEMO-FAP-012", "DEMO-FAP-013", "DEMO-FP-014")
PUSH = f"{p.API_PREFIX}/push"
HEADERS = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
TIMEOUT_S = 600  # the 1,000-device burst queues on the server for a while
ENROL_WORKERS = 16


@dataclass
class LoadDevice:
    """An enrolled device with its batches built and gzipped ahead of the clock."""

    device: Device
    index: int
    bodies: list[bytes] = field(default_factory=list)

    def build(self, batches: int, size: int) -> None:
        unit = UNITS[self.index % len(UNITS)]
        start = len(self.bodies) * size
        for b in range(batches):
            seqs = range(start + b * size + 1, start + (b + 1) * size + 1)
            items = [change(s, unit, entity_id=f"bench-{self.index}-{s}") for s in seqs]
            body = {"epoch": self.device.epoch, "changes": items}
            self.bodies.append(gzip.compress(json.dumps(body).encode()))


def enrol(server: ServerProcess, count: int, first_index: int = 0) -> list[LoadDevice]:
    """``count`` devices enrolled over HTTP with codes issued straight into the database."""
    codes = issue_codes(server, *SCOPE, count)

    def one(index: int) -> LoadDevice:
        device = Device(server.base_url)
        response = device.enrol(codes[index])
        if response.status_code != 200:
            raise RuntimeError(f"enrolment failed: {response.status_code} {response.text}")
        return LoadDevice(device, first_index + index)

    with ThreadPoolExecutor(ENROL_WORKERS) as pool:
        return list(pool.map(one, range(count)))


@dataclass
class Sample:
    """One push as the device saw it."""

    status: int  # 0: no answer (connection error or timeout)
    seconds: float
    changes: int
    error: str = ""


def push(device: Device, body: bytes, changes: int, session: requests.Session) -> Sample:
    """POST one prebuilt batch, signed now; time it from the signature to the answer."""
    start = time.perf_counter()
    headers = {**HEADERS, **sign(device, body)}
    try:
        response = session.post(
            device.base_url + PUSH, data=body, headers=headers, timeout=TIMEOUT_S
        )
    except requests.RequestException as exc:
        return Sample(0, time.perf_counter() - start, changes, type(exc).__name__)
    seconds = time.perf_counter() - start
    error = "" if response.status_code == 200 else response.text[:200]
    return Sample(response.status_code, seconds, changes, error)


def sign(device: Device, body: bytes) -> dict[str, str]:
    now = time.time_ns() // 1_000_000
    return signed_headers(device.key, device.device_id, "POST", PUSH, body, now)


@dataclass
class Run:
    """What one timed phase measured, with the CPU each side spent."""

    samples: list[Sample]
    wall_s: float
    client_cpu_s: float
    cpu_s: dict[str, float]  # CPU seconds of each watched process tree (server, database)
    machine_cpu_s: float  # all processes on the machine, this one included

    @property
    def others_cpu_s(self) -> float:
        """What processes outside the benchmark took from the same CPUs meanwhile."""
        return self.machine_cpu_s - self.client_cpu_s - sum(self.cpu_s.values())

    @property
    def changes(self) -> int:
        return sum(s.changes for s in self.samples if s.status == 200)

    @property
    def rate(self) -> float:
        return self.changes / self.wall_s

    @property
    def errors(self) -> list[Sample]:
        return [s for s in self.samples if s.status != 200]

    def latency_ms(self, quantile: float) -> float:
        seconds = sorted(s.seconds for s in self.samples)
        if len(seconds) < 2:
            return seconds[0] * 1e3
        cuts = statistics.quantiles(seconds, n=100, method="inclusive")
        return cuts[round(quantile * 100) - 1] * 1e3


def timed(watch: dict[str, int], workers: Sequence[Callable[[], list[Sample]]]) -> Run:
    """Start one thread per worker at the same instant; wall and CPU until the last ends
    (this process's, and that of each watched process with its children)."""
    gate = threading.Barrier(len(workers) + 1)
    results: list[list[Sample]] = [[] for _ in workers]

    def run(slot: int) -> None:
        gate.wait()
        results[slot] = workers[slot]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(workers))]
    for thread in threads:
        thread.start()
    cpu, watched, machine = time.process_time(), _cpu(watch), machine_cpu_s()
    start = time.perf_counter()
    gate.wait()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - start
    used = {name: seconds - watched[name] for name, seconds in _cpu(watch).items()}
    samples = [s for r in results for s in r]
    client = time.process_time() - cpu
    return Run(samples, wall, client, used, machine_cpu_s() - machine)


def _cpu(watch: dict[str, int]) -> dict[str, float]:
    return {name: tree_cpu_s(pid) for name, pid in watch.items()}


def sequential(device: LoadDevice, size: int) -> Callable[[], list[Sample]]:
    """A device's sync loop: its batches one after the other on one keep-alive connection."""

    def work() -> list[Sample]:
        with requests.Session() as session:
            return [push(device.device, body, size, session) for body in device.bodies]

    return work


def machine_cpu_s() -> float:
    """Busy CPU seconds of the whole machine since boot, from /proc/stat."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def tree_cpu_s(pid: int) -> float:
    """CPU seconds (user + system) of a process and all its descendants, from /proc."""
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended while we looked
        child = int(stat.parent.name)
        parents[child] = int(fields[1])
        times[child] = (int(fields[11]) + int(fields[12])) / tick
    tree, frontier = {pid}, [pid]
    while frontier:
        current = frontier.pop()
        kids = [c for c, parent in parents.items() if parent == current and c not in tree]
        tree.update(kids)
        frontier.extend(kids)
    return sum(times.get(member, 0.0) for member in tree)

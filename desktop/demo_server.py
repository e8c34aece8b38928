"""A regional server of one's own on 127.0.0.1, for the demo: sync can be watched on one PC.

It runs as a child process on a free loopback port with its data beside the demo profile,
knows the demo registry and the demo's region pack, and ends with the app (and, on Linux,
even if the app is killed)."""

from __future__ import annotations

import atexit
import json
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import requests

from desktop.demo import DEMO_PACK
from desktop.paths import resources_dir
from desktop.storage import Store
from desktop.sync import protocol as p
from desktop.sync.enrolment import enroll

DEMO_SCOPE = "DEMO-MO-01"  # the demo МО whose units the demo profile reports for
START_TIMEOUT_S = 30.0
PARENT_ENV = "SVODKA_SERVER_PARENT"  # server/workers.py: the server ends with this pid
FROZEN_SERVER_FLAG = "--run-demo-server"  # installer/entry.py: the bundle's server entry


RUNNING: list[DemoServer] = []


def stop_all() -> None:
    """At exit: every demo server this process started."""
    while RUNNING:
        RUNNING.pop().stop()


atexit.register(stop_all)


class DemoServerError(RuntimeError):
    """The demo server would not start or would not enrol the demo profile."""


@dataclass
class DemoServer:
    data_dir: Path
    url: str
    process: subprocess.Popen[bytes]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def issue_code(server: DemoServer, scope: str = DEMO_SCOPE) -> str:
    """A one-time enrolment code, as the regional administrator would give it."""
    issued = json.loads(_admin(server.data_dir, "enrol-code", "--scope", scope, "--json"))
    return str(issued["code"])


def server_command(data_dir: Path) -> list[str]:
    """``python -m server``; an installed bundle has no Python, so its own executable runs the
    server when given the hidden first argument ``FROZEN_SERVER_FLAG``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_SERVER_FLAG, "--data-dir", str(data_dir)]
    return [sys.executable, "-m", "server", "--data-dir", str(data_dir)]


def _admin(data_dir: Path, *args: str) -> str:
    done = subprocess.run(
        [*server_command(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise DemoServerError(done.stderr.strip()[-500:] or f"server {args[0]} failed")
    return done.stdout


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _port(data_dir: Path) -> int:
    """Chosen once and kept: the enrolled demo profile remembers the server's address."""
    saved = data_dir / "port"
    if saved.exists() and saved.read_text().strip().isdigit():
        return int(saved.read_text())
    port = _free_port()
    saved.write_text(str(port))
    return port


def start_demo_server(root: Path) -> DemoServer:
    """Start (first time: set up) the server kept in ``root``; returns once it answers."""
    data_dir = root / "demo-server"
    if not (data_dir / "registry-loaded").exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        _admin(data_dir, "import-registry", str(resources_dir() / "registry-sample.csv"))
        (data_dir / "registry-loaded").touch()
    if not (data_dir / "pack-loaded").exists():  # also for a server set up before packs
        _import_pack(data_dir)
        (data_dir / "pack-loaded").touch()
    port = _port(data_dir)
    command = [*server_command(data_dir), "serve"]
    process = subprocess.Popen(
        [*command, "--host", "127.0.0.1", "--port", str(port), "--log-level", "WARNING"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, PARENT_ENV: str(os.getpid())},  # it ends when this app ends
    )
    server = DemoServer(data_dir, f"http://127.0.0.1:{port}", process)
    RUNNING.append(server)
    _wait_until_up(server)
    return server


def _import_pack(data_dir: Path) -> None:
    """The region pack the demo profile loads (desktop.demo), so both compute alike."""
    try:
        _admin(data_dir, "import-pack", str(resources_dir().joinpath(*DEMO_PACK)))
    except DemoServerError as exc:
        if "not newer" not in str(exc):  # already there (a run stopped before the marker)
            raise


def _wait_until_up(server: DemoServer) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise DemoServerError(f"the demo server exited with code {server.process.returncode}")
        try:
            if requests.get(server.url + p.API_PREFIX + "/health", timeout=1).ok:
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)
    server.stop()
    raise DemoServerError("the demo server did not answer within 30 s")


def enrol_with_demo_server(store: Store, server: DemoServer) -> None:
    """Enrol the demo profile for the demo МО, once (its server keeps its port)."""
    if store.device() is not None:
        return
    enroll(store, server.url, issue_code(server))

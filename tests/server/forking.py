"""Restart a real server fast: a pre-imported launcher forks each ``svodka-server serve``.

A fresh interpreter spends about a second importing FastAPI, SQLAlchemy and Alembic; a test
that kills and restarts the server a hundred times would spend most of its time there. The
launcher (``python -m tests.server.forking``) imports all of it once and forks a child per
start; the child runs the server's own command line, exactly as ``python -m server`` would.
"""

from __future__ import annotations

import importlib
import json
import os
import signal
import subprocess
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import requests

from tests.server.harness import START_TIMEOUT_S, ServerProcess

ROOT = Path(__file__).resolve().parents[2]
PRELOAD = (
    "server.cli",
    "server.app",
    "server.logs",
    "uvicorn",
    "uvicorn.loops.auto",
    "uvicorn.protocols.http.auto",
    "uvicorn.protocols.websockets.auto",
    "uvicorn.lifespan.on",
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
    "alembic.command",
    "pydantic.v1",  # FastAPI imports it while building routes
)


class Launcher:
    """The test's handle on the launcher process: start, signal and reap servers."""

    def __init__(self) -> None:
        env = {**os.environ, "PYTHONPATH": _pythonpath(), "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", __name__],
            cwd=ROOT,
            env=env,
            text=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )

    def call(self, **request: Any) -> Any:
        stdin, stdout = _pipes(self.process)
        stdin.write(json.dumps(request) + "\n")
        stdin.flush()
        line = stdout.readline()
        if not line:
            raise RuntimeError(f"the launcher died (exit {self.process.wait()})")
        return json.loads(line)["result"]

    def close(self) -> None:
        """EOF on its input makes the launcher kill its servers and exit."""
        stdin, _ = _pipes(self.process)
        stdin.close()
        self.process.wait(timeout=30)


def _pipes(process: subprocess.Popen[str]) -> tuple[IO[str], IO[str]]:
    assert process.stdin is not None and process.stdout is not None
    return process.stdin, process.stdout


def _pythonpath() -> str:
    return os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))


@dataclass
class ForkedServer(ServerProcess):
    """A ServerProcess whose processes come from a Launcher (same server, same flags)."""

    launcher: Launcher | None = None
    pid: int | None = None
    exits: list[int] = field(default_factory=list)

    def start(self) -> None:
        assert self.launcher is not None
        args = ["--data-dir", str(self.data_dir)]
        args += ["--database", self.database] if self.database else []
        args += ["serve", "--port", str(self.port), "--log-level", "WARNING"]
        log = str(self.data_dir / "server.log")
        self.pid = int(self.launcher.call(op="start", args=args, log=log))
        self._wait_forked_ready()

    def _wait_forked_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self._status() is not None:
                raise RuntimeError("server exited: " + (self.data_dir / "server.log").read_text())
            try:
                if requests.get(self.base_url + "/api/v1/health", timeout=1).ok:
                    return
            except requests.ConnectionError:
                time.sleep(0.01)  # polling for readiness, not waiting for a result
        raise RuntimeError("server did not become ready")

    def _status(self) -> int | None:
        assert self.launcher is not None
        status = self.launcher.call(op="poll", pid=self.pid)
        return None if status is None else int(status)

    def _signal(self, signum: int) -> None:
        if self.launcher is None or self.pid is None:
            return
        self.exits.append(int(self.launcher.call(op="signal", pid=self.pid, signal=signum)))
        self.pid = None

    def kill(self) -> None:
        self._signal(signal.SIGKILL)

    def stop(self) -> None:
        self._signal(signal.SIGTERM)


# The launcher's side -------------------------------------------------------------------------


def _run_child(args: list[str], log: str) -> None:
    """In the forked child: become ``svodka-server ARGS`` with output to ``log``; never return."""
    code = 1
    try:
        out = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        os.dup2(out, 1)
        os.dup2(out, 2)
        os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        sys.argv = ["svodka-server", *args]
        importlib.import_module("server.cli").main()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _exit_code(status: int) -> int:
    return -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)


class _Children:
    """The launcher's bookkeeping: live children, and the exit codes of reaped ones."""

    def __init__(self) -> None:
        self.live: set[int] = set()
        self.reaped: dict[int, int] = {}

    def start(self, args: list[str], log: str) -> int:
        pid = os.fork()
        if pid == 0:
            _run_child(args, log)
        self.live.add(pid)
        return pid

    def poll(self, pid: int) -> int | None:
        if pid in self.live:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                self.live.discard(pid)
                self.reaped[pid] = _exit_code(status)
        return self.reaped.get(pid)

    def signal(self, pid: int, signum: int) -> int:
        if pid in self.live:
            os.kill(pid, signum)
            self.reaped[pid] = _exit_code(os.waitpid(pid, 0)[1])
            self.live.discard(pid)
        return self.reaped[pid]

    def kill_all(self) -> None:
        for pid in list(self.live):
            self.signal(pid, signal.SIGKILL)


def _serve_requests(children: _Children) -> None:
    for line in sys.stdin:
        request = json.loads(line)
        op = request["op"]
        if op == "start":
            result: int | None = children.start(request["args"], request["log"])
        elif op == "poll":
            result = children.poll(request["pid"])
        else:
            result = children.signal(request["pid"], request["signal"])
        sys.stdout.write(json.dumps({"result": result}) + "\n")
        sys.stdout.flush()


def launcher_main() -> None:
    for name in PRELOAD:
        importlib.import_module(name)
    children = _Children()
    try:
        _serve_requests(children)
    finally:
        children.kill_all()


if __name__ == "__main__":
    launcher_main()

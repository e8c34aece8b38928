"""A pre-imported, single-threaded launcher that forks client crash workers, and their events."""

from __future__ import annotations

import ctypes
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, NoReturn

ROOT = Path(__file__).resolve().parents[2]
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
NOT_KILLED = 3  # a worker's exit code when its deadline passed without a kill
WAIT_S = 10.0  # how long a worker that stopped reporting may take to exit by itself


class ClientLauncher:
    """The test's handle on the launcher process: start, kill and count workers.

    A fresh interpreter spends most of a second importing the client; two hundred kills
    would spend minutes there. The launcher (``python -m tests.faults.client_launcher``)
    imports the worker module once and forks a child per run, before any store, socket or
    thread exists in it; a kill goes through the launcher, which reaps the child at once (no
    zombies). Children die with the launcher too (Linux ``PR_SET_PDEATHSIG``).
    """

    def __init__(self) -> None:
        pythonpath = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
        self.process = subprocess.Popen(
            [sys.executable, "-m", __name__],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": pythonpath},
            text=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )

    def _call(self, **request: Any) -> Any:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the launcher died (exit {self.process.wait()})")
        answer = json.loads(line)
        if "error" in answer:
            raise RuntimeError("the launcher refused: " + answer["error"])
        return answer["result"]

    def start(self, root: Path, channel: str, seed: int, log: Path) -> int:
        """Fork a worker on the store at ``root``; its stderr goes to ``log``."""
        return int(self._call(op="start", root=str(root), channel=channel, seed=seed, log=str(log)))

    def kill(self, pid: int) -> int:
        """SIGKILL the worker (unless it already ended) and reap it; its exit code."""
        return int(self._call(op="kill", pid=pid))

    def wait(self, pid: int) -> int:
        """Let a worker that stopped reporting finish (its traceback), then reap it."""
        return int(self._call(op="wait", pid=pid))

    def live(self) -> list[int]:
        """Workers started and not yet reaped."""
        return [int(pid) for pid in self._call(op="live")]

    def close(self) -> int:
        """EOF on its input makes the launcher kill what is left, and exit."""
        assert self.process.stdin is not None
        self.process.stdin.close()
        return self.process.wait(timeout=30)


class EventFeed:
    """One worker's event lines, read as they come; only whole lines count."""

    def __init__(self, conn: socket.socket, timeout_s: float) -> None:
        conn.settimeout(timeout_s)
        self.reader = conn.makefile("r", encoding="utf-8", newline="\n")
        self.lines: list[str] = []

    def next(self) -> str | None:
        """The next whole line, or None at the end (the worker is gone)."""
        line = self.reader.readline()
        if not line.endswith("\n"):
            return None
        self.lines.append(line.rstrip("\n"))
        return self.lines[-1]

    def wait_for(self, event: str, nth: int, stop: str) -> str | None:
        """Read until the ``nth`` event of this kind or a ``stop`` event; that line, or None
        if the worker ended first."""
        seen = 0
        while (line := self.next()) is not None:
            kind = line.split(" ", 1)[0]
            seen += kind == event
            if seen == nth or kind == stop:
                return line
        return None

    def drain(self) -> list[str]:
        """Everything up to the end of the stream (call after the kill)."""
        while self.next() is not None:
            pass
        return self.lines

    def close(self) -> None:
        self.reader.close()


class EventChannel:
    """A Unix socket the workers report to (in a short folder: socket paths are limited)."""

    def __init__(self, timeout_s: float) -> None:
        self.timeout_s = timeout_s
        self.folder = tempfile.TemporaryDirectory(prefix="svodka-events-")
        self.path = str(Path(self.folder.name) / "events.sock")
        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(self.path)
        self.server.listen(4)
        self.server.settimeout(timeout_s)

    @contextmanager
    def accept(self) -> Iterator[EventFeed]:
        conn, _ = self.server.accept()
        with conn:
            feed = EventFeed(conn, self.timeout_s)
            try:
                yield feed
            finally:
                feed.close()

    def close(self) -> None:
        self.server.close()
        self.folder.cleanup()


# The launcher's side -------------------------------------------------------------------------


def _die_with_launcher(libc: Any, launcher: int) -> None:
    if libc is not None:
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != launcher:  # the launcher ended before the request took hold
        os._exit(1)


def _run_child(request: dict[str, Any], libc: Any, launcher: int) -> NoReturn:
    """In the forked child: be a worker, with stderr to its log; never return."""
    code = 1
    try:
        log = os.open(request["log"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        os.dup2(log, 2)
        os.close(log)
        devnull = os.open(os.devnull, os.O_RDWR)
        os.dup2(devnull, 0)  # the launcher's requests and answers are not the child's
        os.dup2(devnull, 1)
        os.close(devnull)
        _die_with_launcher(libc, launcher)
        from tests.faults import crash_client

        crash_client.run(Path(request["root"]), request["channel"], int(request["seed"]))
        code = NOT_KILLED
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stderr.flush()
        os._exit(code)


def _exit_code(status: int) -> int:
    return -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)


class _Children:
    """The launcher's bookkeeping: live workers, and the exit codes of reaped ones."""

    def __init__(self) -> None:
        self.live: set[int] = set()
        self.reaped: dict[int, int] = {}
        self.libc: Any = ctypes.CDLL(None) if sys.platform.startswith("linux") else None

    def start(self, request: dict[str, Any]) -> int:
        if threading.active_count() != 1:
            raise RuntimeError(f"{threading.active_count()} threads: forking is unsafe")
        launcher = os.getpid()
        pid = os.fork()
        if pid == 0:
            _run_child(request, self.libc, launcher)
        self.live.add(pid)
        return pid

    def kill(self, pid: int) -> int:
        if pid in self.live:
            os.kill(pid, signal.SIGKILL)  # a no-op on a worker that ended by itself
            self.reaped[pid] = _exit_code(os.waitpid(pid, 0)[1])
            self.live.discard(pid)
        return self.reaped[pid]

    def wait(self, pid: int) -> int:
        """Reap the worker once it exits; SIGKILL it if it has not after a while."""
        deadline = time.monotonic() + WAIT_S
        while pid in self.live and time.monotonic() < deadline:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                self.reaped[pid] = _exit_code(status)
                self.live.discard(pid)
            else:
                time.sleep(0.01)  # polling for an exit, not waiting for a result
        return self.kill(pid)

    def kill_all(self) -> None:
        for pid in list(self.live):
            self.kill(pid)


def _answer(children: _Children, request: dict[str, Any]) -> Any:
    op = request["op"]
    if op == "start":
        return children.start(request)
    if op == "kill":
        return children.kill(int(request["pid"]))
    if op == "wait":
        return children.wait(int(request["pid"]))
    if op == "live":
        return sorted(children.live)
    raise ValueError(f"unknown op {op!r}")


def _serve(children: _Children, requests: IO[str], answers: IO[str]) -> None:
    for line in requests:
        try:
            reply = {"result": _answer(children, json.loads(line))}
        except Exception as exc:  # reported to the test, which fails with it
            reply = {"error": f"{type(exc).__name__}: {exc}"}
        answers.write(json.dumps(reply) + "\n")
        answers.flush()


def launcher_main() -> None:
    from tests.faults import crash_client  # noqa: F401  (imported once, before any fork)

    children = _Children()
    try:
        _serve(children, sys.stdin, sys.stdout)
    finally:
        children.kill_all()


if __name__ == "__main__":
    launcher_main()

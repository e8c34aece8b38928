"""An asyncio TCP proxy on loopback that injects faults, one fault per accepted connection.

Faults: pass, cut the connection after N bytes upstream (mid-request) or downstream
(mid-response: the server has answered, the client never hears it), black hole (accept,
swallow, never answer), reset (RST at once), delay every chunk, throttle to a byte rate,
replay the whole client stream on a new connection afterwards, or duplicate it on a second
connection at the same time. Used by the fault suite and by ``bench/sync.py``.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import socket
import struct
import threading
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Literal

Kind = Literal[
    "pass", "cut_up", "cut_down", "blackhole", "reset", "delay", "throttle", "replay", "duplicate"
]
CHUNK = 16 * 1024
REQUEST_LINE = re.compile(rb"(GET|POST) (/api/v1/[a-z]+)")
SIDE_TIMEOUT_S = 10.0  # a replay's or duplicate's answer is drained at most this long


@dataclass(frozen=True)
class Fault:
    """What happens to one connection; ``amount`` is bytes (cuts), ms (delay) or bytes/s."""

    kind: Kind = "pass"
    amount: int = 0

    def __str__(self) -> str:
        return f"{self.kind}({self.amount})" if self.amount else self.kind


PASS = Fault()


@dataclass
class Traffic:
    """What went through: connections, faults applied, requests seen, bytes each way."""

    connections: int = 0
    faults: Counter[str] = field(default_factory=Counter)
    requests: Counter[str] = field(default_factory=Counter)
    bytes_up: int = 0
    bytes_down: int = 0


class FaultProxy:
    """Listens on 127.0.0.1 (a free port) and forwards to ``upstream_port`` on 127.0.0.1."""

    def __init__(self, upstream_port: int, default: Fault = PASS) -> None:
        self.upstream_port = upstream_port
        self.default = default
        self.traffic = Traffic()
        self._schedule: deque[Fault] = deque()
        self._side_tasks: set[asyncio.Future[None]] = set()
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.Server | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self.port = 0

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        self.port = asyncio.run_coroutine_threadsafe(self._listen(), self._loop).result(10)
        return self

    def __exit__(self, *_exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._close(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def schedule(self, faults: list[Fault]) -> None:
        """Faults for the next connections, in order; after them, the default."""
        with self._lock:
            self._schedule.extend(faults)

    def remaining(self) -> int:
        with self._lock:
            return len(self._schedule)

    def _next_fault(self) -> Fault:
        with self._lock:
            self.traffic.connections += 1
            fault = self._schedule.popleft() if self._schedule else self.default
            self.traffic.faults[fault.kind] += 1
            return fault

    async def _listen(self) -> int:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        return int(self._server.sockets[0].getsockname()[1])

    async def _close(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        fault = self._next_fault()
        try:
            if fault.kind == "reset":
                _reset(writer)
                return
            if fault.kind == "blackhole":
                await _swallow(reader)
                return
            await self._forward(reader, writer, fault)
        except (ConnectionError, OSError, asyncio.IncompleteReadError):
            pass  # either side gone: the fault or the client's own timeout
        finally:
            _abort(writer)

    async def _forward(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, fault: Fault
    ) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        captured = bytearray()
        shadow = await self._shadow() if fault.kind == "duplicate" else None
        try:
            up = self._pipe(reader, up_writer, fault, "up", captured, shadow)
            down = self._pipe(up_reader, writer, fault, "down", None, None)
            tasks = [asyncio.ensure_future(up), asyncio.ensure_future(down)]
            _, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
            for task in pending:  # a cut ends both directions at once
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        finally:
            _abort(up_writer)
        if fault.kind == "replay" and captured:
            await self._replay(bytes(captured))

    async def _pipe(
        self,
        source: asyncio.StreamReader,
        sink: asyncio.StreamWriter,
        fault: Fault,
        direction: Literal["up", "down"],
        captured: bytearray | None,
        shadow: asyncio.StreamWriter | None,
    ) -> None:
        limit = fault.amount if fault.kind == f"cut_{direction}" else None
        sent = 0
        while chunk := await source.read(CHUNK if fault.kind != "throttle" else 512):
            if limit is not None and sent + len(chunk) >= limit:
                sink.write(chunk[: limit - sent])
                await sink.drain()
                raise ConnectionAbortedError(f"cut after {limit} bytes {direction}")
            await self._pace(fault, len(chunk))
            self._count(direction, chunk)
            if captured is not None and fault.kind in ("replay", "duplicate"):
                captured.extend(chunk)
            if shadow is not None:
                shadow.write(chunk)
            sink.write(chunk)
            await sink.drain()
            sent += len(chunk)
        if sink.can_write_eof():
            sink.write_eof()

    async def _pace(self, fault: Fault, size: int) -> None:
        if fault.kind == "delay":
            await asyncio.sleep(fault.amount / 1000)
        elif fault.kind == "throttle":
            await asyncio.sleep(size / fault.amount)

    def _count(self, direction: str, chunk: bytes) -> None:
        with self._lock:
            if direction == "up":
                self.traffic.bytes_up += len(chunk)
                for match in REQUEST_LINE.finditer(chunk):
                    self.traffic.requests[f"{match[1].decode()} {match[2].decode()}"] += 1
            else:
                self.traffic.bytes_down += len(chunk)

    async def _shadow(self) -> asyncio.StreamWriter:
        """A second upstream connection that gets the same bytes; its answers are dropped."""
        reader, writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        task = asyncio.ensure_future(_drain_and_close(reader, writer))
        self._side_tasks.add(task)
        task.add_done_callback(self._side_tasks.discard)
        return writer

    async def _replay(self, data: bytes) -> None:
        """The client's bytes again, later, on a new connection (a captured request resent)."""
        reader, writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        writer.write(data)
        await writer.drain()
        if writer.can_write_eof():
            writer.write_eof()
        await _drain_and_close(reader, writer)


async def _drain_and_close(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(ConnectionError, OSError, TimeoutError):
        async with asyncio.timeout(SIDE_TIMEOUT_S):
            while await reader.read(CHUNK):
                pass
    _abort(writer)


async def _swallow(reader: asyncio.StreamReader) -> None:
    """Read and drop everything until the client gives up (its read timeout)."""
    while await reader.read(CHUNK):
        pass


def _reset(writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    if sock is not None:  # linger 0: close sends RST instead of FIN
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def _abort(writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(Exception):
        writer.transport.abort()

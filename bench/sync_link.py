"""A 64 kbit/s, 600 ms link for ``bench/sync.py``: tbf between two network namespaces, or the proxy.

Either way the client talks to a relay on 127.0.0.1 that holds every chunk for half the round
trip in each direction (a delay line: chunks queue with their due time, so the delay adds
latency without limiting the rate) and counts the TCP payload both ways. The rate limit is
either ``tc tbf`` on both ends of a veth pair between two namespaces made for the run (the
relay opens its upstream socket inside one, a forwarder listens inside the other and passes
the bytes to the server on 127.0.0.1), or the fault proxy's ``throttle`` when namespaces
cannot be made here. netem is not needed: the delay line stands in for its ``delay``.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import json
import os
import socket
import subprocess
import threading
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from concurrent.futures import BrokenExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import astuple, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from tests.faults.proxy import Fault, FaultProxy

RATE_BITS = 64_000
RATE_BYTES = RATE_BITS // 8
RTT_S = 0.6
CHUNK = 16 * 1024
# burst: one full frame (tbf's least: a frame larger than its bucket is dropped), so after an
# idle moment the first frame goes at once where a serial line would take 0.19 s over it;
# a 40 KB queue (5 s): the delay line, not the queue, holds what a 600 ms path has in flight,
# so TCP across the veth (a short round trip of its own) never overflows it.
TBF = ("rate", "64kbit", "burst", "1600", "latency", "5s")
NS_PREFIX = "svodka-bench-"
SUBNET = ("10.251.0.1", "10.251.0.2")  # inside the run's own namespaces only
CLONE_NEWNET = 0x40000000
Streams = tuple[asyncio.StreamReader, asyncio.StreamWriter]
T = TypeVar("T")


class LinkUnavailable(Exception):
    """Network namespaces or tbf cannot be used here."""


@dataclass
class Meter:
    """TCP payload bytes through the relay, counted as they arrive at it."""

    up: int = 0
    down: int = 0
    connections: int = 0
    hangups: int = 0  # connections the server ended (the client had not)

    def since(self, before: Meter) -> Meter:
        """What went through after ``before`` (a copy taken with ``since(Meter())``)."""
        return Meter(*(a - b for a, b in zip(astuple(self), astuple(before), strict=True)))


@dataclass(frozen=True)
class Wire:
    """What tbf itself sent each way: frames with TCP/IP/Ethernet headers and ACKs."""

    up: int
    down: int
    drops: int

    def since(self, before: Wire) -> Wire:
        return Wire(*(a - b for a, b in zip(astuple(self), astuple(before), strict=True)))


@dataclass
class Link:
    url: str
    method: str
    meter: Meter
    wire: Callable[[], Wire | None] = field(default=lambda: None)


async def _pipe(
    source: asyncio.StreamReader,
    sink: asyncio.StreamWriter,
    delay_s: float,
    not_before: float,
    count: Callable[[int], None],
) -> None:
    """Copy source to sink, each chunk released ``delay_s`` after it arrived (but not before
    ``not_before``); reading never waits for writing, so the delay does not limit the rate."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue()

    async def read() -> None:
        while chunk := await source.read(CHUNK):
            count(len(chunk))
            queue.put_nowait((max(loop.time(), not_before) + delay_s, chunk))
        queue.put_nowait(None)

    async def write() -> None:
        while (item := await queue.get()) is not None:
            due, chunk = item
            await asyncio.sleep(max(0.0, due - loop.time()))
            sink.write(chunk)
            await sink.drain()
        if sink.can_write_eof():
            sink.write_eof()

    await asyncio.gather(read(), write())


async def _join(a: Streams, b: Streams, delay_s: float, meter: Meter) -> None:
    """Both directions between ``a`` (client side) and ``b`` (server side) until both end."""
    # The client believes it is connected at once; really its first bytes leave after the
    # SYN and SYN-ACK have crossed the link: one round trip more.
    not_before = asyncio.get_running_loop().time() + 2 * delay_s

    def count_up(n: int) -> None:
        meter.up += n

    def count_down(n: int) -> None:
        meter.down += n

    upstream = asyncio.ensure_future(_pipe(a[0], b[1], delay_s, not_before, count_up))

    async def downstream() -> None:
        await _pipe(b[0], a[1], delay_s, 0.0, count_down)
        if not upstream.done():  # the server ended this connection, not the client
            meter.hangups += 1

    tasks = [upstream, asyncio.ensure_future(downstream())]
    try:
        _, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        for task in pending:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    finally:
        for _, writer in (a, b):
            with contextlib.suppress(Exception):
                writer.transport.abort()


class Relay:
    """Listens on 127.0.0.1, joins each connection to ``connect()`` through a delay line."""

    def __init__(self, connect: Callable[[], Awaitable[Streams]], delay_s: float) -> None:
        self.connect = connect
        self.delay_s = delay_s
        self.meter = Meter()
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._servers: list[asyncio.Server] = []
        self.port = 0

    def __enter__(self) -> Relay:
        self._thread.start()
        self.port = self.run(self._listen())
        return self

    def __exit__(self, *_exc: object) -> None:
        with contextlib.suppress(Exception):
            self.run(self._close())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(30)

    async def _listen(self) -> int:
        server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self._servers.append(server)
        return int(server.sockets[0].getsockname()[1])

    async def serve(self, listener: socket.socket, target_port: int) -> None:
        """Also forward connections accepted on ``listener`` to 127.0.0.1:``target_port``."""

        async def accept(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            with contextlib.suppress(ConnectionError, OSError, asyncio.CancelledError):
                upstream = await asyncio.open_connection("127.0.0.1", target_port)
                await _join((reader, writer), upstream, 0.0, Meter())

        self._servers.append(await asyncio.start_server(accept, sock=listener))

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.meter.connections += 1
        try:
            upstream = await self.connect()
        except OSError:
            writer.transport.abort()
            return
        # Cancelled too when the relay closes: this task is the stream server's own, and
        # asyncio would log its cancellation as an error.
        with contextlib.suppress(ConnectionError, OSError, asyncio.CancelledError):
            await _join((reader, writer), upstream, self.delay_s, self.meter)

    async def _close(self) -> None:
        for server in self._servers:
            server.close()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


# -- network namespaces ---------------------------------------------------------------------------
def _ip(*args: str) -> str:
    result = subprocess.run(["ip", *args], capture_output=True, text=True, timeout=30)
    if result.returncode != 0:
        raise LinkUnavailable(f"ip {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout


def _enter(namespace: str) -> None:
    """Move the calling thread (only it) into a network namespace."""
    libc = ctypes.CDLL(None, use_errno=True)
    handle = os.open(f"/run/netns/{namespace}", os.O_RDONLY)
    try:
        if int(libc.setns(handle, CLONE_NEWNET)) != 0:
            raise LinkUnavailable(f"setns {namespace}: {os.strerror(ctypes.get_errno())}")
    finally:
        os.close(handle)


def _in_namespace(namespace: str) -> ThreadPoolExecutor:
    """One thread living in ``namespace``: sockets it creates belong there for good."""
    return ThreadPoolExecutor(1, namespace, initializer=_enter, initargs=(namespace,))


def _socket(listen_on: str | None = None) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if listen_on:
        sock.bind((listen_on, 0))
        sock.listen(16)
    sock.setblocking(False)
    return sock


def remove_stale_namespaces() -> None:
    """Namespaces left by an earlier run of this benchmark that was killed outright."""
    with contextlib.suppress(LinkUnavailable, OSError):
        for line in _ip("netns", "list").splitlines():
            name = line.split()[0] if line.split() else ""
            pid = name.removeprefix(NS_PREFIX).split("-")[0]
            if name.startswith(NS_PREFIX) and pid.isdigit() and not _alive(int(pid)):
                _ip("netns", "del", name)


def _alive(pid: int) -> bool:
    return Path(f"/proc/{pid}").exists()


@dataclass(frozen=True)
class End:
    """One end of the veth pair: its namespace, device and address."""

    namespace: str
    device: str
    address: str

    def tbf(self) -> tuple[int, int]:
        """Bytes sent by this end's tbf (frames with all headers) and packets it dropped."""
        shown = _tc(self.namespace, "-s", "-j", "qdisc", "show", "dev", self.device)
        for qdisc in json.loads(shown):
            if qdisc.get("kind") == "tbf":
                return int(qdisc["bytes"]), int(qdisc["drops"])
        return 0, 0


@contextmanager
def namespaces() -> Iterator[tuple[End, End]]:
    """Two namespaces (client side, server side) joined by a veth pair with tbf on both
    ends, so each direction is limited; removed afterwards whatever happens."""
    tag = str(os.getpid())
    ends = tuple(
        End(f"{NS_PREFIX}{tag}-{side}", f"svb{tag}{side}", address)
        for side, address in zip("cs", SUBNET, strict=True)
    )
    client, server = ends
    made: list[str] = []
    try:
        for end in ends:
            _ip("netns", "add", end.namespace)
            made.append(end.namespace)
        _ip(
            "-n",
            client.namespace,
            "link",
            "add",
            client.device,
            "type",
            "veth",
            "peer",
            server.device,
        )
        _ip("-n", client.namespace, "link", "set", server.device, "netns", server.namespace)
        for end in ends:
            _ip("-n", end.namespace, "addr", "add", f"{end.address}/30", "dev", end.device)
            _ip("-n", end.namespace, "link", "set", end.device, "up")
            _ip("-n", end.namespace, "link", "set", "lo", "up")
            _tc(end.namespace, "qdisc", "add", "dev", end.device, "root", "tbf", *TBF)
        yield client, server
    finally:
        for name in made:
            with contextlib.suppress(LinkUnavailable, OSError):
                _ip("netns", "del", name)


def _tc(namespace: str, *args: str) -> str:
    result = subprocess.run(
        ["tc", "-n", namespace, *args], capture_output=True, text=True, timeout=30
    )
    if result.returncode != 0:
        raise LinkUnavailable(f"tc {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout


@contextmanager
def netns_link(server_port: int) -> Iterator[Link]:
    """Relay (127.0.0.1) → socket in the client namespace → tbf → veth → forwarder in the
    server namespace → the server on 127.0.0.1; answers back through the other end's tbf."""
    with namespaces() as (client, server):
        client_side, server_side = _in_namespace(client.namespace), _in_namespace(server.namespace)
        try:
            listener = server_side.submit(_socket, server.address).result(10)
            far = (server.address, int(listener.getsockname()[1]))

            async def connect() -> Streams:
                loop = asyncio.get_running_loop()
                sock = await loop.run_in_executor(client_side, _socket, None)
                await loop.sock_connect(sock, far)
                return await asyncio.open_connection(sock=sock)

            with Relay(connect, RTT_S / 2) as relay:
                relay.run(relay.serve(listener, server_port))

                def wire() -> Wire:
                    (up, up_drops), (down, down_drops) = client.tbf(), server.tbf()
                    return Wire(up, down, up_drops + down_drops)

                method = (
                    f"tbf ({' '.join(TBF)}) on both ends of a veth pair between two network"
                    f" namespaces made for this run ({client.address} ↔ {server.address}), plus"
                    f" a {RTT_S / 2 * 1e3:.0f} ms delay line each way in this process"
                    " (netem is not available here); tbf lets one frame through at once after"
                    " each idle moment, so each push gains up to 0.2 s each way on a serial line"
                )
                yield Link(f"http://127.0.0.1:{relay.port}", method, relay.meter, wire)
        finally:
            client_side.shutdown(wait=False)
            server_side.shutdown(wait=False)


@contextmanager
def proxy_link(server_port: int) -> Iterator[Link]:
    """Relay (127.0.0.1, the delay) → tests/faults/proxy.py throttle (the rate) → server."""
    with FaultProxy(server_port, default=Fault("throttle", RATE_BYTES)) as proxy:

        async def connect() -> Streams:
            return await asyncio.open_connection("127.0.0.1", proxy.port)

        with Relay(connect, RTT_S / 2) as relay:
            method = (
                f"the fault proxy's throttle ({RATE_BYTES} B/s of TCP payload each way, headers"
                f" free) behind a {RTT_S / 2 * 1e3:.0f} ms delay line each way in this process"
                " (the proxy's own delay fault sleeps per chunk in series, so it would"
                " throttle too); all on 127.0.0.1"
            )
            yield Link(f"http://127.0.0.1:{relay.port}", method, relay.meter)


@contextmanager
def limited_link(server_port: int, mode: str) -> Iterator[tuple[Link, str]]:
    """The best link this machine allows (``mode``: auto, netns or proxy), and why
    namespaces were not used when they weren't."""
    why = "--link proxy was asked for" if mode == "proxy" else ""
    with contextlib.ExitStack() as stack:
        link = None
        if mode != "proxy":
            remove_stale_namespaces()
            try:
                link = stack.enter_context(netns_link(server_port))
            except (LinkUnavailable, OSError, BrokenExecutor) as exc:
                if mode == "netns":
                    raise
                why = str(exc)
        if link is None:
            link = stack.enter_context(proxy_link(server_port))
        yield link, why

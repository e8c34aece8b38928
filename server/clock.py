"""The server's notion of now, in milliseconds (one place, so tests read one clock)."""

import time


def now_ms() -> int:
    return time.time_ns() // 1_000_000

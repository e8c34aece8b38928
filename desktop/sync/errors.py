"""Typed sync failures; the CLI and GUI turn them into words."""

from __future__ import annotations

from desktop.errors import SvodkaError


class SyncError(SvodkaError):
    """Sync could not complete; local data is untouched and stays queued."""


class NotEnrolled(SyncError):
    """This store has no device identity yet: run ``svodka enroll``."""


class Offline(SyncError):
    """The server could not be reached (no link, timeout, refused, TLS failure)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ServerRefused(SyncError):
    """The server answered with an error; ``code`` is its stable error code."""

    def __init__(self, status: int, code: str, detail: str) -> None:
        super().__init__(f"{status} {code}: {detail}")
        self.status = status
        self.code = code
        self.detail = detail

    @property
    def needs_enrolment(self) -> bool:
        """Revoked, unknown, forked or out-of-epoch devices must enrol again."""
        return self.code in ("revoked", "unknown_device", "seq_fork", "wrong_epoch")

    @property
    def retryable(self) -> bool:
        return self.status >= 500 or self.status in (408, 429)


class BadAnswer(SyncError):
    """The server's answer did not match the protocol (wrong server or a proxy page)."""

"""The root of every typed error Svodka raises; user interfaces turn these into words."""


class SvodkaError(Exception):
    """Base class of all expected, user-facing failures (never a programming error)."""

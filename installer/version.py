"""The one version of Svodka, ``desktop/__init__.py::__version__``, for the packaging steps."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "desktop" / "__init__.py"


def version() -> str:
    """Read without importing ``desktop`` (a build may run before its dependencies exist)."""
    for node in ast.parse(SOURCE.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets
        ):
            value = ast.literal_eval(node.value)
            if isinstance(value, str):
                return value
    raise ValueError(f"no __version__ string in {SOURCE}")


def version_tuple() -> tuple[int, int, int, int]:
    """``0.1.0`` → ``(0, 1, 0, 0)``: Windows file versions are four numbers."""
    numbers = [int(part) for part in version().split("+")[0].split(".")[:4] if part.isdigit()]
    padded = (*numbers, 0, 0, 0, 0)[:4]
    return (padded[0], padded[1], padded[2], padded[3])

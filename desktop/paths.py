"""Where things live: the profile folder (platformdirs, env, flag) and bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from desktop import APP_ID

DATA_DIR_ENV = "SVODKA_DATA_DIR"


def default_data_dir() -> Path:
    """The profile folder: ``SVODKA_DATA_DIR`` if set, else the per-user data folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=False))


def resources_dir() -> Path:
    """``resources/`` from a source checkout, or inside a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)

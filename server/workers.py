"""``serve --workers N``: configure worker processes and tie their lives to the parent."""

from __future__ import annotations

import ctypes
import dataclasses
import json
import os
import signal
import sys
from pathlib import Path
from typing import Any

from server.config import ServerConfig

CONFIG_ENV = "SVODKA_SERVER_CONFIG"
PARENT_ENV = "SVODKA_SERVER_PARENT"
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def config_to_environment(config: ServerConfig, log_level: str) -> None:
    """Hand the configuration to worker processes (they start from scratch, not forked)."""
    settings = {**dataclasses.asdict(config), "data_dir": str(config.data_dir)}
    os.environ[CONFIG_ENV] = json.dumps({**settings, "log_level": log_level})
    os.environ[PARENT_ENV] = str(os.getpid())


def config_from_environment() -> tuple[ServerConfig, str]:
    """The configuration and log level the parent handed over."""
    settings: dict[str, Any] = json.loads(os.environ[CONFIG_ENV])
    log_level = str(settings.pop("log_level"))
    return ServerConfig(**{**settings, "data_dir": Path(settings["data_dir"])}), log_level


def die_with_parent() -> None:
    """Ask Linux to send SIGTERM when the parent ends, however it ends: a worker left behind by
    a killed parent would keep the port and the database busy with nobody to stop it."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) != 0:
        return  # not fatal: the parent's own shutdown still stops the workers
    if str(os.getppid()) != os.environ.get(PARENT_ENV):
        os.kill(os.getpid(), signal.SIGTERM)  # the parent ended before the request took hold

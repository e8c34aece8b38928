"""The demo's own server from an installed bundle: no ``python -m server`` there, so the
bundle's executable is started again with the hidden flag that installer/entry.py reads."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from desktop import demo_server
from desktop.sync import protocol as p
from installer import entry
from installer.version import ROOT


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """Pretend to be a bundle: ``sys.executable`` runs installer/entry.py as the bundle does."""
    program = tmp_path / "svodka"
    program.write_text(
        f'#!/bin/sh\nPYTHONPATH="{ROOT}" exec "{sys.executable}" "{ROOT}/installer/entry.py" "$@"\n'
    )
    program.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    yield program
    demo_server.stop_all()


def test_the_command_is_the_python_module_from_source(tmp_path: Path) -> None:
    command = demo_server.server_command(tmp_path)
    assert command == [sys.executable, "-m", "server", "--data-dir", str(tmp_path)]


def test_a_bundle_runs_its_own_executable_with_the_entry_flag(frozen: Path, tmp_path: Path) -> None:
    assert demo_server.FROZEN_SERVER_FLAG == entry.SERVER_FLAG
    command = demo_server.server_command(tmp_path)
    assert command == [str(frozen), entry.SERVER_FLAG, "--data-dir", str(tmp_path)]


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in executable is a shell script")
def test_a_bundle_starts_sets_up_and_serves_its_demo_server(frozen: Path, tmp_path: Path) -> None:
    server = demo_server.start_demo_server(tmp_path)
    health = requests.get(server.url + p.API_PREFIX + "/health", timeout=5)
    assert health.ok and health.json()["status"] == "ok"
    assert (server.data_dir / "registry-loaded").exists()
    assert demo_server.issue_code(server)  # the admin commands went through the entry too

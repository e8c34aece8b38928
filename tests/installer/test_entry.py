"""The frozen executable's entry: the client's command line, or with ``--run-demo-server`` the
server's (a bundle has no ``python -m server`` for the demo's own server)."""

from __future__ import annotations

import sys

import pytest

from desktop import __version__
from installer import entry


def run(monkeypatch: pytest.MonkeyPatch, *args: str) -> None:
    monkeypatch.setattr(sys, "argv", ["svodka", *args])
    try:
        entry.main()
    except SystemExit as stop:
        assert stop.code in (0, None)


def test_the_hidden_flag_runs_the_server_command_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    run(monkeypatch, entry.SERVER_FLAG, "--help")
    out = capsys.readouterr().out
    assert "Svodka regional server" in out and "enrol-code" in out
    assert entry.SERVER_FLAG not in sys.argv


def test_without_it_the_client_answers(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    run(monkeypatch, "--version")
    out = capsys.readouterr().out
    assert out.strip() == f"svodka, version {__version__}"


def test_the_flag_counts_only_in_first_place(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["svodka", "units", entry.SERVER_FLAG])
    with pytest.raises(SystemExit) as stop:
        entry.main()
    assert stop.value.code == 2  # the client's own "bad usage"
    assert f"No such option '{entry.SERVER_FLAG}'" in capsys.readouterr().err

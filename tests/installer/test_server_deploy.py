"""The server's deployment files agree with the server: the unit's flags exist, its settings
have defaults, nginx passes what the server accepts, and the guide names every file."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import click

from desktop.sync import protocol as p
from installer.version import ROOT
from server import cli
from server.config import ServerConfig

FOLDER = ROOT / "installer" / "server"
UNIT = FOLDER / "svodka-server.service"
GUIDE = ROOT / "docs" / "deploy-server.md"


def unit_entries() -> list[tuple[str, str, str]]:
    """(section, key, value) in order; keys may repeat; backslash continues a line."""
    entries, section = [], ""
    text = re.sub(r"\\\n\s*", " ", UNIT.read_text())
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        key, value = line.split("=", 1)
        entries.append((section, key, value))
    return entries


def unit_value(key: str) -> list[str]:
    return [value for _, k, value in unit_entries() if k == key]


def test_the_service_runs_as_its_own_user_hardened() -> None:
    assert unit_value("User") == ["svodka"]
    for key, value in {
        "NoNewPrivileges": "yes",
        "ProtectSystem": "strict",
        "ProtectHome": "yes",
        "PrivateTmp": "yes",
        "StateDirectory": "svodka-server",
        "CapabilityBoundingSet": "",
    }.items():
        assert unit_value(key) == [value], key


def test_exec_start_uses_real_flags_and_every_variable_has_a_default() -> None:
    (command,) = unit_value("ExecStart")
    words = command.split()
    assert words[:2] == ["/opt/svodka-server/venv/bin/svodka-server", "serve"]
    options = {opt for param in cli.serve.params for opt in getattr(param, "opts", [])}
    flags = [word for word in words if word.startswith("--")]
    assert flags and set(flags) <= options
    defaults = dict(value.split("=", 1) for value in unit_value("Environment"))
    assert set(re.findall(r"\$\{(\w+)\}", command)) <= set(defaults)
    assert defaults["SVODKA_SERVER_DATA_DIR"] == "/var/lib/svodka-server"
    assert cli.DATA_ENV == "SVODKA_SERVER_DATA_DIR"  # read by every command as --data-dir
    assert unit_value("EnvironmentFile") == ["-/etc/svodka-server/server.env"]


def test_the_example_settings_are_the_ones_the_server_reads() -> None:
    text = (FOLDER / "server.env.example").read_text()
    names = set(re.findall(r"^#?(SVODKA_\w+)=", text, flags=re.MULTILINE))
    (command,) = unit_value("ExecStart")
    read = {cli.DATA_ENV, cli.DATABASE_ENV} | set(re.findall(r"\$\{(\w+)\}", command))
    assert names == read


def test_nginx_passes_the_api_with_room_for_what_the_server_accepts() -> None:
    text = (FOLDER / "nginx-svodka.conf").read_text()
    assert text.count("{") == text.count("}")
    assert "server 127.0.0.1:8470;" in text
    default_port = next(o.default for o in cli.serve.params if o.name == "port")
    assert default_port == 8470
    sizes = [int(n) * 2**20 for n in re.findall(r"client_max_body_size (\d+)m;", text)]
    assert min(sizes) > p.MAX_BODY_BYTES
    assert max(sizes) >= ServerConfig(data_dir=Path()).max_bundle_bytes
    assert f"location = {p.API_PREFIX}/bundles" in text


def test_the_guide_names_every_file_and_the_tools_check_them() -> None:
    guide = GUIDE.read_text()
    for path in FOLDER.iterdir():
        assert path.name in guide, path.name
    assert subprocess.run(["sh", "-n", str(FOLDER / "svodka-admin")]).returncode == 0
    analyze = shutil.which("systemd-analyze")
    if analyze:
        done = subprocess.run([analyze, "verify", str(UNIT)], capture_output=True, text=True)
        complaints = [
            line
            for line in done.stderr.splitlines()
            if line.strip() and "is not executable" not in line  # no server installed here
        ]
        assert complaints == []


def test_server_commands_named_in_the_guide_exist() -> None:
    guide = GUIDE.read_text()
    named = set(re.findall(r"svodka-admin ([a-z][a-z-]+)", guide))
    assert named and named <= set(cli.cli.commands)
    assert isinstance(cli.cli, click.Group)

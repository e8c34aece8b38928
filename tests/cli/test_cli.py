"""The CLI contract, driven as a user drives it: real processes, real encrypted stores."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

PASSPHRASE = "пароль для проверки"
RECOVERY_RE = re.compile(r"\b([A-Z2-7]{4}(?:-[A-Z2-7]{4}){7})\b")


def svodka(
    data_dir: Path,
    *args: str,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    passphrase: str | None = PASSPHRASE,
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("SVODKA_")}
    if passphrase is not None:
        full_env["SVODKA_PASSPHRASE"] = passphrase
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=stdin,
        timeout=60,
        check=False,
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def as_json(result: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(ok(result))


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int) -> str:
    assert result.returncode == code, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli") / "profile"
    out = ok(svodka(data, "init", "--demo", "--name", "ivanova"))
    assert RECOVERY_RE.search(out), out
    return data


def test_init_prints_recovery_key_and_units_json(demo_dir: Path) -> None:
    units = as_json(svodka(demo_dir, "units", "--json"))
    assert {"code", "name", "type", "parent", "district"} == set(units[0])
    by_code = {u["code"]: u for u in units}
    assert by_code["DEMO-FAP-012"]["parent"] == "DEMO-MO-01"
    assert by_code["DEMO-FAP-012"]["type"] == "fap"
    assert all("демо" in u["name"] for u in units)


def test_init_refuses_existing_store(demo_dir: Path) -> None:
    line = assert_one_line_error(svodka(demo_dir, "init"), 1)
    assert "уже есть хранилище" in line


def test_init_prompts_twice_without_env(tmp_path: Path) -> None:
    result = svodka(tmp_path / "p", "init", passphrase=None, stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n")
    assert RECOVERY_RE.search(ok(result))
    assert ok(svodka(tmp_path / "p", "status", "--json"))


def test_record_every_kind_then_history_and_status(demo_dir: Path, tmp_path: Path) -> None:
    unit = ["--unit", "DEMO-FAP-013"]
    ok(
        svodka(
            demo_dir,
            "record",
            "connection",
            *unit,
            "--internet",
            "yes",
            "--channel",
            "mobile",
            "--zspd",
            "no",
            "--note",
            "Модем 3G",
        )
    )
    ok(
        svodka(
            demo_dir,
            "record",
            "arm",
            *unit,
            "--quarter",
            "2025Q3",
            "--total",
            "2",
            "--mis",
            "1",
            "--zspd",
            "1",
        )
    )
    ok(
        svodka(
            demo_dir,
            "record",
            "document",
            *unit,
            "--class",
            "semd",
            "--date",
            "2025-08-01",
            "--count",
            "12",
            "--signed",
            "yes",
        )
    )
    scan = tmp_path / "act.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned act")
    act = as_json(
        svodka(
            demo_dir,
            "record",
            "act",
            *unit,
            "--type",
            "connection",
            "--number",
            "7/25",
            "--date",
            "2025-07-30",
            "--file",
            str(scan),
            "--json",
        )
    )
    ok(
        svodka(
            demo_dir,
            "record",
            "subsystem",
            *unit,
            "--subsystem",
            "lab",
            "--stage",
            "production",
            "--since",
            "2025-08-01",
            "--act",
            act["id"],
        )
    )
    ok(
        svodka(
            demo_dir,
            "record",
            "workstation",
            *unit,
            "--inventory-no",
            "INV-1",
            "--mis",
            "yes",
            "--zspd",
            "no",
            "--room",
            "1",
        )
    )
    ok(
        svodka(
            demo_dir,
            "record",
            "outage",
            *unit,
            "--start",
            "2025-08-02T10:00",
            "--end",
            "2025-08-02T14:30",
            "--cause",
            "Обрыв линии",
        )
    )
    history = as_json(svodka(demo_dir, "history", *unit, "--json"))
    actions = [h["action"] for h in history]
    assert actions[0] == "outage_recorded" and actions[-1] == "connection_recorded"
    assert len(actions) == 7 and all(h["sync_state"] == "queued" for h in history)
    assert history[-1]["details"]["note"] == "Модем 3G"
    status = as_json(svodka(demo_dir, "status", "--json"))
    assert status["queued"] >= 7 and status["quarantined"] == 0 and status["last_sync"] is None


def test_attachment_round_trip(demo_dir: Path, tmp_path: Path) -> None:
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    ok(
        svodka(
            demo_dir,
            "record",
            "act",
            "--unit",
            "DEMO-FP-014",
            "--type",
            "commissioning",
            "--number",
            "1",
            "--date",
            "2025-01-10",
            "--file",
            str(scan),
        )
    )
    acts = [
        h
        for h in as_json(svodka(demo_dir, "history", "--unit", "DEMO-FP-014", "--json"))
        if h["action"] == "act_recorded"
    ]
    out = tmp_path / "out.png"
    ok(svodka(demo_dir, "attachment", acts[0]["details"]["attachment_id"], "--output", str(out)))
    assert out.read_bytes() == scan.read_bytes()


def test_validation_error_is_one_line_in_words(demo_dir: Path) -> None:
    result = svodka(
        demo_dir,
        "record",
        "arm",
        "--unit",
        "DEMO-FAP-012",
        "--quarter",
        "2025Q3",
        "--total",
        "10",
        "--mis",
        "3",
        "--zspd",
        "12",
    )
    line = assert_one_line_error(result, 4)
    assert "АРМ, подключённых к ЗСПД (12) больше, чем всего АРМ (10)" in line


def test_errors_in_english(demo_dir: Path) -> None:
    result = svodka(
        demo_dir,
        "--lang",
        "en",
        "record",
        "document",
        "--unit",
        "NOPE",
        "--class",
        "semd",
        "--date",
        "2025-01-01",
        "--count",
        "1",
    )
    line = assert_one_line_error(result, 4)
    assert "no unit with code 'NOPE'" in line


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            [
                "record",
                "arm",
                "--unit",
                "DEMO-FAP-012",
                "--quarter",
                "2025-3",
                "--total",
                "1",
                "--mis",
                "0",
                "--zspd",
                "0",
            ],
            "не квартал",
        ),
        (
            [
                "record",
                "document",
                "--unit",
                "DEMO-FAP-012",
                "--class",
                "fax",
                "--date",
                "2025-01-01",
                "--count",
                "1",
            ],
            "нет в справочнике",
        ),
        (
            [
                "record",
                "connection",
                "--unit",
                "DEMO-FAP-012",
                "--internet",
                "no",
                "--channel",
                "fibre",
            ],
            "Интернета нет",
        ),
        (
            [
                "record",
                "subsystem",
                "--unit",
                "DEMO-FAP-012",
                "--subsystem",
                "lab",
                "--stage",
                "test",
                "--applicable",
                "no",
            ],
            "не применяется",
        ),
    ],
)
def test_bad_input_is_named(demo_dir: Path, args: list[str], expected: str) -> None:
    assert expected in assert_one_line_error(svodka(demo_dir, *args), 4)


def test_wrong_passphrase_exit_code(demo_dir: Path) -> None:
    line = assert_one_line_error(svodka(demo_dir, "status", passphrase="не тот пароль"), 3)
    assert "Неверный пароль" in line


def test_missing_store_points_to_init(tmp_path: Path) -> None:
    line = assert_one_line_error(svodka(tmp_path / "empty", "status"), 1)
    assert "svodka init" in line
    assert "svodka init" in ok(svodka(tmp_path / "empty"))


def test_foreign_file_is_reported_and_untouched(tmp_path: Path) -> None:
    data = tmp_path / "p"
    ok(svodka(data, "init"))
    (data / "store.db").write_text("это не база данных\n", encoding="utf-8")
    before = (data / "store.db").read_bytes()
    line = assert_one_line_error(svodka(data, "status"), 1)
    assert "не хранилище Svodka" in line
    assert (data / "store.db").read_bytes() == before


def test_doctor_passes_on_healthy_store(demo_dir: Path) -> None:
    checks = as_json(svodka(demo_dir, "doctor", "--json"))
    assert checks and all(c["ok"] for c in checks)


def test_passwd_then_recover(tmp_path: Path) -> None:
    data = tmp_path / "p"
    recovery = RECOVERY_RE.search(ok(svodka(data, "init")))
    assert recovery is not None
    ok(svodka(data, "passwd", env={"SVODKA_NEW_PASSPHRASE": "второй пароль"}))
    assert svodka(data, "status").returncode == 3
    ok(svodka(data, "status", passphrase="второй пароль"))
    out = ok(
        svodka(
            data,
            "recover",
            passphrase=None,
            env={
                "SVODKA_RECOVERY_KEY": recovery.group(1).lower(),
                "SVODKA_NEW_PASSPHRASE": "третий пароль",
            },
        )
    )
    fresh = RECOVERY_RE.search(out)
    assert fresh is not None and fresh.group(1) != recovery.group(1)
    ok(svodka(data, "status", passphrase="третий пароль"))
    bad = svodka(
        data,
        "recover",
        passphrase=None,
        env={"SVODKA_RECOVERY_KEY": recovery.group(1), "SVODKA_NEW_PASSPHRASE": "x" * 10},
    )
    assert_one_line_error(bad, 3)


def test_users_add_and_pick(tmp_path: Path) -> None:
    data = tmp_path / "p"
    ok(svodka(data, "init", "--name", "petrov"))
    ok(svodka(data, "users", "add", "sidorova", env={"SVODKA_NEW_PASSPHRASE": "её пароль 1"}))
    assert as_json(svodka(data, "users", "list", "--json")) == ["petrov", "sidorova"]
    assert "--user" in assert_one_line_error(svodka(data, "status"), 1)
    ok(svodka(data, "--user", "sidorova", "status", passphrase="её пароль 1"))


def test_backup_and_restore(demo_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.svodka-backup"
    ok(svodka(demo_dir, "backup", str(target)))
    assert PASSPHRASE.encode() not in target.read_bytes()
    restored = tmp_path / "restored"
    ok(svodka(restored, "restore", str(target)))
    assert as_json(svodka(restored, "units", "--json")) == as_json(
        svodka(demo_dir, "units", "--json")
    )


def test_demo_command(tmp_path: Path) -> None:
    out = ok(svodka(tmp_path / "demo", "demo", passphrase=None))
    assert "svodka-demo" in out and "вымышленные" in out
    units = as_json(svodka(tmp_path / "demo", "units", "--json", passphrase="svodka-demo"))
    assert len(units) == 12

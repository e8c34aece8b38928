"""`svodka indicators` and `svodka export quarterly`, run as a user runs them on a real store."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]

from desktop.storage import Profile
from tests.cli.test_cli import as_json, assert_one_line_error, ok, svodka
from tests.conftest import FAST_KDF, PASSPHRASE, USER
from tests.exports.stavropol import EXPECTED, MO, PACKS, QUARTER, REASON, draft_report, fill


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return svodka(data, *args, passphrase=PASSPHRASE)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Stavropol pack, known facts, and a draft form with indicator 1 set by hand."""
    data = tmp_path_factory.mktemp("report") / "profile"
    store = Profile(data).create(USER, PASSPHRASE, kdf=FAST_KDF).store
    fill(store)
    draft_report(store)
    store.close()
    return data


@pytest.fixture(scope="module")
def no_pack_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("no-pack") / "profile"
    store = Profile(data).create(USER, PASSPHRASE, kdf=FAST_KDF).store
    registry = json.loads((PACKS / "stavropol-demo-registry.json").read_text(encoding="utf-8"))
    store.load_registry(registry["units"], invented=True, source="demo")
    store.close()
    return data


def test_indicators_json_gives_the_values_the_facts_make(data_dir: Path) -> None:
    found = as_json(run(data_dir, "indicators", "--org", MO, "--period", QUARTER, "--json"))
    assert (found["scope"], found["period"]) == (MO, QUARTER)
    assert found["pack"]["id"] == "stavropol"
    rows = {r["key"]: r for r in found["rows"]}
    assert len(rows) == 40
    for key, (numerator, denominator, value) in EXPECTED.items():
        row = rows[key]
        assert (row["numerator"], row["denominator"]) == (numerator, denominator), key
        assert row["value"] == pytest.approx(value), key
    tvsp = rows["2.3/tvsp"]
    assert (tvsp["part"], tvsp["status"]) == ("tvsp", "behind")
    assert tvsp["target"]["year"] == 2024 and tvsp["target"]["value_pct"] == 100
    assert rows["2.5/fap"]["status"] == "ahead"
    # The computed indicators, not the form: indicator 1 has no facts, whatever the draft says.
    assert rows["1"]["value"] is None and rows["1"]["status"] == "no_data"


def test_indicators_table_in_russian_and_english(data_dir: Path) -> None:
    table = ok(run(data_dir, "indicators", "--org", MO, "--period", QUARTER))
    assert (
        table.splitlines()[0] == "ГБУЗ СК «Ковыльная ЦРБ» (демо) (STV-MO-01): III квартал 2025 г."
    )
    line = next(ln for ln in table.splitlines() if ln.startswith("2.3/tvsp"))
    assert "75,0 %" in line and "15 / 20" in line and "отстаёт от плана" in line
    assert "[ТВСП МО]" in line
    english = ok(run(data_dir, "--lang", "en", "indicators", "--org", MO, "--period", QUARTER))
    line = next(ln for ln in english.splitlines() if ln.startswith("2.3/tvsp"))
    assert "75.0 %" in line and "behind the plan" in line


def test_indicators_for_a_district_and_the_region(data_dir: Path) -> None:
    district = as_json(
        run(
            data_dir,
            "indicators",
            "--district",
            "Ковыльный район (демо)",
            "--period",
            "2025",
            "--json",
        )
    )
    rows = {r["key"]: r for r in district["rows"]}
    assert district["scope"] == "district:Ковыльный район (демо)"
    assert (rows["2.3/tvsp"]["numerator"], rows["2.3/tvsp"]["denominator"]) == (15.0, 20.0)
    region = as_json(run(data_dir, "indicators", "--region", "--period", "2025", "--json"))
    wide = {r["key"]: r for r in region["rows"]}
    assert region["scope"] == "region"
    assert wide["2"]["denominator"] > rows["2"]["denominator"]  # every МО of the region


def test_export_xlsx(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "форма.xlsx"
    args = ("export", "quarterly", "--org", MO, "--quarter", QUARTER, "--format", "xlsx")
    assert str(target) in ok(run(data_dir, *args, "--output", str(target)))
    sheet = load_workbook(target)["Форма"]
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    manual = next(row for row in cells if row[0] == "1" and row[2] == "в целом")
    assert manual[4] == 12.5 and manual[12] == REASON


def test_export_csv_by_the_file_suffix(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "form.csv"
    ok(
        run(
            data_dir,
            "export",
            "quarterly",
            "--org",
            MO,
            "--quarter",
            QUARTER,
            "--output",
            str(target),
        )
    )
    table = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    tvsp = next(row for row in table if row[0] == "2.3" and row[2] == "ТВСП МО")
    assert tvsp[4] == "75" and tvsp[11] == "отстаёт от плана"


def test_export_pdf(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "form.pdf"
    out = ok(
        run(
            data_dir,
            "--lang",
            "en",
            "export",
            "quarterly",
            "--org",
            MO,
            "--quarter",
            QUARTER,
            "--format",
            "pdf",
            "--output",
            str(target),
        )
    )
    assert out.strip() == f"Form saved: {target}"
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF's text goes unread")
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert "Quarterly form" in text and "Ковыльная ЦРБ" in text


@pytest.mark.parametrize(
    ("args", "code", "expected"),
    [
        (["--org", MO, "--quarter", "2025Q5"], 4, "«2025Q5» — не квартал"),
        (["--org", MO, "--quarter", "2025"], 4, "«2025» — не квартал"),
        (["--org", "NOPE", "--quarter", QUARTER], 1, "Не найдено: подразделение «NOPE»"),
        (["--org", "STV-FAP-012", "--quarter", QUARTER], 4, "не медицинская организация"),
    ],
)
def test_export_errors_are_one_line(
    data_dir: Path, tmp_path: Path, args: list[str], code: int, expected: str
) -> None:
    target = tmp_path / "form.xlsx"
    result = run(data_dir, "export", "quarterly", *args, "--output", str(target))
    assert expected in assert_one_line_error(result, code)
    assert not target.exists()


def test_unwritable_file_and_unknown_format(data_dir: Path, tmp_path: Path) -> None:
    base = ("export", "quarterly", "--org", MO, "--quarter", QUARTER)
    missing = tmp_path / "нет папки" / "form.xlsx"
    line = assert_one_line_error(run(data_dir, *base, "--output", str(missing)), 1)
    assert f"Не удалось записать файл {missing}" in line
    line = assert_one_line_error(run(data_dir, *base, "--output", str(tmp_path / "f.doc")), 1)
    assert "--format xlsx, pdf или csv" in line


def test_no_region_pack_yet(no_pack_dir: Path, tmp_path: Path) -> None:
    result = run(no_pack_dir, "indicators", "--org", MO, "--period", QUARTER)
    assert "нет пакета показателей региона" in assert_one_line_error(result, 1)
    result = run(
        no_pack_dir,
        "export",
        "quarterly",
        "--org",
        MO,
        "--quarter",
        QUARTER,
        "--output",
        str(tmp_path / "f.pdf"),
    )
    assert "нет пакета показателей региона" in assert_one_line_error(result, 1)


@pytest.mark.parametrize(
    ("args", "code", "expected"),
    [
        (["--period", QUARTER], 1, "Укажите что-то одно"),
        (["--org", MO, "--region", "--period", QUARTER], 1, "Укажите что-то одно"),
        (["--district", "Нет такого", "--period", QUARTER], 1, "В реестре нет района «Нет такого»"),
        (["--org", MO, "--period", "III-2025"], 4, "не квартал"),
        (["--org", "NOPE", "--period", QUARTER], 1, "Не найдено"),
    ],
)
def test_indicators_errors_are_one_line(
    data_dir: Path, args: list[str], code: int, expected: str
) -> None:
    assert expected in assert_one_line_error(run(data_dir, "indicators", *args), code)


def test_init_demo_brings_the_indicators(tmp_path: Path) -> None:
    """A store made with ``init --demo`` can show the quarterly indicators at once."""
    env = {**os.environ, "SVODKA_PASSPHRASE": "пароль для демо 1"}
    folder = str(tmp_path / "demo")
    base = [sys.executable, "-m", "desktop", "--data-dir", folder]
    made = subprocess.run(
        [*base, "init", "--demo"], env=env, capture_output=True, text=True, timeout=120
    )
    assert made.returncode == 0, made.stderr
    shown = subprocess.run(
        [*base, "indicators", "--org", "DEMO-MO-01", "--period", "2026Q3", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["pack"]["id"] == "stavropol"

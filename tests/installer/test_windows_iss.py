"""The Inno Setup script, checked without Inno Setup: filled from the version, well-formed,
and naming only files the bundle has."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from desktop import APP_ID, __version__
from installer import windows_iss
from installer.version import ROOT

SPEC = ROOT / "installer" / "svodka.spec"
SECTIONS = [
    "Setup",
    "Languages",
    "CustomMessages",
    "Tasks",
    "Files",
    "Icons",
    "Run",
    "Code",
]


def fake_windows_bundle(root: Path) -> Path:
    """The top of a Windows one-folder build as the spec makes it."""
    bundle = root / "svodka"
    for name in [*windows_iss.REQUIRED, "_internal/base_library.zip", "_internal/python311.dll"]:
        (bundle / name).parent.mkdir(parents=True, exist_ok=True)
        (bundle / name).write_bytes(b"x")
    return bundle


@pytest.fixture
def script(tmp_path: Path) -> str:
    return windows_iss.render(fake_windows_bundle(tmp_path), Path(r"C:\build\out"))


def sections(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        header = re.fullmatch(r"\[(\w+)\]", line.strip())
        if header:
            current = header.group(1)
            assert current not in found, f"[{current}] twice"
            found[current] = []
        elif current and line.strip() and not line.lstrip().startswith(";"):
            found[current].append(line)
    return found


def setup_values(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in sections(text)["Setup"])


def test_filled_from_the_one_version(script: str) -> None:
    assert f'#define AppVersion "{__version__}"' in script
    assert "@" not in script.replace("{#", "")  # every placeholder filled
    assert setup_values(script)["AppVersion"] == "{#AppVersion}"
    assert setup_values(script)["OutputBaseFilename"] == "svodka-{#AppVersion}-setup"


def test_sections_in_order_and_settings_for_a_per_user_install(script: str) -> None:
    assert list(sections(script)) == SECTIONS
    setup = setup_values(script)
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs for a user
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])


def test_files_cover_the_bundle_and_shortcuts_name_its_program(tmp_path: Path) -> None:
    bundle = fake_windows_bundle(tmp_path)
    text = windows_iss.render(bundle, tmp_path)
    sources = re.findall(r'Source: "\{#BundleDir\}\\([^"\\*]+)', text)
    assert sorted(sources) == sorted(p.name for p in bundle.iterdir())
    defines = dict(re.findall(r'#define (\w+) "([^"]*)"', text))
    assert (bundle / defines["AppExe"]).is_file() and (bundle / defines["CliExe"]).is_file()
    icons = sections(text)["Icons"]
    assert icons and all("{app}\\{#AppExe}" in line for line in icons)
    icon = setup_values(text)["SetupIconFile"].replace("{#BundleDir}\\", "")
    assert (bundle / icon.replace("\\", "/")).is_file()


def test_a_bundle_without_the_windows_programs_is_refused(tmp_path: Path) -> None:
    (tmp_path / "svodka").mkdir()
    (tmp_path / "svodka" / "svodka").write_bytes(b"linux")
    with pytest.raises(windows_iss.BundleMismatch, match=r"svodka\.exe"):
        windows_iss.render(tmp_path / "svodka", tmp_path)


def test_the_spec_makes_what_the_script_names() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    assert 'executable("svodka", ' in spec and 'executable("svodka-cli", ' in spec
    assert 'name="svodka"' in spec  # the one folder
    assert '"svodka.ico"' in spec  # drawn from the SVG by build.py before PyInstaller runs


def test_the_linux_bundle_carries_the_icon_the_script_names() -> None:
    given = os.environ.get("SVODKA_BUNDLE_DIR")
    if not given:
        pytest.skip("no bundle built (bash scripts/build-installers.sh)")
    bundle = Path(given)
    for name in windows_iss.REQUIRED:
        if name.startswith("_internal/"):
            assert (bundle / name).is_file(), name


def test_messages_used_exist_in_both_languages(script: str) -> None:
    used = set(re.findall(r"\{cm:(\w+)", script)) | set(
        re.findall(r"CustomMessage\('(\w+)'\)", script)
    )
    defined = sections(script)["CustomMessages"]
    builtin = {"LaunchProgram"}
    for name in used - builtin:
        for language in ("ru", "en"):
            assert any(line.startswith(f"{language}.{name}=") for line in defined), name


def test_code_is_balanced_and_keeps_data_unless_asked(script: str) -> None:
    code = "\n".join(sections(script)["Code"])
    code = re.sub(r"'[^']*'", "''", re.sub(r"\{[^}]*\}", "", code))  # no comments, strings
    words = re.findall(r"\b(begin|end|case|try)\b", code, flags=re.IGNORECASE)
    opened = sum(1 for w in words if w.lower() != "end")
    assert opened == sum(1 for w in words if w.lower() == "end")
    assert "procedure CurUninstallStepChanged" in script
    assert "MB_DEFBUTTON2" in script  # "No" is the default answer
    assert "/PURGEDATA" in script  # a silent uninstall deletes only when told
    assert f'#define DataDir "{{localappdata}}\\{APP_ID}"' in script  # desktop/paths.py

"""The .deb: its control data, menu entry and layout, built from a stand-in bundle here; and,
when installer/build.py has made the real one, that package unpacked and its app self-tested."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop import __version__
from installer import debian, linux_deps
from installer.version import ROOT

needs_dpkg = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb not found")
STAND_IN = '#!/bin/sh\n[ "$1" = --self-test ] && echo "self-test: ok"\n'


def stand_in_bundle(root: Path) -> Path:
    bundle = root / "bundle"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    (bundle / "_internal" / "resources" / "registry-sample.csv").write_text("code\n")
    icons = bundle / "_internal" / "resources" / "icons"
    icons.mkdir()
    for size in debian.PNG_SIZES:  # stand-ins for the PNGs make_icons draws at build time
        (icons / f"svodka-{size}.png").write_bytes(b"\x89PNG stand-in")
    library = bundle / "_internal" / "PySide6" / "libQt6Core.so.6"
    library.parent.mkdir()
    library.write_bytes(b"\0" * 2**20)
    (bundle / "_internal" / "libQt6Core.so.6").symlink_to("PySide6/libQt6Core.so.6")
    program = bundle / "svodka"
    program.write_text(STAND_IN)
    program.chmod(0o755)
    return bundle


def field(text: str, name: str) -> str:
    return next(
        line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith(f"{name}:")
    )


def test_control_declares_the_version_and_what_the_xcb_plugin_needs() -> None:
    text = debian.control(__version__, 123_456)
    assert field(text, "Version") == __version__
    assert field(text, "Installed-Size") == "123456"
    depends = [entry.strip() for entry in field(text, "Depends").split(",")]
    apt = (ROOT / "scripts" / "apt-packages.txt").read_text().split()
    qt_x11 = [
        name for name in apt if name.startswith(("libxcb", "libxkbcommon", "libegl", "libgl1"))
    ]
    assert qt_x11 and set(qt_x11) <= set(depends)
    assert any(entry.startswith("fonts-dejavu-core |") for entry in depends)
    assert all(line.startswith(" ") for line in text.split("Description:", 1)[1].splitlines()[1:])


def test_menu_entry_starts_the_installed_program() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read_string(debian.desktop_entry())
    values = entry["Desktop Entry"]
    assert values["Exec"] == f"{debian.PREFIX}/svodka"
    assert values["Type"] == "Application" and values["Icon"] == "svodka"
    assert values["Name[ru]"] == "Сводка"
    validator = shutil.which("desktop-file-validate")
    if validator:
        path = Path(os.environ.get("TMPDIR", "/tmp")) / f"svodka-{os.getpid()}.desktop"
        path.write_text(debian.desktop_entry(), encoding="utf-8")
        try:
            done = subprocess.run([validator, str(path)], capture_output=True, text=True)
        finally:
            path.unlink()
        assert done.returncode == 0, done.stdout + done.stderr


@needs_dpkg
def test_package_layout_owner_and_modes(tmp_path: Path) -> None:
    deb = debian.build(stand_in_bundle(tmp_path), tmp_path, "9.8.7")
    assert deb.name == "svodka_9.8.7_amd64.deb"
    info = subprocess.run(["dpkg-deb", "--info", str(deb)], capture_output=True, text=True)
    assert "Package: svodka" in info.stdout and "Version: 9.8.7" in info.stdout
    installed_kib = int(field(info.stdout.replace("\n ", "\n"), "Installed-Size"))
    assert 1024 <= installed_kib < 1100  # the 1 MiB library once, not again through its link
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    rows = {line.split()[-1] if "->" not in line else line.split()[-3]: line for line in listing}
    assert rows["./opt/svodka/svodka"].startswith("-rwxr-xr-x root/root")
    assert rows["./opt/svodka/_internal/resources/registry-sample.csv"].startswith("-rw-r--r--")
    assert rows["./usr/bin/svodka"].endswith("-> /opt/svodka/svodka")
    assert rows["./opt/svodka/_internal/libQt6Core.so.6"].endswith("-> PySide6/libQt6Core.so.6")
    assert "./usr/share/applications/svodka.desktop" in rows
    assert "./usr/share/icons/hicolor/48x48/apps/svodka.png" in rows
    assert "./usr/share/icons/hicolor/scalable/apps/svodka.svg" in rows


@needs_dpkg
def test_unpacked_stand_in_runs_its_self_test(tmp_path: Path) -> None:
    deb = debian.build(stand_in_bundle(tmp_path), tmp_path, __version__)
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    done = subprocess.run([root / "opt/svodka/svodka", "--self-test"], capture_output=True)
    assert done.stdout.strip() == b"self-test: ok"


def built_deb() -> Path:
    """build/installer/svodka_<version>_amd64.deb beside the bundle scripts/build-installers.sh
    names in SVODKA_BUNDLE_DIR (unset in the everyday suite: nothing stale is tested)."""
    bundle = os.environ.get("SVODKA_BUNDLE_DIR")
    if not bundle or shutil.which("dpkg-deb") is None:
        pytest.skip("no bundle built (bash scripts/build-installers.sh)")
    found = Path(bundle).parents[1] / f"svodka_{__version__}_amd64.deb"
    assert found.is_file(), f"{found} was not built"
    return found


def test_the_built_package_unpacks_declares_its_libraries_and_self_tests(tmp_path: Path) -> None:
    deb = built_deb()
    info = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Version", "Depends"],
        text=True,
        capture_output=True,
        check=True,
    ).stdout
    assert f"Version: {__version__}" in info and "libxcb-cursor0" in info
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    app = root / "opt" / "svodka"
    outside, missing = linux_deps.undeclared(app)
    assert (outside, missing) == ({}, [])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    done = subprocess.run(
        [app / "svodka", "--self-test"], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "self-test: ok" in done.stdout
    version = subprocess.run([app / "svodka", "--version"], capture_output=True, text=True)
    assert __version__ in version.stdout

"""The Debian / Astra Linux package: the bundle under /opt/svodka, ``/usr/bin/svodka``, a menu
entry and icons; built with ``dpkg-deb`` from a staged tree (no debhelper, no source package)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path, PurePosixPath

from installer.version import ROOT

PACKAGE = "svodka"
PREFIX = PurePosixPath("/opt/svodka")
ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256)
# The system libraries the bundle links and does not carry (installer/bundle_filter.py
# from_system): Qt's xcb platform plugin and its X11/XKB libraries, OpenGL/EGL, fonts, D-Bus,
# GLib, CUPS for printing; and a font with Cyrillic. Names as in Debian 12 / Astra Linux 1.8;
# build.py checks every library the bundle needs against this list (dpkg -S).
DEPENDS = (
    "libc6",
    "libgcc-s1",
    "libstdc++6",
    "libglib2.0-0",
    "libdbus-1-3",
    "libfontconfig1",
    "libfreetype6",
    "libegl1",
    "libgl1",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-glx0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-render0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libcups2",
    "libzstd1",
    "fonts-dejavu-core | fonts-liberation2 | fonts-liberation",
)
DESCRIPTION = """\
Offline-first reporting for rural health posts (FAP/FP)
 Svodka records a facility's Internet and ZSPD connection, workstations,
 submitted documents and subsystem connections in an encrypted local store,
 works without a link and sends queued changes to the regional server when
 one appears; quarterly forms are built from the facts.
 .
 Run `svodka --self-test` to check an installation."""


def control(version: str, installed_kib: int, architecture: str = "amd64") -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {architecture}\n"
        "Maintainer: Svodka team <svodka@localhost>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}\n"
    )


def desktop_entry() -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Svodka\n"
        "Name[ru]=Сводка\n"
        "GenericName=Health post reporting\n"
        "GenericName[ru]=Отчёты ФАП\n"
        "Comment=Connection, workstations and documents of health posts; regional reports\n"
        "Comment[ru]=Учёт подключения ФАП, АРМ и документов; отчёты для региона\n"
        f"Exec={PREFIX}/svodka\n"
        "Icon=svodka\n"
        "Terminal=false\n"
        "Categories=Office;\n"
        "Keywords=FAP;report;ФАП;отчёт;сводка;\n"
        "StartupWMClass=svodka\n"
    )


def stage(bundle: Path, root: Path, version: str) -> None:
    """Lay out the package tree in ``root`` (emptied first) from the one-folder ``bundle``."""
    if root.exists():
        shutil.rmtree(root)
    app = root / PREFIX.relative_to("/")
    shutil.copytree(bundle, app, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    # The bootloader finds _internal/ from the resolved path of its executable.
    (root / "usr" / "bin" / "svodka").symlink_to(PREFIX / "svodka")
    _put(root / "usr/share/applications/svodka.desktop", desktop_entry().encode())
    # The PNGs are drawn at build time (make_icons) and travel inside the bundle's resources.
    drawn = bundle / "_internal" / "resources" / "icons"
    for size in PNG_SIZES:
        icon = (drawn / f"svodka-{size}.png").read_bytes()
        _put(root / f"usr/share/icons/hicolor/{size}x{size}/apps/svodka.png", icon)
    scalable = root / "usr/share/icons/hicolor/scalable/apps/svodka.svg"
    _put(scalable, (ICONS / "svodka.svg").read_bytes())
    files = (p for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    installed_kib = sum(p.stat().st_size for p in files) // 1024
    _put(root / "DEBIAN" / "control", control(version, installed_kib).encode())
    for path in root.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or _executable(path) else 0o644)


def _put(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _executable(path: Path) -> bool:
    return bool(path.stat().st_mode & 0o111) or path.suffix == ".so" or ".so." in path.name


def build(bundle: Path, out_dir: Path, version: str) -> Path:
    """``svodka_<version>_amd64.deb`` in ``out_dir``, files owned by root."""
    staged = out_dir / "deb-root"
    stage(bundle, staged, version)
    deb = out_dir / f"{PACKAGE}_{version}_amd64.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(staged), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(staged)
    return deb

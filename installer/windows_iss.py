"""The Inno Setup script: ``windows/svodka.iss.in`` filled with the version and the bundle's
files (one ``[Files]`` line per top-level entry of the bundle folder, so none is forgotten)."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

from installer.version import ROOT, version, version_tuple

TEMPLATE = ROOT / "installer" / "windows" / "svodka.iss.in"
# What the script names in the bundle (installer/svodka.spec makes them on Windows).
REQUIRED = ("svodka.exe", "svodka-cli.exe", "_internal/resources/icons/svodka.ico")


class BundleMismatch(ValueError):
    """The bundle lacks a file the installer script refers to."""


def files_section(bundle: Path) -> str:
    """``[Files]`` lines for every top-level file and folder of ``bundle``, sorted."""
    lines = []
    for entry in sorted(bundle.iterdir(), key=lambda p: p.name.lower()):
        if entry.is_dir():
            lines.append(
                f'Source: "{{#BundleDir}}\\{entry.name}\\*"; DestDir: "{{app}}\\{entry.name}"; '
                "Flags: ignoreversion recursesubdirs createallsubdirs"
            )
        else:
            lines.append(
                f'Source: "{{#BundleDir}}\\{entry.name}"; DestDir: "{{app}}"; Flags: ignoreversion'
            )
    return "\n".join(lines)


def render(bundle: Path, output_dir: Path) -> str:
    """The script for ``bundle`` (a Windows one-folder build), installers written to
    ``output_dir``; both given as Windows paths in the result."""
    missing = [name for name in REQUIRED if not (bundle / name).exists()]
    if missing:
        raise BundleMismatch(f"{bundle} has no {', '.join(missing)}: not a Windows bundle?")
    values = {
        "@VERSION@": version(),
        "@NUMERIC_VERSION@": ".".join(map(str, version_tuple())),
        "@BUNDLE_DIR@": str(PureWindowsPath(bundle)),
        "@OUTPUT_DIR@": str(PureWindowsPath(output_dir)),
        "@FILES@": files_section(bundle),
    }
    text = TEMPLATE.read_text(encoding="utf-8")
    for placeholder, value in values.items():
        text = text.replace(placeholder, value)
    return text


def write(bundle: Path, output_dir: Path, target: Path) -> Path:
    """Render and save with a byte-order mark: ISCC then reads the Cyrillic text as UTF-8."""
    target.write_text(render(bundle, output_dir), encoding="utf-8-sig")
    return target

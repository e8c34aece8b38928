"""Which Debian packages a Linux bundle needs: every library its ELF files link (``readelf -d``
NEEDED) that the bundle does not carry, found with ``ldconfig -p`` and owned per ``dpkg -S``.
The build compares them with the ``.deb``'s ``Depends`` so none is forgotten."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable
from pathlib import Path

from installer.debian import DEPENDS

ELF_MAGIC = b"\x7fELF"
_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[(.+?)\]")
_LDCONFIG = re.compile(r"^\s*(\S+) \((.+?)\) => (\S+)$")


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                if file.read(4) == ELF_MAGIC:
                    found.append(path)
    return found


def needed(files: Iterable[Path]) -> set[str]:
    """The sonames the files link directly."""
    names: set[str] = set()
    for path in files:
        out = subprocess.run(
            ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
        ).stdout
        names.update(_NEEDED.findall(out))
    return names


def system_libraries() -> dict[str, str]:
    """soname → path of the x86-64 libraries the dynamic linker knows (``ldconfig -p``)."""
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    found: dict[str, str] = {}
    for line in out.splitlines():
        match = _LDCONFIG.match(line)
        if match and "x86-64" in match.group(2):
            found.setdefault(match.group(1), match.group(3))
    return found


def owner(path: str) -> str | None:
    """The package that installed ``path`` (tried also through the /usr merge)."""
    real = str(Path(path).resolve())
    for candidate in dict.fromkeys((path, real, real.removeprefix("/usr"), "/usr" + real)):
        done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if done.returncode == 0:
            return done.stdout.split(":", 1)[0].strip()
    return None


def declared() -> set[str]:
    """Package names in ``Depends``, every alternative of each."""
    return {alt.split()[0] for entry in DEPENDS for alt in entry.split("|")}


def undeclared(bundle: Path) -> tuple[dict[str, str], list[str]]:
    """(soname → package for linked system libraries outside ``Depends``, sonames found
    nowhere). Both empty when the package declares all it needs."""
    files = elf_files(bundle)
    carried = {path.name for path in bundle.rglob("*")}
    known = system_libraries()
    wanted = declared()
    outside: dict[str, str] = {}
    missing: list[str] = []
    for soname in sorted(needed(files) - carried):
        path = known.get(soname)
        if path is None:
            missing.append(soname)
            continue
        package = owner(path)
        if package is None or package.split(":")[0] not in wanted:
            outside[soname] = package or path
    return outside, missing

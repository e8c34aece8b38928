"""Linux: libraries built with debug information (a pyenv libpython, sqlcipher3 compiled from
source) are copied without it; the bundle shrinks by about 40 MB and runs the same. Libraries
a wheel vendors (``numpy.libs/``) are left as they are: auditwheel rewrote their headers."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
DEBUG_SECTION = b".debug_info"


def has_debug_info(path: Path) -> bool:
    """An ELF file whose section names include ``.debug_info``."""
    data = path.read_bytes()
    return data.startswith(ELF_MAGIC) and DEBUG_SECTION in data


def without_debug_info(
    toc: Iterable[tuple[str, str, str]], work_dir: Path
) -> list[tuple[str, str, str]]:
    """The TOC with each binary that has debug information replaced by a copy stripped of it
    (``strip --strip-debug`` keeps every symbol the dynamic linker needs)."""
    if shutil.which("strip") is None:
        return list(toc)
    result = []
    for dest, source, kind in toc:
        path = Path(source)
        vendored = any(parent.name.endswith(".libs") for parent in path.parents)
        if kind != "SYMLINK" and not vendored and path.is_file() and has_debug_info(path):
            copy = work_dir / dest
            copy.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(["strip", "--strip-debug", "-o", str(copy), source], check=True)
            source = str(copy)
        result.append((dest, source, kind))
    return result

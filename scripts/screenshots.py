"""Screenshots of every window, in Russian and English, at 1366×768 and 1920×1080.

Starts its own Xvfb per screen size (Debian's ``xvfb``), runs the real windows on the xcb
platform with a demo profile, and saves PNGs: ``python scripts/screenshots.py [OUT_DIR]``
(default ``build/screenshots``). Look at every picture.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = ((1366, 768), (1920, 1080))
LANGUAGES = ("ru", "en")
# Besides: Russian at 1366×768 with a 14 pt font, as set by a user who sees poorly.
RUNS = [(w, h, lang, False) for w, h in SIZES for lang in LANGUAGES] + [(1366, 768, "ru", True)]


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    if shutil.which("xvfb-run") is None:
        raise SystemExit("xvfb-run not found: apt install xvfb (scripts/apt-packages.txt)")
    for width, height, lang, large in RUNS:
        command = [
            "xvfb-run",
            "-a",
            "-s",
            f"-screen 0 {width}x{height}x24",
            sys.executable,
            "-m",
            "scripts.screens",
            str(out),
            lang,
            f"{width}x{height}",
            *(["--large"] if large else []),
        ]
        env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
        subprocess.run(command, check=True, cwd=ROOT, env=env, timeout=300)
    for png in sorted(out.glob("*.png")):
        print(png)
    return 0


if __name__ == "__main__":
    with tempfile.TemporaryDirectory():
        sys.exit(main())

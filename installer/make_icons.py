"""Draw ``resources/icons/svodka.svg`` into the PNG sizes and the Windows ``.ico`` (the first
step of ``installer/build.py``; its outputs are build outputs, not kept in git)."""

from __future__ import annotations

import os
import struct
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "icon.png"
        image.save(str(path))
        return path.read_bytes()


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An .ico of PNG images (Windows Vista and later read them): Qt's writer keeps one size."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in images.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        payload += png
    return header + entries + payload


def main() -> None:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "svodka.svg"))
    if not renderer.isValid():
        raise SystemExit("svodka.svg is not a valid SVG")
    for size in PNG_SIZES:
        render(renderer, size).save(str(ICONS / f"svodka-{size}.png"))
    images = {size: png_bytes(render(renderer, size)) for size in ICO_SIZES}
    (ICONS / "svodka.ico").write_bytes(ico_bytes(images))
    del app


if __name__ == "__main__":
    main()

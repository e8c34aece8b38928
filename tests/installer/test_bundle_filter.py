"""The spec's Qt filter: what Svodka draws with stays, the rest of Qt never reaches a bundle."""

from __future__ import annotations

from pathlib import Path

import pytest

from installer.bundle_filter import filtered, from_system, keep
from installer.debug_info import has_debug_info


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6PrintSupport.so.6",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/lib/libicudata.so.73",
        "PySide6/QtWidgets.abi3.so",
        "PySide6/libpyside6.abi3.so.6.11",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/translations/qtbase_ru.qm",
        r"PySide6\Qt6Core.dll",
        r"PySide6\QtGui.pyd",
        r"PySide6\plugins\platforms\qwindows.dll",
        r"PySide6\plugins\styles\qmodernwindowsstyle.dll",
        "numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so",
        # pyqtgraph (the chart) imports these on load: a self-test caught them missing.
        "PySide6/Qt/lib/libQt6OpenGL.so.6",
        "PySide6/QtOpenGLWidgets.abi3.so",
        "resources/translations/svodka_en.qm",
    ],
)
def test_what_the_app_uses_is_kept(dest: str) -> None:
    assert keep(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "PySide6/Qt/libexec/QtWebEngineProcess",
        "PySide6/Qt/resources/qtwebengine_resources.pak",
        "PySide6/QtWebEngineWidgets.abi3.so",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/qml/QtQuick/Controls/libqtquickcontrols2plugin.so",
        "PySide6/Qt/lib/libQt63DRender.so.6",
        "PySide6/Qt/lib/libQt6Multimedia.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "PySide6/QtNetwork.abi3.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/qmltooling/libqmldbg_tcp.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/imageformats/libqwebp.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/plugins/designer/libqwebengineview.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qtwebengine_ru.qm",
        r"PySide6\Qt6Quick.dll",
        r"PySide6\opengl32sw.dll",
        r"PySide6\plugins\multimedia\ffmpegmediaplugin.dll",
    ],
)
def test_unused_qt_is_dropped(dest: str) -> None:
    assert not keep(dest)


def test_a_link_goes_with_its_target() -> None:
    toc = [
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/venv/PySide6/Qt/lib/libQt6Core.so.6", "BINARY"),
    ]
    assert [dest for dest, _, _ in filtered(toc)] == [
        "libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
    ]


def test_system_libraries_are_left_to_the_package_but_python_travels() -> None:
    toc = [
        ("libX11.so.6", "/usr/lib/x86_64-linux-gnu/libX11.so.6", "BINARY"),
        ("libfontconfig.so.1", "/lib/x86_64-linux-gnu/libfontconfig.so.1", "BINARY"),
        ("libpython3.11.so.1.0", "/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0", "BINARY"),
        ("libssl.so.3", "/usr/lib/x86_64-linux-gnu/libssl.so.3", "BINARY"),
        ("libpython3.11.so.1.0", "/root/.pyenv/versions/3.11.7/lib/libpython3.11.so.1.0", "B"),
    ]
    kept = filtered(toc, system_libraries=False)
    assert [source for _, source, _ in kept] == [toc[2][1], toc[3][1], toc[4][1]]
    assert filtered(toc) == toc  # Windows and macOS: nothing is "the system's"
    assert from_system("/usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0")


def test_debug_information_is_recognised_in_elf_files_only(tmp_path: Path) -> None:
    with_debug = tmp_path / "a.so"
    with_debug.write_bytes(b"\x7fELF" + b"\0" * 64 + b".debug_info\0.text\0")
    without = tmp_path / "b.so"
    without.write_bytes(b"\x7fELF" + b"\0" * 64 + b".text\0")
    text = tmp_path / "c.txt"
    text.write_bytes(b"mentions .debug_info but is no ELF")
    assert [has_debug_info(p) for p in (with_debug, without, text)] == [True, False, False]

"""What of Qt goes into the bundle: the spec filters PyInstaller's file lists with ``keep``.

PyInstaller's PySide6 hooks collect every plugin a module might load and every library those
plugins link, whatever the app uses; ``--exclude-module`` only stops Python imports. Svodka
draws widgets (QtWidgets, QtGui, QtCore), prints (QtPrintSupport) and may show SVG icons, so
everything else of Qt is left out here: no QtWebEngine, QML/Quick, 3D, multimedia, network
plugins, Wayland compositors or designer plugins (OpenGL stays: the chart library loads it).
Names are bundle paths (``dest`` in a TOC).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePosixPath

# Qt's shared libraries by module (libQt6Core.so.6, Qt6Core.dll): DBus and XcbQpa are what the
# xcb platform plugin links; Svg serves the SVG icon engine and image format; OpenGL and
# OpenGLWidgets because pyqtgraph (the quarterly chart) imports them on load.
QT_LIBRARIES = frozenset(
    {"core", "gui", "widgets", "printsupport", "dbus", "xcbqpa", "svg", "opengl", "openglwidgets"}
)
# PySide6's binding modules (PySide6/QtCore.abi3.so, QtCore.pyd) the code imports.
QT_BINDINGS = frozenset(
    {"qtcore", "qtgui", "qtwidgets", "qtprintsupport", "qtsvg", "qtopengl", "qtopenglwidgets"}
)
# Plugins kept, by folder and by name without "lib", "q" and the suffix.
QT_PLUGINS: dict[str, frozenset[str]] = {
    "platforms": frozenset({"xcb", "offscreen", "windows", "cocoa"}),
    "xcbglintegrations": frozenset({"xcb-glx-integration", "xcb-egl-integration"}),
    # compose: dead keys and the Compose key; ibus: input methods some desktops run.
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "platformthemes": frozenset({"xdgdesktopportal"}),
    "printsupport": frozenset({"cupsprintersupport", "windowsprintersupport"}),
    # Scans of acts come as JPEG, PNG (built in) or TIFF; ICO and SVG for icons.
    "imageformats": frozenset({"jpeg", "tiff", "gif", "ico", "svg"}),
    "iconengines": frozenset({"svgicon"}),
    "styles": frozenset({"modernwindowsstyle", "windowsvistastyle", "macstyle"}),
}
# Qt's own translations (standard buttons, file dialogs): only the app's languages.
QT_TRANSLATIONS = frozenset({"qtbase_ru.qm", "qtbase_en.qm"})
NEVER = ("webengine", "/qml/", "/libexec/", "pyside6qml", "qtvirtualkeyboard", "opengl32sw")

SYSTEM_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")
PYTHON_RUNTIME = (
    "libpython",
    "libffi.",
    "libssl.",
    "libcrypto.",
    "libsqlite3.",
    "libz.",
    "libbz2.",
    "liblzma.",
    "libexpat.",
    "libuuid.",
    "libmpdec.",
    "libncursesw.",
    "libtinfo.",
    "libreadline.",
    "libgdbm",
    "libb2.",
)

_QT_LIBRARY = re.compile(r"^(?:lib)?qt6([a-z0-9]+?)(?:\.so(?:\.\d+)*|\.dll|\.dylib)$")
_BINDING = re.compile(r"^(qt[a-z0-9]+)\.(?:abi3\.so|pyd|.*\.so)$")
_PLUGIN_SUFFIX = re.compile(r"\.(?:so|dll|dylib)$")


def keep(dest: str) -> bool:
    """False for a bundle path of Qt that Svodka does not use; True for everything else."""
    path = PurePosixPath("/" + dest.replace("\\", "/").lower())
    parts = path.parts
    if "pyside6" not in parts:
        return not any(word in path.as_posix() for word in ("webengine", "qtwebengine"))
    if any(word in path.as_posix() for word in NEVER):
        return False
    if "plugins" in parts:
        return _keep_plugin(parts[parts.index("plugins") + 1 :])
    if path.parent.name == "translations":
        return path.name in QT_TRANSLATIONS
    library = _QT_LIBRARY.match(path.name)
    if library:
        return library.group(1) in QT_LIBRARIES
    binding = _BINDING.match(path.name)
    if binding and path.parent.name == "pyside6":
        return binding.group(1) in QT_BINDINGS
    return True


def _keep_plugin(rest: tuple[str, ...]) -> bool:
    if len(rest) != 2:
        return False  # a plugin folder we do not know, or a deeper one (qml, designer)
    folder, name = rest
    wanted = QT_PLUGINS.get(folder)
    return wanted is not None and _plugin_name(name) in wanted


def _plugin_name(file_name: str) -> str:
    stem = _PLUGIN_SUFFIX.sub("", file_name.removeprefix("lib"))
    return stem.removeprefix("q") if stem.startswith("q") else stem


def from_system(source: str) -> bool:
    """A Linux system library the package declares instead of carrying (Qt's X11, font and
    D-Bus libraries and theirs): a copy of libstdc++ or fontconfig from the build machine may
    not match the user's graphics driver or font configuration. Python's own libraries travel
    with it, so a bundle built on a system Python keeps its libpython."""
    path = PurePosixPath(source.replace("\\", "/"))
    in_system = path.as_posix().startswith(SYSTEM_DIRS)
    return in_system and not path.name.startswith(PYTHON_RUNTIME)


def filtered(
    toc: Iterable[tuple[str, str, str]], system_libraries: bool = True
) -> list[tuple[str, str, str]]:
    """A PyInstaller TOC (dest, source, type) without what ``keep`` rejects and, when
    ``system_libraries`` is False (Linux), without the libraries the system provides."""
    return [
        (dest, source, kind)
        for dest, source, kind in toc
        if keep(dest)
        # PyInstaller links Qt's libraries into _internal/: the link goes with its target.
        and (kind != "SYMLINK" or keep(source))
        and (system_libraries or not from_system(source))
    ]

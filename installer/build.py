"""Build the installers: .qm translations → PyInstaller bundle → its ``--self-test`` and the
demo server inside it → on Linux the ``.deb`` and a ``.tar.gz`` (their Depends checked), on
Windows the Inno Setup script (compiled when ISCC is found).

Run from anywhere: ``python installer/build.py [--install]``. Outputs go to
``build/installer/``: ``dist/svodka/`` (the bundle), the packages and ``figures.json``.
``--install`` (root, Debian): installs the .deb for real, runs the installed app's
``--self-test`` and removes the package again.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from installer import debian, linux_deps, windows_iss
from installer.version import ROOT, version

OUT = ROOT / "build" / "installer"
BUNDLE = OUT / "dist" / "svodka"
WINDOWS = sys.platform == "win32"
SELF_TEST_OK = "self-test: ok"
STARTUP_RUNS = 3
SERVER_WAIT_S = 30.0


def say(text: str) -> None:
    print(f"build: {text}", flush=True)


@contextmanager
def timed(step: str, figures: dict[str, float]) -> Iterator[None]:
    """Say the step, and note its seconds in ``figures`` as ``<step>_s``."""
    say(f"{step}…")
    began = time.monotonic()
    yield
    figures[f"{step}_s"] = round(time.monotonic() - began, 1)


def icons() -> None:
    """PNG sizes and the .ico drawn from the SVG (build outputs, not kept in git)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, str(ROOT / "installer" / "make_icons.py")], check=True, env=env)


def translations() -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "build"], check=True)


def pyinstaller() -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(OUT / "dist"),
            "--workpath",
            str(OUT / "work"),
            str(ROOT / "installer" / "svodka.spec"),
        ],
        check=True,
    )


def executable(bundle: Path, cli: bool = True) -> Path:
    """The bundle's program: on Windows the console one (svodka-cli.exe) for checks."""
    if WINDOWS:
        return bundle / ("svodka-cli.exe" if cli else "svodka.exe")
    return bundle / "svodka"


def quiet_environment(home: Path, platform: str = "offscreen") -> dict[str, str]:
    """A throwaway home: the check must not read or write the builder's own settings."""
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "HOME": str(home)}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    env.pop("SVODKA_DATA_DIR", None)
    return env


def self_test(program: Path, platform: str = "offscreen", wrapper: tuple[str, ...] = ()) -> float:
    """Run ``program --self-test``; seconds from the process start to its window filled."""
    with tempfile.TemporaryDirectory(prefix="svodka-build-") as home:
        errors = Path(home) / "stderr.txt"
        with errors.open("w") as stderr:
            began = time.monotonic()
            child = subprocess.Popen(
                [*wrapper, str(program), "--self-test"],
                env=quiet_environment(Path(home), platform),
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
            )
            ready = _ready_after(child, began)
            code = child.wait(120)
        if code != 0 or ready is None:
            text = errors.read_text(errors="replace")[-3000:]
            raise SystemExit(f"self-test of {program} failed ({code}, {platform}):\n{text}")
    return ready


def _ready_after(child: subprocess.Popen[str], began: float) -> float | None:
    """Seconds from ``began`` to the self-test's line that the window is filled."""
    assert child.stdout is not None
    ready = None
    for line in child.stdout:
        if line.strip() == SELF_TEST_OK:
            ready = time.monotonic() - began
    return ready


def startup_figure(program: Path) -> float:
    """Median over a few runs of the frozen self-test's start to filled window."""
    return statistics.median(self_test(program) for _ in range(STARTUP_RUNS))


def xcb_check(program: Path) -> None:
    """Linux with Xvfb: the self-test on the real xcb platform plugin, so a library the filter
    or the Depends forgot shows up here, not on a feldsher's PC."""
    if WINDOWS or shutil.which("xvfb-run") is None:
        say("xvfb-run not found: the xcb platform plugin is not checked")
        return
    self_test(program, platform="xcb", wrapper=("xvfb-run", "-a"))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def demo_server_check(program: Path) -> None:
    """The server inside the bundle (``--run-demo-server``): migrate, import, issue a code,
    serve and answer /health, as the demo profile's own server does."""
    resources = program.parent / "_internal" / "resources"
    with tempfile.TemporaryDirectory(prefix="svodka-server-") as data:
        base = [str(program), "--run-demo-server", "--data-dir", data]
        for args in (
            ["import-registry", str(resources / "registry-sample.csv")],
            ["import-pack", str(resources / "region-packs" / "stavropol.json")],
            ["enrol-code", "--scope", "DEMO-MO-01"],
        ):
            subprocess.run([*base, *args], check=True, capture_output=True, timeout=120)
        port = _free_port()
        server = subprocess.Popen(
            [*base, "serve", "--port", str(port), "--log-level", "WARNING"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            _wait_for_health(f"http://127.0.0.1:{port}/api/v1/health", server)
        finally:
            server.terminate()
            server.wait(30)


def _wait_for_health(url: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + SERVER_WAIT_S
    while time.monotonic() < deadline and server.poll() is None:
        try:
            if requests.get(url, timeout=1).ok:
                return
        except requests.RequestException:
            pass
        time.sleep(0.2)
    raise SystemExit(f"the bundle's demo server did not answer at {url}")


def size_mib(path: Path) -> float:
    if path.is_file():
        return round(path.stat().st_size / 2**20, 1)
    files = (p for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return round(sum(p.stat().st_size for p in files) / 2**20, 1)


def check_depends(bundle: Path) -> None:
    outside, missing = linux_deps.undeclared(bundle)
    if missing:
        raise SystemExit(f"libraries the bundle links are not on this system: {missing}")
    if outside:
        raise SystemExit(f"add to installer/debian.py DEPENDS: {outside}")


def tarball(bundle: Path, name: str) -> Path:
    target = OUT / f"{name}-linux-x86_64.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=name)
    return target


def install_check(deb: Path) -> None:
    """Root only: the real thing (apt resolves Depends), then the installed app, then gone."""
    if os.geteuid() != 0:
        raise SystemExit("--install needs root (it installs and removes the package)")
    present = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", debian.PACKAGE], capture_output=True, text=True
    )
    if "installed" in present.stdout.split():
        raise SystemExit("svodka is installed here: --install would replace and then remove it")
    if shutil.which("apt-get"):
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends", str(deb.resolve())],
            check=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
            stdout=subprocess.DEVNULL,
        )
    else:
        subprocess.run(["dpkg", "-i", str(deb)], check=True)
    try:
        self_test(Path(str(debian.PREFIX)) / "svodka")
        subprocess.run(["/usr/bin/svodka", "--version"], check=True)
    finally:
        subprocess.run(["dpkg", "-r", debian.PACKAGE], check=True, stdout=subprocess.DEVNULL)


def windows_installer(figures: dict[str, float]) -> None:
    script = windows_iss.write(BUNDLE, OUT, OUT / "svodka.iss")
    compiler = shutil.which("ISCC") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
    if not Path(compiler).exists():
        say(f"Inno Setup not found: compile {script} with ISCC.exe")
        return
    with timed("inno_setup", figures):
        subprocess.run([compiler, "/Q", str(script)], check=True)
    setup = OUT / f"svodka-{version()}-setup.exe"
    figures["setup_exe_mib"] = size_mib(setup)


def linux_packages(figures: dict[str, float], install: bool) -> None:
    with timed("depends_check", figures):
        check_depends(BUNDLE)
    with timed("xcb_self_test", figures):
        xcb_check(executable(BUNDLE))
    with timed("tar_gz", figures):
        figures["tar_gz_mib"] = size_mib(tarball(BUNDLE, f"svodka-{version()}"))
    with timed("deb", figures):
        deb = debian.build(BUNDLE, OUT, version())
    figures["deb_mib"] = size_mib(deb)
    if install:
        with timed("deb_install_check", figures):
            install_check(deb)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--install", action="store_true", help="root: dpkg -i, self-test, dpkg -r")
    parser.add_argument("--skip-bundle", action="store_true", help="reuse build/installer/dist")
    options = parser.parse_args()
    figures: dict[str, float] = {}
    began = time.monotonic()
    if not options.skip_bundle:
        with timed("translations", figures):
            translations()
            icons()
        with timed("pyinstaller", figures):
            pyinstaller()
    figures["bundle_mib"] = size_mib(BUNDLE)
    with timed("self_test", figures):
        figures["frozen_start_to_window_s"] = round(startup_figure(executable(BUNDLE)), 2)
    with timed("demo_server_check", figures):
        demo_server_check(executable(BUNDLE))
    if WINDOWS:
        windows_installer(figures)
    else:
        linux_packages(figures, options.install)
    figures["total_s"] = round(time.monotonic() - began, 1)
    (OUT / "figures.json").write_text(json.dumps(figures, indent=2) + "\n")
    say("done: " + ", ".join(f"{key}={value}" for key, value in figures.items()))


if __name__ == "__main__":
    main()

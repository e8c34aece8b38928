#!/usr/bin/env bash
# Third command: the installers. Builds the PyInstaller bundle, runs its self-test (offscreen
# and, with Xvfb, on the xcb plugin) and its demo server, makes the .deb and the .tar.gz in
# build/installer/, then runs tests/installer against them. As root on Debian it also installs
# the .deb for real, runs /opt/svodka/svodka --self-test and removes the package again.
# Extra arguments go to installer/build.py (--skip-bundle reuses build/installer/dist).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/bootstrap.sh"
cd "$ROOT"
BIN="$ROOT/.venv/bin"

if ! "$BIN/python" -c "import PyInstaller" 2>/dev/null; then
  echo "svodka: installing PyInstaller (the [installer] extra)"
  "$BIN/python" -m pip install -q -e "$ROOT[server,installer]"
  "$BIN/python" -c "import PyInstaller" 2>/dev/null || "$BIN/python" -m pip install -q "pyinstaller>=6.10"
fi
if ! command -v readelf >/dev/null && command -v apt-get >/dev/null; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  # readelf and strip: the Depends check and the debug-information strip
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends binutils
fi

args=("$@")
if [ "$(id -u)" -eq 0 ] && command -v dpkg >/dev/null; then
  args+=(--install)
fi
"$BIN/python" installer/build.py "${args[@]}"
SVODKA_BUNDLE_DIR="$ROOT/build/installer/dist/svodka" "$BIN/pytest" -q tests/installer

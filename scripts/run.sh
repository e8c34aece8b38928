#!/usr/bin/env bash
# First command on a fresh machine: install everything, then start Svodka: the window (first
# run: the wizard, where the demo profile is one choice) where there is a screen, else the
# demo profile with invented data through the command line.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/bootstrap.sh"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$ROOT/.venv/bin/svodka" "$@"
fi
exec "$ROOT/.venv/bin/svodka" demo "$@"

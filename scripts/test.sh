#!/usr/bin/env bash
# Second command: the whole test suite (lint, format, types, tests), after installing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/bootstrap.sh"
cd "$ROOT"
BIN="$ROOT/.venv/bin"
"$BIN/ruff" check .
"$BIN/ruff" format --check .
"$BIN/mypy"
"$BIN/pytest" -n auto "$@"
# The installers too (bundle, its self-test, the .deb installed and self-tested as root):
# about 4 minutes. Left out when pytest arguments are given, or with SVODKA_SKIP_INSTALLERS=1.
if [ $# -eq 0 ] && [ "${SVODKA_SKIP_INSTALLERS:-0}" != 1 ]; then
  bash "$ROOT/scripts/build-installers.sh"
fi

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

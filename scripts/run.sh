#!/usr/bin/env bash
# First command on a fresh machine: install everything, then start Svodka on its defaults
# (a demo profile with invented data, shown through the CLI until the window exists).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/bootstrap.sh"
exec "$ROOT/.venv/bin/svodka" demo "$@"

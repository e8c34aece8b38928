#!/usr/bin/env bash
# Prepare a fresh Debian/Ubuntu machine: apt packages (when missing), .venv, pip packages.
# Sourced by run.sh and test.sh; safe to run again (it skips what is already done).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

missing_apt() {
  local pkg
  while read -r pkg; do
    [ -z "$pkg" ] || [[ "$pkg" == \#* ]] && continue
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done < "$ROOT/scripts/apt-packages.txt"
}

install_apt() {
  command -v dpkg-query >/dev/null || return 0   # not Debian: the user installs by hand
  local need
  need="$(missing_apt | tr '\n' ' ')"
  [ -n "${need// /}" ] || return 0
  echo "svodka: installing system packages: $need"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $need
}

install_python() {
  local stamp="$VENV/.svodka-installed"
  local want
  want="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
  local log="$VENV/pip-install.log"
  echo "svodka: installing Python packages into .venv (log: $log)"
  # pip's build back-end is chatty; keep its output in the log unless something fails.
  if ! { "$VENV/bin/python" -m pip install -q --upgrade pip &&
         "$VENV/bin/python" -m pip install -q -e "$ROOT[server,dev,installer]"; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "svodka: pip install failed; see $log" >&2
    exit 1
  fi
  echo "$want" > "$stamp"
}

check_python() {
  python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    echo "svodka: Python 3.11 or newer is needed (found $(python3 --version 2>&1))" >&2
    exit 1
  }
}

build_translations() {
  # .qm files are build outputs (not in git): made from the .ts on every set-up, cheaply.
  "$VENV/bin/python" "$ROOT/scripts/translations.py" build
}

install_apt
check_python
install_python
build_translations

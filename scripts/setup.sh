#!/usr/bin/env bash
# Idempotent setup: system tools (tesseract, poppler) and the project's virtualenv.
# Quick when everything is already in place.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
PYTHON=${PYTHON:-python3}
# chromium: headless PDF export of summaries (`summarize --pdf`) and its tests.
SYSTEM_PACKAGES=(tesseract-ocr tesseract-ocr-eng poppler-utils fonts-dejavu-core chromium)

need_system() {
  command -v tesseract >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 \
    && command -v chromium >/dev/null 2>&1 \
    && [ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] && return 1
  # macOS and others may keep fonts elsewhere; only the two tools are hard requirements.
  command -v tesseract >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 && ! command -v apt-get >/dev/null 2>&1 && return 1
  return 0
}

if need_system; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "setup: installing ${SYSTEM_PACKAGES[*]} with apt-get" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${SYSTEM_PACKAGES[@]}" >/dev/null
  else
    cat >&2 <<'MSG'
setup: tesseract and poppler are required and this machine has no apt-get.
  macOS (Homebrew):  brew install tesseract poppler
  Fedora/RHEL:       sudo dnf install tesseract poppler-utils
Then run the make command again. For PDF export of summaries (optional) also install
Chromium: brew install --cask chromium (macOS), sudo dnf install chromium (Fedora).
MSG
    exit 3
  fi
fi

if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "setup: Python >= 3.11 is required ($PYTHON is $("$PYTHON" -V 2>&1)); set PYTHON=python3.11" >&2
  exit 3
fi

STAMP="$VENV/.installed"
if [ ! -f "$STAMP" ] || [ pyproject.toml -nt "$STAMP" ]; then
  [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
  echo "setup: installing the project into $VENV (log: $VENV/setup.log)" >&2
  # The build backend is chatty about editable installs; keep its output in a log.
  if ! { "$VENV/bin/python" -m pip install -q --upgrade pip \
         && "$VENV/bin/python" -m pip install -q -e ".[dev,airflow]"; } >"$VENV/setup.log" 2>&1; then
    tail -n 30 "$VENV/setup.log" >&2
    echo "setup: pip install failed; the full log is $VENV/setup.log" >&2
    exit 1
  fi
  touch "$STAMP"
fi

#!/usr/bin/env bash
# Build the Satchel desktop bundle (one folder: dist/satchel/) with PyInstaller and print its size.
#
#   scripts/bundle.sh                        web-mode bundle (no Flet desktop client inside)
#   FLET_VIEW_PATH=/path/to/client scripts/bundle.sh   full desktop bundle (see docs/bundle.md)
#
# VENV chooses the virtual environment (default: .venv in the project root).
set -euo pipefail

PYINSTALLER_VERSION=6.22.3

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# PyInstaller keeps a binary cache in the home directory by default; a per-checkout cache cannot be
# corrupted by another build running at the same time (or by a different checkout).
export PYINSTALLER_CONFIG_DIR="${PYINSTALLER_CONFIG_DIR:-$ROOT/build/pyinstaller-config}"
VENV="${VENV:-.venv}"
PYTHON="$VENV/bin/python"
[[ -x "$PYTHON" ]] || PYTHON="$VENV/Scripts/python.exe"  # a Windows venv (Git Bash, MSYS2)
if [[ ! -x "$PYTHON" ]]; then
    echo "bundle.sh: no Python in $VENV; run 'make venv' first" >&2
    exit 1
fi

installed="$("$PYTHON" -m PyInstaller --version 2>/dev/null || true)"
if [[ "$installed" != "$PYINSTALLER_VERSION" ]]; then
    echo "bundle.sh: installing pyinstaller==$PYINSTALLER_VERSION (found: ${installed:-none})"
    "$PYTHON" -m pip install -q "pyinstaller==$PYINSTALLER_VERSION"
fi

if [[ -n "${FLET_VIEW_PATH:-}" ]]; then
    echo "bundle.sh: the Flet desktop client comes from FLET_VIEW_PATH=$FLET_VIEW_PATH"
else
    echo "bundle.sh: FLET_VIEW_PATH is not set; the bundled app will serve web mode on 127.0.0.1"
fi

started=$SECONDS
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN build.spec
elapsed=$((SECONDS - started))

BUNDLE="dist/satchel"
for program in satchel satchel-cli; do
    if [[ ! -e "$BUNDLE/$program" && ! -e "$BUNDLE/$program.exe" ]]; then
        echo "bundle.sh: $BUNDLE/$program was not built" >&2
        exit 1
    fi
done
files=$(find "$BUNDLE" -type f | wc -l | tr -d ' ')
size=$(du -sh "$BUNDLE" | cut -f1)
echo "bundle.sh: built $BUNDLE in ${elapsed}s: $size in $files files"
if [[ -d "$BUNDLE/_internal" ]]; then
    echo "bundle.sh: largest parts:"
    du -sh "$BUNDLE"/_internal/* 2>/dev/null | sort -h | tail -n 8 | sed 's/^/    /'
fi

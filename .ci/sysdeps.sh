#!/usr/bin/env bash
# Installs the system packages Satchel's tests need, when they are missing:
#   chromium  - headless browser for the UI end-to-end tests (driven by Playwright, no browser download)
#   nodejs/npm - the reference JavaScript peer in ../shared/tools/peer (interop tests)
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
command -v node >/dev/null 2>&1 || need+=(nodejs npm)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "Missing system packages: ${need[*]} (install them with your package manager)" >&2; exit 1; fi
else SUDO=""; fi
echo "Installing system packages: ${need[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null

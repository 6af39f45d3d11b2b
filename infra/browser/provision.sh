#!/usr/bin/env bash
# Makes headless Chromium, ChromeDriver (browser tests) and pdftoppm (report page images) available
# from Debian's packages chromium, chromium-driver and poppler-utils: does nothing if all are
# installed, installs them as root with apt-get otherwise, and stops with a clear message if it cannot.
set -euo pipefail

if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//'
  echo "usage: $0 [-h]"
  exit 0
fi

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 \
  && command -v pdftoppm >/dev/null 2>&1; then
  echo "[browser] $(chromium --version 2>/dev/null | head -1), chromedriver and pdftoppm are installed"
  exit 0
fi
if [[ "$(id -u)" != "0" ]] || ! command -v apt-get >/dev/null 2>&1; then
  echo "[browser] ERROR: chromium, chromedriver or pdftoppm is missing and cannot be installed here (needs root and apt-get)." >&2
  echo "[browser]        Install Debian's packages chromium, chromium-driver and poppler-utils." >&2
  exit 1
fi
echo "[browser] installing chromium, chromium-driver and poppler-utils from the OS packages"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver poppler-utils >/dev/null
echo "[browser] $(chromium --version 2>/dev/null | head -1) installed"

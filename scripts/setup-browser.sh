#!/usr/bin/env bash
# Browser journeys drive Debian's Chromium through playwright-core (no browser downloads).
# Installs it when missing and we are root; otherwise stops with one instruction. Never skips.
set -euo pipefail
CHROMIUM="${CONECTA_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium for the browser tests (apt-get install chromium)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  [ -x "$CHROMIUM" ] && exit 0
fi
echo "Browser tests need Chromium at $CHROMIUM: run 'sudo apt-get install -y chromium' (or set CONECTA_CHROMIUM), then npm test again." >&2
exit 1

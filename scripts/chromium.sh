#!/usr/bin/env bash
# Installs Debian's Chromium if missing (the browser tests drive it headless through Playwright; no browser download).
# Idempotent. Prints the executable's path.
set -euo pipefail

if ! command -v chromium >/dev/null 2>&1; then
  echo "chromium: installing Chromium (apt)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2 || true
  apt-get install -y -q --no-install-recommends chromium >&2
fi

command -v chromium

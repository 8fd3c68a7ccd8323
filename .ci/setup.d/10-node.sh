#!/usr/bin/env bash
# Node.js and npm run the real Adaptive Cards parser and the Teams manifest schemas in the tests (tools/node).
set -euo pipefail
if ! command -v npm >/dev/null 2>&1; then
  echo "ci: installing Node.js and npm from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
node --version

#!/usr/bin/env bash
# Debian's Chromium, driven headless by npm playwright-core in the Web Chat browser tests (tests/Bot.Tests/WebChat).
# Playwright's own browser download cannot run here, so the distribution's build is used instead.
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1; then
  echo "ci: installing Chromium from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi
chromium --version

#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (tests/web/test_browser.py drives it with Playwright
# through executable_path: Playwright never downloads a browser of its own). Does nothing when
# /usr/bin/chromium is there; says why and exits 0 when apt cannot be used (not root, no apt), so the
# browser tests then skip with that reason. CI (.ci/run, as root) installs it.
set -uo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "chromium: not installed (no apt-get here); the browser tests will skip" >&2
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "chromium: not installed (apt-get needs root); the browser tests will skip" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >&2 \
  || { echo "chromium: apt-get install failed; the browser tests will skip" >&2; exit 0; }
echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo installed)"

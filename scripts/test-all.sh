#!/usr/bin/env bash
# Installs everything the tests need (Debian's Chromium, poppler-utils, CJK and emoji fonts, redis-server,
# PostgreSQL, npm packages) and runs every test: typecheck, lint + format check, Vitest, the sync server's
# tests (which start their own Redis and PostgreSQL on free 127.0.0.1 ports and stop them after), production
# build, Playwright end-to-end in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
# The PDF draws CJK and emoji with the browser's own fonts (src/export/pdf/fallback.ts); the end-to-end
# tests compare those drawings, so the machine needs fonts for them, as a person's computer has.
fc-list :lang=ja 2>/dev/null | grep -q . || missing+=(fonts-wqy-microhei)
fc-list 2>/dev/null | grep -qi 'color emoji' || missing+=(fonts-noto-color-emoji)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} with apt-get"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  # The tests start Redis and PostgreSQL themselves: keep apt from starting Debian's own instances.
  policy=/usr/sbin/policy-rc.d
  made_policy=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo_cmd tee "$policy" >/dev/null
    $sudo_cmd chmod +x "$policy"
    made_policy=1
  fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
  if [ -n "$made_policy" ]; then $sudo_cmd rm -f "$policy"; fi
fi

# `npm ci` cannot be used here (see README, Known limits); `npm install` honours the committed lock.
npm install --no-audit --no-fund
npm test
npm run bench -- --n=100 --runs=1 --insights-journeys=20
# A few seconds of the workshop load test, one process and two through Redis: keeps it working.
npm run bench:workshop -- --smoke

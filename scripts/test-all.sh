#!/usr/bin/env bash
# Installs everything the tests need (Debian's Chromium, poppler-utils, CJK and emoji fonts, npm packages) and
# runs every test:
# typecheck, lint + format check, Vitest, production build, Playwright end-to-end in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
# The PDF draws CJK and emoji with the browser's own fonts (src/export/pdf/fallback.ts); the end-to-end
# tests compare those drawings, so the machine needs fonts for them, as a person's computer has.
fc-list :lang=ja 2>/dev/null | grep -q . || missing+=(fonts-wqy-microhei)
fc-list 2>/dev/null | grep -qi 'color emoji' || missing+=(fonts-noto-color-emoji)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} with apt-get"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# `npm ci` cannot be used here (see README, Known limits); `npm install` honours the committed lock.
npm install --no-audit --no-fund
npm test
npm run bench -- --n=100 --runs=1

#!/usr/bin/env bash
# Installs the few Debian packages the workbook needs and the venv cannot provide:
# a Hangul font for plots and PDFs, pango for WeasyPrint and HarfBuzz's subsetter (fast font embedding),
# and poppler-utils, whose pdftotext the tests use to find where each word of a PDF stands.
# As root (or with sudo) it runs apt-get; otherwise it names what is missing and stops.
set -euo pipefail

needed=(fonts-nanum libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 poppler-utils)
missing=()
for pkg in "${needed[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "kornews: missing system packages (no apt-get here; install equivalents): ${missing[*]}" >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  run=(sudo)
else
  echo "kornews: missing system packages; run: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "kornews: installing system packages: ${missing[*]}"
"${run[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${run[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# matplotlib caches the font list; drop it so the new font is seen.
rm -rf "${HOME:-/root}/.cache/matplotlib"

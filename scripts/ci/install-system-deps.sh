#!/usr/bin/env bash
# Debian packages the browser and document tests need: Chromium (screenshots), LibreOffice Calc and Writer and poppler
# (xlsx and docx → PDF → PNG, pdftotext), unzip (reading a docx package back).
# Installed only when missing; the tests that need them skip with a printed reason when they cannot be had.
set -uo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
dpkg -s libreoffice-writer >/dev/null 2>&1 || need+=(libreoffice-writer)
command -v unzip >/dev/null 2>&1 || need+=(unzip)
fc-list 2>/dev/null | grep -qi "liberation serif" || need+=(fonts-liberation)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Installing: ${need[*]}"
if [ "$(id -u)" = "0" ]; then
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || echo "warning: could not install ${need[*]}"
else
  echo "warning: not root, cannot install ${need[*]}"
fi
exit 0

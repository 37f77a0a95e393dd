#!/usr/bin/env bash
# Finds a Chromium for Playwright (it downloads no browser here). Installs Debian's package
# when it can (root with apt-get); otherwise says exactly how to get one and fails.
# Also makes sure a CJK font is there (Debian's fonts-noto-cjk), so the Korean end-to-end run
# and its screenshots show Hangul rather than empty boxes.
set -euo pipefail

# Installs Debian packages as root. An earlier install stopped halfway (a test run killed while
# apt was unpacking) leaves dpkg "interrupted" and a package half-installed, and every apt-get
# install then fails: finish configuring what was unpacked and reinstall what was half-installed
# (dpkg marks it "reinstall required") first.
apt_install() {
  dpkg --configure -a >/dev/null 2>&1 || true
  apt-get update -qq
  local broken
  broken=$(dpkg-query -W -f='${db:Status-Abbrev} ${binary:Package}\n' 2>/dev/null | awk 'substr($1, 3, 1) == "R" { print $2 }')
  if [ -n "$broken" ]; then
    # shellcheck disable=SC2086 # one package name a word
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall $broken >/dev/null || true
    dpkg --configure -a >/dev/null 2>&1 || true
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_cjk_font() {
  if command -v fc-list >/dev/null 2>&1 && fc-list :lang=ko 2>/dev/null | grep -q .; then return 0; fi
  if [ -d /usr/share/fonts/opentype/noto ] && ls /usr/share/fonts/opentype/noto 2>/dev/null | grep -qi cjk; then return 0; fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "No Korean font found: installing Debian's fonts-noto-cjk (about a minute)…" >&2
    apt_install fonts-noto-cjk >&2 ||
      echo "Could not install fonts-noto-cjk; Korean text in screenshots may show as boxes." >&2
  else
    echo "No Korean font found (install fonts-noto-cjk); Korean text in screenshots may show as boxes." >&2
  fi
}
ensure_cjk_font

find_chromium() {
  for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

if path=$(find_chromium); then
  echo "Chromium: $path"
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found: installing Debian's chromium package (about a minute)…"
  apt_install chromium
  if path=$(find_chromium); then echo "Chromium: $path"; exit 0; fi
fi

cat >&2 <<'MSG'
No Chromium found for the end-to-end tests, and it could not be installed automatically.
Install one, then run the tests again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium
MSG
exit 1

#!/usr/bin/env bash
# Install what the real-browser tests (tests/browser.py) need:
#   * Debian's Chromium, driven by Playwright. Playwright's own browser
#     download (`playwright install`) is deliberately not used: the distro
#     package is what developers and CI can always get.
#   * axe-core from npm (package.json / package-lock.json) for the
#     accessibility checks.
#
# Safe to run repeatedly: apt is only touched when something is missing.
# Set CHROMIUM_PATH to use a Chromium installed somewhere else.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
# Fonts are listed explicitly (fonts-liberation is only a Recommends of
# chromium) so screenshots render the same with --no-install-recommends.
APT_PACKAGES=(chromium fonts-liberation fonts-dejavu-core)

log() { printf '[install-browser] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "not root and sudo is unavailable; cannot apt-get install"
    SUDO=(sudo)
fi

apt_updated=0
apt_install() {
    command -v apt-get >/dev/null 2>&1 \
        || die "apt-get not found; install Chromium yourself and set CHROMIUM_PATH"
    # Refresh the package lists once per run, and only when we actually need
    # to install something.
    if [ "$apt_updated" -eq 0 ]; then
        log "apt-get update"
        "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
        apt_updated=1
    fi
    log "apt-get install $*"
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
}

# --- Chromium ---------------------------------------------------------------
if [ -x "$CHROMIUM_PATH" ]; then
    log "Chromium already present at $CHROMIUM_PATH"
else
    apt_install "${APT_PACKAGES[@]}"
    [ -x "$CHROMIUM_PATH" ] || die "Chromium still missing at $CHROMIUM_PATH after install"
fi
# The Debian launcher prints a harmless shell warning on some machines, so only
# stdout is kept; a Chromium that cannot even report its version is fatal.
version="$("$CHROMIUM_PATH" --version 2>/dev/null)" || die "$CHROMIUM_PATH --version failed"
log "using $version"

# --- axe-core (npm) ---------------------------------------------------------
if ! command -v npm >/dev/null 2>&1; then
    apt_install nodejs npm
fi
cd "$REPO_ROOT"
if [ -f package-lock.json ]; then
    # --include=dev: axe-core is a devDependency; keep it even when
    # NODE_ENV=production is set in the environment.
    npm ci --include=dev --no-audit --no-fund
else
    # No lock yet: create one that records registry URLs even if a user-level
    # npmrc says otherwise.
    npm install --include=dev --no-audit --no-fund --omit-lockfile-registry-resolved=false
fi
[ -f node_modules/axe-core/axe.min.js ] || die "node_modules/axe-core/axe.min.js missing after npm install"
log "axe-core $(node -p "require('./node_modules/axe-core/package.json').version") ready"

#!/usr/bin/env bash
# Brings a fresh Debian 12 machine to a state where Postbote builds, runs and tests.
# Idempotent: when every package is present it only checks and returns (about a second).
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config file git
  clang clang-format libclang-rt-14-dev libssl-dev
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-svg-dev libqt6sql6-sqlite qtkeychain-qt6-dev libgmime-3.0-dev
  libsecret-1-0 ca-certificates openssl
  xvfb xauth fonts-dejavu-core
  dbus dbus-x11 gnome-keyring libsecret-tools
  dovecot-core dovecot-pop3d dnsmasq-base
  mpop time
  appstream desktop-file-utils
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${#missing[@]} packages: ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
echo "setup: all packages present" >&2

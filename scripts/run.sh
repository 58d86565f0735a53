#!/usr/bin/env bash
# Builds Postbote on a fresh Debian 12 machine and starts it.
# For now Postbote is the headless postbote-cli; the desktop window on the built-in demo
# account follows (see the issues).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh default
exec build/app/cli/postbote-cli "${@:---help}"

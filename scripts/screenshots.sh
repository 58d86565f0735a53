#!/usr/bin/env bash
# Makes the README's screenshots (docs/main-window-en.png, docs/main-window-de.png) of the
# real window on its demo account, under a virtual X display. Anyone can rerun it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh default
mkdir -p docs
xvfb-run -a -s '-screen 0 1280x800x24' build/tools/postbote_screenshots docs

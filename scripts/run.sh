#!/usr/bin/env bash
# Builds Postbote on a fresh Debian 12 machine and opens it on its built-in demo account:
# the demo POP3 server starts inside the program, so F5 fetches its mailbox at once, offline,
# and the dialogue log shows every command and reply. Arguments go to the program
# (e.g. scripts/run.sh --help).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh default
app=build/app/gui/postbote
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  case " $* " in
    *" --help "*|*" -h "*|*" --version "*|*" -v "*) exec "$app" "$@" ;;
  esac
  echo "run.sh: no display found. Start it from a desktop session, or under a virtual" >&2
  echo "display: xvfb-run -a scripts/run.sh (the headless face is build/app/cli/postbote-cli)." >&2
  exit 1
fi
exec "$app" --demo "$@"

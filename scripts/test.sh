#!/usr/bin/env bash
# Builds Postbote and runs every test, on a fresh Debian 12 machine as on a developer's:
# packages, a throwaway HOME with an unlocked keyring on a private D-Bus, a virtual display,
# and the integration tests' own dovecot instances (started by the tests themselves).
# Extra arguments go to ctest, e.g. scripts/test.sh -L unit
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh default

# Dovecots that an aborted earlier run may have left (DovecotFixture's temp dirs).
cleanup() { pkill -f 'postbote-dovecot-' 2>/dev/null || true; }
trap cleanup EXIT
cleanup

test_home="$(mktemp -d)"
export HOME="$test_home"
export POSTBOTE_CTEST_ARGS="$*"
xvfb-run -a dbus-run-session -- sh -c '
  echo -n postbote-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --preset default --parallel 2 $POSTBOTE_CTEST_ARGS
'

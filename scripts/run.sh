#!/usr/bin/env bash
# Builds Postbote on a fresh Debian 12 machine and runs it on its built-in demo account:
# starts the demo POP3 server on this computer, fetches its mailbox into a local archive
# and shows the whole POP3 dialogue. (The desktop window follows in a later change.)
# With arguments, runs postbote-cli with them instead, e.g. scripts/run.sh --help
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh default
cli=build/app/cli/postbote-cli
if [ $# -gt 0 ]; then
  exec "$cli" "$@"
fi

work="$(mktemp -d)"
archive="${XDG_DATA_HOME:-$HOME/.local/share}/Postbote/demo"
"$cli" demo-server --port 0 > "$work/server.out" &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do
  grep -q 'port' "$work/server.out" 2>/dev/null && break
  sleep 0.1
done
cat "$work/server.out"
port="$(grep -o 'port [0-9]*' "$work/server.out" | head -n 1 | cut -d' ' -f2)"
printf 'password\n' > "$work/password"
"$cli" fetch --host 127.0.0.1 --port "$port" --security none --auth user --user max \
  --password-file "$work/password" --archive "$archive" --log /dev/stderr
echo "Archive: $archive"

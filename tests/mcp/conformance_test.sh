#!/usr/bin/env bash
# The official MCP conformance suite against `mpsandbox serve`'s /mcp, with the scenarios
# we do not serve listed in conformance-expected-failures.yml.
#   conformance_test.sh PATH_TO_MPSANDBOX NODE_MODULES_PARENT
set -uo pipefail
BIN="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
DEPS="$(cd "$2" && pwd)"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WORK="$(mktemp -d)"
"$BIN" serve --listen 127.0.0.1:0 >"$WORK/serve.out" 2>"$WORK/serve.err" &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 100); do
  PORT=$(grep -o "listening on 127.0.0.1:[0-9]*" "$WORK/serve.out" | cut -d: -f2)
  [[ -n "$PORT" ]] && break
  sleep 0.1
done
[[ -n "${PORT:-}" ]] || { echo "server did not start"; cat "$WORK/serve.err"; exit 1; }
cd "$WORK" && node "$DEPS/node_modules/@modelcontextprotocol/conformance/dist/index.js" server \
  --url "http://127.0.0.1:$PORT/mcp" --expected-failures "$HERE/conformance-expected-failures.yml"

#!/usr/bin/env bash
# Regenerates the README's dashboard screenshots: starts `watchdog up --demo` in a scratch folder (loopback only, no
# network), waits until the demo has articles and alerts, and has Debian's headless chromium, driven by the
# playwright-core that the Microsoft.Playwright package ships (eng/screenshots.js), photograph each page at 1280×800
# in English and Russian. Writes docs/screenshots/<page>-<lang>.png; a page this build does not serve is skipped
# with a note.
#
#   eng/screenshots.sh                             # builds the CLI (Release) and uses it
#   WATCHDOG=path/to/watchdog eng/screenshots.sh   # uses an already built `watchdog`
# Needs tests/Watchdog.EndToEnd.Tests built in Release (for Playwright's driver) or PLAYWRIGHT_DIR set.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/docs/screenshots"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
PORT="${PORT:-5399}"
DEMO_PORT="${DEMO_PORT:-5381}"
# How long the demo may take to show alerts; the README promises a story and alerts within four minutes.
WAIT_SECONDS="${WAIT_SECONDS:-240}"
# Microsoft.Playwright copies its driver (node and playwright-core) next to the test assembly.
PLAYWRIGHT_DIR="${PLAYWRIGHT_DIR:-$ROOT/tests/Watchdog.EndToEnd.Tests/bin/Release/net10.0/.playwright}"

[[ -x "$CHROMIUM" ]] || { echo "screenshots: needs chromium at $CHROMIUM (apt-get install -y chromium)" >&2; exit 1; }
[[ -d "$PLAYWRIGHT_DIR" ]] || { echo "screenshots: needs Playwright's driver at $PLAYWRIGHT_DIR: dotnet build tests/Watchdog.EndToEnd.Tests -c Release" >&2; exit 1; }
if [[ -z "${WATCHDOG:-}" ]]; then
  dotnet build "$ROOT/src/Watchdog.Cli" -c Release -nologo -clp:ErrorsOnly >&2
  WATCHDOG="$(find "$ROOT/src/Watchdog.Cli/bin/Release" -maxdepth 2 -name watchdog -type f | head -n 1)"
fi

SCRATCH="$(mktemp -d -t watchdog-screenshots.XXXXXX)"
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$SCRATCH"
}
trap cleanup EXIT

BASE="http://127.0.0.1:$PORT"
(cd "$SCRATCH" && exec "$WATCHDOG" up --demo --demo-port "$DEMO_PORT" --urls "$BASE" --data "$SCRATCH/data" >"$SCRATCH/watchdog.log" 2>&1) &
SERVER_PID=$!

count() { curl -fsS "$BASE$1" 2>/dev/null | python3 -c "import json,sys; d=json.load(sys.stdin); print($2)" 2>/dev/null || echo 0; }

echo "screenshots: waiting for the demo at $BASE (up to ${WAIT_SECONDS}s)…" >&2
for ((waited = 0; ; waited += 5)); do
  articles=$(count /api/stats "d['articles']")
  alerts=$(count /api/alerts "d['total']")
  if (( articles >= 20 && alerts >= 2 )); then break; fi
  if (( waited >= WAIT_SECONDS )); then echo "screenshots: after ${WAIT_SECONDS}s only $articles articles, $alerts alerts; photographing anyway" >&2; break; fi
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "screenshots: watchdog stopped:" >&2; tail -n 20 "$SCRATCH/watchdog.log" >&2; exit 1; }
  sleep 5
done

article_id=$(count "/api/articles?limit=1" "d[0]['id']")

mkdir -p "$OUT"
CHROMIUM="$CHROMIUM" PLAYWRIGHT_PACKAGE="$PLAYWRIGHT_DIR/package" "$PLAYWRIGHT_DIR/node/linux-x64/node" "$ROOT/eng/screenshots.js" "$BASE" "$OUT" "$article_id"

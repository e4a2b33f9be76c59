#!/usr/bin/env bash
# Regenerates the README's dashboard screenshots: starts `watchdog up --demo` in a scratch folder (loopback only, no
# network), waits until the demo has articles and alerts, and has Debian's headless chromium photograph each page at
# 1280×800 in English and Russian (the server picks the language from chromium's Accept-Language, set by --lang).
# Writes docs/screenshots/<page>-<lang>.png; a page this build does not serve is skipped with a note.
#
#   eng/screenshots.sh                       # builds the CLI (Release) and uses it
#   WATCHDOG=path/to/watchdog eng/screenshots.sh   # uses an already built `watchdog`
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/docs/screenshots"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
PORT="${PORT:-5399}"
DEMO_PORT="${DEMO_PORT:-5381}"
# How long the demo may take to show alerts; the README promises a story and alerts within four minutes.
WAIT_SECONDS="${WAIT_SECONDS:-240}"
PAGES=(overview alerts sources queries article reports admin)
LANGUAGES=(en ru)

[[ -x "$CHROMIUM" ]] || { echo "screenshots: needs chromium at $CHROMIUM (apt-get install -y chromium)" >&2; exit 1; }
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

path_of() {
  case "$1" in
    overview) echo "/" ;;
    article) echo "/article?id=$article_id" ;;
    # The Reports page builds the report a link names, so the picture shows one.
    reports) echo "/reports?q=%D0%BF%D0%B0%D0%B2%D0%BE%D0%B4%D0%BE%D0%BA%20OR%20flood%20OR%20%D1%82%D0%B0%D1%81%D2%9B%D1%8B%D0%BD&title=Floods" ;;
    *) echo "/$1" ;;
  esac
}

mkdir -p "$OUT"
for page in "${PAGES[@]}"; do
  path="$(path_of "$page")"
  status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE${path%%\?*}")
  if [[ "$status" != 200 ]]; then echo "screenshots: skipped $page: $path answers $status in this build" >&2; continue; fi
  for lang in "${LANGUAGES[@]}"; do
    file="$OUT/$page-$lang.png"
    # virtual-time-budget lets the page's scripts load their texts and data before the picture is taken.
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking --hide-scrollbars --lang="$lang" --accept-lang="$lang" \
      --user-data-dir="$SCRATCH/profile-$lang" --window-size=1280,800 --virtual-time-budget=15000 \
      --screenshot="$file" "$BASE$path" >/dev/null 2>&1
    echo "screenshots: wrote ${file#"$ROOT"/}" >&2
  done
done

#!/usr/bin/env bash
# Runs Watchdog with the embedded store (SQLite + Lucene in ./data) and the bundled demo source list,
# served offline from a sample web on 127.0.0.1. Extra arguments go to `watchdog up`.
set -euo pipefail
cd "$(dirname "$0")"

# PDF reports are printed by Debian's chromium (which also brings the fonts charts use). Without it
# everything else works and a PDF request says what to install, so a failed install only warns.
if ! command -v chromium >/dev/null 2>&1; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  echo "Installing chromium (for PDF reports)"
  { DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get update -q \
      && DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends chromium; } \
    || echo "warning: chromium could not be installed; PDF reports will be unavailable (HTML reports still work)" >&2
fi

dotnet build src/Watchdog.Cli -c Release -nologo -clp:ErrorsOnly
# glibc gives each thread that allocates its own malloc arena; the service bounds them itself once it starts, but the
# runtime's start-up threads make theirs before that. Set here, the bound holds from the first allocation (README, Memory).
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
exec dotnet src/Watchdog.Cli/bin/Release/net10.0/watchdog.dll up --demo --data ./data "$@"

#!/usr/bin/env bash
# Runs Watchdog with the embedded store (SQLite + Lucene in ./data) and the bundled demo source list,
# served offline from a sample web on 127.0.0.1. Extra arguments go to `watchdog up`.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build src/Watchdog.Cli -c Release -nologo -clp:ErrorsOnly
exec dotnet src/Watchdog.Cli/bin/Release/net10.0/watchdog.dll up --demo --data ./data "$@"

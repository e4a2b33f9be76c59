#!/usr/bin/env bash
# Runs every Watchdog test. On a fresh Debian machine with the .NET SDK it first installs what the
# tests need: Debian's chromium (browser tests) and postgresql (the scale-out store's tests).
# Ends with one line: "N passed, N failed[, N skipped]"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -q && "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" \
    || { echo "0 passed, 1 failed"; echo "could not install ${missing[*]}" >&2; exit 1; }
fi

if ! dotnet build Watchdog.slnx -c Release -nologo -clp:ErrorsOnly; then
  echo "build failed" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

# One source of truth for the figures: the README's performance table must be what bench/results/*.json say.
table_passed=0; table_failed=0
if dotnet run --no-build -c Release --project bench/Watchdog.Bench -- perf-table --check; then table_passed=1; else table_failed=1; fi
# Code style gate: C# must match .editorconfig. Restored by the build above; dotnet format loads the projects itself
# (it cannot reuse the build's output). A difference counts as one failed test in the final line.
format_passed=0; format_failed=0
if dotnet format Watchdog.slnx --verify-no-changes --no-restore -v q; then format_passed=1; else format_failed=1; fi

log=$(mktemp)
# Each test assembly prints one summary line ("Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, …");
# those are counted rather than TRX files, whose per-second names can collide when assemblies finish together.
dotnet test Watchdog.slnx -c Release --no-build --nologo --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

passed=$((table_passed + format_passed)); failed=$((table_failed + format_failed)); skipped=0
while read -r f p s; do
  failed=$((failed + f)); passed=$((passed + p)); skipped=$((skipped + s))
done < <(sed -n 's/^.*\(Passed\|Failed\)! *- Failed: *\([0-9]*\), Passed: *\([0-9]*\), Skipped: *\([0-9]*\),.*$/\2 \3 \4/p' "$log")
rm -f "$log"
gates_failed=$((table_failed + format_failed))
if [ "$status" -ne 0 ] && [ "$failed" -eq "$gates_failed" ]; then failed=$((failed + 1)); fi   # a crashed test host still fails the run
if [ "$format_failed" -ne 0 ]; then
  echo "code style: files differ from .editorconfig (listed above); run 'dotnet format Watchdog.slnx' and commit the result" >&2
fi
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]

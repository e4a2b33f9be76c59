#!/usr/bin/env bash
# Search through the REST API on the demo data: starts `watchdog up --demo` in a scratch folder, waits until the
# sample web's articles are stored and indexed, then runs wrk (same machine) with a fixed query mix and writes
# bench/results/search-api.json: requests/s, p50/p99, the service's CPU time per search (load-independent, unlike
# the rate on a shared machine), the audit entries written (must equal the searches), the load average and settings.
# Usage: bench/search-api.sh [seconds=20] [connections=16]
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-20}"
connections="${2:-16}"
threads=2
port="${SEARCH_BENCH_PORT:-5391}"
base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

# Another demo on the port would be measured instead of this build (and holds the sample web's ports 5081–5084).
if curl -fs "$base/healthz" >/dev/null 2>&1; then echo "something already answers on $base; stop it or set SEARCH_BENCH_PORT" >&2; exit 1; fi

[ "${SEARCH_BENCH_NO_BUILD:-}" = 1 ] || dotnet build src/Watchdog.Cli -c Release -nologo -clp:ErrorsOnly
data="$(mktemp -d)"
dotnet src/Watchdog.Cli/bin/Release/net10.0/watchdog.dll up --demo --data "$data" --urls "$base" >"$data/service.log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null; wait "$service" 2>/dev/null; rm -rf "$data"' EXIT

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
for _ in $(seq 1 240); do
  curl -fs "$base/healthz" >/dev/null 2>&1 && break
  kill -0 "$service" 2>/dev/null || { tail -5 "$data/service.log" >&2; echo "the service did not start" >&2; exit 1; }
  sleep 1
done
# The demo stores its sample web's articles within the first minute; wait until the count stops growing.
previous=-1
for _ in $(seq 1 120); do
  count="$(curl -fs "$base/api/search?q=&pageSize=1" | json "['total']" || echo 0)"
  [ "$count" -gt 0 ] && [ "$count" = "$previous" ] && break
  previous="$count"; sleep 5
done
echo "demo articles indexed: $count"

audited() { curl -fs "$base/api/audit?action=search&pageSize=1" | json "['total']"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$service/stat"; }
wrk -t"$threads" -c"$connections" -d5s -s bench/search-api/queries.lua "$base" >/dev/null   # warm-up (JIT, caches)

audit_before="$(audited)"; ticks_before="$(cpu_ticks)"; load="$(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -s bench/search-api/queries.lua "$base" | tee "$data/wrk.txt"
ticks_after="$(cpu_ticks)"; load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
sleep 1; audit_after="$(audited)"

# Where a search's CPU goes: the same word with no hits (validation, audit entry, index lookup, response), with one
# hit and with a full page (each hit adds highlighting: its text is analysed again to mark the words).
breakdown="$data/breakdown.tsv"
for path in "/api/search?q=zzzqqq" "/api/search?q=Almaty&pageSize=1" "/api/search?q=Almaty&pageSize=20"; do
  hits="$(curl -fs "$base$path" | json "['hits'].__len__()")"
  before="$(cpu_ticks)"
  requests="$(wrk -t"$threads" -c"$connections" -d8s "$base$path" | grep -oP '\d+(?= requests in)')"
  printf '%s\t%s\t%s\t%s\n' "$path" "$hits" "$requests" "$(( $(cpu_ticks) - before ))" >>"$breakdown"
done

index_bytes="$(du -sb "$data/index" | cut -f1)"   # title/text carry term vectors for highlighting: watch the size

python3 - "$data/wrk.txt" "$count" "$duration" "$connections" "$threads" "$audit_before" "$audit_after" \
  "$ticks_before" "$ticks_after" "$(getconf CLK_TCK)" "$load" "$load_after" "$(nproc)" "$breakdown" "$index_bytes" <<'PY'
import json, re, sys
wrk_out, count, duration, connections, threads, a0, a1, t0, t1, hz, load, load_after, cores, breakdown, index_bytes = sys.argv[1:]
text = open(wrk_out).read()
def ms(value, unit): return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
pct = {p: ms(v, u) for p, v, u in re.findall(r"^\s+(\d+)%\s+([\d.]+)(us|ms|s)$", text, re.M)}
requests = int(re.search(r"(\d+) requests in", text).group(1))
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors = re.search(r"Socket errors: (.*)", text)
cpu_seconds = (int(t1) - int(t0)) / int(hz)
cpu_ms = 1000 * cpu_seconds / requests
result = {
    "benchmark": "search through the REST API (GET /api/search), wrk on the same machine",
    "data": {"kind": "real", "what": "the demo's sample web (watchdog up --demo), stored and indexed", "articles": int(count), "indexBytes": int(index_bytes)},
    "settings": {"threads": int(threads), "connections": int(connections), "durationSeconds": int(duration), "warmupSeconds": 5,
                 "queryMix": "bench/search-api/queries.lua (8 queries: ru/kk/en words, phrase, OR, NOT, prefix, language filter, newest first)",
                 "store": "embedded (SQLite + Lucene)", "auth": "off (loopback)"},
    "machine": {"cores": int(cores), "loadAverageBefore": load, "loadAverageAfter": load_after,
                "note": "shared with other jobs; the rate and latencies depend on the load, the CPU per search much less"},
    "requests": requests,
    "requestsPerSecond": round(float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)), 1),
    "p50Ms": pct.get("50"), "p75Ms": pct.get("75"), "p90Ms": pct.get("90"), "p99Ms": pct.get("99"),
    "non2xx": int(non2xx.group(1)) if non2xx else 0,
    "socketErrors": errors.group(1) if errors else None,
    "serviceCpuSeconds": round(cpu_seconds, 2),
    "serviceCpuMsPerSearch": round(cpu_ms, 3),
    "impliedRequestsPerSecondOnIdleCores": round(int(cores) * 1000 / cpu_ms),
    "impliedNote": "cores × 1000 / CPU ms per search: the service's own CPU only (wrk's share not included)",
    "auditEntriesWritten": int(a1) - int(a0),
    "cpuMsPerSearchByHits": [
        {"request": path, "hits": int(hits), "requests": int(n), "cpuMsPerSearch": round(1000 * int(ticks) / int(hz) / int(n), 3)}
        for path, hits, n, ticks in (line.split("\t") for line in open(breakdown).read().splitlines())],
    # wrk stops with up to one request per connection in flight: answered (and audited) but not counted by it.
    "auditComplete": requests <= int(a1) - int(a0) <= requests + int(connections),
}
json.dump(result, open("bench/results/search-api.json", "w"), indent=2, ensure_ascii=False)
print(json.dumps(result, indent=2, ensure_ascii=False))
PY

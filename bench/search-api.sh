#!/usr/bin/env bash
# Search through the REST API on the demo data, with the result cache (the default) and without it
# (search.resultCache: false), one after the other in the same run: for each, starts `watchdog up --demo` in a scratch
# folder, waits until the sample web's first articles are stored and indexed, then runs wrk (same machine) with a fixed
# query mix, and writes bench/results/search-api.json: requests/s, p50/p99, the service's CPU time per search
# (load-independent, unlike the rate on a shared machine), its background CPU while idle (the living demo keeps
# publishing and ingesting), the audit entries written (must equal the searches), the load average and settings.
# Usage: bench/search-api.sh [seconds=20] [connections=16]
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-20}"
connections="${2:-16}"
threads=2
port="${SEARCH_BENCH_PORT:-5391}"
# The sample web moves off its default ports (5081–5084, 5090), so a demo someone else runs does not collide with it.
demo_port="${SEARCH_BENCH_DEMO_PORT:-6381}"
# The demo publishes a day of backlog at start and then a report every 10 s, so its count never stops growing: wait
# for this many, which the backlog gives within the first minute.
min_articles="${SEARCH_BENCH_MIN_ARTICLES:-20}"
idle_seconds=10
base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

# Another service on the port would be measured instead of this build.
if curl -fs "$base/healthz" >/dev/null 2>&1; then echo "something already answers on $base; stop it or set SEARCH_BENCH_PORT" >&2; exit 1; fi

[ "${SEARCH_BENCH_NO_BUILD:-}" = 1 ] || dotnet build src/Watchdog.Cli -c Release -nologo -clp:ErrorsOnly
work="$(mktemp -d)"
service=""
stop_service() { [ -n "$service" ] && { kill "$service" 2>/dev/null; wait "$service" 2>/dev/null || true; }; service=""; }
trap 'stop_service; rm -rf "$work"' EXIT

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$service/stat"; }
audited() { curl -fs "$base/api/audit?action=search&pageSize=1" | json "['total']"; }
articles() { curl -fs "$base/api/search?q=&pageSize=1" | json "['total']" 2>/dev/null || echo 0; }

# One run: the service with the result cache on or off ($1 = true|false), measured; writes $work/run-$1.json.
measure() {
  local cache="$1" data="$work/data-$1" count=0
  mkdir -p "$data"
  Watchdog__Search__ResultCache="$cache" dotnet src/Watchdog.Cli/bin/Release/net10.0/watchdog.dll up --demo --demo-port "$demo_port" \
    --data "$data" --urls "$base" >"$work/service-$cache.log" 2>&1 &
  service=$!
  for _ in $(seq 1 240); do
    curl -fs "$base/healthz" >/dev/null 2>&1 && break
    kill -0 "$service" 2>/dev/null || { tail -5 "$work/service-$cache.log" >&2; echo "the service did not start" >&2; exit 1; }
    sleep 1
  done
  for _ in $(seq 1 90); do
    count="$(articles)"
    [ "$count" -ge "$min_articles" ] && break
    sleep 2
  done
  [ "$count" -ge "$min_articles" ] || { echo "only $count demo articles indexed after 3 minutes (wanted $min_articles)" >&2; exit 1; }
  echo "result cache $cache: $count demo articles indexed"

  # What the service spends with nobody searching: the living demo's publishing, fetching and indexing (one report
  # every 10 s, so one cycle at least).
  local idle_before; idle_before="$(cpu_ticks)"; sleep "$idle_seconds"; local idle_ticks=$(( $(cpu_ticks) - idle_before ))
  wrk -t"$threads" -c"$connections" -d5s -s bench/search-api/queries.lua "$base" >/dev/null   # warm-up (JIT, caches)

  local audit_before ticks_before load ticks_after load_after audit_after
  audit_before="$(audited)"; ticks_before="$(cpu_ticks)"; load="$(cut -d' ' -f1-3 /proc/loadavg)"
  wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -s bench/search-api/queries.lua "$base" | tee "$work/wrk-$cache.txt"
  ticks_after="$(cpu_ticks)"; load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
  sleep 1; audit_after="$(audited)"

  # Where a search's CPU goes: the same word with no hits (validation, audit entry, index lookup, response), with one
  # hit and with a full page (each hit adds highlighting). With the cache on, all but the first of each are answered
  # from it: what is left is the cost of a request.
  local breakdown="$work/breakdown-$cache.tsv" path hits before requests
  : >"$breakdown"
  for path in "/api/search?q=zzzqqq" "/api/search?q=Almaty&pageSize=1" "/api/search?q=Almaty&pageSize=20"; do
    hits="$(curl -fs "$base$path" | json "['hits'].__len__()")"
    before="$(cpu_ticks)"
    requests="$(wrk -t"$threads" -c"$connections" -d5s "$base$path" | grep -oP '\d+(?= requests in)')"
    printf '%s\t%s\t%s\t%s\n' "$path" "$hits" "$requests" "$(( $(cpu_ticks) - before ))" >>"$breakdown"
  done
  local final_count index_bytes
  final_count="$(articles)"
  index_bytes="$(du -sb "$data/index" | cut -f1)"   # title/text carry term vectors for highlighting: watch the size
  stop_service

  python3 - "$cache" "$work/wrk-$cache.txt" "$count" "$final_count" "$connections" "$audit_before" "$audit_after" \
    "$ticks_before" "$ticks_after" "$(getconf CLK_TCK)" "$load" "$load_after" "$(nproc)" "$breakdown" "$index_bytes" "$idle_ticks" \
    "$idle_seconds" "$duration" \
    >"$work/run-$cache.json" <<'PY'
import json, re, sys
cache, wrk_out, count, final_count, connections, a0, a1, t0, t1, hz, load, load_after, cores, breakdown, index_bytes, idle, idle_seconds, duration = sys.argv[1:]
text = open(wrk_out).read()
def ms(value, unit): return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
pct = {p: ms(v, u) for p, v, u in re.findall(r"^\s+(\d+)%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)}
requests = int(re.search(r"(\d+) requests in", text).group(1))
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors = re.search(r"Socket errors: (.*)", text)
cpu_seconds = (int(t1) - int(t0)) / int(hz)
cpu_ms = 1000 * cpu_seconds / requests
idle_ms_per_second = 1000 * int(idle) / int(hz) / int(idle_seconds)
# An estimate: the background work is bursty (one report every 10 s) and slows down under load like everything else.
search_cpu_ms = max(0.0, 1000 * cpu_seconds - idle_ms_per_second * int(duration)) / requests
audited = int(a1) - int(a0)
json.dump({
    "resultCache": cache == "true",
    "articlesAtStart": int(count), "articlesAtEnd": int(final_count), "indexBytes": int(index_bytes),
    "loadAverageBefore": load, "loadAverageAfter": load_after,
    "requests": requests,
    "requestsPerSecond": round(float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)), 1),
    "p50Ms": pct.get("50"), "p75Ms": pct.get("75"), "p90Ms": pct.get("90"), "p99Ms": pct.get("99"),
    "non2xx": int(non2xx.group(1)) if non2xx else 0,
    "socketErrors": errors.group(1) if errors else None,
    "serviceCpuSeconds": round(cpu_seconds, 2),
    "serviceCpuMsPerSearch": round(cpu_ms, 3),
    "impliedRequestsPerSecondOnIdleCores": round(int(cores) * 1000 / cpu_ms),
    "idleServiceCpuMsPerSecond": round(idle_ms_per_second, 1),
    "estimatedSearchCpuMsPerSearch": round(search_cpu_ms, 3),
    "estimateNote": "(service CPU during the run − idle CPU per second × duration) / requests: the searches' own share, roughly",
    "auditEntriesWritten": audited,
    # wrk stops with up to one request per connection in flight: answered (and audited) but not counted by it.
    "auditComplete": requests <= audited <= requests + int(connections),
    "cpuMsPerSearchByHits": [
        {"request": path, "hits": int(hits), "requests": int(n), "cpuMsPerSearch": round(1000 * int(ticks) / int(hz) / int(n), 3)}
        for path, hits, n, ticks in (line.split("\t") for line in open(breakdown).read().splitlines())],
}, sys.stdout, indent=2, ensure_ascii=False)
PY
}

measure true
measure false

python3 - "$work/run-true.json" "$work/run-false.json" "$duration" "$connections" "$threads" "$(nproc)" <<'PY'
import json, sys
cached, uncached = (json.load(open(p)) for p in sys.argv[1:3])
duration, connections, threads, cores = sys.argv[3:]
result = {
    "benchmark": "search through the REST API (GET /api/search), wrk on the same machine; with the result cache (default) and without it, one after the other",
    "data": {"kind": "real", "what": "the demo's sample web (watchdog up --demo), stored and indexed; the demo keeps publishing a report every 10 s, so each run has a few more articles by its end"},
    "settings": {"threads": int(threads), "connections": int(connections), "durationSeconds": int(duration), "warmupSeconds": 5,
                 "queryMix": "bench/search-api/queries.lua (8 queries: ru/kk/en words, phrase, OR, NOT, prefix, language filter, newest first)",
                 "store": "embedded (SQLite + Lucene)", "auth": "off (loopback)",
                 "resultCache": "on in the first run (default), off in the second (Watchdog__Search__ResultCache=false)"},
    "machine": {"cores": int(cores),
                "note": "shared with other engineers' builds and tests: the rate and latencies depend on the load (loadAverage* in each run), "
                        "the CPU per search much less; serviceCpuMsPerSearch also holds the demo's own background work (idleServiceCpuMsPerSecond)"},
    "impliedNote": "impliedRequestsPerSecondOnIdleCores = cores × 1000 / CPU ms per search: the service's own CPU only (wrk's share not included)",
    # The default configuration's figures at the top, as before; both runs in full below.
    **{k: cached[k] for k in ("requests", "requestsPerSecond", "p50Ms", "p99Ms", "serviceCpuMsPerSearch", "estimatedSearchCpuMsPerSearch",
                              "auditEntriesWritten", "auditComplete")},
    "runs": [cached, uncached],
}
json.dump(result, open("bench/results/search-api.json", "w"), indent=2, ensure_ascii=False)
print(json.dumps(result, indent=2, ensure_ascii=False))
PY

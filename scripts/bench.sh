#!/usr/bin/env bash
# Benchmarks the engine (`coroscope run`) against CPython on this machine, in one go.
#
# Builds the CLI (`cargo build --profile native -p coroscope-engine`), then runs each program in
# bench/ with CPython and with target/native/coroscope, RUNS times each, interleaved. The wall
# time of the whole process is taken from outside (see time_once); the figure per benchmark is the
# median of the runs minus the median start-up cost of that interpreter (bench/empty.py, run in the
# same rounds). Prints a table with the ratio coroscope / CPython and the goal for each benchmark,
# then the raw runs, peak RSS, start-up costs and a CPU-time cross-check. Results: BENCHMARKS.md.
# Needs bash, coreutils, awk, python3 with greenlet (no hyperfine).
#
# Usage: scripts/bench.sh            (RUNS=5 scripts/bench.sh for more runs; default 3)
#        SKIP_BUILD=1 scripts/bench.sh   (use the existing target/native/coroscope)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"

RUNS="${RUNS:-3}"
BUDGET=2000000000 # step budget for the engine; default is 200 million instructions
CORO=target/native/coroscope

# Resolve the real interpreter once: a `python3` shim (pyenv) costs start-up time on every run.
PY=$(python3 -c 'import sys; print(sys.executable)')
if ! "$PY" -c 'import greenlet' 2>/dev/null; then
    echo "bench.sh: $PY has no greenlet; install it: $PY -m pip install greenlet==3.5.6" >&2
    exit 1
fi

if [[ -z "${SKIP_BUILD:-}" ]]; then
    echo "building: cargo build --profile native -p coroscope-engine" >&2
    cargo build --quiet --profile native -p coroscope-engine
fi
[[ -x $CORO ]] || { echo "bench.sh: $CORO missing" >&2; exit 1; }

# BENCH NAME|FILE|GOAL (maximum ratio coroscope/CPython; "-" for none)|BASELINE (the program whose
# time is subtracted: the interpreter's start-up, or for gevent, start-up plus importing gevent)
BENCHES=(
    "loop (sequential f1+f2, N=1e6)|bench/loop.py|1.5|bench/empty.py"
    "greenlet switch (N=2e5)|bench/greenlet_switch.py|0.5|bench/empty.py"
    "generator send (1e6 sends)|bench/generator_send.py|1.0|bench/empty.py"
    "gevent sleep(0) round trip (1e5)|bench/gevent_sleep0.py|0.25|bench/gevent_empty.py"
    "gevent spawn+10 sleeps+joinall (1e4)|bench/gevent_spawn.py|-|bench/gevent_empty.py"
)

# time_once CMD...: runs CMD once with no output, prints "WALL_S PEAK_RSS_KB CPU_S". The wall time is
# taken with time.perf_counter around the child in a small python wrapper (the wrapper's own
# start-up is outside the timed region); the peak RSS is the child's ru_maxrss, CPU_S its user +
# system CPU time. Fails loudly if
# the program exits non-zero or writes anything to stderr.
time_once() {
    "$PY" - "$@" <<'PYEOF'
import resource, subprocess, sys, time
t0 = time.perf_counter()
p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
t1 = time.perf_counter()
if p.returncode != 0 or p.stderr:
    sys.stderr.write("bench.sh: failed (exit %d): %s\n%s" % (p.returncode, " ".join(sys.argv[1:]), p.stderr.decode(errors="replace")))
    sys.exit(1)
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print("%.4f %d %.4f" % (t1 - t0, ru.ru_maxrss, ru.ru_utime + ru.ru_stime))
PYEOF
}

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# measure FILE [BASELINE]: each round runs, in this order, CPython on BASELINE (bench/empty.py), CPython on FILE, the
# engine on BASELINE, the engine on FILE, so the start-up cost subtracted from a benchmark
# is measured next to it (the machine's load can drift between benchmarks). Sets PY_RUNS, CO_RUNS
# (space-separated wall times), PY_MED, CO_MED (medians), PY_START, CO_START (start-up medians)
# PY_CPU, CO_CPU, PY_CPU_START, CO_CPU_START (the same medians in CPU time) and PY_RSS, CO_RSS
# (largest peak RSS over the runs, in MB).
measure() {
    local file=$1 baseline=${2:-bench/empty.py} i t r c py=() co=() pys=() cos=() pyc=() coc=() pysc=() cosc=() pyr=0 cor=0
    for ((i = 0; i < RUNS; i++)); do
        read -r t r c < <(time_once "$PY" "$baseline") || exit 1
        pys+=("$t") pysc+=("$c")
        read -r t r c < <(time_once "$PY" "$file") || exit 1
        py+=("$t") pyc+=("$c")
        if ((r > pyr)); then pyr=$r; fi
        read -r t r c < <(time_once "$CORO" run --budget "$BUDGET" "$baseline") || exit 1
        cos+=("$t") cosc+=("$c")
        read -r t r c < <(time_once "$CORO" run --budget "$BUDGET" "$file") || exit 1
        co+=("$t") coc+=("$c")
        if ((r > cor)); then cor=$r; fi
    done
    PY_RSS=$((pyr / 1024))
    CO_RSS=$((cor / 1024))
    PY_RUNS="${py[*]}"
    CO_RUNS="${co[*]}"
    PY_MED=$(median "${py[@]}")
    CO_MED=$(median "${co[@]}")
    PY_START=$(median "${pys[@]}")
    CO_START=$(median "${cos[@]}")
    PY_CPU=$(median "${pyc[@]}")
    CO_CPU=$(median "${coc[@]}")
    PY_CPU_START=$(median "${pysc[@]}")
    CO_CPU_START=$(median "${cosc[@]}")
}

# warm-up (page cache, CPU frequency); not counted
time_once "$PY" bench/empty.py >/dev/null
time_once "$CORO" run bench/empty.py >/dev/null

echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "CPython: $PY ($("$PY" -c 'import sys, greenlet; print(sys.version.split()[0], "greenlet", greenlet.__version__)'))"
rev=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
if [[ $rev != '?' ]] && ! git diff --quiet HEAD -- engine 2>/dev/null; then rev+=", engine/ has uncommitted changes"; fi
echo "engine:  $CORO (git $rev)"
echo "runs:    $RUNS per program per interpreter, interleaved; figure = median - start-up median"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min; anything well above 0 disturbs the figures)"
echo

rows=()
raw=()
starts=()
cpurows=()
for b in "${BENCHES[@]}"; do
    IFS='|' read -r name file goal baseline <<<"$b"
    measure "$file" "$baseline"
    raw+=("$name: CPython [$PY_RUNS] peak ${PY_RSS} MB; coroscope [$CO_RUNS] peak ${CO_RSS} MB")
    starts+=("$name: CPython $PY_START s, coroscope $CO_START s")
    cpurows+=("$(awk -v n="$name" -v p="$PY_CPU" -v c="$CO_CPU" -v ps="$PY_CPU_START" -v cs="$CO_CPU_START" 'BEGIN {
        pn = p - ps; cn = c - cs; if (pn < 0.0005) pn = 0.0005; if (cn < 0) cn = 0
        printf "| %s | %.3f | %.3f | %.2f |", n, pn, cn, cn / pn
    }')")
    rows+=("$(awk -v n="$name" -v p="$PY_MED" -v c="$CO_MED" -v ps="$PY_START" -v cs="$CO_START" -v g="$goal" 'BEGIN {
        pn = p - ps; cn = c - cs; if (pn < 0.0005) pn = 0.0005; if (cn < 0) cn = 0
        r = cn / pn
        if (g == "-") printf "| %s | %.3f | %.3f | %.2f | %.2f | - | - |", n, pn, cn, r, c / p
        else printf "| %s | %.3f | %.3f | %.2f | %.2f | <= %.2fx | %s |", n, pn, cn, r, c / p, g, (r <= g) ? "yes" : "no"
    }')")
done

echo "| benchmark | CPython s | coroscope s | ratio (coroscope/CPython) | ratio incl. start-up | goal | met |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "raw wall times in seconds (start-up included) and peak RSS over the runs:"
printf '  %s\n' "${raw[@]}"
echo
echo "start-up (bench/empty.py, median, measured next to each benchmark, subtracted above):"
printf '  %s\n' "${starts[@]}"
echo
echo "cross-check, user+sys CPU time instead of wall time (less sensitive to other load; same"
echo "start-up subtraction, medians):"
echo "| benchmark | CPython CPU s | coroscope CPU s | ratio |"
echo "|---|---|---|---|"
printf '%s\n' "${cpurows[@]}"

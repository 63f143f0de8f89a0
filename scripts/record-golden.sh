#!/usr/bin/env bash
# Record the expectations of golden programs with the real CPython 3.11 + greenlet + gevent.
#
#   scripts/record-golden.sh NAME.py [NAME.py ...]     (paths or bare names under programs/)
#
# For each program, inside programs/, this writes:
#   NAME.out    stdout of `python3 NAME.py`
#   NAME.err    stderr of the same run
#   NAME.code   the exit code, only when it is not 0 (otherwise the file is removed)
#   NAME.trace  control-transfer trace from shared/oracle/trace_run.py
#
# This script is the ONLY way to make expectations: never write or edit them by hand.
# The trace is kept only if its `print`/`stderr` lines agree with NAME.out/NAME.err (the tracer
# adds frames of its own, which can change e.g. a RecursionError's "[Previous line repeated N more
# times]"); otherwise it is dropped with a warning and the harness compares output only.
# CPython 3.11 runs `python3 NAME.py` under its absolute path, so tracebacks and warnings name
# /…/programs/NAME.py: that directory prefix is stripped from .out/.err/.trace (the oracle's
# "file path → base name" normalisation), nothing else is touched.
# Do not re-record the oracle's own cases (art*, ext_*): they are copies of shared/oracle.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROGRAMS="$ROOT/programs"
ORACLE="${ORACLE_DIR:-$ROOT/../shared/oracle}"
[ -f "$ORACLE/trace_run.py" ] || ORACLE=/work/shared/oracle
TRACER="$ORACLE/trace_run.py"

if [ $# -eq 0 ]; then
    sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi

python3 -c 'import sys, greenlet, gevent; assert sys.version_info[:2] == (3, 11), sys.version' || {
    echo "record-golden: need python3 3.11 with greenlet==3.5.6 and gevent==26.9.0" >&2
    exit 1
}

export PYTHONIOENCODING=utf-8 LANG=C.UTF-8 PYTHONDONTWRITEBYTECODE=1
cd "$PROGRAMS"
for arg in "$@"; do
    name="$(basename "$arg" .py)"
    if [ ! -f "$name.py" ]; then
        echo "record-golden: no programs/$name.py" >&2
        exit 1
    fi
    case "$name" in
        art*|ext_*) echo "record-golden: $name is an oracle case; copy it from $ORACLE instead" >&2; exit 1 ;;
    esac
    set +e
    timeout 120 python3 "$name.py" > "$name.out" 2> "$name.err"
    code=$?
    set -e
    if [ "$code" -ne 0 ]; then echo "$code" > "$name.code"; else rm -f "$name.code"; fi
    # python3 NAME.py puts the absolute path in tracebacks and warnings: keep base names.
    sed -i "s#$PROGRAMS/##g" "$name.out" "$name.err"
    set +e
    timeout 120 python3 "$TRACER" "$name.py" -o "$name.trace" > /dev/null 2>&1
    set -e
    python3 - "$name" "$PROGRAMS" <<'PY'
import os, re, sys
name, d = sys.argv[1], sys.argv[2]
trace = name + ".trace"
if not os.path.exists(trace):
    print(f"record-golden: {name}: tracer wrote no trace", file=sys.stderr)
    sys.exit(0)
text = open(trace, encoding="utf-8").read().replace(d + os.sep, "")
open(trace, "w", encoding="utf-8").write(text)
out, err = [], []
partial = ""
for line in text.split("\n")[:-1]:
    t, _, ev = line.partition(" ")
    kind, _, rest = ev.partition(" ")
    if kind == "print":
        out.append(rest + "\n")
    elif kind == "printpart":
        partial = rest
    elif kind == "stderr":
        err.append(rest)
want_out = open(name + ".out", encoding="utf-8").read()
want_err = open(name + ".err", encoding="utf-8").read()
def norm(t):  # addresses and timestamps differ between two runs
    t = re.sub(r"0x[0-9a-fA-F]+", "0xADDR", t)
    return re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "<TIMESTAMP>", t)
if norm("".join(out) + partial) != norm(want_out) or norm("\n".join(err)) != norm("\n".join(want_err.splitlines())):
    os.remove(trace)
    print(f"record-golden: {name}: traced output differs from the plain run; trace dropped", file=sys.stderr)
PY
    printf 'recorded %s (exit %s)%s\n' "$name" "$code" "$( [ -f "$name.trace" ] && echo ', traced' || echo ', no trace')"
done

#!/usr/bin/env bash
# Build the fuzz targets on stable Rust and run each for a fixed time.
#
#   fuzz/run.sh [SECONDS] [TARGET...]     (default: 30 s each for `parse` and `run`)
#
# cargo-fuzz needs nightly only for the sanitizers; this passes the same coverage flags it does
# (`cargo fuzz run TARGET --sanitizer none`) to stable rustc. libFuzzer itself is built from
# source by the libfuzzer-sys crate (needs a C++ compiler: g++ is on every machine here).
# Each run starts from every programs/*.py and every fuzz/regressions/* (the inputs that once
# broke the engine), with a fixed seed. A crash, a hang (10 s on one input) or more than 2 GB
# of memory stops the run, saves the input under fuzz/artifacts/TARGET/ and exits non-zero.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
seconds=${1:-30}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(parse run)

triple=$(rustc -vV | sed -n 's/^host: //p')
export RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks"
# --target keeps the flags off build scripts, as cargo-fuzz does.
cargo build --release --target "$triple" --bins

status=0
for t in "${targets[@]}"; do
  corpus=corpus/$t
  mkdir -p "$corpus" "artifacts/$t"
  cp ../programs/*.py "$corpus/"
  cp regressions/* "$corpus/" 2>/dev/null || true
  echo "fuzz: $t for ${seconds}s from $(ls "$corpus" | wc -l) inputs"
  if ! "target/$triple/release/$t" "$corpus" -max_total_time="$seconds" -seed=1 \
      -max_len=8192 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="artifacts/$t/" 2>"artifacts/$t.log"; then
    status=1
    tail -n 40 "artifacts/$t.log"
  fi
  grep -E '^Done [0-9]+ runs|stat::number_of_executed_units' "artifacts/$t.log" || true
done
exit $status

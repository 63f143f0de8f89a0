#!/usr/bin/env bash
# Runs every test: formatting, the host tests (engine unit tests, the golden harness), a short
# fuzz run (fuzz/run.sh: each target 30 s, see RELIABILITY.md), clippy (advisory), the wasm
# build, the app's components in headless Chromium (tests/web.rs) and the end-to-end test of
# dist/ (tests/e2e/smoke.mjs). Every step runs even when an earlier one fails; the summary at the
# end repeats the runners' closing lines. Exit status: non-zero if any failed.
# Needs scripts/setup.sh first.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

log_dir=$(mktemp -d "${TMPDIR:-/tmp}/coroscope-test.XXXXXX")
started=$SECONDS
summary=()
failed=0

# run NAME required|advisory COMMAND...: run it, keep its output in $log_dir/NAME.log.
run() {
  local name=$1 kind=$2 t0=$SECONDS status
  shift 2
  printf '\n==> %s: %s\n' "$name" "$*"
  "$@" 2>&1 | tee "$log_dir/$name.log"
  status=${PIPESTATUS[0]}
  local took=$((SECONDS - t0))
  if [ "$status" -eq 0 ]; then
    summary+=("ok     $name (${took}s)")
  elif [ "$kind" = advisory ]; then
    summary+=("warn   $name (${took}s, exit $status, not counted)")
  else
    summary+=("FAILED $name (${took}s, exit $status)")
    failed=1
  fi
  return "$status"
}

run fmt required cargo fmt --all -- --check
run host-tests required cargo test --workspace
run fuzz required fuzz/run.sh 30
run clippy advisory cargo clippy --workspace --all-targets
if run wasm-build required trunk build --release; then
  run web-tests required cargo test -p coroscope-app --target wasm32-unknown-unknown
  run e2e required node tests/e2e/smoke.mjs dist
else
  summary+=("SKIPPED web-tests, e2e (the wasm build failed)")
  failed=1
fi

printf '\n==> summary (logs in %s)\n' "$log_dir"
# Each "test result:" line, labelled with the test binary it closes.
for name in host-tests web-tests; do
  if [ -f "$log_dir/$name.log" ]; then
    awk -v step="$name" '
      /^ +Running / {
        if ($2 == "unittests") {
          unit = $3
          if (match($0, /deps\/[A-Za-z0-9_]+-/)) unit = substr($0, RSTART + 5, RLENGTH - 6) " " $3
        } else {
          unit = $2
        }
      }
      /^ +Doc-tests / { unit = "doc-tests " $2 }
      /^test result:/ { printf "%-10s %-42s %s\n", step, unit, $0 }
    ' "$log_dir/$name.log"
  fi
done
[ -f "$log_dir/e2e.log" ] && grep -E '^e2e: ' "$log_dir/e2e.log"
printf '%s\n' "${summary[@]}"
if [ "$failed" -eq 0 ]; then
  echo "test.sh: all passed in $((SECONDS - started)) s"
else
  echo "test.sh: FAILED in $((SECONDS - started)) s"
fi
exit "$failed"

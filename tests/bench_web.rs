//! The engine's speed inside a browser page (BENCHMARKS.md, "Against the other Pythons in the
//! browser"): runs bench/loop.py and bench/generator_send.py to the end with
//! `coroscope_engine::run_source` (no UI, no step records, as a plain run) in headless Chromium and
//! prints the times; `bench_session_run_to_end` times them as the page's Run to end runs them (a
//! `Session` with step records and trace events). Ignored by default so the normal web tests
//! (scripts/test.sh) skip them:
//!
//! ```text
//! PATH=$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH CHROMEDRIVER=/usr/bin/chromedriver \
//! CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//! cargo test -p coroscope-app --target wasm32-unknown-unknown --release --test bench_web \
//!   -- --include-ignored --nocapture
//! ```
//!
//! `BENCH_WEB: <name> <ms> ...` lines: every run's wall time (`performance.now()`), in milliseconds,
//! of one `run_source` call (parse + compile + run), then the median. The same programs are timed
//! in CPython with `exec` (see tests/e2e/compare.mjs, which prints the CPython side too).
#![cfg(target_arch = "wasm32")]

use coroscope_engine::{run_source, RunOptions};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const RUNS: usize = 5;

const PROGRAMS: &[(&str, &str)] = &[
    ("empty", include_str!("../bench/empty.py")),
    ("loop", include_str!("../bench/loop.py")),
    ("generator_send", include_str!("../bench/generator_send.py")),
];

fn now_ms() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

fn median(xs: &[f64]) -> f64 {
    let mut s = xs.to_vec();
    s.sort_by(f64::total_cmp);
    let n = s.len();
    if n % 2 == 1 {
        s[n / 2]
    } else {
        (s[n / 2 - 1] + s[n / 2]) / 2.0
    }
}

/// Run each program `RUNS` times with `run` (which checks that it ran to its end) and print
/// `<tag>: <name> runs_ms=[...] median_ms=...`.
fn time_programs(tag: &str, run: impl Fn(&str, &str)) {
    for (name, source) in PROGRAMS {
        let mut times = Vec::new();
        for _ in 0..RUNS {
            let t0 = now_ms();
            run(name, source);
            times.push(now_ms() - t0);
        }
        let runs: Vec<String> = times.iter().map(|t| format!("{t:.1}")).collect();
        console_log!(
            "{tag}: {name} runs_ms=[{}] median_ms={:.1}",
            runs.join(","),
            median(&times)
        );
    }
}

#[wasm_bindgen_test]
#[ignore = "a benchmark (seconds): run with --include-ignored"]
fn bench_run_source() {
    // A plain run, as `coroscope run` makes: the output and the exit code, no trace events.
    let options = RunOptions {
        step_budget: 2_000_000_000,
        record_events: false,
        ..RunOptions::default()
    };
    time_programs("BENCH_WEB", |name, source| {
        let out = run_source(&format!("{name}.py"), source, &options);
        assert_eq!(out.exit_code, 0, "{name}: {}", out.stderr);
        assert!(!out.stopped_by_budget, "{name}: stopped by the step budget");
        assert!(out.stderr.is_empty(), "{name}: {}", out.stderr);
    });
}

/// The same programs as the page's Run to end makes them run: a `Session` that records a step
/// record per instruction and every trace event (what the timeline, the scrubber and stepping
/// back read), without drawing. `BENCH_WEB_SESSION: <name> ...` lines.
#[wasm_bindgen_test]
#[ignore = "a benchmark (seconds): run with --include-ignored"]
fn bench_session_run_to_end() {
    use coroscope_engine::session::Session;
    let options = RunOptions {
        step_budget: 2_000_000_000,
        record_steps: true,
        ..RunOptions::default()
    };
    time_programs("BENCH_WEB_SESSION", |name, source| {
        let mut session =
            Session::new(&format!("{name}.py"), source, options.clone()).expect("compiles");
        session.run_to_end();
        assert!(session.is_finished(), "{name}: not finished");
    });
}

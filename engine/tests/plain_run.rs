//! A plain run (`RunOptions::record_events: false`, what `coroscope run` and the page's speed
//! benchmark make) prints, fails and exits exactly as a run that records the trace's events, and
//! records none: for every program in `programs/`.

use coroscope_engine::{run_source, RunOptions, RunOutcome};

/// What a plain run must give as a recording run does.
fn visible(outcome: &RunOutcome) -> (&str, u64, &str, i32, bool, usize) {
    (
        &outcome.stdout,
        outcome.stdout_not_kept,
        &outcome.stderr,
        outcome.exit_code,
        outcome.stopped_by_budget,
        outcome.trace.coros.len(),
    )
}

#[test]
fn plain_runs_print_and_exit_as_recording_runs() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../programs");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("programs/ is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    assert!(files.len() > 100, "programs/ holds the example programs");
    let recording = RunOptions {
        step_budget: 20_000_000,
        ..RunOptions::default()
    };
    let plain = RunOptions {
        record_events: false,
        ..recording.clone()
    };
    for path in files {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let source = std::fs::read_to_string(&path).expect("a program is UTF-8");
        let with_events = run_source(&name, &source, &recording);
        let without = run_source(&name, &source, &plain);
        assert_eq!(visible(&without), visible(&with_events), "{name}");
        // A syntax error is reported before anything runs, as events of its own.
        if with_events.trace.coros.is_empty() {
            continue;
        }
        assert!(without.trace.events.is_empty(), "{name}: events recorded");
    }
}

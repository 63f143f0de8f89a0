//! Stepping back: seeking to step k (nearest checkpoint, then replay) must give exactly the state
//! a run from the start reaches after k steps.

use std::time::Instant;

use coroscope_engine::session::{RunOptions, Session};

fn program(name: &str) -> String {
    let path = format!("{}/../programs/{name}.py", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).expect("program exists")
}

fn options() -> RunOptions {
    RunOptions {
        record_steps: true,
        ..RunOptions::default()
    }
}

/// Fingerprints after every step of a run from the start.
fn fresh_fingerprints(name: &str, source: &str) -> Vec<String> {
    let mut s = Session::new(name, source, options()).expect("compiles");
    let mut out = vec![s.fingerprint()];
    while !s.is_finished() {
        s.run(1);
        out.push(s.fingerprint());
    }
    out
}

#[test]
fn seeking_back_gives_the_state_of_a_fresh_run() {
    for name in [
        "art01_generator_producer_consumer",
        "art02_greenlet_eat_play",
        "ext_a_greenlet_parent_return",
        "ext_c_generator_yield_from",
    ] {
        let source = program(name);
        let expected = fresh_fingerprints(name, &source);
        let mut s = Session::new(name, &source, options()).expect("compiles");
        s.run_to_end();
        let last = expected.len() as u64 - 1;
        // Backwards, then a few jumps forwards and back again.
        let mut order: Vec<u64> = (0..=last).rev().collect();
        order.extend([last / 2, 3, last, 1, last / 3]);
        for k in order {
            s.seek(k);
            assert_eq!(s.step_index(), k, "{name}: seek({k}) landed elsewhere");
            assert_eq!(
                s.fingerprint(),
                expected[k as usize],
                "{name}: state after seek({k}) differs"
            );
        }
    }
}

#[test]
fn seeking_in_a_long_run_replays_from_a_checkpoint() {
    let name = "art03_efficiency_compare";
    let source = program(name);
    let mut s = Session::new(name, &source, options()).expect("compiles");
    s.run_to_end();
    let total = s.step_index();
    assert!(
        total > 1_000_000,
        "art03 runs over a million steps ({total})"
    );
    let steps_recorded = s.vm.trace.steps.len() as u64;
    assert_eq!(steps_recorded, total, "one step record per instruction");
    for k in [total / 3, 123_457, total - 1, 10] {
        let started = Instant::now();
        s.seek(k);
        let took = started.elapsed();
        let mut fresh = Session::new(name, &source, options()).expect("compiles");
        fresh.run(k);
        assert_eq!(
            s.fingerprint(),
            fresh.fingerprint(),
            "state after seek({k})"
        );
        eprintln!("seek({k}) of {total} steps took {took:?}");
    }
}

/// A trace of 10^7 steps must fit in memory: one step record is 8 bytes (80 MB for 10^7).
#[test]
fn a_step_record_is_eight_bytes() {
    assert_eq!(
        std::mem::size_of::<coroscope_engine::trace::StepRecord>(),
        8
    );
}

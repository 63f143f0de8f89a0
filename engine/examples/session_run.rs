//! Run a program as the page's Run button does: a `Session` that records a step record per
//! instruction and every event (with checkpoints for stepping back), to the end. Prints the
//! counts, so that callgrind or `time` can measure the traced case natively; with `--digest`,
//! also a digest of the whole trace (lanes, events, step records), so that two builds can be
//! checked to record the same:
//!
//! ```text
//! cargo build --profile native -p coroscope-engine --example session_run
//! valgrind --tool=callgrind target/native/examples/session_run bench/generator_send.py
//! target/native/examples/session_run bench/generator_send.py --digest
//! ```

use coroscope_engine::session::{RunOptions, Session};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: session_run FILE [--digest]");
        std::process::exit(2);
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let options = RunOptions {
        record_steps: true,
        step_budget: 2_000_000_000,
        ..RunOptions::default()
    };
    let mut session = match Session::new(&path, &source, options) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e:?}");
            std::process::exit(1);
        }
    };
    session.run_to_end();
    let trace = session.trace();
    print!(
        "steps={} step_records={} events={}",
        session.step_index(),
        trace.steps.len(),
        trace.events.len()
    );
    if std::env::args().nth(2).as_deref() != Some("--digest") {
        println!();
        return;
    }
    // FNV-1a over the trace's debug text, written piece by piece (no copy of a long trace).
    struct Fnv(u64);
    impl std::fmt::Write for Fnv {
        fn write_str(&mut self, s: &str) -> std::fmt::Result {
            for b in s.bytes() {
                self.0 = (self.0 ^ b as u64).wrapping_mul(0x100_0000_01b3);
            }
            Ok(())
        }
    }
    let mut digest = Fnv(0xcbf2_9ce4_8422_2325);
    let _ = std::fmt::Write::write_fmt(&mut digest, format_args!("{trace:?}"));
    println!(" digest={:016x}", digest.0);
}

//! Simulated threads (no gevent) hand over the CPU in two ways, and the trace tells them apart:
//! a thread that waits (sleep, lock, join) gives the CPU away itself (`SwitchReason::Switch`);
//! a thread whose time slice is over is preempted (`SwitchReason::Preempted`).

use coroscope_engine::session::run_source;
use coroscope_engine::trace::{CoroKind, EventKind, SwitchReason, Trace};
use coroscope_engine::RunOptions;

/// The reasons of the switches that leave a thread's lane, and the labels of the lanes left.
fn thread_switches(trace: &Trace) -> Vec<(SwitchReason, String)> {
    trace
        .events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Switch { from, reason, .. }
                if trace.coros[*from as usize].kind == CoroKind::Thread =>
            {
                Some((*reason, trace.coros[*from as usize].label.clone()))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn a_busy_thread_is_preempted() {
    let source = include_str!("../../programs/feat_thread_busy.py");
    let out = run_source("busy.py", source, &RunOptions::default());
    assert_eq!(out.exit_code, 0, "{}", out.stderr);
    let switches = thread_switches(&out.trace);
    assert!(
        switches
            .iter()
            .any(|(reason, _)| *reason == SwitchReason::Preempted),
        "{switches:?}"
    );
}

#[test]
fn a_sleeping_thread_is_not_preempted() {
    let source = "\
import threading
import time

def nap(name):
    time.sleep(0.1)
    print(name, 'woke')

a = threading.Thread(target=nap, args=('a',))
b = threading.Thread(target=nap, args=('b',))
a.start()
b.start()
a.join()
b.join()
";
    let out = run_source("nap.py", source, &RunOptions::default());
    assert_eq!(out.exit_code, 0, "{}", out.stderr);
    let switches = thread_switches(&out.trace);
    assert!(!switches.is_empty());
    assert!(
        switches
            .iter()
            .all(|(reason, _)| *reason != SwitchReason::Preempted),
        "{switches:?}"
    );
}

/// Programs on one machine: one that sleeps gives the machine away itself; only a program whose
/// slice is over is preempted (see machine.rs for two busy programs).
#[test]
fn a_sleeping_program_is_not_preempted() {
    let programs = [
        (
            "a.py".to_string(),
            "import time\ntime.sleep(0.1)\nprint('a')\n".to_string(),
        ),
        ("b.py".to_string(), "print('b')\n".to_string()),
    ];
    let out = coroscope_engine::session::run_programs(&programs, &RunOptions::default());
    assert_eq!(out.exit_code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "b\na\n");
    let reasons: Vec<SwitchReason> = out
        .trace
        .events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::Switch { reason, .. } => Some(reason),
            _ => None,
        })
        .collect();
    assert!(!reasons.is_empty());
    assert!(
        reasons.iter().all(|r| *r != SwitchReason::Preempted),
        "{reasons:?}"
    );
}

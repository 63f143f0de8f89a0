//! The value a switch passes is shown on the timeline: user values are recorded, gevent's own
//! plumbing (waiters, greenlets handed to their links) is not.

use coroscope_engine::trace::EventKind;
use coroscope_engine::{run_source, RunOptions};

fn switch_values(name: &str) -> Vec<(String, Option<String>)> {
    let path = format!("{}/../programs/{name}.py", env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(path).expect("program exists");
    let outcome = run_source(name, &source, &RunOptions::default());
    let label = |id: u32| outcome.trace.coros[id as usize].label.clone();
    outcome
        .trace
        .events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Switch {
                from, to, value, ..
            } => Some((format!("{} -> {}", label(*from), label(*to)), value.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn greenlet_switches_carry_the_users_values() {
    let values = switch_values("art02_greenlet_eat_play");
    assert_eq!(
        values[0],
        ("main -> eat#1".to_string(), Some("'nick'".to_string()))
    );
    assert_eq!(
        values[1],
        ("eat#1 -> play#1".to_string(), Some("'nick'".to_string()))
    );
}

#[test]
fn gevent_plumbing_is_not_shown_as_a_value() {
    let values = switch_values("art04_gevent_eat_play");
    assert!(!values.is_empty());
    for (switch, value) in values {
        assert!(value.is_none(), "{switch} shows {value:?}");
    }
}

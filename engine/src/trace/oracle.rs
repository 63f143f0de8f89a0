//! Print a trace in the oracle's text format (`shared/oracle/README.md`):
//! one event a line, `<t> <event>`, `<t>` the clock in seconds with one decimal.

use super::event::{EventKind, Trace};
use std::fmt::Write;

/// Render the events that the oracle records (switches, throws, generator events, output lines,
/// `exit-main`, `exit`). Timeline-only events (spawn, sleep, …) are left out.
pub fn render(trace: &Trace) -> String {
    let mut out = String::new();
    let label = |id: u32| {
        trace
            .coros
            .get(id as usize)
            .map(|c| c.label.as_str())
            .unwrap_or("?")
    };
    for ev in &trace.events {
        let text = match &ev.kind {
            EventKind::Switch { from, to, .. } => {
                format!("switch {} -> {}", label(*from), label(*to))
            }
            EventKind::Throw { from, to, .. } => {
                format!("throw {} -> {}", label(*from), label(*to))
            }
            EventKind::GenResume { gen } => format!("gen-resume {}", label(*gen)),
            EventKind::GenYield { gen, repr } => format!("gen-yield {} {}", label(*gen), repr),
            EventKind::GenReturn { gen, repr } => format!("gen-return {} {}", label(*gen), repr),
            EventKind::GenRaise { gen, exception } => {
                format!("gen-raise {} {}", label(*gen), exception)
            }
            EventKind::Stdout(line) => format!("print {line}"),
            EventKind::StdoutPart(text) => format!("printpart {text}"),
            EventKind::Stderr(line) => format!("stderr {line}"),
            EventKind::ExitMain => "exit-main".to_string(),
            EventKind::Exit(code) => format!("exit {code}"),
            EventKind::Spawn { .. }
            | EventKind::CoroExit { .. }
            | EventKind::Sleep { .. }
            | EventKind::BudgetExhausted => continue,
        };
        // Python's `round(t, 1)` then `%.1f`: whole tenths of a second.
        let tenths = (ev.clock_ns + 50_000_000) / 100_000_000;
        let _ = writeln!(out, "{}.{} {}", tenths / 10, tenths % 10, text);
    }
    out
}

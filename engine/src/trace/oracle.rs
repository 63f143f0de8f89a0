//! Print a trace in the oracle's text format (`shared/oracle/README.md`):
//! one event a line, `<t> <event>`, `<t>` the clock in seconds with one decimal.

use super::event::{EventKind, Trace};
use std::fmt::Write;

/// Render the events that the oracle records (switches, throws, generator events, output lines,
/// `exit-main`, `exit`), and `lines-not-kept N` where output lines were not kept. Timeline-only
/// events (spawn, sleep, …) are left out.
pub fn render(trace: &Trace) -> String {
    let mut out = String::new();
    let label = |id: u32| {
        trace
            .coros
            .get(id as usize)
            .map(|c| c.label.as_str())
            .unwrap_or("?")
    };
    // The oracle's tracer sees the greenlets of the main thread only: switches from or to a
    // simulated thread (preemption) are the engine's own, and not in this format.
    let thread = |id: &u32| {
        trace.coros.get(*id as usize).map(|c| c.kind) == Some(super::event::CoroKind::Thread)
    };
    let mut origin: Option<u64> = None;
    let mut line = |out: &mut String, clock_ns: u64, text: &str| {
        // The clock counts from the first event shown, as the oracle's does (its first event is
        // at 0.0 even when the program slept before it), taken in whole tenths so that the
        // instructions run before the first event still count (real timers fire a little late,
        // and the oracle rounds them up). Python's `round(t, 1)` then `%.1f`.
        let t = clock_ns - *origin.get_or_insert(clock_ns / 100_000_000 * 100_000_000);
        let tenths = (t + 50_000_000) / 100_000_000;
        let _ = writeln!(out, "{}.{} {}", tenths / 10, tenths % 10, text);
    };
    // Output lines not kept (a flood's first lines, see `trace::output`) are one line per run
    // of them, `lines-not-kept N`, at the first one's time: the oracle itself has no such line.
    let mut not_kept: Option<(u64, u64)> = None;
    for ev in &trace.events {
        if ev.kind == EventKind::LineNotKept {
            not_kept.get_or_insert((ev.clock_ns, 0)).1 += 1;
            continue;
        }
        let text = match &ev.kind {
            EventKind::Switch { from, to, .. } | EventKind::Throw { from, to, .. }
                if thread(from) || thread(to) =>
            {
                continue
            }
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
            | EventKind::LineNotKept
            | EventKind::BudgetExhausted => continue,
        };
        if let Some((clock_ns, n)) = not_kept.take() {
            line(&mut out, clock_ns, &format!("lines-not-kept {n}"));
        }
        line(&mut out, ev.clock_ns, &text);
    }
    if let Some((clock_ns, n)) = not_kept {
        line(&mut out, clock_ns, &format!("lines-not-kept {n}"));
    }
    out
}

//! How much program output the engine keeps, and which of it.
//!
//! A program may print without end (`while True: print(i)`), and the page keeps its output: the
//! console holds a line for each, and every checkpoint (for stepping back) copies what the VM
//! holds. So the engine keeps only the last [`MAX_KEPT_LINES`] console lines, at most
//! [`MAX_KEPT_BYTES`] bytes of them, and counts the older ones:
//!
//! - In the trace ([`OutputLog`]), a console line (a `Stdout`, `StdoutPart` or `Stderr` event)
//!   that falls out of the last lines becomes [`EventKind::LineNotKept`]: its text is freed, but
//!   the event stays where it was, with its step and its clock. So the events never move (views
//!   read them by index), the clock and the narration at every step stay as they were, and the
//!   console can say how many lines up to any step were not kept. A line not kept still costs its
//!   event (56 bytes), as a switch does: the step budget bounds them all.
//! - The VM keeps the same tail of stdout (`vm::output`), which [`RunOutcome::stdout`] returns.
//! - A host that takes stdout as the program writes it (the CLI's `run`, through
//!   [`run_source_streaming`]) gets all of it, in order, and the engine keeps none of it.
//!
//! [`RunOutcome::stdout`]: crate::session::RunOutcome::stdout
//! [`run_source_streaming`]: crate::session::run_source_streaming

use std::collections::VecDeque;

use super::event::{Event, EventKind, Trace};

/// Console lines kept: the last 2,000 (a screenful is 50; a student scrolls back a few hundred).
/// The page makes an element for each when a flood ends: 10,000 of them took one 130 ms task,
/// 2,000 stay under the 50 ms a task may take (tests/e2e/smoke.mjs, the long-task check).
pub const MAX_KEPT_LINES: usize = 2_000;

/// Bytes of console text kept (each line counts its newline too), so that 2,000 huge lines
/// cannot fill memory either: 1 MiB. A single stdout line longer than this is cut to it (the VM
/// ends it with `…`).
pub const MAX_KEPT_BYTES: usize = 1 << 20;

/// Which console lines of [`Trace::events`] still hold their text, and how many no longer do.
/// Lines are dropped oldest first, so the lines not kept are always the first ones.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OutputLog {
    /// Index in [`Trace::events`] and size in bytes (with the newline) of each kept line, oldest
    /// first.
    kept: VecDeque<(usize, usize)>,
    /// The sum of the sizes in `kept`.
    kept_bytes: usize,
    /// Console lines whose text is no longer kept (their events are [`EventKind::LineNotKept`]).
    pub not_kept: u64,
}

impl OutputLog {
    /// How many console lines still hold their text.
    pub fn kept_lines(&self) -> usize {
        self.kept.len()
    }
}

/// The text of a console line event, if `kind` is one.
#[inline(always)]
fn console_text(kind: &EventKind) -> Option<&str> {
    match kind {
        EventKind::Stdout(text) | EventKind::StdoutPart(text) | EventKind::Stderr(text) => {
            Some(text)
        }
        _ => None,
    }
}

impl Trace {
    /// Append an event. A console line is kept, and the oldest kept lines past
    /// [`MAX_KEPT_LINES`] or [`MAX_KEPT_BYTES`] give up their text (see the module's comment).
    #[inline(always)]
    pub fn push(&mut self, event: Event) {
        // Most events are transfers: only a console line needs the bookkeeping.
        if console_text(&event.kind).is_some() {
            self.push_console_line(event);
        } else {
            self.events.push(event);
        }
    }

    /// [`push`](Self::push) of a console line.
    fn push_console_line(&mut self, event: Event) {
        if let Some(text) = console_text(&event.kind) {
            let bytes = text.len() + 1;
            self.output.kept.push_back((self.events.len(), bytes));
            self.output.kept_bytes += bytes;
        }
        self.events.push(event);
        while self.output.kept.len() > MAX_KEPT_LINES || self.output.kept_bytes > MAX_KEPT_BYTES {
            let Some((index, bytes)) = self.output.kept.pop_front() else {
                break;
            };
            self.output.kept_bytes -= bytes;
            self.output.not_kept += 1;
            // Only a console line gives up its text (an index can only point elsewhere if
            // someone cleared `events` without the log: then nothing is changed).
            if let Some(e) = self.events.get_mut(index) {
                if console_text(&e.kind).is_some() {
                    e.kind = EventKind::LineNotKept;
                }
            }
        }
    }
}

//! Program output: what `print` and `sys.stdout.write` / `sys.stderr.write` do.
//!
//! Each whole line becomes a trace event as it completes (`Stdout`, `Stderr`; the unfinished
//! last line becomes `StdoutPart` when the program ends). Of stdout the VM also keeps the text
//! for [`RunOutcome::stdout`](crate::session::RunOutcome::stdout), but only the last
//! [`MAX_KEPT_LINES`] lines within [`MAX_KEPT_BYTES`], as the trace does (see
//! [`crate::trace::output`]): a flood of output costs bounded memory, and so does every copy of
//! the VM taken for stepping back. A host that sets [`StdoutTail::echo`] gets all of stdout as it
//! is written instead, and the VM keeps none of it.
//!
//! stderr is kept whole (only tracebacks and the engine's notes go there, unless a program
//! writes to `sys.stderr` in a loop: see RELIABILITY.md).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use super::Vm;
use crate::trace::{Event, EventKind, MAX_KEPT_BYTES, MAX_KEPT_LINES};

/// Where a host takes stdout as the program writes it (the CLI's `run`: its standard output).
pub type Echo = Rc<RefCell<dyn std::io::Write>>;

/// On stderr when the echo's reader has gone away; the program then ends with exit code 1.
pub const BROKEN_PIPE_MESSAGE: &str =
    "coroscope: stdout was closed (broken pipe); the program is stopped\n";

/// The last lines of stdout, or the host's [`Echo`].
#[derive(Clone, Default)]
pub struct StdoutTail {
    /// The last whole lines, each with its `\n`, oldest first.
    lines: VecDeque<String>,
    /// The bytes in `lines`.
    bytes: usize,
    /// The unfinished last line (also in `Vm::stdout_line` until it goes into the trace).
    partial: String,
    /// The unfinished line reached [`MAX_KEPT_BYTES`] (with its newline) and was cut (it ends with `…`): the rest
    /// of it, up to its newline, is not kept.
    partial_cut: bool,
    /// Whole lines no longer kept (the first ones).
    pub not_kept: u64,
    /// When set, stdout goes here as it is written and nothing of it is kept (no text, no trace
    /// events). When its reader is gone (a broken pipe) the program ends ([`BROKEN_PIPE_MESSAGE`]);
    /// other write errors are ignored. A copy of the VM taken for stepping back must not echo (a
    /// replay would write the same output again): `Session` clears it.
    pub echo: Option<Echo>,
}

impl StdoutTail {
    /// The kept text: the last whole lines and the unfinished one.
    pub fn text(&self) -> String {
        let mut out = String::with_capacity(self.bytes + self.partial.len());
        for line in &self.lines {
            out.push_str(line);
        }
        out.push_str(&self.partial);
        out
    }

    /// Bytes held (for the cost of a checkpoint).
    pub fn len(&self) -> usize {
        self.bytes + self.partial.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The part of `text` that fits in the unfinished line: all of it, or up to the cap and then
    /// `…`, or nothing once the line was cut.
    fn fit_partial<'a>(&mut self, text: &'a str) -> std::borrow::Cow<'a, str> {
        const MARK: &str = "…";
        if self.partial_cut {
            return "".into();
        }
        // With its newline, a cut line fills the whole cap.
        let cap = MAX_KEPT_BYTES - 1;
        if self.partial.len() + text.len() <= cap {
            return text.into();
        }
        let mut end = (cap - MARK.len()).saturating_sub(self.partial.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        self.partial_cut = true;
        format!("{}{MARK}", &text[..end]).into()
    }

    /// The unfinished line is complete: keep it, and let the oldest lines go past the limits.
    fn end_line(&mut self) {
        let mut line = std::mem::take(&mut self.partial);
        line.push('\n');
        self.partial_cut = false;
        self.bytes += line.len();
        self.lines.push_back(line);
        while self.lines.len() > MAX_KEPT_LINES || self.bytes > MAX_KEPT_BYTES {
            let Some(old) = self.lines.pop_front() else {
                break;
            };
            self.bytes -= old.len();
            self.not_kept += 1;
        }
    }
}

impl Vm {
    /// Write program output: whole lines become trace events as they complete; the last lines
    /// are kept (see the module's comment), or the host's echo gets it all.
    pub fn write_stdout(&mut self, text: &str) {
        if let Some(echo) = &self.stdout.echo {
            let written = match echo.try_borrow_mut() {
                Ok(mut out) => out.write_all(text.as_bytes()),
                Err(_) => Ok(()),
            };
            if written.is_err_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) {
                // Whoever read the output is gone (`coroscope run x.py | head`): python would
                // end with BrokenPipeError; an endless program must not run on unread.
                self.stdout.echo = None;
                self.write_stderr(BROKEN_PIPE_MESSAGE);
                self.finish_program(1);
            }
            return;
        }
        let mut rest = text;
        loop {
            let (piece, newline) = match rest.find('\n') {
                Some(pos) => (&rest[..pos], true),
                None => (rest, false),
            };
            let kept = self.stdout.fit_partial(piece);
            self.stdout.partial.push_str(&kept);
            self.stdout_line.push_str(&kept);
            if !newline {
                return;
            }
            self.stdout.end_line();
            let line = std::mem::take(&mut self.stdout_line);
            self.event(EventKind::Stdout(line));
            rest = &rest[piece.len() + 1..];
        }
    }

    pub fn write_stderr(&mut self, text: &str) {
        self.stderr.push_str(text);
        let mut rest = text;
        while let Some(pos) = rest.find('\n') {
            self.stderr_line.push_str(&rest[..pos]);
            let line = std::mem::take(&mut self.stderr_line);
            self.event(EventKind::Stderr(line));
            rest = &rest[pos + 1..];
        }
        self.stderr_line.push_str(rest);
    }

    /// Append an event to the trace at the current step and clock (unless events are not
    /// recorded: [`Vm::record_events`]).
    #[inline(always)]
    pub fn event(&mut self, kind: EventKind) {
        if self.record_events {
            self.trace.push(Event {
                step: self.steps,
                clock_ns: self.clock_ps / 1000,
                kind,
            });
        }
    }

    /// [`event`](Self::event) for an event that costs something to build (a repr, a name):
    /// `make` runs only when events are recorded.
    #[inline(always)]
    pub fn event_with(&mut self, make: impl FnOnce(&Vm) -> EventKind) {
        if self.record_events {
            let kind = make(self);
            self.event(kind);
        }
    }
}

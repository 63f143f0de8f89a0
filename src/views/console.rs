//! The console: what the program printed up to the current step. Every output line is kept with
//! the step that printed it; lines printed later than the current step are hidden, and clicking
//! a line seeks to its step.
//!
//! Of a flood of output the engine keeps only the last lines (`coroscope_engine::trace::output`):
//! the events of the others stay in the trace without their text (`EventKind::LineNotKept`),
//! and the console drops their elements too. So it always has at most `MAX_KEPT_LINES` of them,
//! and a line above them (`#console-not-kept`) says how many lines up to the step shown were not
//! kept. It is not inside the output (`#console`), whose children are the program's lines.
//!
//! A line gets its element only when the cursor first reaches it: a flood run to its end passes
//! through hundreds of thousands of lines, nearly all of them let go before they are shown, and
//! making and removing an element for each would take longer than the engine's slice.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use coroscope_engine::trace::{EventKind, Trace};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use crate::dom::{add, el, Labels, Slot};
use crate::i18n::{Lang, Text};

/// A kept line of output in the console.
struct ConsoleLine {
    /// The step that printed it.
    step: u64,
    /// Its event's index in the trace (to notice when the trace lets its text go).
    event: usize,
    /// `stdout` or `stderr`.
    class: &'static str,
    text: String,
    /// Made when the line is first shown (see the module's comment).
    element: Option<Element>,
}

pub struct ConsoleView {
    root: Element,
    out: Element,
    /// The line above `out`: how many lines up to the step shown were not kept (hidden when none
    /// were).
    note: Element,
    status: Element,
    /// The kept lines read so far, in order. Those with an element are a prefix.
    lines: RefCell<VecDeque<ConsoleLine>>,
    /// The step of each line read so far that is not kept (the first lines), in order.
    not_kept: RefCell<Vec<u64>>,
    /// How many trace events were read.
    events_read: Cell<usize>,
    /// How many of `lines` are visible (a prefix, since steps only grow).
    visible: Cell<usize>,
}

impl ConsoleView {
    pub fn new(doc: &Document, labels: &mut Labels, lang: Lang) -> Result<ConsoleView, JsValue> {
        let root = el(doc, "section", "console", "")?;
        let title = add(&root, doc, "h2", "", "")?;
        labels.add(&title, Text::Console, Slot::Text, lang);
        let note = add(&root, doc, "div", "not-kept", "")?;
        note.set_id("console-not-kept");
        note.set_attribute("hidden", "")?;
        let out = el(doc, "pre", "console-out", "")?;
        out.set_id("console");
        root.append_child(&out)?;
        let status = add(&root, doc, "div", "status", "")?;
        status.set_id("status");
        Ok(ConsoleView {
            root,
            out,
            note,
            status,
            lines: RefCell::new(VecDeque::new()),
            not_kept: RefCell::new(Vec::new()),
            events_read: Cell::new(0),
            visible: Cell::new(0),
        })
    }

    pub fn element(&self) -> &Element {
        &self.root
    }

    /// The element that receives clicks on lines.
    pub fn output(&self) -> &Element {
        &self.out
    }

    pub fn clear(&self) {
        self.out.set_text_content(None);
        self.note.set_text_content(None);
        let _ = self.note.set_attribute("hidden", "");
        self.status.set_text_content(None);
        self.lines.borrow_mut().clear();
        self.not_kept.borrow_mut().clear();
        self.events_read.set(0);
        self.visible.set(0);
    }

    /// Read the output lines of events not read yet, and let go of lines whose text the trace
    /// no longer keeps.
    pub fn sync(&self, trace: &Trace) -> Result<(), JsValue> {
        let mut lines = self.lines.borrow_mut();
        let mut not_kept = self.not_kept.borrow_mut();
        // The trace lets the oldest lines go first, so those are at the front; they are older
        // than any line not read yet.
        while let Some(first) = lines.front() {
            let released = trace
                .events
                .get(first.event)
                .is_none_or(|e| e.kind == EventKind::LineNotKept);
            if !released {
                break;
            }
            if let Some(element) = &first.element {
                element.remove();
            }
            not_kept.push(first.step);
            lines.pop_front();
            self.visible.set(self.visible.get().saturating_sub(1));
        }
        let start = self.events_read.get().min(trace.events.len());
        for (i, e) in trace.events[start..].iter().enumerate() {
            let (class, text) = match &e.kind {
                EventKind::Stdout(l) => ("stdout", format!("{l}\n")),
                EventKind::StdoutPart(t) => ("stdout", t.clone()),
                EventKind::Stderr(l) => ("stderr", format!("{l}\n")),
                EventKind::LineNotKept => {
                    not_kept.push(e.step);
                    continue;
                }
                _ => continue,
            };
            lines.push_back(ConsoleLine {
                step: e.step,
                event: start + i,
                class,
                text,
                element: None,
            });
        }
        self.events_read.set(trace.events.len());
        Ok(())
    }

    /// Show the lines printed at or before `step`, hide the others; say how many lines up to
    /// `step` were not kept, in `lang`.
    pub fn show_upto(&self, step: u64, lang: Lang) -> Result<(), JsValue> {
        let mut lines = self.lines.borrow_mut();
        let want = lines.partition_point(|l| l.step <= step);
        let have = self.visible.get().min(lines.len());
        if want < have {
            for line in lines.range(want..have) {
                if let Some(element) = &line.element {
                    element.set_attribute("hidden", "")?;
                }
            }
        } else if want > have {
            // Lines shown before keep their (hidden) element; the rest get one, in order, after
            // the last line that has one.
            let doc = crate::dom::document();
            for line in lines.range_mut(have..want) {
                match &line.element {
                    Some(element) => element.remove_attribute("hidden")?,
                    None => {
                        let span = el(&doc, "span", line.class, &line.text)?;
                        span.set_attribute("data-step", &line.step.to_string())?;
                        self.out.append_child(&span)?;
                        line.element = Some(span);
                    }
                }
            }
        }
        self.visible.set(want);

        let not_kept = self.not_kept.borrow().partition_point(|s| *s <= step);
        if not_kept == 0 {
            return self.note.set_attribute("hidden", "");
        }
        // With no kept line shown, the step is in (or just after) the lines not kept.
        let key = match (want == 0, not_kept == 1) {
            (true, true) => Text::ConsoleNotKeptUpToOne,
            (true, false) => Text::ConsoleNotKeptUpTo,
            (false, true) => Text::ConsoleNotKeptEarlierOne,
            (false, false) => Text::ConsoleNotKeptEarlier,
        };
        self.note
            .set_text_content(Some(&lang.fill(key, &[&group_digits(not_kept)])));
        self.note.remove_attribute("hidden")
    }

    /// A syntax error: the whole report, as Python prints it.
    pub fn show_error(&self, report: &str) -> Result<(), JsValue> {
        self.clear();
        add(&self.out, &crate::dom::document(), "span", "stderr", report)?;
        Ok(())
    }

    /// The line under the console (`[exit code 0]`); empty hides it.
    pub fn set_status(&self, text: &str) {
        self.status.set_text_content(Some(text));
    }

    /// The visible text, the note on lines not kept first (for tests).
    pub fn text(&self) -> String {
        let lines = self.lines.borrow();
        if lines.is_empty() && self.not_kept.borrow().is_empty() {
            return self.out.text_content().unwrap_or_default();
        }
        let mut text = String::new();
        if !self.note.has_attribute("hidden") {
            text.push_str(&self.note.text_content().unwrap_or_default());
            text.push('\n');
        }
        for line in lines.range(..self.visible.get().min(lines.len())) {
            text.push_str(&line.text);
        }
        text
    }
}

/// `1234567` as `1,234,567`.
fn group_digits(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The step of the console line an event happened on, if any.
pub fn step_of_event(event: &web_sys::Event) -> Option<u64> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    target
        .closest("[data-step]")
        .ok()??
        .get_attribute("data-step")?
        .parse()
        .ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn group_digits_puts_a_comma_every_three() {
        assert_eq!(super::group_digits(0), "0");
        assert_eq!(super::group_digits(999), "999");
        assert_eq!(super::group_digits(1000), "1,000");
        assert_eq!(super::group_digits(123456), "123,456");
        assert_eq!(super::group_digits(1234567), "1,234,567");
    }
}

//! The console: what the program printed up to the current step. Every output line is kept with
//! the step that printed it; lines printed later than the current step are hidden, and clicking
//! a line seeks to its step.

use std::cell::{Cell, RefCell};

use coroscope_engine::trace::{EventKind, Trace};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use crate::dom::{add, el, Labels, Slot};
use crate::i18n::{Lang, Text};

pub struct ConsoleView {
    root: Element,
    out: Element,
    status: Element,
    /// (step, element) of each line shown so far, in order.
    lines: RefCell<Vec<(u64, Element)>>,
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
        let out = el(doc, "pre", "console-out", "")?;
        out.set_id("console");
        root.append_child(&out)?;
        let status = add(&root, doc, "div", "status", "")?;
        status.set_id("status");
        Ok(ConsoleView {
            root,
            out,
            status,
            lines: RefCell::new(Vec::new()),
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
        self.status.set_text_content(None);
        self.lines.borrow_mut().clear();
        self.events_read.set(0);
        self.visible.set(0);
    }

    /// Add the output lines of events not read yet (`hidden` until the cursor reaches them).
    pub fn sync(&self, trace: &Trace) -> Result<(), JsValue> {
        let doc = crate::dom::document();
        let mut lines = self.lines.borrow_mut();
        for e in &trace.events[self.events_read.get().min(trace.events.len())..] {
            let (class, text) = match &e.kind {
                EventKind::Stdout(l) => ("stdout", format!("{l}\n")),
                EventKind::StdoutPart(t) => ("stdout", t.clone()),
                EventKind::Stderr(l) => ("stderr", format!("{l}\n")),
                _ => continue,
            };
            let span = add(&self.out, &doc, "span", class, &text)?;
            span.set_attribute("data-step", &e.step.to_string())?;
            span.set_attribute("hidden", "")?;
            lines.push((e.step, span));
        }
        self.events_read.set(trace.events.len());
        Ok(())
    }

    /// Show the lines printed at or before `step`, hide the others.
    pub fn show_upto(&self, step: u64) -> Result<(), JsValue> {
        let lines = self.lines.borrow();
        let want = lines.partition_point(|(s, _)| *s <= step);
        let have = self.visible.get().min(lines.len());
        for (_, e) in &lines[want.min(have)..want.max(have)] {
            if want < have {
                e.set_attribute("hidden", "")?;
            } else {
                e.remove_attribute("hidden")?;
            }
        }
        self.visible.set(want);
        Ok(())
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

    /// The visible text (for tests).
    pub fn text(&self) -> String {
        let lines = self.lines.borrow();
        if lines.is_empty() {
            return self.out.text_content().unwrap_or_default();
        }
        lines[..self.visible.get().min(lines.len())]
            .iter()
            .map(|(_, e)| e.text_content().unwrap_or_default())
            .collect()
    }
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

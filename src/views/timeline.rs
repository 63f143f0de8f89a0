//! The timeline. A placeholder for now: the trace in the oracle's text format.

use coroscope_engine::trace::{oracle, Trace};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use crate::dom::{add, el};

pub struct TimelineView {
    root: Element,
    text: Element,
}

impl TimelineView {
    pub fn new(doc: &Document) -> Result<TimelineView, JsValue> {
        let root = el(doc, "section", "timeline", "")?;
        add(&root, doc, "h2", "", "Timeline · 时间线")?;
        let text = el(doc, "pre", "timeline-text", "")?;
        text.set_id("timeline");
        root.append_child(&text)?;
        Ok(TimelineView { root, text })
    }

    pub fn element(&self) -> &Element {
        &self.root
    }

    pub fn show(&self, trace: &Trace) {
        let rendered = oracle::render(trace);
        let text = if rendered.trim().is_empty() {
            "(no events)"
        } else {
            rendered.as_str()
        };
        self.text.set_text_content(Some(text));
    }
}

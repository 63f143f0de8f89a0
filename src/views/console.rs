//! The console: what the program printed, stderr in its own colour, then how it ended.

use coroscope_engine::RunOutcome;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use crate::dom::{add, el};

pub struct ConsoleView {
    root: Element,
    out: Element,
}

impl ConsoleView {
    pub fn new(doc: &Document) -> Result<ConsoleView, JsValue> {
        let root = el(doc, "section", "console", "")?;
        add(&root, doc, "h2", "", "Console · 输出")?;
        let out = el(doc, "pre", "console-out", "")?;
        out.set_id("console");
        out.set_attribute("aria-live", "polite")?;
        root.append_child(&out)?;
        Ok(ConsoleView { root, out })
    }

    pub fn element(&self) -> &Element {
        &self.root
    }

    pub fn clear(&self) {
        self.out.set_text_content(None);
    }

    /// Replace the console with a run's stdout, stderr and exit status.
    pub fn show(&self, outcome: &RunOutcome) -> Result<(), JsValue> {
        self.clear();
        let doc = crate::dom::document();
        if !outcome.stdout.is_empty() {
            add(&self.out, &doc, "span", "stdout", &outcome.stdout)?;
        }
        if !outcome.stderr.is_empty() {
            add(&self.out, &doc, "span", "stderr", &outcome.stderr)?;
        }
        let status = if outcome.stopped_by_budget {
            "[stopped: step budget used up]".to_owned()
        } else {
            format!("[exit code {}]", outcome.exit_code)
        };
        add(&self.out, &doc, "span", "status", &status)?;
        Ok(())
    }

    pub fn text(&self) -> String {
        self.out.text_content().unwrap_or_default()
    }
}

//! The controls: for now just Run. Stepping, pause and speed come later.

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlButtonElement};

use crate::dom::el;

pub struct ControlsView {
    root: Element,
    run: HtmlButtonElement,
}

impl ControlsView {
    pub fn new(doc: &Document) -> Result<ControlsView, JsValue> {
        let root = el(doc, "div", "controls", "")?;
        let run: HtmlButtonElement = el(doc, "button", "run", "Run ▶ 运行")?.dyn_into()?;
        run.set_id("run");
        run.set_type("button");
        root.append_child(&run)?;
        Ok(ControlsView { root, run })
    }

    pub fn element(&self) -> &Element {
        &self.root
    }

    pub fn run_button(&self) -> &HtmlButtonElement {
        &self.run
    }
}

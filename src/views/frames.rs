//! The frames panel: for the step shown, each coroutine's stack, innermost frame first, with the
//! line of every frame and its locals (`name = repr`, long reprs cut). The running coroutine comes
//! first and is marked; the engine's own frames (the gevent prelude) are not shown. Everything
//! from the program goes in as text content.

use std::cell::Cell;

use coroscope_engine::session::LaneFrames;
use coroscope_engine::trace::Trace;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use crate::dom::{add, el, Labels, Slot};
use crate::i18n::{Lang, Text};
use crate::model::{self, lane_colour, MAX_REPR_CHARS};

/// The coroutines shown at most (the running one first); a line counts the others.
const MAX_LANES: usize = 24;

pub struct FramesView {
    root: Element,
    list: Element,
    /// The step and language last shown, so a render at the same step does nothing.
    shown: Cell<Option<(u64, Lang)>>,
}

impl FramesView {
    pub fn new(doc: &Document, labels: &mut Labels, lang: Lang) -> Result<FramesView, JsValue> {
        let root = el(doc, "section", "frames-view", "")?;
        let title = add(&root, doc, "h2", "", "")?;
        labels.add(&title, Text::Frames, Slot::Text, lang);
        let list = add(&root, doc, "div", "frames", "")?;
        list.set_id("frames");
        Ok(FramesView {
            root,
            list,
            shown: Cell::new(None),
        })
    }

    pub fn element(&self) -> &Element {
        &self.root
    }

    /// Empty the panel (a new program, or a syntax error).
    pub fn clear(&self) {
        self.list.set_text_content(None);
        self.shown.set(None);
    }

    /// Whether the panel already shows `step` in `lang` (then [`show`](Self::show) is not needed).
    pub fn shows(&self, step: u64, lang: Lang) -> bool {
        self.shown.get() == Some((step, lang))
    }

    /// Show `lanes` (from `Session::frames_now` at `step`).
    pub fn show(
        &self,
        trace: &Trace,
        lanes: &[LaneFrames],
        step: u64,
        lang: Lang,
    ) -> Result<(), JsValue> {
        let doc = crate::dom::document();
        self.list.set_text_content(None);
        // thousands of live greenlets would make thousands of blocks at every step
        for lane in lanes.iter().take(MAX_LANES) {
            let label = model::label(trace, lane.lane);
            let class = if lane.running {
                "lane-frames running"
            } else {
                "lane-frames"
            };
            let block = add(&self.list, &doc, "div", class, "")?;
            block.set_attribute("data-lane", label)?;
            block.set_attribute(
                "style",
                &format!("--lane:{}", lane_colour(trace, lane.lane)),
            )?;
            let head = add(&block, &doc, "h3", "", "")?;
            add(&head, &doc, "span", "who", label)?;
            if lane.running {
                add(&head, &doc, "span", "state", lang.text(Text::FramesRunning))?;
            }
            if lane.frames.is_empty() {
                add(&block, &doc, "p", "library", lang.text(Text::FramesLibrary))?;
            }
            let stack = add(&block, &doc, "ol", "stack", "")?;
            for f in &lane.frames {
                let item = add(&stack, &doc, "li", "frame", "")?;
                add(&item, &doc, "span", "fn", &f.function)?;
                add(
                    &item,
                    &doc,
                    "span",
                    "at",
                    &lang.fill(Text::FrameAt, &[&f.line.to_string()]),
                )?;
                if f.locals.is_empty() {
                    continue;
                }
                let locals = add(&item, &doc, "ul", "locals", "")?;
                for (name, repr) in &f.locals {
                    let row = add(&locals, &doc, "li", "", "")?;
                    add(&row, &doc, "span", "name", name)?;
                    add(&row, &doc, "span", "eq", " = ")?;
                    let value = add(
                        &row,
                        &doc,
                        "span",
                        "repr",
                        &model::truncate(repr, MAX_REPR_CHARS),
                    )?;
                    if repr.chars().count() > MAX_REPR_CHARS {
                        // The whole value on hover (an attribute, never markup).
                        value.set_attribute("title", &model::truncate(repr, 2_000))?;
                    }
                }
            }
        }
        if lanes.len() > MAX_LANES {
            let more = (lanes.len() - MAX_LANES).to_string();
            add(
                &self.list,
                &doc,
                "p",
                "more",
                &lang.fill(Text::FramesMore, &[&more]),
            )?;
        }
        self.shown.set(Some((step, lang)));
        Ok(())
    }
}

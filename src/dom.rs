//! Small DOM helpers: elements, SVG elements, listeners that detach when dropped, and the
//! registry of translatable labels. User text only ever goes in through `set_text_content` or a textarea's
//! value, never through `innerHTML`.

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, EventTarget, HtmlButtonElement};

use crate::i18n::{Lang, Text};

pub fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("no document: not running in a browser")
}

/// `<tag class="class">text</tag>`; an empty `class` or `text` is left out.
pub fn el(doc: &Document, tag: &str, class: &str, text: &str) -> Result<Element, JsValue> {
    let e = doc.create_element(tag)?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    if !text.is_empty() {
        e.set_text_content(Some(text));
    }
    Ok(e)
}

/// An event listener that stays attached as long as this value lives: dropping it removes the
/// listener and frees the closure (instead of leaking it with `Closure::forget`).
pub struct Listener {
    target: EventTarget,
    kind: &'static str,
    closure: Closure<dyn FnMut(web_sys::Event)>,
}

impl Listener {
    pub fn new(
        target: &EventTarget,
        kind: &'static str,
        f: impl FnMut(web_sys::Event) + 'static,
    ) -> Result<Listener, JsValue> {
        let closure = Closure::<dyn FnMut(web_sys::Event)>::new(f);
        target.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref())?;
        Ok(Listener {
            target: target.clone(),
            kind,
            closure,
        })
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.kind, self.closure.as_ref().unchecked_ref());
    }
}

/// Append `<tag class="class">text</tag>` to `parent` and return it.
pub fn add(
    parent: &Element,
    doc: &Document,
    tag: &str,
    class: &str,
    text: &str,
) -> Result<Element, JsValue> {
    let e = el(doc, tag, class, text)?;
    parent.append_child(&e)?;
    Ok(e)
}

/// The SVG namespace, for `createElementNS`.
pub const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// An SVG element `<tag attr="value" …>`.
pub fn svg(doc: &Document, tag: &str, attrs: &[(&str, &str)]) -> Result<Element, JsValue> {
    let e = doc.create_element_ns(Some(SVG_NS), tag)?;
    for (name, value) in attrs {
        e.set_attribute(name, value)?;
    }
    Ok(e)
}

/// A `<button type="button">` with an id (empty: none).
pub fn button(doc: &Document, id: &str, class: &str) -> Result<HtmlButtonElement, JsValue> {
    let b: HtmlButtonElement = el(doc, "button", class, "")?.dyn_into()?;
    b.set_type("button");
    if !id.is_empty() {
        b.set_id(id);
    }
    Ok(b)
}

/// Which part of an element a [`Labels`] entry fills.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Text,
    Title,
    AriaLabel,
}

/// The interface's fixed labels, so that switching the language can rewrite them all.
#[derive(Default)]
pub struct Labels {
    entries: Vec<(Element, Text, Slot)>,
}

impl Labels {
    /// Remember that `element`'s `slot` shows `key`, and fill it in `lang` now.
    pub fn add(&mut self, element: &Element, key: Text, slot: Slot, lang: Lang) {
        fill(element, key, slot, lang);
        self.entries.push((element.clone(), key, slot));
    }

    /// Rewrite every label in `lang`.
    pub fn apply(&self, lang: Lang) {
        for (element, key, slot) in &self.entries {
            fill(element, *key, *slot, lang);
        }
    }
}

fn fill(element: &Element, key: Text, slot: Slot, lang: Lang) {
    let text = lang.text(key);
    match slot {
        Slot::Text => element.set_text_content(Some(text)),
        Slot::Title => {
            let _ = element.set_attribute("title", text);
        }
        Slot::AriaLabel => {
            let _ = element.set_attribute("aria-label", text);
        }
    }
}

/// Milliseconds since the page started (`performance.now()`).
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

thread_local! {
    /// Whether the page is still starting: [`startup_mark`] marks only then.
    static STARTING: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// `performance.mark(name)` while the page starts: the start-up phases (src/main.rs, `App::mount`,
/// the first session) show in the browser's performance panel, and `tests/e2e/perf.mjs` times
/// them. A mark costs about a microsecond; after start-up none is set, so restarts (one per
/// edit) do not fill the browser's list of marks.
pub fn startup_mark(name: &str) {
    if STARTING.with(|s| s.get()) {
        mark(name);
    }
}

/// `performance.mark(name)`.
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// The last start-up mark: `name`, then no more.
pub fn end_startup_marks(name: &str) {
    startup_mark(name);
    STARTING.with(|s| s.set(false));
}

//! Small DOM helpers. User text only ever goes in through `set_text_content` or a textarea's
//! value, never through `innerHTML`.

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, EventTarget};

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

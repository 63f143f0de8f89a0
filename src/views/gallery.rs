//! The gallery: a list of the embedded programs; a click loads one into the editor.

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use crate::dom::{add, el, Labels, Slot};
use crate::i18n::{Lang, Text};

pub struct GalleryView {
    root: Element,
    list: Element,
}

impl GalleryView {
    pub fn new(
        doc: &Document,
        programs: &[(&str, &str)],
        labels: &mut Labels,
        lang: Lang,
    ) -> Result<GalleryView, JsValue> {
        let root = el(doc, "nav", "gallery", "")?;
        root.set_id("gallery");
        let title = add(&root, doc, "h2", "", "")?;
        labels.add(&title, Text::Gallery, Slot::Text, lang);
        let list = el(doc, "ul", "gallery-list", "")?;
        for (name, _) in programs {
            let item = el(doc, "li", "", "")?;
            let button = el(doc, "button", "program", name)?;
            button.set_attribute("type", "button")?;
            button.set_attribute("data-program", name)?;
            item.append_child(&button)?;
            list.append_child(&item)?;
        }
        if programs.is_empty() {
            add(&list, doc, "li", "empty", "(no programs embedded)")?;
        }
        root.append_child(&list)?;
        Ok(GalleryView { root, list })
    }

    pub fn element(&self) -> &Element {
        &self.root
    }

    /// The element that receives the clicks (one delegated listener for every entry).
    pub fn list(&self) -> &Element {
        &self.list
    }

    /// Mark `name` as the selected entry.
    pub fn select(&self, name: &str) -> Result<(), JsValue> {
        let buttons = self.list.query_selector_all("button[data-program]")?;
        for i in 0..buttons.length() {
            if let Some(b) = buttons.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let on = b.get_attribute("data-program").as_deref() == Some(name);
                b.class_list().toggle_with_force("selected", on)?;
                b.set_attribute("aria-pressed", if on { "true" } else { "false" })?;
            }
        }
        Ok(())
    }
}

/// The program name of the gallery button an event happened on, if any.
pub fn program_of_event(event: &web_sys::Event) -> Option<String> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    target
        .closest("button[data-program]")
        .ok()??
        .get_attribute("data-program")
}

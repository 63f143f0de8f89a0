//! The editor: the program's file name and a plain textarea.

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlTextAreaElement};

use crate::dom::el;

pub struct EditorView {
    root: Element,
    file_name: Element,
    textarea: HtmlTextAreaElement,
}

impl EditorView {
    pub fn new(doc: &Document) -> Result<EditorView, JsValue> {
        let root = el(doc, "section", "editor", "")?;
        let file_name = el(doc, "h2", "file-name", "")?;
        let textarea: HtmlTextAreaElement = doc.create_element("textarea")?.dyn_into()?;
        textarea.set_id("editor");
        textarea.set_spellcheck(false);
        textarea.set_attribute("aria-label", "Python source")?;
        textarea.set_attribute("autocomplete", "off")?;
        root.append_child(&file_name)?;
        root.append_child(&textarea)?;
        Ok(EditorView {
            root,
            file_name,
            textarea,
        })
    }

    pub fn element(&self) -> &Element {
        &self.root
    }

    /// Show `source` as the file `name` (a `.py` file name).
    pub fn load(&self, name: &str, source: &str) {
        self.file_name.set_text_content(Some(name));
        self.textarea.set_value(source);
    }

    pub fn file_name(&self) -> String {
        self.file_name.text_content().unwrap_or_default()
    }

    pub fn source(&self) -> String {
        self.textarea.value()
    }
}

//! The editor: the program's file name and a plain textarea. Every edit restarts the session
//! (see [`crate::app`]); a syntax error's position can be selected in the text.

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlTextAreaElement};

use crate::dom::{el, Labels, Slot};
use crate::i18n::{Lang, Text};

pub struct EditorView {
    root: Element,
    file_name: Element,
    textarea: HtmlTextAreaElement,
}

impl EditorView {
    pub fn new(doc: &Document, labels: &mut Labels, lang: Lang) -> Result<EditorView, JsValue> {
        let root = el(doc, "section", "editor", "")?;
        let file_name = el(doc, "h2", "file-name", "")?;
        let textarea: HtmlTextAreaElement = doc.create_element("textarea")?.dyn_into()?;
        textarea.set_id("editor");
        textarea.set_spellcheck(false);
        labels.add(&textarea, Text::EditorLabel, Slot::AriaLabel, lang);
        labels.add(&textarea, Text::EditorLabel, Slot::Title, lang);
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

    pub fn textarea(&self) -> &HtmlTextAreaElement {
        &self.textarea
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

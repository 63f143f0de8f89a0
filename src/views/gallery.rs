//! The gallery: the gallery programs in the catalogue's groups (see [`crate::catalog`]): the
//! article's examples in its order, the extra cases, and the language tests folded in a
//! `<details>`. Each entry shows its title in the interface's language and keeps the program's
//! name in `data-program` (permalinks and tests use it); a click loads the program into the
//! editor. The view also owns the selected example's explanation ([`GalleryView::about`]), which
//! the app places above the editor. Titles and explanations only ever go in as text.

use std::cell::{Cell, RefCell};

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use crate::catalog::{self, Group, Item};
use crate::dom::{add, el, Labels, Slot};
use crate::i18n::{Lang, Text};

pub struct GalleryView {
    root: Element,
    /// Every group's list: receives the clicks (one delegated listener for every entry).
    entries: Element,
    /// The selected example's title and explanation.
    about: Element,
    about_title: Element,
    about_text: Element,
    items: Vec<Item>,
    /// Each item's button, in `items`' order.
    buttons: Vec<Element>,
    /// The folded group of language tests, if there is one.
    tests: Option<Element>,
    /// The program selected (it may be none of the items: an unknown permalink example).
    selected: RefCell<String>,
    lang: Cell<Lang>,
}

impl GalleryView {
    pub fn new(
        doc: &Document,
        programs: &[&'static str],
        labels: &mut Labels,
        lang: Lang,
    ) -> Result<GalleryView, JsValue> {
        let root = el(doc, "nav", "gallery", "")?;
        root.set_id("gallery");
        let title = add(&root, doc, "h2", "", "")?;
        labels.add(&title, Text::Gallery, Slot::Text, lang);
        let entries = add(&root, doc, "div", "gallery-groups", "")?;

        let items = catalog::gallery(programs);
        let mut buttons = Vec::with_capacity(items.len());
        let mut tests = None;
        for (group, heading_text) in [
            (Group::Article, Text::GalleryArticle),
            (Group::Extra, Text::GalleryExtra),
            (Group::LanguageTests, Text::GalleryTests),
        ] {
            if !items.iter().any(|i| i.group == group) {
                continue;
            }
            // The language tests are many and for the curious: folded until opened.
            let folded = group == Group::LanguageTests;
            let (tag, heading_tag) = if folded {
                ("details", "summary")
            } else {
                ("section", "h3")
            };
            let container = add(&entries, doc, tag, "gallery-group", "")?;
            container.set_attribute("data-group", group_id(group))?;
            let heading = add(&container, doc, heading_tag, "", "")?;
            labels.add(&heading, heading_text, Slot::Text, lang);
            let list = add(&container, doc, "ul", "gallery-list", "")?;
            for item in items.iter().filter(|i| i.group == group) {
                let li = add(&list, doc, "li", "", "")?;
                let button = add(&li, doc, "button", "program", item.title(lang))?;
                button.set_attribute("type", "button")?;
                button.set_attribute("data-program", item.program)?;
                // The file name on hover, for whoever looks for it in programs/.
                button.set_attribute("title", &format!("{}.py", item.program))?;
                buttons.push(button);
            }
            if folded {
                tests = Some(container);
            }
        }
        if items.is_empty() {
            add(&entries, doc, "p", "empty", "(no programs embedded)")?;
        }

        let about = el(doc, "section", "program-about", "")?;
        about.set_id("program-about");
        about.set_attribute("hidden", "")?;
        labels.add(&about, Text::AboutProgram, Slot::AriaLabel, lang);
        let about_title = add(&about, doc, "h2", "about-title", "")?;
        let about_text = add(&about, doc, "div", "about-text", "")?;

        Ok(GalleryView {
            root,
            entries,
            about,
            about_title,
            about_text,
            items,
            buttons,
            tests,
            selected: RefCell::new(String::new()),
            lang: Cell::new(lang),
        })
    }

    pub fn element(&self) -> &Element {
        &self.root
    }

    /// The element that receives the clicks on every entry.
    pub fn entries(&self) -> &Element {
        &self.entries
    }

    /// The selected example's title and explanation (hidden when it has none).
    pub fn about(&self) -> &Element {
        &self.about
    }

    /// Mark `name`'s entry as waiting for its text (fetched on demand), or no longer.
    pub fn set_loading(&self, name: &str, loading: bool) -> Result<(), JsValue> {
        for (item, button) in self.items.iter().zip(&self.buttons) {
            if item.program == name && loading {
                button.set_attribute("aria-busy", "true")?;
            } else {
                button.remove_attribute("aria-busy")?;
            }
        }
        Ok(())
    }

    /// Mark `name` as the selected entry and show its explanation.
    pub fn select(&self, name: &str) -> Result<(), JsValue> {
        for (item, button) in self.items.iter().zip(&self.buttons) {
            let on = item.program == name;
            button.class_list().toggle_with_force("selected", on)?;
            button.set_attribute("aria-pressed", if on { "true" } else { "false" })?;
            if on && item.group == Group::LanguageTests {
                if let Some(tests) = &self.tests {
                    tests.set_attribute("open", "")?;
                }
            }
        }
        *self.selected.borrow_mut() = name.to_owned();
        self.show_about()
    }

    /// Show every title and the explanation in `lang`.
    pub fn set_lang(&self, lang: Lang) -> Result<(), JsValue> {
        self.lang.set(lang);
        for (item, button) in self.items.iter().zip(&self.buttons) {
            button.set_text_content(Some(item.title(lang)));
        }
        self.show_about()
    }

    fn show_about(&self) -> Result<(), JsValue> {
        let lang = self.lang.get();
        let selected = self.selected.borrow();
        let item = catalog::find(&self.items, &selected);
        let paragraphs: Vec<&str> = item.map(|i| i.about(lang).collect()).unwrap_or_default();
        // Clears the previous paragraphs too.
        self.about_text.set_text_content(None);
        match item {
            Some(item) if !paragraphs.is_empty() => {
                self.about_title.set_text_content(Some(item.title(lang)));
                let doc = self.root.owner_document().ok_or("no document")?;
                for p in paragraphs {
                    add(&self.about_text, &doc, "p", "", p)?;
                }
                self.about.remove_attribute("hidden")
            }
            _ => {
                self.about_title.set_text_content(None);
                self.about.set_attribute("hidden", "")
            }
        }
    }
}

/// The `data-group` of a group's container (for styles and tests).
fn group_id(group: Group) -> &'static str {
    match group {
        Group::Article => "article",
        Group::Extra => "extra",
        Group::LanguageTests => "tests",
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

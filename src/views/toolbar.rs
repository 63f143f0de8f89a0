//! The classroom toolbar in the header (language, presentation mode, font size, high contrast,
//! dark theme, permalink, keyboard help) and the help panel listing the keys.

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlButtonElement, HtmlSelectElement};

use crate::dom::{add, button, el, Labels, Slot};
use crate::i18n::{Lang, Text};
use crate::theme::Theme;

pub struct ToolbarView {
    root: Element,
    pub language: HtmlButtonElement,
    pub present: HtmlButtonElement,
    pub font_size: HtmlSelectElement,
    pub contrast: HtmlButtonElement,
    /// Pressed in the dark theme (see [`crate::theme`]).
    pub theme: HtmlButtonElement,
    pub permalink: HtmlButtonElement,
    pub help: HtmlButtonElement,
    /// The keyboard help (hidden until asked for).
    pub help_panel: Element,
    /// A line of messages: a damaged link, a restored edit, a copied link.
    pub notice: Element,
    /// Shown when a link replaced an edit saved in this browser: a message and a button that
    /// brings the edit back.
    pub kept: Element,
    kept_text: Element,
    pub restore_edit: HtmlButtonElement,
}

impl ToolbarView {
    pub fn new(doc: &Document, labels: &mut Labels, lang: Lang) -> Result<ToolbarView, JsValue> {
        let root = el(doc, "div", "toolbar", "")?;
        let mut make = |id: &str, key: Text| -> Result<HtmlButtonElement, JsValue> {
            let b = button(doc, id, "small")?;
            labels.add(&b, key, Slot::Text, lang);
            root.append_child(&b)?;
            Ok(b)
        };
        let language = make("language", Text::Language)?;
        let present = make("present", Text::Present)?;
        present.set_attribute("aria-pressed", "false")?;
        let contrast = make("contrast", Text::Contrast)?;
        contrast.set_attribute("aria-pressed", "false")?;
        let theme = make("theme", Text::DarkTheme)?;
        theme.set_attribute("aria-pressed", "false")?;
        let permalink = make("permalink", Text::Permalink)?;
        let help = make("help", Text::Help)?;
        help.set_attribute("aria-expanded", "false")?;
        let font_size: HtmlSelectElement = el(doc, "select", "", "")?.dyn_into()?;
        font_size.set_id("font-size");
        labels.add(&font_size, Text::FontSize, Slot::AriaLabel, lang);
        labels.add(&font_size, Text::FontSize, Slot::Title, lang);
        for pct in [100, 125, 150, 175, 200] {
            let o = add(&font_size, doc, "option", "", &format!("A {pct}%"))?;
            o.set_attribute("value", &pct.to_string())?;
        }
        root.insert_before(&font_size, Some(&contrast))?;

        let help_panel = el(doc, "div", "help-panel", "")?;
        help_panel.set_id("help-panel");
        help_panel.set_attribute("role", "dialog")?;
        help_panel.set_attribute("hidden", "")?;
        let title = add(&help_panel, doc, "h2", "", "")?;
        labels.add(&title, Text::HelpTitle, Slot::Text, lang);
        labels.add(&help_panel, Text::HelpTitle, Slot::AriaLabel, lang);
        let list = add(&help_panel, doc, "ul", "", "")?;
        for key in [
            Text::KeyStep,
            Text::KeyBack,
            Text::KeyNextSwitch,
            Text::KeyPrevSwitch,
            Text::KeyPlay,
            Text::KeyHome,
            Text::KeyEnd,
            Text::KeyZoom,
            Text::KeyHelp,
        ] {
            let li = add(&list, doc, "li", "", "")?;
            labels.add(&li, key, Slot::Text, lang);
        }
        let notice = el(doc, "p", "notice", "")?;
        notice.set_id("notice");
        notice.set_attribute("role", "status")?;
        let kept = el(doc, "div", "notice kept", "")?;
        kept.set_id("kept");
        kept.set_attribute("role", "status")?;
        kept.set_attribute("hidden", "")?;
        let kept_text = add(&kept, doc, "span", "", "")?;
        let restore_edit = button(doc, "restore-edit", "small")?;
        labels.add(&restore_edit, Text::RestoreEdit, Slot::Text, lang);
        kept.append_child(&restore_edit)?;
        Ok(ToolbarView {
            root,
            language,
            present,
            font_size,
            contrast,
            theme,
            permalink,
            help,
            help_panel,
            notice,
            kept,
            kept_text,
            restore_edit,
        })
    }

    pub fn element(&self) -> &Element {
        &self.root
    }

    /// Show which theme is on: the theme button is pressed in the dark one.
    pub fn show_theme(&self, theme: Theme) {
        let dark = theme == Theme::Dark;
        let _ = self
            .theme
            .set_attribute("aria-pressed", if dark { "true" } else { "false" });
    }

    /// Show or hide the keyboard help.
    pub fn toggle_help(&self) {
        let open = self.help_panel.has_attribute("hidden");
        if open {
            let _ = self.help_panel.remove_attribute("hidden");
        } else {
            let _ = self.help_panel.set_attribute("hidden", "");
        }
        let _ = self
            .help
            .set_attribute("aria-expanded", if open { "true" } else { "false" });
    }

    /// Offer to bring back a kept edit with this message, or (None) stop offering.
    pub fn offer_kept(&self, message: Option<&str>) {
        match message {
            Some(text) => {
                self.kept_text.set_text_content(Some(text));
                let _ = self.kept.remove_attribute("hidden");
            }
            None => {
                let _ = self.kept.set_attribute("hidden", "");
            }
        }
    }

    /// Show a message (empty clears it).
    pub fn notify(&self, text: &str) {
        self.notice.set_text_content(Some(text));
    }
}

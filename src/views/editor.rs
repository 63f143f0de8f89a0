//! The editor: the program's file name and a textarea whose code is coloured by the engine's own
//! tokens ([`coroscope_engine::highlight`]). Every edit restarts the session (see
//! [`crate::app`]); a syntax error's position can be selected in the text.
//!
//! The colours come from a layer under the textarea: a `<pre aria-hidden>` with the same font,
//! padding and border, filled with one `<span class="tok-…">` per token (through `textContent`,
//! never markup) and scrolled with the textarea. The textarea's own text is transparent, so the
//! caret, the selection, undo, input methods and screen readers all stay the browser's own. Lines
//! do not wrap in either, so their lines always lie on top of each other.

use coroscope_engine::{highlight, Highlight, HighlightKind};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlElement, HtmlTextAreaElement};

use crate::dom::{el, Labels, Listener, Slot};
use crate::i18n::{Lang, Text};

/// Above this many bytes the code is shown uncoloured, by the textarea itself (the layer is
/// emptied), so that colouring never holds the page up for more than about 35 ms a keystroke.
/// Measured in a release build in headless Chromium on a loaded 2-core machine
/// (`code_above_the_limit_is_shown_uncoloured` in tests/web.rs logs it): the biggest gallery
/// program (2.4 KB) takes 4 ms, 20 KB 34 ms, 49 KB 76 ms (parsing, and a span per token); a 1 MB
/// paste, uncoloured, 19 ms (then the browser lays the textarea out, and the app parses it).
pub const HIGHLIGHT_LIMIT: usize = 20_000;

pub struct EditorView {
    root: Element,
    file_name: Element,
    textarea: HtmlTextAreaElement,
    /// Holds the layer and the textarea; `plain` when the code is too big to colour.
    input: Element,
    /// The coloured copy of the code under the textarea.
    layer: HtmlElement,
    /// Re-colour on input, follow the textarea's scrolling.
    _listeners: Vec<Listener>,
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
        // No soft wrapping: the layer cannot wrap lines where the textarea does.
        textarea.set_attribute("wrap", "off")?;
        let layer: HtmlElement = el(doc, "pre", "code-layer", "")?.dyn_into()?;
        layer.set_attribute("aria-hidden", "true")?;
        let input = el(doc, "div", "code-input", "")?;
        input.append_child(&layer)?;
        input.append_child(&textarea)?;
        root.append_child(&file_name)?;
        root.append_child(&input)?;

        let listeners = vec![
            Listener::new(&textarea, "input", {
                let (input, textarea, layer) = (input.clone(), textarea.clone(), layer.clone());
                move |_| {
                    if let Ok(true) = colour(&input, &layer, &textarea.value()) {
                        follow_scroll(&layer, &textarea);
                    }
                }
            })?,
            Listener::new(&textarea, "scroll", {
                let (textarea, layer) = (textarea.clone(), layer.clone());
                move |_| follow_scroll(&layer, &textarea)
            })?,
        ];
        Ok(EditorView {
            root,
            file_name,
            textarea,
            input,
            layer,
            _listeners: listeners,
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
        self.set_source(source);
    }

    /// Replace the code (as a program would; typing goes through the textarea's `input` event).
    pub fn set_source(&self, source: &str) {
        self.textarea.set_value(source);
        if let Ok(true) = colour(&self.input, &self.layer, source) {
            follow_scroll(&self.layer, &self.textarea);
        }
    }

    pub fn file_name(&self) -> String {
        self.file_name.text_content().unwrap_or_default()
    }

    pub fn source(&self) -> String {
        self.textarea.value()
    }
}

/// Fill `layer` with `source`, one span per coloured token, and return true. Above
/// [`HIGHLIGHT_LIMIT`], empty it and mark `input` as `plain`, so the textarea shows its own text
/// (static/style.css), and return false.
fn colour(input: &Element, layer: &HtmlElement, source: &str) -> Result<bool, JsValue> {
    if source.len() > HIGHLIGHT_LIMIT {
        layer.set_text_content(None);
        input.class_list().add_1("plain")?;
        return Ok(false);
    }
    input.class_list().remove_1("plain")?;
    let doc = crate::dom::document();
    // Built apart and swapped in at once, so the page lays it out once.
    let code = doc.create_element("code")?;
    for (text, kind) in runs(source, &highlight(source)) {
        match kind.and_then(class_of) {
            Some(class) => {
                let span = el(&doc, "span", class, "")?;
                span.set_text_content(Some(text));
                code.append_child(&span)?;
            }
            None => code.append_with_str_1(text)?,
        }
    }
    layer.replace_children_with_node_1(&code);
    Ok(true)
}

/// Scroll the layer to where the textarea is scrolled.
fn follow_scroll(layer: &HtmlElement, textarea: &HtmlTextAreaElement) {
    layer.set_scroll_top(textarea.scroll_top());
    layer.set_scroll_left(textarea.scroll_left());
}

/// The CSS class of a kind (static/style.css, "syntax highlighting"); plain names get none, which
/// saves a span for most of the code.
fn class_of(kind: HighlightKind) -> Option<&'static str> {
    Some(match kind {
        HighlightKind::Keyword => "tok-kw",
        HighlightKind::Builtin => "tok-builtin",
        HighlightKind::Definition => "tok-def",
        HighlightKind::Decorator => "tok-deco",
        HighlightKind::String => "tok-str",
        HighlightKind::Number => "tok-num",
        HighlightKind::Comment => "tok-comment",
        HighlightKind::Operator => "tok-op",
        HighlightKind::Punctuation => "tok-punct",
        HighlightKind::Invalid => "tok-invalid",
        HighlightKind::Name => return None,
    })
}

/// Cut `source` into consecutive runs that cover all of it: each highlight's text with its kind,
/// the text between them with `None`. Highlights count UTF-16 units; this walks the text once.
/// Ill-formed highlights (out of order, past the end) are skipped, never a panic.
pub fn runs<'s>(
    source: &'s str,
    highlights: &[Highlight],
) -> Vec<(&'s str, Option<HighlightKind>)> {
    let mut runs = Vec::with_capacity(2 * highlights.len() + 1);
    // The walk: `unit` UTF-16 units in is byte `byte`, always a character boundary.
    let mut chars = source.char_indices().peekable();
    let (mut byte, mut unit) = (0, 0);
    let mut byte_at = |target: usize| -> usize {
        while unit < target {
            match chars.next() {
                Some((_, c)) => {
                    unit += c.len_utf16();
                    byte = chars.peek().map_or(source.len(), |&(b, _)| b);
                }
                None => break,
            }
        }
        byte
    };
    let mut done = 0; // bytes already in `runs`
    for h in highlights {
        let start = byte_at(h.start);
        if start < done || h.end <= h.start {
            continue;
        }
        let end = byte_at(h.end);
        if done < start {
            runs.push((&source[done..start], None));
        }
        if start < end {
            runs.push((&source[start..end], Some(h.kind)));
        }
        done = end;
    }
    if done < source.len() {
        runs.push((&source[done..], None));
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_cover_the_text_and_cut_at_characters() {
        let source = "# 你好😀\ns = '喵😀'\n";
        let got = runs(source, &highlight(source));
        assert_eq!(got.iter().map(|(t, _)| *t).collect::<String>(), source);
        assert_eq!(
            got,
            vec![
                ("# 你好😀", Some(HighlightKind::Comment)),
                ("\n", None),
                ("s", Some(HighlightKind::Name)),
                (" ", None),
                ("=", Some(HighlightKind::Operator)),
                (" ", None),
                ("'喵😀'", Some(HighlightKind::String)),
                ("\n", None),
            ]
        );
    }

    #[test]
    fn ill_formed_highlights_are_skipped() {
        let h = |start, end| Highlight {
            start,
            end,
            kind: HighlightKind::Number,
        };
        // Out of order, empty, past the end, and the middle of 😀 (a surrogate pair).
        let got = runs("1 😀", &[h(2, 3), h(0, 1), h(1, 1), h(3, 99)]);
        assert_eq!(got.iter().map(|(t, _)| *t).collect::<String>(), "1 😀");
        assert_eq!(got[0], ("1 ", None));
    }
}

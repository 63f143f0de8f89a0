//! The editor: the program's file name and a textarea whose code is coloured by the engine's own
//! tokens ([`coroscope_engine::highlight`]). Every edit restarts the session (see
//! [`crate::app`]); a syntax error's position can be selected in the text.
//!
//! The colours come from a layer under the textarea: a `<pre aria-hidden>` with the same font,
//! padding and border, filled with one `<span class="tok-…">` per token (through `textContent`,
//! never markup) and scrolled with the textarea. The textarea's own text is transparent, so the
//! caret, the selection, undo, input methods and screen readers all stay the browser's own. Lines
//! do not wrap in either, so their lines always lie on top of each other.

use std::cell::RefCell;
use std::rc::Rc;

use coroscope_engine::{highlight, Highlight, HighlightKind};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlElement, HtmlTextAreaElement};

use crate::dom::{el, Labels, Listener, Slot};
use crate::i18n::{Lang, Text};

/// Above this many bytes the code is shown uncoloured, by the textarea itself (the layer is
/// emptied) and in the source view, so that colouring holds the page up for no more than about
/// 35 ms a keystroke. Measured in a release build in headless Chromium on a loaded 2-core machine
/// (`code_above_the_limit_is_shown_uncoloured` in tests/web.rs logs it): the biggest gallery
/// program (2.4 KB) takes 4 ms; 20 KB 31 ms in the editor (parsing, and a span per token), then
/// 12 ms in the source view; a 1 MB paste, uncoloured, 19–30 ms (then the browser lays the
/// textarea out, and the app parses it).
pub const HIGHLIGHT_LIMIT: usize = 16_000;

pub struct EditorView {
    root: Element,
    file_name: Element,
    textarea: HtmlTextAreaElement,
    /// Holds the layer and the textarea; `plain` when the code is too big to colour.
    input: Element,
    /// The coloured copy of the code under the textarea.
    layer: HtmlElement,
    /// The syntax error marked in the layer (line and column, 1-based), if any.
    marked: Rc<RefCell<Option<(u32, u32)>>>,
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

        let marked = Rc::new(RefCell::new(None));
        let listeners = vec![
            Listener::new(&textarea, "input", {
                let (input, textarea, layer) = (input.clone(), textarea.clone(), layer.clone());
                let marked = Rc::clone(&marked);
                move |_| {
                    // The new text has no mark until the app finds its error (`mark_error`).
                    *marked.borrow_mut() = None;
                    if let Ok(true) = colour(&input, &layer, &textarea.value(), None) {
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
            marked,
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
        *self.marked.borrow_mut() = None;
        if let Ok(true) = colour(&self.input, &self.layer, source, None) {
            follow_scroll(&self.layer, &self.textarea);
        }
    }

    /// Mark the character at `at` (line and column, 1-based, in characters; past the end of the
    /// line: just after it) as where the syntax error is, or remove the mark (`None`). Called at
    /// every render: it re-colours only when the mark changes.
    pub fn mark_error(&self, at: Option<(u32, u32)>) {
        if *self.marked.borrow() == at {
            return;
        }
        *self.marked.borrow_mut() = at;
        let source = self.textarea.value();
        let mark = at.map(|(line, column)| byte_at(&source, line, column));
        if let Ok(true) = colour(&self.input, &self.layer, &source, mark) {
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

/// Fill `layer` with `source`, one span per coloured token, the character at byte `mark` (a
/// syntax error's place) marked, and return true. Above [`HIGHLIGHT_LIMIT`], empty it and mark
/// `input` as `plain`, so the textarea shows its own text (static/style.css), and return false.
fn colour(
    input: &Element,
    layer: &HtmlElement,
    source: &str,
    mark: Option<usize>,
) -> Result<bool, JsValue> {
    if source.len() > HIGHLIGHT_LIMIT {
        layer.set_text_content(None);
        input.class_list().add_1("plain")?;
        return Ok(false);
    }
    input.class_list().remove_1("plain")?;
    let doc = crate::dom::document();
    // Built apart and swapped in at once, so the page lays it out once.
    let code = doc.create_element("code")?;
    let runs = runs(source, &highlights_of(source));
    match mark {
        Some(mark) => append_marked_runs(&doc, &code, &runs, mark)?,
        None => append_runs(&doc, &code, &runs)?,
    }
    layer.replace_children_with_node_1(&code);
    Ok(true)
}

/// The byte offset of `line` and `column` (1-based, in characters) in `source`; a column past
/// the line's end gives its end (before the line break), a line past the text's end the end.
pub fn byte_at(source: &str, line: u32, column: u32) -> usize {
    let mut start = 0;
    for (i, text) in source.split_inclusive('\n').enumerate() {
        if i + 1 == line as usize {
            let content = text.trim_end_matches(['\n', '\r']);
            let skip = column.saturating_sub(1) as usize;
            return start
                + content
                    .char_indices()
                    .nth(skip)
                    .map_or(content.len(), |(b, _)| b);
        }
        start += text.len();
    }
    source.len()
}

/// [`append_runs`], with the character at byte `mark` in a `span.syntax-error-at` (keeping its
/// token's colour); at a line's end, where there is no character, the span holds a space.
fn append_marked_runs(
    doc: &Document,
    parent: &Element,
    runs: &[(&str, Option<HighlightKind>)],
    mark: usize,
) -> Result<(), JsValue> {
    let marker = |text: &str, kind: Option<HighlightKind>| -> Result<(), JsValue> {
        let class = match kind.and_then(class_of) {
            Some(class) => format!("syntax-error-at {class}"),
            None => "syntax-error-at".to_owned(),
        };
        let span = el(doc, "span", &class, "")?;
        span.set_text_content(Some(text));
        parent.append_child(&span)?;
        Ok(())
    };
    let mut at = 0; // byte offset of the run in the source
    let mut marked = false;
    for &(text, kind) in runs {
        let end = at + text.len();
        if !marked && (at..end).contains(&mark) {
            marked = true;
            let (before, rest) = text.split_at(mark - at);
            append_runs(doc, parent, &[(before, kind)])?;
            let c = rest.chars().next().map_or(0, char::len_utf8);
            let (here, after) = rest.split_at(c);
            if here == "\n" || here == "\r" {
                marker(" ", None)?;
                append_runs(doc, parent, &[(rest, kind)])?;
            } else {
                marker(here, kind)?;
                append_runs(doc, parent, &[(after, kind)])?;
            }
        } else {
            append_runs(doc, parent, &[(text, kind)])?;
        }
        at = end;
    }
    if !marked {
        marker(" ", None)?;
    }
    Ok(())
}

/// Append `runs` to `parent`: a `<span class="tok-…">` for each coloured one, plain text for the
/// rest. Text goes in through `textContent` only.
pub fn append_runs(
    doc: &Document,
    parent: &Element,
    runs: &[(&str, Option<HighlightKind>)],
) -> Result<(), JsValue> {
    for &(text, kind) in runs {
        if text.is_empty() {
            continue;
        }
        match kind.and_then(class_of) {
            Some(class) => {
                let span = el(doc, "span", class, "")?;
                span.set_text_content(Some(text));
                parent.append_child(&span)?;
            }
            None => parent.append_with_str_1(text)?,
        }
    }
    Ok(())
}

/// The runs of each line of `source` (lines as [`str::lines`] cuts them), for the source view;
/// `None` above [`HIGHLIGHT_LIMIT`]. A token over several lines (a triple-quoted string) is cut
/// at each line break.
pub fn coloured_lines(source: &str) -> Option<Vec<Vec<(&str, Option<HighlightKind>)>>> {
    if source.len() > HIGHLIGHT_LIMIT {
        return None;
    }
    let mut lines: Vec<Vec<(&str, Option<HighlightKind>)>> = vec![Vec::new()];
    for (text, kind) in runs(source, &highlights_of(source)) {
        for (i, piece) in text.split('\n').enumerate() {
            if i > 0 {
                // `str::lines` drops the `\r` of a `\r\n`.
                if let Some(line) = lines.last_mut() {
                    strip_carriage_return(line);
                }
                lines.push(Vec::new());
            }
            if let (Some(line), false) = (lines.last_mut(), piece.is_empty()) {
                line.push((piece, kind));
            }
        }
    }
    Some(lines)
}

/// Remove a `\r` from the end of the line's last run (and the run, if that empties it).
fn strip_carriage_return(line: &mut Vec<(&str, Option<HighlightKind>)>) {
    if let Some((text, _)) = line.last_mut() {
        if let Some(stripped) = text.strip_suffix('\r') {
            *text = stripped;
            if stripped.is_empty() {
                line.pop();
            }
        }
    }
}

/// [`highlight`], remembering the last text: after every edit the editor and the source view
/// colour the same text, and parsing it once is enough.
fn highlights_of(source: &str) -> Rc<Vec<Highlight>> {
    thread_local! {
        static LAST: RefCell<Option<(String, Rc<Vec<Highlight>>)>> = const { RefCell::new(None) };
    }
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        match &*last {
            Some((text, highlights)) if text == source => Rc::clone(highlights),
            _ => {
                let highlights = Rc::new(highlight(source));
                *last = Some((source.to_owned(), Rc::clone(&highlights)));
                highlights
            }
        }
    })
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
    fn byte_at_counts_characters_and_stops_at_line_ends() {
        let source = "print('你好')\ndef f(:\r\n    pass";
        assert_eq!(byte_at(source, 1, 1), 0);
        assert_eq!(&source[byte_at(source, 1, 9)..][..3], "好");
        assert_eq!(&source[byte_at(source, 2, 7)..][..1], ":");
        // Past the end of a line: its end, before the line break (also `\r\n`).
        assert_eq!(&source[byte_at(source, 2, 40)..][..2], "\r\n");
        assert_eq!(byte_at(source, 3, 9), source.len());
        assert_eq!(byte_at(source, 9, 1), source.len());
        assert_eq!(byte_at("", 1, 1), 0);
    }

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
    fn coloured_lines_are_the_lines_of_the_text() {
        for source in [
            "def f():\n    s = \"\"\"one\n\ntwo\"\"\"\n\n    return s\n",
            "x = 1\r\ny = '你好😀'\r\n\r\nz\r",
            "print(1)",
            "",
            "\n\n",
        ] {
            let coloured = coloured_lines(source).unwrap();
            for (i, line) in source.lines().enumerate() {
                let joined: String = coloured[i].iter().map(|(t, _)| *t).collect();
                assert_eq!(joined, line, "line {i} of {source:?}");
            }
        }
        let coloured = coloured_lines("s = \"\"\"a\nb\"\"\"\n").unwrap();
        assert_eq!(coloured[1], [("b\"\"\"", Some(HighlightKind::String))]);
        assert!(coloured_lines(&"x\n".repeat(HIGHLIGHT_LIMIT)).is_none());
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

//! The source view: the program with line numbers, its code coloured like the editor's. Each
//! coroutine's current line carries its lane's colour and label; the running coroutine's line is
//! the strongest. A syntax error's line is marked in red.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlElement};

use crate::dom::{add, el, Labels, Slot};
use crate::i18n::{Lang, Text};
use crate::views::editor;

/// At most this many coroutines' tags on one line; one more tag counts the others ("+9").
const MAX_TAGS: usize = 3;

/// One highlight: a coroutine at a line.
pub struct LineMark<'a> {
    pub line: u32,
    pub colour: &'a str,
    pub label: &'a str,
    pub running: bool,
}

pub struct SourceView {
    root: Element,
    list: Element,
    lines: RefCell<Vec<Element>>,
    /// Lines (0-based) that carry a highlight now, to clear them cheaply.
    marked: RefCell<Vec<usize>>,
    /// A scroll to the running line waits for the next frame.
    scroll_due: Rc<Cell<bool>>,
}

impl SourceView {
    pub fn new(doc: &Document, labels: &mut Labels, lang: Lang) -> Result<SourceView, JsValue> {
        let root = el(doc, "section", "source-view", "")?;
        let title = add(&root, doc, "h2", "", "")?;
        labels.add(&title, Text::Source, Slot::Text, lang);
        let list = add(&root, doc, "ol", "source", "")?;
        list.set_id("source");
        Ok(SourceView {
            root,
            list,
            lines: RefCell::new(Vec::new()),
            marked: RefCell::new(Vec::new()),
            scroll_due: Rc::new(Cell::new(false)),
        })
    }

    pub fn element(&self) -> &Element {
        &self.root
    }

    /// Show `source`, one list item per line.
    pub fn show(&self, source: &str) -> Result<(), JsValue> {
        let doc = crate::dom::document();
        self.list.set_text_content(None);
        self.marked.borrow_mut().clear();
        let mut lines = self.lines.borrow_mut();
        lines.clear();
        // Coloured like the editor (none above its size limit).
        let coloured = editor::coloured_lines(source);
        for (i, text) in source.lines().enumerate() {
            let li = add(&self.list, &doc, "li", "", "")?;
            li.set_attribute("data-line", &(i + 1).to_string())?;
            add(&li, &doc, "span", "ln", &(i + 1).to_string())?;
            let code = add(&li, &doc, "span", "code", "")?;
            match coloured.as_ref().and_then(|c| c.get(i)) {
                Some(runs) if !text.is_empty() => editor::append_runs(&doc, &code, runs)?,
                // A non-breaking space keeps empty lines one line high.
                _ => code.set_text_content(Some(if text.is_empty() { "\u{a0}" } else { text })),
            }
            add(&li, &doc, "span", "tags", "")?;
            lines.push(li);
        }
        Ok(())
    }

    /// Replace the highlights with `marks`; `error_line` is a syntax error's line.
    pub fn highlight(&self, marks: &[LineMark], error_line: Option<u32>) -> Result<(), JsValue> {
        let doc = crate::dom::document();
        let lines = self.lines.borrow();
        let mut marked = self.marked.borrow_mut();
        for &i in marked.iter() {
            if let Some(li) = lines.get(i) {
                li.set_class_name("");
                li.remove_attribute("style")?;
                li.remove_attribute("aria-current")?;
                if let Some(tags) = li.query_selector(".tags")? {
                    tags.set_text_content(None);
                }
            }
        }
        marked.clear();
        // Per line: the colour it takes (the running coroutine's, else the last one's), whether
        // the running coroutine is there, and its tags (the running one's first).
        struct Line<'a> {
            colour: &'a str,
            running: bool,
            tags: Vec<&'a LineMark<'a>>,
            more: usize,
        }
        let mut by_line: Vec<Option<Line>> = Vec::new();
        by_line.resize_with(lines.len(), || None);
        let running_first = marks.iter().filter(|m| m.running);
        for m in running_first.chain(marks.iter().filter(|m| !m.running)) {
            let i = (m.line as usize).wrapping_sub(1);
            let Some(slot) = by_line.get_mut(i) else {
                continue;
            };
            let line = slot.get_or_insert_with(|| {
                marked.push(i);
                Line {
                    colour: m.colour,
                    running: m.running,
                    tags: Vec::new(),
                    more: 0,
                }
            });
            if !line.running {
                line.colour = m.colour;
            }
            if line.tags.len() < MAX_TAGS {
                line.tags.push(m);
            } else {
                line.more += 1;
            }
        }
        for &i in marked.iter() {
            let (Some(li), Some(line)) = (lines.get(i), &by_line[i]) else {
                continue;
            };
            let list = li.class_list();
            list.add_1("at")?;
            li.set_attribute("style", &format!("--lane:{}", line.colour))?;
            if line.running {
                list.add_1("running")?;
                li.set_attribute("aria-current", "step")?;
            }
            if let Some(tags) = li.query_selector(".tags")? {
                for m in &line.tags {
                    let tag = add(&tags, &doc, "span", "tag", m.label)?;
                    tag.set_attribute("style", &format!("background:{}", m.colour))?;
                }
                if line.more > 0 {
                    add(&tags, &doc, "span", "tag more", &format!("+{}", line.more))?;
                }
            }
        }
        if let Some(line) = error_line {
            let i = (line as usize).wrapping_sub(1);
            if let Some(li) = lines.get(i) {
                li.class_list().add_1("error")?;
                marked.push(i);
            }
        }
        self.keep_running_line_in_view_soon();
        Ok(())
    }

    /// Keep the running line in view from the next frame on. Where the line is depends on the
    /// page's layout: read right after the views changed, in the middle of an engine slice, it
    /// would make the browser lay the page out inside the slice (about 10 ms with a long
    /// console); the frame lays it out anyway.
    fn keep_running_line_in_view_soon(&self) {
        if self.scroll_due.replace(true) {
            return;
        }
        let (list, due) = (self.list.clone(), self.scroll_due.clone());
        let scroll = Closure::once_into_js(move || {
            due.set(false);
            let _ = running_line_into_view(&list);
        });
        let asked = web_sys::window()
            .is_some_and(|w| w.request_animation_frame(scroll.unchecked_ref()).is_ok());
        if !asked {
            self.scroll_due.set(false);
        }
    }

    /// Scroll the list (not the page) so that the running line is in view, now.
    pub fn keep_running_line_in_view(&self) -> Result<(), JsValue> {
        running_line_into_view(&self.list)
    }
}

/// Scroll `list` (not the page) so that its running line is in view.
fn running_line_into_view(list: &Element) -> Result<(), JsValue> {
    if let Some(li) = list.query_selector("li.running")? {
        let li: HtmlElement = li.dyn_into()?;
        let list: &HtmlElement = list.unchecked_ref();
        let top = li.offset_top() - list.offset_top();
        let (view_top, view_h) = (list.scroll_top(), list.client_height());
        if top < view_top || top + li.offset_height() > view_top + view_h {
            list.set_scroll_top((top - view_h / 3).max(0));
        }
    }
    Ok(())
}

//! The app: builds the page under a parent element and wires the views together.

use std::rc::Rc;

use coroscope_engine::{run_source, RunOptions};
use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::dom::{self, add, el, Listener};
use crate::programs::{self, PROGRAMS};
use crate::views::console::ConsoleView;
use crate::views::controls::ControlsView;
use crate::views::editor::EditorView;
use crate::views::gallery::{self, GalleryView};
use crate::views::timeline::TimelineView;

/// Shown when no gallery program was embedded.
const FALLBACK_SOURCE: &str = "print('hello from coroscope')\n";

struct Views {
    gallery: GalleryView,
    editor: EditorView,
    controls: ControlsView,
    console: ConsoleView,
    timeline: TimelineView,
}

/// The mounted app. It owns its listeners: drop it and the page goes quiet and is removed.
pub struct App {
    root: Element,
    views: Rc<Views>,
    _listeners: Vec<Listener>,
}

impl App {
    /// Build the whole page inside `parent`.
    pub fn mount(parent: &Element) -> Result<App, JsValue> {
        let doc = dom::document();
        let root = el(&doc, "div", "coroscope", "")?;

        let header = el(&doc, "header", "", "")?;
        add(&header, &doc, "h1", "", "coroscope")?;
        add(
            &header,
            &doc,
            "p",
            "subtitle",
            "看 Python 协程轮流运行 · watch coroutines take turns",
        )?;
        root.append_child(&header)?;

        let views = Rc::new(Views {
            gallery: GalleryView::new(&doc, PROGRAMS)?,
            editor: EditorView::new(&doc)?,
            controls: ControlsView::new(&doc)?,
            console: ConsoleView::new(&doc)?,
            timeline: TimelineView::new(&doc)?,
        });
        let work = el(&doc, "main", "work", "")?;
        let left = el(&doc, "div", "left", "")?;
        left.append_child(views.editor.element())?;
        left.append_child(views.controls.element())?;
        left.append_child(views.console.element())?;
        work.append_child(views.gallery.element())?;
        work.append_child(&left)?;
        work.append_child(views.timeline.element())?;
        root.append_child(&work)?;

        match PROGRAMS.first() {
            Some((name, source)) => {
                views.editor.load(&format!("{name}.py"), source);
                views.gallery.select(name)?;
            }
            None => views.editor.load("main.py", FALLBACK_SOURCE),
        }

        let on_run = {
            let v = Rc::clone(&views);
            Listener::new(views.controls.run_button(), "click", move |_| run(&v))?
        };
        let on_pick = {
            let v = Rc::clone(&views);
            Listener::new(views.gallery.list(), "click", move |event| {
                if let Some(name) = gallery::program_of_event(&event) {
                    load_program(&v, &name);
                }
            })?
        };

        parent.append_child(&root)?;
        Ok(App {
            root,
            views,
            _listeners: vec![on_run, on_pick],
        })
    }

    /// Load the gallery program `name` (without `.py`) into the editor. False if there is none.
    pub fn load_program(&self, name: &str) -> bool {
        load_program(&self.views, name)
    }

    /// Run what is in the editor and show the result.
    pub fn run(&self) {
        run(&self.views)
    }

    /// The app's top element.
    pub fn element(&self) -> &Element {
        &self.root
    }
}

impl Drop for App {
    fn drop(&mut self) {
        self.root.remove();
    }
}

fn load_program(views: &Views, name: &str) -> bool {
    let Some(source) = programs::find(name) else {
        return false;
    };
    views.editor.load(&format!("{name}.py"), source);
    let _ = views.gallery.select(name);
    views.console.clear();
    true
}

fn run(views: &Views) {
    let file_name = views.editor.file_name();
    let source = views.editor.source();
    let outcome = run_source(&file_name, &source, &RunOptions::default());
    if let Err(err) = views.console.show(&outcome) {
        web_sys::console::error_1(&err);
    }
    views.timeline.show(&outcome.trace);
}

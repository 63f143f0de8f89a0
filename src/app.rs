//! The app: builds the page under a parent element, holds the stepping session and wires the
//! views together.
//!
//! A [`Player`] owns the engine's [`Session`] for the program in the editor and a cursor: the
//! step the page shows. Every button, key and click becomes a [`Command`]; a command sets a
//! [`Goal`] (run to the end, reach a step, find the next switch, play) and [`tick`] works towards
//! it in slices of at most [`SLICE_MS`] milliseconds, scheduling itself with `setTimeout` until
//! the goal is met, so the page never blocks. A run that reaches the step budget ([`PAUSE_STEPS`]
//! more steps) stops with a message and a Continue button. After each slice [`render`] brings every
//! view to the cursor.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use coroscope_engine::lang::report::render_error;
use coroscope_engine::runtime::modules;
use coroscope_engine::session::{LaneFrames, RunOptions, Session};
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, MouseEvent};

use crate::dom::{self, add, el, Labels, Listener, Slot};
use crate::i18n::{Lang, Text};
use crate::model::{self, lane_colour, TraceIndex};
use crate::permalink::{self, Link};
use crate::programs::{self, FetchError};
use crate::theme::Theme;
use crate::views::console::{self, ConsoleView};
use crate::views::controls::{ControlsView, Speed};
use crate::views::editor::EditorView;
use crate::views::frames::FramesView;
use crate::views::gallery::{self, GalleryView};
use crate::views::source::{LineMark, SourceView};
use crate::views::timeline::{Axis, TimelineView, ZOOM_STEP};
use crate::views::toolbar::ToolbarView;

/// The example the page opens with (the tutorial's eat/play with gevent).
pub const DEFAULT_EXAMPLE: &str = "art04_gevent_eat_play";
/// Shown when no gallery program was embedded.
const FALLBACK_SOURCE: &str = "print('hello from coroscope')\n";
/// The longest the engine runs before the page gets the browser back.
pub const SLICE_MS: f64 = 8.0;
/// Instructions run between two looks at the clock.
const CHUNK: u64 = 2_000;
/// A run stops (with a Continue button) after this many more steps.
pub const PAUSE_STEPS: u64 = 2_000_000;
/// localStorage keys.
const STORE_EDIT: &str = "coroscope.edit";
const STORE_LANG: &str = "coroscope.lang";
const STORE_THEME: &str = "coroscope.theme";
/// The saved edit a link replaced (same format as [`STORE_EDIT`]: name, newline, source).
const STORE_KEPT: &str = "coroscope.kept";

/// What the user asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    RunToEnd,
    Step,
    StepBack,
    NextSwitch,
    PrevSwitch,
    PlayPause,
    Reset,
    Seek(u64),
    Continue,
}

/// What [`tick`] is working towards.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Goal {
    Idle,
    End,
    Step(u64),
    NextSwitch,
    Play,
    /// The run is done; redraw the timeline in a task of its own (it can take longer than a
    /// slice for a long trace).
    Redraw,
}

/// Why the editor's code cannot run: a syntax error (or a feature not supported yet).
#[derive(Clone, Debug)]
pub struct SyntaxProblem {
    pub line: u32,
    /// 1-based, in characters.
    pub column: u32,
    pub class: &'static str,
    pub message: String,
    /// The whole report, as Python prints it.
    pub report: String,
}

/// The session of the program in the editor and the step shown.
pub struct Player {
    pub session: Session,
    pub index: TraceIndex,
    /// The step the page shows (instructions run before it).
    pub cursor: u64,
    /// The program ended (or the engine's own budget stopped it) at `known()` steps.
    pub ended: bool,
    /// Exploring stops here until Continue moves it on.
    pub pause_at: u64,
}

impl Player {
    /// A session for `source` that explores at most `pause_steps` steps before asking. A
    /// `preview` starts as [`Session::preview`] (step 0 as it will be, without the prelude's
    /// 12 KB of Python parsed and run), which the first step, or [`start_after_paint`], makes
    /// whole.
    pub fn new(
        file_name: &str,
        source: &str,
        pause_steps: u64,
        preview: bool,
    ) -> Result<Player, SyntaxProblem> {
        let options = RunOptions {
            record_steps: true,
            ..Default::default()
        };
        let session = if preview {
            Session::preview(file_name, source, options)
        } else {
            Session::new(file_name, source, options)
        };
        match session {
            Ok(session) => Ok(Player {
                session,
                index: TraceIndex::default(),
                cursor: 0,
                ended: false,
                pause_at: pause_steps,
            }),
            Err(e) => Err(SyntaxProblem {
                line: e.span.line,
                column: e.span.col + 1,
                class: e.class_name(),
                message: e.message(),
                report: render_error(&e, file_name, source),
            }),
        }
    }

    /// Steps known so far.
    pub fn known(&self) -> u64 {
        self.index.known_steps()
    }

    /// The run stopped at the step budget and waits for Continue.
    pub fn budget_hit(&self) -> bool {
        !self.ended && self.known() >= self.pause_at
    }

    /// Run the program further (from the furthest step known) until `done` says so, it ends, the
    /// budget is reached or the clock passes `deadline` (ms, `performance.now()`). `exact` runs
    /// one instruction at a time (for the first 20,000), so the engine stops exactly where `done`
    /// becomes true: the page then shows that step without seeking back, which would restore a
    /// checkpoint and replay.
    fn explore(&mut self, deadline: Option<f64>, exact: bool, done: &dyn Fn(&Player) -> bool) {
        if self.session.step_index() != self.known() {
            self.session.seek(self.known());
        }
        let mut calls = 0u32;
        while !self.ended && !self.budget_hit() && !done(self) {
            let n = if exact && calls < 20_000 { 1 } else { CHUNK };
            self.session.run(n.min(self.pause_at - self.known()));
            self.index.update(self.session.trace());
            if self.session.is_finished() {
                self.ended = true;
            }
            calls += 1;
            if (!exact || calls.is_multiple_of(64)) && deadline.is_some_and(|d| dom::now_ms() > d) {
                break;
            }
        }
    }

    /// The first step after `from` where another lane holds control, if known. At the edge of
    /// what is known the engine's own lane tells (the step record comes only when it runs).
    fn next_switch_from(&self, from: u64) -> Option<u64> {
        let known = self.known();
        self.index.next_switch(from).or_else(|| {
            let at_edge = self.session.step_index() == known && !self.session.is_finished();
            (at_edge && known > from && Some(self.session.vm.lane) != self.index.lane_at(from))
                .then_some(known)
        })
    }

    /// Put the engine at the cursor (to read every coroutine's line).
    fn seek_to_cursor(&mut self) {
        if self.session.step_index() != self.cursor {
            self.session.seek(self.cursor);
        }
    }

    /// The lane holding control at the cursor: the engine's own answer when it stands there
    /// (also right at the edge of what is known), else the recorded steps'.
    pub fn lane_at_cursor(&self) -> Option<u32> {
        if self.session.step_index() == self.cursor && !self.session.is_finished() {
            Some(self.session.vm.lane)
        } else {
            self.index.lane_at(self.cursor)
        }
    }

    fn stuck(&self) -> bool {
        self.ended || self.budget_hit()
    }
}

struct Views {
    toolbar: ToolbarView,
    gallery: GalleryView,
    editor: EditorView,
    source: SourceView,
    controls: ControlsView,
    narration: Element,
    console: ConsoleView,
    frames: FramesView,
    timeline: TimelineView,
}

/// Everything the page's state is made of, besides the DOM.
struct State {
    lang: Lang,
    theme: Theme,
    /// The gallery program the code came from (without `.py`).
    example: String,
    /// The language test picked last, while its text is being fetched (see [`fetch_program`]).
    fetching: Option<String>,
    player: Option<Player>,
    /// A syntax error in the editor's code.
    error: Option<SyntaxProblem>,
    goal: Goal,
    axis: Axis,
    /// Steps a run may take before it stops and asks to continue ([`PAUSE_STEPS`]).
    pause_steps: u64,
    /// What the timeline was last drawn for: (known steps, axis, language, time in ms).
    drawn: Option<(u64, Axis, Lang)>,
    drawn_at_ms: f64,
    /// How long the last redraw of the timeline took (ms).
    draw_ms: f64,
    play_last_ms: f64,
    play_carry: f64,
}

impl State {
    /// How long a redraw of the timeline would take now (ms): its cost grows with the run, so
    /// the last redraw's time, scaled by how much the run grew since.
    fn redraw_ms(&self) -> f64 {
        let known = self.player.as_ref().map_or(0, |p| p.known());
        match self.drawn {
            Some((drawn, ..)) if drawn > 0 => self.draw_ms * known.max(drawn) as f64 / drawn as f64,
            _ => self.draw_ms,
        }
    }
}

struct Inner {
    root: Element,
    views: Views,
    labels: Labels,
    state: RefCell<State>,
    timer: Cell<Option<i32>>,
    tick_closure: RefCell<Option<Closure<dyn FnMut()>>>,
}

/// The mounted app. It owns its listeners: drop it and the page goes quiet and is removed.
pub struct App {
    inner: Rc<Inner>,
    _listeners: Vec<Listener>,
}

impl App {
    /// Build the whole page inside `parent`, then open the program of the URL's permalink, the
    /// last edit saved in this browser, or the default example.
    pub fn mount(parent: &Element) -> Result<App, JsValue> {
        let doc = dom::document();
        let lang = stored(STORE_LANG)
            .map(|t| Lang::from_tag(&t))
            .unwrap_or_else(|| {
                Lang::from_tag(
                    &web_sys::window()
                        .map(|w| w.navigator().language().unwrap_or_default())
                        .unwrap_or_default(),
                )
            });
        let mut labels = Labels::default();
        let root = el(&doc, "div", "coroscope", "")?;

        let header = el(&doc, "header", "", "")?;
        let titles = add(&header, &doc, "div", "titles", "")?;
        add(&titles, &doc, "h1", "", "coroscope")?;
        let subtitle = add(&titles, &doc, "p", "subtitle", "")?;
        labels.add(&subtitle, Text::Subtitle, Slot::Text, lang);
        let views = Views {
            toolbar: ToolbarView::new(&doc, &mut labels, lang)?,
            gallery: GalleryView::new(&doc, programs::NAMES, &mut labels, lang)?,
            editor: EditorView::new(&doc, &mut labels, lang)?,
            source: SourceView::new(&doc, &mut labels, lang)?,
            controls: ControlsView::new(&doc, &mut labels, lang)?,
            narration: el(&doc, "p", "narration", "")?,
            console: ConsoleView::new(&doc, &mut labels, lang)?,
            frames: FramesView::new(&doc, &mut labels, lang)?,
            timeline: TimelineView::new(&doc, &mut labels, lang)?,
        };
        header.append_child(views.toolbar.element())?;
        root.append_child(&header)?;
        root.append_child(&views.toolbar.notice)?;
        root.append_child(&views.toolbar.kept)?;
        root.append_child(&views.toolbar.help_panel)?;
        views.narration.set_id("narration");
        views.narration.set_attribute("aria-live", "polite")?;

        // A grid (static/style.css): gallery | code | controls, timeline, console; presentation
        // mode puts the timeline across the whole width.
        let work = el(&doc, "main", "work", "")?;
        let code = el(&doc, "div", "code-column", "")?;
        // The selected example's explanation, above its code (hidden in embed mode).
        code.append_child(views.gallery.about())?;
        code.append_child(views.editor.element())?;
        code.append_child(views.source.element())?;
        let stepping = el(&doc, "div", "stepping", "")?;
        stepping.append_child(views.controls.element())?;
        stepping.append_child(&views.narration)?;
        work.append_child(views.gallery.element())?;
        work.append_child(&code)?;
        work.append_child(&stepping)?;
        work.append_child(views.timeline.element())?;
        work.append_child(views.console.element())?;
        work.append_child(views.frames.element())?;
        root.append_child(&work)?;
        // Embed mode (`?embed=1`, for slides): only the code, the controls and the timeline
        // (static/style.css hides the rest); saved edits are neither restored nor written.
        let embed = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .is_some_and(|s| permalink::is_embed(&s));
        if embed {
            root.class_list().add_1("embed")?;
        }
        set_html_lang(lang);
        let theme = stored(STORE_THEME)
            .and_then(|t| Theme::from_tag(&t))
            .unwrap_or_else(|| Theme::preferred(prefers_dark()));
        set_html_theme(theme);
        views.toolbar.show_theme(theme);

        let inner = Rc::new(Inner {
            root,
            views,
            labels,
            state: RefCell::new(State {
                lang,
                theme,
                example: String::new(),
                fetching: None,
                player: None,
                error: None,
                goal: Goal::Idle,
                axis: Axis::DEFAULT,
                pause_steps: PAUSE_STEPS,
                drawn: None,
                drawn_at_ms: 0.0,
                draw_ms: 0.0,
                play_last_ms: 0.0,
                play_carry: 0.0,
            }),
            timer: Cell::new(None),
            tick_closure: RefCell::new(None),
        });
        let weak = Rc::downgrade(&inner);
        *inner.tick_closure.borrow_mut() = Some(Closure::new(move || {
            if let Some(inner) = weak.upgrade() {
                inner.timer.set(None);
                tick(&inner, true);
            }
        }));

        dom::startup_mark("views built");
        let listeners = wire(&inner)?;
        // The first program is opened before the app joins the page, so that nothing asks the
        // browser for a size while the page is half built: each ask laid the page out again
        // (four layouts in a cold load, where one does). Then what needs the layout.
        open_initial_program(&inner);
        parent.append_child(&inner.root)?;
        show_attached(&inner);
        Ok(App {
            inner,
            _listeners: listeners,
        })
    }

    /// Load the gallery program `name` (without `.py`) into the editor, as a click on it would:
    /// at once if the wasm holds its text, else once it has been fetched. False if there is no
    /// such program.
    pub fn load_program(&self, name: &str) -> bool {
        pick_program(&self.inner, name)
    }

    /// Open `source` as the gallery program `name`, as when a fetched program's text arrives
    /// (for tests that do not wait for a fetch).
    pub fn load_source(&self, name: &str, source: &str) {
        open_program(&self.inner, name, source, 0);
    }

    /// Replace the editor's text, as if typed (restarts the session).
    pub fn set_source(&self, source: &str) {
        self.inner.views.editor.set_source(source);
        source_edited(&self.inner);
    }

    /// Do what a button or key would, then finish any work it started (tests use this).
    pub fn command(&self, cmd: Command) {
        command(&self.inner, cmd);
        self.settle();
    }

    /// Run what is in the editor to its end (or the step budget), synchronously.
    pub fn run(&self) {
        self.command(Command::RunToEnd);
    }

    /// Finish the current goal now, without yielding to the browser (except Play).
    pub fn settle(&self) {
        loop {
            let goal = self.inner.state.borrow().goal;
            if matches!(goal, Goal::Idle | Goal::Play) {
                break;
            }
            tick(&self.inner, false);
        }
    }

    /// How many steps a run may take before it stops and asks to continue; restarts the
    /// session (tests use a small number).
    pub fn set_pause_steps(&self, steps: u64) {
        self.inner.state.borrow_mut().pause_steps = steps.max(1);
        restart(&self.inner);
    }

    /// Steps known so far, and whether the program ended there.
    pub fn known_steps(&self) -> (u64, bool) {
        let st = self.inner.state.borrow();
        st.player
            .as_ref()
            .map(|p| (p.known(), p.ended))
            .unwrap_or((0, false))
    }

    /// The step shown.
    pub fn cursor(&self) -> u64 {
        let st = self.inner.state.borrow();
        st.player.as_ref().map(|p| p.cursor).unwrap_or(0)
    }

    /// The label of the coroutine holding control at the step shown.
    pub fn lane_in_control(&self) -> Option<String> {
        let st = self.inner.state.borrow();
        let p = st.player.as_ref()?;
        let lane = p.lane_at_cursor()?;
        Some(model::label(p.session.trace(), lane).to_owned())
    }

    pub fn lang(&self) -> Lang {
        self.inner.state.borrow().lang
    }

    /// The permalink of the program and step shown (the hash, without `#`).
    pub fn permalink(&self) -> String {
        make_link(&self.inner.state.borrow(), &self.inner.views)
    }

    /// The timeline as an SVG document.
    pub fn timeline_svg(&self) -> String {
        self.inner.views.timeline.svg_markup()
    }

    /// The app's top element.
    pub fn element(&self) -> &Element {
        &self.inner.root
    }
}

impl Drop for App {
    fn drop(&mut self) {
        if let (Some(id), Some(w)) = (self.inner.timer.take(), web_sys::window()) {
            w.clear_timeout_with_handle(id);
        }
        self.inner.tick_closure.borrow_mut().take();
        self.inner.root.remove();
    }
}

// ------------------------------------------------------------------ loading programs

fn open_initial_program(inner: &Rc<Inner>) {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let lang = inner.state.borrow().lang;
    match permalink::decode(&hash) {
        Ok(Some(link)) => {
            // Never lose work silently: an edit saved in this browser that differs from the
            // link's code is copied aside, and a button brings it back.
            let embed = inner.root.class_list().contains("embed");
            if let Some(saved) = stored(STORE_EDIT).filter(|_| !embed) {
                if let Some((name, source)) = saved.split_once('\n') {
                    if source != link.source {
                        store(STORE_KEPT, &saved);
                        inner
                            .views
                            .toolbar
                            .offer_kept(Some(&lang.fill(Text::KeptEdit, &[&format!("{name}.py")])));
                    }
                }
            }
            open_program(inner, &link.example, &link.source, link.step);
            return;
        }
        Ok(None) => {}
        Err(_) => {
            inner.views.toolbar.notify(lang.text(Text::BadLink));
            open_default(inner);
            return;
        }
    }
    if inner.root.class_list().contains("embed") {
        open_default(inner);
        return;
    }
    if let Some(saved) = stored(STORE_EDIT) {
        if let Some((name, source)) = saved.split_once('\n') {
            // An edit of a fetched program is restored without comparing: its text is not here.
            let edited = match programs::find(name) {
                Some(original) => original != source,
                None => programs::is_fetched(name),
            };
            if edited {
                open_program(inner, name, source, 0);
                inner
                    .views
                    .toolbar
                    .notify(&lang.fill(Text::Restored, &[&format!("{name}.py")]));
                return;
            }
        }
    }
    open_default(inner);
}

fn open_default(inner: &Rc<Inner>) {
    let name = if programs::find(DEFAULT_EXAMPLE).is_some() {
        Some(DEFAULT_EXAMPLE)
    } else {
        programs::EMBEDDED.first().map(|(n, _)| *n)
    };
    match name.and_then(|n| programs::find(n).map(|s| (n, s))) {
        Some((n, s)) => open_program(inner, n, s, 0),
        None => open_program(inner, "main", FALLBACK_SOURCE, 0),
    }
}

/// The app just joined the page: keep the running line in view and draw the timeline at its
/// width. Both read the layout before changing anything, so the browser lays the page out once.
fn show_attached(inner: &Rc<Inner>) {
    let _ = inner.views.source.keep_running_line_in_view();
    draw_timeline(&mut inner.state.borrow_mut(), &inner.views);
}

/// Open the gallery program `name`: at once if the wasm holds its text, else once it has been
/// fetched. False if there is no such program.
fn pick_program(inner: &Rc<Inner>, name: &str) -> bool {
    if let Some(source) = programs::find(name) {
        open_program(inner, name, source, 0);
        true
    } else if programs::is_fetched(name) {
        fetch_program(inner, name);
        true
    } else {
        false
    }
}

/// Fetch the language test `name` and open it when it arrives, unless another program was
/// opened or the code edited meanwhile. The page stays usable while it loads; the narration says
/// it is loading, and a failure is reported there and in the notice, leaving the code as it was.
fn fetch_program(inner: &Rc<Inner>, name: &str) {
    let file = format!("{name}.py");
    let lang = {
        let mut st = inner.state.borrow_mut();
        if let Some(earlier) = st.fetching.replace(name.to_owned()) {
            let _ = inner.views.gallery.set_loading(&earlier, false);
        }
        st.lang
    };
    let _ = inner.views.gallery.set_loading(name, true);
    let narration = &inner.views.narration;
    narration.set_text_content(Some(&lang.fill(Text::ProgramLoading, &[&file])));
    narration.set_class_name("narration");
    let weak = Rc::downgrade(inner);
    let picked = name.to_owned();
    programs::fetch(name, move |result| {
        let Some(inner) = weak.upgrade() else {
            return; // the app was dropped
        };
        if inner.state.borrow().fetching.as_deref() != Some(picked.as_str()) {
            return; // superseded
        }
        match result {
            Ok(source) => open_program(&inner, &picked, &source, 0),
            Err(error) => {
                let lang = {
                    let mut st = inner.state.borrow_mut();
                    st.fetching = None;
                    st.lang
                };
                let _ = inner.views.gallery.set_loading(&picked, false);
                let reason = match error {
                    FetchError::Status(status) => format!("HTTP {status}"),
                    FetchError::Unreachable => lang.text(Text::NoAnswer).to_owned(),
                };
                let message = lang.fill(Text::ProgramLoadFailed, &[&file, &reason]);
                let v = &inner.views;
                v.narration.set_text_content(Some(&message));
                v.narration.set_class_name("narration error");
                v.toolbar.notify(&message);
                web_sys::console::warn_1(&message.into());
            }
        }
    });
}

/// Forget the language test being fetched: what the user did since wins over it.
fn cancel_fetch(inner: &Rc<Inner>) {
    let pending = inner.state.borrow_mut().fetching.take();
    if let Some(name) = pending {
        let _ = inner.views.gallery.set_loading(&name, false);
    }
}

/// Show `source` as the program `name` and go to `step`.
fn open_program(inner: &Rc<Inner>, name: &str, source: &str, step: u64) {
    cancel_fetch(inner);
    inner.views.editor.load(&format!("{name}.py"), source);
    let _ = inner.views.gallery.select(name);
    inner.state.borrow_mut().example = name.to_owned();
    restart(inner);
    if step > 0 {
        command(inner, Command::Seek(step));
    }
}

/// The editor changed: save it and start again.
fn source_edited(inner: &Rc<Inner>) {
    cancel_fetch(inner);
    let name = inner.state.borrow().example.clone();
    store(
        STORE_EDIT,
        &format!("{name}\n{}", inner.views.editor.source()),
    );
    restart(inner);
}

/// A new session for the editor's text (or its syntax error).
fn restart(inner: &Rc<Inner>) {
    let v = &inner.views;
    let file_name = v.editor.file_name();
    let source = v.editor.source();
    let mut st = inner.state.borrow_mut();
    st.goal = Goal::Idle;
    st.drawn = None;
    v.console.clear();
    v.frames.clear();
    v.timeline.clear();
    v.timeline.reset_zoom();
    v.controls.show_budget(None);
    let _ = v.source.show(&source);
    dom::startup_mark("session start");
    // The page's first program (the app is not in the page yet) shows as a preview, made whole
    // once the page is on screen. Later ones start whole: a click on Run right after a paste
    // would otherwise start the session and run a slice in one task.
    let mounting = !inner.root.is_connected();
    let player = Player::new(&file_name, &source, st.pause_steps, mounting);
    dom::startup_mark("session ready");
    match player {
        Ok(p) => {
            st.player = Some(p);
            st.error = None;
        }
        Err(problem) => {
            st.player = None;
            st.error = Some(problem);
        }
    }
    render(&mut st, v);
    dom::startup_mark("rendered");
    let preview = st.player.as_ref().is_some_and(|p| p.session.is_preview());
    drop(st);
    if preview {
        start_after_paint(inner);
    } else {
        compile_imports_soon(inner);
    }
}

/// Make the session shown whole (see [`Player::new`]) once the page is on screen (its first
/// contentful paint): the page shows sooner, by the prelude's time (~11 ms of the main thread in
/// a cold load) and without the compile work it sets off, and a step taken before then starts
/// the session itself (`Session::run` and `seek` do). Without a paint observer, after the
/// second frame.
fn start_after_paint(inner: &Rc<Inner>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let weak = Rc::downgrade(inner);
    let start = Closure::once_into_js(move || {
        if let Some(inner) = weak.upgrade() {
            if let Ok(mut st) = inner.state.try_borrow_mut() {
                if let Some(p) = st.player.as_mut() {
                    p.session.start();
                }
                // The cold load's last phase (tests/e2e/perf.mjs).
                thread_local! {
                    static FIRST: Cell<bool> = const { Cell::new(true) };
                }
                if FIRST.with(|first| first.replace(false)) {
                    dom::mark("session started");
                }
            }
            compile_imports_soon(&inner);
        }
    });
    // In a task of its own, after the paint observer's callback or the second frame callback.
    let soon = move || {
        if let Some(w) = web_sys::window() {
            let _ =
                w.set_timeout_with_callback_and_timeout_and_arguments_0(start.unchecked_ref(), 0);
        }
    };
    let observer_start = Rc::new(RefCell::new(Some(soon)));
    let fallback_start = Rc::clone(&observer_start);
    // The first contentful paint is reported once that frame is on the screen; the start then
    // no longer competes with drawing it.
    let on_paint = Closure::<dyn FnMut(JsValue, web_sys::PerformanceObserver)>::new(
        move |entries: JsValue, observer: web_sys::PerformanceObserver| {
            // `first-paint` (the empty page, before the app) may come first: wait for this.
            let contentful = js_sys::Reflect::get(&entries, &"getEntriesByName".into())
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
                .and_then(|f| f.call1(&entries, &"first-contentful-paint".into()).ok())
                .is_some_and(|list| js_sys::Array::from(&list).length() > 0);
            if contentful {
                observer.disconnect();
                if let Some(soon) = observer_start.borrow_mut().take() {
                    soon();
                }
            }
        },
    );
    let init = js_sys::Object::new();
    let observing = js_sys::Reflect::set(&init, &"type".into(), &"paint".into())
        .and_then(|_| js_sys::Reflect::set(&init, &"buffered".into(), &true.into()))
        .and_then(|_| web_sys::PerformanceObserver::new(on_paint.as_ref().unchecked_ref()))
        .map(|observer| observer.observe(init.unchecked_ref()))
        .is_ok();
    if observing {
        // Once per page (only the first program is a preview): kept for the observer's life.
        on_paint.forget();
        return;
    }
    let next_frame = Closure::once_into_js(move || {
        if let Some(soon) = fallback_start.borrow_mut().take() {
            soon();
        }
    });
    let after_paint = Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.request_animation_frame(next_frame.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(after_paint.unchecked_ref());
}

/// Compile the engine's Python modules that the editor's program imports, and those that they
/// import at their top level, one module per task after the session starts (at every restart:
/// a module compiled before costs a look-up), so that the program's first Step does not:
/// `import gevent`, step 1 of most examples, parses and compiles 75 KB of Python (gevent and the
/// socket module it imports), three quarters of the first Step's time after a cold load. Only
/// the compile is done ahead, into the engine's cache (`modules::python_module_code`, which the
/// VM's imports use too): the run, its trace and its output are the same either way.
/// Imports read from the text may miss some (`__import__`), which the VM then compiles itself.
fn compile_imports_soon(inner: &Rc<Inner>) {
    let source = inner.views.editor.source();
    let pending = imported_modules(&source, true)
        .into_iter()
        .map(str::to_owned)
        .collect();
    compile_next_import(pending, Vec::new());
}

/// Compile the last module of `pending` not in `done` in a task of its own, then the others in
/// the tasks after it.
fn compile_next_import(mut pending: Vec<String>, mut done: Vec<String>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let compile = Closure::once_into_js(move || {
        // The first one not compiled yet; the names of modules written in Rust are passed over.
        while let Some(name) = pending.pop() {
            if done.contains(&name) {
                continue;
            }
            let (Some(module), Some(Ok(_))) = (
                modules::python_module_source(&name),
                modules::python_module_code(&name),
            ) else {
                continue;
            };
            pending.extend(
                imported_modules(module, false)
                    .into_iter()
                    .map(str::to_owned),
            );
            done.push(name);
            break;
        }
        if !pending.is_empty() {
            compile_next_import(pending, done);
            return;
        }
        // The cold load's very last phase (tests/e2e/perf.mjs).
        thread_local! {
            static FIRST: Cell<bool> = const { Cell::new(true) };
        }
        if FIRST.with(|first| first.replace(false)) {
            dom::mark("imports compiled");
        }
    });
    let _ =
        window.set_timeout_with_callback_and_timeout_and_arguments_0(compile.unchecked_ref(), 0);
}

/// The top-level names of the modules imported by `import a.b, c as d` and `from e import f`
/// lines of `source`: a, c, e. With `nested` false, only lines that are not indented (a module's
/// own imports, which run when it is imported).
fn imported_modules(source: &str, nested: bool) -> Vec<&str> {
    fn top_name(dotted: &str) -> &str {
        dotted.trim().split(['.', ' ']).next().unwrap_or("")
    }
    let mut names = Vec::new();
    for line in source.lines() {
        let statement = line.trim_start();
        if !nested && statement.len() != line.len() {
            continue;
        }
        if let Some(list) = statement.strip_prefix("import ") {
            let list = list.split('#').next().unwrap_or("");
            names.extend(list.split(',').map(top_name));
        } else if let Some(from) = statement.strip_prefix("from ") {
            names.push(top_name(from));
        }
    }
    names.retain(|n| !n.is_empty());
    names
}

// ------------------------------------------------------------------ commands and ticks

fn command(inner: &Rc<Inner>, cmd: Command) {
    {
        let mut guard = inner.state.borrow_mut();
        let st = &mut *guard;
        let current = st.goal;
        let pause_steps = st.pause_steps;
        let mut start_play = false;
        let Some(p) = st.player.as_mut() else { return };
        let goal = match cmd {
            Command::RunToEnd => Goal::End,
            Command::Step => Goal::Step(p.cursor + 1),
            Command::StepBack => {
                p.cursor = p.cursor.saturating_sub(1);
                Goal::Idle
            }
            Command::NextSwitch => Goal::NextSwitch,
            Command::PrevSwitch => {
                p.cursor = p.index.prev_switch(p.cursor);
                Goal::Idle
            }
            Command::Reset => {
                p.cursor = 0;
                Goal::Idle
            }
            Command::Seek(step) => Goal::Step(step),
            Command::Continue => {
                p.pause_at = p.known() + pause_steps;
                Goal::End
            }
            Command::PlayPause => {
                if current == Goal::Play {
                    Goal::Idle
                } else {
                    if p.ended && p.cursor >= p.known() {
                        p.cursor = 0;
                    }
                    start_play = true;
                    Goal::Play
                }
            }
        };
        if start_play {
            st.play_last_ms = dom::now_ms();
            st.play_carry = 0.0;
        }
        st.goal = goal;
    }
    tick(inner, true);
}

/// Work towards the goal for at most one slice, render, and schedule the next slice if needed.
fn tick(inner: &Rc<Inner>, sliced: bool) {
    let mut guard = inner.state.borrow_mut();
    let st = &mut *guard;
    let deadline = sliced.then(|| dom::now_ms() + SLICE_MS);
    let goal = st.goal;
    let speed = inner.views.controls.speed();
    let now = dom::now_ms();
    let (play_last, mut carry) = (st.play_last_ms, st.play_carry);
    let Some(p) = st.player.as_mut() else {
        st.goal = Goal::Idle;
        return;
    };
    let next = match goal {
        Goal::Idle | Goal::Redraw => Goal::Idle,
        Goal::End => {
            p.explore(deadline, false, &|_| false);
            p.cursor = p.known();
            if p.stuck() {
                Goal::Idle
            } else {
                Goal::End
            }
        }
        Goal::Step(target) => {
            p.explore(deadline, target - p.known().min(target) < CHUNK, &|p| {
                p.known() >= target
            });
            if p.known() >= target || p.stuck() {
                p.cursor = target.min(p.known());
                Goal::Idle
            } else {
                Goal::Step(target)
            }
        }
        Goal::NextSwitch => {
            let from = p.cursor;
            p.explore(deadline, true, &|p| p.next_switch_from(from).is_some());
            match p.next_switch_from(from) {
                Some(s) => {
                    p.cursor = s;
                    Goal::Idle
                }
                None if p.stuck() => {
                    p.cursor = p.known();
                    Goal::Idle
                }
                None => Goal::NextSwitch,
            }
        }
        Goal::Play => {
            let (rate, by_switch) = match speed {
                Speed::Steps(r) => (r, false),
                Speed::Switches(r) => (r, true),
            };
            carry += rate * (now - play_last).max(0.0) / 1000.0;
            let units = carry.floor() as u64;
            carry -= units as f64;
            for _ in 0..units.min(100_000) {
                if by_switch {
                    let from = p.cursor;
                    p.explore(deadline, true, &|p| p.next_switch_from(from).is_some());
                    match p.next_switch_from(from) {
                        Some(s) => p.cursor = s,
                        None if p.stuck() => {
                            p.cursor = p.known();
                            break;
                        }
                        None => {
                            // Out of time before the switch: look again at the next tick.
                            carry += 1.0;
                            break;
                        }
                    }
                } else {
                    let target = p.cursor + units;
                    p.explore(deadline, true, &|p| p.known() >= target);
                    p.cursor = target.min(p.known());
                    break;
                }
            }
            if p.stuck() && p.cursor >= p.known() {
                Goal::Idle
            } else {
                Goal::Play
            }
        }
    };
    // A run just ended in this slice and the timeline is slow to draw: draw it in the next task.
    let next = if next == Goal::Idle
        && goal != Goal::Idle
        && goal != Goal::Redraw
        && st.redraw_ms() > SLICE_MS / 2.0
    {
        Goal::Redraw
    } else {
        next
    };
    st.goal = next;
    st.play_last_ms = now;
    st.play_carry = carry;
    render(st, &inner.views);
    drop(guard);
    if sliced && next != Goal::Idle {
        schedule(inner, if next == Goal::Play { 30 } else { 0 });
    }
}

fn schedule(inner: &Rc<Inner>, delay_ms: i32) {
    if inner.timer.get().is_some() {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(closure) = inner.tick_closure.borrow().as_ref() {
        if let Ok(id) = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            closure.as_ref().unchecked_ref(),
            delay_ms,
        ) {
            inner.timer.set(Some(id));
        }
    }
}

// ------------------------------------------------------------------ rendering

/// The timeline: redrawn when the trace grew (at most every 150 ms while running), and its
/// cursor moved. Not while the app is still being built apart from the page: the drawing needs
/// the timeline's width and the theme's colours, and [`App::mount`] draws it once attached.
fn draw_timeline(st: &mut State, v: &Views) {
    if !v.timeline.element().is_connected() {
        return;
    }
    let (goal, axis, lang) = (st.goal, st.axis, st.lang);
    let Some(p) = st.player.as_ref() else { return };
    let (known, cursor) = (p.known(), p.cursor);
    let now = dom::now_ms();
    let stale = st.drawn != Some((known, axis, lang));
    // While the engine runs, a redraw that would take more than half a slice (a long trace)
    // waits for the end, so the page keeps answering; otherwise at most every 150 ms.
    let busy = !matches!(goal, Goal::Idle);
    let cheap = st.redraw_ms() <= SLICE_MS / 2.0;
    if stale && (!busy || st.drawn.is_none() || (cheap && now - st.drawn_at_ms > 150.0)) {
        let _ = v
            .timeline
            .draw(p.session.trace(), &p.index, axis, cursor, lang);
        st.drawn = Some((known, axis, lang));
        st.drawn_at_ms = now;
        st.draw_ms = dom::now_ms() - now;
    }
    v.timeline.move_cursor(cursor);
}

/// Bring every view to the cursor.
fn render(st: &mut State, v: &Views) {
    let lang = st.lang;
    if let Some(e) = &st.error {
        v.narration.set_text_content(Some(&lang.fill(
            Text::SyntaxAt,
            &[
                e.class,
                &e.line.to_string(),
                &e.column.to_string(),
                &e.message,
            ],
        )));
        v.narration.set_class_name("narration error");
        let _ = v.console.show_error(&e.report);
        let _ = v.source.highlight(&[], Some(e.line));
        v.editor.mark_error(Some((e.line, e.column)));
        v.controls.counter.set_text_content(Some(""));
        return;
    }
    v.editor.mark_error(None);
    let goal = st.goal;
    let Some(p) = st.player.as_mut() else { return };
    p.seek_to_cursor();
    let known = p.known();
    let cursor = p.cursor;
    let ended = p.ended;

    // controls
    let c = &v.controls;
    c.scrubber.set_max(&known.to_string());
    c.scrubber.set_value(&cursor.to_string());
    let trace = p.session.trace();
    let clock = model::seconds(model::clock_at(trace, cursor));
    c.counter.set_text_content(Some(&lang.fill(
        Text::StepOf,
        &[
            &cursor.to_string(),
            &known.to_string(),
            if ended { "" } else { "+" },
            &clock,
        ],
    )));
    let at_start = cursor == 0;
    let at_end = ended && cursor >= known;
    c.back.set_disabled(at_start);
    c.prev_switch.set_disabled(at_start);
    c.reset.set_disabled(at_start);
    c.step.set_disabled(at_end);
    c.next_switch.set_disabled(at_end);
    c.run.set_disabled(at_end);
    let playing = goal == Goal::Play;
    c.play.set_text_content(Some(lang.text(if playing {
        Text::Pause
    } else {
        Text::Play
    })));
    let _ = c
        .play
        .set_attribute("aria-pressed", if playing { "true" } else { "false" });
    let budget = p
        .budget_hit()
        .then(|| lang.fill(Text::BudgetStopped, &[&known.to_string()]));
    c.show_budget(budget.as_deref());

    draw_timeline(st, v);
    let Some(p) = st.player.as_mut() else { return };
    let trace = p.session.trace();

    // console: it reads the lines of every slice as they come, so that no slice reads many;
    // it shows them only when no run races to its end (a flood would make, lay out and drop
    // thousands of elements in every slice): the render that ends the race shows them
    let _ = v.console.sync(trace);
    if !matches!(goal, Goal::End | Goal::Step(_) | Goal::NextSwitch) {
        let _ = v.console.show_upto(cursor, lang);
    }
    let exit = p
        .index
        .exit
        .and_then(|(step, code)| (step <= cursor).then_some(code));
    v.console.set_status(&match exit {
        Some(code) if at_end => lang.fill(Text::ExitCode, &[&code.to_string()]),
        _ => String::new(),
    });

    // source: every coroutine's line
    let lanes = p.session.lanes_now();
    let marks: Vec<LineMark> = lanes
        .iter()
        .map(|l| LineMark {
            line: l.line,
            colour: lane_colour(trace, l.lane),
            label: model::label(trace, l.lane),
            running: l.running,
        })
        .collect();
    let _ = v.source.highlight(&marks, None);

    // frames and locals: when the step or the language changed, and not while a run races to
    // its end (every local's repr is written out: a big list would slow every slice)
    let racing = matches!(
        goal,
        Goal::End | Goal::Step(_) | Goal::NextSwitch | Goal::Redraw
    );
    if !racing && !v.frames.shows(cursor, lang) {
        let mut stacks = p.session.frames_now();
        // A coroutine that runs only library code (all its frames hidden) still comes first.
        if let Some(lane) = p.lane_at_cursor().filter(|_| !at_end) {
            if !stacks.iter().any(|l| l.running) {
                stacks.retain(|l| l.lane != lane);
                stacks.insert(
                    0,
                    LaneFrames {
                        lane,
                        running: true,
                        frames: Vec::new(),
                    },
                );
            }
        }
        let _ = v.frames.show(trace, &stacks, cursor, lang);
    }

    // narration
    let running = p.lane_at_cursor();
    let who = running.map(|l| model::label(trace, l)).unwrap_or("main");
    let line = lanes.iter().find(|l| l.running).map(|l| l.line);
    let mut text = if cursor == 0 {
        lang.fill(
            Text::Ready,
            &[who, &line.map(|l| l.to_string()).unwrap_or_default()],
        )
    } else {
        let what = model::narrate(trace, cursor, lang);
        let doing = match line {
            Some(l) if !at_end => lang.fill(Text::Runs, &[who, &l.to_string()]),
            _ if !at_end => lang.fill(Text::RunsLibrary, &[who]),
            _ => String::new(),
        };
        match what {
            Some(w) => format!("{w}{}{doing}", lang.text(Text::Period)),
            None => doing,
        }
    };
    if at_end {
        text = format!("{} {}", text, lang.text(Text::Finished));
    }
    v.narration.set_text_content(Some(text.trim()));
    v.narration.set_class_name("narration");
    // While playing, the narration changes too fast to be read out: screen readers hear it when
    // the playback stops.
    let _ = v
        .narration
        .set_attribute("aria-live", if playing { "off" } else { "polite" });
    // Who holds control, for tests and for styling.
    let _ = v.narration.set_attribute("data-lane", who);
    let _ = v.narration.set_attribute(
        "style",
        &format!("--lane:{}", lane_colour(trace, running.unwrap_or(0))),
    );
}

// ------------------------------------------------------------------ wiring

/// What a listener does with the app and the event.
type Handler = Box<dyn Fn(&Rc<Inner>, web_sys::Event)>;

fn wire(inner: &Rc<Inner>) -> Result<Vec<Listener>, JsValue> {
    let v = &inner.views;
    let mut listeners = Vec::new();
    let on = |target: &web_sys::EventTarget,
              kind: &'static str,
              f: Handler|
     -> Result<Listener, JsValue> {
        let weak: Weak<Inner> = Rc::downgrade(inner);
        Listener::new(target, kind, move |e| {
            if let Some(inner) = weak.upgrade() {
                f(&inner, e)
            }
        })
    };
    let c = &v.controls;
    for (b, cmd) in [
        (&c.run, Command::RunToEnd),
        (&c.step, Command::Step),
        (&c.back, Command::StepBack),
        (&c.next_switch, Command::NextSwitch),
        (&c.prev_switch, Command::PrevSwitch),
        (&c.play, Command::PlayPause),
        (&c.reset, Command::Reset),
        (&c.continue_button, Command::Continue),
    ] {
        listeners.push(on(b, "click", Box::new(move |i, _| command(i, cmd)))?);
    }
    listeners.push(on(
        &c.scrubber,
        "input",
        Box::new(|i, _| {
            if let Ok(step) = i.views.controls.scrubber.value().parse() {
                command(i, Command::Seek(step));
            }
        }),
    )?);
    listeners.push(on(
        v.gallery.entries(),
        "click",
        Box::new(|i, e| {
            if let Some(name) = gallery::program_of_event(&e) {
                pick_program(i, &name);
            }
        }),
    )?);
    listeners.push(on(
        v.editor.textarea(),
        "input",
        Box::new(|i, _| source_edited(i)),
    )?);
    listeners.push(on(
        v.console.output(),
        "click",
        Box::new(|i, e| {
            if let Some(step) = console::step_of_event(&e) {
                command(i, Command::Seek(step));
            }
        }),
    )?);
    listeners.push(on(
        v.timeline.svg(),
        "click",
        Box::new(|i, e| {
            if i.views.timeline.take_dragged() {
                return; // the end of a drag, not a click
            }
            if let Some(step) = e
                .dyn_ref::<MouseEvent>()
                .and_then(|m| i.views.timeline.step_at_click(m))
            {
                command(i, Command::Seek(step));
            }
        }),
    )?);
    // Zoom and pan: buttons, Ctrl+wheel (a trackpad pinch) or a horizontal wheel, and a drag.
    for (b, factor) in [
        (v.timeline.zoom_in_button(), ZOOM_STEP),
        (v.timeline.zoom_out_button(), 1.0 / ZOOM_STEP),
    ] {
        listeners.push(on(b, "click", Box::new(move |i, _| zoom(i, factor)))?);
    }
    listeners.push(on(
        v.timeline.zoom_reset_button(),
        "click",
        Box::new(|i, _| {
            i.views.timeline.reset_zoom();
            redraw(i);
        }),
    )?);
    listeners.push(on(v.timeline.svg(), "wheel", Box::new(on_wheel))?);
    listeners.push(on(
        v.timeline.svg(),
        "mousedown",
        Box::new(|i, e| {
            if let Some(m) = e.dyn_ref::<MouseEvent>() {
                i.views.timeline.drag_start(m);
            }
        }),
    )?);
    listeners.push(on(
        &dom::document(),
        "mousemove",
        Box::new(|i, e| {
            if let Some(m) = e.dyn_ref::<MouseEvent>() {
                if i.views.timeline.drag_move(m) {
                    redraw(i);
                }
            }
        }),
    )?);
    listeners.push(on(
        &dom::document(),
        "mouseup",
        Box::new(|i, _| i.views.timeline.drag_end()),
    )?);
    listeners.push(on(
        v.timeline.axis_button(),
        "click",
        Box::new(|i, _| {
            let mut st = i.state.borrow_mut();
            st.axis = st.axis.next();
            i.views
                .timeline
                .axis_button()
                .set_text_content(Some(st.lang.text(st.axis.text())));
            render(&mut st, &i.views);
        }),
    )?);
    listeners.push(on(
        v.timeline.export_svg_button(),
        "click",
        Box::new(|i, _| {
            let markup = i.views.timeline.svg_markup();
            let _ = download_text(&markup, "image/svg+xml", "coroscope-timeline.svg");
        }),
    )?);
    listeners.push(on(
        v.timeline.export_png_button(),
        "click",
        Box::new(|i, _| {
            let _ = download_png(&i.views.timeline.svg_markup(), "coroscope-timeline.png");
        }),
    )?);
    let t = &v.toolbar;
    listeners.push(on(
        &t.language,
        "click",
        Box::new(|i, _| {
            let mut st = i.state.borrow_mut();
            st.lang = st.lang.other();
            i.labels.apply(st.lang);
            let _ = i.views.gallery.set_lang(st.lang);
            i.views
                .timeline
                .axis_button()
                .set_text_content(Some(st.lang.text(st.axis.text())));
            store(STORE_LANG, st.lang.tag());
            set_html_lang(st.lang);
            i.views.toolbar.notify("");
            render(&mut st, &i.views);
        }),
    )?);
    listeners.push(on(
        &t.present,
        "click",
        Box::new(|i, _| {
            let on = !i.root.class_list().contains("present");
            let _ = i.root.class_list().toggle_with_force("present", on);
            let _ = i
                .views
                .toolbar
                .present
                .set_attribute("aria-pressed", if on { "true" } else { "false" });
            fullscreen(on);
            redraw(i);
        }),
    )?);
    listeners.push(on(
        &t.contrast,
        "click",
        Box::new(|i, _| {
            let on = !i.root.class_list().contains("contrast");
            let _ = i.root.class_list().toggle_with_force("contrast", on);
            let _ = i
                .views
                .toolbar
                .contrast
                .set_attribute("aria-pressed", if on { "true" } else { "false" });
            // High contrast has timeline colours of its own.
            i.views.timeline.theme_changed();
            redraw(i);
        }),
    )?);
    listeners.push(on(
        &t.theme,
        "click",
        Box::new(|i, _| {
            let theme = {
                let mut st = i.state.borrow_mut();
                st.theme = st.theme.other();
                st.theme
            };
            store(STORE_THEME, theme.tag());
            set_html_theme(theme);
            i.views.toolbar.show_theme(theme);
            i.views.timeline.theme_changed();
            redraw(i);
        }),
    )?);
    listeners.push(on(
        &t.font_size,
        "change",
        Box::new(|i, _| {
            let pct: u32 = i.views.toolbar.font_size.value().parse().unwrap_or(100);
            set_font_scale(pct.clamp(100, 200));
            redraw(i);
        }),
    )?);
    listeners.push(on(
        &t.permalink,
        "click",
        Box::new(|i, _| {
            let st = i.state.borrow();
            let hash = make_link(&st, &i.views);
            if let Some(w) = web_sys::window() {
                let _ = w.location().set_hash(&hash);
            }
            i.views.toolbar.notify(st.lang.text(Text::LinkCopied));
        }),
    )?);
    listeners.push(on(
        &t.restore_edit,
        "click",
        Box::new(|i, _| {
            if let Some(kept) = stored(STORE_KEPT) {
                if let Some((name, source)) = kept.split_once('\n') {
                    open_program(i, name, source, 0);
                    store(STORE_EDIT, &kept);
                    let lang = i.state.borrow().lang;
                    i.views
                        .toolbar
                        .notify(&lang.fill(Text::Restored, &[&format!("{name}.py")]));
                }
            }
            i.views.toolbar.offer_kept(None);
        }),
    )?);
    listeners.push(on(
        &t.help,
        "click",
        Box::new(|i, _| i.views.toolbar.toggle_help()),
    )?);
    listeners.push(on(&dom::document(), "keydown", Box::new(on_key))?);
    // Leaving full screen (Esc) leaves presentation mode too.
    listeners.push(on(
        &dom::document(),
        "fullscreenchange",
        Box::new(|i, _| {
            if dom::document().fullscreen_element().is_none()
                && i.root.class_list().contains("present")
            {
                let _ = i.root.class_list().remove_1("present");
                let _ = i
                    .views
                    .toolbar
                    .present
                    .set_attribute("aria-pressed", "false");
                redraw(i);
            }
        }),
    )?);
    if let Some(w) = web_sys::window() {
        listeners.push(on(&w, "resize", Box::new(|i, _| redraw(i)))?);
    }
    Ok(listeners)
}

/// The keyboard: → / ← step, Shift+→ / Shift+← switch, Space play, Home / End, ? help. Keys
/// typed into the editor or a menu are left alone.
fn on_key(inner: &Rc<Inner>, e: web_sys::Event) {
    let Some(k) = e.dyn_ref::<KeyboardEvent>() else {
        return;
    };
    if k.ctrl_key() || k.meta_key() || k.alt_key() {
        return;
    }
    if let Some(target) = k.target().and_then(|t| t.dyn_into::<Element>().ok()) {
        let tag = target.tag_name().to_ascii_lowercase();
        let is_range = target.get_attribute("type").as_deref() == Some("range");
        if tag == "textarea" || tag == "select" || (tag == "input" && !is_range) {
            return;
        }
        // Space on a focused <summary> (the gallery's folded group) opens or closes it.
        if tag == "summary" && k.key() == " " {
            return;
        }
        if !inner.root.contains(Some(&target)) && tag != "body" && tag != "html" {
            return;
        }
    }
    let cmd = match (k.key().as_str(), k.shift_key()) {
        ("ArrowRight", false) => Command::Step,
        ("ArrowRight", true) => Command::NextSwitch,
        ("ArrowLeft", false) => Command::StepBack,
        ("ArrowLeft", true) => Command::PrevSwitch,
        (" ", _) => Command::PlayPause,
        ("Home", _) => Command::Reset,
        ("End", _) => Command::RunToEnd,
        ("Escape", _) if !inner.views.toolbar.help_panel.has_attribute("hidden") => {
            inner.views.toolbar.toggle_help();
            return;
        }
        ("?", _) => {
            inner.views.toolbar.toggle_help();
            k.prevent_default();
            return;
        }
        ("+" | "=", _) => {
            zoom(inner, ZOOM_STEP);
            return;
        }
        ("-", _) => {
            zoom(inner, 1.0 / ZOOM_STEP);
            return;
        }
        ("0", _) => {
            inner.views.timeline.reset_zoom();
            redraw(inner);
            return;
        }
        _ => return,
    };
    k.prevent_default();
    // A focused button would also react to the key (Space clicks it): take the focus away.
    if let Some(active) = dom::document().active_element() {
        if let Ok(h) = active.dyn_into::<HtmlElement>() {
            h.blur().ok();
        }
    }
    command(inner, cmd);
}

/// Zoom the timeline by `factor` (> 1: in) around the step shown.
fn zoom(inner: &Rc<Inner>, factor: f64) {
    let cursor = inner
        .state
        .borrow()
        .player
        .as_ref()
        .map(|p| p.cursor)
        .unwrap_or(0);
    inner.views.timeline.zoom_at_step(factor, cursor);
    redraw(inner);
}

/// The wheel over the timeline: with Ctrl (also what a trackpad pinch sends) it zooms around
/// the pointer; sideways (or with Shift) it pans; a plain vertical wheel scrolls the page.
fn on_wheel(inner: &Rc<Inner>, e: web_sys::Event) {
    let Some(m) = e.dyn_ref::<MouseEvent>() else {
        return;
    };
    // web-sys's WheelEvent is not enabled in Cargo.toml: read the deltas as properties.
    let delta = |name: &str| {
        js_sys::Reflect::get(&e, &name.into())
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0)
    };
    let (dx, dy) = (delta("deltaX"), delta("deltaY"));
    let t = &inner.views.timeline;
    if m.ctrl_key() {
        e.prevent_default();
        t.zoom_at_pointer((-dy * 0.002).exp(), m);
    } else if m.shift_key() || dx.abs() > dy.abs() {
        e.prevent_default();
        let along = if dx.abs() > dy.abs() { dx } else { dy };
        let w = t.window();
        t.pan_by(along / 1000.0 * w.width());
    } else {
        return;
    }
    redraw(inner);
}

/// Draw the timeline again (its size or the font size changed).
fn redraw(inner: &Rc<Inner>) {
    let mut st = inner.state.borrow_mut();
    st.drawn = None;
    render(&mut st, &inner.views);
}

fn make_link(st: &State, v: &Views) -> String {
    permalink::encode(&Link {
        example: st.example.clone(),
        step: st.player.as_ref().map(|p| p.cursor).unwrap_or(0),
        source: v.editor.source(),
    })
}

// ------------------------------------------------------------------ browser odds and ends

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn stored(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

fn store(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

fn set_html_lang(lang: Lang) {
    if let Some(html) = dom::document().document_element() {
        let _ = html.set_attribute("lang", lang.tag());
    }
}

/// Colour the page in `theme` (static/style.css keys its colours on `<html data-theme>`).
fn set_html_theme(theme: Theme) {
    if let Some(html) = dom::document().document_element() {
        let _ = html.set_attribute("data-theme", theme.tag());
    }
}

/// Whether the browser asks for dark colours (`prefers-color-scheme: dark`); false when it
/// cannot tell. (`matchMedia` through `Reflect`: one call does not need another web-sys feature.)
fn prefers_dark() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let query = "(prefers-color-scheme: dark)";
    js_sys::Reflect::get(&window, &"matchMedia".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&window, &query.into()).ok())
        .and_then(|list| js_sys::Reflect::get(&list, &"matches".into()).ok())
        .and_then(|m| m.as_bool())
        .unwrap_or(false)
}

/// Scale every rem-sized thing: the root font size in percent.
fn set_font_scale(pct: u32) {
    if let Some(html) = dom::document().document_element() {
        let _ = html.set_attribute("style", &format!("font-size:{pct}%"));
    }
}

/// Enter or leave full screen; a refusal (no user gesture, headless) is ignored.
fn fullscreen(on: bool) {
    let doc = dom::document();
    let (target, method): (JsValue, &str) = if on {
        match doc.document_element() {
            Some(e) => (e.into(), "requestFullscreen"),
            None => return,
        }
    } else {
        if doc.fullscreen_element().is_none() {
            return;
        }
        (doc.into(), "exitFullscreen")
    };
    let Ok(f) = js_sys::Reflect::get(&target, &method.into()) else {
        return;
    };
    let Some(f) = f.dyn_ref::<js_sys::Function>() else {
        return;
    };
    if let Ok(promise) = f.call0(&target) {
        if let Ok(p) = promise.dyn_into::<js_sys::Promise>() {
            // A one-off handler per toggle; forgetting it leaks a few bytes.
            let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
            let _ = p.catch(&ignore);
            ignore.forget();
        }
    }
}

/// Offer `text` as a file download.
fn download_text(text: &str, mime: &str, file_name: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    download_url(&url, file_name)?;
    web_sys::Url::revoke_object_url(&url)
}

fn download_url(url: &str, file_name: &str) -> Result<(), JsValue> {
    let doc = dom::document();
    let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
    a.set_href(url);
    a.set_download(file_name);
    a.click();
    Ok(())
}

/// Draw the SVG on a canvas at twice its size and offer the PNG.
fn download_png(svg_markup: &str, file_name: &str) -> Result<(), JsValue> {
    use base64::Engine as _;
    let data = format!(
        "data:image/svg+xml;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(svg_markup)
    );
    let img = web_sys::HtmlImageElement::new()?;
    let file_name = file_name.to_owned();
    let img2 = img.clone();
    let onload = Closure::once_into_js(move || {
        let draw = || -> Result<(), JsValue> {
            let doc = dom::document();
            let canvas: web_sys::HtmlCanvasElement = doc.create_element("canvas")?.dyn_into()?;
            let (w, h) = (img2.natural_width().max(1), img2.natural_height().max(1));
            canvas.set_width(w * 2);
            canvas.set_height(h * 2);
            let ctx: web_sys::CanvasRenderingContext2d = canvas
                .get_context("2d")?
                .ok_or("no 2d context")?
                .dyn_into()?;
            ctx.scale(2.0, 2.0)?;
            ctx.draw_image_with_html_image_element(&img2, 0.0, 0.0)?;
            download_url(&canvas.to_data_url_with_type("image/png")?, &file_name)
        };
        if let Err(e) = draw() {
            web_sys::console::warn_1(&e);
        }
    });
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_src(&data);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::imported_modules;

    #[test]
    fn imported_modules_are_read_from_import_lines() {
        let source = "import gevent\nfrom gevent import monkey; monkey.patch_all()\n\
                      import os.path, threading as t  # two\ndef f():\n    import queue\n\
                      print('import x')\nimportant = 1\n";
        assert_eq!(
            imported_modules(source, true),
            ["gevent", "gevent", "os", "threading", "queue"]
        );
        assert_eq!(
            imported_modules(source, false),
            ["gevent", "gevent", "os", "threading"]
        );
    }

    /// The modules the default example makes the first Step compile are those compiled ahead.
    #[test]
    fn the_default_example_imports_gevent_which_imports_socket() {
        let source = crate::programs::find(super::DEFAULT_EXAMPLE).unwrap();
        assert!(imported_modules(source, true).contains(&"gevent"));
        let gevent = coroscope_engine::runtime::modules::python_module_source("gevent").unwrap();
        assert!(imported_modules(gevent, false).contains(&"socket"));
    }
}

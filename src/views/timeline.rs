//! The timeline: an SVG with one lane per coroutine, drawn with DOM calls (labels and values from
//! the program only ever go in as text content).
//!
//! From top to bottom: the x axis (steps or virtual time), a "control" bar coloured by the lane
//! that holds control at every step, then one lane per coroutine: a rect where it runs, a dashed
//! span where it sleeps, marks where it ends or an exception leaves it. Each switch is a vertical
//! stroke from one lane to the other, labelled with the value passed. A cursor marks the current
//! step; a click anywhere seeks there. Consecutive steps of a lane are one [`LaneRun`], and runs
//! that fall into the same pixel are merged, so a long run draws at most a few thousand shapes.
//!
//! Zoom and pan: the plot shows a window of the whole run, `[start, end]` as fractions of the x
//! axis (the whole run is `[0, 1]`). The +/− buttons and keys zoom around the cursor, Ctrl+wheel
//! (a trackpad pinch) around the pointer, a drag pans; [`XScale`] maps through the window, so a
//! click still seeks to the step under it. Shapes outside the window are not drawn.
//!
//! Colours: SVG attributes cannot use CSS variables, and an exported SVG must stand on its own,
//! so the drawing takes plain colours from [`TimelineColours`], read from the theme's CSS
//! variables (static/style.css) once per change of theme. A switch the thread scheduler forced
//! (preemption) is a zig-zag with a ↯, a switch the coroutine asked for a straight stroke.

use std::cell::{Cell, RefCell};
use std::fmt::Write;
use std::ops::Range;

use coroscope_engine::trace::{CoroKind, EventKind, SwitchReason, Trace};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlButtonElement, MouseEvent};

use crate::dom::{add, button, el, svg, Labels, Slot};
use crate::i18n::{Lang, Text};
use crate::model::{self, lane_colour, lane_slot, LaneRun, SwitchKind, TraceIndex, LANE_COLOURS};

/// The row each lane is drawn in: its own, or the last one, shared by the lanes that do not fit
/// (see [`MAX_ROWS`]). Coroutines a program makes to keep (main, the hub, greenlets, threads)
/// get their rows before generators; each kind in the order they were made.
struct Rows {
    /// The row of each lane (by lane index).
    of_lane: Vec<u32>,
    /// The lane each row shows; `None` for the shared row.
    lane_of_row: Vec<Option<u32>>,
    /// How many lanes share the last row (0: every lane has its own).
    shared: usize,
}

impl Rows {
    fn new(trace: &Trace) -> Rows {
        let lanes = trace.coros.len();
        if lanes <= MAX_ROWS {
            return Rows {
                of_lane: (0..lanes as u32).collect(),
                lane_of_row: (0..lanes as u32).map(Some).collect(),
                shared: 0,
            };
        }
        let own = MAX_ROWS - 1;
        let mut has_row = vec![false; lanes];
        let mut given = 0;
        for generators in [false, true] {
            for (lane, coro) in trace.coros.iter().enumerate() {
                if given < own && (coro.kind == CoroKind::Generator) == generators {
                    has_row[lane] = true;
                    given += 1;
                }
            }
        }
        let mut rows = Rows {
            of_lane: Vec::with_capacity(lanes),
            lane_of_row: Vec::with_capacity(MAX_ROWS),
            shared: lanes - own,
        };
        for (lane, &has) in has_row.iter().enumerate() {
            if has {
                rows.of_lane.push(rows.lane_of_row.len() as u32);
                rows.lane_of_row.push(Some(lane as u32));
            } else {
                rows.of_lane.push(own as u32);
            }
        }
        rows.lane_of_row.push(None);
        rows
    }

    fn count(&self) -> usize {
        self.lane_of_row.len().max(1)
    }

    fn of(&self, lane: u32) -> usize {
        self.of_lane
            .get(lane as usize)
            .map_or(self.count() - 1, |&row| row as usize)
    }
}

/// What the x axis measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Axis {
    /// Instructions: long computations are long.
    Steps,
    /// The virtual clock: sleeps are long, computing is nearly instant.
    Time,
    /// One equal slot per turn (per run of one lane): every switch is visible.
    Turns,
}

impl Axis {
    /// The mode the page starts with: every switch gets the same room, so a long `import`
    /// does not squeeze the interesting part into a corner.
    pub const DEFAULT: Axis = Axis::Turns;

    /// The next mode of the axis button.
    pub fn next(self) -> Axis {
        match self {
            Axis::Turns => Axis::Steps,
            Axis::Steps => Axis::Time,
            Axis::Time => Axis::Turns,
        }
    }

    /// The button's label for this mode.
    pub fn text(self) -> Text {
        match self {
            Axis::Steps => Text::AxisSteps,
            Axis::Time => Text::AxisTime,
            Axis::Turns => Text::AxisTurns,
        }
    }
}

const PLOT_LEFT: f64 = 104.0;
const RIGHT_MARGIN: f64 = 14.0;
const AXIS_H: f64 = 22.0;
const CONTROL_Y: f64 = 26.0;
const CONTROL_H: f64 = 14.0;
const LANES_Y: f64 = 50.0;
const LANE_H: f64 = 30.0;
/// Switch values are written next to their marker only when there are at most this many.
const MAX_LABELLED_SWITCHES: usize = 60;
/// Up to this many switches in view, each has its marker; above, only the first of every 2 px.
/// The same limit thins generator transfers, exits and exceptions, and merges sleeps.
const MARKED_SWITCHES: usize = 400;
/// At most this many rows of lanes. A loop that makes a generator expression each time makes
/// thousands of lanes: drawn one row each they would make a redraw take seconds and the
/// timeline a long scroll. The lanes past the first `MAX_ROWS - 1` share the last row.
const MAX_ROWS: usize = 40;
/// Where more runs than this start within half a pixel, only this many of them are drawn.
const RUNS_PER_COLUMN: usize = 6;
/// The narrowest window: 1/2000 of the run.
const MIN_WINDOW: f64 = 1.0 / 2000.0;
/// One press of + or − zooms by this factor.
pub const ZOOM_STEP: f64 = 2.0;
/// A mouse drag shorter than this (CSS px) is a click.
const DRAG_THRESHOLD_PX: f64 = 4.0;

/// The colours of one drawing, from the theme (plain CSS colours, never `var(…)`).
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineColours {
    pub background: String,
    /// Grid lines at the axis ticks.
    pub grid: String,
    /// Axis labels and the "in control" label.
    pub text: String,
    /// Each lane's base line.
    pub lane_line: String,
    /// Switches, their values, end marks.
    pub ink: String,
    pub cursor: String,
    /// Exception marks.
    pub error: String,
    /// The lane colours by [`lane_slot`].
    pub lanes: [String; LANE_COLOURS],
}

impl TimelineColours {
    /// The light theme's colours, for when no stylesheet defines them (the component tests);
    /// the same as `:root` in static/style.css.
    pub fn light() -> TimelineColours {
        TimelineColours {
            background: "#ffffff".into(),
            grid: "#e5e1da".into(),
            text: "#4b5563".into(),
            lane_line: "#d8d4cc".into(),
            ink: "#1f2328".into(),
            cursor: "#b4442a".into(),
            error: "#b42318".into(),
            lanes: [
                "#0072b2", "#6b7280", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9",
                "#8c564b",
            ]
            .map(String::from),
        }
    }

    /// The colours the stylesheet gives `element` (its theme, and high contrast if it is on),
    /// or `None` when no stylesheet defines them.
    fn read(element: &Element) -> Option<TimelineColours> {
        let style = web_sys::window()?.get_computed_style(element).ok()??;
        let var = |name: &str| {
            style
                .get_property_value(name)
                .ok()
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let light = TimelineColours::light();
        let mut lanes = light.lanes.clone();
        for (slot, colour) in lanes.iter_mut().enumerate() {
            if let Some(v) = var(&format!("--lane-{slot}")) {
                *colour = v;
            }
        }
        Some(TimelineColours {
            background: var("--timeline-bg")?,
            grid: var("--timeline-grid").unwrap_or(light.grid),
            text: var("--timeline-text").unwrap_or(light.text),
            lane_line: var("--timeline-lane-line").unwrap_or(light.lane_line),
            ink: var("--timeline-ink").unwrap_or(light.ink),
            cursor: var("--timeline-cursor").unwrap_or(light.cursor),
            error: var("--timeline-error").unwrap_or(light.error),
            lanes,
        })
    }

    fn lane(&self, trace: &Trace, lane: u32) -> &str {
        &self.lanes[lane_slot(trace, lane)]
    }
}

/// The part of the run the plot shows, as fractions of the whole x axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Window {
    pub start: f64,
    pub end: f64,
}

impl Window {
    pub const WHOLE: Window = Window {
        start: 0.0,
        end: 1.0,
    };

    pub fn width(self) -> f64 {
        self.end - self.start
    }

    /// Zoom by `factor` (> 1: in) keeping the point at fraction `at` of the whole axis where it is.
    pub fn zoom(self, factor: f64, at: f64) -> Window {
        let w = (self.width() / factor).clamp(MIN_WINDOW, 1.0);
        let rel = if self.width() > 0.0 {
            ((at - self.start) / self.width()).clamp(0.0, 1.0)
        } else {
            0.5
        };
        Window {
            start: at - rel * w,
            end: at - rel * w + w,
        }
        .clamped()
    }

    /// Move by `delta` (a fraction of the whole axis), staying inside the run.
    pub fn pan(self, delta: f64) -> Window {
        Window {
            start: self.start + delta,
            end: self.end + delta,
        }
        .clamped()
    }

    fn clamped(self) -> Window {
        let w = self.width().clamp(MIN_WINDOW, 1.0);
        let start = self.start.clamp(0.0, 1.0 - w);
        Window {
            start,
            end: start + w,
        }
    }
}

/// Maps steps to x and back, for one drawing.
#[derive(Clone, Debug, Default)]
struct XScale {
    /// Width of the whole drawing (viewBox units).
    width: f64,
    known: u64,
    /// Time and turn axes: (step, value) anchors, both increasing, x linear in between; the
    /// value is the clock in ns or the turn number. Empty for the step axis.
    anchors: Vec<(u64, u64)>,
    /// The value at the last known step.
    total: u64,
    /// The part of the axis shown (see [`Window`]).
    window: Window,
}

impl Default for Window {
    fn default() -> Window {
        Window::WHOLE
    }
}

impl XScale {
    fn new(trace: &Trace, index: &TraceIndex, axis: Axis, width: f64, window: Window) -> XScale {
        let known = index.known_steps().max(1);
        let mut anchors = Vec::with_capacity(match axis {
            Axis::Steps => 0,
            Axis::Time => trace.events.len() + 2,
            Axis::Turns => index.runs.len() + 1,
        });
        anchors.push((0, 0));
        match axis {
            Axis::Steps => {
                return XScale {
                    width,
                    known,
                    window,
                    ..Default::default()
                }
            }
            Axis::Time => {
                for e in &trace.events {
                    // (several events at one step and clock make one anchor)
                    if e.step <= known && anchors.last() != Some(&(e.step, e.clock_ns)) {
                        anchors.push((e.step, e.clock_ns));
                    }
                }
                let (last_step, last_ns) = *anchors.last().unwrap();
                // After the last event the clock goes on at an instruction's cost (7.6 ns).
                anchors.push((known, last_ns + (known - last_step) * 7600 / 1000));
            }
            Axis::Turns => {
                for (i, run) in index.runs.iter().enumerate().skip(1) {
                    anchors.push((run.start, i as u64));
                }
                anchors.push((known, index.runs.len().max(1) as u64));
            }
        }
        XScale {
            width,
            known,
            total: anchors.last().map(|a| a.1).unwrap_or(1).max(1),
            anchors,
            window,
        }
    }

    /// Where `step` (possibly fractional) is, as a fraction 0..=1 of the plot.
    fn fraction(&self, step: f64) -> f64 {
        if self.anchors.is_empty() {
            return (step / self.known as f64).clamp(0.0, 1.0);
        }
        let i = self.anchors.partition_point(|a| (a.0 as f64) <= step);
        self.fraction_near(step, i)
    }

    /// [`fraction`](Self::fraction) given `i`, the index of the first anchor after `step`.
    fn fraction_near(&self, step: f64, i: usize) -> f64 {
        let (s0, c0) = self.anchors[i.saturating_sub(1)];
        let (s1, c1) = *self.anchors.get(i).unwrap_or(&(s0, c0));
        let c = if s1 > s0 {
            c0 as f64 + (c1 as f64 - c0 as f64) * (step - s0 as f64) / (s1 - s0) as f64
        } else {
            c1 as f64
        };
        (c / self.total as f64).clamp(0.0, 1.0)
    }

    /// A [`Sweep`] over this scale, for steps that only grow.
    fn sweep(&self) -> Sweep<'_> {
        Sweep {
            scale: self,
            next: 0,
            last: 0,
        }
    }

    fn plot_width(&self) -> f64 {
        self.width - PLOT_LEFT - RIGHT_MARGIN
    }

    /// The x of `step` through the window (outside the plot when the step is not shown).
    fn x(&self, step: u64) -> f64 {
        self.x_of_fraction(self.fraction(step as f64))
    }

    fn x_of_fraction(&self, f: f64) -> f64 {
        let w = self.window;
        PLOT_LEFT + (f - w.start) / w.width() * self.plot_width()
    }

    /// The fraction of the whole axis at `x`.
    fn fraction_at(&self, x: f64) -> f64 {
        let w = self.window;
        w.start + (x - PLOT_LEFT) / self.plot_width() * w.width()
    }

    /// Whether x is inside the plot (with `margin` on each side).
    fn shows(&self, x: f64, margin: f64) -> bool {
        x >= PLOT_LEFT - margin && x <= PLOT_LEFT + self.plot_width() + margin
    }

    /// The first step (up to `known`) drawn at `x` or to its right; `known + 1` if none is.
    fn first_step_at(&self, x: f64) -> u64 {
        self.first_step(x, |at| at >= x)
    }

    /// The first step (up to `known`) drawn right of `x`; `known + 1` if none is.
    fn first_step_after(&self, x: f64) -> u64 {
        self.first_step(x, |at| at > x)
    }

    /// The first step whose x `reached` says yes to (false, then true as x grows), for an x
    /// near `x`. A binary search over the steps; the scale's inverse at `x` gives it a narrow
    /// range to begin with, checked first, so a long trace costs a few probes, not dozens.
    fn first_step(&self, x: f64, reached: impl Fn(f64) -> bool) -> u64 {
        let at = |step: u64| reached(self.x(step));
        let (mut lo, mut hi) = (0, self.known + 1);
        let (below, above) = self.steps_around(self.fraction_at(x));
        if below <= self.known && !at(below) {
            lo = below + 1;
        }
        if above >= lo && above <= self.known && at(above) {
            hi = above;
        }
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if at(mid) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }

    /// Two steps around where the axis reaches fraction `f`: the anchors on each side (time and
    /// turns), or a step each side of the exact inverse (steps).
    fn steps_around(&self, f: f64) -> (u64, u64) {
        if self.anchors.is_empty() {
            let step = (f * self.known as f64).clamp(0.0, self.known as f64);
            return (
                (step.floor() as u64).saturating_sub(1),
                step.ceil() as u64 + 1,
            );
        }
        let value = f * self.total as f64;
        let i = self.anchors.partition_point(|a| (a.1 as f64) < value);
        let below = i.checked_sub(1).map_or(0, |j| self.anchors[j].0);
        let above = self.anchors.get(i).map_or(self.known, |a| a.0);
        (below, above)
    }

    /// The part of `items` (in step order; `step` gives an item's) drawn within `margin` of the
    /// plot: found by binary search, so a long trace costs nothing outside the view.
    fn in_view<T>(&self, items: &[T], step: impl Fn(&T) -> u64, margin: f64) -> Range<usize> {
        let first = self.first_step_at(PLOT_LEFT - margin);
        let after = self.first_step_after(PLOT_LEFT + self.plot_width() + margin);
        let start = items.partition_point(|t| step(t) < first);
        start..items.partition_point(|t| step(t) < after).max(start)
    }

    /// The first of `items` (in step order) drawn at least 2 px right of `x`, or `items.len()`:
    /// where there are too many to draw each, the next one to draw.
    fn two_px_after<T>(&self, items: &[T], step: impl Fn(&T) -> u64, x: f64) -> usize {
        let next = self.first_step_at(x + 2.0);
        items.partition_point(|t| step(t) < next)
    }

    /// The step nearest to `x` (binary search: x grows with the step).
    fn step_at(&self, x: f64) -> u64 {
        let (mut lo, mut hi) = (0u64, self.known);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.x(mid) < x {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if lo > 0 && (x - self.x(lo - 1)).abs() < (self.x(lo) - x).abs() {
            lo - 1
        } else {
            lo
        }
    }
}

/// Maps steps that only grow (runs, events, in order) to x in one pass: each call goes on from
/// the anchor where the last one stopped instead of searching all of them, so a long trace is
/// drawn in time linear in its length. A step smaller than the last one falls back to a search.
struct Sweep<'a> {
    scale: &'a XScale,
    /// The first anchor after the last step asked for.
    next: usize,
    last: u64,
}

impl Sweep<'_> {
    fn x(&mut self, step: u64) -> f64 {
        let scale = self.scale;
        if scale.anchors.is_empty() || step < self.last {
            return scale.x(step);
        }
        self.last = step;
        while self.next < scale.anchors.len() && scale.anchors[self.next].0 <= step {
            self.next += 1;
        }
        scale.x_of_fraction(scale.fraction_near(step as f64, self.next))
    }
}

pub struct TimelineView {
    root: Element,
    svg: Element,
    legend: Element,
    axis_button: HtmlButtonElement,
    export_svg: HtmlButtonElement,
    export_png: HtmlButtonElement,
    zoom_in: HtmlButtonElement,
    zoom_out: HtmlButtonElement,
    zoom_reset: HtmlButtonElement,
    cursor: RefCell<Option<Element>>,
    scale: RefCell<XScale>,
    /// The part of the run shown; kept across redraws, back to the whole run for a new program.
    window: Cell<Window>,
    /// A drag in progress: where it started (client x) and the window then.
    drag: Cell<Option<(f64, Window)>>,
    /// The last mouse press became a drag: the click that follows must not seek.
    dragged: Cell<bool>,
    /// The theme's colours, read at the first drawing after a change of theme.
    colours: RefCell<Option<TimelineColours>>,
}

fn fmt(v: f64) -> String {
    format!("{v:.2}")
}

impl TimelineView {
    pub fn new(doc: &Document, labels: &mut Labels, lang: Lang) -> Result<TimelineView, JsValue> {
        let root = el(doc, "section", "timeline", "")?;
        let head = add(&root, doc, "div", "timeline-head", "")?;
        let title = add(&head, doc, "h2", "", "")?;
        labels.add(&title, Text::Timeline, Slot::Text, lang);
        let axis_button = button(doc, "axis", "small")?;
        axis_button.set_text_content(Some(lang.text(Axis::DEFAULT.text())));
        let export_svg = button(doc, "export-svg", "small")?;
        labels.add(&export_svg, Text::ExportSvg, Slot::Text, lang);
        let export_png = button(doc, "export-png", "small")?;
        labels.add(&export_png, Text::ExportPng, Slot::Text, lang);
        let zoom_out = button(doc, "zoom-out", "small")?;
        zoom_out.set_text_content(Some("−"));
        labels.add(&zoom_out, Text::ZoomOut, Slot::Title, lang);
        labels.add(&zoom_out, Text::ZoomOut, Slot::AriaLabel, lang);
        let zoom_in = button(doc, "zoom-in", "small")?;
        zoom_in.set_text_content(Some("+"));
        labels.add(&zoom_in, Text::ZoomIn, Slot::Title, lang);
        labels.add(&zoom_in, Text::ZoomIn, Slot::AriaLabel, lang);
        let zoom_reset = button(doc, "zoom-reset", "small")?;
        zoom_reset.set_text_content(Some("⤢"));
        labels.add(&zoom_reset, Text::ZoomReset, Slot::Title, lang);
        labels.add(&zoom_reset, Text::ZoomReset, Slot::AriaLabel, lang);
        head.append_child(&zoom_out)?;
        head.append_child(&zoom_in)?;
        head.append_child(&zoom_reset)?;
        head.append_child(&axis_button)?;
        head.append_child(&export_svg)?;
        head.append_child(&export_png)?;
        let svg_root = svg(
            doc,
            "svg",
            &[
                ("xmlns", crate::dom::SVG_NS),
                ("id", "timeline"),
                ("role", "img"),
                ("font-family", "system-ui, 'Noto Sans CJK SC', sans-serif"),
            ],
        )?;
        labels.add(&svg_root, Text::Timeline, Slot::AriaLabel, lang);
        root.append_child(&svg_root)?;
        let legend = add(&root, doc, "ul", "legend", "")?;
        legend.set_id("legend");
        Ok(TimelineView {
            root,
            svg: svg_root,
            legend,
            axis_button,
            export_svg,
            export_png,
            zoom_in,
            zoom_out,
            zoom_reset,
            cursor: RefCell::new(None),
            scale: RefCell::new(XScale::default()),
            window: Cell::new(Window::WHOLE),
            drag: Cell::new(None),
            dragged: Cell::new(false),
            colours: RefCell::new(None),
        })
    }

    pub fn element(&self) -> &Element {
        &self.root
    }
    pub fn svg(&self) -> &Element {
        &self.svg
    }
    pub fn axis_button(&self) -> &HtmlButtonElement {
        &self.axis_button
    }
    pub fn export_svg_button(&self) -> &HtmlButtonElement {
        &self.export_svg
    }
    pub fn export_png_button(&self) -> &HtmlButtonElement {
        &self.export_png
    }
    pub fn zoom_in_button(&self) -> &HtmlButtonElement {
        &self.zoom_in
    }
    pub fn zoom_out_button(&self) -> &HtmlButtonElement {
        &self.zoom_out
    }
    pub fn zoom_reset_button(&self) -> &HtmlButtonElement {
        &self.zoom_reset
    }

    /// The part of the run shown.
    pub fn window(&self) -> Window {
        self.window.get()
    }

    /// Show the whole run again (a new program). The caller redraws.
    pub fn reset_zoom(&self) {
        self.window.set(Window::WHOLE);
    }

    /// Move the window by `delta` (a fraction of the whole run). The caller redraws.
    pub fn pan_by(&self, delta: f64) {
        self.window.set(self.window.get().pan(delta));
    }

    /// Zoom by `factor` (> 1: in) around the step `around`. The caller redraws.
    pub fn zoom_at_step(&self, factor: f64, around: u64) {
        let at = self.scale.borrow().fraction(around as f64);
        self.window.set(self.window.get().zoom(factor, at));
    }

    /// Zoom by `factor` around the pointer of a wheel event. The caller redraws.
    pub fn zoom_at_pointer(&self, factor: f64, event: &MouseEvent) {
        let x = self.view_x(event);
        let at = self.scale.borrow().fraction_at(x).clamp(0.0, 1.0);
        self.window.set(self.window.get().zoom(factor, at));
    }

    /// A mouse button went down on the plot: a drag may start.
    pub fn drag_start(&self, event: &MouseEvent) {
        self.dragged.set(false);
        if event.button() == 0 {
            self.drag
                .set(Some((event.client_x() as f64, self.window.get())));
        }
    }

    /// The mouse moved: pan if a drag is on and went far enough. True if the window changed
    /// (the caller redraws).
    pub fn drag_move(&self, event: &MouseEvent) -> bool {
        let Some((x0, start)) = self.drag.get() else {
            return false;
        };
        let dx = event.client_x() as f64 - x0;
        if !self.dragged.get() && dx.abs() < DRAG_THRESHOLD_PX {
            return false;
        }
        self.dragged.set(true);
        let rect = self.svg.get_bounding_client_rect();
        let scale = self.scale.borrow();
        if rect.width() <= 0.0 || scale.plot_width() <= 0.0 {
            return false;
        }
        let dx_view = dx / rect.width() * scale.width;
        let shifted = start.pan(-dx_view / scale.plot_width() * start.width());
        let changed = shifted != self.window.get();
        self.window.set(shifted);
        changed
    }

    /// The mouse button went up: the drag (if any) ends.
    pub fn drag_end(&self) {
        self.drag.set(None);
    }

    /// Whether the click that follows a mouse press should be ignored (it ended a drag).
    pub fn take_dragged(&self) -> bool {
        self.dragged.replace(false)
    }

    /// The x of a mouse event in the drawing's units.
    fn view_x(&self, event: &MouseEvent) -> f64 {
        let rect = self.svg.get_bounding_client_rect();
        if rect.width() <= 0.0 {
            return PLOT_LEFT;
        }
        (event.client_x() as f64 - rect.left()) / rect.width() * self.scale.borrow().width
    }

    /// The theme (or high contrast) changed: the next drawing reads the colours again. The
    /// caller redraws.
    pub fn theme_changed(&self) {
        *self.colours.borrow_mut() = None;
    }

    /// The theme's colours: read once per theme; without a stylesheet, the light ones (read
    /// again next time, the stylesheet may have arrived).
    pub fn colours(&self) -> TimelineColours {
        if let Some(c) = self.colours.borrow().as_ref() {
            return c.clone();
        }
        match TimelineColours::read(&self.root) {
            Some(c) => {
                *self.colours.borrow_mut() = Some(c.clone());
                c
            }
            None => TimelineColours::light(),
        }
    }

    /// Remove everything (a new program).
    pub fn clear(&self) {
        self.svg.set_text_content(None);
        self.legend.set_text_content(None);
        *self.cursor.borrow_mut() = None;
    }

    /// Redraw the whole timeline for the first `index.known_steps()` steps of `trace`.
    pub fn draw(
        &self,
        trace: &Trace,
        index: &TraceIndex,
        axis: Axis,
        cursor: u64,
        lang: Lang,
    ) -> Result<(), JsValue> {
        let doc = crate::dom::document();
        // The width first: read before the DOM changes, it needs no new layout.
        let view_width = self.view_width();
        let colours = self.colours();
        let c = &colours;
        self.clear();
        let known = index.known_steps();
        let scale = XScale::new(trace, index, axis, view_width, self.window.get());
        let window = scale.window;
        let width = scale.width;
        let plot_width = scale.plot_width();
        let rows = Rows::new(trace);
        let lanes = rows.count();
        let height = LANES_Y + lanes as f64 * LANE_H + 8.0;
        let s = &self.svg;
        s.set_attribute("viewBox", &format!("0 0 {width} {height}"))?;
        s.set_attribute("width", &width.to_string())?;
        s.set_attribute("height", &height.to_string())?;
        append(
            s,
            svg(
                &doc,
                "rect",
                &[
                    ("width", &width.to_string()),
                    ("height", &height.to_string()),
                    ("fill", &c.background),
                    ("class", "background"),
                ],
            ),
        )?;
        let row_mid = |row: usize| LANES_Y + row as f64 * LANE_H + LANE_H / 2.0;
        let lane_mid = |lane: u32| row_mid(rows.of(lane));
        // A row's colour: its lane's, or the text's for the shared row.
        let row_colour = |row: usize| match rows.lane_of_row.get(row).copied().flatten() {
            Some(lane) => c.lane(trace, lane),
            None => c.text.as_str(),
        };
        let right = PLOT_LEFT + plot_width;

        // x axis: ticks and faint grid lines (on the turns axis, never two on one turn)
        let ticks = match axis {
            Axis::Turns if scale.total <= 16 => scale.total.max(1),
            Axis::Turns => 8,
            _ => 8,
        };
        for i in 0..=ticks {
            let x = PLOT_LEFT + i as f64 / ticks as f64 * plot_width;
            // the fraction of the whole run at this tick
            let f = window.start + i as f64 / ticks as f64 * window.width();
            let label = match axis {
                Axis::Steps => short_count((f * known as f64).round() as u64),
                Axis::Time => format!("{:.2} s", f * scale.total as f64 / 1e9),
                Axis::Turns => format!("#{}", short_count((f * scale.total as f64).round() as u64)),
            };
            append(
                s,
                svg(
                    &doc,
                    "line",
                    &[
                        ("x1", &fmt(x)),
                        ("x2", &fmt(x)),
                        ("y1", &fmt(AXIS_H - 4.0)),
                        ("y2", &fmt(height)),
                        ("stroke", &c.grid),
                    ],
                ),
            )?;
            let anchor = if i == 0 {
                "start"
            } else if i == ticks {
                "end"
            } else {
                "middle"
            };
            let t = svg(
                &doc,
                "text",
                &[
                    ("x", &fmt(x)),
                    ("y", "14"),
                    ("font-size", "11"),
                    ("fill", &c.text),
                    ("text-anchor", anchor),
                ],
            )?;
            t.set_text_content(Some(&label));
            s.append_child(&t)?;
        }

        // lane labels and base lines
        let control_label = svg(
            &doc,
            "text",
            &[
                ("x", fmt(PLOT_LEFT - 6.0).as_str()),
                ("y", fmt(CONTROL_Y + CONTROL_H - 3.0).as_str()),
                ("font-size", "11"),
                ("text-anchor", "end"),
                ("fill", &c.text),
            ],
        )?;
        control_label.set_text_content(Some(lang.text(Text::Control)));
        s.append_child(&control_label)?;
        for (row, lane) in rows.lane_of_row.iter().enumerate() {
            let y = row_mid(row);
            append(
                s,
                svg(
                    &doc,
                    "line",
                    &[
                        ("x1", &fmt(PLOT_LEFT)),
                        ("x2", &fmt(PLOT_LEFT + plot_width)),
                        ("y1", &fmt(y)),
                        ("y2", &fmt(y)),
                        ("stroke", &c.lane_line),
                    ],
                ),
            )?;
            let t = svg(
                &doc,
                "text",
                &[
                    ("x", &fmt(PLOT_LEFT - 6.0)),
                    ("y", &fmt(y + 4.5)),
                    ("font-size", "13"),
                    ("font-weight", "600"),
                    ("text-anchor", "end"),
                    ("fill", row_colour(row)),
                    ("class", "lane-label"),
                ],
            )?;
            let label = match lane {
                Some(lane) => model::label(trace, *lane).to_owned(),
                None => lang.fill(Text::OtherLanes, &[&rows.shared.to_string()]),
            };
            t.set_text_content(Some(&label));
            s.append_child(&t)?;
        }

        // Everything inside the plot goes in a group clipped to it (zoomed in, shapes at the
        // window's edges are cut there).
        let defs = svg(&doc, "defs", &[])?;
        let clip = svg(&doc, "clipPath", &[("id", "timeline-plot")])?;
        append(
            &clip,
            svg(
                &doc,
                "rect",
                &[
                    ("x", &fmt(PLOT_LEFT)),
                    ("y", "0"),
                    ("width", &fmt(plot_width)),
                    ("height", &fmt(height)),
                ],
            ),
        )?;
        defs.append_child(&clip)?;
        s.append_child(&defs)?;
        let plot = svg(
            &doc,
            "g",
            &[("class", "plot"), ("clip-path", "url(#timeline-plot)")],
        )?;
        s.append_child(&plot)?;
        let s = &plot;

        // runs: the control bar and each lane's own rects, merged per pixel. The rects of one
        // lane (in the control bar, and in its own lane) make one <path>: a long run draws a few
        // elements, not thousands.
        let mut control: Option<(u32, f64, f64)> = None;
        // (the control bar's rects make one path per colour, the rows' one per row)
        let mut per_row: Vec<Option<(f64, f64)>> = vec![None; lanes];
        let mut control_paths = vec![String::new(); LANE_COLOURS];
        let mut run_paths = vec![String::new(); lanes];
        let add_rect = |d: &mut String, x0: f64, x1: f64, y: f64, h: f64| {
            let w = (x1 - x0).max(0.6);
            let _ = write!(d, "M{x0:.2} {y:.2}h{w:.2}v{h:.2}h{:.2}z", -w);
        };
        let mut sweep = scale.sweep();
        for run in &runs_to_draw(&index.runs, &scale) {
            let (x0, x1) = (sweep.x(run.start), sweep.x(run.end));
            if x1 < PLOT_LEFT - 1.0 || x0 > right + 1.0 {
                continue;
            }
            let (x0, x1) = (x0.max(PLOT_LEFT - 1.0), x1.min(right + 1.0));
            control = match control {
                Some((lane, a, b)) if lane == run.lane && x0 <= b + 0.5 => Some((lane, a, x1)),
                Some((lane, a, b)) if x1 - x0 < 0.5 && b - a < 0.5 => Some((lane, a, b.max(x1))),
                Some((lane, a, b)) => {
                    let d = &mut control_paths[lane_slot(trace, lane)];
                    add_rect(d, a, b, CONTROL_Y, CONTROL_H);
                    Some((run.lane, x0, x1))
                }
                None => Some((run.lane, x0, x1)),
            };
            let row = rows.of(run.lane);
            per_row[row] = match per_row[row] {
                Some((a, b)) if x0 <= b + 0.5 => Some((a, x1)),
                Some((a, b)) => {
                    add_rect(&mut run_paths[row], a, b, row_mid(row) - 9.0, 18.0);
                    Some((x0, x1))
                }
                None => Some((x0, x1)),
            };
        }
        if let Some((lane, a, b)) = control {
            let d = &mut control_paths[lane_slot(trace, lane)];
            add_rect(d, a, b, CONTROL_Y, CONTROL_H);
        }
        for (row, rect) in per_row.iter().enumerate() {
            if let Some((a, b)) = rect {
                add_rect(&mut run_paths[row], *a, *b, row_mid(row) - 9.0, 18.0);
            }
        }
        let paths = control_paths
            .iter()
            .enumerate()
            .map(|(slot, d)| ("control", d, c.lanes[slot].as_str()))
            .chain(
                run_paths
                    .iter()
                    .enumerate()
                    .map(|(row, d)| ("run", d, row_colour(row))),
            );
        for (class, d, fill) in paths.filter(|(_, d, _)| !d.is_empty()) {
            append(
                s,
                svg(&doc, "path", &[("d", d), ("fill", fill), ("class", class)]),
            )?;
        }

        // sleeps; with many, the sleeps in a row less than a pixel apart make one rect
        let spans: Vec<model::SleepSpan> = index.sleep_spans().collect();
        let merge_sleeps = spans.len() > MARKED_SWITCHES;
        let mut pending: Vec<Option<(f64, f64)>> = vec![None; lanes];
        let mut sleep_rects: Vec<(usize, f64, f64)> = Vec::new();
        for sp in &spans {
            let (x0, x1) = (scale.x(sp.start), scale.x(sp.end));
            if x1 < PLOT_LEFT - 1.0 || x0 > right + 1.0 {
                continue;
            }
            let (x0, x1) = (x0.max(PLOT_LEFT - 2.0), x1.min(right + 2.0));
            let row = rows.of(sp.lane);
            if !merge_sleeps {
                sleep_rects.push((row, x0, x1));
                continue;
            }
            pending[row] = match pending[row] {
                Some((a, b)) if x0 <= b + 1.0 => Some((a, b.max(x1))),
                Some((a, b)) => {
                    sleep_rects.push((row, a, b));
                    Some((x0, x1))
                }
                None => Some((x0, x1)),
            };
        }
        for (row, rect) in pending.iter().enumerate() {
            if let Some((a, b)) = rect {
                sleep_rects.push((row, *a, *b));
            }
        }
        for (row, x0, x1) in sleep_rects {
            append(
                s,
                svg(
                    &doc,
                    "rect",
                    &[
                        ("x", &fmt(x0)),
                        ("y", &fmt(row_mid(row) - 4.0)),
                        ("width", &fmt((x1 - x0).max(1.0))),
                        ("height", "8"),
                        ("fill", row_colour(row)),
                        ("fill-opacity", "0.18"),
                        ("stroke", row_colour(row)),
                        ("stroke-dasharray", "4 3"),
                        ("class", "sleep"),
                    ],
                ),
            )?;
        }

        // generator transfers: a lane change with no greenlet switch (resume, yield, return);
        // with many runs, the first of every 2 px. Only those in view are looked at: the
        // indexed lists are in step order and x grows with the step.
        let transfers = &index.transfers;
        let run_start = |&k: &usize| index.runs[k].start;
        let Range { start: mut k, end } = scale.in_view(transfers, run_start, 2.0);
        let thin_transfers = index.runs.len() > MARKED_SWITCHES;
        let mut dashes = String::new();
        while k < end {
            let (prev, run) = (index.runs[transfers[k] - 1], index.runs[transfers[k]]);
            let x = scale.x(run.start);
            let (y0, y1) = (lane_mid(prev.lane), lane_mid(run.lane));
            k += 1;
            if thin_transfers {
                // one path for all: hundreds of elements would make most of the redraw
                let _ = write!(dashes, "M{x:.2} {y0:.2}V{y1:.2}");
                k += scale.two_px_after(&transfers[k..end], run_start, x);
                continue;
            }
            append(
                s,
                svg(
                    &doc,
                    "line",
                    &[
                        ("x1", &fmt(x)),
                        ("x2", &fmt(x)),
                        ("y1", &fmt(y0)),
                        ("y2", &fmt(y1)),
                        ("stroke", &c.ink),
                        ("stroke-width", "1.2"),
                        ("stroke-dasharray", "3 2"),
                        ("class", "transfer"),
                        ("data-step", &run.start.to_string()),
                    ],
                ),
            )?;
        }
        if !dashes.is_empty() {
            append(
                s,
                svg(
                    &doc,
                    "path",
                    &[
                        ("d", &dashes),
                        ("fill", "none"),
                        ("stroke", &c.ink),
                        ("stroke-width", "1.2"),
                        ("stroke-dasharray", "3 2"),
                        ("class", "transfer"),
                    ],
                ),
            )?;
        }

        // switches (the first of every 2 px when more than MARKED_SWITCHES are in view)
        let event_step = |&i: &usize| trace.events[i].step;
        let known_switches =
            &index.switches[..index.switches.partition_point(|i| event_step(i) <= known)];
        let switches = scale.in_view(known_switches, event_step, 2.0).len();
        let Range { start: mut k, end } = scale.in_view(known_switches, event_step, 8.0);
        let merged = switches > MARKED_SWITCHES;
        let (mut strokes, mut zig_zags) = (String::new(), String::new());
        let mut last_label_x = f64::NEG_INFINITY;
        let mut last_preempt_mark_x = f64::NEG_INFINITY;
        let mut dots = String::new();
        while k < end {
            let e = &trace.events[known_switches[k]];
            let x = scale.x(e.step);
            k += 1;
            if switches > MARKED_SWITCHES {
                k += scale.two_px_after(&known_switches[k..end], event_step, x);
            }
            let EventKind::Switch {
                from,
                to,
                reason,
                value,
            } = &e.kind
            else {
                continue;
            };
            let (y0, y1) = (lane_mid(*from), lane_mid(*to));
            match SwitchKind::of(*reason) {
                // one element per switch only while there are few: hundreds of elements
                // would make most of a long run's redraw
                SwitchKind::Cooperative if merged => {
                    let _ = write!(strokes, "M{x:.2} {y0:.2}V{y1:.2}");
                }
                SwitchKind::Preemptive if merged => zig_zags.push_str(&zig_zag(x, y0, y1)),
                SwitchKind::Cooperative => append(
                    s,
                    svg(
                        &doc,
                        "line",
                        &[
                            ("x1", &fmt(x)),
                            ("x2", &fmt(x)),
                            ("y1", &fmt(y0)),
                            ("y2", &fmt(y1)),
                            ("stroke", &c.ink),
                            ("stroke-width", "1.2"),
                            ("class", "switch"),
                            ("data-kind", "cooperative"),
                            ("data-step", &e.step.to_string()),
                        ],
                    ),
                )?,
                // Forced on the thread: a zig-zag, unlike the straight stroke of a
                // switch asked for and the dashes of a generator's transfer.
                SwitchKind::Preemptive => {
                    append(
                        s,
                        svg(
                            &doc,
                            "path",
                            &[
                                ("d", &zig_zag(x, y0, y1)),
                                ("fill", "none"),
                                ("stroke", &c.ink),
                                ("stroke-width", "1.2"),
                                ("stroke-linejoin", "round"),
                                ("class", "switch preempted"),
                                ("data-kind", "preemptive"),
                                ("data-step", &e.step.to_string()),
                            ],
                        ),
                    )?;
                    // the ↯ where there is room for it (U+21AF: in DejaVu Sans and
                    // the system fonts, unlike the emoji ⏱)
                    if x - last_preempt_mark_x >= 16.0 {
                        last_preempt_mark_x = x;
                        let t = svg(
                            &doc,
                            "text",
                            &[
                                ("x", &fmt(x + 4.0)),
                                ("y", &fmt(y0 - 4.0)),
                                ("font-size", "10"),
                                ("fill", &c.ink),
                                ("class", "preempt-mark"),
                            ],
                        )?;
                        t.set_text_content(Some("↯"));
                        s.append_child(&t)?;
                    }
                }
            }
            // the dot where control arrives (all dots make one path, drawn below)
            let _ = write!(dots, "M{x:.2} {y1:.2}m-3 0a3 3 0 1 0 6 0a3 3 0 1 0-6 0");
            if *reason == SwitchReason::Raised {
                self.mark(s, &doc, x, lane_mid(*from), "✕", &c.error)?;
            }
            if let Some(v) = value {
                if switches <= MAX_LABELLED_SWITCHES && x - last_label_x > 85.0 {
                    last_label_x = x;
                    // Near the right edge the label goes to the left of its marker.
                    let near_right = x > width - RIGHT_MARGIN - 90.0;
                    let short: String = if v.chars().count() > 14 {
                        v.chars().take(13).chain(['…']).collect()
                    } else {
                        v.clone()
                    };
                    let t = svg(
                        &doc,
                        "text",
                        &[
                            ("x", &fmt(if near_right { x - 3.0 } else { x + 3.0 })),
                            ("y", &fmt((y0 + y1) / 2.0 + 4.0)),
                            ("font-size", "10"),
                            ("fill", &c.ink),
                            ("class", "switch-value"),
                            ("text-anchor", if near_right { "end" } else { "start" }),
                        ],
                    )?;
                    t.set_text_content(Some(&short));
                    s.append_child(&t)?;
                }
            }
        }

        for (d, kind, class) in [
            (&strokes, "cooperative", "switch"),
            (&zig_zags, "preemptive", "switch preempted"),
        ] {
            if !d.is_empty() {
                append(
                    s,
                    svg(
                        &doc,
                        "path",
                        &[
                            ("d", d),
                            ("fill", "none"),
                            ("stroke", &c.ink),
                            ("stroke-width", "1.2"),
                            ("stroke-linejoin", "round"),
                            ("class", class),
                            ("data-kind", kind),
                        ],
                    ),
                )?;
            }
        }

        // ends and exceptions; with many in view, one per row every 2 px
        let known_marks = &index.marks[..index.marks.partition_point(|i| event_step(i) <= known)];
        let marks_in_view = &known_marks[scale.in_view(known_marks, event_step, 8.0)];
        let thin_marks = marks_in_view.len() > MARKED_SWITCHES;
        let mut last_mark_x = vec![f64::NEG_INFINITY; lanes];
        for &i in marks_in_view {
            let e = &trace.events[i];
            let (lane, symbol, colour) = match &e.kind {
                EventKind::Throw { to, .. } => (*to, "✕", &c.error),
                EventKind::GenRaise { gen, .. } => (*gen, "✕", &c.error),
                EventKind::CoroExit { coro } => (*coro, "■", &c.ink),
                EventKind::GenReturn { gen, .. } => (*gen, "■", &c.ink),
                EventKind::ExitMain => (0, "■", &c.ink),
                _ => continue,
            };
            let x = scale.x(e.step);
            let row = rows.of(lane);
            if thin_marks && x - last_mark_x[row] < 2.0 {
                continue;
            }
            last_mark_x[row] = x;
            self.mark(s, &doc, x, lane_mid(lane), symbol, colour)?;
        }

        if !dots.is_empty() {
            append(
                s,
                svg(
                    &doc,
                    "path",
                    &[("d", &dots), ("fill", &c.ink), ("class", "switch-dots")],
                ),
            )?;
        }

        // the cursor, last so it is on top
        let cursor_mark = svg(
            &doc,
            "g",
            &[("class", "cursor"), ("pointer-events", "none")],
        )?;
        append(
            &cursor_mark,
            svg(
                &doc,
                "line",
                &[
                    ("x1", "0"),
                    ("x2", "0"),
                    ("y1", "18"),
                    ("y2", &fmt(height)),
                    ("stroke", &c.cursor),
                    ("stroke-width", "2.5"),
                ],
            ),
        )?;
        append(
            &cursor_mark,
            svg(
                &doc,
                "path",
                &[("d", "M -6 16 L 6 16 L 0 24 Z"), ("fill", &c.cursor)],
            ),
        )?;
        self.svg.append_child(&cursor_mark)?;
        *self.cursor.borrow_mut() = Some(cursor_mark);
        *self.scale.borrow_mut() = scale;
        self.move_cursor(cursor.min(known));
        self.draw_legend(&doc, trace, index, &rows, lang)?;
        Ok(())
    }

    /// A small symbol at (x, y) in a lane: an end (■) or an exception (✕).
    fn mark(
        &self,
        parent: &Element,
        doc: &Document,
        x: f64,
        y: f64,
        symbol: &str,
        colour: &str,
    ) -> Result<(), JsValue> {
        let t = svg(
            doc,
            "text",
            &[
                ("x", &fmt(x)),
                ("y", &fmt(y + 4.0)),
                ("font-size", "12"),
                ("text-anchor", "middle"),
                ("fill", colour),
                ("class", "mark"),
            ],
        )?;
        t.set_text_content(Some(symbol));
        parent.append_child(&t)?;
        Ok(())
    }

    fn draw_legend(
        &self,
        doc: &Document,
        trace: &Trace,
        index: &TraceIndex,
        rows: &Rows,
        lang: Lang,
    ) -> Result<(), JsValue> {
        for lane in &rows.lane_of_row {
            let item = add(&self.legend, doc, "li", "", "")?;
            let swatch = add(&item, doc, "span", "swatch", "")?;
            let (colour, label) = match *lane {
                Some(lane) => (
                    lane_colour(trace, lane),
                    model::label(trace, lane).to_owned(),
                ),
                None => (
                    "var(--timeline-text)",
                    lang.fill(Text::OtherLanes, &[&rows.shared.to_string()]),
                ),
            };
            swatch.set_attribute("style", &format!("background:{colour}"))?;
            add(&item, doc, "span", "", &label)?;
        }
        // Preemption only where there is some (threads without gevent).
        let preempts = index.preempted;
        for (symbol, class, key) in [
            ("│", "sym-switch", Text::LegendSwitch),
            ("↯", "sym-preempt", Text::LegendPreempt),
            ("┆", "sym-transfer", Text::LegendTransfer),
            ("┄", "sym-sleep", Text::LegendSleep),
            ("■", "sym-exit", Text::LegendExit),
            ("✕", "sym-error", Text::LegendError),
            ("▼", "sym-cursor", Text::LegendCursor),
        ] {
            if key == Text::LegendPreempt && !preempts {
                continue;
            }
            let item = add(&self.legend, doc, "li", "", "")?;
            add(&item, doc, "span", class, symbol)?;
            add(&item, doc, "span", "", lang.text(key))?;
        }
        Ok(())
    }

    /// The drawing's width: the element's width in CSS pixels divided by the font scale (the
    /// root font size over 16 px), so SVG text grows with the font-size menu. 1000 when the
    /// element is not laid out (tests without the stylesheet).
    fn view_width(&self) -> f64 {
        let px = self.root.client_width() as f64;
        if px <= 0.0 {
            return 1000.0;
        }
        let font_px = web_sys::window()
            .zip(crate::dom::document().document_element())
            .and_then(|(w, html)| w.get_computed_style(&html).ok().flatten())
            .and_then(|style| style.get_property_value("font-size").ok())
            .and_then(|v| v.trim_end_matches("px").parse::<f64>().ok())
            .unwrap_or(16.0);
        (px / (font_px / 16.0)).clamp(420.0, 2400.0)
    }

    /// Move the cursor to `step` without redrawing anything else.
    pub fn move_cursor(&self, step: u64) {
        if let Some(c) = self.cursor.borrow().as_ref() {
            let scale = self.scale.borrow();
            let x = scale.x(step);
            let _ = c.set_attribute("transform", &format!("translate({x:.2},0)"));
            // Zoomed in, the cursor may be outside the window shown.
            let _ = c.set_attribute(
                "visibility",
                if scale.shows(x, 0.5) {
                    "visible"
                } else {
                    "hidden"
                },
            );
            let _ = c.set_attribute("data-step", &step.to_string());
        }
    }

    /// The step under a click on the SVG, if the click is in the plot.
    pub fn step_at_click(&self, event: &MouseEvent) -> Option<u64> {
        let rect = self.svg.get_bounding_client_rect();
        if rect.width() <= 0.0 {
            return None;
        }
        let x = self.view_x(event);
        if x < PLOT_LEFT - 4.0 {
            return None;
        }
        Some(self.scale.borrow().step_at(x))
    }

    /// The timeline as a standalone SVG file, in the colours of the theme shown: what is saved
    /// is what is seen (a dark slide deck gets a dark timeline; switch to the light theme first
    /// for a white page).
    pub fn svg_markup(&self) -> String {
        self.svg.outer_html()
    }
}

/// The runs the plot draws, in order: every run where they are sparse; where more than
/// [`RUNS_PER_COLUMN`] start within the same half pixel, an evenly spaced sample of them (the
/// first and the last included), so a trace of 100,000 switches costs a few thousand runs, not
/// all of them. (Inside such a dense stretch a lane that holds control only rarely may not show;
/// zooming in shows every run again.) Runs outside the window are left out.
fn runs_to_draw(runs: &[LaneRun], scale: &XScale) -> Vec<LaneRun> {
    let (left, right) = (PLOT_LEFT - 1.0, PLOT_LEFT + scale.plot_width() + 1.0);
    if runs.len() <= (4.0 * scale.plot_width()) as usize {
        return runs.to_vec();
    }
    let first_after = |x: f64| {
        let step = scale.first_step_at(x);
        runs.partition_point(|r| r.start < step)
    };
    let mut out = Vec::new();
    // The run that starts before the window and reaches into it.
    let mut i0 = first_after(left);
    if i0 > 0 {
        out.push(runs[i0 - 1]);
    }
    let mut x = left;
    while x < right && i0 < runs.len() {
        x += 0.5;
        let i1 = first_after(x).max(i0);
        let n = i1 - i0;
        if n <= RUNS_PER_COLUMN {
            out.extend_from_slice(&runs[i0..i1]);
        } else {
            for k in 0..RUNS_PER_COLUMN {
                out.push(runs[i0 + k * (n - 1) / (RUNS_PER_COLUMN - 1)]);
            }
        }
        i0 = i1;
    }
    out
}

/// A count short enough for an axis tick: 9,999 as it is, then 12.3k, 456k, 1.08M.
fn short_count(n: u64) -> String {
    let (value, unit) = match n {
        0..=9_999 => return n.to_string(),
        10_000..=999_499 => (n as f64 / 1e3, "k"),
        _ => (n as f64 / 1e6, "M"),
    };
    let digits = if value < 10.0 {
        2
    } else if value < 100.0 {
        1
    } else {
        0
    };
    format!("{value:.digits$}{unit}")
}

/// A vertical zig-zag from (x, y0) to (x, y1), 3 units to each side, about 6 units a tooth: the
/// stroke of a preemptive switch.
fn zig_zag(x: f64, y0: f64, y1: f64) -> String {
    let teeth = ((y1 - y0).abs() / 6.0).round().max(2.0) as usize;
    let mut d = format!("M{x:.2} {y0:.2}");
    for i in 1..teeth {
        let y = y0 + (y1 - y0) * i as f64 / teeth as f64;
        let side = if i % 2 == 1 { 3.0 } else { -3.0 };
        let _ = write!(d, "L{:.2} {y:.2}", x + side);
    }
    let _ = write!(d, "L{x:.2} {y1:.2}");
    d
}

/// Append a freshly made child (or pass its error on).
fn append(parent: &Element, child: Result<Element, JsValue>) -> Result<(), JsValue> {
    let child = child?;
    parent.append_child(&child)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_keeps_the_point_under_it_and_stays_inside_the_run() {
        let w = Window::WHOLE.zoom(4.0, 0.5);
        assert!((w.start - 0.375).abs() < 1e-9 && (w.end - 0.625).abs() < 1e-9);
        // near the start the window stops at 0
        let w = Window::WHOLE.zoom(4.0, 0.0);
        assert_eq!((w.start, w.end), (0.0, 0.25));
        // zooming out past the whole run gives the whole run
        assert_eq!(w.zoom(1.0 / 64.0, 0.1), Window::WHOLE);
        // panning stops at the ends
        let w = Window::WHOLE.zoom(2.0, 0.5).pan(10.0);
        assert!((w.end - 1.0).abs() < 1e-9 && (w.width() - 0.5).abs() < 1e-9);
        // never narrower than MIN_WINDOW
        assert!(Window::WHOLE.zoom(1e9, 0.3).width() >= MIN_WINDOW - 1e-12);
    }

    #[test]
    fn dense_runs_are_sampled_per_half_pixel_and_sparse_ones_kept() {
        let scale = XScale {
            width: 1000.0,
            known: 1_000_000,
            window: Window::WHOLE,
            ..Default::default()
        };
        // 500,000 runs of two alternating lanes, two steps each
        let runs: Vec<LaneRun> = (0..500_000u64)
            .map(|i| LaneRun {
                lane: (i % 2) as u32,
                start: 2 * i,
                end: 2 * i + 2,
            })
            .collect();
        let drawn = runs_to_draw(&runs, &scale);
        assert!(drawn.len() < 15_000, "{} runs drawn", drawn.len());
        assert!(
            drawn.windows(2).all(|w| w[0].start < w[1].start),
            "in order"
        );
        assert!(drawn.iter().any(|r| r.lane == 0) && drawn.iter().any(|r| r.lane == 1));
        assert_eq!(drawn.first().map(|r| r.start), Some(0));
        assert_eq!(drawn.last().map(|r| r.end), Some(1_000_000));
        // few runs: all of them
        assert_eq!(runs_to_draw(&runs[..100], &scale).len(), 100);
        // zoomed in, only the window's runs (and the one reaching into it)
        let zoomed = XScale {
            window: Window::WHOLE.zoom(1000.0, 0.5),
            ..scale
        };
        let drawn = runs_to_draw(&runs, &zoomed);
        assert!(drawn.len() < 2_000, "{} runs drawn zoomed in", drawn.len());
        assert!(drawn.iter().all(|r| r.end >= 499_000 && r.start <= 501_000));
    }

    /// The custom properties static/style.css gives `selector` (all its blocks, later ones win).
    fn css_vars(selector: &str) -> std::collections::HashMap<String, String> {
        let css = include_str!("../../static/style.css");
        let mut vars = std::collections::HashMap::new();
        for rule in css.split('}') {
            let Some((head, body)) = rule.split_once('{') else {
                continue;
            };
            let head = head.rsplit("*/").next().unwrap_or(head).trim();
            if head != selector {
                continue;
            }
            for decl in body.split(';') {
                if let Some((name, value)) = decl.trim().split_once(':') {
                    if name.starts_with("--") {
                        vars.insert(name.trim().to_owned(), value.trim().to_owned());
                    }
                }
            }
        }
        vars
    }

    /// sRGB `#rrggbb` to CIELAB (D65).
    fn lab(hex: &str) -> [f64; 3] {
        let channel = |i: usize| {
            let c = u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).unwrap() as f64 / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        let (r, g, b) = (channel(0), channel(1), channel(2));
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        let f = |t: f64| {
            if t > 0.008856 {
                t.cbrt()
            } else {
                7.787 * t + 16.0 / 116.0
            }
        };
        [
            116.0 * f(y) - 16.0,
            500.0 * (f(x) - f(y)),
            200.0 * (f(y) - f(z)),
        ]
    }

    #[test]
    fn the_light_fallback_is_the_stylesheets_light_theme() {
        let light = css_vars(":root");
        let c = TimelineColours::light();
        for (name, value) in [
            ("--timeline-bg", &c.background),
            ("--timeline-grid", &c.grid),
            ("--timeline-text", &c.text),
            ("--timeline-lane-line", &c.lane_line),
            ("--timeline-ink", &c.ink),
            ("--timeline-cursor", &c.cursor),
            ("--timeline-error", &c.error),
        ] {
            assert_eq!(light.get(name), Some(value), "{name}");
        }
        for (slot, colour) in c.lanes.iter().enumerate() {
            assert_eq!(
                light.get(&format!("--lane-{slot}")),
                Some(colour),
                "slot {slot}"
            );
        }
    }

    #[test]
    fn lane_colours_are_distinct_and_stand_out_in_both_themes() {
        let light = css_vars(":root");
        let mut dark = light.clone();
        dark.extend(css_vars(":root[data-theme=\"dark\"]"));
        for (theme, vars) in [("light", &light), ("dark", &dark)] {
            let background = lab(&vars["--timeline-bg"]);
            let lanes: Vec<[f64; 3]> = (0..LANE_COLOURS)
                .map(|slot| lab(&vars[&format!("--lane-{slot}")]))
                .collect();
            let distance = |a: &[f64; 3], b: &[f64; 3]| {
                ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt()
            };
            for (i, a) in lanes.iter().enumerate() {
                // far from the background in lightness (a lane's label is text in its colour)
                assert!(
                    (a[0] - background[0]).abs() >= 20.0,
                    "{theme}: lane {i} too close to the background"
                );
                for (j, b) in lanes.iter().enumerate().skip(i + 1) {
                    assert!(
                        distance(a, b) >= 20.0,
                        "{theme}: lanes {i} and {j} look alike"
                    );
                }
            }
        }
    }

    #[test]
    fn a_zig_zag_joins_the_two_lanes_and_stays_near_its_x() {
        for (y0, y1) in [(65.0, 125.0), (125.0, 65.0), (65.0, 66.0)] {
            let d = zig_zag(200.0, y0, y1);
            assert!(d.starts_with(&format!("M200.00 {y0:.2}")), "{d}");
            assert!(d.ends_with(&format!("L200.00 {y1:.2}")), "{d}");
            let xs = d
                .split(['M', 'L'])
                .filter(|p| !p.is_empty())
                .map(|p| p.split(' ').next().unwrap().parse::<f64>().unwrap());
            assert!(xs.clone().all(|x| (x - 200.0).abs() <= 3.0), "{d}");
            assert!(xs.filter(|x| *x != 200.0).count() >= 1, "{d}");
        }
    }

    #[test]
    fn a_sweep_maps_steps_as_the_scale_does() {
        let scale = XScale {
            width: 900.0,
            known: 1_000,
            anchors: (0..=100).map(|i| (i * 10, i * i)).collect(),
            total: 10_000,
            window: Window::WHOLE.zoom(3.0, 0.4),
        };
        let mut sweep = scale.sweep();
        for step in [0, 0, 5, 10, 11, 99, 100, 500, 500, 999, 1000, 3, 700] {
            assert_eq!(sweep.x(step), scale.x(step), "step {step}");
        }
    }

    #[test]
    fn axis_counts_are_short() {
        let cases = [
            (0, "0"),
            (9_999, "9999"),
            (10_000, "10.0k"),
            (123_456, "123k"),
            (999_499, "999k"),
            (999_500, "1.00M"),
            (1_080_031, "1.08M"),
            (45_600_000, "45.6M"),
            (2_000_000_000, "2000M"),
        ];
        for (n, want) in cases {
            assert_eq!(short_count(n), want, "{n}");
        }
    }

    fn trace_of(source: &str) -> Trace {
        use coroscope_engine::session::{RunOptions, Session};
        let mut s = Session::new("rows.py", source, RunOptions::default()).expect("compiles");
        s.run_to_end();
        s.trace().clone()
    }

    /// A loop that makes a generator expression each time makes a lane each time: past
    /// MAX_ROWS lanes, greenlets keep rows of their own and the last generators share one.
    #[test]
    fn lanes_past_the_row_limit_share_the_last_row_greenlets_first() {
        let few = trace_of("for i in range(3):\n    sum(x for x in range(2))\n");
        let rows = Rows::new(&few);
        assert_eq!((rows.count(), rows.shared), (few.coros.len(), 0));
        assert!((0..few.coros.len() as u32).all(|lane| rows.of(lane) == lane as usize));

        let many = trace_of(
            "from greenlet import greenlet\n\
             for i in range(100):\n    sum(x for x in range(2))\n\
             g = greenlet(lambda: 1)\ng.switch()\n",
        );
        let lanes = many.coros.len();
        assert!(lanes > 100, "{lanes}");
        let rows = Rows::new(&many);
        assert_eq!(rows.count(), MAX_ROWS);
        assert_eq!(rows.shared, lanes - (MAX_ROWS - 1));
        assert_eq!(rows.lane_of_row.last(), Some(&None));
        let greenlet = many
            .coros
            .iter()
            .position(|c| c.kind == CoroKind::Greenlet)
            .unwrap() as u32;
        assert!(greenlet as usize > MAX_ROWS, "made last");
        assert!(rows.of(greenlet) < MAX_ROWS - 1, "but has its own row");
        assert_eq!(rows.of(0), 0, "main first");
        // the own rows keep the lanes' order; the last lanes share the last row
        let own: Vec<u32> = rows.lane_of_row.iter().flatten().copied().collect();
        assert!(own.windows(2).all(|w| w[0] < w[1]), "{own:?}");
        assert_eq!(rows.of(greenlet - 1), MAX_ROWS - 1, "the last generator");
        assert_eq!(
            rows.of(lanes as u32 + 5),
            MAX_ROWS - 1,
            "a lane not known yet"
        );
    }

    /// `first_step_at` / `first_step_after`, and `in_view` / `two_px_after` built on them, give
    /// what a search through every step would, on each kind of axis (anchors with repeated steps
    /// and flat stretches too), zoomed or not.
    #[test]
    fn the_first_step_at_an_x_is_the_one_a_full_search_finds() {
        let mut anchors: Vec<(u64, u64)> = vec![(0, 0)];
        for i in 1..=60u64 {
            let step = i * 13 + (i % 3);
            // a flat stretch, then a jump at one step (two anchors at the same step)
            let value = if i % 7 == 0 {
                anchors[anchors.len() - 1].1
            } else {
                i * i * 5
            };
            anchors.push((step, value.max(anchors[anchors.len() - 1].1)));
            if i % 11 == 0 {
                anchors.push((step, value + 400));
            }
        }
        let known = 800;
        anchors.push((known, anchors[anchors.len() - 1].1 + 50));
        let total = anchors[anchors.len() - 1].1;
        for window in [
            Window::WHOLE,
            Window::WHOLE.zoom(5.0, 0.35),
            Window::WHOLE.zoom(40.0, 0.9),
        ] {
            for anchors in [Vec::new(), anchors.clone()] {
                let scale = XScale {
                    width: 700.0,
                    known,
                    total: if anchors.is_empty() { 0 } else { total },
                    anchors,
                    window,
                };
                let mut x = PLOT_LEFT - 30.0;
                while x < scale.width + 30.0 {
                    let at = (0..=known).find(|&s| scale.x(s) >= x).unwrap_or(known + 1);
                    let after = (0..=known).find(|&s| scale.x(s) > x).unwrap_or(known + 1);
                    assert_eq!(scale.first_step_at(x), at, "at {x} in {window:?}");
                    assert_eq!(scale.first_step_after(x), after, "after {x} in {window:?}");
                    x += 0.37;
                }
                // the items in view, and the next one 2 px on, as a walk through them finds
                let items: Vec<u64> = (0..=known).step_by(3).collect();
                let x_of = |s: &u64| scale.x(*s);
                let right = PLOT_LEFT + scale.plot_width();
                for margin in [0.0, 2.0, 8.0] {
                    let want: Vec<u64> = items
                        .iter()
                        .copied()
                        .filter(|s| x_of(s) >= PLOT_LEFT - margin && x_of(s) <= right + margin)
                        .collect();
                    let range = scale.in_view(&items, |s| *s, margin);
                    assert_eq!(items[range].to_vec(), want, "margin {margin} in {window:?}");
                }
                for (k, item) in items.iter().enumerate() {
                    let x = x_of(item);
                    let want = items.iter().position(|s| x_of(s) >= x + 2.0);
                    let next = scale.two_px_after(&items, |s| *s, x);
                    assert_eq!(Some(next).filter(|&n| n < items.len()), want, "after {k}");
                }
                // exactly at the x of steps
                for s in (0..=known).step_by(17) {
                    let x = scale.x(s);
                    let at = (0..=known).find(|&t| scale.x(t) >= x).unwrap();
                    assert_eq!(scale.first_step_at(x), at, "x of step {s}");
                }
            }
        }
    }

    #[test]
    fn a_click_seeks_to_the_step_under_it_when_zoomed() {
        for window in [
            Window::WHOLE,
            Window::WHOLE.zoom(8.0, 0.3),
            Window::WHOLE.zoom(64.0, 0.9),
        ] {
            let scale = XScale {
                width: 1000.0,
                known: 10_000,
                window,
                ..Default::default()
            };
            let first = (window.start * 10_000.0).ceil() as u64;
            let last = (window.end * 10_000.0).floor() as u64;
            for step in (first..=last).step_by(7) {
                let x = scale.x(step);
                assert!(scale.shows(x, 0.01), "{step} at {x} in {window:?}");
                let back = scale.step_at(x);
                // at most one pixel's worth of steps away
                let per_px = 10_000.0 * window.width() / scale.plot_width();
                assert!(
                    (back as f64 - step as f64).abs() <= per_px.max(0.5),
                    "{step} -> {back} in {window:?}"
                );
            }
        }
    }
}

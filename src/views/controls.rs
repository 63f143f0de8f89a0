//! The stepping controls: run to the end, step, step back, next / previous switch, play / pause
//! with a speed, reset, a scrubber over the whole run, the step counter and, when the step budget
//! stops a run, a message with a Continue button.

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlButtonElement, HtmlInputElement, HtmlSelectElement};

use crate::dom::{add, button, el, Labels, Slot};
use crate::i18n::{Lang, Text};

/// How fast Play moves: so many steps, or so many switches, per second.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Speed {
    Steps(f64),
    Switches(f64),
}

/// The choices of the speed menu: (value attribute, label, speed).
pub const SPEEDS: [(&str, &str, Speed); 6] = [
    ("sw0.5", "½ switch/s", Speed::Switches(0.5)),
    ("sw1", "1 switch/s", Speed::Switches(1.0)),
    ("sw4", "4 switch/s", Speed::Switches(4.0)),
    ("st10", "10 steps/s", Speed::Steps(10.0)),
    ("st100", "100 steps/s", Speed::Steps(100.0)),
    ("st2000", "2000 steps/s", Speed::Steps(2000.0)),
];

pub struct ControlsView {
    root: Element,
    pub run: HtmlButtonElement,
    pub step: HtmlButtonElement,
    pub back: HtmlButtonElement,
    pub next_switch: HtmlButtonElement,
    pub prev_switch: HtmlButtonElement,
    pub play: HtmlButtonElement,
    pub reset: HtmlButtonElement,
    pub speed: HtmlSelectElement,
    pub scrubber: HtmlInputElement,
    pub counter: Element,
    budget: Element,
    budget_text: Element,
    pub continue_button: HtmlButtonElement,
}

impl ControlsView {
    pub fn new(doc: &Document, labels: &mut Labels, lang: Lang) -> Result<ControlsView, JsValue> {
        let root = el(doc, "div", "controls", "")?;
        let row = add(&root, doc, "div", "buttons", "")?;
        let mut make = |id: &str, class: &str, key: Text| -> Result<HtmlButtonElement, JsValue> {
            let b = button(doc, id, class)?;
            labels.add(&b, key, Slot::Text, lang);
            row.append_child(&b)?;
            Ok(b)
        };
        let reset = make("reset", "", Text::Reset)?;
        let prev_switch = make("prev-switch", "", Text::PrevSwitch)?;
        let back = make("back", "", Text::StepBack)?;
        let step = make("step", "primary", Text::Step)?;
        let next_switch = make("next-switch", "primary", Text::NextSwitch)?;
        let play = make("play", "", Text::Play)?;
        let run = make("run", "run", Text::RunToEnd)?;
        let speed: HtmlSelectElement = el(doc, "select", "", "")?.dyn_into()?;
        speed.set_id("speed");
        labels.add(&speed, Text::Speed, Slot::AriaLabel, lang);
        labels.add(&speed, Text::Speed, Slot::Title, lang);
        for (value, label, _) in SPEEDS {
            let o = add(&speed, doc, "option", "", label)?;
            o.set_attribute("value", value)?;
        }
        speed.set_value("sw1");
        row.append_child(&speed)?;

        let scrub_row = add(&root, doc, "div", "scrub", "")?;
        let scrubber: HtmlInputElement = el(doc, "input", "", "")?.dyn_into()?;
        scrubber.set_type("range");
        scrubber.set_id("scrubber");
        scrubber.set_min("0");
        scrubber.set_max("0");
        scrubber.set_value("0");
        labels.add(&scrubber, Text::Scrubber, Slot::AriaLabel, lang);
        scrub_row.append_child(&scrubber)?;
        let counter = add(&scrub_row, doc, "span", "counter", "")?;
        counter.set_id("counter");

        let budget = add(&root, doc, "div", "budget", "")?;
        budget.set_id("budget");
        budget.set_attribute("hidden", "")?;
        let budget_text = add(&budget, doc, "span", "", "")?;
        let continue_button = button(doc, "continue", "")?;
        labels.add(&continue_button, Text::Continue, Slot::Text, lang);
        budget.append_child(&continue_button)?;
        Ok(ControlsView {
            root,
            run,
            step,
            back,
            next_switch,
            prev_switch,
            play,
            reset,
            speed,
            scrubber,
            counter,
            budget,
            budget_text,
            continue_button,
        })
    }

    pub fn element(&self) -> &Element {
        &self.root
    }

    /// Kept for callers of the first version: the Run-to-end button.
    pub fn run_button(&self) -> &HtmlButtonElement {
        &self.run
    }

    /// The speed chosen in the menu.
    pub fn speed(&self) -> Speed {
        let v = self.speed.value();
        SPEEDS
            .iter()
            .find(|(value, _, _)| *value == v)
            .map(|(_, _, s)| *s)
            .unwrap_or(Speed::Switches(1.0))
    }

    /// Show or hide the step-budget message.
    pub fn show_budget(&self, message: Option<&str>) {
        match message {
            Some(text) => {
                self.budget_text.set_text_content(Some(text));
                let _ = self.budget.remove_attribute("hidden");
            }
            None => {
                let _ = self.budget.set_attribute("hidden", "");
            }
        }
    }
}

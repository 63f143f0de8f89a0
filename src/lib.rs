//! coroscope's web app: a gallery of programs, an editor, the source with every coroutine's
//! line, stepping controls, a narration line, the timeline and the console. Plain `web-sys`, no
//! framework: [`app::App`] builds the DOM under a parent element and owns every event-listener
//! closure, so dropping it detaches them.
//!
//! The views live in [`views`], one file each; [`model`] computes what they show from the
//! engine's trace (plain Rust, tested on the host); [`i18n`] holds the English and Chinese text;
//! [`theme`] the light or dark colours;
//! [`permalink`] packs a program and a step into the URL; [`programs`] is the gallery embedded at
//! build time, and [`catalog`] its titles and explanations in both languages.

pub mod app;
pub mod catalog;
pub mod dom;
pub mod i18n;
pub mod model;
pub mod permalink;
pub mod programs;
pub mod theme;
pub mod views;

pub use app::{App, Command};

//! coroscope's web app: a gallery of programs, an editor, a Run button, the console and the
//! timeline. Plain `web-sys`, no framework: [`app::App`] builds the DOM under a parent element and
//! owns every event-listener closure, so dropping it detaches them.
//!
//! The views live in [`views`], one file each; [`programs`] is the gallery embedded at build time.

pub mod app;
pub mod dom;
pub mod programs;
pub mod views;

pub use app::App;

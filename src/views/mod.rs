//! One file per view. Each view builds its own elements and exposes a few methods; the wiring
//! between them (what Run does) is in [`crate::app`].

pub mod console;
pub mod controls;
pub mod editor;
pub mod gallery;
pub mod timeline;

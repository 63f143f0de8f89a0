//! One file per view. Each view builds its own elements and exposes a few methods; the wiring
//! between them (what each button does, the stepping session) is in [`crate::app`].

pub mod console;
pub mod controls;
pub mod editor;
pub mod frames;
pub mod gallery;
pub mod source;
pub mod timeline;
pub mod toolbar;

//! The front end: source text to bytecode.
//!
//! `parse` turns text into the engine's [`ast`], `compile` turns the tree into [`op::Code`], and
//! `dis` prints what the compiler made. `tokens` colours the text for the editor from the same
//! tokens the parser reads ([`highlight`]). `parse` and `tokens` are the only modules that know
//! ruff.

pub mod ast;
pub mod compile;
pub mod dis;
pub mod error;
pub mod op;
pub mod parse;
pub mod report;
pub mod symtable;
pub mod tokens;

pub use tokens::{highlight, Highlight, HighlightKind};

//! The front end: source text to bytecode.
//!
//! `parse` turns text into the engine's [`ast`] (the only place that knows ruff), `compile` turns
//! the tree into [`op::Code`], and `dis` prints what the compiler made.

pub mod ast;
pub mod compile;
pub mod dis;
pub mod error;
pub mod op;
pub mod parse;
pub mod report;
pub mod symtable;

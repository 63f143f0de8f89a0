//! Builtins and the modules a program can import (`greenlet`, `time`, …).

pub mod format;
pub mod text;

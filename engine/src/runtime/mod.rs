//! Builtins and the modules a program can import (`greenlet`, `time`, …), the Python prelude,
//! and the start-up that makes a VM ready to run.

pub mod bootstrap;
pub mod builtins;
pub mod format;
pub mod methods;
pub mod modules;
pub mod net;
pub mod text;

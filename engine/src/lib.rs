//! coroscope's engine: a small Python interpreter whose coroutines each own their frames.
//!
//! Pipeline, one folder per stage: [`lang`] (parse, compile), [`vm`] (objects, frames, the step
//! loop and the scheduler), [`runtime`] (builtins and modules such as `greenlet` and `time`), and
//! [`trace`] (the events every view reads). The engine never touches a browser or prints: the
//! command-line runner and the web app both read its state and its trace.

pub mod lang;
pub mod runtime;
pub mod session;
pub mod small_sort;
pub mod trace;
pub mod vm;

pub use lang::{highlight, Highlight, HighlightKind};
pub use session::{run_source, RunOptions, RunOutcome};

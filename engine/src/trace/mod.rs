//! The trace: what happened during a run, as data.
//!
//! The VM appends [`Event`]s and one [`StepRecord`] per instruction; it never prints. The CLI, the
//! timeline, the console and the tests all read the same trace. [`oracle::render`] prints it in
//! the format of `shared/oracle/traces/*.trace`.

pub mod event;
pub mod oracle;
pub mod output;

pub use event::{
    CoroId, CoroInfo, CoroKind, Event, EventKind, StepRecord, SwitchReason, Trace, ValueRepr,
};
pub use output::{OutputLog, MAX_KEPT_BYTES, MAX_KEPT_LINES};

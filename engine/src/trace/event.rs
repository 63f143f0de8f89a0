//! Trace events and the per-step record.

use super::output::OutputLog;

/// Index of a coroutine in [`Trace::coros`]: the main program, a greenlet, the hub, a thread, or a
/// generator. Stable for the whole run.
pub type CoroId = u32;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoroKind {
    /// The main greenlet (the program's top level).
    Main,
    /// gevent's hub.
    Hub,
    /// A raw greenlet or a gevent greenlet.
    Greenlet,
    /// A simulated thread (not monkey-patched).
    Thread,
    /// A generator: it runs on top of whoever resumed it, but gets its own lane.
    Generator,
}

/// A lane of the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoroInfo {
    /// The oracle's label: `main`, `hub`, `eat#1`, `consumer#1`.
    pub label: String,
    pub kind: CoroKind,
}

/// Why control moved from one coroutine to another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SwitchReason {
    /// An explicit `switch()` (or the hub resuming a greenlet).
    Switch,
    /// A greenlet finished: control goes to its parent.
    Finished,
    /// An exception left a greenlet: it goes to the parent.
    Raised,
    /// A preemptive thread switch (time slice over).
    Preempted,
}

/// The repr of the value a generator yields or returns, as the oracle's tracer shows it (at most
/// 80 characters). Ints and `None`, what generators pass most, are kept as they are and written
/// out only when shown (`Display`), so that a yield allocates nothing; any other value is kept as
/// its text.
#[derive(Clone, Debug, PartialEq)]
pub enum ValueRepr {
    None,
    Int(i64),
    Text(String),
}

impl std::fmt::Display for ValueRepr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ValueRepr::None => f.write_str("None"),
            // Python's repr of an int is its decimal digits, as Rust writes them.
            ValueRepr::Int(i) => write!(f, "{i}"),
            ValueRepr::Text(text) => f.write_str(text),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum EventKind {
    /// Control passes between greenlets. `value` is the repr of what was passed, if anything.
    Switch {
        from: CoroId,
        to: CoroId,
        reason: SwitchReason,
        value: Option<String>,
    },
    /// `g.throw()` / `kill()`: an exception is thrown into `to`.
    Throw {
        from: CoroId,
        to: CoroId,
        exception: String,
    },
    /// A generator is (re)entered.
    GenResume { gen: CoroId },
    /// A generator suspends at `yield`; `repr` is the value's repr (at most 80 characters).
    GenYield { gen: CoroId, repr: ValueRepr },
    /// A generator finishes with `return`.
    GenReturn { gen: CoroId, repr: ValueRepr },
    /// A generator finishes because an exception leaves it (its class name).
    GenRaise { gen: CoroId, exception: String },
    /// A coroutine comes into being (greenlet created, generator created).
    Spawn {
        coro: CoroId,
        parent: Option<CoroId>,
    },
    /// A coroutine finished (returned or raised).
    CoroExit { coro: CoroId },
    /// A coroutine starts to sleep until the clock reads `until_ns`.
    Sleep { coro: CoroId, until_ns: u64 },
    /// A whole line written to stdout (without its newline).
    Stdout(String),
    /// Text written to stdout without a final newline, at the end of the run.
    StdoutPart(String),
    /// A whole line written to stderr.
    Stderr(String),
    /// A console line (`Stdout`, `StdoutPart` or `Stderr`) whose text is no longer kept: only the
    /// last lines of a flood keep theirs (see [`super::output`]). Its step and clock stay.
    LineNotKept,
    /// The program's top level finished.
    ExitMain,
    /// The process ended with this exit code.
    Exit(i32),
    /// The step budget ran out: the run stopped here.
    BudgetExhausted,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Index of the step at which it happened (number of instructions run before it).
    pub step: u64,
    /// The virtual clock in nanoseconds.
    pub clock_ns: u64,
    pub kind: EventKind,
}

/// One executed instruction: who ran and where. Kept small: a trace of 10^7 steps must fit in
/// memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepRecord {
    pub coro: CoroId,
    pub line: u32,
}

/// Everything a run recorded. Events are appended with [`Trace::push`], which keeps `output`
/// up to date.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trace {
    pub coros: Vec<CoroInfo>,
    pub events: Vec<Event>,
    pub steps: Vec<StepRecord>,
    /// Which console lines of `events` still hold their text.
    pub output: OutputLog,
}

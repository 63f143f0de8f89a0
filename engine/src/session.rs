//! The engine's public face: run a program to the end, or step through it.

use crate::trace::Trace;

/// Limits and settings for a run.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// Stop after this many instructions (an endless loop must not hang the page).
    pub step_budget: u64,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions { step_budget: 50_000_000 }
    }
}

/// What a whole run produced.
#[derive(Clone, Debug, Default)]
pub struct RunOutcome {
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
    /// True when the step budget stopped the run before the program ended.
    pub stopped_by_budget: bool,
    pub trace: Trace,
}

/// Run `source` (named `filename` in tracebacks) to its end or to the step budget.
/// Syntax errors come back as Python prints them, on stderr with exit code 1.
pub fn run_source(filename: &str, source: &str, options: &RunOptions) -> RunOutcome {
    let _ = (filename, source, options);
    RunOutcome { exit_code: 1, stderr: "not implemented yet\n".into(), ..Default::default() }
}

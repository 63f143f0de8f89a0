//! The engine's public face: run a program to the end, or step through it.

use crate::lang::error::FrontEndError;
use crate::lang::report::render_error;
use crate::runtime::bootstrap::new_vm;
use crate::trace::{EventKind, Trace};
use crate::vm::{Finish, Limits, Vm};

/// Limits and settings for a run.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// Stop after this many instructions (an endless loop must not hang the page).
    pub step_budget: u64,
    /// Record who ran which line at every step (the timeline needs it; plain runs do not).
    pub record_steps: bool,
    pub limits: Limits,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            step_budget: 200_000_000,
            record_steps: false,
            limits: Limits::default(),
        }
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

/// The message printed when the step budget stops a run.
pub fn budget_message(budget: u64) -> String {
    format!(
        "coroscope: stopped after {budget} steps (the step budget); the program may loop forever\n"
    )
}

/// A program being run, one step at a time.
pub struct Session {
    pub vm: Vm,
    pub options: RunOptions,
}

impl Session {
    /// Parse and compile `source`; a syntax error comes back as Python reports it.
    pub fn new(
        filename: &str,
        source: &str,
        options: RunOptions,
    ) -> Result<Session, FrontEndError> {
        let mut vm = new_vm(filename, source, options.limits)?;
        vm.record_steps = options.record_steps;
        Ok(Session { vm, options })
    }

    pub fn is_finished(&self) -> bool {
        self.vm.finished.is_some()
    }

    /// Run up to `max_steps` more instructions; stops early when the program ends.
    pub fn run(&mut self, max_steps: u64) {
        let vm = &mut self.vm;
        let mut left = max_steps;
        while left > 0 && vm.finished.is_none() {
            vm.step();
            left -= 1;
            if vm.allocs_since_gc >= 100_000 {
                vm.maybe_collect();
            }
        }
        if vm.finished.is_none() && vm.steps >= self.options.step_budget {
            let msg = budget_message(self.options.step_budget);
            vm.write_stderr(&msg);
            vm.event(EventKind::BudgetExhausted);
            vm.finished = Some(Finish::Budget);
        }
    }

    /// Run to the end or to the step budget.
    pub fn run_to_end(&mut self) {
        while !self.is_finished() {
            let left = self.options.step_budget.saturating_sub(self.vm.steps);
            self.run(left.clamp(1, 1_000_000));
        }
    }

    pub fn outcome(&self) -> RunOutcome {
        let vm = &self.vm;
        let (exit_code, budget) = match vm.finished {
            Some(Finish::Exited(c)) => (c, false),
            Some(Finish::Budget) => (1, true),
            Some(Finish::Fatal) => (1, false),
            None => (0, false),
        };
        RunOutcome {
            stdout: vm.stdout.clone(),
            stderr: vm.stderr.clone(),
            exit_code,
            stopped_by_budget: budget,
            trace: vm.trace.clone(),
        }
    }
}

/// Run `source` (named `filename` in tracebacks) to its end or to the step budget.
/// Syntax errors come back as Python prints them, on stderr with exit code 1.
pub fn run_source(filename: &str, source: &str, options: &RunOptions) -> RunOutcome {
    match Session::new(filename, source, options.clone()) {
        Ok(mut s) => {
            s.run_to_end();
            s.outcome()
        }
        Err(e) => {
            let stderr = render_error(&e, filename, source);
            let mut trace = Trace::default();
            for line in stderr.lines() {
                trace.events.push(crate::trace::Event {
                    step: 0,
                    clock_ns: 0,
                    kind: EventKind::Stderr(line.to_string()),
                });
            }
            trace.events.push(crate::trace::Event {
                step: 0,
                clock_ns: 0,
                kind: EventKind::Exit(1),
            });
            RunOutcome {
                stdout: String::new(),
                stderr,
                exit_code: 1,
                stopped_by_budget: false,
                trace,
            }
        }
    }
}

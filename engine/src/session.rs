//! The engine's public face: run a program to the end, or step through it.

use crate::lang::error::FrontEndError;
use crate::lang::report::render_error;
use crate::runtime::bootstrap::{new_vm, new_vm_with, Prelude};
use crate::trace::{EventKind, Trace};
use crate::vm::output::Echo;
use crate::vm::{Finish, Limits, Vm};

/// Limits and settings for a run.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// Stop after this many instructions (an endless loop must not hang the page).
    pub step_budget: u64,
    /// Record who ran which line at every step (the timeline needs it; plain runs do not).
    pub record_steps: bool,
    /// Record the trace's events: every transfer between coroutines, console line and exit
    /// (`coroscope trace`, the golden tests and the page read them). A plain run that wants only
    /// the output and the exit code (`coroscope run`) turns it off: nothing the program does or
    /// prints depends on the events, and a generator ping-pong records two per `send`. Without
    /// them the outcome's `trace` has only its lanes (`coros`).
    pub record_events: bool,
    pub limits: Limits,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            step_budget: 200_000_000,
            record_steps: false,
            record_events: true,
            limits: Limits::default(),
        }
    }
}

/// What a whole run produced.
#[derive(Clone, Debug, Default)]
pub struct RunOutcome {
    /// The last lines of stdout (see [`crate::trace::output`]); empty when a host took it as it
    /// was written ([`run_source_streaming`]).
    pub stdout: String,
    /// Lines of stdout before those in `stdout`, not kept.
    pub stdout_not_kept: u64,
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

/// How many steps apart checkpoints are taken. Seeking replays at most this many steps (more once
/// a big program's checkpoints have been thinned out: see [`CHECKPOINT_CELLS`]).
pub const CHECKPOINT_INTERVAL: u64 = 50_000;

/// All checkpoints together hold at most this many heap cells (see [`Vm::heap_cells`]): past it,
/// every other checkpoint is dropped, so a long run of a big program cannot fill memory with
/// copies of its heap (seeking then replays further).
pub const CHECKPOINT_CELLS: usize = 10_000_000;

/// A copy of the whole VM at some step, without the (ever-growing) trace.
#[derive(Clone)]
struct Checkpoint {
    step: u64,
    vm: Vm,
    cells: usize,
}

/// A program being run, one step at a time. Stepping back restores the nearest checkpoint at or
/// before the wanted step and replays from there: the VM is deterministic, so that is exactly the
/// state a run from the start would reach.
pub struct Session {
    pub vm: Vm,
    pub options: RunOptions,
    checkpoints: Vec<Checkpoint>,
    /// The furthest step run so far; its trace is the one views read.
    furthest: Option<Box<Vm>>,
    /// Take checkpoints (off for a run to the end that never seeks: [`run_source`]).
    checkpointing: bool,
    /// A preview ([`Session::preview`]): the file name and source to start for real before the
    /// first instruction runs.
    preview_of: Option<Box<(String, String)>>,
}

impl Session {
    /// Parse and compile `source`; a syntax error comes back as Python reports it.
    pub fn new(
        filename: &str,
        source: &str,
        options: RunOptions,
    ) -> Result<Session, FrontEndError> {
        let vm = new_vm(filename, source, options.limits)?;
        Ok(Session::starting(vm, options))
    }

    /// Step 0 of `source` without running the prelude (the builtins written in Python, most of
    /// [`Session::new`]'s time: parsing and compiling 12 KB of Python). Everything a view reads at
    /// step 0 is as [`Session::new`] gives it: [`trace`](Self::trace),
    /// [`lanes_now`](Self::lanes_now), [`frames_now`](Self::frames_now),
    /// [`fingerprint`](Self::fingerprint), [`step_index`](Self::step_index). A page shows it
    /// first and calls [`start`](Self::start) after its first paint; whatever runs or seeks
    /// starts it first, so every step after 0 is exactly [`Session::new`]'s.
    pub fn preview(
        filename: &str,
        source: &str,
        options: RunOptions,
    ) -> Result<Session, FrontEndError> {
        let mut vm = new_vm_with(filename, source, options.limits, Prelude::Skip)?;
        vm.record_steps = options.record_steps;
        vm.record_events = options.record_events;
        Ok(Session {
            vm,
            options,
            checkpoints: Vec::new(),
            checkpointing: true,
            furthest: None,
            preview_of: Some(Box::new((filename.to_owned(), source.to_owned()))),
        })
    }

    /// Whether this is still a preview (see [`Session::preview`]).
    pub fn is_preview(&self) -> bool {
        self.preview_of.is_some()
    }

    /// A preview becomes the session [`Session::new`] makes (with the prelude run); any other
    /// session stays as it is.
    pub fn start(&mut self) {
        if let Some(program) = self.preview_of.take() {
            let (filename, source) = *program;
            // The preview parsed and compiled the same source, so this does not fail.
            if let Ok(session) = Session::new(&filename, &source, self.options.clone()) {
                *self = session;
            }
        }
    }

    /// Several programs on one simulated machine (`coroscope run server.py client.py`): each is
    /// a process with its own globals, modules, main greenlet and lanes; they share the clock,
    /// the console and the network (see `runtime::net`). The first program runs first. A syntax
    /// error comes back with the name of the file it is in.
    pub fn new_programs(
        programs: &[(String, String)],
        options: RunOptions,
    ) -> Result<Session, (usize, FrontEndError)> {
        let Some((first_name, first_source)) = programs.first() else {
            return Err((
                0,
                FrontEndError::syntax("no program to run", Default::default()),
            ));
        };
        let mut vm = new_vm(first_name, first_source, options.limits).map_err(|e| (0, e))?;
        for (i, (name, source)) in programs.iter().enumerate().skip(1) {
            let code = crate::lang::parse::parse(source)
                .and_then(|m| crate::lang::compile::compile(&m, name))
                .map_err(|e| (i, e))?;
            vm.add_process(name, code, source);
        }
        Ok(Session::starting(vm, options))
    }

    /// A session at step 0 of `vm`, with its first checkpoint.
    fn starting(mut vm: Vm, options: RunOptions) -> Session {
        vm.record_steps = options.record_steps;
        vm.record_events = options.record_events;
        let first = Checkpoint {
            step: 0,
            cells: vm.heap_cells(),
            vm: vm.clone(),
        };
        Session {
            vm,
            options,
            checkpoints: vec![first],
            checkpointing: true,
            furthest: None,
            preview_of: None,
        }
    }

    /// The number of instructions run so far.
    pub fn step_index(&self) -> u64 {
        self.vm.steps
    }

    /// Take a checkpoint if the VM is at a checkpoint step it has not saved yet.
    fn maybe_checkpoint(&mut self) {
        if !self.checkpointing {
            return;
        }
        let step = self.vm.steps;
        let last = self.checkpoints.last().map(|c| c.step).unwrap_or(0);
        if step >= last + CHECKPOINT_INTERVAL {
            // A copy costs as much as the heap holds: a big heap is copied less often.
            let cells = self.vm.heap_cells() + self.vm.stdout.len() / 16;
            if step < last + CHECKPOINT_INTERVAL * (1 + cells as u64 / 250_000) {
                return;
            }
            let total = |c: &[Checkpoint]| c.iter().map(|c| c.cells).sum::<usize>();
            while self.checkpoints.len() > 1 && total(&self.checkpoints) + cells > CHECKPOINT_CELLS
            {
                let mut i = 0;
                self.checkpoints.retain(|_| {
                    i += 1;
                    i % 2 == 1
                });
            }
            if total(&self.checkpoints) + cells > CHECKPOINT_CELLS {
                return;
            }
            // Keep the lanes (new lanes are numbered after them) but not the long lists: a replay
            // from here records into a trace of its own, which is thrown away.
            let trace = std::mem::take(&mut self.vm.trace);
            self.vm.trace.coros = trace.coros.clone();
            let mut vm = self.vm.clone();
            // A replay must not write the output to the host a second time.
            vm.stdout.echo = None;
            self.checkpoints.push(Checkpoint { step, vm, cells });
            self.vm.trace = trace;
        }
    }

    /// Put the VM in the state it had after `step` instructions (or at the end, if the run is
    /// shorter). The trace keeps everything recorded so far.
    pub fn seek(&mut self, step: u64) {
        self.start();
        let known = self
            .furthest
            .as_ref()
            .map(|f| f.steps)
            .unwrap_or(self.vm.steps);
        if step >= known {
            // New ground: continue from the furthest state.
            if let Some(f) = self.furthest.take() {
                self.vm = *f;
            }
            while self.vm.steps < step && !self.is_finished() {
                let n = (step - self.vm.steps).min(CHECKPOINT_INTERVAL);
                self.run(n);
            }
            return;
        }
        // Known ground: restore the nearest checkpoint at or before `step` unless the VM is
        // already between it and `step`, then replay.
        let Some(cp) = self.checkpoints.iter().rev().find(|c| c.step <= step) else {
            return;
        };
        if step < self.vm.steps || cp.step > self.vm.steps {
            let restored = cp.vm.clone();
            let current = std::mem::replace(&mut self.vm, restored);
            if self.furthest.is_none() {
                self.furthest = Some(Box::new(current));
            }
        }
        self.replay_to(step);
    }

    /// Step without recording until `step` (the trace of this part is already known).
    fn replay_to(&mut self, step: u64) {
        self.vm.record_steps = false;
        while self.vm.steps < step && self.vm.finished.is_none() {
            self.vm.step();
            if self.vm.steps % CHECKPOINT_INTERVAL == 0 {
                self.vm.maybe_collect();
            }
        }
        self.vm.record_steps = self.options.record_steps;
    }

    /// Everything recorded so far (up to the furthest step run, even after stepping back).
    pub fn trace(&self) -> &crate::trace::Trace {
        match &self.furthest {
            Some(f) => &f.trace,
            None => &self.vm.trace,
        }
    }

    /// A text summary of the VM's state (every coroutine's frames, stacks and locals, the output
    /// and the clock): two sessions in the same state give the same fingerprint.
    pub fn fingerprint(&self) -> String {
        self.vm.fingerprint()
    }

    pub fn is_finished(&self) -> bool {
        self.vm.finished.is_some()
    }

    /// Run up to `max_steps` more instructions; stops early when the program ends.
    pub fn run(&mut self, max_steps: u64) {
        self.start();
        let mut max_steps = max_steps;
        if let Some(furthest) = self.furthest.take() {
            let target = self.vm.steps + max_steps;
            if target >= furthest.steps {
                // Past what is known: continue from the furthest state.
                max_steps = target - furthest.steps;
                self.vm = *furthest;
            } else {
                // Inside what is known: replay (the trace views read stays the furthest one).
                self.furthest = Some(furthest);
                self.replay_to(target);
                return;
            }
        }
        let mut left = max_steps;
        while left > 0 && self.vm.finished.is_none() {
            let chunk = left.min(CHECKPOINT_INTERVAL - self.vm.steps % CHECKPOINT_INTERVAL);
            self.vm.run_steps(chunk);
            left -= chunk;
            // Collect only at checkpoint steps, so a replay from a checkpoint allocates exactly
            // as the first run did.
            if self.vm.steps % CHECKPOINT_INTERVAL == 0 {
                self.vm.maybe_collect();
            }
            self.maybe_checkpoint();
        }
        let vm = &mut self.vm;
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

    /// [`outcome`](Self::outcome) without copying the trace (the session is used up).
    pub fn into_outcome(mut self) -> RunOutcome {
        let trace = match self.furthest.take() {
            Some(mut f) => std::mem::take(&mut f.trace),
            None => std::mem::take(&mut self.vm.trace),
        };
        let vm = &mut self.vm;
        let (exit_code, budget) = match vm.finished {
            Some(Finish::Exited(c)) => (c, false),
            Some(Finish::Budget) => (1, true),
            Some(Finish::Fatal) => (1, false),
            None => (0, false),
        };
        RunOutcome {
            stdout: vm.stdout.text(),
            stdout_not_kept: vm.stdout.not_kept,
            stderr: std::mem::take(&mut vm.stderr),
            exit_code,
            stopped_by_budget: budget,
            trace,
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
            stdout: vm.stdout.text(),
            stdout_not_kept: vm.stdout.not_kept,
            stderr: vm.stderr.clone(),
            exit_code,
            stopped_by_budget: budget,
            trace: self.trace().clone(),
        }
    }
}

/// Run `source` (named `filename` in tracebacks) to its end or to the step budget.
/// Syntax errors come back as Python prints them, on stderr with exit code 1. Of a flood of
/// output, `stdout` holds the last lines (see [`crate::trace::output`]).
pub fn run_source(filename: &str, source: &str, options: &RunOptions) -> RunOutcome {
    run_programs(&[(filename.to_owned(), source.to_owned())], options)
}

/// [`run_source`], but stdout goes to `out` as the program writes it, all of it and in order,
/// as python prints it; the engine keeps none of it (the outcome's `stdout` is empty and its
/// trace has no stdout lines). This is the CLI's `coroscope run`. stderr comes back in the
/// outcome as usual.
pub fn run_source_streaming(
    filename: &str,
    source: &str,
    options: &RunOptions,
    out: Echo,
) -> RunOutcome {
    run_programs_streaming(
        &[(filename.to_owned(), source.to_owned())],
        options,
        Some(out),
    )
}

/// Run several programs on one simulated machine to their ends or to the step budget (see
/// [`Session::new_programs`]). Each entry is `(file name, source)`.
pub fn run_programs(programs: &[(String, String)], options: &RunOptions) -> RunOutcome {
    run_programs_streaming(programs, options, None)
}

/// [`run_programs`], with stdout going to `out` as it is written if it is given (see
/// [`run_source_streaming`]).
pub fn run_programs_streaming(
    programs: &[(String, String)],
    options: &RunOptions,
    out: Option<Echo>,
) -> RunOutcome {
    let session = match programs {
        [(name, source)] => Session::new(name, source, options.clone()).map_err(|e| (0, e)),
        _ => Session::new_programs(programs, options.clone()),
    };
    match session {
        Ok(mut s) => {
            // Nothing seeks back in this run: copies of the VM would only cost time.
            s.checkpointing = false;
            s.vm.stdout.echo = out;
            s.run_to_end();
            s.into_outcome()
        }
        Err((i, e)) => {
            // The file with the syntax error is reported as `python3 FILE` would report it.
            let (name, source) = programs
                .get(i)
                .or(programs.last())
                .map(|(n, s)| (n.as_str(), s.as_str()))
                .unwrap_or_default();
            let stderr = render_error(&e, name, source);
            let mut trace = Trace::default();
            for line in stderr.lines() {
                trace.push(crate::trace::Event {
                    step: 0,
                    clock_ns: 0,
                    kind: EventKind::Stderr(line.to_string()),
                });
            }
            if programs.len() == 1 {
                trace.push(crate::trace::Event {
                    step: 0,
                    clock_ns: 0,
                    kind: EventKind::Exit(1),
                });
            }
            RunOutcome {
                stdout: String::new(),
                stdout_not_kept: 0,
                stderr,
                exit_code: 1,
                stopped_by_budget: false,
                trace,
            }
        }
    }
}

/// Where one coroutine is in the program's own file at the current step (see
/// [`Session::lanes_now`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanePosition {
    /// The coroutine's lane in [`Trace::coros`].
    pub lane: crate::trace::CoroId,
    /// Its line in the main file: the innermost of its frames that belongs to that file.
    pub line: u32,
    /// True for the coroutine that runs the next instruction.
    pub running: bool,
}

/// Read-only views of the VM's state for the web app's source view.
impl Session {
    /// Every live coroutine's current line in the program's own file, read from the VM at the
    /// current step: the running greenlet's frames, each suspended greenlet's frames and each
    /// suspended generator's frame. Frames of other files (the gevent prelude) are skipped, so a
    /// greenlet waiting inside `gevent.sleep` shows the line that called it. A generator's frame
    /// (and whatever it calls) belongs to the generator's lane. Sorted by lane.
    pub fn lanes_now(&self) -> Vec<LanePosition> {
        let vm = &self.vm;
        let mut found: std::collections::BTreeMap<crate::trace::CoroId, (u32, bool)> =
            std::collections::BTreeMap::new();
        // Bottom-up: inner frames overwrite outer ones of the same lane.
        self.visit_frames(|lane, f, innermost, running| {
            if *f.code.filename != *vm.filename {
                return;
            }
            let line = if innermost {
                f.code.line_at(f.ip)
            } else {
                f.line()
            };
            found.insert(lane, (line, running));
        });
        found
            .into_iter()
            .map(|(lane, (line, running))| LanePosition {
                lane,
                line,
                running,
            })
            .collect()
    }
}

/// One Python frame of a coroutine, for the web app's frames panel (see [`Session::frames_now`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrameView {
    /// The function's qualified name (`<module>` for the top level).
    pub function: String,
    /// The file's base name.
    pub file: String,
    /// The line the frame is at: the next instruction's for the running frame, else the line of
    /// the call or yield it waits in.
    pub line: u32,
    /// Its fast locals and cell variables that hold a value, in declaration order, as
    /// `(name, repr)`. Module-level frames keep their names in a dict and show none.
    pub locals: Vec<(String, String)>,
}

/// One coroutine's stack at the current step, innermost frame first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LaneFrames {
    /// The coroutine's lane in [`Trace::coros`].
    pub lane: crate::trace::CoroId,
    /// True for the coroutine that runs the next instruction.
    pub running: bool,
    pub frames: Vec<FrameView>,
}

/// Read-only view of every coroutine's frames, for the web app's frames panel.
impl Session {
    /// Every live coroutine's stack at the current step: the running greenlet's frames, each
    /// suspended greenlet's frames and each suspended generator's frame, walked as
    /// [`Session::lanes_now`] walks them (a generator's frame, and what it calls, belongs to the
    /// generator's lane). The engine's internal frames (`code.is_internal`, the gevent prelude)
    /// are left out. The running coroutine comes first, then the others by lane; a lane whose
    /// frames are all internal is left out.
    pub fn frames_now(&self) -> Vec<LaneFrames> {
        use crate::vm::frame::Frame;
        use crate::vm::heap::Object;

        let vm = &self.vm;
        // lane -> (running, frames outermost first)
        let mut found: std::collections::BTreeMap<crate::trace::CoroId, (bool, Vec<FrameView>)> =
            std::collections::BTreeMap::new();
        let view = |f: &Frame, innermost_running: bool| {
            let mut locals = Vec::new();
            for (name, value) in f.code.varnames.iter().zip(&f.locals) {
                if let Some(v) = value {
                    locals.push((name.to_string(), vm.repr_of(v)));
                }
            }
            for (name, cell) in f.code.cellvars.iter().zip(&f.cells) {
                if let Object::Cell(Some(v)) = vm.heap.get(*cell) {
                    locals.push((name.to_string(), vm.repr_of(v)));
                }
            }
            FrameView {
                function: f.code.qualname.to_string(),
                file: f.code.filename.to_string(),
                line: if innermost_running {
                    f.code.line_at(f.ip)
                } else {
                    f.line()
                },
                locals,
            }
        };
        self.visit_frames(|lane, f, innermost, running| {
            if f.code.is_internal {
                return;
            }
            let entry = found.entry(lane).or_insert((false, Vec::new()));
            entry.0 |= running;
            entry.1.push(view(f, innermost));
        });
        let mut out: Vec<LaneFrames> = found
            .into_iter()
            .map(|(lane, (running, mut frames))| {
                frames.reverse();
                LaneFrames {
                    lane,
                    running,
                    frames,
                }
            })
            .collect();
        // Stable: the running lane first, the rest keep their lane order.
        crate::small_sort::stable_sort_by(&mut out, |a, b| a.running && !b.running);
        out
    }
}

/// Walking every coroutine's frames, shared by the read-only views above.
impl Session {
    /// Call `visit(lane, frame, innermost_running, running_lane)` for every frame of every live
    /// coroutine, outermost first: the running greenlet's frames, then each suspended greenlet's
    /// and each suspended generator's. A generator's frame, and whatever it calls, belongs to the
    /// generator's lane. `innermost_running` marks the frame that runs the next instruction;
    /// `running_lane` marks frames of the lane that runs now.
    fn visit_frames(
        &self,
        mut visit: impl FnMut(crate::trace::CoroId, &crate::vm::frame::Frame, bool, bool),
    ) {
        use crate::vm::frame::{Delivery, Frame};
        use crate::vm::heap::{GenState, GreenletState, Object, Payload};

        let vm = &self.vm;
        let generator_lane = |id| match vm.heap.get(id) {
            Object::Generator(g) if !g.internal => g.lane,
            _ => None,
        };
        let mut walk = |frames: &[Box<Frame>], base: crate::trace::CoroId, running: bool| {
            let mut lane = base;
            for (i, f) in frames.iter().enumerate() {
                if let Delivery::Generator(id, _) = f.delivery {
                    if let Some(l) = generator_lane(id) {
                        lane = l;
                    }
                }
                let innermost = running && i + 1 == frames.len();
                visit(lane, f, innermost, running && lane == vm.lane);
            }
        };
        if vm.finished.is_none() {
            walk(&vm.frames, vm.greenlet_lane(vm.current), true);
        }
        for o in &vm.heap.objects {
            match o {
                Object::Instance(inst) => {
                    if let Payload::Greenlet(g) = &inst.payload {
                        if g.state == GreenletState::Suspended && !g.frames.is_empty() {
                            walk(&g.frames, g.lane, false);
                        }
                    }
                }
                Object::Generator(g) if g.state == GenState::Suspended && !g.internal => {
                    if let (Some(frame), Some(lane)) = (&g.frame, g.lane) {
                        walk(std::slice::from_ref(frame), lane, false);
                    }
                }
                _ => {}
            }
        }
    }
}

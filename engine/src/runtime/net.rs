//! The simulated machine. The network itself (sockets, epoll, the loopback) is Python in
//! `py/socket.py`; what needs the VM is here: the hooks of the simulated thread scheduler
//! (`py/threading.py`), several programs as processes on one machine (below), and the end of a
//! run that can never make progress again.
//!
//! Threads without gevent are greenlets that `threading.py` schedules preemptively. The VM counts
//! instructions: when the running thread's time slice ([`Vm::preempt_at`]) is over, the next
//! instruction boundary in user code calls the scheduler's `_preempt()` as if the program had
//! called it there (its result is dropped), so preemption is Python code like any blocking
//! call, and a thread switch is a greenlet switch, marked [`SwitchReason::Preempted`] when the
//! time slice ran out (a thread that waits switches away like a greenlet).

use std::rc::Rc;

use super::builtins::{ret, R};
use crate::trace::{CoroKind, EventKind, SwitchReason};
use crate::vm::coroutine::SwitchIn;
use crate::vm::frame::Delivery;
use crate::vm::value::Value;
use crate::vm::{Args, Finish, Outcome, PyResult, Vm};

impl Vm {
    /// The running thread's time slice is over: run the scheduler's `_preempt()` on top of the
    /// current frame. Deferred (to the next instruction) while the engine's own Python code runs:
    /// the scheduler, gevent and the socket layer are never interrupted half-way.
    ///
    /// With several programs, the same deadline also ends the running process's slice
    /// ([`PROCESS_SLICE_STEPS`]): the machine goes to the next program, at any instruction.
    #[cold]
    pub fn preempt(&mut self) {
        if self.finished.is_some() {
            return;
        }
        if let Some(m) = self.machine.as_mut() {
            if !m.parked.is_empty() && self.steps >= m.process_at {
                self.yield_process();
                return;
            }
        }
        let thread_at = match &self.machine {
            Some(m) => m.thread_at,
            None => self.preempt_at,
        };
        if self.steps < thread_at {
            self.rearm();
            return;
        }
        let Some(frame) = self.frames.last() else {
            return;
        };
        if frame.code.is_internal {
            return;
        }
        self.set_thread_deadline(u64::MAX);
        let Some(hooks) = self.thread_hooks.clone() else {
            return;
        };
        if let Err(e) = self.call_value(hooks.0.clone(), Args::default(), Delivery::Discard) {
            self.raise(e);
        }
    }

    /// When the running thread's slice ends (`u64::MAX`: never).
    fn set_thread_deadline(&mut self, at: u64) {
        match self.machine.as_mut() {
            Some(m) => {
                m.thread_at = at;
                self.rearm();
            }
            None => self.preempt_at = at,
        }
    }

    fn thread_deadline(&self) -> u64 {
        match &self.machine {
            Some(m) => m.thread_at,
            None => self.preempt_at,
        }
    }

    /// `preempt_at`: the sooner of the thread's and the process's deadlines.
    fn rearm(&mut self) {
        if let Some(m) = &self.machine {
            let process_at = if m.parked.is_empty() {
                u64::MAX
            } else {
                m.process_at
            };
            self.preempt_at = m.thread_at.min(process_at);
        }
    }
}

/// `_coroscope.set_thread_hooks(preempt, sleep)`: threads exist; `time.sleep` now goes through
/// the scheduler's `sleep`.
pub fn co_set_thread_hooks(vm: &mut Vm, a: Args) -> R {
    if let (Some(p), Some(s)) = (a.pos.first(), a.pos.get(1)) {
        vm.thread_hooks = Some(Rc::new((p.clone(), s.clone())));
    }
    ret(Value::None)
}

/// `_coroscope.set_slice(n)`: the running thread may run `n` more instructions before it is
/// preempted; `0` turns preemption off (no other thread could run).
pub fn co_set_slice(vm: &mut Vm, a: Args) -> R {
    let n = match a.pos.first() {
        Some(Value::Int(n)) => *n,
        _ => 0,
    };
    let at = if n > 0 {
        vm.steps.saturating_add(n as u64)
    } else {
        u64::MAX
    };
    vm.set_thread_deadline(at);
    ret(Value::None)
}

/// `_coroscope.thread_switch(g, preempted)`: the scheduler hands the CPU to another thread (its
/// greenlet). `preempted` is true when the running thread's time slice is over
/// ([`SwitchReason::Preempted`]); a thread that waits (sleep, lock, join, socket) gives the CPU
/// away itself ([`SwitchReason::Switch`]).
pub fn co_thread_switch(vm: &mut Vm, a: Args) -> R {
    let Some(Value::Obj(g)) = a.pos.first().cloned() else {
        return Err(vm.type_error("thread_switch(greenlet)"));
    };
    if vm.greenlet(g).is_none() {
        return Err(vm.type_error("thread_switch(greenlet)"));
    }
    let reason = match a.pos.get(1) {
        Some(Value::Bool(true)) => SwitchReason::Preempted,
        _ => SwitchReason::Switch,
    };
    vm.switch_greenlet(g, SwitchIn::Args(Args::default()), reason);
    Ok(Outcome::Done)
}

/// `_coroscope.mark_thread(g)`: `g`'s lane is a simulated thread.
pub fn co_mark_thread(vm: &mut Vm, a: Args) -> R {
    if let Some(Value::Obj(g)) = a.pos.first() {
        if vm.greenlet(*g).is_some() {
            let lane = vm.greenlet_lane(*g);
            if let Some(info) = vm.trace.coros.get_mut(lane as usize) {
                info.kind = CoroKind::Thread;
            }
        }
    }
    ret(Value::None)
}

/// `_coroscope.print_thread_failure(name, exc, overridden_run)`: what CPython's
/// `threading.excepthook` prints for an exception that ends a thread.
pub fn co_print_thread_failure(vm: &mut Vm, a: Args) -> R {
    let name = match a.pos.first() {
        Some(Value::Str(s)) => s.to_string(),
        _ => String::new(),
    };
    let exc = a.pos.get(1).cloned().unwrap_or(Value::None);
    let overridden_run = matches!(a.pos.get(2), Some(Value::Bool(true)));
    let report = vm.format_exception(&exc);
    let header = "Traceback (most recent call last):\n";
    let lib = "/usr/lib/python3.11/threading.py";
    let mut frames = format!("  File \"{lib}\", line 1045, in _bootstrap_inner\n    self.run()\n");
    if !overridden_run {
        frames.push_str(&format!(
            "  File \"{lib}\", line 982, in run\n    self._target(*self._args, **self._kwargs)\n"
        ));
    }
    let body = match report.strip_prefix(header) {
        Some(rest) => format!("{header}{frames}{rest}"),
        None => format!("{header}{frames}{report}"),
    };
    let text = format!("Exception in thread {name}:\n{body}");
    vm.write_stderr(&text);
    ret(Value::None)
}

/// `_coroscope.block_forever(why)`: nothing can ever run again (every thread waits for
/// something no one will do). A real program would hang; the run stops here with a note.
pub fn co_block_forever(vm: &mut Vm, a: Args) -> R {
    let why = match a.pos.first() {
        Some(Value::Str(s)) => s.to_string(),
        _ => "every thread is blocked".to_string(),
    };
    vm.write_stderr(&format!(
        "coroscope: {why}: the program would wait forever; the run stops here\n"
    ));
    vm.event(EventKind::BudgetExhausted);
    vm.finished = Some(Finish::Budget);
    ret(Value::None)
}

// ---------------------------------------------------------------------------- several programs
//
// `coroscope run server.py client.py`: each program is a process with its own main greenlet,
// globals, `sys.modules` (so its own gevent hub, monkey-patching and threads) and lanes, on one
// simulated machine: one clock, one console, one network (socket.py keeps the network in
// `_coroscope.shared('net')`). One process runs at a time: until it must wait for something only
// another process can do (its hub has nothing ready, all its threads are blocked, or its only
// thread waits on a socket), or until its slice of PROCESS_SLICE_STEPS instructions is over;
// then the next process runs, round-robin. The trace shows that hand-over as a preemptive
// switch between the two programs' lanes. A process that ends leaves the others running; the
// run ends when all have
// ended, or at the step budget.

/// A program parked while another one runs.
#[derive(Clone)]
pub struct Process {
    pub frames: Vec<Box<crate::vm::frame::Frame>>,
    pub current: crate::vm::value::ObjId,
    pub lane: crate::trace::CoroId,
    pub main_greenlet: crate::vm::value::ObjId,
    pub modules: indexmap::IndexMap<Rc<str>, Value, crate::vm::dict::FxBuild>,
    pub main_globals: crate::vm::value::ObjId,
    pub filename: Rc<str>,
    pub source_lines: Rc<Vec<String>>,
    pub warnings_shown: Vec<String>,
    pub patched: Vec<String>,
    pub exit_hooks: Vec<Value>,
    pub main_exited: bool,
    pub thread_hooks: Option<Rc<(Value, Value)>>,
    pub preempt_at: u64,
    /// It waits: for the clock to reach this (picoseconds; `u64::MAX`: for another program).
    /// `None`: it can run.
    pub idle_until: Option<u64>,
    /// Its wait ends only with the clock (a `time.sleep`), not with network activity.
    pub hard_idle: bool,
    pub exit_code: i32,
}

/// Instructions a program runs before the machine goes to the next one (when it does not wait
/// before that).
pub const PROCESS_SLICE_STEPS: u64 = 20_000;

/// The other programs of a multi-program run, and what they share.
#[derive(Clone, Default)]
pub struct Machine {
    /// When the running process's slice ends.
    pub process_at: u64,
    /// When the running process's running thread's slice ends (threading.py).
    pub thread_at: u64,
    /// Parked processes, in the order they get the machine.
    pub parked: std::collections::VecDeque<Process>,
    /// Machine-wide Python objects by name (`net`: the network).
    pub shared: Vec<(Rc<str>, Value)>,
    /// Exit codes of the processes that ended.
    pub exit_codes: Vec<i32>,
}

impl Machine {
    fn new(thread_at: u64) -> Machine {
        Machine {
            process_at: 0,
            thread_at,
            ..Default::default()
        }
    }
}

impl Machine {
    /// Every value a parked process (but its frames) or the machine holds: GC roots.
    pub fn roots(&self, vals: &mut Vec<Value>, ids: &mut Vec<crate::vm::value::ObjId>) {
        for (_, v) in &self.shared {
            vals.push(v.clone());
        }
        for p in &self.parked {
            ids.push(p.current);
            ids.push(p.main_greenlet);
            ids.push(p.main_globals);
            vals.extend(p.modules.values().cloned());
            vals.extend(p.exit_hooks.iter().cloned());
            if let Some(h) = &p.thread_hooks {
                vals.push(h.0.clone());
                vals.push(h.1.clone());
            }
        }
    }
}

impl Vm {
    fn park_process(&mut self) -> Process {
        Process {
            frames: std::mem::take(&mut self.frames),
            current: self.current,
            lane: self.lane,
            main_greenlet: self.main_greenlet,
            modules: std::mem::take(&mut self.modules),
            main_globals: self.main_globals,
            filename: self.filename.clone(),
            source_lines: self.source_lines.clone(),
            warnings_shown: std::mem::take(&mut self.warnings_shown),
            patched: std::mem::take(&mut self.patched),
            exit_hooks: std::mem::take(&mut self.exit_hooks),
            main_exited: self.main_exited,
            thread_hooks: self.thread_hooks.take(),
            preempt_at: self.thread_deadline(),
            idle_until: None,
            hard_idle: false,
            exit_code: self.exit_code,
        }
    }

    fn load_process(&mut self, p: Process) {
        self.frames = p.frames;
        self.current = p.current;
        self.lane = p.lane;
        self.main_greenlet = p.main_greenlet;
        self.modules = p.modules;
        self.main_globals = p.main_globals;
        self.filename = p.filename;
        self.source_lines = p.source_lines;
        self.warnings_shown = p.warnings_shown;
        self.patched = p.patched;
        self.exit_hooks = p.exit_hooks;
        self.main_exited = p.main_exited;
        self.thread_hooks = p.thread_hooks;
        self.exit_code = p.exit_code;
        // A fresh slice for the program that gets the machine.
        let steps = self.steps;
        if let Some(m) = self.machine.as_mut() {
            m.thread_at = p.preempt_at;
            m.process_at = steps.saturating_add(PROCESS_SLICE_STEPS);
        }
        self.rearm();
    }

    /// Add another program to the machine: it starts when the running ones first yield.
    pub fn add_process(&mut self, filename: &str, code: Rc<crate::lang::op::Code>, source: &str) {
        let label = format!("main:{filename}");
        self.trace.coros.push(crate::trace::CoroInfo {
            label,
            kind: CoroKind::Main,
        });
        let lane = (self.trace.coros.len() - 1) as crate::trace::CoroId;
        let mut payload = self.new_greenlet_payload(None, None);
        // `new_greenlet_payload` made a lane of its own: use the `main:` one instead.
        self.trace.coros.pop();
        payload.lane = lane;
        payload.label_pending = false;
        payload.state = crate::vm::heap::GreenletState::Running;
        let main_greenlet = self.alloc(crate::vm::heap::Object::Instance(
            crate::vm::heap::Instance {
                class: self.types.greenlet,
                dict: Default::default(),
                payload: crate::vm::heap::Payload::Greenlet(Box::new(payload)),
            },
        ));
        let globals = self.new_dict();
        let name: Rc<str> = Rc::from(filename);
        self.dict_set_str(globals, Rc::from("__name__"), Value::str("__main__"));
        self.dict_set_str(globals, Rc::from("__file__"), Value::Str(name.clone()));
        self.dict_set_str(globals, Rc::from("__builtins__"), Value::Obj(self.builtins));
        let frame = crate::vm::frame::Frame::new(code, globals, None, Delivery::Main);
        let p = Process {
            frames: vec![frame],
            current: main_greenlet,
            lane,
            main_greenlet,
            modules: Default::default(),
            main_globals: globals,
            filename: name,
            source_lines: Rc::new(source.lines().map(|l| l.to_string()).collect()),
            warnings_shown: Default::default(),
            patched: Default::default(),
            exit_hooks: Vec::new(),
            main_exited: false,
            thread_hooks: None,
            preempt_at: u64::MAX,
            idle_until: None,
            hard_idle: false,
            exit_code: 0,
        };
        if self.machine.is_none() {
            self.machine = Some(Box::new(Machine::new(self.preempt_at)));
        }
        let steps = self.steps;
        if let Some(m) = self.machine.as_mut() {
            m.parked.push_back(p);
            m.process_at = steps.saturating_add(PROCESS_SLICE_STEPS);
        }
        self.rearm();
    }

    /// Give the machine to the next parked process (the running one goes to the back).
    /// False when there is no other process.
    pub fn yield_process(&mut self) -> bool {
        match self.pick_process(u64::MAX) {
            Pick::Other(i) => self.switch_process(i, None, false),
            _ => {
                // Every other program waits: this one keeps the machine for another slice.
                let steps = self.steps;
                if let Some(m) = self.machine.as_mut() {
                    m.process_at = steps.saturating_add(PROCESS_SLICE_STEPS);
                }
                self.rearm();
                false
            }
        }
    }

    /// Which program runs next, when the running one would wait until `until` (`u64::MAX`:
    /// for another program): the first that can run; else, the clock jumps to the soonest
    /// wake-up (this one's included).
    fn pick_process(&mut self, until: u64) -> Pick {
        let Some(m) = self.machine.as_ref() else {
            return if until == u64::MAX {
                Pick::Never
            } else {
                Pick::Mine
            };
        };
        let now = self.clock_ps;
        if let Some(i) = m
            .parked
            .iter()
            .position(|p| p.idle_until.is_none_or(|t| t <= now))
        {
            return Pick::Other(i);
        }
        let soonest = m
            .parked
            .iter()
            .enumerate()
            .map(|(i, p)| (i, p.idle_until.unwrap_or(u64::MAX)))
            .min_by_key(|(_, t)| *t);
        match soonest {
            Some((i, t)) if t < until => {
                if t != u64::MAX {
                    self.clock_ps = self.clock_ps.max(t);
                }
                Pick::Other(i)
            }
            _ if until == u64::MAX => Pick::Never,
            _ => Pick::Mine,
        }
    }

    /// Park the running process (waiting until `idle_until`, if given) and run parked process
    /// `i`. Without `idle_until` the running process's slice is over: it is preempted; with it,
    /// it waits, and gives the machine away itself.
    fn switch_process(&mut self, i: usize, idle_until: Option<u64>, hard: bool) -> bool {
        let Some(next) = self.machine.as_mut().and_then(|m| m.parked.remove(i)) else {
            return false;
        };
        let from = self.lane;
        let mut me = self.park_process();
        me.idle_until = idle_until;
        me.hard_idle = hard;
        if let Some(m) = self.machine.as_mut() {
            m.parked.push_back(me);
        }
        self.load_process(next);
        let to = self.lane;
        self.event(EventKind::Switch {
            from,
            to,
            reason: if idle_until.is_none() {
                SwitchReason::Preempted
            } else {
                SwitchReason::Switch
            },
            value: None,
        });
        true
    }

    /// The running process ended with `code`. True when another process takes over (the run
    /// goes on); false when it was the last.
    pub fn process_exited(&mut self, code: i32) -> bool {
        if self.machine.as_ref().is_none_or(|m| m.parked.is_empty()) {
            return false;
        }
        let i = match self.pick_process(u64::MAX) {
            Pick::Other(i) => i,
            _ => 0, // every program waits for another: the next one finds out
        };
        let Some(next) = self.machine.as_mut().and_then(|m| m.parked.remove(i)) else {
            return false;
        };
        if let Some(m) = self.machine.as_mut() {
            m.exit_codes.push(code);
        }
        let from = self.lane;
        let _ = self.park_process();
        self.load_process(next);
        let to = self.lane;
        self.event(EventKind::Switch {
            from,
            to,
            reason: SwitchReason::Finished,
            value: None,
        });
        true
    }

    /// The run's exit code when the last program ends with `code`: the first failure of all.
    pub fn machine_exit_code(&self, code: i32) -> i32 {
        let earlier = self
            .machine
            .as_ref()
            .and_then(|m| m.exit_codes.iter().copied().find(|&c| c != 0));
        match earlier {
            Some(c) if code == 0 => c,
            _ => code,
        }
    }

    /// `time.sleep` without threads while other programs share the machine: this program
    /// waits for the clock (and only the clock); the others run meanwhile.
    pub fn sleep_on_machine(&mut self, until: u64) -> PyResult<Outcome> {
        match self.pick_process(until) {
            Pick::Other(i) => {
                self.push_result(Value::None);
                self.switch_process(i, Some(until), true);
                Ok(Outcome::Done)
            }
            _ => {
                self.clock_ps = self.clock_ps.max(until);
                ret(Value::None)
            }
        }
    }
}

/// What [`Vm::pick_process`] decided.
enum Pick {
    /// Run parked process `i`.
    Other(usize),
    /// Go on: the running program's wait is over (the clock moved).
    Mine,
    /// Every program waits for another: nothing will ever happen.
    Never,
}

/// `_coroscope.machine_yield()`: this program must wait for another one; True once it runs
/// again (something may have changed), False if it is alone on the machine.
pub fn co_machine_yield(vm: &mut Vm, _a: Args) -> R {
    idle_until(vm, u64::MAX, true)
}

/// `_coroscope.idle_until(t)`: the running program has nothing to do until the clock reads `t`
/// seconds (its next timer or sleeper). Alone, the clock jumps to `t`. With other programs,
/// those that can run run first; when every program waits, the clock jumps to the soonest
/// wake-up and that program runs. Returns 1 when the clock reached `t`, 2 when another program
/// ran (look again), 0 when nothing will ever happen (every program waits for another).
pub fn co_idle_until(vm: &mut Vm, a: Args) -> R {
    let t = match a.pos.first() {
        Some(Value::Int(i)) => *i as f64,
        Some(Value::Float(f)) => *f,
        _ => return Err(vm.type_error("idle_until(seconds)")),
    };
    let ps = (t * 1e12).ceil().clamp(0.0, 1.8e19) as u64;
    idle_until(vm, ps, false)
}

fn idle_until(vm: &mut Vm, until: u64, boolean: bool) -> R {
    let answer = |code: i64| {
        ret(if boolean {
            Value::Bool(code != 0)
        } else {
            Value::Int(code)
        })
    };
    match vm.pick_process(until) {
        Pick::Never => answer(0),
        Pick::Mine => {
            vm.clock_ps = vm.clock_ps.max(until);
            answer(1)
        }
        Pick::Other(i) => {
            // The result is delivered now, to the frame that resumes later.
            vm.push_result(if boolean {
                Value::Bool(true)
            } else {
                Value::Int(2)
            });
            vm.switch_process(i, Some(until), false);
            Ok(Outcome::Done)
        }
    }
}

/// `_coroscope.net_event()`: a socket changed; every waiting program may have something to do
/// now (it looks again when it next runs).
pub fn co_net_event(vm: &mut Vm, _a: Args) -> R {
    if let Some(m) = vm.machine.as_mut() {
        for p in m.parked.iter_mut().filter(|p| !p.hard_idle) {
            p.idle_until = None;
        }
    }
    ret(Value::None)
}

/// `_coroscope.shared(name)`: a machine-wide object, or None.
pub fn co_shared(vm: &mut Vm, a: Args) -> R {
    let Some(Value::Str(name)) = a.pos.first() else {
        return ret(Value::None);
    };
    let v = vm.machine.as_ref().and_then(|m| {
        m.shared
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    });
    ret(v.unwrap_or(Value::None))
}

/// `_coroscope.set_shared(name, value)`: make `value` machine-wide (only with several programs).
pub fn co_set_shared(vm: &mut Vm, a: Args) -> R {
    if let (Some(Value::Str(name)), Some(v)) = (a.pos.first(), a.pos.get(1)) {
        if let Some(m) = vm.machine.as_mut() {
            m.shared.retain(|(k, _)| k != name);
            m.shared.push((name.clone(), v.clone()));
        }
    }
    ret(Value::None)
}

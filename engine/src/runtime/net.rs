//! The simulated machine's natives. The network itself (sockets, epoll, the loopback) is Python
//! in `py/socket.py`; what needs the VM is here: the hooks of the simulated thread scheduler
//! (`py/threading.py`) and the end of a run that can never make progress again.
//!
//! Threads without gevent are greenlets that `threading.py` schedules preemptively. The VM counts
//! instructions: when the running thread's time slice ([`Vm::preempt_at`]) is over, the next
//! instruction boundary in user code calls the scheduler's `_preempt()` as if the program had
//! called it there (its result is dropped), so preemption is Python code like any blocking
//! call, and a thread switch is a greenlet switch marked [`SwitchReason::Preempted`].

use std::rc::Rc;

use super::builtins::{ret, R};
use crate::trace::{CoroKind, EventKind, SwitchReason};
use crate::vm::coroutine::SwitchIn;
use crate::vm::frame::Delivery;
use crate::vm::value::Value;
use crate::vm::{Args, Finish, Outcome, Vm};

impl Vm {
    /// The running thread's time slice is over: run the scheduler's `_preempt()` on top of the
    /// current frame. Deferred (to the next instruction) while the engine's own Python code runs:
    /// the scheduler, gevent and the socket layer are never interrupted half-way.
    #[cold]
    pub fn preempt(&mut self) {
        let Some(frame) = self.frames.last() else {
            return;
        };
        if frame.code.is_internal || self.finished.is_some() {
            return;
        }
        self.preempt_at = u64::MAX;
        let Some(hooks) = self.thread_hooks.clone() else {
            return;
        };
        if let Err(e) = self.call_value(hooks.0.clone(), Args::default(), Delivery::Discard) {
            self.raise(e);
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
    vm.preempt_at = if n > 0 {
        vm.steps.saturating_add(n as u64)
    } else {
        u64::MAX
    };
    ret(Value::None)
}

/// `_coroscope.thread_switch(g)`: the scheduler hands the CPU to another thread (its greenlet).
pub fn co_thread_switch(vm: &mut Vm, a: Args) -> R {
    let Some(Value::Obj(g)) = a.pos.first().cloned() else {
        return Err(vm.type_error("thread_switch(greenlet)"));
    };
    if vm.greenlet(g).is_none() {
        return Err(vm.type_error("thread_switch(greenlet)"));
    }
    vm.switch_greenlet(g, SwitchIn::Args(Args::default()), SwitchReason::Preempted);
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

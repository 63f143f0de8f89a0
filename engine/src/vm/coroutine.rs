//! Coroutines: resuming and suspending generators, and switching greenlets.
//!
//! A generator's single frame moves onto the stack of whoever resumes it and back into the
//! generator when it yields. A greenlet owns a whole frame stack: a switch parks the running
//! greenlet's frames in its object and takes the target's out. Neither is a Rust call, so the VM
//! can stop after any instruction, whichever coroutine runs.
//!
//! Every transfer is recorded in the trace in the oracle's vocabulary (`switch`, `throw`,
//! `gen-resume`, `gen-yield`, `gen-return`, `gen-raise`).

use super::frame::{Delivery, ResumeMode};
use super::heap::{GenState, Generator, Greenlet, GreenletState, Object, Payload};
use super::value::{ObjId, Value};
use super::{cost, Args, Finish, Vm};
use crate::lang::op::Op;
use crate::trace::{CoroKind, EventKind, SwitchReason, ValueRepr};

/// What a resumed generator receives.
pub enum GenInput {
    Send(Value),
    Throw(Value),
}

/// What a greenlet receives when switched to.
pub enum SwitchIn {
    /// `switch(*args, **kwargs)`: the arguments for `run` on the first switch, else the value the
    /// target's pending `switch()` returns.
    Args(Args),
    /// A finished greenlet's return value, delivered to its parent.
    Value(Value),
    /// An exception raised in the target where it waits (`throw`, or a child's failure).
    Throw(Value),
}

/// `repr` cut to 80 characters, as the oracle's tracer does.
fn short_repr(text: String) -> String {
    if text.len() <= 80 && !text.contains('\n') {
        return text;
    }
    let text = text.replace('\n', "\\n");
    if text.chars().count() <= 80 {
        text
    } else {
        let mut s: String = text.chars().take(77).collect();
        s.push_str("...");
        s
    }
}

/// [`Vm::is_resumable`], for code that holds the heap borrowed.
#[inline(always)]
pub(super) fn is_resumable(heap: &super::heap::Heap, gen: ObjId) -> bool {
    matches!(
        heap.objects.get(gen.0 as usize),
        Some(Object::Generator(g)) if g.state == GenState::Suspended
            && g.frame.is_some()
            && (g.internal || g.lane.is_some())
    )
}

impl Vm {
    /// The repr a trace event carries: `short_repr(repr(v))`, with the common cases built
    /// directly.
    fn trace_repr(&self, v: &Value) -> String {
        match v {
            Value::Int(i) => {
                // Decimal digits by hand: `format!` costs more than the rest of a transfer.
                let mut buf = [0u8; 21];
                let mut at = buf.len();
                let mut n = i.unsigned_abs();
                loop {
                    at -= 1;
                    buf[at] = b'0' + (n % 10) as u8;
                    n /= 10;
                    if n == 0 {
                        break;
                    }
                }
                if *i < 0 {
                    at -= 1;
                    buf[at] = b'-';
                }
                String::from(std::str::from_utf8(&buf[at..]).unwrap_or_default())
            }
            Value::None => String::from("None"),
            _ => short_repr(self.repr_of(v)),
        }
    }

    /// The repr a generator event carries: ints and `None` as they are (written out only when
    /// shown), anything else as `short_repr(repr(v))`.
    fn event_repr(&self, v: &Value) -> ValueRepr {
        match v {
            Value::Int(i) => ValueRepr::Int(*i),
            Value::None => ValueRepr::None,
            _ => ValueRepr::Text(short_repr(self.repr_of(v))),
        }
    }

    /// The generator object `gen` (inlined: a resume and a yield look it up four times).
    #[inline(always)]
    fn generator(&mut self, gen: ObjId) -> Option<&mut super::heap::Generator> {
        match self.heap.objects.get_mut(gen.0 as usize) {
            Some(Object::Generator(g)) => Some(g),
            _ => None,
        }
    }

    pub fn greenlet(&self, g: ObjId) -> Option<&Greenlet> {
        match self.heap.get(g) {
            Object::Instance(inst) => match &inst.payload {
                Payload::Greenlet(gl) => Some(gl),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn greenlet_mut(&mut self, g: ObjId) -> Option<&mut Greenlet> {
        match self.heap.get_mut(g) {
            Object::Instance(inst) => match &mut inst.payload {
                Payload::Greenlet(gl) => Some(gl),
                _ => None,
            },
            _ => None,
        }
    }

    /// Recompute which lane runs: the innermost generator frame's, else the greenlet's.
    pub fn refresh_lane(&mut self) {
        let mut lane = None;
        for f in self.frames.iter().rev() {
            if let Delivery::Generator(g, _) = f.delivery {
                // Prelude generators have no lane of their own (see `resume_generator`).
                if let Object::Generator(Generator { lane: Some(l), .. }) = self.heap.get(g) {
                    lane = Some(*l);
                    break;
                }
            }
        }
        self.lane = lane.unwrap_or_else(|| self.greenlet_lane(self.current));
    }

    /// Push a value on the running frame's stack (the result of the call that is waiting).
    pub fn push_result(&mut self, v: Value) {
        if let Some(f) = self.frames.last_mut() {
            f.stack.push(v);
        }
    }

    // ------------------------------------------------------------------ generators

    /// Resume `gen` on top of the running frames.
    pub fn resume_generator(
        &mut self,
        gen: ObjId,
        input: GenInput,
        mode: ResumeMode,
    ) -> super::PyResult<()> {
        let input = match input {
            GenInput::Send(v) if self.is_resumable(gen) => {
                self.resume_suspended(gen, v, mode, false);
                return Ok(());
            }
            input => input,
        };
        let Some(g) = self.generator(gen) else {
            return Err(self.type_error("not a generator"));
        };
        match g.state {
            GenState::Running => return Err(self.value_error("generator already executing")),
            GenState::Finished => {
                return match (input, mode) {
                    (GenInput::Throw(e), _) => Err(e),
                    (_, ResumeMode::Close) => {
                        self.push_result(Value::None);
                        Ok(())
                    }
                    (_, ResumeMode::Finalize) => Ok(()),
                    (_, ResumeMode::ForIter) => {
                        self.end_for_loop();
                        Ok(())
                    }
                    (_, ResumeMode::YieldFrom) => {
                        if let Some(f) = self.frames.last_mut() {
                            f.stack.pop();
                            f.stack.push(Value::None);
                        }
                        Ok(())
                    }
                    (_, ResumeMode::Send) => {
                        Err(self.new_exception(self.exc.stop_iteration, Vec::new()))
                    }
                };
            }
            GenState::Created => {
                if let GenInput::Send(v) = &input {
                    if !v.is_none() {
                        return Err(self
                            .type_error("can't send non-None value to a just-started generator"));
                    }
                }
            }
            GenState::Suspended => {}
        }
        let was_created = g.state == GenState::Created;
        // A prelude generator stands for a C iterator: no lane, no events, no transfer cost;
        // what it runs shows in the lane of whoever resumed it.
        let lane = match (g.internal, g.lane) {
            (true, _) => None,
            (false, Some(l)) => Some(l),
            (false, None) => {
                let name = g.name.clone();
                let l = self.new_lane(&name, CoroKind::Generator);
                if let Some(g) = self.generator(gen) {
                    g.lane = Some(l);
                }
                Some(l)
            }
        };
        let resumer_lane = self.lane;
        let Some(g) = self.generator(gen) else {
            return Ok(());
        };
        g.resumer_lane = resumer_lane;
        // The frame's box goes onto the stack (a pointer moves, not the frame).
        let Some(frame) = g.frame.take() else {
            return Err(self.value_error("generator already executing"));
        };
        g.state = GenState::Running;
        self.frames.push(frame);
        let Some(frame) = self.frames.last_mut() else {
            return Ok(());
        };
        match &mut frame.delivery {
            // (no drop of the old value on the common path)
            Delivery::Generator(g, m) => (*g, *m) = (gen, mode),
            d => *d = Delivery::Generator(gen, mode),
        }
        match input {
            GenInput::Send(v) => {
                if !was_created {
                    frame.stack.push(v);
                }
                self.note_generator_resumed(lane);
            }
            GenInput::Throw(e) => {
                // Suspended inside `yield from` a generator: the exception goes to the innermost one.
                let delegate = match (frame.code.ops.get(frame.ip), frame.stack.last()) {
                    (Some(Op::YieldFrom), Some(Value::Obj(sub))) => Some(*sub),
                    _ => None,
                }
                .filter(|sub| matches!(self.heap.get(*sub), Object::Generator(_)));
                self.note_generator_resumed(lane);
                match delegate {
                    Some(sub) => {
                        if let Err(e) =
                            self.resume_generator(sub, GenInput::Throw(e), ResumeMode::YieldFrom)
                        {
                            self.raise(e);
                        }
                    }
                    None => {
                        if was_created {
                            // Thrown before it started: the frame ends at once.
                            if let Some(f) = self.frames.last_mut() {
                                f.ip = 0;
                            }
                        }
                        self.raise(e)
                    }
                }
            }
        }
        Ok(())
    }

    /// Whether `gen` is a suspended generator that [`resume_suspended`](Self::resume_suspended)
    /// can resume (what most resumes are: every one after the first).
    #[inline(always)]
    pub(super) fn is_resumable(&self, gen: ObjId) -> bool {
        is_resumable(&self.heap, gen)
    }

    /// [`resume_generator`](Self::resume_generator) of a generator that
    /// [`is_resumable`](Self::is_resumable), sent `v`: the same steps, without the cases that
    /// cannot arise (not started, finished, running, a throw, no lane yet).
    ///
    /// With `may_store` (a burst with a step to spare: the caller counts it), when the
    /// generator's next op is `STORE_FAST` to a local that holds nothing to free (`x = yield`),
    /// `v` goes straight into that local and the store has run; returns whether it did. Else `v`
    /// is pushed, as the sent value always is.
    #[inline(always)]
    pub(super) fn resume_suspended(
        &mut self,
        gen: ObjId,
        v: Value,
        mode: ResumeMode,
        may_store: bool,
    ) -> bool {
        let resumer_lane = self.lane;
        let Some(Object::Generator(g)) = self.heap.objects.get_mut(gen.0 as usize) else {
            return false;
        };
        let Some(mut frame) = g.frame.take() else {
            return false;
        };
        g.state = GenState::Running;
        g.resumer_lane = resumer_lane;
        let lane = if g.internal { None } else { g.lane };
        match &mut frame.delivery {
            // (no drop of the old value on the common path)
            Delivery::Generator(g, m) => (*g, *m) = (gen, mode),
            d => *d = Delivery::Generator(gen, mode),
        }
        let store_into = match (may_store, frame.code.ops.get(frame.ip)) {
            (true, Some(&Op::StoreFast(k))) => match frame.locals.get_mut(k as usize) {
                Some(slot @ (None | Some(Value::Int(_) | Value::None | Value::Bool(_)))) => {
                    Some(slot)
                }
                _ => None,
            },
            _ => None,
        };
        let stored = match store_into {
            Some(slot) => {
                // What it held needs no drop (checked above).
                std::mem::forget(slot.replace(v));
                true
            }
            None => {
                frame.stack.push(v);
                false
            }
        };
        if stored {
            frame.ip += 1;
        }
        self.frames.push(frame);
        self.note_generator_resumed(lane);
        stored
    }

    /// A generator with lane `lane` (`None` for a prelude one) was resumed: its `gen-resume`
    /// event and cost, and its lane now runs.
    #[inline(always)]
    fn note_generator_resumed(&mut self, lane: Option<crate::trace::CoroId>) {
        if let Some(lane) = lane {
            self.event_with(|_| EventKind::GenResume { gen: lane });
            self.clock_ps += cost::GENERATOR_TRANSFER_PS;
            self.lane = lane;
        }
    }

    /// [`generator_yield`](Self::generator_yield), with the common case written out inline: a
    /// generator resumed by `send`, `next` or a `for` loop hands `v` to whoever resumed it.
    ///
    /// With `may_pop` (a burst with a step to spare: the caller counts it), when `v` is an int,
    /// a bool or `None` and the resumer's next op is `POP` (`g.send(x)` as a statement), `v` is
    /// not pushed and the `POP` has run; returns whether it did.
    #[inline(always)]
    pub(super) fn yield_value(&mut self, v: Value, may_pop: bool) -> bool {
        let Some(frame) = self.frames.last() else {
            self.generator_yield(v);
            return false;
        };
        let Delivery::Generator(gen, ResumeMode::Send | ResumeMode::ForIter) = frame.delivery
        else {
            self.generator_yield(v);
            return false;
        };
        let Some(Object::Generator(g)) = self.heap.objects.get_mut(gen.0 as usize) else {
            self.generator_yield(v);
            return false;
        };
        // A running generator holds no frame: nothing to drop (no call of the out-of-line
        // drop at the page's opt-level).
        if let Some(old) = std::mem::replace(&mut g.frame, self.frames.pop()) {
            drop(old);
        }
        g.state = GenState::Suspended;
        let (lane, resumer_lane) = (g.lane, g.resumer_lane);
        if let Some(lane) = lane {
            self.event_with(|vm| EventKind::GenYield {
                gen: lane,
                repr: vm.event_repr(&v),
            });
            self.clock_ps += cost::GENERATOR_TRANSFER_PS;
        }
        self.lane = resumer_lane;
        #[cfg(debug_assertions)]
        {
            self.refresh_lane();
            debug_assert_eq!(self.lane, resumer_lane, "lane after a yield");
        }
        if may_pop && matches!(v, Value::Int(_) | Value::None | Value::Bool(_)) {
            if let Some(resumer) = self.frames.last_mut() {
                if let Some(Op::Pop) = resumer.code.ops.get(resumer.ip) {
                    resumer.ip += 1;
                    // An int, a bool or `None`: nothing to drop.
                    std::mem::forget(v);
                    return true;
                }
            }
        }
        self.push_result(v);
        false
    }

    /// The running generator frame yields `v` (the frame is on top).
    pub fn generator_yield(&mut self, mut v: Value) {
        loop {
            let Some(frame) = self.frames.last() else {
                return;
            };
            let Delivery::Generator(gen, mode) = frame.delivery else {
                // The compiler only emits yields in generator code; keep the frame running.
                self.push_result(Value::None);
                return;
            };
            // The frame's box goes from the stack into the generator. The look-up is
            // `generator`'s, written out: the frame stack is borrowed at the same time.
            let (lane, resumer_lane) = match self.heap.objects.get_mut(gen.0 as usize) {
                Some(Object::Generator(g)) => {
                    g.frame = self.frames.pop();
                    g.state = GenState::Suspended;
                    (g.lane, Some(g.resumer_lane))
                }
                _ => {
                    self.frames.pop();
                    (None, None)
                }
            };
            if let Some(lane) = lane {
                self.event_with(|vm| EventKind::GenYield {
                    gen: lane,
                    repr: vm.event_repr(&v),
                });
                self.clock_ps += cost::GENERATOR_TRANSFER_PS;
            }
            match resumer_lane {
                Some(resumer_lane) => {
                    self.lane = resumer_lane;
                    #[cfg(debug_assertions)]
                    {
                        self.refresh_lane();
                        debug_assert_eq!(self.lane, resumer_lane, "lane after a yield");
                    }
                }
                None => self.refresh_lane(),
            }
            match mode {
                ResumeMode::ForIter | ResumeMode::Send => {
                    self.push_result(v);
                    return;
                }
                ResumeMode::YieldFrom => {
                    // The outer generator yields the same value and, when resumed, runs its
                    // `YieldFrom` again with what it is sent.
                    if let Some(outer) = self.frames.last_mut() {
                        outer.ip = outer.ip.saturating_sub(1);
                    }
                    v = v.clone();
                    continue;
                }
                ResumeMode::Close => {
                    let e = self.runtime_error("generator ignored GeneratorExit");
                    self.raise(e);
                    return;
                }
                ResumeMode::Finalize => {
                    // It stays suspended; CPython reports the error and carries on.
                    let e = self.runtime_error("generator ignored GeneratorExit");
                    self.report_unraisable(gen, &e);
                    return;
                }
            }
        }
    }

    /// The running generator frame returned `v` (already popped).
    pub fn generator_returned(&mut self, gen: ObjId, mode: ResumeMode, v: Value) {
        let lane = self.generator(gen).and_then(|g| g.lane);
        if let Some(g) = self.generator(gen) {
            g.state = GenState::Finished;
            g.frame = None;
        }
        if let Some(lane) = lane {
            self.event_with(|vm| EventKind::GenReturn {
                gen: lane,
                repr: vm.event_repr(&v),
            });
            self.clock_ps += cost::GENERATOR_TRANSFER_PS;
        }
        self.refresh_lane();
        match mode {
            ResumeMode::ForIter => self.end_for_loop(),
            ResumeMode::Send => {
                let args = if v.is_none() { Vec::new() } else { vec![v] };
                let e = self.new_exception(self.exc.stop_iteration, args);
                self.raise(e);
            }
            ResumeMode::YieldFrom => {
                if let Some(f) = self.frames.last_mut() {
                    f.stack.pop();
                    f.stack.push(v);
                }
            }
            ResumeMode::Close => self.push_result(Value::None),
            ResumeMode::Finalize => {}
        }
    }

    /// An exception left the generator's frame (already popped). Returns the exception to keep
    /// unwinding with in the caller, or `None` when it was absorbed (`close()`).
    pub fn generator_raised(&mut self, gen: ObjId, mode: ResumeMode, exc: Value) -> Option<Value> {
        let lane = self.generator(gen).and_then(|g| g.lane);
        let internal = self.generator(gen).is_some_and(|g| g.internal);
        // An internal generator stands for a C iterator (`map`, `itertools.starmap`): a
        // StopIteration from what it calls is its end, as a C iterator's NULL return, so the
        // loop or `yield from` over it just ends, and `next()` passes the StopIteration on.
        // (PEP 479's RuntimeError below is for generators a program wrote.)
        if internal && mode != ResumeMode::Send && self.exc_matches(&exc, self.exc.stop_iteration) {
            let value = self
                .exc_data(&exc)
                .and_then(|d| d.args.first().cloned())
                .unwrap_or(Value::None);
            self.generator_returned(gen, mode, value);
            return None;
        }
        if let Some(g) = self.generator(gen) {
            g.state = GenState::Finished;
            g.frame = None;
        }
        if let Some(lane) = lane {
            self.event_with(|vm| EventKind::GenRaise {
                gen: lane,
                exception: vm.type_name(&exc).to_string(),
            });
            self.clock_ps += cost::GENERATOR_TRANSFER_PS;
        }
        self.refresh_lane();
        let closing_ended = self.exc_matches(&exc, self.exc.generator_exit)
            || self.exc_matches(&exc, self.exc.stop_iteration);
        if mode == ResumeMode::Close && closing_ended {
            self.push_result(Value::None);
            return None;
        }
        if mode == ResumeMode::Finalize {
            if !closing_ended {
                self.report_unraisable(gen, &exc);
            }
            return None;
        }
        // PEP 479: a StopIteration escaping a generator becomes a RuntimeError.
        if !internal && self.exc_matches(&exc, self.exc.stop_iteration) {
            let e = self.runtime_error("generator raised StopIteration");
            if let Some(d) = self.exc_data_mut(&e) {
                d.cause = Some(exc.clone());
                d.context = Some(exc);
            }
            return Some(e);
        }
        Some(exc)
    }

    // ------------------------------------------------------------------ greenlets

    /// Transfer control to greenlet `target` (or, if it is dead, to its nearest live ancestor).
    pub fn switch_greenlet(&mut self, mut target: ObjId, input: SwitchIn, reason: SwitchReason) {
        while let Some(gl) = self.greenlet(target) {
            match (gl.state, gl.parent) {
                (GreenletState::Dead, Some(p)) => target = p,
                _ => break,
            }
        }
        let from = self.current;
        if target == from {
            // greenlet goes through a stack switch even to itself (a dead target's live parent
            // may be the caller), and its tracer sees it: `switch main -> main`.
            let lane = self.greenlet_lane(from);
            self.event_with(|vm| vm.switch_event(lane, lane, &input, reason));
            self.clock_ps += cost::GREENLET_SWITCH_PS;
            match input {
                SwitchIn::Throw(e) => self.raise(e),
                SwitchIn::Value(v) => self.push_result(v),
                SwitchIn::Args(a) => {
                    let v = switch_value(a);
                    self.push_result(v)
                }
            }
            return;
        }
        let frames = std::mem::take(&mut self.frames);
        let from_lane = self.greenlet_lane(from);
        if let Some(gl) = self.greenlet_mut(from) {
            gl.frames = frames;
            if gl.state == GreenletState::Running {
                gl.state = GreenletState::Suspended;
            }
        }
        self.current = target;
        let target_state = self
            .greenlet(target)
            .map(|g| g.state)
            .unwrap_or(GreenletState::Dead);
        if target_state == GreenletState::NotStarted {
            // Thrown into before it ran any code, it never gets its function's name: the
            // oracle labels it `greenlet#k`.
            let never_runs = matches!(input, SwitchIn::Throw(_));
            self.name_greenlet_lane(target, never_runs);
        }
        let to_lane = self.greenlet_lane(target);
        self.lane = to_lane;
        self.event_with(|vm| vm.switch_event(from_lane, to_lane, &input, reason));
        self.clock_ps += cost::GREENLET_SWITCH_PS;
        match target_state {
            GreenletState::NotStarted => {
                if let Some(gl) = self.greenlet_mut(target) {
                    gl.state = GreenletState::Running;
                }
                let run = self.greenlet_run(target);
                match input {
                    SwitchIn::Throw(e) => {
                        // Killed before it started: it dies, and the exception goes to the parent
                        // (GreenletExit is absorbed).
                        self.greenlet_raised(e);
                    }
                    other => {
                        let args = match other {
                            SwitchIn::Args(a) => a,
                            SwitchIn::Value(v) => Args::positional(vec![v]),
                            SwitchIn::Throw(_) => Args::default(),
                        };
                        let started = match run {
                            Ok(run) => self.call_value(run, args, Delivery::GreenletRun),
                            Err(e) => Err(e),
                        };
                        if let Err(e) = started {
                            self.greenlet_raised(e);
                        }
                    }
                }
            }
            _ => {
                let frames = match self.greenlet_mut(target) {
                    Some(gl) => {
                        gl.state = GreenletState::Running;
                        std::mem::take(&mut gl.frames)
                    }
                    None => Vec::new(),
                };
                self.frames = frames;
                self.refresh_lane();
                match input {
                    SwitchIn::Throw(e) => self.raise(e),
                    SwitchIn::Value(v) => self.push_result(v),
                    SwitchIn::Args(a) => {
                        let v = switch_value(a);
                        self.push_result(v)
                    }
                }
            }
        }
    }

    /// The callable a starting greenlet runs: the one given to the constructor, else `self.run`.
    fn greenlet_run(&mut self, g: ObjId) -> super::PyResult<Value> {
        if let Some(run) = self.greenlet(g).and_then(|gl| gl.run.clone()) {
            return Ok(run);
        }
        let name = self.names.run.clone();
        self.get_attr(&Value::Obj(g), &name)
    }

    /// `None`, or an instance of a class from the engine's own Python modules (a gevent `Waiter`, a
    /// `Greenlet` handed to its links …): passing it is plumbing, not a value worth labelling a
    /// switch with on the timeline.
    fn is_library_object(&self, v: &Value) -> bool {
        // `None` (a `run` that returns nothing, a wake-up with no value) says nothing either.
        if v.is_none() {
            return true;
        }
        let Value::Obj(id) = v else { return false };
        let Object::Instance(inst) = self.heap.get(*id) else {
            return false;
        };
        self.class(inst.class)
            .map(|c| {
                matches!(
                    &*c.module,
                    "gevent" | "threading" | "socket" | "builtins" | "greenlet"
                )
            })
            .unwrap_or(false)
    }

    /// The trace event of a transfer between greenlet lanes.
    fn switch_event(
        &self,
        from: crate::trace::CoroId,
        to: crate::trace::CoroId,
        input: &SwitchIn,
        reason: SwitchReason,
    ) -> EventKind {
        if matches!(input, SwitchIn::Throw(_)) || reason == SwitchReason::Raised {
            return EventKind::Throw {
                from,
                to,
                exception: String::new(),
            };
        }
        let value = match input {
            SwitchIn::Value(v) if !self.is_library_object(v) => Some(self.trace_repr(v)),
            SwitchIn::Args(a)
                if a.pos.len() == 1 && a.kw.is_empty() && self.is_library_object(&a.pos[0]) =>
            {
                None
            }
            SwitchIn::Args(a) if !a.pos.is_empty() || !a.kw.is_empty() => {
                Some(self.trace_repr(&switch_value(a.clone())))
            }
            _ => None,
        };
        EventKind::Switch {
            from,
            to,
            reason,
            value,
        }
    }

    /// Give a starting greenlet's lane its label: the name of the function it runs (or
    /// `greenlet` when it dies before running any).
    fn name_greenlet_lane(&mut self, g: ObjId, never_runs: bool) {
        let pending = self.greenlet(g).map(|gl| gl.label_pending).unwrap_or(false);
        if !pending {
            return;
        }
        let label = if never_runs {
            "greenlet".to_string()
        } else {
            self.greenlet_label_name(g)
        };
        let lane = self.greenlet_lane(g);
        let full = self.numbered_label(&label);
        if let Some(info) = self.trace.coros.get_mut(lane as usize) {
            info.label = full;
        }
        if let Some(gl) = self.greenlet_mut(g) {
            gl.label_pending = false;
        }
    }

    /// The function name a greenlet's lane is named after (gevent's `_run`, a thread's target, or
    /// the raw greenlet's `run`).
    fn greenlet_label_name(&self, g: ObjId) -> String {
        let mut candidates = Vec::new();
        if let Object::Instance(inst) = self.heap.get(g) {
            for key in ["_coroscope_label", "_run"] {
                if let Some(v) = inst.dict.get(key) {
                    candidates.push(v.clone());
                }
            }
        }
        if let Some(run) = self.greenlet(g).and_then(|gl| gl.run.clone()) {
            candidates.push(run);
        }
        for c in candidates {
            if let Value::Str(s) = &c {
                return s.to_string();
            }
            if let Some(name) = self.callable_name(&c) {
                return name;
            }
        }
        // A subclass overriding `run`.
        if let Object::Instance(inst) = self.heap.get(g) {
            if let Some(run) = self.lookup_in_class(inst.class, "run") {
                if let Some(name) = self.callable_name(&run) {
                    return name;
                }
            }
        }
        "greenlet".to_string()
    }

    /// `__name__` of a function, method or native.
    pub fn callable_name(&self, v: &Value) -> Option<String> {
        // A method's name is its function's, through methods of methods to any depth.
        let mut v = v;
        while let Value::Method(m) = v {
            v = &m.func;
        }
        match v {
            Value::Obj(id) => match self.heap.get(*id) {
                Object::Function(f) => Some(f.name.to_string()),
                Object::Class(c) => Some(c.name.to_string()),
                _ => None,
            },
            Value::Native(n) => self.natives.get(n.0 as usize).map(|e| e.name.to_string()),
            _ => None,
        }
    }

    /// The running greenlet's `run` returned `v`: it dies, and `v` goes to its parent.
    pub fn greenlet_returned(&mut self, v: Value) {
        let me = self.current;
        let parent = self.greenlet(me).and_then(|g| g.parent);
        if let Some(gl) = self.greenlet_mut(me) {
            gl.state = GreenletState::Dead;
        }
        let lane = self.greenlet_lane(me);
        self.event(EventKind::CoroExit { coro: lane });
        match parent {
            Some(p) => self.switch_greenlet(p, SwitchIn::Value(v), SwitchReason::Finished),
            None => self.finish_program(0),
        }
    }

    /// An exception left the running greenlet's last frame: it dies; `GreenletExit` counts as a
    /// return, anything else is raised in the parent.
    pub fn greenlet_raised(&mut self, exc: Value) {
        if self.exc_matches(&exc, self.exc.greenlet_exit) {
            self.frames.clear();
            return self.greenlet_returned(exc);
        }
        let me = self.current;
        let parent = self.greenlet(me).and_then(|g| g.parent);
        if let Some(gl) = self.greenlet_mut(me) {
            gl.state = GreenletState::Dead;
        }
        self.frames.clear();
        let lane = self.greenlet_lane(me);
        self.event(EventKind::CoroExit { coro: lane });
        match parent {
            Some(p) => self.switch_greenlet(p, SwitchIn::Throw(exc), SwitchReason::Raised),
            None => self.uncaught(exc),
        }
    }

    /// The program's top level returned: run the exit hooks (in the main greenlet), then end.
    pub fn main_finished(&mut self) {
        if !self.main_exited {
            self.main_exited = true;
            self.event(EventKind::ExitMain);
        }
        if !self.exit_hooks.is_empty() {
            let hook = self.exit_hooks.remove(0);
            if let Err(e) = self.call_value(hook, Args::default(), Delivery::Main) {
                self.uncaught(e);
            }
            return;
        }
        self.finish_program(self.exit_code);
    }

    /// The program is over.
    pub fn finish_program(&mut self, code: i32) {
        if self.finished.is_some() {
            return;
        }
        if !self.main_exited {
            self.main_exited = true;
            self.event(EventKind::ExitMain);
        }
        if !self.stdout_line.is_empty() {
            let part = std::mem::take(&mut self.stdout_line);
            self.event(EventKind::StdoutPart(part));
        }
        if !self.stderr_line.is_empty() {
            let part = std::mem::take(&mut self.stderr_line);
            self.event(EventKind::Stderr(part));
        }
        self.event(EventKind::Exit(code));
        if self.machine.is_some() && self.process_exited(code) {
            return; // another program on the machine goes on
        }
        let code = self.machine_exit_code(code);
        self.finished = Some(Finish::Exited(code));
    }

    /// Make a new greenlet object's native part.
    pub fn new_greenlet_payload(&mut self, run: Option<Value>, parent: Option<ObjId>) -> Greenlet {
        // Labelled when it starts, by the function it runs (the oracle numbers them then).
        self.trace.coros.push(crate::trace::CoroInfo {
            label: "greenlet".into(),
            kind: CoroKind::Greenlet,
        });
        let lane = (self.trace.coros.len() - 1) as crate::trace::CoroId;
        Greenlet {
            state: GreenletState::NotStarted,
            parent,
            frames: Vec::new(),
            run,
            lane,
            label_pending: true,
        }
    }
}

/// The value a waiting `switch()` returns: one argument as itself, none as `()`, several as a
/// tuple; keyword arguments as a dict alone or `(args, kwargs)` (greenlet's rules).
pub fn switch_value(a: Args) -> Value {
    if a.kw.is_empty() {
        return match a.pos.len() {
            1 => a.pos.into_iter().next().unwrap_or(Value::None),
            _ => Value::tuple(a.pos),
        };
    }
    // Keyword arguments need a dict object; the caller converts `Args` with kwargs before
    // switching (see runtime::greenlet), so this is only reached without them.
    Value::tuple(a.pos)
}

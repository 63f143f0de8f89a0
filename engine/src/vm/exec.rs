//! The instruction loop: [`Vm::step`] runs exactly one instruction of the running coroutine.
//!
//! Each op follows its documented stack effect (`lang/op.rs`). When an operand is an instance
//! whose class implements the operation in Python, the op turns into a call (a new frame) of the
//! prelude's fallback or of the dunder method; some ops "retry": they put the operand back through
//! a converter and run again when its result arrives (`ip` stays on the op).

use std::rc::Rc;

use super::attr::Lookup;
use super::coroutine::GenInput;
use super::frame::{Block, Delivery, Frame, ResumeMode};
use super::heap::{Function, IterState, Object};
use super::value::Value;
use super::{cost, Args, PyResult, Vm};
use crate::lang::ast::{BinOp, CmpOp};
use crate::lang::error::FrontEndError;
use crate::lang::op::{Code, Const, Op};

impl Vm {
    /// Run one instruction (if the program has not finished).
    #[inline]
    pub fn step(&mut self) {
        self.step_inline();
    }

    /// Run up to `n` instructions, stopping early when the program finishes: the same as calling
    /// [`step`](Self::step) `n` times, in one tight loop.
    pub fn run_steps(&mut self, n: u64) {
        let mut left = n;
        while left > 0 {
            if self.finished.is_some() {
                break;
            }
            if !self.record_steps
                && self.dropped.is_empty()
                && self.to_finalize.is_empty()
                && self.burst_may_start()
            {
                let limit = self.burst_limit(left);
                left -= self.run_burst(limit);
                if left == 0 {
                    break;
                }
            }
            self.step_inline();
            left -= 1;
        }
    }

    /// Whether the next op is one a burst runs (see `burst_in_frame`). A burst that would stop at
    /// once is not entered: in code that is mostly calls and attribute look-ups, entering it
    /// before every step would cost more than the burst saves.
    #[inline(always)]
    fn burst_may_start(&self) -> bool {
        let Some(frame) = self.frames.last() else {
            return false;
        };
        matches!(
            frame.code.ops.get(frame.ip),
            Some(
                Op::Nop
                    | Op::Call(1)
                    | Op::YieldValue
                    | Op::LoadFast(_)
                    | Op::StoreFast(_)
                    | Op::LoadConst(_)
                    | Op::Pop
                    | Op::Jump(_)
                    | Op::BinaryOp(_)
                    | Op::InplaceOp(_)
                    | Op::CompareOp(_)
                    | Op::PopJumpIfFalse(_)
                    | Op::PopJumpIfTrue(_)
                    | Op::ForIter(_)
                    | Op::LoadGlobal(_)
            )
        )
    }

    /// How many steps a burst may run: all that are left, but the step after which the
    /// per-step checks must run goes through [`step`](Self::step).
    #[inline(always)]
    fn burst_limit(&self, left: u64) -> u64 {
        // The step that reaches `preempt_at` must end in `step`'s preemption check.
        left.min(self.preempt_at.saturating_sub(self.steps + 1))
    }

    /// Run up to `max` instructions for as long as each is one that
    /// [`exec_fast`](Self::exec_fast) would run and that drops nothing a finalizer could care
    /// about: the running frame's simple ops with its state in locals
    /// ([`burst_in_frame`](Self::burst_in_frame)), and a generator's transfers (`send`, `yield`),
    /// after which the burst goes on in the frame that runs next. The effect is exactly that of
    /// as many `step`s (steps, clock, events); only valid when no step records are kept and no
    /// finalizer is pending. Returns the number of instructions run (it stops before the first
    /// it cannot run, or after a transfer that ends the program or leaves a finalizer pending).
    #[inline(never)]
    fn run_burst(&mut self, max: u64) -> u64 {
        let mut done = 0;
        loop {
            // (a transfer it stops at always fits: `done < max` still)
            let (ran, end) = self.burst_in_frame(max - done);
            done += ran;
            // A transfer, run as `step` runs it: one step (counted before it runs, as its
            // events record the step), then `step_inline`'s checks (the step reaching
            // `preempt_at` is never in a burst).
            match end {
                BurstEnd::Step => return done,
                BurstEnd::Send(gen) => {
                    self.count_step();
                    self.run_send(gen);
                }
                BurstEnd::Yield => {
                    self.count_step();
                    self.run_yield();
                }
                // These two may run the next op as well, when a step is left for it (the
                // generator's `STORE_FAST` of what it was sent, the resumer's `POP` of what it
                // got), after the transfer's events: that step is counted after them.
                BurstEnd::SendLocal { gen, arg } => {
                    self.count_step();
                    if self.run_send_local(gen, arg, done + 1 < max) {
                        self.count_step();
                        done += 1;
                    }
                }
                BurstEnd::YieldLocal(local) => {
                    self.count_step();
                    if self.run_yield_local(local, done + 1 < max) {
                        self.count_step();
                        done += 1;
                    }
                }
            }
            done += 1;
            if self.finished.is_some() {
                return done;
            }
            if !self.dropped.is_empty() || !self.to_finalize.is_empty() {
                self.finalize_dropped();
                return done;
            }
        }
    }

    /// The part of [`run_burst`](Self::run_burst) in the running frame: up to `max` of its
    /// simple ops, with `ip`, stack and locals in locals. Returns how many ran and what stopped
    /// it (the op at `ip` has not run). It stops at a transfer only when fewer than `max` ran,
    /// so that the transfer's step fits.
    #[inline(always)]
    fn burst_in_frame(&mut self, max: u64) -> (u64, BurstEnd) {
        let Vm {
            frames,
            heap,
            natives,
            ..
        } = self;
        let Some(frame) = frames.last_mut() else {
            return (0, BurstEnd::Step);
        };
        let code = &frame.code;
        let ops = &code.ops[..];
        let stack = &mut frame.stack;
        let locals = &mut frame.locals[..];
        let globals = frame.globals;
        let mut ip = frame.ip;
        let mut done = 0u64;
        let mut end = BurstEnd::Step;
        while done < max {
            let Some(&op) = ops.get(ip) else {
                break;
            };
            match op {
                Op::Nop => ip += 1,
                Op::Call(1) => {
                    if let Some(gen) = generator_send_target(stack, natives, heap) {
                        end = BurstEnd::Send(gen);
                    }
                    break;
                }
                Op::YieldValue => {
                    end = BurstEnd::Yield;
                    break;
                }
                Op::LoadFast(i) => {
                    // `c = a op b` and `a op= b` on ints: four steps, nothing pushed.
                    if let (
                        Some(
                            &[Op::LoadFast(b), Op::BinaryOp(op) | Op::InplaceOp(op), Op::StoreFast(c)],
                        ),
                        true,
                    ) = (ops.get(ip + 1..ip + 4), done + 3 < max)
                    {
                        if int_assign_op(locals, i, b, op, c) {
                            ip += 4;
                            done += 4;
                            continue;
                        }
                    }
                    // `gen.send(x)` with both in locals, `LOAD_FAST send; LOAD_FAST x; CALL 1`
                    // to a generator `resume_suspended` can resume: the loads are two steps that
                    // push nothing, and `run_burst` runs the `CALL` with `x` from its local.
                    if let (Some(&[Op::LoadFast(arg), Op::Call(1)]), true) =
                        (ops.get(ip + 1..ip + 3), done + 2 < max)
                    {
                        let gen = match locals.get(i as usize) {
                            Some(Some(method)) => send_method_target(method, natives, heap),
                            _ => None,
                        };
                        if let (Some(gen), Some(Some(_))) = (gen, locals.get(arg as usize)) {
                            if super::coroutine::is_resumable(heap, gen) {
                                ip += 2;
                                done += 2;
                                end = BurstEnd::SendLocal { gen, arg };
                                break;
                            }
                        }
                    }
                    // `yield x`: the load pushes nothing, `run_burst` yields the local's value.
                    if let (Some(&Op::YieldValue), Some(Some(_)), true) =
                        (ops.get(ip + 1), locals.get(i as usize), done + 1 < max)
                    {
                        ip += 1;
                        done += 1;
                        end = BurstEnd::YieldLocal(i);
                        break;
                    }
                    match locals.get(i as usize) {
                        Some(Some(v)) => {
                            // `x op local` with an int on the stack and in the local: the next op
                            // (a step of its own) turns the top into the result, and the local is
                            // never pushed. A `push` is a call at the page's opt-level.
                            if let (Value::Int(y), Some(top @ Value::Int(_)), Some(&next), true) =
                                (v, stack.last_mut(), ops.get(ip + 1), done + 1 < max)
                            {
                                let Value::Int(x) = *top else { break };
                                let result = match next {
                                    Op::BinaryOp(bop) | Op::InplaceOp(bop) => {
                                        small_int_binop(bop, x, *y).map(Value::Int)
                                    }
                                    Op::CompareOp(cop) => int_compare(cop, x, *y).map(Value::Bool),
                                    _ => None,
                                };
                                if let Some(result) = result {
                                    // The top was an int: nothing to drop.
                                    std::mem::forget(std::mem::replace(top, result));
                                    ip += 2;
                                    done += 2;
                                    continue;
                                }
                            }
                            let v = match v {
                                Value::Int(n) => Value::Int(*n),
                                Value::None => Value::None,
                                Value::Bool(b) => Value::Bool(*b),
                                v => v.clone(),
                            };
                            stack.push(v);
                            ip += 1;
                        }
                        _ => break,
                    }
                }
                Op::StoreFast(i) => {
                    let Some(slot) = locals.get_mut(i as usize) else {
                        break;
                    };
                    // Replacing a value that may hold a generator needs `note_dropped`.
                    if matches!(
                        slot,
                        Some(Value::Obj(_) | Value::Tuple(_) | Value::Method(_))
                    ) {
                        break;
                    }
                    let Some(v) = stack.pop() else {
                        break;
                    };
                    match slot.replace(v) {
                        // Nothing to free: skip the out-of-line drop.
                        Some(old @ (Value::Int(_) | Value::None | Value::Bool(_))) => {
                            std::mem::forget(old)
                        }
                        old => drop(old),
                    }
                    ip += 1;
                }
                Op::LoadConst(i) => {
                    let v = match code.consts.get(i as usize) {
                        Some(Const::Int(n)) => Value::Int(*n),
                        Some(Const::None) => Value::None,
                        Some(Const::Bool(b)) => Value::Bool(*b),
                        Some(Const::Str(s)) => Value::Str(s.clone()),
                        _ => break,
                    };
                    stack.push(v);
                    ip += 1;
                }
                Op::Pop => {
                    if matches!(
                        stack.last(),
                        None | Some(Value::Obj(_) | Value::Tuple(_) | Value::Method(_))
                    ) {
                        break;
                    }
                    match stack.pop() {
                        // Nothing to free: skip the out-of-line drop.
                        Some(v @ (Value::Int(_) | Value::None | Value::Bool(_))) => {
                            std::mem::forget(v)
                        }
                        v => drop(v),
                    }
                    ip += 1;
                }
                Op::Jump(t) => ip = t as usize,
                Op::BinaryOp(bop) | Op::InplaceOp(bop) => {
                    if !int_binop_on_stack(stack, bop) {
                        break;
                    }
                    ip += 1;
                }
                Op::CompareOp(cop) => {
                    if !int_compare_on_stack(stack, cop) {
                        break;
                    }
                    ip += 1;
                }
                Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
                    let truth = match stack.last() {
                        Some(Value::Bool(b)) => *b,
                        Some(Value::Int(i)) => *i != 0,
                        Some(Value::None) => false,
                        _ => break,
                    };
                    pop_plain(stack);
                    if truth == matches!(op, Op::PopJumpIfTrue(_)) {
                        ip = t as usize;
                    } else {
                        ip += 1;
                    }
                }
                Op::ForIter(_) => {
                    let Some(Value::Obj(id)) = stack.last() else {
                        break;
                    };
                    let Some(Object::Iterator(IterState::Range { next, stop, step })) =
                        heap.objects.get_mut(id.0 as usize)
                    else {
                        break;
                    };
                    let n = *next;
                    if !((*step > 0 && n < *stop) || (*step < 0 && n > *stop)) {
                        break;
                    }
                    *next = n + *step;
                    // `for i in range(…)`: when the next op (a step of its own) stores the item
                    // in a local that holds nothing to free, the item goes there directly.
                    if let (Some(&Op::StoreFast(k)), true) = (ops.get(ip + 1), done + 1 < max) {
                        if let Some(
                            slot @ (None | Some(Value::Int(_) | Value::None | Value::Bool(_))),
                        ) = locals.get_mut(k as usize)
                        {
                            std::mem::forget(slot.replace(Value::Int(n)));
                            ip += 2;
                            done += 2;
                            continue;
                        }
                    }
                    stack.push(Value::Int(n));
                    ip += 1;
                }
                Op::LoadGlobal(i) => {
                    // Found in the module's globals (the builtins are the general path's).
                    let Object::Dict(d) = heap.get(globals) else {
                        break;
                    };
                    let Some(v) = d.get(&super::dict::Key::Str(code.names[i as usize].clone()))
                    else {
                        break;
                    };
                    stack.push(v.clone());
                    ip += 1;
                }
                _ => break,
            }
            done += 1;
        }
        frame.ip = ip;
        self.steps += done;
        self.clock_ps += done * cost::INSTRUCTION_PS;
        (done, end)
    }

    /// One more step on the counter and the clock.
    #[inline(always)]
    fn count_step(&mut self) {
        self.steps += 1;
        self.clock_ps += cost::INSTRUCTION_PS;
    }

    /// `CALL 1` of `gen.send` (see [`generator_send_target`]), its step already counted.
    #[inline(always)]
    fn run_send(&mut self, gen: super::ObjId) {
        if let Some(frame) = self.frames.last_mut() {
            frame.ip += 1;
        }
        if let Err(e) = self.send_to_generator(gen) {
            self.raise(e);
        }
    }

    /// `CALL 1` of `gen.send` after `LOAD_FAST send; LOAD_FAST arg` that pushed nothing (see
    /// `burst_in_frame`), its step already counted: `gen` is resumable and `arg` holds a value.
    /// With `may_store`, it may run the generator's next op too (see `resume_suspended`): returns
    /// whether it did.
    #[inline(always)]
    fn run_send_local(&mut self, gen: super::ObjId, arg: u32, may_store: bool) -> bool {
        let Some(frame) = self.frames.last_mut() else {
            return false;
        };
        frame.ip += 1;
        let v = match frame.locals.get(arg as usize) {
            Some(Some(v)) => copy_value(v),
            _ => Value::None,
        };
        self.resume_suspended(gen, v, ResumeMode::Send, may_store)
    }

    /// `YIELD_VALUE` after a `LOAD_FAST local` that pushed nothing (see `burst_in_frame`), its
    /// step already counted: yield the local's value. With `may_pop`, it may run the resumer's
    /// next op too (see `yield_value`): returns whether it did.
    #[inline(always)]
    fn run_yield_local(&mut self, local: u32, may_pop: bool) -> bool {
        let Some(frame) = self.frames.last_mut() else {
            return false;
        };
        frame.ip += 1;
        let v = match frame.locals.get(local as usize) {
            Some(Some(v)) => copy_value(v),
            _ => Value::None,
        };
        self.yield_value(v, may_pop)
    }

    /// `YIELD_VALUE`, its step already counted: the generator's transfer, done by
    /// `yield_value`. As in `exec_one`.
    #[inline(always)]
    fn run_yield(&mut self) {
        let Some(frame) = self.frames.last_mut() else {
            return;
        };
        frame.ip += 1;
        let v = frame.stack.pop().unwrap_or_else(|| Value::None);
        self.yield_value(v, false);
    }

    #[inline(always)]
    fn step_inline(&mut self) {
        if self.finished.is_some() {
            return;
        }
        // Checked here: at the page's opt-level the call would be made for every step.
        if self.record_steps {
            self.record_step();
        }
        self.count_step();
        if !self.exec_fast() {
            if let Err(e) = self.exec_one() {
                self.raise(e);
            }
        }
        if !self.dropped.is_empty() || !self.to_finalize.is_empty() {
            self.finalize_dropped();
        }
        if self.steps >= self.preempt_at {
            self.preempt();
        }
    }

    /// `gen.send(v)` with the bound method and `v` on the running frame's stack (see
    /// [`generator_send_target`]), its `CALL` already counted: resume the generator at once, as
    /// `gen_send` would.
    fn send_to_generator(&mut self, gen: super::ObjId) -> PyResult<()> {
        let Some(frame) = self.frames.last_mut() else {
            return Ok(());
        };
        // (`unwrap_or_else`: `unwrap_or(Value::None)` builds the default anyway and drops it,
        // an out-of-line call per send)
        let v = frame.stack.pop().unwrap_or_else(|| Value::None);
        // The bound method: dropped as what it is (a reference count down), not through the
        // general `Value` drop, a call per send.
        if let Some(Value::Method(method)) = frame.stack.pop() {
            drop(method);
        }
        if self.is_resumable(gen) {
            self.resume_suspended(gen, v, ResumeMode::Send, false);
            return Ok(());
        }
        self.resume_generator(gen, GenInput::Send(v), ResumeMode::Send)
    }

    /// The hot path of [`exec_one`](Self::exec_one): the commonest ops in their commonest cases
    /// (locals, small-int arithmetic and comparisons, jumps, `for` over a `range`), run with no
    /// error plumbing. Returns `false`, having changed nothing, when the op needs the general
    /// path; the effect of an op it does run is exactly `exec_one`'s.
    #[inline(always)]
    fn exec_fast(&mut self) -> bool {
        let Vm { frames, heap, .. } = self;
        let Some(frame) = frames.last_mut() else {
            return false;
        };
        let Some(&op) = frame.code.ops.get(frame.ip) else {
            return false;
        };
        let dropped = match op {
            Op::LoadFast(i) => match frame.locals.get(i as usize) {
                Some(Some(v)) => {
                    let v = match v {
                        Value::Int(n) => Value::Int(*n),
                        Value::None => Value::None,
                        Value::Bool(b) => Value::Bool(*b),
                        v => v.clone(),
                    };
                    frame.stack.push(v);
                    None
                }
                _ => return false,
            },
            Op::StoreFast(i) => {
                let (Some(slot), Some(v)) = (frame.locals.get_mut(i as usize), frame.stack.pop())
                else {
                    return false;
                };
                slot.replace(v)
            }
            Op::LoadConst(i) => {
                let v = match frame.code.consts.get(i as usize) {
                    Some(Const::Int(n)) => Value::Int(*n),
                    Some(Const::None) => Value::None,
                    Some(Const::Bool(b)) => Value::Bool(*b),
                    Some(Const::Str(s)) => Value::Str(s.clone()),
                    _ => return false,
                };
                frame.stack.push(v);
                None
            }
            Op::Pop => frame.stack.pop(),
            Op::Call(1) => {
                // `gen.send(v)`: a transfer, spared `exec_one`'s dispatch. As in `exec_one`.
                let Some(gid) = generator_send_target(&frame.stack, &self.natives, heap) else {
                    return false;
                };
                self.run_send(gid);
                return true;
            }
            Op::YieldValue => {
                // A generator's transfer: spared `exec_one`'s dispatch, once per yield.
                self.run_yield();
                return true;
            }
            Op::Jump(t) => {
                frame.ip = t as usize;
                return true;
            }
            Op::BinaryOp(bop) | Op::InplaceOp(bop) => {
                if !int_binop_on_stack(&mut frame.stack, bop) {
                    return false;
                }
                None
            }
            Op::CompareOp(cop) => {
                if !int_compare_on_stack(&mut frame.stack, cop) {
                    return false;
                }
                None
            }
            Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
                let truth = match frame.stack.last() {
                    Some(Value::Bool(b)) => *b,
                    Some(Value::Int(i)) => *i != 0,
                    Some(Value::None) => false,
                    _ => return false,
                };
                pop_plain(&mut frame.stack);
                if truth == matches!(op, Op::PopJumpIfTrue(_)) {
                    frame.ip = t as usize;
                    return true;
                }
                None
            }
            Op::ForIter(_) => {
                let Some(Value::Obj(id)) = frame.stack.last() else {
                    return false;
                };
                let Some(Object::Iterator(IterState::Range { next, stop, step })) =
                    heap.objects.get_mut(id.0 as usize)
                else {
                    return false;
                };
                let n = *next;
                if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                    *next = n + *step;
                    frame.stack.push(Value::Int(n));
                } else {
                    return false;
                }
                None
            }
            _ => return false,
        };
        frame.ip += 1;
        match dropped {
            None => {}
            Some(old @ (Value::Obj(_) | Value::Tuple(_) | Value::Method(_))) => {
                self.note_dropped(&old)
            }
            // Nothing to free: skip the out-of-line drop.
            Some(old @ (Value::Int(_) | Value::None | Value::Bool(_) | Value::Float(_))) => {
                std::mem::forget(old)
            }
            Some(old) => drop(old),
        }
        true
    }

    pub fn const_value(&mut self, c: &Const) -> Value {
        match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Int(i) => Value::Int(*i),
            Const::BigInt(b) => Value::BigInt(b.clone()),
            Const::Float(f) => Value::Float(*f),
            Const::Str(s) => Value::Str(s.clone()),
            Const::Bytes(b) => Value::Bytes(b.clone()),
            Const::Ellipsis => Value::Ellipsis,
            Const::Tuple(items) => {
                let v: Vec<Value> = items.iter().map(|c| self.const_value(c)).collect();
                Value::tuple(v)
            }
            Const::FrozenSet(items) => {
                // `PyFrozenSet_New(tuple)` of the elements in source order; then CPython's
                // compiler rebuilds every constant frozenset from its own iteration order
                // (`merge_consts_recursive`), and that second layout is the one that runs.
                let mut first = super::set::PySet::frozen();
                for c in items.iter() {
                    let v = self.const_value(c);
                    if let Ok(Some(k)) = self.key(&v) {
                        first.add(k, v);
                    }
                }
                let mut set = super::set::PySet::frozen();
                for v in first.values() {
                    if let Ok(Some(k)) = self.key(v) {
                        set.add(k, v.clone());
                    }
                }
                Value::Obj(self.alloc(Object::Set(set)))
            }
            Const::Code(code) => Value::Obj(self.alloc(Object::Code(code.clone()))),
        }
    }

    fn pop(&mut self) -> Value {
        self.frames
            .last_mut()
            .and_then(|f| f.stack.pop())
            .unwrap_or(Value::None)
    }

    fn push(&mut self, v: Value) {
        if let Some(f) = self.frames.last_mut() {
            f.stack.push(v);
        }
    }

    fn pop_n(&mut self, n: usize) -> Vec<Value> {
        match self.frames.last_mut() {
            Some(f) => {
                let at = f.stack.len().saturating_sub(n);
                f.stack.split_off(at)
            }
            None => Vec::new(),
        }
    }

    fn peek(&self, depth: usize) -> Value {
        self.frames
            .last()
            .and_then(|f| {
                f.stack
                    .len()
                    .checked_sub(depth)
                    .and_then(|i| f.stack.get(i))
                    .cloned()
            })
            .unwrap_or(Value::None)
    }

    /// Put `v` back, make this op run again, and first call `converter(v, extra…)`: when it
    /// returns, its result is on the stack in `v`'s place.
    fn retry_with(&mut self, converter: &str, args: Vec<Value>) -> PyResult<()> {
        if let Some(f) = self.frames.last_mut() {
            f.ip -= 1;
        }
        let func = self.prelude_fn(converter)?;
        self.call_value(func, Args::positional(args), Delivery::Push)
    }

    /// A function of the Python prelude, by name.
    pub fn prelude_fn(&mut self, name: &str) -> PyResult<Value> {
        let key: Rc<str> = Rc::from(name);
        match self.dict_get_str(self.prelude, &key) {
            Some(v) => Ok(v),
            None => Err(self.runtime_error(format!("prelude function {name} is missing"))),
        }
    }

    /// `iter(v)` of an instance: its `__iter__`, else the prelude's fallback (the sequence
    /// protocol, `__getitem__`, or the "not iterable" error). The iterator is pushed.
    fn iter_python(&mut self, v: Value) -> PyResult<()> {
        if self.lookup_special(&v, "__iter__").is_some() {
            self.call_special(
                &v,
                "__iter__",
                Vec::new(),
                Delivery::Push,
                "is not iterable",
            )
        } else {
            self.call_prelude("_iter_py", vec![v])
        }
    }

    /// Call a prelude function; its result is pushed.
    fn call_prelude(&mut self, name: &str, args: Vec<Value>) -> PyResult<()> {
        let func = self.prelude_fn(name)?;
        self.call_value(func, Args::positional(args), Delivery::Push)
    }

    fn name_at(&self, i: u32) -> Rc<str> {
        self.frames
            .last()
            .and_then(|f| f.code.names.get(i as usize).cloned())
            .unwrap_or_else(|| Rc::from("?"))
    }

    fn exec_one(&mut self) -> PyResult<()> {
        let Some(frame) = self.frames.last_mut() else {
            self.finish_program(0);
            return Ok(());
        };
        let Some(&op) = frame.code.ops.get(frame.ip) else {
            // Falling off the end: the compiler always ends with a return; be safe anyway.
            frame.stack.push(Value::None);
            return self.return_value();
        };
        frame.ip += 1;
        match op {
            Op::Nop => {}
            Op::LoadConst(i) => {
                let c = frame.code.consts[i as usize].clone();
                let v = match c {
                    Const::Int(n) => Value::Int(n),
                    Const::Str(s) => Value::Str(s),
                    Const::None => Value::None,
                    other => self.const_value(&other),
                };
                self.push(v);
            }
            Op::Pop => {
                if let Some(v) = frame.stack.pop() {
                    self.note_dropped(&v);
                }
            }
            Op::Dup => {
                let v = frame.stack.last().cloned().unwrap_or(Value::None);
                frame.stack.push(v);
            }
            Op::DupTwo => {
                let n = frame.stack.len();
                if n >= 2 {
                    let (a, b) = (frame.stack[n - 2].clone(), frame.stack[n - 1].clone());
                    frame.stack.push(a);
                    frame.stack.push(b);
                }
            }
            Op::RotTwo => {
                let n = frame.stack.len();
                if n >= 2 {
                    frame.stack.swap(n - 1, n - 2);
                }
            }
            Op::RotThree => {
                let n = frame.stack.len();
                if n >= 3 {
                    let top = frame.stack.remove(n - 1);
                    frame.stack.insert(n - 3, top);
                }
            }
            Op::RotFour => {
                let n = frame.stack.len();
                if n >= 4 {
                    let top = frame.stack.remove(n - 1);
                    frame.stack.insert(n - 4, top);
                }
            }
            Op::LoadFast(i) => match frame.locals.get(i as usize).cloned().flatten() {
                Some(v) => frame.stack.push(v),
                None => {
                    let name = frame.code.varnames.get(i as usize).cloned();
                    return Err(self.unbound_local(name));
                }
            },
            Op::StoreFast(i) => {
                let v = frame.stack.pop().unwrap_or(Value::None);
                if let Some(slot) = frame.locals.get_mut(i as usize) {
                    if let Some(old) = slot.replace(v) {
                        self.note_dropped(&old);
                    }
                }
            }
            Op::DeleteFast(i) => {
                let old = frame.locals.get_mut(i as usize).and_then(|s| s.take());
                if let Some(old) = &old {
                    self.note_dropped(old);
                } else {
                    let name = frame.code.varnames.get(i as usize).cloned();
                    return Err(self.unbound_local(name));
                }
            }
            Op::LoadDeref(i) => {
                let cell = frame.cells.get(i as usize).copied();
                let is_free = i as usize >= frame.code.cellvars.len();
                let name = self.cell_name(i);
                let v = cell.and_then(|c| match self.heap.get(c) {
                    Object::Cell(v) => v.clone(),
                    _ => None,
                });
                match v {
                    Some(v) => self.push(v),
                    None if is_free => {
                        return Err(self.error(
                            self.exc.name_error,
                            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
                        ))
                    }
                    None => return Err(self.unbound_local(Some(name))),
                }
            }
            Op::StoreDeref(i) => {
                let v = frame.stack.pop().unwrap_or(Value::None);
                if let Some(c) = frame.cells.get(i as usize).copied() {
                    *self.heap.get_mut(c) = Object::Cell(Some(v));
                }
            }
            Op::DeleteDeref(i) => {
                if let Some(c) = frame.cells.get(i as usize).copied() {
                    *self.heap.get_mut(c) = Object::Cell(None);
                }
            }
            Op::LoadClosure(i) => {
                if let Some(c) = frame.cells.get(i as usize).copied() {
                    frame.stack.push(Value::Obj(c));
                }
            }
            Op::LoadGlobal(i) => {
                let name = frame.code.names[i as usize].clone();
                let globals = frame.globals;
                let v = self.load_global(globals, &name)?;
                self.push(v);
            }
            Op::StoreGlobal(i) => {
                let name = frame.code.names[i as usize].clone();
                let globals = frame.globals;
                let v = frame.stack.pop().unwrap_or(Value::None);
                if let Some(old) = self.dict_set_str(globals, name, v) {
                    self.note_dropped(&old);
                }
            }
            Op::DeleteGlobal(i) => {
                let name = frame.code.names[i as usize].clone();
                let globals = frame.globals;
                if !self.dict_del_str(globals, &name) {
                    return Err(self.name_error(name, globals));
                }
            }
            Op::LoadName(i) => {
                let name = frame.code.names[i as usize].clone();
                let (names, globals) = (frame.names, frame.globals);
                if let Some(ns) = names {
                    if let Some(v) = self.dict_get_str(ns, &name) {
                        self.push(v);
                        return Ok(());
                    }
                }
                let v = self.load_global(globals, &name)?;
                self.push(v);
            }
            Op::StoreName(i) => {
                let name = frame.code.names[i as usize].clone();
                let ns = frame.names.unwrap_or(frame.globals);
                let v = frame.stack.pop().unwrap_or(Value::None);
                if let Some(old) = self.dict_set_str(ns, name, v) {
                    self.note_dropped(&old);
                }
            }
            Op::DeleteName(i) => {
                let name = frame.code.names[i as usize].clone();
                let ns = frame.names.unwrap_or(frame.globals);
                let globals = frame.globals;
                if !self.dict_del_str(ns, &name) {
                    return Err(self.name_error(name, globals));
                }
            }
            Op::LoadLocals => {
                let ns = frame.names.unwrap_or(frame.globals);
                frame.stack.push(Value::Obj(ns));
            }
            Op::LoadAttr(i) => {
                let name = frame.code.names[i as usize].clone();
                let obj = self.pop();
                match self.load_attr(&obj, &name)? {
                    Lookup::Found(v) => self.push(v),
                    Lookup::Call(f, a) => self.call_value(f, a, Delivery::Push)?,
                }
            }
            Op::StoreAttr(i) => {
                let name = frame.code.names[i as usize].clone();
                let obj = self.pop();
                let v = self.pop();
                if let Some((f, a)) = self.store_attr(&obj, &name, v)? {
                    self.call_value(f, a, Delivery::Discard)?;
                }
            }
            Op::DeleteAttr(i) => {
                let name = frame.code.names[i as usize].clone();
                let obj = self.pop();
                self.delete_attr(&obj, &name)?;
            }
            Op::BinarySubscr => {
                let index = self.pop();
                let container = self.pop();
                match self.get_item(&container, &index)? {
                    Some(v) => self.push(v),
                    None => self.call_special(
                        &container,
                        "__getitem__",
                        vec![index],
                        Delivery::Push,
                        "is not subscriptable",
                    )?,
                }
            }
            Op::StoreSubscr => {
                let index = self.pop();
                let container = self.pop();
                let v = self.pop();
                if !self.set_item(&container, &index, v.clone())? {
                    self.call_special(
                        &container,
                        "__setitem__",
                        vec![index, v],
                        Delivery::Discard,
                        "does not support item assignment",
                    )?;
                }
            }
            Op::DeleteSubscr => {
                let index = self.pop();
                let container = self.pop();
                if !self.del_item(&container, &index)? {
                    self.call_special(
                        &container,
                        "__delitem__",
                        vec![index],
                        Delivery::Discard,
                        "doesn't support item deletion",
                    )?;
                }
            }
            Op::BuildSlice(n) => {
                let step = if n == 3 { self.pop() } else { Value::None };
                let stop = self.pop();
                let start = self.pop();
                let s = self.alloc(Object::Slice { start, stop, step });
                self.push(Value::Obj(s));
            }
            Op::BinaryOp(bop) | Op::InplaceOp(bop) => {
                let b = self.pop();
                let a = self.pop();
                let inplace = matches!(op, Op::InplaceOp(_));
                match self.binary_op(bop, &a, &b, inplace)? {
                    Some(v) => self.push(v),
                    None => {
                        let fallback = if inplace { "_inplace_op" } else { "_binop" };
                        self.call_prelude(fallback, vec![a, b, Value::str(bop.symbol())])?
                    }
                }
            }
            Op::UnaryOp(uop) => {
                let a = self.pop();
                match self.unary_op(uop, &a)? {
                    Some(v) => self.push(v),
                    None => {
                        let name = match uop {
                            crate::lang::ast::UnaryOp::Not => "not",
                            crate::lang::ast::UnaryOp::Neg => "-",
                            crate::lang::ast::UnaryOp::Pos => "+",
                            crate::lang::ast::UnaryOp::Invert => "~",
                        };
                        self.call_prelude("_unaryop", vec![a, Value::str(name)])?
                    }
                }
            }
            Op::CompareOp(cop) => {
                let b = self.pop();
                let a = self.pop();
                match self.compare(cop, &a, &b)? {
                    Some(v) => self.push(v),
                    None => self.call_prelude("_compare", vec![a, b, Value::str(cop.symbol())])?,
                }
            }
            Op::BuildTuple(n) => {
                let items = self.pop_n(n as usize);
                self.push(Value::tuple(items));
            }
            Op::BuildList(n) => {
                let items = self.pop_n(n as usize);
                let l = self.new_list(items);
                self.push(l);
            }
            Op::BuildSet(n) => {
                let items = self.pop_n(n as usize);
                match self.set_of_items(items)? {
                    Ok(set) => {
                        let s = self.alloc(Object::Set(set));
                        self.push(Value::Obj(s));
                    }
                    Err(items) => {
                        self.call_prelude("_by_keys", vec![Value::str("_set_of_items"), items])?
                    }
                }
            }
            Op::BuildMap(n) => {
                let items = self.pop_n(2 * n as usize);
                match self.dict_of_items(items)? {
                    Ok(d) => {
                        let id = self.alloc(Object::Dict(d));
                        self.push(Value::Obj(id));
                    }
                    Err(items) => {
                        self.call_prelude("_by_keys", vec![Value::str("_dict_of_pairs"), items])?
                    }
                }
            }
            Op::BuildString(n) => {
                let items = self.pop_n(n as usize);
                let mut s = String::new();
                for x in items {
                    if let Value::Str(t) = x {
                        s.push_str(&t);
                    }
                }
                self.push(Value::Str(Rc::from(s)));
            }
            Op::ListAppend(depth) | Op::SetAdd(depth) => {
                let v = self.pop();
                let target = self.peek(depth as usize);
                if let Value::Obj(id) = target {
                    match op {
                        Op::ListAppend(_) => {
                            if let Object::List(l) = self.heap.get_mut(id) {
                                l.push(v);
                            }
                        }
                        _ => {
                            let Some(k) = self.key_in(id, &v)? else {
                                let add = self.prelude_fn("_by_keys")?;
                                let args = vec![Value::str("_keyed_add"), target, v];
                                let args = Args::positional(args);
                                return self.call_value(add, args, Delivery::Discard);
                            };
                            if let Object::Set(s) = self.heap.get_mut(id) {
                                s.add(k, v);
                            }
                        }
                    }
                }
            }
            Op::MapAdd(depth) => {
                let v = self.pop();
                let k = self.pop();
                let target = self.peek(depth as usize);
                if let Value::Obj(id) = target {
                    let Some(key) = self.key_in(id, &k)? else {
                        let set = self.prelude_fn("_by_keys")?;
                        let args = vec![Value::str("_keyed_setitem"), target, k, v];
                        let args = Args::positional(args);
                        return self.call_value(set, args, Delivery::Discard);
                    };
                    if let Object::Dict(d) = self.heap.get_mut(id) {
                        d.insert(key, k, v);
                    }
                }
            }
            Op::ListExtend(depth) | Op::SetUpdate(depth) => {
                let it = self.pop();
                if !self.natively_iterable(&it) {
                    return self.retry_with("_list", vec![it]);
                }
                let target = self.peek(depth as usize);
                if let Value::Obj(id) = target {
                    if let Op::ListExtend(_) = op {
                        let items = self.iterate_native(&it)?;
                        if let Object::List(l) = self.heap.get_mut(id) {
                            l.extend(items);
                        }
                    } else {
                        // A set is merged (`set_update_internal`), which decides the layout.
                        if !self.set_update_in_place(id, &it)? {
                            let update = self.prelude_fn("_by_keys")?;
                            let args = vec![Value::str("_set_update_items"), target, it];
                            let args = Args::positional(args);
                            return self.call_value(update, args, Delivery::Discard);
                        }
                    }
                }
            }
            Op::DictUpdate(depth) | Op::DictMerge(depth) => {
                let m = self.pop();
                // A mapping that is not a dict (anything with keys(), as CPython checks:
                // collections.Counter, OrderedDict) is first copied into one.
                let is_instance = matches!(&m, Value::Obj(id) if matches!(self.heap.get(*id), Object::Instance(_)));
                if is_instance && self.lookup_special(&m, "keys").is_some() {
                    return self.retry_with("_dict_from", vec![m]);
                }
                let target = self.peek(depth as usize);
                if matches!(op, Op::DictUpdate(_)) && self.update_needs_python(&target, &m) {
                    let update = self.prelude_fn("_dict_update_from")?;
                    let args = Args::positional(vec![target, m]);
                    return self.call_value(update, args, Delivery::Discard);
                }
                let entries = match &m {
                    Value::Obj(id) => match self.heap.get(*id) {
                        Object::Dict(d) => d
                            .map
                            .iter()
                            .map(|(k, (kv, v))| (k.clone(), kv.clone(), v.clone()))
                            .collect::<Vec<_>>(),
                        _ => {
                            let t = self.type_name(&m);
                            return Err(self.type_error(format!("'{t}' object is not a mapping")));
                        }
                    },
                    _ => {
                        let t = self.type_name(&m);
                        return Err(self.type_error(format!("'{t}' object is not a mapping")));
                    }
                };
                if let Value::Obj(id) = target {
                    for (k, kv, v) in entries {
                        if let Op::DictMerge(_) = op {
                            let dup = matches!(self.heap.get(id), Object::Dict(d) if d.map.contains_key(&k));
                            if dup {
                                let name = self.str_of(&kv);
                                // Under the dict: the arguments tuple, then the callable.
                                let func = self.peek(depth as usize + 2).clone();
                                let func = self.function_str(&func);
                                return Err(self.type_error(format!(
                                    "{func} got multiple values for keyword argument '{name}'"
                                )));
                            }
                        }
                        if let Object::Dict(d) = self.heap.get_mut(id) {
                            d.insert(k, kv, v);
                        }
                    }
                }
            }
            Op::ListToTuple => {
                let l = self.pop();
                let items = self.iterate_native(&l)?;
                self.push(Value::tuple(items));
            }
            Op::FormatValue(flags) => {
                let spec = if flags & 4 != 0 {
                    self.pop()
                } else {
                    Value::str("")
                };
                let v = self.pop();
                let conv = flags & 3;
                if self.needs_python_text(&v, 0)
                    || self.has_python_special(&v, "__format__").is_some()
                {
                    return self
                        .call_prelude("_format_value", vec![v, Value::Int(conv as i64), spec]);
                }
                let v = match conv {
                    1 => Value::Str(Rc::from(self.str_checked(&v)?)),
                    2 => Value::Str(Rc::from(self.repr_checked(&v)?)),
                    3 => Value::Str(Rc::from(crate::runtime::builtins::ascii_of(
                        &self.repr_of(&v),
                    ))),
                    _ => v,
                };
                let spec = match &spec {
                    Value::Str(s) => s.clone(),
                    _ => Rc::from(""),
                };
                let s = self.format_with_spec(&v, &spec)?;
                self.push(Value::Str(Rc::from(s)));
            }
            Op::UnpackSequence(n) => {
                let seq = self.pop();
                if !self.natively_iterable(&seq) {
                    if self.is_iterable_object(&seq) {
                        return self.retry_with("_list", vec![seq]);
                    }
                    let t = self.type_name(&seq);
                    return Err(self.type_error(format!("cannot unpack non-iterable {t} object")));
                }
                let items = self.iterate_native(&seq)?;
                let n = n as usize;
                if items.len() < n {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected {n}, got {})",
                        items.len()
                    )));
                }
                if items.len() > n {
                    // 3.11 never says how many it got here (3.12 does, for lists and tuples).
                    return Err(
                        self.value_error(format!("too many values to unpack (expected {n})"))
                    );
                }
                for x in items.into_iter().rev() {
                    self.push(x);
                }
            }
            Op::UnpackEx(arg) => {
                let before = (arg & 0xff) as usize;
                let after = (arg >> 8) as usize;
                let seq = self.pop();
                if !self.natively_iterable(&seq) {
                    if self.is_iterable_object(&seq) {
                        return self.retry_with("_list", vec![seq]);
                    }
                    let t = self.type_name(&seq);
                    return Err(self.type_error(format!("cannot unpack non-iterable {t} object")));
                }
                let mut items = self.iterate_native(&seq)?;
                if items.len() < before + after {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(before);
                for x in tail.into_iter().rev() {
                    self.push(x);
                }
                let l = self.new_list(middle);
                self.push(l);
                for x in items.into_iter().rev() {
                    self.push(x);
                }
            }
            Op::Jump(t) => frame.ip = t as usize,
            Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
                let v = frame.stack.pop().unwrap_or(Value::None);
                let truth = match self.truthy(&v) {
                    Some(b) => b,
                    None => return self.retry_with("_truth", vec![v]),
                };
                let jump_if = matches!(op, Op::PopJumpIfTrue(_));
                if truth == jump_if {
                    if let Some(f) = self.frames.last_mut() {
                        f.ip = t as usize;
                    }
                }
            }
            Op::JumpIfFalseOrPop(t) | Op::JumpIfTrueOrPop(t) => {
                let v = frame.stack.last().cloned().unwrap_or(Value::None);
                // A Python `__bool__` is not consulted here (the value, not a bool, is kept).
                let truth = self.truthy(&v).unwrap_or(true);
                let jump_if = matches!(op, Op::JumpIfTrueOrPop(_));
                if let Some(f) = self.frames.last_mut() {
                    if truth == jump_if {
                        f.ip = t as usize;
                    } else {
                        f.stack.pop();
                    }
                }
            }
            Op::GetIter => {
                let v = self.pop();
                match self.get_iter(&v)? {
                    Some(it) => self.push(it),
                    None => self.iter_python(v)?,
                }
            }
            Op::ForIter(target) => {
                let it = frame.stack.last().cloned().unwrap_or(Value::None);
                let Value::Obj(id) = it else {
                    return Err(self.type_error("for loop over a non-iterator"));
                };
                match self.heap.get(id) {
                    Object::Iterator(_) => match self.next_native(id)? {
                        Some(v) => self.push(v),
                        None => {
                            if let Some(f) = self.frames.last_mut() {
                                f.stack.pop();
                                f.ip = target as usize;
                            }
                        }
                    },
                    Object::Generator(_) => {
                        self.resume_generator(id, GenInput::Send(Value::None), ResumeMode::ForIter)?
                    }
                    _ => {
                        let next = self.lookup_special(&it, "__next__");
                        match next {
                            Some(f) => {
                                let bound = self.bind(f, it.clone());
                                self.call_value(bound, Args::default(), Delivery::ForIterNext)?
                            }
                            None => {
                                let t = self.type_name(&it);
                                return Err(
                                    self.type_error(format!("'{t}' object is not an iterator"))
                                );
                            }
                        }
                    }
                }
            }
            Op::Call(n) => {
                let n = n as usize;
                let len = frame.stack.len();
                if len > n {
                    if n == 1 {
                        if let Some(gid) =
                            generator_send_target(&frame.stack, &self.natives, &self.heap)
                        {
                            return self.send_to_generator(gid);
                        }
                    }
                    if let Value::Method(m) = &frame.stack[len - n - 1] {
                        // `g.switch()`: switch at once, as `greenlet_switch` would.
                        if let (0, Value::Native(nid), Value::Obj(gid)) = (n, &m.func, &m.receiver)
                        {
                            let gid = *gid;
                            let is_switch = self.natives.get(nid.0 as usize).is_some_and(|e| {
                                std::ptr::fn_addr_eq(
                                    e.func,
                                    crate::runtime::methods::greenlet_switch as super::NativeFn,
                                )
                            });
                            let is_greenlet = matches!(self.heap.get(gid),
                                Object::Instance(i) if matches!(i.payload, super::heap::Payload::Greenlet(_)));
                            if is_switch && is_greenlet {
                                let frame = self.frames.last_mut().expect("running frame");
                                let _method = frame.stack.pop();
                                self.switch_greenlet(
                                    gid,
                                    super::coroutine::SwitchIn::Args(Args::default()),
                                    crate::trace::SwitchReason::Switch,
                                );
                                return Ok(());
                            }
                        }
                        // A bound method: the receiver goes first; one vector instead of two.
                        let (func, receiver) = (m.func.clone(), m.receiver.clone());
                        let mut pos = Vec::with_capacity(n + 1);
                        pos.push(receiver);
                        pos.extend(frame.stack.drain(len - n..));
                        let _method = frame.stack.pop();
                        return self.call_value(func, Args::positional(pos), Delivery::Push);
                    }
                }
                let args = self.pop_n(n);
                let func = self.pop();
                self.call_value(func, Args::positional(args), Delivery::Push)?;
            }
            Op::CallKw(n) => {
                let names = self.pop();
                let mut args = self.pop_n(n as usize);
                let func = self.pop();
                let names: Vec<Rc<str>> = match names {
                    Value::Tuple(t) => t
                        .iter()
                        .map(|v| match v {
                            Value::Str(s) => s.clone(),
                            _ => Rc::from("?"),
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                let kw_values = args.split_off(args.len().saturating_sub(names.len()));
                let kw = names.into_iter().zip(kw_values).collect();
                self.call_value(func, Args { pos: args, kw }, Delivery::Push)?;
            }
            Op::CallEx(flags) => {
                let kwargs = if flags & 1 != 0 {
                    Some(self.pop())
                } else {
                    None
                };
                let args = self.pop();
                let func = self.pop();
                let pos = self.iterate_native(&args)?;
                let mut kw = Vec::new();
                if let Some(Value::Obj(d)) = kwargs {
                    if let Object::Dict(d) = self.heap.get(d) {
                        for (_, (k, v)) in d.map.iter() {
                            match k {
                                Value::Str(s) => kw.push((s.clone(), v.clone())),
                                _ => {}
                            }
                        }
                    }
                }
                self.call_value(func, Args { pos, kw }, Delivery::Push)?;
            }
            Op::MakeFunction(flags) => self.make_function(flags)?,
            Op::ReturnValue => return self.return_value(),
            Op::BuildClass => {
                let bases = self.pop();
                let name = self.pop();
                let body = self.pop();
                let bases = match bases {
                    Value::Tuple(t) => t.to_vec(),
                    _ => Vec::new(),
                };
                let name: Rc<str> = match name {
                    Value::Str(s) => s,
                    _ => Rc::from("?"),
                };
                let Value::Obj(fid) = body else { return Ok(()) };
                let Object::Function(f) = self.heap.get(fid) else {
                    return Ok(());
                };
                let (code, globals, closure) = (f.code.clone(), f.globals, f.closure.clone());
                let ns = self.new_dict();
                let mut frame = Frame::new(
                    code.clone(),
                    globals,
                    Some(ns),
                    Delivery::MakeClass { name, bases },
                );
                for _ in 0..code.cellvars.len() {
                    let cell = self.alloc(Object::Cell(None));
                    frame.cells.push(cell);
                }
                frame.cells.extend(closure);
                self.frames.push(frame);
            }
            Op::YieldValue => {
                // (`frame.stack`, not `self.pop()`: that is a call, once per transfer; and
                // `unwrap_or_else`, as `unwrap_or` would drop its unused default out of line)
                let v = frame.stack.pop().unwrap_or_else(|| Value::None);
                self.generator_yield(v);
            }
            Op::GetYieldFromIter => {
                let v = self.pop();
                let is_gen = matches!(&v, Value::Obj(id) if matches!(self.heap.get(*id), Object::Generator(_)));
                if is_gen {
                    self.push(v);
                } else {
                    match self.get_iter(&v)? {
                        Some(it) => self.push(it),
                        None => self.iter_python(v)?,
                    }
                }
            }
            Op::YieldFrom => {
                let sent = self.pop();
                let sub = self.peek(1);
                let Value::Obj(id) = sub else {
                    return Err(self.type_error("yield from a non-iterator"));
                };
                match self.heap.get(id) {
                    Object::Generator(_) => {
                        self.resume_generator(id, GenInput::Send(sent), ResumeMode::YieldFrom)?;
                    }
                    Object::Iterator(_) => {
                        if !sent.is_none() {
                            let t = self.type_name(&sub);
                            return Err(self
                                .attribute_error(format!("'{t}' object has no attribute 'send'")));
                        }
                        match self.next_native(id)? {
                            Some(v) => {
                                if let Some(f) = self.frames.last_mut() {
                                    f.ip -= 1;
                                }
                                self.generator_yield(v);
                            }
                            None => {
                                self.pop();
                                self.push(Value::None);
                            }
                        }
                    }
                    _ => {
                        return Err(self
                            .type_error("yield from over a Python iterator is not supported yet"))
                    }
                }
            }
            Op::SetupFinally(h) => {
                let block = Block {
                    handler: h,
                    stack_depth: frame.stack.len() as u32,
                    handling_depth: frame.handling.len() as u32,
                };
                frame.blocks.push(block);
            }
            Op::PopBlock => {
                frame.blocks.pop();
            }
            Op::PopExcept => {
                frame.handling.pop();
            }
            Op::Raise(n) => return self.raise_op(n),
            Op::Reraise => {
                let e = self.pop();
                self.reraise(e);
            }
            Op::JumpIfNotExcMatch(t) => {
                let class = self.pop();
                let exc = self.peek(1);
                if !self.exception_matches_spec(&exc, &class)? {
                    if let Some(f) = self.frames.last_mut() {
                        f.ip = t as usize;
                    }
                }
            }
            Op::BeforeWith => {
                let cm = self.pop();
                let (Some(enter), Some(exit)) = (
                    self.lookup_special(&cm, "__enter__"),
                    self.lookup_special(&cm, "__exit__"),
                ) else {
                    let t = self.type_name(&cm);
                    return Err(self.type_error(format!(
                        "'{t}' object does not support the context manager protocol"
                    )));
                };
                let exit = self.bind(exit, cm.clone());
                let enter = self.bind(enter, cm);
                self.push(exit);
                self.call_value(enter, Args::default(), Delivery::Push)?;
            }
            Op::WithExceptStart => {
                let exc = self.peek(1);
                let exit = self.peek(2);
                let t = Value::Obj(self.type_of(&exc));
                self.call_value(
                    exit,
                    Args::positional(vec![t, exc, Value::None]),
                    Delivery::Push,
                )?;
            }
            Op::RaiseAssert(n) => {
                let args = if n == 1 { vec![self.pop()] } else { Vec::new() };
                return Err(self.new_exception(self.exc.assertion_error, args));
            }
            Op::ImportName(i) => {
                let name = self.name_at(i);
                if let Some(m) = self.modules.get(&*name) {
                    let m = m.clone();
                    self.push(m);
                    return Ok(());
                }
                let top = name.split('.').next().unwrap_or(&name).to_string();
                match crate::runtime::modules::python_module_code(&top) {
                    Some(code) if !self.modules.contains_key(&*top) => {
                        // A module written in Python: run its body, then this op again.
                        self.start_python_module(&top, code)?;
                    }
                    _ => {
                        let m = self.import_module(&name)?;
                        self.push(m);
                    }
                }
            }
            Op::ImportFrom(i) => {
                let name = self.name_at(i);
                let m = self.peek(1);
                match self.load_attr(&m, &name) {
                    Ok(Lookup::Found(v)) => self.push(v),
                    _ => {
                        let mname = match &m {
                            Value::Obj(id) => match self.heap.get(*id) {
                                Object::Module(md) => md.name.to_string(),
                                _ => "?".into(),
                            },
                            _ => "?".into(),
                        };
                        return Err(self.error(
                            self.exc.import_error,
                            format!(
                                "cannot import name '{name}' from '{mname}' (unknown location)"
                            ),
                        ));
                    }
                }
            }
            Op::ImportStar => {
                let m = self.pop();
                let ns = match self.frames.last() {
                    Some(f) => f.names.unwrap_or(f.globals),
                    None => return Ok(()),
                };
                if let Value::Obj(id) = m {
                    if let Object::Module(md) = self.heap.get(id) {
                        let d = md.dict;
                        let entries: Vec<(Rc<str>, Value)> = match self.heap.get(d) {
                            Object::Dict(dict) => dict
                                .map
                                .iter()
                                .filter_map(|(k, (_, v))| match k {
                                    super::dict::Key::Str(s) if !s.starts_with('_') => {
                                        Some((s.clone(), v.clone()))
                                    }
                                    _ => None,
                                })
                                .collect(),
                            _ => Vec::new(),
                        };
                        for (k, v) in entries {
                            self.dict_set_str(ns, k, v);
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// Start running the body of a module written in Python (`gevent`, `threading`). It is in
    /// `sys.modules` from the start, as in CPython; the `ImportName` that asked for it runs again
    /// when the body returns.
    fn start_python_module(
        &mut self,
        name: &str,
        code: Result<Rc<Code>, FrontEndError>,
    ) -> PyResult<()> {
        let code = match code.map_err(|e| e.message()) {
            Ok(c) => c,
            Err(msg) => {
                return Err(self.error(
                    self.exc.import_error,
                    format!("module {name} failed to compile: {msg}"),
                ))
            }
        };
        let dict = self.new_dict();
        self.dict_set_str(dict, Rc::from("__name__"), Value::str(name));
        let m = self.alloc(Object::Module(super::heap::Module {
            name: Rc::from(name),
            dict,
        }));
        self.modules.insert(Rc::from(name), Value::Obj(m));
        if let Some(f) = self.frames.last_mut() {
            f.ip -= 1;
        }
        if self.frames.len() >= self.limits.recursion {
            return Err(self.error(self.exc.recursion_error, "maximum recursion depth exceeded"));
        }
        self.frames
            .push(Frame::new(code, dict, None, Delivery::Import(m)));
        Ok(())
    }

    /// `UnboundLocalError` for a local read or deleted before it was assigned.
    fn unbound_local(&mut self, name: Option<Rc<str>>) -> Value {
        let name = name.unwrap_or_else(|| Rc::from("?"));
        self.error(
            self.exc.unbound_local_error,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    fn cell_name(&self, i: u32) -> Rc<str> {
        let Some(f) = self.frames.last() else {
            return Rc::from("?");
        };
        let i = i as usize;
        let n = f.code.cellvars.len();
        if i < n {
            f.code.cellvars[i].clone()
        } else {
            f.code
                .freevars
                .get(i - n)
                .cloned()
                .unwrap_or_else(|| Rc::from("?"))
        }
    }

    fn load_global(&mut self, globals: super::value::ObjId, name: &Rc<str>) -> PyResult<Value> {
        if let Some(v) = self.dict_get_str(globals, name) {
            return Ok(v);
        }
        if let Some(v) = self.dict_get_str(self.builtins, name) {
            return Ok(v);
        }
        Err(self.name_error(name.clone(), globals))
    }

    /// `NameError: name 'x' is not defined`, remembering where it was looked up.
    fn name_error(&mut self, name: Rc<str>, globals: super::value::ObjId) -> Value {
        let e = self.error(self.exc.name_error, format!("name '{name}' is not defined"));
        if let Some(d) = self.exc_data_mut(&e) {
            d.missing_name = Some((name, globals));
        }
        e
    }

    /// Call `obj.<name>(*args)` found on its type, or raise `TypeError: '<type>' object <what>`.
    fn call_special(
        &mut self,
        obj: &Value,
        name: &str,
        args: Vec<Value>,
        delivery: Delivery,
        what: &str,
    ) -> PyResult<()> {
        match self.lookup_special(obj, name) {
            Some(f) => {
                let bound = self.bind(f, obj.clone());
                self.call_value(bound, Args::positional(args), delivery)
            }
            None => {
                let t = self.type_name(obj);
                Err(self.type_error(format!("'{t}' object {what}")))
            }
        }
    }

    fn is_iterable_object(&self, v: &Value) -> bool {
        match v {
            Value::Obj(id) => match self.heap.get(*id) {
                Object::Generator(_) => true,
                Object::Instance(_) => self.lookup_special(v, "__iter__").is_some(),
                _ => false,
            },
            _ => false,
        }
    }

    /// `except spec:` — an exception class or a tuple of them. As in CPython, a tuple inside
    /// the tuple is not allowed, and every item is checked before any is matched.
    fn exception_matches_spec(&mut self, exc: &Value, spec: &Value) -> PyResult<bool> {
        let base = self.exc.base_exception;
        let exception_class = |vm: &Vm, c: &Value| match c {
            Value::Obj(id) if vm.is_subclass(*id, base) => Some(*id),
            _ => None,
        };
        let classes: Option<Vec<super::value::ObjId>> = match spec {
            Value::Tuple(items) => items.iter().map(|c| exception_class(self, c)).collect(),
            other => exception_class(self, other).map(|id| vec![id]),
        };
        match classes {
            Some(classes) => Ok(classes.into_iter().any(|id| self.exc_matches(exc, id))),
            None => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    fn raise_op(&mut self, n: u32) -> PyResult<()> {
        match n {
            0 => match self.handled_exception() {
                Some(e) => {
                    self.reraise(e);
                    Ok(())
                }
                None => Err(self.runtime_error("No active exception to reraise")),
            },
            _ => {
                let cause = if n == 2 { Some(self.pop()) } else { None };
                let v = self.pop();
                // A class whose `__init__` is Python code must be instantiated by Python code
                // first: `raise C` runs again with the instance; `raise C from x` is finished by
                // the prelude's `_raise_new`, whose (internal) frame tracebacks leave out.
                if let Value::Obj(id) = &v {
                    if matches!(self.heap.get(*id), Object::Class(_))
                        && matches!(self.lookup_in_class(*id, "__init__"), Some(Value::Obj(_)))
                    {
                        if let Some(c) = cause {
                            return self.call_prelude("_raise_new", vec![v.clone(), c]);
                        }
                        if let Some(f) = self.frames.last_mut() {
                            f.ip -= 1;
                        }
                        return self.call_value(v.clone(), Args::default(), Delivery::Push);
                    }
                }
                let exc = self.exception_from(v)?;
                if let Some(c) = cause {
                    let c = if c.is_none() {
                        None
                    } else {
                        Some(self.exception_from(c)?)
                    };
                    if let Some(d) = self.exc_data_mut(&exc) {
                        d.cause = c;
                        d.suppress_context = true;
                    }
                }
                Err(exc)
            }
        }
    }

    /// Build a function from `[defaults?, kwdefaults?, closure?, code]`.
    fn make_function(&mut self, flags: u32) -> PyResult<()> {
        let code = self.pop();
        let Value::Obj(cid) = code else {
            return Err(self.runtime_error("MakeFunction without code"));
        };
        let Object::Code(code) = self.heap.get(cid) else {
            return Err(self.runtime_error("MakeFunction without code"));
        };
        let code = code.clone();
        let closure = if flags & 8 != 0 {
            match self.pop() {
                Value::Tuple(t) => t.iter().filter_map(|v| v.as_obj()).collect(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let kwdefaults = if flags & 2 != 0 {
            match self.pop() {
                Value::Obj(d) => match self.heap.get(d) {
                    Object::Dict(d) => d
                        .map
                        .values()
                        .filter_map(|(k, v)| match k {
                            Value::Str(s) => Some((s.clone(), v.clone())),
                            _ => None,
                        })
                        .collect(),
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let defaults = if flags & 1 != 0 {
            match self.pop() {
                Value::Tuple(t) => t.to_vec(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let globals = self
            .frames
            .last()
            .map(|f| f.globals)
            .unwrap_or(self.main_globals);
        let f = self.alloc(Object::Function(Function {
            name: code.name.clone(),
            qualname: code.qualname.clone(),
            code,
            globals,
            defaults,
            kwdefaults,
            closure,
            dict: Default::default(),
        }));
        self.push(Value::Obj(f));
        Ok(())
    }

    /// `ReturnValue`: the frame ends; its delivery decides where the value goes.
    fn return_value(&mut self) -> PyResult<()> {
        let Some(mut frame) = self.frames.pop() else {
            return Ok(());
        };
        let v = frame.stack.pop().unwrap_or(Value::None);
        self.note_frame_dropped(&frame);
        match frame.delivery {
            Delivery::Push | Delivery::ForIterNext => self.push(v),
            Delivery::PushInstead(x) => {
                if !v.is_none() {
                    let t = self.type_name(&v);
                    return Err(
                        self.type_error(format!("__init__() should return None, not '{t}'"))
                    );
                }
                self.push(x)
            }
            Delivery::MakeClass { name, bases } => {
                let cls = self.make_class(name, bases, v)?;
                self.push(cls);
            }
            Delivery::GreenletRun => self.greenlet_returned(v),
            Delivery::Main => self.main_finished(),
            Delivery::Generator(gen, mode) => self.generator_returned(gen, mode, v),
            Delivery::Import(_) => {}
            Delivery::Discard => {}
        }
        Ok(())
    }
}

/// What stopped [`Vm::burst_in_frame`].
enum BurstEnd {
    /// An op that only `step` runs (or no steps left).
    Step,
    /// `CALL 1` of this generator's bound `send` ([`generator_send_target`]).
    Send(super::ObjId),
    /// `YIELD_VALUE`.
    Yield,
    /// `CALL 1` of this generator's bound `send`, its two `LOAD_FAST`s run without pushing: the
    /// argument is in local `arg` (see `burst_in_frame`).
    SendLocal { gen: super::ObjId, arg: u32 },
    /// `YIELD_VALUE` of the value in this local, its `LOAD_FAST` run without pushing.
    YieldLocal(u32),
}

/// A copy of `v`, with the plain values copied inline (`clone` of a `Value` is a call at the
/// page's opt-level).
#[inline(always)]
fn copy_value(v: &Value) -> Value {
    match v {
        Value::Int(n) => Value::Int(*n),
        Value::None => Value::None,
        Value::Bool(b) => Value::Bool(*b),
        v => v.clone(),
    }
}

/// The generator `g` when the top of `stack` is a call of `g.send` with one argument (the bound
/// built-in `send` of a generator, then the argument): that `CALL 1` resumes `g` at once.
fn generator_send_target(
    stack: &[Value],
    natives: &[super::NativeEntry],
    heap: &super::heap::Heap,
) -> Option<super::ObjId> {
    let method = stack.len().checked_sub(2).and_then(|i| stack.get(i))?;
    send_method_target(method, natives, heap)
}

/// The generator `g` when `method` is `g.send`, the bound built-in `send` of a generator.
#[inline(always)]
fn send_method_target(
    method: &Value,
    natives: &[super::NativeEntry],
    heap: &super::heap::Heap,
) -> Option<super::ObjId> {
    let Value::Method(m) = method else {
        return None;
    };
    let (Value::Native(nid), Value::Obj(gid)) = (&m.func, &m.receiver) else {
        return None;
    };
    let is_send = natives.get(nid.0 as usize).is_some_and(|e| {
        std::ptr::fn_addr_eq(e.func, crate::runtime::methods::gen_send as super::NativeFn)
    });
    (is_send && matches!(heap.get(*gid), Object::Generator(_))).then_some(*gid)
}

/// `c = a op b` for a burst's four steps `LOAD_FAST a; LOAD_FAST b; BINARY_OP op; STORE_FAST c`
/// (or `INPLACE_OP`), when `a` and `b` hold small ints, so does the result, and `c` holds nothing
/// to free: the stack ends as it began, so nothing is pushed or popped. False, with nothing
/// changed, otherwise.
#[inline(always)]
fn int_assign_op(locals: &mut [Option<Value>], a: u32, b: u32, op: BinOp, c: u32) -> bool {
    let (Some(Some(Value::Int(x))), Some(Some(Value::Int(y)))) =
        (locals.get(a as usize), locals.get(b as usize))
    else {
        return false;
    };
    let Some(r) = small_int_binop(op, *x, *y) else {
        return false;
    };
    match locals.get_mut(c as usize) {
        Some(slot @ (None | Some(Value::Int(_) | Value::None | Value::Bool(_)))) => {
            // Nothing to free in the old value.
            std::mem::forget(slot.replace(Value::Int(r)));
            true
        }
        _ => false,
    }
}

/// `x op y` for the small-int arithmetic the fast paths run (`+ - *`), unless it overflows.
#[inline(always)]
pub(super) fn small_int_binop(op: BinOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => small_int_mul(x, y),
        _ => None,
    }
}

/// `x * y` unless it overflows. Two factors that fit in 32 bits cannot overflow 64, and their
/// product is one plain multiplication; `checked_mul` would be a call of the 128-bit multiply
/// (`__multi3`) on wasm32 for every product.
#[inline(always)]
fn small_int_mul(x: i64, y: i64) -> Option<i64> {
    match (i32::try_from(x), i32::try_from(y)) {
        (Ok(a), Ok(b)) => Some(i64::from(a) * i64::from(b)),
        _ => x.checked_mul(y),
    }
}

// The fast paths' stack helpers below look at the top of the stack through slice patterns and
// drop nothing out of line: at the page's opt-level ("z") LLVM inlines neither `Vec`'s `Index`
// (a call and a bounds check per operand) nor `drop_in_place` of a popped `Value`, which costs a
// call even for an int.

/// Pop the top of `stack`, which the caller has just seen to be an int, a bool or `None`: values
/// with nothing to free, so no drop needs to run.
#[inline(always)]
fn pop_plain(stack: &mut Vec<Value>) {
    if let Some(v) = stack.pop() {
        debug_assert!(matches!(v, Value::Int(_) | Value::Bool(_) | Value::None));
        std::mem::forget(v);
    }
}

/// The fast paths' `BinaryOp`: replace the two small ints on top of `stack` by `a op b`.
/// False, with nothing changed, when the operands or the result need the general path.
#[inline(always)]
fn int_binop_on_stack(stack: &mut Vec<Value>, op: BinOp) -> bool {
    let [.., Value::Int(x), Value::Int(y)] = stack.as_mut_slice() else {
        return false;
    };
    let Some(r) = small_int_binop(op, *x, *y) else {
        return false;
    };
    // Ints need no drop: overwrite the left operand in place and pop the right.
    *x = r;
    pop_plain(stack);
    true
}

/// `x op y` for the comparisons the fast paths run on two ints (not `in`, `not in`).
#[inline(always)]
fn int_compare(op: CmpOp, x: i64, y: i64) -> Option<bool> {
    Some(match op {
        CmpOp::Eq | CmpOp::Is => x == y,
        CmpOp::NotEq | CmpOp::IsNot => x != y,
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        _ => return None,
    })
}

/// The fast paths' `CompareOp`: replace the two small ints on top of `stack` by the comparison's
/// bool. False, with nothing changed, for other operands or operators (`in`, `is` on objects …).
#[inline(always)]
fn int_compare_on_stack(stack: &mut Vec<Value>, op: CmpOp) -> bool {
    let [.., left @ Value::Int(_), Value::Int(y)] = stack.as_mut_slice() else {
        return false;
    };
    let Value::Int(x) = *left else {
        return false;
    };
    let Some(r) = int_compare(op, x, *y) else {
        return false;
    };
    // The left int becomes the result (an int needs no drop), then the right one goes.
    std::mem::forget(std::mem::replace(left, Value::Bool(r)));
    pop_plain(stack);
    true
}

//! Closing generators that lose their last reference.
//!
//! CPython frees an object the moment its reference count reaches zero, and freeing an
//! unfinished generator closes it: `GeneratorExit` is thrown in (its `finally` blocks run) and
//! the trace shows `gen-resume` then `gen-raise … GeneratorExit`. That happens when `any()`
//! stops early, on `break` out of a `for` over a generator, when `g = None` drops the last
//! name for one, and so on.
//!
//! The heap has no reference counts, so the VM approximates the moment: wherever a reference
//! goes away (a popped value, an overwritten or deleted variable, a finished frame's locals and
//! stack) an unfinished generator among the dropped values becomes a candidate. After the
//! instruction, if any candidate is not reachable from the roots (a mark, as the collector
//! does), it is closed before the program goes on. Generators kept alive only by a reference
//! cycle are not closed, which is CPython's behaviour too until its cycle collector runs.

use std::rc::Rc;

use super::coroutine::GenInput;
use super::frame::{Delivery, Frame, ResumeMode};
use super::heap::{GenState, Object};
use super::value::{ObjId, Value};
use super::Vm;

impl Vm {
    /// A reference to `v` went away: remember the unfinished generators it may have kept alive
    /// (itself, the items of a tuple, the receiver of a bound method).
    #[inline(always)]
    pub fn note_dropped(&mut self, v: &Value) {
        match v {
            Value::Obj(id) => self.note_dropped_obj(*id),
            Value::Tuple(_) | Value::Method(_) => self.note_dropped_nested(v),
            _ => {}
        }
    }

    #[inline(always)]
    fn note_dropped_obj(&mut self, id: ObjId) {
        if let Object::Generator(g) = self.heap.get(id) {
            if matches!(g.state, GenState::Created | GenState::Suspended) {
                self.dropped.push(id);
            }
        }
    }

    /// A tuple or method. Only where a tuple or method lost its last holder do its items lose
    /// a reference. A tuple of plain values (the usual kind) is looked at here; tuples inside
    /// it go to [`note_dropped_deep`](Self::note_dropped_deep).
    fn note_dropped_nested(&mut self, v: &Value) {
        match v {
            Value::Tuple(items) if items.is_unique() => {
                for item in items.iter() {
                    match item {
                        Value::Obj(id) => self.note_dropped_obj(*id),
                        Value::Tuple(_) | Value::Method(_) => self.note_dropped_deep(item),
                        _ => {}
                    }
                }
            }
            Value::Method(m) if Rc::strong_count(m) == 1 => self.note_dropped_deep(&m.receiver),
            _ => {}
        }
    }

    /// [`note_dropped`](Self::note_dropped) with a work list instead of recursion, as tuples
    /// nest without limit.
    fn note_dropped_deep(&mut self, v: &Value) {
        let mut pending = vec![v];
        while let Some(v) = pending.pop() {
            match v {
                Value::Obj(id) => self.note_dropped_obj(*id),
                Value::Tuple(items) if items.is_unique() => pending.extend(items.iter()),
                Value::Method(m) if Rc::strong_count(m) == 1 => pending.push(&m.receiver),
                _ => {}
            }
        }
    }

    /// A frame is gone: its locals and what was left on its stack lose a reference.
    pub fn note_frame_dropped(&mut self, frame: &Frame) {
        for v in frame.locals.iter().flatten() {
            self.note_dropped(v);
        }
        for v in &frame.stack {
            self.note_dropped(v);
        }
    }

    /// Between instructions: queue the dropped generators nothing reaches any more, and start
    /// closing the next queued one unless one is being closed already.
    pub fn finalize_dropped(&mut self) {
        if !self.dropped.is_empty() {
            self.queue_unreachable();
        }
        if self.to_finalize.is_empty() || self.finalizer_running() {
            return;
        }
        while let Some(gen) = self.to_finalize.pop_front() {
            let unfinished = matches!(self.heap.get(gen),
                Object::Generator(g) if matches!(g.state, GenState::Created | GenState::Suspended));
            if !unfinished {
                continue;
            }
            let exc = self.new_exception(self.exc.generator_exit, Vec::new());
            if let Err(e) = self.resume_generator(gen, GenInput::Throw(exc), ResumeMode::Finalize) {
                self.report_unraisable(gen, &e);
            }
            if self.finalizer_running() {
                // Its `finally` runs over the next steps; the rest wait for it.
                return;
            }
        }
    }

    fn queue_unreachable(&mut self) {
        let mut dropped = std::mem::take(&mut self.dropped);
        // Most dropped generators are still held by a variable or a stack slot of a running
        // frame, or a global: that settles it without marking the whole heap.
        dropped.retain(|g| !self.directly_held(*g));
        while !dropped.is_empty() {
            let marked = self.mark();
            let mut freed_frames = Vec::new();
            for gen in dropped.drain(..) {
                if marked.get(gen.0 as usize).copied().unwrap_or(true)
                    || self.to_finalize.contains(&gen)
                {
                    continue;
                }
                let Object::Generator(g) = self.heap.get_mut(gen) else {
                    continue;
                };
                if !matches!(g.state, GenState::Created | GenState::Suspended) {
                    continue;
                }
                if g.internal {
                    // A prelude iterator (`zip`, `map` …) is C code in CPython: it just frees
                    // what it holds, which may be the last reference to a user generator.
                    g.state = GenState::Finished;
                    if let Some(frame) = g.frame.take() {
                        freed_frames.push(frame);
                    }
                } else {
                    self.to_finalize.push_back(gen);
                }
            }
            for frame in freed_frames {
                self.note_frame_dropped(&frame);
            }
            dropped = std::mem::take(&mut self.dropped);
        }
    }

    /// Does a running frame (locals or stack) or the main module's namespace hold `gen`?
    fn directly_held(&self, gen: ObjId) -> bool {
        let is_gen = |v: &Value| matches!(v, Value::Obj(id) if *id == gen);
        let in_frames = self
            .frames
            .iter()
            .any(|f| f.locals.iter().flatten().any(is_gen) || f.stack.iter().any(is_gen));
        in_frames
            || matches!(self.heap.get(self.main_globals),
                Object::Dict(d) if d.map.values().any(|(_, v)| is_gen(v)))
    }

    /// Is a generator being closed for lack of references on the running stack?
    fn finalizer_running(&self) -> bool {
        self.frames
            .iter()
            .any(|f| matches!(f.delivery, Delivery::Generator(_, ResumeMode::Finalize)))
    }

    /// An error while finalizing a generator has nobody to go to: CPython prints it, prefixed
    /// with what it was finalizing, and goes on.
    pub fn report_unraisable(&mut self, gen: ObjId, exc: &Value) {
        let what = self.repr_of(&Value::Obj(gen));
        let text = self.format_exception(exc);
        self.write_stderr(&format!("Exception ignored in: {what}\n{text}"));
    }
}

//! A frame: one running function (or module, or class body) with its own operand stack.
//!
//! Frames belong to a coroutine: the running greenlet's frames are the VM's `frames`; a suspended
//! greenlet keeps its own; a suspended generator keeps its single frame. A frame also says what
//! should happen to its result ([`Delivery`]) so that no Python call ever becomes a Rust call.

use std::rc::Rc;

use super::value::{ObjId, Value};
use crate::lang::op::Code;

/// A handler pushed by `SetupFinally`.
#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub handler: u32,
    pub stack_depth: u32,
    pub handling_depth: u32,
}

/// What to do with a frame's result when it returns.
#[derive(Clone, Debug)]
pub enum Delivery {
    /// Push it on the caller's stack (an ordinary call).
    Push,
    /// Push this value instead (`__init__` returns `None`; the call gives the instance).
    PushInstead(Value),
    /// A class body finished: make the class from the namespace it returns.
    MakeClass { name: Rc<str>, bases: Vec<Value> },
    /// The bottom frame of a greenlet: finishing ends the greenlet.
    GreenletRun,
    /// The bottom frame of the main module: finishing ends the program's top level.
    Main,
    /// A generator's frame: finishing ends the generator (see [`ResumeMode`]).
    Generator(ObjId, ResumeMode),
    /// The result of `__next__` called by `ForIter`: a `StopIteration` leaving this frame ends
    /// the caller's loop instead of propagating.
    ForIterNext,
    /// A module body run by `import` (the module is already in `sys.modules`): the result is
    /// dropped and the `ImportName` that started it runs again.
    Import(ObjId),
    /// Nothing waits for the result (a property setter, `__setitem__`).
    Discard,
}

/// How a generator was resumed: it decides where its next value goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResumeMode {
    /// `for` loop: a yielded value is the next item; returning ends the loop.
    ForIter,
    /// `next()` / `send()` / `throw()`: returning raises `StopIteration(value)` in the caller.
    Send,
    /// `yield from` in another generator's frame below: returning pushes the result there.
    YieldFrom,
    /// `close()`: yielding is an error, `GeneratorExit` leaving it is the normal end.
    Close,
    /// Closed because its last reference went away: like `Close`, but nobody waits for a
    /// result, and what goes wrong is only reported ("Exception ignored in: …").
    Finalize,
}

#[derive(Clone, Debug)]
pub struct Frame {
    pub code: Rc<Code>,
    /// The next instruction to run.
    pub ip: usize,
    pub stack: Vec<Value>,
    /// Fast locals, by `Code::varnames` index.
    pub locals: Vec<Option<Value>>,
    /// Cells: cellvars, then freevars.
    pub cells: Vec<ObjId>,
    /// The module dict used for globals.
    pub globals: ObjId,
    /// The namespace dict for `LoadName`/`StoreName` (module and class bodies).
    pub names: Option<ObjId>,
    pub blocks: Vec<Block>,
    /// Exceptions being handled (innermost last): for bare `raise` and `__context__`.
    pub handling: Vec<Value>,
    pub delivery: Delivery,
}

impl Frame {
    /// A new frame, boxed: a frame stays in its box for its whole life (on a coroutine's
    /// stack, or in a suspended generator), so a generator's transfers move a pointer, not the
    /// frame.
    pub fn new(
        code: Rc<Code>,
        globals: ObjId,
        names: Option<ObjId>,
        delivery: Delivery,
    ) -> Box<Frame> {
        let nlocals = code.varnames.len();
        Box::new(Frame {
            code,
            ip: 0,
            stack: Vec::with_capacity(8),
            locals: vec![None; nlocals],
            cells: Vec::new(),
            globals,
            names,
            blocks: Vec::new(),
            handling: Vec::new(),
            delivery,
        })
    }

    /// The line now running (the instruction before `ip`, once it has started).
    pub fn line(&self) -> u32 {
        self.code.line_at(self.ip.saturating_sub(1))
    }
}

//! The heap: an arena of every mutable object, addressed by [`ObjId`].
//!
//! Objects are never moved; a freed slot goes on a free list and is reused. A mark-and-sweep
//! collector (`gc.rs`) frees what no root reaches. The whole heap is `Clone`, which is how a
//! checkpoint captures a program's state.

use std::rc::Rc;

use indexmap::IndexMap;

use super::dict::{Dict, PySet};
use super::frame::Frame;
use super::value::{ObjId, TupleItems, Value};
use crate::lang::op::Code;
use crate::trace::CoroId;

#[derive(Clone, Debug)]
pub enum Object {
    /// A freed slot.
    Free,
    List(Vec<Value>),
    Dict(Dict),
    Set(PySet),
    Function(Function),
    Class(Class),
    Instance(Instance),
    Module(Module),
    Cell(Option<Value>),
    Generator(Generator),
    Iterator(IterState),
    Range {
        start: i64,
        stop: i64,
        step: i64,
    },
    Slice {
        start: Value,
        stop: Value,
        step: Value,
    },
    Property {
        fget: Value,
        fset: Value,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    /// A code object on the stack, between `LoadConst` and `MakeFunction`.
    Code(Rc<Code>),
    /// `super()`: look-ups start after `class` in the MRO of `obj`'s type.
    Super {
        class: ObjId,
        obj: Value,
    },
}

#[derive(Clone, Debug)]
pub struct Function {
    pub code: Rc<Code>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// The module dict its globals live in.
    pub globals: ObjId,
    pub defaults: Vec<Value>,
    pub kwdefaults: Vec<(Rc<str>, Value)>,
    /// Cells captured from enclosing functions, in the order of `code.freevars`.
    pub closure: Vec<ObjId>,
    pub dict: IndexMap<Rc<str>, Value, super::dict::FxBuild>,
}

/// What built-in behaviour a class carries (for `int`, `list`, exceptions, `greenlet` …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinType {
    Object,
    Type,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    Tuple,
    List,
    Dict,
    Set,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Cell,
    Generator,
    Iterator,
    Range,
    Slice,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    /// `BaseException` and everything derived from it carries exception data.
    BaseException,
    /// `greenlet.greenlet` and subclasses carry a greenlet's frames.
    Greenlet,
}

#[derive(Clone, Debug)]
pub struct Class {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub module: Rc<str>,
    pub bases: Vec<ObjId>,
    /// Method resolution order, starting with the class itself.
    pub mro: Vec<ObjId>,
    pub dict: IndexMap<Rc<str>, Value, super::dict::FxBuild>,
    /// The nearest built-in ancestor's behaviour (`Object` for plain classes).
    pub builtin: BuiltinType,
}

#[derive(Clone, Debug)]
pub struct Instance {
    pub class: ObjId,
    pub dict: IndexMap<Rc<str>, Value, super::dict::FxBuild>,
    pub payload: Payload,
}

/// Native state that some instances carry besides their `__dict__`.
#[derive(Clone, Debug)]
pub enum Payload {
    None,
    Exception(Box<ExceptionData>),
    Greenlet(Box<Greenlet>),
}

/// One line of a traceback: a frame's code and the instruction that was running.
#[derive(Clone, Debug)]
pub struct TracebackEntry {
    pub code: Rc<Code>,
    pub ip: usize,
}

#[derive(Clone, Debug, Default)]
pub struct ExceptionData {
    pub args: Vec<Value>,
    /// Innermost entry first (the order in which unwinding adds them).
    pub traceback: Vec<TracebackEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// A `NameError` the VM raised: the missing name (its `name` attribute) and the globals it
    /// was looked up in, for the traceback's "Did you mean" hint.
    pub missing_name: Option<(Rc<str>, ObjId)>,
}

#[derive(Clone, Debug)]
pub struct Module {
    pub name: Rc<str>,
    /// The module's namespace: a `Dict` object.
    pub dict: ObjId,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

#[derive(Clone, Debug)]
pub struct Generator {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// The suspended frame; `None` while it runs (its box is on a coroutine's stack) or after
    /// it finished. A resume and a yield move the box, not the frame, and allocate nothing.
    pub frame: Option<Box<Frame>>,
    pub state: GenState,
    /// Its lane in the trace, given at its first resume (the oracle numbers generators then).
    pub lane: Option<CoroId>,
    /// The lane that ran when it was last resumed: the one that runs again when it yields, as
    /// the frames below it are those it was resumed from (what `Vm::refresh_lane` would find,
    /// without walking the frames; checked in debug builds).
    pub resumer_lane: CoroId,
    /// Its type: `generator`, or the built-in iterator type (`zip`, `map` …) that a prelude
    /// generator implements.
    pub class: ObjId,
    /// Made by prelude code: it stands for a C iterator in CPython, so its transfers are not
    /// coroutine transfers and never appear in the trace (it gets no lane).
    pub internal: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GreenletState {
    NotStarted,
    /// Started and not running now (it switched away, or is the parent waiting).
    Suspended,
    Running,
    Dead,
}

#[derive(Clone, Debug)]
pub struct Greenlet {
    pub state: GreenletState,
    /// `None` only for the main greenlet.
    pub parent: Option<ObjId>,
    /// Its frames while it is not running (the running greenlet's frames are in the VM).
    pub frames: Vec<Box<Frame>>,
    /// The callable given as `run`, if any (else the `run` attribute is looked up on start).
    pub run: Option<Value>,
    pub lane: CoroId,
    /// The lane's label was still unknown when it was created (assigned at start).
    pub label_pending: bool,
}

#[derive(Clone, Debug)]
pub enum IterState {
    /// Over a list object (sees appends, as CPython's list_iterator does).
    List {
        list: ObjId,
        index: usize,
    },
    Tuple {
        items: TupleItems,
        index: usize,
    },
    /// Over the characters of a string.
    Str {
        text: Rc<str>,
        byte_pos: usize,
    },
    Bytes {
        data: Rc<[u8]>,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// A snapshot of keys, values or items (dict and set iteration).
    Values {
        items: Vec<Value>,
        index: usize,
        /// The dict or set iterated and its size when iteration began: a change of size makes
        /// the next step a RuntimeError, as in CPython (`usize::MAX` once it has been raised).
        source: Option<(ObjId, usize)>,
    },
    /// `reversed(list)`: walks down from the end and sees the list shrink, as CPython's
    /// list_reverseiterator does. `next` is the index of the next item plus one (0: finished).
    ListReverse {
        list: ObjId,
        next: usize,
    },
    /// `reversed()` of another sequence (tuple, str): a snapshot, walked from the end.
    Reversed {
        items: Vec<Value>,
        next: usize,
    },
    /// `iter(callable, sentinel)` is not supported; `reversed()` of a sequence is a snapshot.
    Exhausted,
}

impl IterState {
    /// CPython's name for this iterator's type.
    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::List { .. } => "list_iterator",
            IterState::Tuple { .. } => "tuple_iterator",
            IterState::Str { .. } => "str_ascii_iterator",
            IterState::Bytes { .. } => "bytes_iterator",
            IterState::Range { .. } => "range_iterator",
            IterState::Values { .. } => "dict_keyiterator",
            IterState::ListReverse { .. } => "list_reverseiterator",
            IterState::Reversed { .. } => "reversed",
            IterState::Exhausted => "iterator",
        }
    }
}

/// The arena.
#[derive(Clone, Debug, Default)]
pub struct Heap {
    pub objects: Vec<Object>,
    pub free: Vec<u32>,
    /// Live objects, for the memory cap and the collector's pacing.
    pub live: usize,
}

impl Heap {
    pub fn alloc(&mut self, obj: Object) -> ObjId {
        self.live += 1;
        if let Some(slot) = self.free.pop() {
            self.objects[slot as usize] = obj;
            ObjId(slot)
        } else {
            self.objects.push(obj);
            ObjId((self.objects.len() - 1) as u32)
        }
    }

    pub fn get(&self, id: ObjId) -> &Object {
        &self.objects[id.0 as usize]
    }

    pub fn get_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.objects[id.0 as usize]
    }
}

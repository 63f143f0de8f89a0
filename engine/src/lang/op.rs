//! The bytecode: one instruction set for the whole engine, and the code object that holds it.
//!
//! The VM is a stack machine. Each [`Op`] documents its operand and its stack effect as
//! `[before] -> [after]`, top of stack on the right. Jump targets are absolute instruction
//! indices into `Code::ops`.
//!
//! Invariants the compiler keeps and the VM relies on:
//! - every op has a span in `Code::spans` (same index): the line table;
//! - at a `SetupFinally` handler, the stack is cut back to its depth at the setup and the exception
//!   is pushed; the frame's "exception being handled" stack gets the exception too, and
//!   `PopExcept` (or leaving the frame) drops it;
//! - a function's stack is empty at every `ReturnValue` apart from the value returned (blocks that
//!   keep items, such as a `for` iterator, are popped first by the compiler).

use std::rc::Rc;

use num_bigint::BigInt;

use super::ast::{BinOp, CmpOp, Span, UnaryOp};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// No effect. `[] -> []`
    Nop,
    /// Push `consts[i]`. `[] -> [value]`
    LoadConst(u32),
    /// `[a] -> []`
    Pop,
    /// `[a] -> [a, a]`
    Dup,
    /// `[a, b] -> [a, b, a, b]`
    DupTwo,
    /// `[a, b] -> [b, a]`
    RotTwo,
    /// `[a, b, c] -> [c, a, b]` (top goes down two)
    RotThree,
    /// `[a, b, c, d] -> [d, a, b, c]` (top goes down three)
    RotFour,

    // ---- names ----
    /// Push local slot `i` (`Code::varnames[i]`); `UnboundLocalError` if unset. `[] -> [v]`
    LoadFast(u32),
    /// `[v] -> []`
    StoreFast(u32),
    /// `[] -> []`; `UnboundLocalError` if unset.
    DeleteFast(u32),
    /// Push the content of cell `i` (cellvars first, then freevars); `NameError`/`UnboundLocalError` if empty.
    /// `[] -> [v]`
    LoadDeref(u32),
    /// `[v] -> []`
    StoreDeref(u32),
    /// `[] -> []`
    DeleteDeref(u32),
    /// Push cell `i` itself (to build a closure). `[] -> [cell]`
    LoadClosure(u32),
    /// Global `names[i]`, then builtins; `NameError` if neither. `[] -> [v]`
    LoadGlobal(u32),
    /// `[v] -> []`
    StoreGlobal(u32),
    /// `[] -> []`
    DeleteGlobal(u32),
    /// Module and class bodies: the frame's locals dict, then globals, then builtins. `[] -> [v]`
    LoadName(u32),
    /// `[v] -> []`
    StoreName(u32),
    /// `[] -> []`
    DeleteName(u32),
    /// Class bodies: push the namespace dict being built. `[] -> [dict]`
    LoadLocals,

    // ---- attributes and items ----
    /// `[obj] -> [obj.names[i]]`
    LoadAttr(u32),
    /// `obj.names[i] = v`. `[v, obj] -> []`
    StoreAttr(u32),
    /// `[obj] -> []`
    DeleteAttr(u32),
    /// `[container, index] -> [container[index]]`
    BinarySubscr,
    /// `container[index] = v`. `[v, container, index] -> []`
    StoreSubscr,
    /// `[container, index] -> []`
    DeleteSubscr,
    /// `slice(lower, upper)` or `slice(lower, upper, step)`; absent parts are `None` constants.
    /// `[lower, upper] -> [slice]` (argument 2) or `[lower, upper, step] -> [slice]` (argument 3)
    BuildSlice(u32),

    // ---- operators ----
    /// `[a, b] -> [a op b]`
    BinaryOp(BinOp),
    /// `a op= b`: tries the in-place method first (lists extend in place). `[a, b] -> [result]`
    InplaceOp(BinOp),
    /// `[a] -> [op a]`
    UnaryOp(UnaryOp),
    /// `[a, b] -> [a op b]`, including `is`, `is not`, `in`, `not in`.
    CompareOp(CmpOp),

    // ---- building values ----
    /// `[x1 .. xn] -> [(x1, .., xn)]`
    BuildTuple(u32),
    /// `[x1 .. xn] -> [[x1, .., xn]]`
    BuildList(u32),
    /// `[x1 .. xn] -> [{x1, .., xn}]`
    BuildSet(u32),
    /// `[k1, v1 .. kn, vn] -> [{k1: v1, ..}]`
    BuildMap(u32),
    /// Concatenate n strings (f-strings). `[s1 .. sn] -> [s]`
    BuildString(u32),
    /// Append TOS to the list `depth` items below it (comprehensions; depth counts after the pop).
    /// `[list, .., x] -> [list, ..]`
    ListAppend(u32),
    /// Like `ListAppend` for a set.
    SetAdd(u32),
    /// `[dict, .., k, v] -> [dict, ..]`
    MapAdd(u32),
    /// Extend the list `depth` below with the iterable on top (`[*a, *b]`). `[list, .., it] -> [list, ..]`
    ListExtend(u32),
    /// Update the set `depth` below with the iterable on top. `[set, .., it] -> [set, ..]`
    SetUpdate(u32),
    /// Update the dict `depth` below with the mapping on top (`{**a}`). `[dict, .., m] -> [dict, ..]`
    DictUpdate(u32),
    /// Like `DictUpdate`, but a repeated key is a `TypeError` (`f(**a, **b)`).
    DictMerge(u32),
    /// `[list] -> [tuple]`
    ListToTuple,
    /// f-string field. Operand bits: 0-1 conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`);
    /// bit 2 set: a format spec string is on top. `[v] -> [s]` or `[v, spec] -> [s]`
    FormatValue(u32),
    /// `[seq] -> [xn .. x1]` (x1 on top); `ValueError` unless exactly n items.
    UnpackSequence(u32),
    /// `a, *b, c = seq`: operand is `before | (after << 8)`.
    /// `[seq] -> [x_last .. list_of_rest .. x1]` (x1 on top), as CPython's UNPACK_EX.
    UnpackEx(u32),

    // ---- control flow ----
    /// `ip = target`. `[] -> []`
    Jump(u32),
    /// `[v] -> []`; jump if `v` is false.
    PopJumpIfFalse(u32),
    /// `[v] -> []`; jump if `v` is true.
    PopJumpIfTrue(u32),
    /// `and`: if TOS is false, jump and keep it; else pop it. `[v] -> [v]` or `[v] -> []`
    JumpIfFalseOrPop(u32),
    /// `or`: if TOS is true, jump and keep it; else pop it.
    JumpIfTrueOrPop(u32),
    /// `[obj] -> [iter(obj)]`
    GetIter,
    /// `[it] -> [it, next(it)]`; when `it` is exhausted: `[it] -> []` and jump to the target.
    ForIter(u32),

    // ---- calls and functions ----
    /// Call with n positional arguments. `[f, a1 .. an] -> [result]`
    Call(u32),
    /// Call with n arguments whose last k are keywords named by the tuple on top (k = its length).
    /// `[f, a1 .. an, names] -> [result]`
    CallKw(u32),
    /// `f(*args)` or `f(*args, **kwargs)` (operand 1). `[f, args_tuple] -> [result]` or
    /// `[f, args_tuple, kwargs_dict] -> [result]`
    CallEx(u32),
    /// Make a function from the code constant on top. Operand bits: 1 positional defaults tuple,
    /// 2 keyword-only defaults dict, 8 closure tuple of cells. Items below the code, in that order.
    /// `[defaults?, kwdefaults?, closure?, code] -> [function]`
    MakeFunction(u32),
    /// Return TOS to the caller. `[v] -> (frame ends)`
    ReturnValue,
    /// Run a class body and make the class. The body is a zero-argument function that runs with a
    /// fresh namespace dict as its locals and returns it (`LoadLocals; ReturnValue`).
    /// `[body_fn, name, bases_tuple] -> [class]`
    BuildClass,

    // ---- generators ----
    /// Suspend the generator and hand TOS to whoever resumed it; on resume, push the value sent.
    /// `[v] -> [sent]`
    YieldValue,
    /// `[obj] -> [iterator]`: a generator stays itself; anything else becomes `iter(obj)`.
    GetYieldFromIter,
    /// Delegate to the sub-iterator: send TOS into it. If it yields, this generator yields the same
    /// value and, when resumed, runs this op again with the new value sent on top. When it
    /// returns, push its return value. `[sub, v] -> [result]`
    YieldFrom,

    // ---- exceptions ----
    /// Push a handler block: an exception inside jumps to `target` with the stack cut back to its
    /// current depth and the exception pushed. `[] -> []`
    SetupFinally(u32),
    /// Pop the innermost handler block. `[] -> []`
    PopBlock,
    /// The except clause is done: forget the exception being handled. `[] -> []`
    PopExcept,
    /// `raise` (0: re-raise the exception being handled), `raise e` (1), `raise e from c` (2).
    /// `[] -> !` / `[e] -> !` / `[e, c] -> !`
    Raise(u32),
    /// Re-raise TOS as it is, keeping its traceback (end of `finally`, unmatched `except`).
    /// `[e] -> !`
    Reraise,
    /// `except T:` test. `[e, T] -> [e]` and jump to the target unless `e` is an instance of `T`
    /// (or of one of the classes in the tuple `T`).
    JumpIfNotExcMatch(u32),
    /// `with`: look up `__exit__` and `__enter__` on the context manager, push the bound
    /// `__exit__` and call `__enter__()`. `[cm] -> [exit, enter_result]`
    BeforeWith,
    /// In a `with` handler: call `exit(type(e), e, tb)`. `[exit, e] -> [exit, e, result]`
    WithExceptStart,
    /// `assert` failure: raise `AssertionError` (operand 1: with the message on top).
    /// `[] -> !` / `[msg] -> !`
    RaiseAssert(u32),

    // ---- imports ----
    /// Import the module `names[i]` (a dotted name imports its packages first) and push that
    /// module itself. `[] -> [module]`
    ImportName(u32),
    /// `from m import names[i]`. `[m] -> [m, m.names[i]]`
    ImportFrom(u32),
    /// `from m import *` into the current namespace. `[m] -> []`
    ImportStar,
}

/// What kind of body a code object holds: it decides how names are stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    /// A module's top level: `LoadName`/`StoreName` on the module's globals.
    Module,
    /// A class body: `LoadName`/`StoreName` on the class namespace.
    Class,
    /// `def`, `lambda` and comprehensions: fast locals and cells.
    Function,
}

/// A constant in a code object.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    BigInt(Rc<BigInt>),
    Float(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Ellipsis,
    /// Keyword names for `CallKw`, and other constant tuples.
    Tuple(Rc<[Const]>),
    /// The elements of a constant set display (`{1, 2, 3}`), which CPython compiles to a
    /// frozenset constant merged into a new set: that decides the set's table layout.
    FrozenSet(Rc<[Const]>),
    Code(Rc<Code>),
}

/// A compiled body: a module, class body, function, lambda or comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct Code {
    pub kind: CodeKind,
    /// `co_name`: the function's name, `<module>`, `<lambda>`, `<listcomp>` …
    pub name: Rc<str>,
    /// `__qualname__`: `Outer.method.<locals>.inner`.
    pub qualname: Rc<str>,
    /// The file's base name, as tracebacks print it.
    pub filename: Rc<str>,
    pub first_line: u32,
    pub ops: Vec<Op>,
    /// One span per op (same index): line and columns for tracebacks, carets and the source view.
    pub spans: Vec<Span>,
    pub consts: Vec<Const>,
    /// Names for globals, attributes, `LoadName` and imports.
    pub names: Vec<Rc<str>>,
    /// Fast locals; the parameters come first, in the order of [`Code::argcount`] etc.
    pub varnames: Vec<Rc<str>>,
    /// Locals that inner functions capture: cell slots `0..cellvars.len()`.
    pub cellvars: Vec<Rc<str>>,
    /// Variables captured from enclosing functions: cell slots after the cellvars.
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar that is also a parameter: `(cell index, varnames index)`, so the VM copies
    /// the argument into its cell on entry.
    pub cell_params: Vec<(u32, u32)>,
    /// Positional parameters, including positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// `*args` present: its slot follows the positional and keyword-only parameters.
    pub has_varargs: bool,
    /// `**kwargs` present: its slot follows `*args` (if any).
    pub has_varkw: bool,
    /// Calling it makes a generator instead of running the body.
    pub is_generator: bool,
    /// Part of the engine's own Python prelude: hidden from tracebacks and from the trace's lines.
    pub is_internal: bool,
}

impl Code {
    /// The line of instruction `ip`, or the code's first line if out of range.
    pub fn line_at(&self, ip: usize) -> u32 {
        self.spans
            .get(ip)
            .map(|s| s.line)
            .unwrap_or(self.first_line)
    }
}

//! The virtual machine: objects, frames, the step loop, and the switching of coroutines.
//!
//! One [`Vm`] runs one program. The running greenlet's frames are in `Vm::frames`; every other
//! coroutine keeps its own (a suspended greenlet in its [`heap::Greenlet`], a suspended generator
//! in its [`heap::Generator`]). [`Vm::step`] runs exactly one instruction, so the host can stop
//! after any step; a Python call pushes a frame and never recurses in Rust.
//!
//! Module map: `value`/`heap`/`dict` are the data; `frame` the activation records; `exec` the
//! instruction loop; `call` argument binding and calls; `ops` arithmetic and comparison;
//! `exception` raising, unwinding and tracebacks; `coroutine` generators and greenlet switches;
//! `finalize` closing generators that lose their last reference, as CPython's refcounting does;
//! `attr` attribute look-up; `gc` the collector; `types` the built-in classes; `output` what the
//! program prints (trace events, the last lines kept, or the host's echo).

pub mod attr;
pub mod call;
pub mod coroutine;
pub mod dict;
pub mod exception;
pub mod exec;
pub mod finalize;
pub mod frame;
pub mod gc;
pub mod heap;
pub mod ops;
pub mod output;
pub mod set;
pub mod textfmt;
pub mod types;
pub mod value;

use std::rc::Rc;

use indexmap::IndexMap;

use crate::trace::{CoroId, CoroInfo, CoroKind, StepRecord, Trace};
use dict::{Dict, Key};
use frame::Frame;
use heap::{Heap, Object};
use types::{ExcTypes, Types};
use value::{ObjId, Value};

pub use exception::PyResult;

/// What a native function gets: positional arguments (the receiver first, for methods) and
/// keyword arguments in call order.
#[derive(Clone, Debug, Default)]
pub struct Args {
    pub pos: Vec<Value>,
    pub kw: Vec<(Rc<str>, Value)>,
}

impl Args {
    pub fn positional(pos: Vec<Value>) -> Args {
        Args {
            pos,
            kw: Vec::new(),
        }
    }
}

/// What a native function asks the VM to do next.
pub enum Outcome {
    /// Its result.
    Return(Value),
    /// Call this (usually Python code from the prelude) and use its result as the native's
    /// result. This is how a native "calls back" into Python without a Rust call.
    TailCall(Value, Args),
    /// It already arranged the VM's next state (switched greenlets, resumed a generator, pushed
    /// a frame): nothing to push.
    Done,
}

pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Outcome>;

/// An entry of the native table.
pub struct NativeEntry {
    pub name: &'static str,
    pub func: NativeFn,
    /// A method descriptor binds to the instance it is read from (`"a".upper`); a plain function
    /// (a builtin or a module function) does not.
    pub is_method: bool,
}

/// Why the program stopped, once it has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Finish {
    Exited(i32),
    /// The step budget ran out.
    Budget,
    /// The memory cap was hit in a way the program could not survive.
    Fatal,
}

/// Limits that keep a runaway program from taking the page down.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Python frames on one coroutine's stack before `RecursionError` (CPython's default 1000).
    pub recursion: usize,
    /// Live heap objects, each item a list, dict or set holds counting as one more, before
    /// `MemoryError` (checked every [`CHECKPOINT_INTERVAL`](crate::session::CHECKPOINT_INTERVAL)
    /// steps, after a collection).
    pub max_objects: usize,
    /// Items in one list, string or bytes before `MemoryError`.
    pub max_len: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            recursion: 1000,
            max_objects: 5_000_000,
            max_len: 50_000_000,
        }
    }
}

/// The virtual clock's cost model, in picoseconds. Calibrated from `shared/oracle/baseline.md`:
/// CPython runs the article's loop at ≈53 ns an iteration (7 of our instructions), a greenlet
/// switch costs ≈465 ns and a generator transfer ≈39 ns. Sleeping moves the clock without cost.
pub mod cost {
    pub const INSTRUCTION_PS: u64 = 7_600;
    pub const GREENLET_SWITCH_PS: u64 = 465_000;
    pub const GENERATOR_TRANSFER_PS: u64 = 39_000;
}

#[derive(Clone)]
pub struct Vm {
    pub heap: Heap,
    /// The running greenlet's frames, innermost last, each in its own box (see [`Frame::new`]).
    pub frames: Vec<Box<Frame>>,
    pub current: ObjId,
    /// The lane running now (a generator's, or else the greenlet's): what each step records.
    pub lane: CoroId,
    pub main_greenlet: ObjId,
    pub natives: Rc<Vec<NativeEntry>>,
    pub types: Types,
    pub exc: ExcTypes,
    /// The `builtins` module's dict.
    pub builtins: ObjId,
    /// The prelude's namespace (Python helpers that natives tail-call).
    pub prelude: ObjId,
    /// `sys.modules`. The same map type as an object's attributes (one copy of its code).
    pub modules: IndexMap<Rc<str>, Value, dict::FxBuild>,
    /// The main module's dict.
    pub main_globals: ObjId,
    pub filename: Rc<str>,
    pub source_lines: Rc<Vec<String>>,
    /// The clock in picoseconds.
    pub clock_ps: u64,
    pub steps: u64,
    /// Record a [`StepRecord`] per instruction (the timeline needs it; the CLI's `run` does not).
    pub record_steps: bool,
    /// Append events to the trace (see [`RunOptions::record_events`]). Off, the events are
    /// neither built nor kept; everything else (lanes, clock, output) is as with them.
    ///
    /// [`RunOptions::record_events`]: crate::session::RunOptions::record_events
    pub record_events: bool,
    pub trace: Trace,
    /// The last lines of stdout (or the host's echo of all of it): see `output`.
    pub stdout: output::StdoutTail,
    pub stderr: String,
    /// Unfinished last lines of stdout/stderr, not yet in the trace.
    pub stdout_line: String,
    pub stderr_line: String,
    pub finished: Option<Finish>,
    pub limits: Limits,
    /// Per label name: how many lanes carry it so far (`eat#1`, `eat#2`). A list, not a hash
    /// map: a program has few distinct coroutine names (see [`Vm::numbered_label`]).
    pub label_counts: Vec<(String, u32)>,
    /// Objects allocated since the last collection.
    pub allocs_since_gc: usize,
    /// Interned attribute names used by the VM itself.
    pub names: types::Names,
    /// Unfinished generators that just lost a reference (see `finalize.rs`).
    pub dropped: Vec<ObjId>,
    /// Unreachable generators waiting to be closed, in the order CPython would close them.
    pub to_finalize: std::collections::VecDeque<ObjId>,
    /// Warnings already shown (`file:line:category:message`): Python shows each once.
    pub warnings_shown: Vec<String>,
    /// What gevent's monkey-patching replaced (`socket`, …).
    pub patched: Vec<String>,
    /// Run in the main greenlet after the program's top level ends (patched threading's shutdown).
    pub exit_hooks: Vec<Value>,
    /// The top level has ended (`exit-main` is in the trace).
    pub main_exited: bool,
    /// Simulated threads (threading.py): at this step count the running thread's time slice is
    /// over and [`Vm::preempt`] runs the scheduler. `u64::MAX` while only one thread exists.
    pub preempt_at: u64,
    /// The scheduler's Python functions, once a thread has started: `(preempt, sleep)`.
    pub thread_hooks: Option<Rc<(Value, Value)>>,
    /// The other programs of a multi-program run (`runtime::net`); `None` for one program.
    pub machine: Option<Box<crate::runtime::net::Machine>>,
    /// The exit code once the top level has ended (1 after an uncaught exception): simulated
    /// threads may still run before the program ends with it.
    pub exit_code: i32,
    /// The key the prelude's `_resolve_key` found for a value that needs Python's `==`: the
    /// next [`Vm::key_in`] of that value in that table takes it (see `dict.rs`).
    pub resolved_key: Option<Box<ResolvedKey>>,
}

/// A value's key in one table, found by Python code (`_resolve_key` in the prelude).
#[derive(Clone, Debug)]
pub struct ResolvedKey {
    pub table: ObjId,
    pub value: Value,
    pub key: Key,
}

impl Vm {
    // ---------------------------------------------------------------- heap helpers

    pub fn alloc(&mut self, obj: Object) -> ObjId {
        self.allocs_since_gc += 1;
        self.heap.alloc(obj)
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        Value::Obj(self.alloc(Object::List(items)))
    }

    pub fn new_dict(&mut self) -> ObjId {
        self.alloc(Object::Dict(Dict::default()))
    }

    pub fn get(&self, id: ObjId) -> &Object {
        self.heap.get(id)
    }

    pub fn get_mut(&mut self, id: ObjId) -> &mut Object {
        self.heap.get_mut(id)
    }

    /// How a heap object hashes: see [`dict::ObjHash`]. An instance's class (or the first class
    /// in its MRO that says) decides: `__hash__ = None`, or `__eq__` without `__hash__` (which
    /// CPython turns into `__hash__ = None`), makes it unhashable; a `__hash__` makes Python hash
    /// it; neither leaves `object`'s hash by identity.
    pub fn obj_hash(&self, id: ObjId) -> dict::ObjHash {
        use dict::ObjHash;
        match self.heap.get(id) {
            Object::List(_) | Object::Dict(_) | Object::Set(_) => ObjHash::Unhashable,
            Object::Instance(inst) => {
                let Some(class) = self.class(inst.class) else {
                    return ObjHash::Identity;
                };
                for c in &class.mro {
                    let Some(c) = self.class(*c) else { continue };
                    if let Some(h) = c.dict.get("__hash__") {
                        return match h {
                            Value::None => ObjHash::Unhashable,
                            _ => ObjHash::Python,
                        };
                    }
                    if c.dict.contains_key("__eq__") {
                        return ObjHash::Unhashable;
                    }
                }
                ObjHash::Identity
            }
            _ => ObjHash::Identity,
        }
    }

    /// The key of a value that needs no Python code to hash: `Ok(None)` when it does (its
    /// class defines `__hash__`); `TypeError` if it is unhashable.
    #[inline]
    pub fn key(&mut self, v: &Value) -> PyResult<Option<Key>> {
        match Key::of(v, &|id| self.obj_hash(id)) {
            Ok(k) => Ok(Some(k)),
            Err(dict::NotAKey::NeedsPython) => Ok(None),
            Err(dict::NotAKey::Unhashable(id)) => Err(self.unhashable(&Value::Obj(id))),
        }
    }

    /// `TypeError: unhashable type: 'list'`.
    pub fn unhashable(&mut self, v: &Value) -> Value {
        let name = match v {
            Value::Obj(id) if matches!(self.heap.get(*id), Object::Set(s) if s.frozen) => {
                "frozenset".to_string()
            }
            _ => self.type_name(v).to_string(),
        };
        self.type_error(format!("unhashable type: '{name}'"))
    }

    /// The key of `v` for a look-up in the dict or set `table`; `Ok(None)` when Python code
    /// must first find the stored key that equals it (`_resolve_key`, then the operation runs
    /// again and takes that key from [`Vm::resolved_key`]).
    #[inline(always)]
    pub fn key_in(&mut self, table: ObjId, v: &Value) -> PyResult<Option<Key>> {
        // The usual case, as fast as a plain key: built-in keys in a table of built-in keys.
        if self.resolved_key.is_none() && !self.holds_user_keys(table) {
            return self.key(v);
        }
        self.key_in_slow(table, v)
    }

    /// Does the dict or set `table` hold keys hashed by Python code?
    #[inline(always)]
    fn holds_user_keys(&self, table: ObjId) -> bool {
        match self.heap.get(table) {
            Object::Dict(d) => d.has_user_keys(),
            Object::Set(s) => s.has_user_keys(),
            _ => false,
        }
    }

    /// [`Vm::key_in`] when a key was resolved by Python code or the table needs it.
    #[inline(never)]
    fn key_in_slow(&mut self, table: ObjId, v: &Value) -> PyResult<Option<Key>> {
        if let Some(k) = self.take_resolved_key(table, v) {
            return Ok(Some(k));
        }
        let key = self.key(v)?;
        Ok(key.filter(|_| !self.holds_user_keys(table)))
    }

    fn take_resolved_key(&mut self, table: ObjId, v: &Value) -> Option<Key> {
        let r = self.resolved_key.as_ref()?;
        if r.table != table || !r.value.is(v) {
            return None;
        }
        self.resolved_key.take().map(|r| r.key)
    }

    /// A value's own key as a user key (`hash` computed by Python), or its built-in key.
    pub fn own_key(&mut self, v: &Value, hash: i64) -> PyResult<Key> {
        if let Some(k) = self.key(v)? {
            return Ok(k);
        }
        let identity = match v {
            Value::Tuple(t) => dict::Identity::Tuple(t.as_ptr() as usize),
            Value::Obj(id) => dict::Identity::Obj(*id),
            // Only instances and tuples of them need Python code.
            _ => return Err(self.unhashable(v)),
        };
        Ok(Key::User(dict::UserKey { hash, identity }))
    }

    /// The string keys of a dict object (a namespace's names), in the dict's order; none if
    /// `dict` is not a dict.
    pub fn str_keys(&self, dict: ObjId) -> Vec<Rc<str>> {
        match self.heap.get(dict) {
            Object::Dict(d) => d
                .map
                .keys()
                .filter_map(|k| match k {
                    Key::Str(s) => Some(s.clone()),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    /// `dict[name]` for a dict object keyed by strings (namespaces).
    pub fn dict_get_str(&self, dict: ObjId, name: &Rc<str>) -> Option<Value> {
        match self.heap.get(dict) {
            Object::Dict(d) => d.get(&Key::Str(name.clone())).cloned(),
            _ => None,
        }
    }

    /// Set `dict[name]`; returns the value it replaces.
    pub fn dict_set_str(&mut self, dict: ObjId, name: Rc<str>, value: Value) -> Option<Value> {
        match self.heap.get_mut(dict) {
            Object::Dict(d) => d.insert(Key::Str(name.clone()), Value::Str(name), value),
            _ => None,
        }
    }

    pub fn dict_del_str(&mut self, dict: ObjId, name: &Rc<str>) -> bool {
        let removed = match self.heap.get_mut(dict) {
            Object::Dict(d) => d.remove(&Key::Str(name.clone())),
            _ => None,
        };
        match removed {
            Some((_, v)) => {
                self.note_dropped(&v);
                true
            }
            None => false,
        }
    }

    // Output (`write_stdout`, `write_stderr`, `event`) is in `output.rs`.

    // ---------------------------------------------------------------- trace

    /// `name#k` for the k-th lane labelled `name`.
    pub fn numbered_label(&mut self, name: &str) -> String {
        let n = match self.label_counts.iter_mut().find(|(l, _)| l == name) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                self.label_counts.push((name.to_string(), 1));
                1
            }
        };
        format!("{name}#{n}")
    }

    /// A new lane, labelled `name#k` (or `name` itself for `main` and `hub`).
    pub fn new_lane(&mut self, name: &str, kind: CoroKind) -> CoroId {
        let label = match kind {
            CoroKind::Main | CoroKind::Hub => name.to_string(),
            _ => self.numbered_label(name),
        };
        self.trace.coros.push(CoroInfo { label, kind });
        (self.trace.coros.len() - 1) as CoroId
    }

    pub fn greenlet_lane(&self, g: ObjId) -> CoroId {
        match self.heap.get(g) {
            Object::Instance(inst) => match &inst.payload {
                heap::Payload::Greenlet(gl) => gl.lane,
                _ => 0,
            },
            _ => 0,
        }
    }

    /// Record the step about to run.
    #[inline]
    pub fn record_step(&mut self) {
        if self.record_steps {
            let line = self
                .frames
                .last()
                .map(|f| f.code.line_at(f.ip))
                .unwrap_or(0);
            let coro = self.lane;
            self.trace.steps.push(StepRecord { coro, line });
        }
    }
}

impl Vm {
    /// A text summary of the program's state, for checking that two runs agree.
    pub fn fingerprint(&self) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "steps={} clock={} current={:?} lane={}",
            self.steps, self.clock_ps, self.current, self.lane
        );
        let show_frames = |out: &mut String, frames: &[Box<Frame>]| {
            for f in frames {
                let _ = write!(out, "  {}@{} stack=[", f.code.qualname, f.ip);
                for v in &f.stack {
                    let _ = write!(out, "{}, ", self.repr_of(v));
                }
                let _ = write!(out, "] locals=[");
                for v in &f.locals {
                    match v {
                        Some(v) => {
                            let _ = write!(out, "{}, ", self.repr_of(v));
                        }
                        None => out.push_str("-, "),
                    }
                }
                let _ = writeln!(out, "]");
            }
        };
        let _ = writeln!(out, "running:");
        show_frames(&mut out, &self.frames);
        for (i, o) in self.heap.objects.iter().enumerate() {
            match o {
                Object::Instance(inst) => {
                    if let heap::Payload::Greenlet(g) = &inst.payload {
                        let _ = writeln!(out, "greenlet {i} {:?}:", g.state);
                        show_frames(&mut out, &g.frames);
                    }
                }
                Object::Generator(g) => {
                    let _ = writeln!(out, "generator {i} {:?}:", g.state);
                    if let Some(f) = &g.frame {
                        show_frames(&mut out, std::slice::from_ref(f));
                    }
                }
                _ => {}
            }
        }
        let _ = writeln!(
            out,
            "stdout={:?} ({} lines not kept)\nstderr={:?}",
            self.stdout.text(),
            self.stdout.not_kept,
            self.stderr
        );
        out
    }
}

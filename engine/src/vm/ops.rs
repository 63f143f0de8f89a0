//! Operators on built-in values: arithmetic, comparison, truth, `repr`/`str`, items and iteration.
//!
//! Functions here answer `Ok(None)` when the operands are instances whose class defines the
//! operation in Python; the caller then runs the prelude's Python fallback (`_binop`, `_compare`,
//! …) as a new frame. Error messages are CPython 3.11's.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::dict::{Dict, Key};
use super::heap::{BuiltinType, IterState, Object};
use super::set::{PySet, SetOp};
use super::value::{ObjId, Value};
use super::{PyResult, Vm};
use crate::lang::ast::{BinOp, CmpOp, UnaryOp};
use crate::runtime::format::{bytes_repr, float_repr, str_repr};

/// A number as an operand.
enum Num {
    Int(BigInt),
    Float(f64),
}

fn to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

fn num(v: &Value) -> Option<Num> {
    match v {
        Value::Float(f) => Some(Num::Float(*f)),
        _ => to_big(v).map(Num::Int),
    }
}

pub fn big_to_f64(b: &BigInt) -> f64 {
    b.to_f64().unwrap_or(f64::INFINITY)
}

/// Python's float modulo: the result has the divisor's sign.
fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 && ((m < 0.0) != (b < 0.0)) {
        m + b
    } else if m == 0.0 {
        0.0f64.copysign(b)
    } else {
        m
    }
}

fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = float_mod(a, b);
    ((a - m) / b).round()
}

impl Vm {
    // ------------------------------------------------------------------ truth

    /// `bool(v)` for built-in values; `None` when a Python `__bool__`/`__len__` must decide.
    pub fn truthy(&self, v: &Value) -> Option<bool> {
        Some(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(b) => !b.is_zero(),
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Obj(id) => match self.heap.get(*id) {
                Object::List(l) => !l.is_empty(),
                Object::Dict(d) => !d.is_empty(),
                Object::Set(s) => !s.is_empty(),
                Object::Range { start, stop, step } => range_len(*start, *stop, *step) > 0,
                Object::Instance(_) => {
                    if self.has_python_special(v, "__bool__").is_some()
                        || self.has_python_special(v, "__len__").is_some()
                    {
                        return None;
                    }
                    if let Some(g) = self.greenlet(*id) {
                        // A greenlet is true while it is started and not dead.
                        return Some(matches!(
                            g.state,
                            super::heap::GreenletState::Running
                                | super::heap::GreenletState::Suspended
                        ));
                    }
                    true
                }
                _ => true,
            },
            _ => true,
        })
    }

    // ------------------------------------------------------------------ repr / str

    /// Does showing `v` need a Python `__repr__`/`__str__` (for it or anything inside it)?
    /// `depth`: how many containers `v` is inside already.
    ///
    /// A work list, each container looked at once (tuples by address, objects by id): a
    /// structure shared at every level (`a = [a, a]` forty times) costs its size, not 2**40
    /// steps. It looks no deeper than the nesting budget: there the built-in repr raises
    /// `RecursionError` anyway.
    pub fn needs_python_text(&self, v: &Value, depth: usize) -> bool {
        if !matches!(v, Value::Tuple(_) | Value::Obj(_)) {
            return false;
        }
        let budget = self.nesting_budget();
        let mut seen = std::collections::HashSet::new();
        let mut pending = vec![(v, depth)];
        while let Some((v, depth)) = pending.pop() {
            let key = match v {
                Value::Tuple(items) => items.as_ptr() as usize,
                Value::Obj(id) => (id.0 as usize) << 1 | 1,
                _ => continue,
            };
            if depth > budget || !seen.insert(key) {
                continue;
            }
            let inner = depth + 1;
            match v {
                Value::Tuple(items) => pending.extend(items.iter().map(|x| (x, inner))),
                Value::Obj(id) => match self.heap.get(*id) {
                    Object::List(items) => pending.extend(items.iter().map(|x| (x, inner))),
                    Object::Dict(d) => {
                        for (k, x) in d.map.values() {
                            pending.extend([(k, inner), (x, inner)]);
                        }
                    }
                    Object::Set(s) => pending.extend(s.values().map(|x| (x, inner))),
                    Object::Instance(_) => {
                        if self.has_python_special(v, "__repr__").is_some()
                            || self.has_python_special(v, "__str__").is_some()
                        {
                            return true;
                        }
                    }
                    _ => {}
                },
                _ => {}
            }
        }
        false
    }

    /// `repr(v)` with built-in behaviour (instances show their default `<… object at 0x…>`).
    /// Nesting past the recursion limit shows as nothing, and the text stops growing past
    /// `max_len`: [`repr_checked`](Self::repr_checked) makes those errors.
    pub fn repr_of(&self, v: &Value) -> String {
        let mut out = String::new();
        // Not Python's own repr (the frames panel, tracebacks …): no frames to count.
        let mut seen = Seen::new(self.limits.recursion.saturating_sub(1));
        self.write_repr(v, &mut out, &mut seen);
        out
    }

    /// `repr(v)`, or `RecursionError` for containers nested past the recursion limit (see
    /// [`nesting_budget`](Self::nesting_budget)), or `MemoryError` for a text longer than
    /// `max_len` (`a = [a, a]` forty times).
    pub fn repr_checked(&mut self, v: &Value) -> PyResult<String> {
        self.try_repr(v).map_err(|e| self.repr_error(e))
    }

    /// [`repr_checked`](Self::repr_checked) without making the exception (for callers that
    /// hold the VM shared, such as formatting).
    pub fn try_repr(&self, v: &Value) -> Result<String, ReprFailure> {
        let mut out = String::new();
        let mut seen = Seen::new(self.nesting_budget());
        self.write_repr(v, &mut out, &mut seen);
        if out.len() > self.limits.max_len {
            return Err(ReprFailure::TooLong);
        }
        if seen.too_deep {
            return Err(ReprFailure::TooDeep);
        }
        Ok(out)
    }

    /// `str(v)` as [`try_repr`](Self::try_repr).
    pub fn try_str(&self, v: &Value) -> Result<String, ReprFailure> {
        match v {
            Value::Str(s) => Ok(s.to_string()),
            _ if self.is_exception(v) => self.try_exception_str(v),
            _ => self.try_repr(v),
        }
    }

    /// The exception for a repr that could not be made, with CPython's message.
    pub fn repr_error(&mut self, e: ReprFailure) -> Value {
        match e {
            ReprFailure::TooLong => self.memory_error(),
            ReprFailure::TooDeep => self.error(self.exc.recursion_error, REPR_TOO_DEEP),
            ReprFailure::StrTooDeep => self.error(self.exc.recursion_error, STR_TOO_DEEP),
        }
    }

    /// How many containers deep `repr` and the comparisons may go before `RecursionError`:
    /// CPython's repr and comparison of a container call themselves for its items and count
    /// against the same recursion limit as Python frames, so the running coroutine's frames
    /// leave the rest. A container `k` levels deep (the outermost is 1) is too deep when
    /// `frames + k + 1 >= limit`, CPython's own point for `repr` (`print(t)` at the top level
    /// of a module fails from 998 nested tuples); comparison allows one level more. The walks
    /// use work lists, never Rust recursion, so the limit holds with any stack size.
    pub fn nesting_budget(&self) -> usize {
        self.limits.recursion.saturating_sub(self.frames.len() + 1)
    }

    /// `str(v)` as [`str_of`](Self::str_of), with [`repr_checked`](Self::repr_checked)'s errors.
    pub fn str_checked(&mut self, v: &Value) -> PyResult<String> {
        self.try_str(v).map_err(|e| self.repr_error(e))
    }

    /// `str(v)` with built-in behaviour.
    pub fn str_of(&self, v: &Value) -> String {
        match v {
            Value::Str(s) => s.to_string(),
            _ if self.is_exception(v) => self.exception_str(v),
            _ => self.repr_of(v),
        }
    }

    /// Write `v`'s repr with a work list of what is left to write, innermost last, instead of
    /// recursion. Nested past `seen.budget`, or once the text is longer than `max_len`, it
    /// stops (the Rust stack and memory stay bounded).
    fn write_repr(&self, v: &Value, out: &mut String, seen: &mut Seen) {
        let mut tasks = vec![ReprTask::Value(v)];
        while let Some(task) = tasks.pop() {
            if out.len() > self.limits.max_len {
                return;
            }
            match task {
                ReprTask::Text(text) => out.push_str(text),
                ReprTask::Close { text, id } => {
                    out.push_str(text);
                    seen.depth -= 1;
                    if id.is_some() {
                        seen.ids.pop();
                    }
                }
                ReprTask::Value(v) => {
                    let start = tasks.len();
                    self.write_repr_one(v, out, seen, &mut tasks);
                    if seen.too_deep {
                        return;
                    }
                    // Pushed in reading order: the first piece must come off first.
                    tasks[start..].reverse();
                }
            }
        }
    }

    /// Open a container: one level deeper, unless that is past the budget.
    fn enter(&self, seen: &mut Seen) -> bool {
        if seen.depth >= seen.budget {
            seen.too_deep = true;
            return false;
        }
        seen.depth += 1;
        true
    }

    /// Write what `v` shows before its first item and push (in reading order) its items and
    /// the texts between and after them; a leaf is written whole.
    fn write_repr_one<'a>(
        &'a self,
        v: &'a Value,
        out: &mut String,
        seen: &mut Seen,
        tasks: &mut Vec<ReprTask<'a>>,
    ) {
        match v {
            Value::None => out.push_str("None"),
            Value::NotImplemented => out.push_str("NotImplemented"),
            Value::Ellipsis => out.push_str("Ellipsis"),
            Value::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
            Value::Int(i) => out.push_str(&i.to_string()),
            Value::BigInt(b) => out.push_str(&b.to_string()),
            Value::Float(f) => out.push_str(&float_repr(*f)),
            Value::Str(s) => out.push_str(&str_repr(s)),
            Value::Bytes(b) => out.push_str(&bytes_repr(b)),
            Value::Tuple(items) => {
                if !self.enter(seen) {
                    return;
                }
                out.push('(');
                push_items(tasks, items.iter());
                let close = if items.len() == 1 { ",)" } else { ")" };
                tasks.push(ReprTask::Close {
                    text: close,
                    id: None,
                });
            }
            Value::Method(m) => {
                let name = self.callable_name(&m.func).unwrap_or_default();
                match &m.func {
                    Value::Native(_) => {
                        let t = self.type_name(&m.receiver);
                        out.push_str(&format!(
                            "<built-in method {name} of {t} object at 0x7f0000000000>"
                        ));
                    }
                    _ => {
                        let q = match &m.func {
                            Value::Obj(id) => match self.heap.get(*id) {
                                Object::Function(f) => f.qualname.to_string(),
                                _ => name.clone(),
                            },
                            _ => name.clone(),
                        };
                        if !self.enter(seen) {
                            return;
                        }
                        out.push_str(&format!("<bound method {q} of "));
                        tasks.push(ReprTask::Value(&m.receiver));
                        tasks.push(ReprTask::Close {
                            text: ">",
                            id: None,
                        });
                    }
                }
            }
            Value::Native(n) => {
                let name = self
                    .natives
                    .get(n.0 as usize)
                    .map(|e| e.name)
                    .unwrap_or("?");
                out.push_str(&format!("<built-in function {name}>"));
            }
            Value::Obj(id) => {
                if seen.ids.contains(id) {
                    out.push_str(match self.heap.get(*id) {
                        Object::Dict(_) => "{...}",
                        _ => "[...]",
                    });
                    return;
                }
                self.write_obj_repr(*id, v, out, seen, tasks);
            }
        }
    }

    /// [`write_repr_one`](Self::write_repr_one) for a heap object. A list, dict or set is
    /// entered in `seen.ids` until its `Close`, so that a cycle shows as `[...]`.
    fn write_obj_repr<'a>(
        &'a self,
        id: ObjId,
        v: &Value,
        out: &mut String,
        seen: &mut Seen,
        tasks: &mut Vec<ReprTask<'a>>,
    ) {
        let addr = 0x7f00_0000_0000u64 + (id.0 as u64) * 0x40;
        let open = |seen: &mut Seen, out: &mut String, text: &str| {
            if !self.enter(seen) {
                return false;
            }
            seen.ids.push(id);
            out.push_str(text);
            true
        };
        match self.heap.get(id) {
            Object::List(items) => {
                if !open(seen, out, "[") {
                    return;
                }
                push_items(tasks, items.iter());
                tasks.push(ReprTask::Close {
                    text: "]",
                    id: Some(id),
                });
            }
            Object::Dict(d) => {
                if !open(seen, out, "{") {
                    return;
                }
                for (i, (k, x)) in d.map.values().enumerate() {
                    if i > 0 {
                        tasks.push(ReprTask::Text(", "));
                    }
                    tasks.push(ReprTask::Value(k));
                    tasks.push(ReprTask::Text(": "));
                    tasks.push(ReprTask::Value(x));
                }
                tasks.push(ReprTask::Close {
                    text: "}",
                    id: Some(id),
                });
            }
            Object::Set(s) => {
                let (opening, close) = if s.frozen {
                    ("frozenset({", "})")
                } else {
                    ("{", "}")
                };
                if s.is_empty() {
                    out.push_str(if s.frozen { "frozenset()" } else { "set()" });
                    return;
                }
                if !open(seen, out, opening) {
                    return;
                }
                push_items(tasks, s.values());
                tasks.push(ReprTask::Close {
                    text: close,
                    id: Some(id),
                });
            }
            Object::Function(f) => {
                out.push_str(&format!("<function {} at {:#x}>", f.qualname, addr))
            }
            Object::Class(c) => {
                if &*c.module == "builtins" {
                    out.push_str(&format!("<class '{}'>", c.qualname))
                } else {
                    out.push_str(&format!("<class '{}.{}'>", c.module, c.qualname))
                }
            }
            Object::Module(m) => out.push_str(&format!("<module '{}'>", m.name)),
            Object::Generator(g) if g.class != self.types.generator => {
                // A built-in iterator type implemented by a prelude generator.
                let t = self.type_name(v);
                out.push_str(&format!("<{t} object at {addr:#x}>"))
            }
            Object::Generator(g) => {
                out.push_str(&format!("<generator object {} at {:#x}>", g.qualname, addr))
            }
            Object::Range { start, stop, step } => {
                if *step == 1 {
                    out.push_str(&format!("range({start}, {stop})"))
                } else {
                    out.push_str(&format!("range({start}, {stop}, {step})"))
                }
            }
            Object::Slice { start, stop, step } => {
                if !self.enter(seen) {
                    return;
                }
                out.push_str("slice(");
                push_items(tasks, [start, stop, step]);
                tasks.push(ReprTask::Close {
                    text: ")",
                    id: None,
                });
            }
            Object::Instance(inst) => {
                if self.is_exception(v) {
                    let name = self
                        .class(inst.class)
                        .map(|c| c.name.to_string())
                        .unwrap_or_default();
                    if !self.enter(seen) {
                        return;
                    }
                    out.push_str(&name);
                    out.push('(');
                    let args = self.exc_data(v).map(|d| &d.args[..]).unwrap_or_default();
                    push_items(tasks, args.iter());
                    tasks.push(ReprTask::Close {
                        text: ")",
                        id: None,
                    });
                    return;
                }
                let (module, qual) = self
                    .class(inst.class)
                    .map(|c| (c.module.to_string(), c.qualname.to_string()))
                    .unwrap_or_default();
                if let Some(g) = self.greenlet(id) {
                    let state = match g.state {
                        super::heap::GreenletState::NotStarted => " pending",
                        super::heap::GreenletState::Dead => " dead",
                        super::heap::GreenletState::Running => " current active started main",
                        super::heap::GreenletState::Suspended => " suspended active started",
                    };
                    out.push_str(&format!(
                        "<{module}.{qual} object at {addr:#x} (otid=0x7f0000000000){state}>"
                    ));
                    return;
                }
                out.push_str(&format!("<{module}.{qual} object at {addr:#x}>"));
            }
            Object::Cell(_) => out.push_str(&format!("<cell at {addr:#x}>")),
            Object::Iterator(_) => {
                let t = self.type_name(v);
                out.push_str(&format!("<{t} object at {addr:#x}>"))
            }
            Object::Property { .. } => out.push_str(&format!("<property object at {addr:#x}>")),
            Object::StaticMethod(_) => out.push_str(&format!("<staticmethod object at {addr:#x}>")),
            Object::ClassMethod(_) => out.push_str(&format!("<classmethod object at {addr:#x}>")),
            Object::Super { .. } => out.push_str("<super object>"),
            Object::Free => out.push_str("<freed>"),
            Object::Code(c) => out.push_str(&format!("<code object {} at {addr:#x}>", c.name)),
        }
    }

    // ------------------------------------------------------------------ equality and order

    /// `a == b` for built-in values; `Ok(None)` when a Python `__eq__` must decide, or
    /// `RecursionError` (as CPython) for containers nested past the recursion limit (see
    /// [`nesting_budget`](Self::nesting_budget)).
    pub fn eq_checked(&mut self, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        self.eq_at_level(a, b, 1)
    }

    /// [`eq_checked`](Self::eq_checked) for a pair compared `level` containers deep.
    fn eq_at_level(&mut self, a: &Value, b: &Value, level: usize) -> PyResult<Option<bool>> {
        match self.eq_walk(a, b, level) {
            Ok(r) => Ok(r),
            Err(TooDeep) => Err(self.comparison_too_deep()),
        }
    }

    fn comparison_too_deep(&mut self) -> Value {
        let msg = "maximum recursion depth exceeded in comparison";
        self.error(self.exc.recursion_error, msg)
    }

    /// Compare with a work list of the pairs still to compare (depth first, in CPython's
    /// order), never by recursion: containers may nest without limit.
    fn eq_walk(&self, a: &Value, b: &Value, level: usize) -> Result<Option<bool>, TooDeep> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(Some(x == y));
        }
        let budget = self.nesting_budget();
        let holds_items = |v: &Value| matches!(v, Value::Tuple(_) | Value::Obj(_));
        if !(holds_items(a) && holds_items(b)) {
            // Numbers, strings …: one step, no work list (most comparisons).
            return self.eq_one(a, b, level, budget, &mut Vec::new());
        }
        // Empty (no allocation) unless the first pair holds items to compare.
        let mut pending = Vec::new();
        let mut next = Some(EqTask::Pair(a, b, level));
        loop {
            let (a, b, level) = match next.take().or_else(|| pending.pop()) {
                Some(EqTask::Pair(a, b, level)) => (a, b, level),
                Some(EqTask::Unequal) => return Ok(Some(false)),
                None => return Ok(Some(true)),
            };
            let start = pending.len();
            match self.eq_one(a, b, level, budget, &mut pending)? {
                Some(true) => pending[start..].reverse(),
                not_equal_or_python => return Ok(not_equal_or_python),
            }
        }
    }

    /// One pair: `Some(true)` for "equal so far" after pushing (in order) the pairs of items
    /// that must be equal too; identical items are skipped, as CPython's comparison of
    /// containers does. A pair of containers `level` deep past the budget is too deep (a
    /// comparison goes one level further than a repr; see `nesting_budget`).
    fn eq_one<'a>(
        &'a self,
        a: &'a Value,
        b: &'a Value,
        level: usize,
        budget: usize,
        pending: &mut Vec<EqTask<'a>>,
    ) -> Result<Option<bool>, TooDeep> {
        let too_deep = level > budget + 1;
        let push = |pending: &mut Vec<EqTask<'a>>, x: &'a Value, y: &'a Value| {
            if !x.is(y) {
                pending.push(EqTask::Pair(x, y, level + 1));
            }
        };
        Ok(Some(match (a, b) {
            (Value::Str(x), Value::Str(y)) => x == y,
            (Value::Int(x), Value::Int(y)) => x == y,
            (Value::Float(x), Value::Float(y)) => x == y,
            (Value::None, Value::None) => true,
            (Value::Tuple(x), Value::Tuple(y)) => {
                if too_deep {
                    return Err(TooDeep);
                }
                if x.len() != y.len() {
                    return Ok(Some(false));
                }
                for (p, q) in x.iter().zip(y.iter()) {
                    push(pending, p, q);
                }
                true
            }
            (Value::Bytes(x), Value::Bytes(y)) => x == y,
            (Value::Obj(x), Value::Obj(y)) => match (self.heap.get(*x), self.heap.get(*y)) {
                (Object::List(p), Object::List(q)) => {
                    if too_deep {
                        return Err(TooDeep);
                    }
                    if p.len() != q.len() {
                        return Ok(Some(false));
                    }
                    for (m, n) in p.iter().zip(q.iter()) {
                        push(pending, m, n);
                    }
                    true
                }
                (Object::Dict(p), Object::Dict(q)) => {
                    if too_deep {
                        return Err(TooDeep);
                    }
                    if p.len() != q.len() {
                        return Ok(Some(false));
                    }
                    if p.has_user_keys() || q.has_user_keys() {
                        return Ok(None); // the prelude's `_builtin_eq`
                    }
                    for (k, (_, v)) in p.map.iter() {
                        match q.get(k) {
                            Some(w) => push(pending, v, w),
                            None => {
                                // Unequal, once the values before it are found equal.
                                pending.push(EqTask::Unequal);
                                break;
                            }
                        }
                    }
                    true
                }
                (Object::Set(p), Object::Set(q)) => {
                    if p.has_user_keys() || q.has_user_keys() {
                        return Ok(None); // the prelude's `_builtin_eq`
                    }
                    p.len() == q.len() && p.keys().all(|k| q.contains_key(k))
                }
                (
                    Object::Range {
                        start: a1,
                        stop: b1,
                        step: c1,
                    },
                    Object::Range {
                        start: a2,
                        stop: b2,
                        step: c2,
                    },
                ) => (a1, b1, c1) == (a2, b2, c2),
                (Object::Instance(_), _) | (_, Object::Instance(_)) => {
                    if self.has_python_special(a, "__eq__").is_some()
                        || self.has_python_special(b, "__eq__").is_some()
                    {
                        return Ok(None);
                    }
                    x == y
                }
                _ => x == y,
            },
            (Value::Obj(_), _) | (_, Value::Obj(_)) => {
                if self.has_python_special(a, "__eq__").is_some()
                    || self.has_python_special(b, "__eq__").is_some()
                {
                    return Ok(None);
                }
                false
            }
            _ => match (num(a), num(b)) {
                (Some(Num::Int(x)), Some(Num::Int(y))) => x == y,
                (Some(Num::Int(x)), Some(Num::Float(y)))
                | (Some(Num::Float(y)), Some(Num::Int(x))) => {
                    big_to_f64(&x) == y
                        && (y.fract() == 0.0 && BigInt::from(y as i128) == x || y.abs() >= 1e18)
                }
                (Some(Num::Float(x)), Some(Num::Float(y))) => x == y,
                _ => a.is(b),
            },
        }))
    }

    /// `a < b` and friends for built-in values; `Ok(None)` when Python code must decide.
    /// Tuples and lists are decided by their first items that differ (else by their lengths).
    fn order(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        let by_lengths = |lx: usize, ly: usize| match op {
            CmpOp::Lt => lx < ly,
            CmpOp::LtE => lx <= ly,
            CmpOp::Gt => lx > ly,
            _ => lx >= ly,
        };
        let verdict = match self.deciding_pair(a, b) {
            Deciding::Items(p, q) => self.order_values(op, p, q).map_err(Some),
            Deciding::Lengths(lx, ly) => Ok(Some(by_lengths(lx, ly))),
            Deciding::Python => Ok(None),
            Deciding::TooDeep => Err(None),
        };
        match verdict {
            Ok(r) => Ok(r),
            Err(Some(unorderable)) => Err(self.type_error(unorderable)),
            Err(None) => Err(self.comparison_too_deep()),
        }
    }

    /// What decides `a < b`: down through tuples and lists to their first items that differ,
    /// in a loop (no recursion), one level deeper each time, up to the recursion limit.
    fn deciding_pair<'a>(&'a self, a: &'a Value, b: &'a Value) -> Deciding<'a> {
        let Some((mut x, mut y)) = self.sequence_items(a, b) else {
            return Deciding::Items(a, b);
        };
        let budget = self.nesting_budget();
        let mut level = 1;
        loop {
            if level > budget + 1 {
                return Deciding::TooDeep;
            }
            let mut differing = None;
            for (p, q) in x.iter().zip(y.iter()) {
                if p.is(q) {
                    continue;
                }
                match self.eq_walk(p, q, level + 1) {
                    Ok(Some(true)) => continue,
                    Ok(Some(false)) => {
                        differing = Some((p, q));
                        break;
                    }
                    Ok(None) => return Deciding::Python,
                    Err(TooDeep) => return Deciding::TooDeep,
                }
            }
            let Some((p, q)) = differing else {
                return Deciding::Lengths(x.len(), y.len());
            };
            let Some(inner) = self.sequence_items(p, q) else {
                return Deciding::Items(p, q);
            };
            (x, y) = inner;
            level += 1;
        }
    }

    /// The items of two tuples, or of two lists.
    #[inline]
    fn sequence_items<'a>(
        &'a self,
        a: &'a Value,
        b: &'a Value,
    ) -> Option<(&'a [Value], &'a [Value])> {
        match (a, b) {
            (Value::Tuple(x), Value::Tuple(y)) => Some((x, y)),
            (Value::Obj(x), Value::Obj(y)) => match (self.heap.get(*x), self.heap.get(*y)) {
                (Object::List(p), Object::List(q)) => Some((p, q)),
                _ => None,
            },
            _ => None,
        }
    }

    /// `a < b` and friends for anything but two tuples or two lists.
    /// `Err` is the message of the `TypeError` (the caller makes it: this borrows the VM).
    fn order_values(&self, op: CmpOp, a: &Value, b: &Value) -> Result<Option<bool>, String> {
        use std::cmp::Ordering;
        let ord: Option<Ordering> = match (a, b) {
            (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
            (Value::Str(x), Value::Str(y)) => Some(x.cmp(y)),
            (Value::Bytes(x), Value::Bytes(y)) => Some(x.cmp(y)),
            (Value::Obj(x), Value::Obj(y)) => match (self.heap.get(*x), self.heap.get(*y)) {
                (Object::Set(p), Object::Set(q)) => {
                    if p.has_user_keys() || q.has_user_keys() {
                        return Ok(None); // the prelude's `_set_order`
                    }
                    let sub = p.keys().all(|k| q.contains_key(k));
                    let sup = q.keys().all(|k| p.contains_key(k));
                    let (lp, lq) = (p.len(), q.len());
                    return Ok(Some(match op {
                        CmpOp::Lt => sub && lp < lq,
                        CmpOp::LtE => sub,
                        CmpOp::Gt => sup && lp > lq,
                        _ => sup,
                    }));
                }
                _ => None,
            },
            _ => match (num(a), num(b)) {
                (Some(Num::Int(x)), Some(Num::Int(y))) => Some(x.cmp(&y)),
                (Some(Num::Float(x)), Some(Num::Float(y))) => x
                    .partial_cmp(&y)
                    .or(Some(Ordering::Less))
                    .filter(|_| !x.is_nan() && !y.is_nan()),
                (Some(Num::Int(x)), Some(Num::Float(y))) => {
                    if y.is_nan() {
                        return Ok(Some(false));
                    }
                    big_to_f64(&x).partial_cmp(&y)
                }
                (Some(Num::Float(x)), Some(Num::Int(y))) => {
                    if x.is_nan() {
                        return Ok(Some(false));
                    }
                    x.partial_cmp(&big_to_f64(&y))
                }
                _ => None,
            },
        };
        match ord {
            Some(o) => Ok(Some(match op {
                CmpOp::Lt => o == Ordering::Less,
                CmpOp::LtE => o != Ordering::Greater,
                CmpOp::Gt => o == Ordering::Greater,
                _ => o != Ordering::Less,
            })),
            None => {
                if matches!((num(a), num(b)), (Some(_), Some(_))) {
                    return Ok(Some(false)); // NaN
                }
                if matches!(a, Value::Obj(id) if matches!(self.heap.get(*id), Object::Instance(_)))
                    || matches!(b, Value::Obj(id) if matches!(self.heap.get(*id), Object::Instance(_)))
                {
                    return Ok(None);
                }
                let (ta, tb) = (self.type_name(a), self.type_name(b));
                Err(format!(
                    "'{}' not supported between instances of '{ta}' and '{tb}'",
                    op.symbol()
                ))
            }
        }
    }

    /// A comparison; `Ok(None)` when Python code must decide.
    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        Ok(match op {
            CmpOp::Is => Some(Value::Bool(a.is(b))),
            CmpOp::IsNot => Some(Value::Bool(!a.is(b))),
            CmpOp::Eq => self.eq_checked(a, b)?.map(Value::Bool),
            CmpOp::NotEq => self.eq_checked(a, b)?.map(|x| Value::Bool(!x)),
            CmpOp::In => self.contains(b, a)?.map(Value::Bool),
            CmpOp::NotIn => self.contains(b, a)?.map(|x| Value::Bool(!x)),
            _ => self.order(op, a, b)?.map(Value::Bool),
        })
    }

    /// `item in container`; `Ok(None)` when Python code must decide.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<Option<bool>> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(Some(s.contains(&**sub))),
                _ => {
                    let t = self.type_name(item);
                    Err(self.type_error(format!(
                        "'in <string>' requires string as left operand, not {t}"
                    )))
                }
            },
            Value::Bytes(b) => match item {
                Value::Bytes(sub) => Ok(Some(
                    sub.is_empty() || b.windows(sub.len()).any(|w| w == &**sub),
                )),
                Value::Int(i) => Ok(Some(b.iter().any(|x| *x as i64 == *i))),
                _ => Err(self.type_error("a bytes-like object is required")),
            },
            Value::Tuple(items) => {
                let items = items.clone();
                self.seq_contains(&items, item)
            }
            Value::Obj(id) => match self.heap.get(*id) {
                Object::List(items) => {
                    let items = items.clone();
                    self.seq_contains(&items, item)
                }
                Object::Dict(_) | Object::Set(_) => {
                    // `None`: Python's `==` must find the key (the type's `__contains__`).
                    let Some(k) = self.key_in(*id, item)? else {
                        return Ok(None);
                    };
                    Ok(Some(match self.heap.get(*id) {
                        Object::Dict(d) => d.map.contains_key(&k),
                        Object::Set(s) => s.contains_key(&k),
                        _ => false,
                    }))
                }
                Object::Range { start, stop, step } => Ok(Some(match item {
                    Value::Int(i) => {
                        let (s, e, st) = (*start, *stop, *step);
                        if st > 0 {
                            *i >= s && *i < e && (*i - s) % st == 0
                        } else {
                            *i <= s && *i > e && (s - *i) % (-st) == 0
                        }
                    }
                    _ => false,
                })),
                Object::Instance(_) => Ok(None),
                _ => {
                    let t = self.type_name(container);
                    Err(self.type_error(format!("argument of type '{t}' is not iterable")))
                }
            },
            _ => {
                let t = self.type_name(container);
                Err(self.type_error(format!("argument of type '{t}' is not iterable")))
            }
        }
    }

    fn seq_contains(&mut self, items: &[Value], item: &Value) -> PyResult<Option<bool>> {
        for x in items {
            if x.is(item) {
                return Ok(Some(true));
            }
            match self.eq_checked(x, item)? {
                Some(true) => return Ok(Some(true)),
                Some(false) => {}
                None => return Ok(None),
            }
        }
        Ok(Some(false))
    }

    // ------------------------------------------------------------------ arithmetic

    /// `a op b` for built-in values; `Ok(None)` when Python code must decide.
    pub fn binary_op(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        // The hot path: small ints.
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            if let Some(r) = super::exec::small_int_binop(op, *x, *y) {
                return Ok(Some(Value::Int(r)));
            }
        }
        if let (Some(x), Some(y)) = (num(a), num(b)) {
            // Floats have no bitwise or matrix operators: the error names the operands' own
            // types (`1 << 2.0` is 'int' and 'float'), so it is raised before conversion.
            let int_only = matches!(
                op,
                BinOp::LShift
                    | BinOp::RShift
                    | BinOp::BitOr
                    | BinOp::BitXor
                    | BinOp::BitAnd
                    | BinOp::MatMul
            );
            if int_only && (matches!(x, Num::Float(_)) || matches!(y, Num::Float(_))) {
                return Err(self.binop_type_error(op, a, b, inplace));
            }
            return self.numeric_op(op, x, y).map(Some);
        }
        match (op, a, b) {
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                self.check_len(x.len() + y.len())?;
                let mut s = String::with_capacity(x.len() + y.len());
                s.push_str(x);
                s.push_str(y);
                return Ok(Some(Value::Str(Rc::from(s))));
            }
            (BinOp::Add, Value::Bytes(x), Value::Bytes(y)) => {
                let mut v = x.to_vec();
                v.extend_from_slice(y);
                return Ok(Some(Value::Bytes(Rc::from(v))));
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                return Ok(Some(Value::tuple(v)));
            }
            (
                BinOp::Mul,
                Value::Str(_) | Value::Bytes(_) | Value::Tuple(_),
                Value::Int(_) | Value::Bool(_),
            )
            | (
                BinOp::Mul,
                Value::Int(_) | Value::Bool(_),
                Value::Str(_) | Value::Bytes(_) | Value::Tuple(_),
            ) => {
                let (seq, n) = if matches!(a, Value::Int(_) | Value::Bool(_)) {
                    (b, a)
                } else {
                    (a, b)
                };
                let n = match n {
                    Value::Int(i) => (*i).max(0) as usize,
                    Value::Bool(x) => *x as usize,
                    _ => 0,
                };
                return self.repeat(seq, n).map(Some);
            }
            (BinOp::Mod, Value::Str(_), _) => return self.percent_format_value(a, b).map(Some),
            (BinOp::Mod, Value::Bytes(_), _) => {
                return Err(self.type_error("bytes %-formatting is not supported yet"))
            }
            _ => {}
        }
        if let (Value::Obj(x), _) = (a, b) {
            let x = *x;
            match (op, self.heap.get(x), b) {
                (BinOp::Add, Object::List(p), Value::Obj(y)) => {
                    if let Object::List(q) = self.heap.get(*y) {
                        if inplace {
                            let q = q.clone();
                            if let Object::List(p) = self.heap.get_mut(x) {
                                p.extend(q);
                            }
                            return Ok(Some(a.clone()));
                        }
                        let mut v = p.clone();
                        v.extend(q.iter().cloned());
                        self.check_len(v.len())?;
                        return Ok(Some(self.new_list(v)));
                    }
                }
                (BinOp::Add, Object::List(_), _) if inplace => {
                    let items = self.iterate_native(b)?;
                    if let Object::List(p) = self.heap.get_mut(x) {
                        p.extend(items);
                    }
                    return Ok(Some(a.clone()));
                }
                (BinOp::Mul, Object::List(p), Value::Int(n)) => {
                    let n = (*n).max(0) as usize;
                    let p = p.clone();
                    self.check_len(p.len().saturating_mul(n))?;
                    let mut v = Vec::with_capacity(p.len() * n);
                    for _ in 0..n {
                        v.extend(p.iter().cloned());
                    }
                    if inplace {
                        if let Object::List(p) = self.heap.get_mut(x) {
                            *p = v;
                        }
                        return Ok(Some(a.clone()));
                    }
                    return Ok(Some(self.new_list(v)));
                }
                (
                    BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                    Object::Set(p),
                    Value::Obj(y),
                ) => {
                    if let Object::Set(q) = self.heap.get(*y) {
                        if p.has_user_keys() || q.has_user_keys() {
                            // Python's `==` decides which elements are the same (`_set_binop`).
                            return Ok(None);
                        }
                        let set_op = match op {
                            BinOp::BitOr => SetOp::Or,
                            BinOp::BitAnd => SetOp::And,
                            BinOp::Sub => SetOp::Sub,
                            _ => SetOp::Xor,
                        };
                        // In place (not for a frozenset, which `|=` rebinds to a new one), as
                        // CPython does it: the table's history decides the order.
                        if inplace && !p.frozen {
                            let q = q.clone();
                            if let Object::Set(p) = self.heap.get_mut(x) {
                                match set_op {
                                    SetOp::Or => p.merge(&q),
                                    SetOp::Sub => p.difference_update(&q),
                                    SetOp::Xor => p.symmetric_update(&q),
                                    SetOp::And => p.intersection_update(&q),
                                }
                            }
                            return Ok(Some(a.clone()));
                        }
                        let r = PySet::binary(set_op, p, q);
                        return Ok(Some(Value::Obj(self.alloc(Object::Set(r)))));
                    }
                }
                (BinOp::BitOr, Object::Dict(p), Value::Obj(y)) => {
                    if let Object::Dict(q) = self.heap.get(*y) {
                        if p.has_user_keys() || q.has_user_keys() {
                            return Ok(None);
                        }
                        let mut r = p.clone();
                        for (k, (kv, v)) in &q.map {
                            r.insert(k.clone(), kv.clone(), v.clone());
                        }
                        if inplace {
                            *self.heap.get_mut(x) = Object::Dict(r);
                            return Ok(Some(a.clone()));
                        }
                        return Ok(Some(Value::Obj(self.alloc(Object::Dict(r)))));
                    }
                }
                _ => {}
            }
        }
        if matches!(b, Value::Obj(id) if matches!(self.heap.get(*id), Object::List(_)))
            && op == BinOp::Mul
        {
            if let Value::Int(_) = a {
                return self.binary_op(op, b, a, false);
            }
        }
        let is_inst = |v: &Value| matches!(v, Value::Obj(id) if matches!(self.heap.get(*id), Object::Instance(_)));
        if is_inst(a) || is_inst(b) {
            return Ok(None);
        }
        Err(self.binop_type_error(op, a, b, inplace))
    }

    /// The TypeError of `a op b` (of `a op= b` when `inplace`) that neither operand supports.
    pub fn binop_type_error(&mut self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> Value {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        let same_seq =
            matches!(op, BinOp::Add) && matches!(&*ta, "str" | "list" | "tuple" | "bytes");
        if same_seq {
            return self.type_error(format!("can only concatenate {ta} (not \"{tb}\") to {ta}"));
        }
        if op == BinOp::Mul && matches!(&*ta, "str" | "list" | "tuple" | "bytes") {
            return self.type_error(format!("can't multiply sequence by non-int of type '{tb}'"));
        }
        let assign = if inplace { "=" } else { "" };
        self.type_error(format!(
            "unsupported operand type(s) for {}{assign}: '{ta}' and '{tb}'",
            op.symbol()
        ))
    }

    fn repeat(&mut self, seq: &Value, n: usize) -> PyResult<Value> {
        match seq {
            Value::Str(s) => {
                self.check_len(s.len().saturating_mul(n))?;
                Ok(Value::Str(Rc::from(s.repeat(n))))
            }
            Value::Bytes(b) => {
                self.check_len(b.len().saturating_mul(n))?;
                Ok(Value::Bytes(Rc::from(b.repeat(n))))
            }
            Value::Tuple(t) => {
                self.check_len(t.len().saturating_mul(n))?;
                let mut v = Vec::with_capacity(t.len() * n);
                for _ in 0..n {
                    v.extend(t.iter().cloned());
                }
                Ok(Value::tuple(v))
            }
            _ => Ok(Value::None),
        }
    }

    /// Refuse to build a sequence longer than the memory cap.
    pub fn check_len(&mut self, len: usize) -> PyResult<()> {
        if len > self.limits.max_len {
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// An int as a float; `OverflowError` (as CPython) for one past a float's range.
    pub fn int_to_float(&mut self, b: &BigInt) -> PyResult<f64> {
        match big_to_f64(b) {
            f if f.is_finite() => Ok(f),
            _ => Err(self.error(self.exc.overflow_error, "int too large to convert to float")),
        }
    }

    fn numeric_op(&mut self, op: BinOp, a: Num, b: Num) -> PyResult<Value> {
        match (a, b) {
            (Num::Int(x), Num::Int(y)) => self.int_op(op, x, y),
            (Num::Int(x), Num::Float(y)) => {
                let x = self.int_to_float(&x)?;
                self.float_op(op, x, y)
            }
            (Num::Float(x), Num::Int(y)) => {
                let y = self.int_to_float(&y)?;
                self.float_op(op, x, y)
            }
            (Num::Float(x), Num::Float(y)) => self.float_op(op, x, y),
        }
    }

    fn int_op(&mut self, op: BinOp, x: BigInt, y: BigInt) -> PyResult<Value> {
        Ok(match op {
            BinOp::Add => Value::from_bigint(x + y),
            BinOp::Sub => Value::from_bigint(x - y),
            BinOp::Mul => {
                if x.bits() + y.bits() > 64 * 1024 * 1024 {
                    return Err(self.memory_error());
                }
                Value::from_bigint(x * y)
            }
            BinOp::Div => {
                if y.is_zero() {
                    return Err(self.zero_division("division by zero"));
                }
                let (fx, fy) = (big_to_f64(&x), big_to_f64(&y));
                if fx.is_infinite() || fy.is_infinite() {
                    return Err(
                        self.overflow_error("integer division result too large for a float")
                    );
                }
                Value::Float(fx / fy)
            }
            BinOp::FloorDiv => {
                if y.is_zero() {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                Value::from_bigint(x.div_floor(&y))
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                Value::from_bigint(x.mod_floor(&y))
            }
            BinOp::Pow => {
                if y.is_negative() {
                    if x.is_zero() {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    return Ok(Value::Float(big_to_f64(&x).powf(big_to_f64(&y))));
                }
                let exp = y.to_u32().unwrap_or(u32::MAX);
                let bits = x.bits().saturating_mul(exp as u64);
                if bits > 64 * 1024 * 1024 && x.abs() > BigInt::from(1) {
                    return Err(self.memory_error());
                }
                Value::from_bigint(num_traits::pow::Pow::pow(x, exp))
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let n = y.to_u64().unwrap_or(u64::MAX);
                if n > 64 * 1024 * 1024 {
                    return Err(self.memory_error());
                }
                Value::from_bigint(x << n)
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let n = y.to_u64().unwrap_or(u64::MAX).min(1 << 40);
                Value::from_bigint(x >> n)
            }
            BinOp::BitAnd => Value::from_bigint(x & y),
            BinOp::BitOr => Value::from_bigint(x | y),
            BinOp::BitXor => Value::from_bigint(x ^ y),
            BinOp::MatMul => {
                return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'"));
            }
        })
    }

    fn float_op(&mut self, op: BinOp, x: f64, y: f64) -> PyResult<Value> {
        Ok(Value::Float(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::Div => {
                if y == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                float_floordiv(x, y)
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                float_mod(x, y)
            }
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                }
                if x < 0.0 && y.fract() != 0.0 {
                    return Err(self.value_error("complex numbers are not supported"));
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return Err(self.overflow_error("(34, 'Numerical result out of range')"));
                }
                r
            }
            _ => {
                let err = self.binop_type_error(op, &Value::Float(x), &Value::Float(y), false);
                return Err(err);
            }
        }))
    }

    /// `-a`, `+a`, `~a`, `not a`; `Ok(None)` when Python code must decide.
    pub fn unary_op(&mut self, op: UnaryOp, a: &Value) -> PyResult<Option<Value>> {
        if op == UnaryOp::Not {
            return Ok(self.truthy(a).map(|t| Value::Bool(!t)));
        }
        let r = match (op, a) {
            (UnaryOp::Neg, Value::Int(i)) => match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-BigInt::from(*i)),
            },
            (UnaryOp::Neg, Value::Bool(b)) => Value::Int(-(*b as i64)),
            (UnaryOp::Neg, Value::BigInt(b)) => Value::from_bigint(-(**b).clone()),
            (UnaryOp::Neg, Value::Float(f)) => Value::Float(-f),
            (UnaryOp::Pos, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => a.clone(),
            (UnaryOp::Pos, Value::Bool(b)) => Value::Int(*b as i64),
            (UnaryOp::Invert, Value::Int(i)) => Value::Int(!i),
            (UnaryOp::Invert, Value::Bool(b)) => Value::Int(!(*b as i64)),
            (UnaryOp::Invert, Value::BigInt(b)) => Value::from_bigint(-(**b).clone() - 1),
            _ => {
                if matches!(a, Value::Obj(id) if matches!(self.heap.get(*id), Object::Instance(_)))
                {
                    return Ok(None);
                }
                let sym = match op {
                    UnaryOp::Neg => "-",
                    UnaryOp::Pos => "+",
                    _ => "~",
                };
                let t = self.type_name(a);
                return Err(self.type_error(format!("bad operand type for unary {sym}: '{t}'")));
            }
        };
        Ok(Some(r))
    }

    // ------------------------------------------------------------------ items

    /// A sequence index, negative from the end; `IndexError` outside.
    fn seq_index(&mut self, index: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match index {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => {
                return Err(
                    self.index_error(format!("cannot fit 'int' into an index-sized integer"))
                );
            }
            _ => {
                let t = self.type_name(index);
                return Err(self.type_error(format!(
                    "{what} indices must be integers or slices, not {t}"
                )));
            }
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            let msg = match what {
                "str" => "string index out of range".to_string(),
                _ => format!("{what} index out of range"),
            };
            return Err(self.index_error(msg));
        }
        Ok(j as usize)
    }

    fn slice_parts(&mut self, slice: ObjId, len: usize) -> PyResult<Vec<usize>> {
        let Object::Slice { start, stop, step } = self.heap.get(slice) else {
            return Ok(Vec::new());
        };
        let get = |v: &Value| -> Result<Option<i64>, ()> {
            match v {
                Value::None => Ok(None),
                Value::Int(i) => Ok(Some(*i)),
                Value::Bool(b) => Ok(Some(*b as i64)),
                Value::BigInt(b) => Ok(Some(if b.is_negative() {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                })),
                _ => Err(()),
            }
        };
        let (Ok(start), Ok(stop), Ok(step)) = (get(start), get(stop), get(step)) else {
            return Err(self
                .type_error("slice indices must be integers or None or have an __index__ method"));
        };
        let step = step.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let len = len as i64;
        let clamp = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
            match v {
                None => default,
                Some(x) => {
                    let x = if x < 0 { x + len } else { x };
                    x.clamp(lo, hi)
                }
            }
        };
        let mut out = Vec::new();
        if step > 0 {
            let (s, e) = (clamp(start, 0, 0, len), clamp(stop, len, 0, len));
            let mut i = s;
            while i < e {
                out.push(i as usize);
                i += step;
            }
        } else {
            let (s, e) = (
                clamp(start, len - 1, -1, len - 1),
                clamp(stop, -1, -1, len - 1),
            );
            let mut i = s;
            while i > e {
                out.push(i as usize);
                i += step;
            }
        }
        Ok(out)
    }

    fn as_slice(&self, v: &Value) -> Option<ObjId> {
        match v {
            Value::Obj(id) if matches!(self.heap.get(*id), Object::Slice { .. }) => Some(*id),
            _ => None,
        }
    }

    /// `container[index]`; `Ok(None)` when Python code must decide.
    pub fn get_item(&mut self, container: &Value, index: &Value) -> PyResult<Option<Value>> {
        match container {
            Value::Str(s) => {
                let s = s.clone();
                if let Some(sl) = self.as_slice(index) {
                    let chars: Vec<char> = s.chars().collect();
                    let idx = self.slice_parts(sl, chars.len())?;
                    return Ok(Some(Value::Str(Rc::from(
                        idx.into_iter().map(|i| chars[i]).collect::<String>(),
                    ))));
                }
                if s.is_ascii() {
                    let i = self.seq_index(index, s.len(), "str")?;
                    return Ok(Some(Value::Str(Rc::from(&s[i..i + 1]))));
                }
                let chars: Vec<char> = s.chars().collect();
                let i = self.seq_index(index, chars.len(), "str")?;
                Ok(Some(Value::Str(Rc::from(chars[i].to_string()))))
            }
            Value::Bytes(b) => {
                let b = b.clone();
                if let Some(sl) = self.as_slice(index) {
                    let idx = self.slice_parts(sl, b.len())?;
                    return Ok(Some(Value::Bytes(Rc::from(
                        idx.into_iter().map(|i| b[i]).collect::<Vec<u8>>(),
                    ))));
                }
                let i = self.seq_index(index, b.len(), "index")?;
                Ok(Some(Value::Int(b[i] as i64)))
            }
            Value::Tuple(t) => {
                let t = t.clone();
                if let Some(sl) = self.as_slice(index) {
                    let idx = self.slice_parts(sl, t.len())?;
                    return Ok(Some(Value::tuple(
                        idx.into_iter().map(|i| t[i].clone()).collect(),
                    )));
                }
                let i = self.seq_index(index, t.len(), "tuple")?;
                Ok(Some(t[i].clone()))
            }
            Value::Obj(id) => {
                let id = *id;
                match self.heap.get(id) {
                    Object::List(items) => {
                        let len = items.len();
                        if let Some(sl) = self.as_slice(index) {
                            let idx = self.slice_parts(sl, len)?;
                            let Object::List(items) = self.heap.get(id) else {
                                return Ok(None);
                            };
                            let v: Vec<Value> = idx.into_iter().map(|i| items[i].clone()).collect();
                            return Ok(Some(self.new_list(v)));
                        }
                        let i = self.seq_index(index, len, "list")?;
                        let Object::List(items) = self.heap.get(id) else {
                            return Ok(None);
                        };
                        Ok(Some(items[i].clone()))
                    }
                    Object::Dict(_) => {
                        // `None`: Python's `==` must find the key (dict's `__getitem__`).
                        let Some(k) = self.key_in(id, index)? else {
                            return Ok(None);
                        };
                        let Object::Dict(d) = self.heap.get(id) else {
                            return Ok(None);
                        };
                        match d.get(&k) {
                            Some(v) => Ok(Some(v.clone())),
                            None => Err(self.key_error(index.clone())),
                        }
                    }
                    Object::Range { start, stop, step } => {
                        let (start, stop, step) = (*start, *stop, *step);
                        let len = range_len(start, stop, step) as usize;
                        let i = self.seq_index(index, len, "range object")?;
                        Ok(Some(Value::Int(start + step * i as i64)))
                    }
                    Object::Instance(_) => Ok(None),
                    Object::Class(_) => Ok(Some(container.clone())), // `list[int]` annotations
                    _ => {
                        let t = self.type_name(container);
                        Err(self.type_error(format!("'{t}' object is not subscriptable")))
                    }
                }
            }
            _ => {
                let t = self.type_name(container);
                Err(self.type_error(format!("'{t}' object is not subscriptable")))
            }
        }
    }

    /// `container[index] = v`; `Ok(false)` when Python code must do it.
    pub fn set_item(&mut self, container: &Value, index: &Value, v: Value) -> PyResult<bool> {
        if let Value::Obj(id) = container {
            let id = *id;
            match self.heap.get(id) {
                Object::List(items) => {
                    let len = items.len();
                    if let Some(sl) = self.as_slice(index) {
                        let new_items = self.iterate_native(&v)?;
                        let Object::Slice { step, .. } = self.heap.get(sl) else {
                            return Ok(true);
                        };
                        let simple = matches!(step, Value::None | Value::Int(1));
                        let idx = self.slice_parts(sl, len)?;
                        if simple {
                            let start = match self.heap.get(sl) {
                                Object::Slice {
                                    start: Value::None, ..
                                } => 0,
                                _ => idx
                                    .first()
                                    .copied()
                                    .unwrap_or_else(|| self.slice_start_for_insert(sl, len)),
                            };
                            let end = start + idx.len();
                            if let Object::List(items) = self.heap.get_mut(id) {
                                items.splice(start..end, new_items);
                            }
                            return Ok(true);
                        }
                        if idx.len() != new_items.len() {
                            return Err(self.value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                new_items.len(),
                                idx.len()
                            )));
                        }
                        if let Object::List(items) = self.heap.get_mut(id) {
                            for (i, x) in idx.into_iter().zip(new_items) {
                                items[i] = x;
                            }
                        }
                        return Ok(true);
                    }
                    let i = match self.seq_index(index, len, "list") {
                        Ok(i) => i,
                        Err(e) => {
                            if self.exc_matches(&e, self.exc.index_error) {
                                return Err(self.index_error("list assignment index out of range"));
                            }
                            return Err(e);
                        }
                    };
                    if let Object::List(items) = self.heap.get_mut(id) {
                        items[i] = v;
                    }
                    Ok(true)
                }
                Object::Dict(_) => {
                    // `false`: Python's `==` must find the key (dict's `__setitem__`).
                    let Some(k) = self.key_in(id, index)? else {
                        return Ok(false);
                    };
                    if let Object::Dict(d) = self.heap.get_mut(id) {
                        d.insert(k, index.clone(), v);
                    }
                    Ok(true)
                }
                Object::Instance(_) => Ok(false),
                _ => {
                    let t = self.type_name(container);
                    Err(self.type_error(format!("'{t}' object does not support item assignment")))
                }
            }
        } else {
            let t = self.type_name(container);
            Err(self.type_error(format!("'{t}' object does not support item assignment")))
        }
    }

    fn slice_start_for_insert(&self, sl: ObjId, len: usize) -> usize {
        match self.heap.get(sl) {
            Object::Slice {
                start: Value::Int(i),
                ..
            } => {
                let i = if *i < 0 { *i + len as i64 } else { *i };
                i.clamp(0, len as i64) as usize
            }
            _ => len,
        }
    }

    /// `del container[index]`; `Ok(false)` when Python code must do it.
    pub fn del_item(&mut self, container: &Value, index: &Value) -> PyResult<bool> {
        if let Value::Obj(id) = container {
            let id = *id;
            match self.heap.get(id) {
                Object::List(items) => {
                    let len = items.len();
                    if let Some(sl) = self.as_slice(index) {
                        let mut idx = self.slice_parts(sl, len)?;
                        // In the slice's order: descending for a negative step.
                        if idx.first() > idx.last() {
                            idx.reverse();
                        }
                        if let Object::List(items) = self.heap.get_mut(id) {
                            for i in idx.into_iter().rev() {
                                items.remove(i);
                            }
                        }
                        return Ok(true);
                    }
                    let i = match self.seq_index(index, len, "list") {
                        Ok(i) => i,
                        Err(_) => {
                            return Err(self.index_error("list assignment index out of range"))
                        }
                    };
                    if let Object::List(items) = self.heap.get_mut(id) {
                        items.remove(i);
                    }
                    Ok(true)
                }
                Object::Dict(_) => {
                    // `false`: Python's `==` must find the key (dict's `__delitem__`).
                    let Some(k) = self.key_in(id, index)? else {
                        return Ok(false);
                    };
                    let removed = match self.heap.get_mut(id) {
                        Object::Dict(d) => d.remove(&k).is_some(),
                        _ => false,
                    };
                    if !removed {
                        return Err(self.key_error(index.clone()));
                    }
                    Ok(true)
                }
                Object::Instance(_) => Ok(false),
                _ => {
                    let t = self.type_name(container);
                    Err(self.type_error(format!("'{t}' object doesn't support item deletion")))
                }
            }
        } else {
            let t = self.type_name(container);
            Err(self.type_error(format!("'{t}' object doesn't support item deletion")))
        }
    }

    // ------------------------------------------------------------------ iteration

    /// `iter(v)` for built-in iterables; `Ok(None)` when Python code (`__iter__`) must run.
    /// Generators and iterators are their own iterators.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Option<Value>> {
        let state = match v {
            Value::Str(s) => IterState::Str {
                text: s.clone(),
                byte_pos: 0,
            },
            Value::Bytes(b) => IterState::Bytes {
                data: b.clone(),
                index: 0,
            },
            Value::Tuple(t) => IterState::Tuple {
                items: t.clone(),
                index: 0,
            },
            Value::Obj(id) => match self.heap.get(*id) {
                Object::List(_) => IterState::List {
                    list: *id,
                    index: 0,
                },
                Object::Dict(d) => IterState::Values {
                    items: d.map.values().map(|(k, _)| k.clone()).collect(),
                    index: 0,
                    source: Some((*id, d.map.len())),
                },
                Object::Set(s) => IterState::Values {
                    items: s.values().cloned().collect(),
                    index: 0,
                    source: Some((*id, s.len())),
                },
                Object::Range { start, stop, step } => IterState::Range {
                    next: *start,
                    stop: *stop,
                    step: *step,
                },
                Object::Generator(_) | Object::Iterator(_) => return Ok(Some(v.clone())),
                Object::Instance(_) => return Ok(None),
                _ => return Err(self.not_iterable(v)),
            },
            _ => return Err(self.not_iterable(v)),
        };
        Ok(Some(Value::Obj(self.alloc(Object::Iterator(state)))))
    }

    /// `reversed(v)` for built-in sequences; `Ok(None)` when Python code must run (`__reversed__`,
    /// or `__len__` and `__getitem__`).
    pub fn get_reversed(&mut self, v: &Value) -> PyResult<Option<Value>> {
        let state = match v {
            Value::Str(s) => IterState::Reversed {
                items: s
                    .chars()
                    .map(|c| Value::Str(Rc::from(c.to_string())))
                    .collect(),
                next: s.chars().count(),
            },
            Value::Bytes(b) => IterState::Reversed {
                items: b.iter().map(|x| Value::Int(*x as i64)).collect(),
                next: b.len(),
            },
            Value::Tuple(t) => IterState::Reversed {
                items: t.to_vec(),
                next: t.len(),
            },
            Value::Obj(id) => match self.heap.get(*id) {
                Object::List(items) => IterState::ListReverse {
                    list: *id,
                    next: items.len(),
                },
                Object::Range { start, stop, step } => {
                    // The last item of the range, walking back by `step` to just before `start`.
                    let (start, stop, step) = (*start as i128, *stop as i128, *step as i128);
                    let len = if step > 0 {
                        ((stop - start + step - 1) / step).max(0)
                    } else {
                        ((start - stop - step - 1) / -step).max(0)
                    };
                    let last = start + (len - 1) * step;
                    let (Ok(next), Ok(stop), Ok(step)) = (
                        i64::try_from(last),
                        i64::try_from(start - step),
                        i64::try_from(-step),
                    ) else {
                        return Err(
                            self.overflow_error("Python int too large to convert to C long")
                        );
                    };
                    if len == 0 {
                        IterState::Range {
                            next: 0,
                            stop: 0,
                            step: 1,
                        }
                    } else {
                        IterState::Range { next, stop, step }
                    }
                }
                Object::Dict(d) => IterState::Reversed {
                    items: d.map.values().map(|(k, _)| k.clone()).collect(),
                    next: d.map.len(),
                },
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        Ok(Some(Value::Obj(self.alloc(Object::Iterator(state)))))
    }

    pub fn not_iterable(&mut self, v: &Value) -> Value {
        let t = self.type_name(v);
        self.type_error(format!("'{t}' object is not iterable"))
    }

    /// The next item of a native iterator object (`None` when exhausted); a RuntimeError when
    /// the dict or set it iterates changed size.
    pub fn next_native(&mut self, it: ObjId) -> PyResult<Option<Value>> {
        let heap = &mut self.heap;
        let mut list_item = None;
        // A dict or set iterator: the source and the size it must still have.
        let mut sized = None;
        let r = match heap.get_mut(it) {
            Object::Iterator(state) => match state {
                IterState::Range { next, stop, step } => {
                    let n = *next;
                    if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                        *next = n + *step;
                        Some(Value::Int(n))
                    } else {
                        None
                    }
                }
                IterState::List { list, index } => {
                    list_item = Some((*list, *index));
                    *index += 1;
                    None
                }
                IterState::Tuple { items, index } => {
                    let r = items.get(*index).cloned();
                    *index += 1;
                    r
                }
                IterState::Str { text, byte_pos } => {
                    let rest = &text[*byte_pos..];
                    match rest.chars().next() {
                        Some(c) => {
                            *byte_pos += c.len_utf8();
                            Some(Value::Str(Rc::from(c.to_string())))
                        }
                        None => None,
                    }
                }
                IterState::Bytes { data, index } => {
                    let r = data.get(*index).map(|b| Value::Int(*b as i64));
                    *index += 1;
                    r
                }
                IterState::Values {
                    items,
                    index,
                    source,
                } => {
                    sized = *source;
                    let r = items.get(*index).cloned();
                    *index += 1;
                    r
                }
                IterState::ListReverse { list, next } => {
                    if *next > 0 {
                        *next -= 1;
                        list_item = Some((*list, *next));
                    }
                    None
                }
                IterState::Reversed { items, next } => {
                    if *next > 0 {
                        *next -= 1;
                        items.get(*next).cloned()
                    } else {
                        None
                    }
                }
                IterState::Exhausted => None,
            },
            _ => None,
        };
        if let Some((list, index)) = list_item {
            return Ok(match self.heap.get(list) {
                Object::List(items) => items.get(index).cloned(),
                _ => None,
            });
        }
        if let Some((source, size)) = sized {
            self.check_iterated_size(it, source, size)?;
        }
        Ok(r)
    }

    /// CPython's check at each step of a dict or set iterator: `source` must still have the
    /// `size` it had when the iteration began. (A change of keys that keeps the size is not
    /// noticed; CPython notices some of those.)
    fn check_iterated_size(&mut self, it: ObjId, source: ObjId, size: usize) -> PyResult<()> {
        let (now, message) = match self.heap.get(source) {
            Object::Dict(d) => (d.map.len(), "dictionary changed size during iteration"),
            Object::Set(s) => (s.len(), "Set changed size during iteration"),
            _ => return Ok(()),
        };
        if now == size {
            return Ok(());
        }
        // Raised again at every later step, as CPython's iterator does (its `di_used = -1`).
        if let Object::Iterator(IterState::Values { source: slot, .. }) = self.heap.get_mut(it) {
            *slot = Some((source, usize::MAX));
        }
        Err(self.runtime_error(message))
    }

    /// All items of a built-in iterable, eagerly. Generators and Python iterators cannot be
    /// drained here (that would be a Python call inside Rust): callers use the prelude instead.
    pub fn iterate_native(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::Tuple(t) => return Ok(t.to_vec()),
            Value::Obj(id) => match self.heap.get(*id) {
                Object::List(l) => return Ok(l.clone()),
                Object::Generator(_) => {
                    return Err(self.type_error("cannot iterate a generator here"))
                }
                Object::Instance(_) => {
                    return Err(self.type_error("cannot iterate this object here"))
                }
                _ => {}
            },
            _ => {}
        }
        let it = match self.get_iter(v)? {
            Some(Value::Obj(it)) => it,
            _ => return Err(self.not_iterable(v)),
        };
        if let Object::Generator(_) = self.heap.get(it) {
            return Err(self.type_error("cannot iterate a generator here"));
        }
        let mut out = Vec::new();
        while let Some(x) = self.next_native(it)? {
            out.push(x);
            if out.len() > self.limits.max_len {
                return Err(self.memory_error());
            }
        }
        Ok(out)
    }

    /// `set(v)` / `frozenset(v)` for a natively iterable `v`, adding elements in CPython's
    /// order: a set is merged, a dict's keys are added after growing the table once. `None`
    /// when an element is hashed by Python code (the prelude's `_set_of_items` builds it).
    pub fn set_from_native(&mut self, v: &Value, frozen: bool) -> PyResult<Option<PySet>> {
        let mut s = if frozen {
            PySet::frozen()
        } else {
            PySet::default()
        };
        if let Value::Obj(id) = v {
            match self.heap.get(*id) {
                Object::Set(other) => {
                    // Into an empty set: no two elements compare (CPython's `set_merge`).
                    s.merge(other);
                    return Ok(Some(s));
                }
                Object::Dict(d) => s.reserve_for(d.len()),
                _ => {}
            }
        }
        for x in self.iterate_native(v)? {
            let Some(k) = self.key(&x)? else {
                return Ok(None);
            };
            s.add(k, x);
        }
        Ok(Some(s))
    }

    /// The set `{a, b, …}` of these items; `Err(items as a list)` when one is hashed by Python
    /// code (the prelude's `_set_of_items` builds it then).
    pub fn set_of_items(&mut self, items: Vec<Value>) -> PyResult<Result<PySet, Value>> {
        let mut set = PySet::default();
        for x in &items {
            let Some(k) = self.key(x)? else {
                return Ok(Err(self.new_list(items)));
            };
            set.add(k, x.clone());
        }
        Ok(Ok(set))
    }

    /// The dict `{k0: v0, …}` of `[k0, v0, …]`; `Err(that list)` when a key is hashed by Python
    /// code (the prelude's `_dict_of_pairs` builds it then).
    pub fn dict_of_items(&mut self, items: Vec<Value>) -> PyResult<Result<Dict, Value>> {
        let mut d = Dict::default();
        for pair in items.chunks_exact(2) {
            let Some(key) = self.key(&pair[0])? else {
                return Ok(Err(self.new_list(items)));
            };
            d.insert(key, pair[0].clone(), pair[1].clone());
        }
        Ok(Ok(d))
    }

    /// Must `target.update(source)` (two dicts) run Python's `==` between keys? Not when no
    /// key is hashed by Python, nor when copying into an empty dict.
    pub fn update_needs_python(&self, target: &Value, source: &Value) -> bool {
        let dict = |v: &Value| match v {
            Value::Obj(id) => match self.heap.get(*id) {
                Object::Dict(d) => Some(d),
                _ => None,
            },
            _ => None,
        };
        match (dict(target), dict(source)) {
            (Some(t), Some(s)) => {
                (t.has_user_keys() && !s.is_empty()) || (s.has_user_keys() && !t.is_empty())
            }
            _ => false,
        }
    }

    /// `s.update(v)` for a natively iterable `v` (`set_update_internal`), on the set object
    /// `target` where it lives in the heap: `false` when
    /// Python's `==` must decide which elements are new (the caller adds them one by one through
    /// the prelude's `_set_update_items`).
    pub fn set_update_in_place(&mut self, target: ObjId, v: &Value) -> PyResult<bool> {
        let (target_empty, target_user_keys) = match self.heap.get(target) {
            Object::Set(s) => (s.is_empty(), s.has_user_keys()),
            _ => (true, false),
        };
        let mut reserve = None;
        if let Value::Obj(id) = v {
            match self.heap.get(*id) {
                Object::Set(other) => {
                    if !target_empty && (target_user_keys || other.has_user_keys()) {
                        return Ok(false);
                    }
                    let other = other.clone();
                    if let Object::Set(s) = self.heap.get_mut(target) {
                        s.merge(&other);
                    }
                    return Ok(true);
                }
                Object::Dict(d) => reserve = Some(d.len()),
                _ => {}
            }
        }
        if target_user_keys {
            return Ok(false);
        }
        let items = self.iterate_native(v)?;
        let mut keyed = Vec::with_capacity(items.len());
        for x in items {
            let Some(k) = self.key(&x)? else {
                return Ok(false);
            };
            keyed.push((k, x));
        }
        if let Object::Set(s) = self.heap.get_mut(target) {
            if let Some(n) = reserve {
                s.reserve_for(n);
            }
            for (k, x) in keyed {
                s.add(k, x);
            }
        }
        Ok(true)
    }

    /// Can `iterate_native` drain this value without running Python code?
    pub fn natively_iterable(&self, v: &Value) -> bool {
        match v {
            Value::Str(_) | Value::Bytes(_) | Value::Tuple(_) => true,
            Value::Obj(id) => match self.heap.get(*id) {
                Object::List(_) | Object::Dict(_) | Object::Set(_) | Object::Range { .. } => true,
                Object::Iterator(_) => true,
                _ => false,
            },
            _ => false,
        }
    }

    // ------------------------------------------------------------------ classes

    /// Make a class from a finished class body's namespace.
    pub fn make_class(
        &mut self,
        name: Rc<str>,
        bases: Vec<Value>,
        namespace: Value,
    ) -> PyResult<Value> {
        let mut base_ids = Vec::new();
        for b in &bases {
            match b {
                Value::Obj(id) if matches!(self.heap.get(*id), Object::Class(_)) => {
                    base_ids.push(*id)
                }
                _ => return Err(self.type_error("bases must be classes")),
            }
        }
        if base_ids.is_empty() {
            base_ids.push(self.types.object);
        }
        let mro = self.c3_mro(&base_ids)?;
        let builtin_base = mro
            .iter()
            .filter_map(|c| self.class(*c))
            .find(|c| c.builtin != BuiltinType::Object)
            .map(|c| (c.builtin, c.name.clone()));
        let builtin = builtin_base
            .as_ref()
            .map_or(BuiltinType::Object, |(b, _)| *b);
        if let Some((_, base)) = &builtin_base {
            self.check_base(builtin, base)?;
        }
        let mut dict = indexmap::IndexMap::default();
        let mut classcell = None;
        let mut module: Rc<str> = Rc::from("__main__");
        let mut qualname = name.clone();
        if let Value::Obj(ns) = &namespace {
            if let Object::Dict(d) = self.heap.get(*ns) {
                for (k, (_, v)) in d.map.iter() {
                    if let Key::Str(s) = k {
                        match &**s {
                            "__classcell__" => classcell = v.as_obj(),
                            "__module__" => {
                                if let Value::Str(m) = v {
                                    module = m.clone();
                                }
                            }
                            "__qualname__" => {
                                if let Value::Str(q) = v {
                                    qualname = q.clone();
                                }
                            }
                            _ => {
                                dict.insert(s.clone(), v.clone());
                            }
                        }
                    }
                }
            }
        }
        // As CPython's `type_new`: a class that defines `__eq__` but not `__hash__` gets
        // `__hash__ = None` (its instances are unhashable; `C.__hash__` is None).
        if dict.contains_key("__eq__") && !dict.contains_key("__hash__") {
            dict.insert(Rc::from("__hash__"), Value::None);
        }
        let id = self.alloc(Object::Free);
        let mut full_mro = vec![id];
        full_mro.extend(mro);
        *self.heap.get_mut(id) = Object::Class(super::heap::Class {
            name,
            qualname,
            module,
            bases: base_ids,
            mro: full_mro,
            dict,
            builtin,
        });
        if let Some(cell) = classcell {
            *self.heap.get_mut(cell) = Object::Cell(Some(Value::Obj(id)));
        }
        Ok(Value::Obj(id))
    }

    /// A class may derive from `object`, an exception or a greenlet. CPython refuses some built-in
    /// types as bases; the others it accepts would need their instances to be both the built-in
    /// value and an instance of the class, which the engine does not have: an error that says so,
    /// rather than a class whose instances silently lose their methods.
    fn check_base(&mut self, builtin: BuiltinType, base: &str) -> PyResult<()> {
        match builtin {
            BuiltinType::Object | BuiltinType::BaseException | BuiltinType::Greenlet => Ok(()),
            BuiltinType::Int
            | BuiltinType::Float
            | BuiltinType::Str
            | BuiltinType::Bytes
            | BuiltinType::Tuple
            | BuiltinType::List
            | BuiltinType::Dict
            | BuiltinType::Set
            | BuiltinType::Type
            | BuiltinType::Property
            | BuiltinType::StaticMethod
            | BuiltinType::ClassMethod
            | BuiltinType::Super
            | BuiltinType::Module => {
                let cls = self.exc.not_implemented_error;
                Err(self.error(
                    cls,
                    format!("not supported yet: subclasses of the built-in type '{base}'"),
                ))
            }
            _ => Err(self.type_error(format!("type '{base}' is not an acceptable base type"))),
        }
    }

    /// C3 linearisation of the bases (without the class itself).
    fn c3_mro(&mut self, bases: &[ObjId]) -> PyResult<Vec<ObjId>> {
        let mut seqs: Vec<Vec<ObjId>> = bases
            .iter()
            .filter_map(|b| self.class(*b).map(|c| c.mro.clone()))
            .collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let candidate = seqs
                .iter()
                .map(|s| s[0])
                .find(|c| seqs.iter().all(|s| !s[1..].contains(c)));
            let Some(c) = candidate else {
                return Err(
                    self.type_error("Cannot create a consistent method resolution order (MRO)")
                );
            };
            out.push(c);
            for s in seqs.iter_mut() {
                if s[0] == c {
                    s.remove(0);
                }
            }
        }
    }
}

/// Number of items in `range(start, stop, step)`.
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

/// What a repr in progress knows: the containers it is inside (to show `[...]` for a cycle),
/// how deep it is and may go.
struct Seen {
    ids: Vec<ObjId>,
    depth: usize,
    /// Containers it may open, one inside the other ([`Vm::nesting_budget`]).
    budget: usize,
    too_deep: bool,
}

impl Seen {
    fn new(budget: usize) -> Seen {
        Seen {
            ids: Vec::new(),
            depth: 0,
            budget,
            too_deep: false,
        }
    }
}

/// Why a built-in repr could not be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReprFailure {
    /// Containers nested past the recursion limit: `RecursionError`.
    TooDeep,
    /// Exceptions, each the argument of the next, past the recursion limit: `RecursionError`
    /// (CPython's message says "str" here).
    StrTooDeep,
    /// Longer than `Limits::max_len`: `MemoryError`.
    TooLong,
}

/// CPython's message for a str nested too deep (exceptions as arguments of exceptions).
pub const STR_TOO_DEEP: &str =
    "maximum recursion depth exceeded while getting the str of an object";

/// CPython's message for a repr nested too deep.
pub const REPR_TOO_DEEP: &str =
    "maximum recursion depth exceeded while getting the repr of an object";

/// What decides an ordering of two values.
enum Deciding<'a> {
    /// These values: the two compared themselves, or their first items that differ (not
    /// both tuples, nor both lists).
    Items(&'a Value, &'a Value),
    /// All items equal up to the shorter length: the lengths.
    Lengths(usize, usize),
    /// A Python `__eq__` must decide.
    Python,
    /// Nested past the recursion limit.
    TooDeep,
}

/// A comparison nested past the recursion limit.
struct TooDeep;

/// What is left to compare.
enum EqTask<'a> {
    /// Two values that must be equal, `level` containers deep.
    Pair(&'a Value, &'a Value, usize),
    /// A dict key the other dict lacks: the dicts are unequal.
    Unequal,
}

/// What is left to write of a repr.
enum ReprTask<'a> {
    Value(&'a Value),
    Text(&'static str),
    /// A container's end: its closing text; one level up, and out of `Seen::ids` if it was a
    /// heap object.
    Close {
        text: &'static str,
        id: Option<ObjId>,
    },
}

/// The items of a container, separated by `", "`.
fn push_items<'a>(tasks: &mut Vec<ReprTask<'a>>, items: impl IntoIterator<Item = &'a Value>) {
    for (i, x) in items.into_iter().enumerate() {
        if i > 0 {
            tasks.push(ReprTask::Text(", "));
        }
        tasks.push(ReprTask::Value(x));
    }
}

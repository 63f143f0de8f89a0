//! Built-in functions and the constructors of the built-in types.
//!
//! Each native handles built-in values itself and hands anything that needs Python code (a
//! generator to drain, a `__repr__`, a key function) to the prelude by a tail call.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::Signed;

use crate::vm::dict::{Dict, PySet};
use crate::vm::heap::{GreenletState, Instance, Object, Payload};
use crate::vm::set;
use crate::vm::types::PRELUDE_ITERATORS;
use crate::vm::value::{ObjId, Value};
use crate::vm::{Args, Outcome, PyResult, ResolvedKey, Vm};

pub type R = PyResult<Outcome>;

pub fn ret(v: Value) -> R {
    Ok(Outcome::Return(v))
}

/// Argument `i` by position, or by keyword `name`.
pub fn arg(a: &Args, i: usize, name: &str) -> Option<Value> {
    a.pos.get(i).cloned().or_else(|| {
        a.kw.iter()
            .find(|(k, _)| &**k == name)
            .map(|(_, v)| v.clone())
    })
}

pub fn kwarg(a: &Args, name: &str) -> Option<Value> {
    a.kw.iter()
        .find(|(k, _)| &**k == name)
        .map(|(_, v)| v.clone())
}

/// An `int` argument (bools count), with CPython's error.
pub fn int_of(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

/// `ascii()` of a repr: non-ASCII characters escaped.
pub fn ascii_of(repr: &str) -> String {
    let mut out = String::new();
    for c in repr.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if (c as u32) < 0x100 {
            out.push_str(&format!("\\x{:02x}", c as u32));
        } else if (c as u32) < 0x10000 {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push_str(&format!("\\U{:08x}", c as u32));
        }
    }
    out
}

fn tail(vm: &mut Vm, name: &str, pos: Vec<Value>) -> R {
    let f = vm.prelude_fn(name)?;
    Ok(Outcome::TailCall(f, Args::positional(pos)))
}

fn check_no_kw(vm: &mut Vm, a: &Args, fname: &str) -> PyResult<()> {
    if let Some((k, _)) = a.kw.first() {
        return Err(vm.type_error(format!(
            "{fname}() got an unexpected keyword argument '{k}'"
        )));
    }
    Ok(())
}

// ---------------------------------------------------------------------- output

pub fn print(vm: &mut Vm, a: Args) -> R {
    let sep = kwarg(&a, "sep").unwrap_or(Value::None);
    let end = kwarg(&a, "end").unwrap_or(Value::None);
    let file = kwarg(&a, "file").unwrap_or(Value::None);
    for (k, _) in &a.kw {
        if !matches!(&**k, "sep" | "end" | "file" | "flush") {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for print()")));
        }
    }
    let simple = file.is_none()
        && matches!(sep, Value::None | Value::Str(_))
        && matches!(end, Value::None | Value::Str(_))
        && !a.pos.iter().any(|v| vm.needs_python_text(v, 0));
    if !simple {
        return tail(vm, "_print", vec![Value::tuple(a.pos), sep, end, file]);
    }
    let sep = match &sep {
        Value::Str(s) => s.to_string(),
        _ => " ".to_string(),
    };
    let end = match &end {
        Value::Str(s) => s.to_string(),
        _ => "\n".to_string(),
    };
    let mut text = String::new();
    for (i, v) in a.pos.iter().enumerate() {
        if i > 0 {
            text.push_str(&sep);
        }
        text.push_str(&vm.str_checked(v)?);
    }
    text.push_str(&end);
    vm.write_stdout(&text);
    ret(Value::None)
}

/// `_write(fd, text)`: the prelude's streams write through this.
pub fn write(vm: &mut Vm, a: Args) -> R {
    let fd = a.pos.first().cloned().unwrap_or(Value::Int(1));
    let text = match a.pos.get(1) {
        Some(Value::Str(s)) => s.to_string(),
        Some(other) => {
            let t = vm.type_name(other);
            return Err(vm.type_error(format!("write() argument must be str, not {t}")));
        }
        None => String::new(),
    };
    match fd {
        Value::Int(2) => vm.write_stderr(&text),
        _ => vm.write_stdout(&text),
    }
    ret(Value::None)
}

// ---------------------------------------------------------------------- text

pub fn repr(vm: &mut Vm, a: Args) -> R {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    if vm.needs_python_text(&v, 0) {
        return tail(vm, "_repr", vec![v]);
    }
    ret(Value::Str(Rc::from(vm.repr_checked(&v)?)))
}

pub fn native_repr(vm: &mut Vm, a: Args) -> R {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    ret(Value::Str(Rc::from(vm.repr_checked(&v)?)))
}

/// `_is_python_function(f)`: is `f` a function written in Python (so the prelude must call it),
/// rather than the built-in behaviour a native stands for?
pub fn is_python_function(vm: &mut Vm, a: Args) -> R {
    let is_py =
        matches!(a.pos.first(), Some(Value::Obj(id)) if matches!(vm.get(*id), Object::Function(_)));
    ret(Value::Bool(is_py))
}

pub fn native_str(vm: &mut Vm, a: Args) -> R {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    ret(Value::Str(Rc::from(vm.str_checked(&v)?)))
}

pub fn ascii(vm: &mut Vm, a: Args) -> R {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    let r = match &v {
        Value::Str(s) if a.pos.len() == 1 && vm.type_of(&v) == vm.types.str_ => {
            vm.repr_of(&Value::Str(s.clone()))
        }
        _ => vm.repr_of(&v),
    };
    ret(Value::Str(Rc::from(ascii_of(&r))))
}

pub fn format(vm: &mut Vm, a: Args) -> R {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    let spec = match a.pos.get(1) {
        Some(Value::Str(s)) => s.clone(),
        _ => Rc::from(""),
    };
    if vm.needs_python_text(&v, 0) || vm.has_python_special(&v, "__format__").is_some() {
        return tail(
            vm,
            "_format_value",
            vec![v, Value::Int(0), Value::Str(spec)],
        );
    }
    let s = vm.format_with_spec(&v, &spec)?;
    ret(Value::Str(Rc::from(s)))
}

pub fn chr(vm: &mut Vm, a: Args) -> R {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    let i = int_of(vm, &v)?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => ret(Value::Str(Rc::from(c.to_string()))),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

pub fn ord(vm: &mut Vm, a: Args) -> R {
    match a.pos.first() {
        Some(Value::Str(s)) if s.chars().count() == 1 => {
            ret(Value::Int(s.chars().next().map(|c| c as i64).unwrap_or(0)))
        }
        Some(Value::Bytes(b)) if b.len() == 1 => ret(Value::Int(b[0] as i64)),
        Some(Value::Str(s)) => {
            let n = s.chars().count();
            Err(vm.type_error(format!(
                "ord() expected a character, but string of length {n} found"
            )))
        }
        Some(v) => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("ord() expected string of length 1, but {t} found")))
        }
        None => Err(vm.type_error("ord() takes exactly one argument (0 given)")),
    }
}

fn radix(vm: &mut Vm, a: &Args, base: u32, prefix: &str) -> R {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    let b = match &v {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(x) => BigInt::from(*x as i64),
        Value::BigInt(b) => (**b).clone(),
        _ => {
            let t = vm.type_name(&v);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
    };
    let digits = b.abs().to_str_radix(base);
    let sign = if b.is_negative() { "-" } else { "" };
    ret(Value::Str(Rc::from(format!("{sign}{prefix}{digits}"))))
}

pub fn hex(vm: &mut Vm, a: Args) -> R {
    radix(vm, &a, 16, "0x")
}

pub fn bin(vm: &mut Vm, a: Args) -> R {
    radix(vm, &a, 2, "0b")
}

pub fn oct(vm: &mut Vm, a: Args) -> R {
    radix(vm, &a, 8, "0o")
}

// ---------------------------------------------------------------------- numbers

pub fn abs(vm: &mut Vm, a: Args) -> R {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    match v {
        Value::Int(i) => ret(i
            .checked_abs()
            .map(Value::Int)
            .unwrap_or_else(|| Value::from_bigint(BigInt::from(i).abs()))),
        Value::Bool(b) => ret(Value::Int(b as i64)),
        Value::BigInt(b) => ret(Value::from_bigint(b.abs())),
        Value::Float(f) => ret(Value::Float(f.abs())),
        other => {
            if vm.has_python_special(&other, "__abs__").is_some() {
                let f = vm.lookup_special(&other, "__abs__").unwrap_or(Value::None);
                return Ok(Outcome::TailCall(f, Args::positional(vec![other])));
            }
            let t = vm.type_name(&other);
            Err(vm.type_error(format!("bad operand type for abs(): '{t}'")))
        }
    }
}

pub fn divmod(vm: &mut Vm, a: Args) -> R {
    let x = a.pos.first().cloned().unwrap_or(Value::None);
    let y = a.pos.get(1).cloned().unwrap_or(Value::None);
    let q = vm.binary_op(crate::lang::ast::BinOp::FloorDiv, &x, &y, false)?;
    let r = vm.binary_op(crate::lang::ast::BinOp::Mod, &x, &y, false)?;
    match (q, r) {
        (Some(q), Some(r)) => ret(Value::tuple(vec![q, r])),
        _ => Err(vm.type_error("unsupported operand type(s) for divmod()")),
    }
}

pub fn pow(vm: &mut Vm, a: Args) -> R {
    let x = a.pos.first().cloned().unwrap_or(Value::None);
    let y = a.pos.get(1).cloned().unwrap_or(Value::None);
    if let Some(m) = a.pos.get(2) {
        if let (Value::Int(b), Value::Int(e), Value::Int(m)) = (&x, &y, m) {
            if *m == 0 {
                return Err(vm.value_error("pow() 3rd argument cannot be 0"));
            }
            let r = BigInt::from(*b).modpow(&BigInt::from(*e), &BigInt::from(*m));
            let r = if r.is_negative() {
                r + BigInt::from(*m)
            } else {
                r
            };
            return ret(Value::from_bigint(r));
        }
    }
    match vm.binary_op(crate::lang::ast::BinOp::Pow, &x, &y, false)? {
        Some(v) => ret(v),
        None => Err(vm.type_error("unsupported operand type(s) for pow()")),
    }
}

/// Round half to even, as Python's `round` does.
pub fn round(vm: &mut Vm, a: Args) -> R {
    let v = arg(&a, 0, "number").unwrap_or(Value::None);
    let nd = arg(&a, 1, "ndigits").unwrap_or(Value::None);
    match (&v, &nd) {
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), Value::None) => ret(match v {
            Value::Bool(b) => Value::Int(b as i64),
            other => other,
        }),
        (Value::Float(f), Value::None) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            let r = f.round_ties_even();
            ret(Value::from_bigint(BigInt::from(r as i128)))
        }
        (Value::Float(f), nd) => {
            let n = int_of(vm, nd)?;
            ret(Value::Float(crate::runtime::format::round_float(*f, n)))
        }
        (Value::Int(i), nd) => {
            let n = int_of(vm, nd)?;
            if n >= 0 {
                return ret(Value::Int(*i));
            }
            let p = 10i64.checked_pow((-n) as u32).unwrap_or(i64::MAX);
            let q = (*i as f64 / p as f64).round_ties_even() as i64;
            ret(Value::Int(q * p))
        }
        _ => {
            let t = vm.type_name(&v);
            Err(vm.type_error(format!("type {t} doesn't define __round__ method")))
        }
    }
}

// ---------------------------------------------------------------------- sequences

pub fn len(vm: &mut Vm, a: Args) -> R {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    let n = match &v {
        Value::Str(s) => s.chars().count(),
        Value::Bytes(b) => b.len(),
        Value::Tuple(t) => t.len(),
        Value::Obj(id) => match vm.get(*id) {
            Object::List(l) => l.len(),
            Object::Dict(d) => d.len(),
            Object::Set(s) => s.len(),
            Object::Range { start, stop, step } => {
                crate::vm::ops::range_len(*start, *stop, *step) as usize
            }
            Object::Instance(_) => return tail(vm, "_len_py", vec![v]),
            _ => {
                let t = vm.type_name(&v);
                return Err(vm.type_error(format!("object of type '{t}' has no len()")));
            }
        },
        _ => {
            let t = vm.type_name(&v);
            return Err(vm.type_error(format!("object of type '{t}' has no len()")));
        }
    };
    ret(Value::Int(n as i64))
}

/// Sort values that compare natively; `Ok(false)` if some pair needs Python.
pub fn sort_native(vm: &mut Vm, items: &mut Vec<Value>, reverse: bool) -> PyResult<bool> {
    // A stable merge sort that only asks `<`, as CPython's list.sort does. (Rust's `sort_by` may
    // panic when the comparison is not a total order, and a program can make one: NaNs, say.)
    // `reverse` keeps equal items in their first order: reverse, sort, reverse back.
    let mut src = std::mem::take(items);
    if reverse {
        src.reverse();
    }
    let n = src.len();
    let mut width = 1;
    while width < n {
        let mut dst = Vec::with_capacity(n);
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut a, mut b) = (start, mid);
            while a < mid && b < end {
                match vm.compare(crate::lang::ast::CmpOp::Lt, &src[b], &src[a]) {
                    Ok(Some(Value::Bool(true))) => {
                        dst.push(src[b].clone());
                        b += 1;
                    }
                    Ok(Some(_)) => {
                        dst.push(src[a].clone());
                        a += 1;
                    }
                    // Python code must compare these: the caller hands the sort to the prelude.
                    Ok(None) => return Ok(false),
                    Err(e) => return Err(e),
                }
            }
            dst.extend_from_slice(&src[a..mid]);
            dst.extend_from_slice(&src[b..end]);
            start = end;
        }
        src = dst;
        width *= 2;
    }
    if reverse {
        src.reverse();
    }
    *items = src;
    Ok(true)
}

/// `zip(...)`, `map(...)`, `enumerate(...)` …: the type's prelude generator function makes the
/// object (see `PRELUDE_ITERATORS`). `reversed()` of a built-in sequence is a native iterator;
/// of anything else, the prelude decides (`__reversed__`, or `__len__` and `__getitem__`).
pub fn prelude_iter_new(vm: &mut Vm, a: Args) -> R {
    let cls = match a.pos.first() {
        Some(Value::Obj(c)) => *c,
        _ => return Err(vm.type_error("type.__new__(X): X is not a type object")),
    };
    let mro = vm.class(cls).map(|c| c.mro.clone()).unwrap_or_default();
    let Some(i) = mro
        .iter()
        .find_map(|c| vm.types.prelude_iterators.iter().position(|p| p == c))
    else {
        return Err(vm.type_error("cannot create instances of this class"));
    };
    let (type_name, func) = PRELUDE_ITERATORS[i];
    let rest = Args {
        pos: a.pos[1..].to_vec(),
        kw: a.kw,
    };
    if type_name == "reversed" {
        check_no_kw(vm, &rest, "reversed")?;
        if rest.pos.len() != 1 {
            return Err(vm.type_error(format!(
                "reversed expected 1 argument, got {}",
                rest.pos.len()
            )));
        }
        if let Some(it) = vm.get_reversed(&rest.pos[0])? {
            return ret(it);
        }
        return tail(vm, "_reversed_of", rest.pos);
    }
    let f = vm.prelude_fn(func)?;
    Ok(Outcome::TailCall(f, rest))
}

pub fn sorted(vm: &mut Vm, a: Args) -> R {
    let it = a.pos.first().cloned().unwrap_or(Value::None);
    let key = kwarg(&a, "key").unwrap_or(Value::None);
    let reverse = kwarg(&a, "reverse")
        .map(|r| vm.truthy(&r).unwrap_or(true))
        .unwrap_or(false);
    if key.is_none() && vm.natively_iterable(&it) {
        let mut items = vm.iterate_native(&it)?;
        if sort_native(vm, &mut items, reverse)? {
            return ret(vm.new_list(items));
        }
    }
    tail(vm, "_sorted", vec![it, key, Value::Bool(reverse)])
}

pub fn sum(vm: &mut Vm, a: Args) -> R {
    let it = a.pos.first().cloned().unwrap_or(Value::None);
    let start = arg(&a, 1, "start").unwrap_or(Value::Int(0));
    if matches!(start, Value::Str(_)) {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if vm.natively_iterable(&it) {
        let items = vm.iterate_native(&it)?;
        let mut total = start;
        for (i, x) in items.iter().enumerate() {
            match vm.binary_op(crate::lang::ast::BinOp::Add, &total, x, false)? {
                Some(v) => total = v,
                None => {
                    let rest = vm.new_list(items[i..].to_vec());
                    return tail(vm, "_sum", vec![rest, total]);
                }
            }
        }
        return ret(total);
    }
    tail(vm, "_sum", vec![it, start])
}

fn minmax(vm: &mut Vm, a: Args, is_max: bool) -> R {
    let name = if is_max { "max" } else { "min" };
    let key = kwarg(&a, "key").unwrap_or(Value::None);
    let default = kwarg(&a, "default");
    let source = if a.pos.len() == 1 {
        a.pos[0].clone()
    } else {
        Value::tuple(a.pos.clone())
    };
    if key.is_none() && vm.natively_iterable(&source) && !a.pos.is_empty() {
        let items = vm.iterate_native(&source)?;
        let mut best: Option<Value> = None;
        let mut native = true;
        for x in &items {
            match &best {
                None => best = Some(x.clone()),
                Some(b) => {
                    let op = if is_max {
                        crate::lang::ast::CmpOp::Gt
                    } else {
                        crate::lang::ast::CmpOp::Lt
                    };
                    match vm.compare(op, x, b)? {
                        Some(Value::Bool(true)) => best = Some(x.clone()),
                        Some(_) => {}
                        None => {
                            native = false;
                            break;
                        }
                    }
                }
            }
        }
        if native {
            return match (best, default) {
                (Some(b), _) => ret(b),
                (None, Some(d)) => ret(d),
                (None, None) => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
            };
        }
    }
    let nothing = vm.prelude_fn("_NOTHING")?;
    tail(
        vm,
        "_minmax",
        vec![
            Value::tuple(a.pos),
            key,
            default.unwrap_or(nothing),
            Value::Bool(is_max),
            Value::str(name),
        ],
    )
}

pub fn max(vm: &mut Vm, a: Args) -> R {
    minmax(vm, a, true)
}

pub fn min(vm: &mut Vm, a: Args) -> R {
    minmax(vm, a, false)
}

pub fn any(vm: &mut Vm, a: Args) -> R {
    let it = a.pos.first().cloned().unwrap_or(Value::None);
    if vm.natively_iterable(&it) {
        let items = vm.iterate_native(&it)?;
        if items.iter().all(|x| vm.truthy(x).is_some()) {
            return ret(Value::Bool(
                items.iter().any(|x| vm.truthy(x) == Some(true)),
            ));
        }
    }
    tail(vm, "_any", vec![it])
}

pub fn all(vm: &mut Vm, a: Args) -> R {
    let it = a.pos.first().cloned().unwrap_or(Value::None);
    if vm.natively_iterable(&it) {
        let items = vm.iterate_native(&it)?;
        if items.iter().all(|x| vm.truthy(x).is_some()) {
            return ret(Value::Bool(
                items.iter().all(|x| vm.truthy(x) == Some(true)),
            ));
        }
    }
    tail(vm, "_all", vec![it])
}

pub fn iter(vm: &mut Vm, a: Args) -> R {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    match vm.get_iter(&v)? {
        Some(it) => ret(it),
        None => tail(vm, "_iter_py", vec![v]),
    }
}

/// `next(it[, default])`: generators are resumed in place (a coroutine transfer, not a call).
pub fn next(vm: &mut Vm, a: Args) -> R {
    let it = a.pos.first().cloned().unwrap_or(Value::None);
    let default = a.pos.get(1).cloned();
    if let Value::Obj(id) = it {
        match vm.get(id) {
            Object::Iterator(_) => {
                return match vm.next_native(id)? {
                    Some(v) => ret(v),
                    None => match default {
                        Some(d) => ret(d),
                        None => Err(vm.new_exception(vm.exc.stop_iteration, Vec::new())),
                    },
                };
            }
            Object::Generator(_) => {
                if let Some(default) = default {
                    // Catching its StopIteration takes an `except`: the prelude resumes it.
                    return tail(vm, "_next_py", vec![it, default]);
                }
                vm.resume_generator(
                    id,
                    crate::vm::coroutine::GenInput::Send(Value::None),
                    crate::vm::frame::ResumeMode::Send,
                )?;
                return Ok(Outcome::Done);
            }
            Object::Instance(_) => {
                let nothing = vm.prelude_fn("_NOTHING")?;
                return tail(vm, "_next_py", vec![it, default.unwrap_or(nothing)]);
            }
            _ => {}
        }
    }
    let t = vm.type_name(&it);
    Err(vm.type_error(format!("'{t}' object is not an iterator")))
}

// ---------------------------------------------------------------------- objects

// ---------------------------------------------------------------------- dir and vars

/// What `dir(object())` lists in CPython 3.11: every class inherits these from `object`.
const OBJECT_DIR: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// What a class statement adds to the class's own `__dict__` in CPython, besides its body's
/// names (a class whose bases are all `object`: none has `__slots__`).
const CLASS_DICT_EXTRA: &[&str] = &["__dict__", "__doc__", "__module__", "__weakref__"];

/// The names a main module has in CPython 3.11 before its first line runs.
const MAIN_MODULE_NAMES: &[&str] = &[
    "__annotations__",
    "__builtins__",
    "__cached__",
    "__doc__",
    "__file__",
    "__loader__",
    "__name__",
    "__package__",
    "__spec__",
];

fn not_supported(vm: &mut Vm, what: String) -> Value {
    vm.error(vm.exc.not_implemented_error, what)
}

/// The calling frame's local variables, in the order CPython's `locals()` lists them
/// (parameters and locals, then cells); `None` at module level or in a class body.
fn frame_locals(vm: &Vm) -> Option<Vec<(Rc<str>, Value)>> {
    let frame = vm.frames.last()?;
    if frame.code.kind != crate::lang::op::CodeKind::Function {
        return None;
    }
    let code = &frame.code;
    let mut out: Vec<(Rc<str>, Value)> = Vec::new();
    for (name, v) in code.varnames.iter().zip(&frame.locals) {
        if let Some(v) = v {
            out.push((name.clone(), v.clone()));
        }
    }
    let cell_names = code.cellvars.iter().chain(code.freevars.iter());
    for (name, cell) in cell_names.zip(&frame.cells) {
        if out.iter().any(|(n, _)| n == name) {
            continue;
        }
        if let Object::Cell(Some(v)) = vm.get(*cell) {
            out.push((name.clone(), v.clone()));
        }
    }
    Some(out)
}

/// The classes of `class`'s MRO (but `object`) if all are classes of the program (not of the
/// engine's Python modules, whose insides differ from CPython's) without `__slots__`: the ones
/// whose `dir()` this engine can list exactly as CPython does.
fn plain_python_mro(vm: &Vm, class: ObjId) -> Option<Vec<ObjId>> {
    let c = vm.class(class)?;
    let mut out = Vec::new();
    for m in &c.mro {
        if *m == vm.types.object {
            continue;
        }
        let k = vm.class(*m)?;
        let builtin_ancestor = !matches!(k.builtin, crate::vm::heap::BuiltinType::Object);
        if builtin_ancestor || k.dict.contains_key("__slots__") || &*k.module != "__main__" {
            return None;
        }
        out.push(*m);
    }
    Some(out)
}

/// `dir(x)` / `dir()`, sorted, for what this engine can list exactly as CPython 3.11 does:
/// instances of Python classes, Python classes, and the local names of a function or of the
/// main module. Anything else is a `NotImplementedError` that names it, never a wrong list.
pub fn dir(vm: &mut Vm, a: Args) -> R {
    let mut names: Vec<Rc<str>> = Vec::new();
    match a.pos.first() {
        None => match frame_locals(vm) {
            Some(locals) => names.extend(locals.into_iter().map(|(n, _)| n)),
            None => {
                let frame = vm.frames.last().map(|f| (f.code.kind, f.globals));
                match frame {
                    Some((crate::lang::op::CodeKind::Module, globals))
                        if globals == vm.main_globals =>
                    {
                        names.extend(vm.str_keys(globals));
                        names.extend(MAIN_MODULE_NAMES.iter().map(|n| Rc::from(*n)));
                    }
                    _ => {
                        let msg = "dir() without an argument here (only in a function or at the top level)";
                        return Err(not_supported(vm, msg.to_string()));
                    }
                }
            }
        },
        Some(v) => {
            let v = v.clone();
            let (class, instance_names) = match &v {
                Value::Obj(id) => match vm.get(*id) {
                    Object::Instance(inst) => (
                        Some(inst.class),
                        inst.dict.keys().cloned().collect::<Vec<_>>(),
                    ),
                    Object::Class(_) => (Some(*id), Vec::new()),
                    _ => (None, Vec::new()),
                },
                _ => (None, Vec::new()),
            };
            let mro = class.and_then(|c| plain_python_mro(vm, c));
            let Some(mro) = mro else {
                let what = match &v {
                    Value::Obj(id) if matches!(vm.get(*id), Object::Class(_)) => {
                        let name = vm.class(*id).map(|c| c.name.clone()).unwrap_or_default();
                        format!("dir() of the class '{name}'")
                    }
                    _ => format!("dir() of '{}' objects", vm.type_name(&v)),
                };
                return Err(not_supported(vm, format!("{what} is not supported yet")));
            };
            names.extend(instance_names);
            for c in mro {
                if let Some(k) = vm.class(c) {
                    names.extend(k.dict.keys().filter(|n| &***n != "__qualname__").cloned());
                }
                names.extend(CLASS_DICT_EXTRA.iter().map(|n| Rc::from(*n)));
            }
            names.extend(OBJECT_DIR.iter().map(|n| Rc::from(*n)));
        }
    }
    crate::small_sort::stable_sort_by(&mut names, |a, b| a < b);
    names.dedup();
    let items = names.into_iter().map(Value::Str).collect();
    ret(vm.new_list(items))
}

/// `vars(x)` / `vars()`: an instance's attributes (a copy, as `x.__dict__` is here), a module's
/// namespace, or the caller's local variables (the module's namespace at the top level).
pub fn vars(vm: &mut Vm, a: Args) -> R {
    let Some(v) = a.pos.first().cloned() else {
        if let Some(locals) = frame_locals(vm) {
            let d = vm.new_dict();
            for (k, v) in locals {
                vm.dict_set_str(d, k, v);
            }
            return ret(Value::Obj(d));
        }
        let ns = vm.frames.last().and_then(|f| match f.code.kind {
            crate::lang::op::CodeKind::Module => Some(f.globals),
            _ => f.names,
        });
        return match ns {
            Some(ns) => ret(Value::Obj(ns)),
            None => Err(not_supported(vm, "vars() here".to_string())),
        };
    };
    let namespace = match &v {
        Value::Obj(id) => match vm.get(*id) {
            Object::Instance(inst) => Some(Err(inst
                .dict
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect::<Vec<_>>())),
            Object::Module(m) => Some(Ok(m.dict)),
            Object::Class(_) => {
                let msg = "vars() of a class (its mappingproxy) is not supported yet";
                return Err(not_supported(vm, msg.to_string()));
            }
            _ => None,
        },
        _ => None,
    };
    match namespace {
        Some(Ok(dict)) => ret(Value::Obj(dict)),
        Some(Err(items)) => {
            let d = vm.new_dict();
            for (k, v) in items {
                vm.dict_set_str(d, k, v);
            }
            ret(Value::Obj(d))
        }
        None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

pub fn id(vm: &mut Vm, a: Args) -> R {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    let n = match &v {
        Value::Obj(id) => 0x7f00_0000_0000i64 + id.0 as i64 * 0x40,
        other => {
            // Equal values, equal ids: the key's hash (a tuple's was computed when it was
            // made). Not its Debug text, which for a tuple is only its length (so `(1, 2)` and
            // `(3, 4)` had one id) and kept the value types' Debug code in the page.
            let k = vm.key(other).ok();
            let mut h = std::collections::hash_map::DefaultHasher::new();
            std::hash::Hash::hash(&k, &mut h);
            (std::hash::Hasher::finish(&h) >> 20) as i64
        }
    };
    ret(Value::Int(n))
}

/// `hash(x)`: CPython's value for numbers and tuples of them; a class's `__hash__` runs in the
/// engine module `_userkeys` (`_hash_py`), as does hashing a tuple that holds such an instance.
pub fn hash(vm: &mut Vm, a: Args) -> R {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    match vm.key(&v)? {
        Some(k) => ret(Value::Int(set::key_hash(&k))),
        None => {
            let f = vm.prelude_fn("_by_keys")?;
            let args = vec![Value::str("_hash_py"), v];
            Ok(Outcome::TailCall(f, Args::positional(args)))
        }
    }
}

/// `_hash_result(r)`: what `hash()` makes of `r`, the result of a `__hash__` (CPython's
/// `slot_tp_hash`): an int that fits in 64 bits as it is (-1 becomes -2), a larger one by
/// int's own hash; anything else is a `TypeError`.
pub fn hash_result(vm: &mut Vm, a: Args) -> R {
    let r = a.pos.first().cloned().unwrap_or(Value::None);
    let h = match &r {
        Value::Int(-1) => -2,
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => set::key_hash(&crate::vm::dict::Key::BigInt(b.clone())),
        _ => return Err(vm.type_error("__hash__ method should return an integer")),
    };
    ret(Value::Int(h))
}

/// `_tuple_hash(hashes)`: CPython's hash of a tuple whose items hash to these.
pub fn tuple_hash(vm: &mut Vm, a: Args) -> R {
    let hashes = match a.pos.first() {
        Some(v) => vm.iterate_native(v)?,
        None => Vec::new(),
    };
    let lanes: Vec<i64> = hashes
        .iter()
        .map(|h| match h {
            Value::Int(i) => *i,
            _ => 0,
        })
        .collect();
    ret(Value::Int(set::tuple_hash_of(&lanes)))
}

/// The dict or set a key helper works on.
fn key_table(vm: &mut Vm, v: Option<&Value>) -> PyResult<ObjId> {
    match v {
        Some(Value::Obj(id)) if matches!(vm.get(*id), Object::Dict(_) | Object::Set(_)) => Ok(*id),
        _ => Err(vm.type_error("a dict or set is required")),
    }
}

/// `_keys_with_hash(table, h)`: the keys of a dict or set whose hash is `h`, in the order
/// CPython's look-up compares them (see `_resolve_key` in the prelude).
pub fn keys_with_hash(vm: &mut Vm, a: Args) -> R {
    let table = key_table(vm, a.pos.first())?;
    let Some(Value::Int(hash)) = a.pos.get(1).cloned() else {
        return Err(vm.type_error("an int hash is required"));
    };
    let keys = match vm.get_mut(table) {
        Object::Dict(d) => d.keys_with_hash(hash),
        Object::Set(s) => s.values_with_hash(hash),
        _ => Vec::new(),
    };
    ret(vm.new_list(keys))
}

/// `_hashed_entries(table)`: `(key, hash, value)` of each entry of a dict, `(element, hash,
/// element)` of each element of a set, in iteration order: the hashes CPython keeps in the
/// table and reuses instead of calling `__hash__` again.
pub fn hashed_entries(vm: &mut Vm, a: Args) -> R {
    let table = key_table(vm, a.pos.first())?;
    let triple =
        |k: &Value, h: i64, v: &Value| Value::tuple(vec![k.clone(), Value::Int(h), v.clone()]);
    let entries: Vec<Value> = match vm.get(table) {
        Object::Dict(d) => d
            .map
            .iter()
            .map(|(k, (kv, v))| triple(kv, set::key_hash(k), v))
            .collect(),
        Object::Set(s) => s.hashed_values().map(|(v, h)| triple(v, h, v)).collect(),
        _ => Vec::new(),
    };
    ret(vm.new_list(entries))
}

/// `_key_found(table, x, stored, h)`: the key of `x` in `table` is `stored`'s (which `x` is or
/// equals; `x` itself when nothing equal is stored), `h` being their hash. The operation that
/// needed it runs next and takes it ([`Vm::key_in`]). A `__eq__` may have removed `stored`
/// meanwhile: then `x` keys itself.
pub fn key_found(vm: &mut Vm, a: Args) -> R {
    let table = key_table(vm, a.pos.first())?;
    let (Some(x), Some(stored), Some(Value::Int(hash))) = (
        a.pos.get(1).cloned(),
        a.pos.get(2).cloned(),
        a.pos.get(3).cloned(),
    ) else {
        return Err(vm.type_error("_key_found(table, x, stored, hash)"));
    };
    let stored_key = vm.own_key(&stored, hash)?;
    let still_there = match vm.get(table) {
        Object::Dict(d) => d.map.contains_key(&stored_key),
        Object::Set(s) => s.contains_key(&stored_key),
        _ => false,
    };
    let key = if still_there {
        stored_key
    } else {
        vm.own_key(&x, hash)?
    };
    vm.resolved_key = Some(Box::new(ResolvedKey {
        table,
        value: x,
        key,
    }));
    ret(Value::None)
}

pub fn callable(vm: &mut Vm, a: Args) -> R {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    let c = match &v {
        Value::Native(_) | Value::Method(_) => true,
        Value::Obj(id) => match vm.get(*id) {
            Object::Function(_) | Object::Class(_) => true,
            Object::Instance(_) => vm.lookup_special(&v, "__call__").is_some(),
            _ => false,
        },
        _ => false,
    };
    ret(Value::Bool(c))
}

/// `isinstance(v, spec)`: `spec` is a class or a tuple of specs, nested to any depth. A work
/// list, not recursion; tuples nested past the recursion limit raise CPython's
/// `RecursionError` (see `Vm::nesting_budget`).
fn class_spec_matches(vm: &mut Vm, v: &Value, spec: &Value, fname: &str) -> PyResult<bool> {
    let budget = vm.nesting_budget();
    let mut pending = vec![(spec, 1)];
    while let Some((spec, level)) = pending.pop() {
        match spec {
            Value::Tuple(items) => {
                if level > budget {
                    let msg = "maximum recursion depth exceeded in __instancecheck__";
                    return Err(vm.error(vm.exc.recursion_error, msg));
                }
                // In order: the first item is looked at first.
                pending.extend(items.iter().rev().map(|c| (c, level + 1)));
            }
            Value::Obj(id) if matches!(vm.get(*id), Object::Class(_)) => {
                if vm.isinstance(v, *id) {
                    return Ok(true);
                }
            }
            _ => {
                return Err(vm.type_error(format!(
                    "{fname}() arg 2 must be a type, a tuple of types, or a union"
                )))
            }
        }
    }
    Ok(false)
}

pub fn isinstance(vm: &mut Vm, a: Args) -> R {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    let spec = a.pos.get(1).cloned().unwrap_or(Value::None);
    let r = class_spec_matches(vm, &v, &spec, "isinstance")?;
    ret(Value::Bool(r))
}

pub fn issubclass(vm: &mut Vm, a: Args) -> R {
    let c = a.pos.first().cloned().unwrap_or(Value::None);
    let spec = a.pos.get(1).cloned().unwrap_or(Value::None);
    let Value::Obj(cid) = c else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    let classes: Vec<Value> = match &spec {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    for s in classes {
        if let Value::Obj(sid) = s {
            if cid == sid || vm.is_subclass(cid, sid) {
                return ret(Value::Bool(true));
            }
        }
    }
    ret(Value::Bool(false))
}

pub fn getattr(vm: &mut Vm, a: Args) -> R {
    let obj = a.pos.first().cloned().unwrap_or(Value::None);
    let Some(Value::Str(name)) = a.pos.get(1).cloned() else {
        return Err(vm.type_error("attribute name must be string"));
    };
    let default = a.pos.get(2).cloned();
    match vm.load_attr(&obj, &name) {
        Ok(crate::vm::attr::Lookup::Found(v)) => ret(v),
        Ok(crate::vm::attr::Lookup::Call(f, args)) => Ok(Outcome::TailCall(f, args)),
        Err(e) => match default {
            Some(d) if vm.exc_matches(&e, vm.exc.attribute_error) => ret(d),
            _ => Err(e),
        },
    }
}

pub fn hasattr(vm: &mut Vm, a: Args) -> R {
    let obj = a.pos.first().cloned().unwrap_or(Value::None);
    let Some(Value::Str(name)) = a.pos.get(1).cloned() else {
        return Err(vm.type_error("attribute name must be string"));
    };
    ret(Value::Bool(vm.load_attr(&obj, &name).is_ok()))
}

pub fn setattr(vm: &mut Vm, a: Args) -> R {
    let obj = a.pos.first().cloned().unwrap_or(Value::None);
    let Some(Value::Str(name)) = a.pos.get(1).cloned() else {
        return Err(vm.type_error("attribute name must be string"));
    };
    let v = a.pos.get(2).cloned().unwrap_or(Value::None);
    match vm.store_attr(&obj, &name, v)? {
        Some((f, args)) => Ok(Outcome::TailCall(f, args)),
        None => ret(Value::None),
    }
}

pub fn delattr(vm: &mut Vm, a: Args) -> R {
    let obj = a.pos.first().cloned().unwrap_or(Value::None);
    let Some(Value::Str(name)) = a.pos.get(1).cloned() else {
        return Err(vm.type_error("attribute name must be string"));
    };
    vm.delete_attr(&obj, &name)?;
    ret(Value::None)
}

/// `super()` with no arguments: the class from the calling method's `__class__` cell and its
/// first argument.
pub fn super_(vm: &mut Vm, a: Args) -> R {
    let (class, obj) = if a.pos.len() >= 2 {
        (a.pos[0].clone(), a.pos[1].clone())
    } else {
        let Some(frame) = vm.frames.last() else {
            return Err(vm.runtime_error("super(): no arguments"));
        };
        let code = frame.code.clone();
        let first = frame.locals.first().cloned().flatten();
        let cell_index = code
            .freevars
            .iter()
            .position(|n| &**n == "__class__")
            .map(|i| i + code.cellvars.len());
        let class = cell_index
            .and_then(|i| frame.cells.get(i).copied())
            .and_then(|c| match vm.get(c) {
                Object::Cell(v) => v.clone(),
                _ => None,
            });
        match (class, first) {
            (Some(c), Some(o)) => (c, o),
            _ => return Err(vm.runtime_error("super(): __class__ cell not found")),
        }
    };
    let Value::Obj(cid) = class else {
        return Err(vm.type_error("super() argument 1 must be a type"));
    };
    let s = vm.alloc(Object::Super { class: cid, obj });
    ret(Value::Obj(s))
}

pub fn property(vm: &mut Vm, a: Args) -> R {
    let fget = arg(&a, 1, "fget").unwrap_or(Value::None);
    let fset = arg(&a, 2, "fset").unwrap_or(Value::None);
    ret(Value::Obj(vm.alloc(Object::Property { fget, fset })))
}

pub fn property_setter(vm: &mut Vm, a: Args) -> R {
    let this = a.pos.first().cloned().unwrap_or(Value::None);
    let fset = a.pos.get(1).cloned().unwrap_or(Value::None);
    let fget = match &this {
        Value::Obj(id) => match vm.get(*id) {
            Object::Property { fget, .. } => fget.clone(),
            _ => Value::None,
        },
        _ => Value::None,
    };
    ret(Value::Obj(vm.alloc(Object::Property { fget, fset })))
}

pub fn staticmethod(vm: &mut Vm, a: Args) -> R {
    let f = a.pos.get(1).cloned().unwrap_or(Value::None);
    ret(Value::Obj(vm.alloc(Object::StaticMethod(f))))
}

pub fn classmethod(vm: &mut Vm, a: Args) -> R {
    let f = a.pos.get(1).cloned().unwrap_or(Value::None);
    ret(Value::Obj(vm.alloc(Object::ClassMethod(f))))
}

pub fn not_available(vm: &mut Vm, _a: Args) -> R {
    Err(vm.error(
        vm.exc.not_implemented_error,
        "this built-in is not available in coroscope",
    ))
}

// ---------------------------------------------------------------------- type constructors

/// `object.__new__(cls, ...)`: an instance with the native state its class needs.
/// `OSError(errno, strerror, ...)`: called on `OSError` itself with a known errno, it makes
/// the matching subclass (`OSError(2, 'x')` is a `FileNotFoundError`).
pub fn os_error_new(vm: &mut Vm, mut a: Args) -> R {
    if a.pos.len() >= 3 && matches!(a.pos[0], Value::Obj(c) if c == vm.exc.os_error) {
        if let Value::Int(errno) = a.pos[1] {
            let sub = crate::vm::types::OS_ERROR_BY_ERRNO
                .iter()
                .find(|(n, _)| *n == errno)
                .and_then(|(_, name)| vm.exc.all.iter().find(|(k, _)| &**k == *name))
                .map(|(_, id)| *id);
            if let Some(sub) = sub {
                a.pos[0] = Value::Obj(sub);
            }
        }
    }
    object_new(vm, a)
}

pub fn object_new(vm: &mut Vm, a: Args) -> R {
    let Some(Value::Obj(cls)) = a.pos.first().cloned() else {
        return Err(vm.type_error("object.__new__(X): X is not a type"));
    };
    let builtin = vm.class(cls).map(|c| c.builtin);
    let payload = match builtin {
        Some(crate::vm::heap::BuiltinType::BaseException) => {
            Payload::Exception(Box::new(crate::vm::heap::ExceptionData {
                args: a.pos[1..].to_vec(),
                ..Default::default()
            }))
        }
        Some(crate::vm::heap::BuiltinType::Greenlet) => {
            let parent = Some(vm.current);
            Payload::Greenlet(Box::new(vm.new_greenlet_payload(None, parent)))
        }
        _ => {
            let has_init = matches!(vm.lookup_in_class(cls, "__init__"), Some(Value::Obj(_)));
            if !has_init && (a.pos.len() > 1 || !a.kw.is_empty()) {
                let name = vm
                    .class(cls)
                    .map(|c| c.name.clone())
                    .unwrap_or_else(|| Rc::from("object"));
                return Err(vm.type_error(format!("{name}() takes no arguments")));
            }
            Payload::None
        }
    };
    let id = vm.alloc(Object::Instance(Instance {
        class: cls,
        dict: Default::default(),
        payload,
    }));
    ret(Value::Obj(id))
}

pub fn object_init(_vm: &mut Vm, _a: Args) -> R {
    ret(Value::None)
}

/// `BaseException.__init__(self, *args)`.
pub fn exception_init(vm: &mut Vm, a: Args) -> R {
    let this = a.pos.first().cloned().unwrap_or(Value::None);
    let args = a.pos[1.min(a.pos.len())..].to_vec();
    if let Some(d) = vm.exc_data_mut(&this) {
        d.args = args;
    }
    ret(Value::None)
}

pub fn exception_str(vm: &mut Vm, a: Args) -> R {
    let this = a.pos.first().cloned().unwrap_or(Value::None);
    let text = vm.try_exception_str(&this).map_err(|e| vm.repr_error(e))?;
    ret(Value::Str(Rc::from(text)))
}

pub fn exception_repr(vm: &mut Vm, a: Args) -> R {
    let this = a.pos.first().cloned().unwrap_or(Value::None);
    ret(Value::Str(Rc::from(vm.repr_checked(&this)?)))
}

pub fn exception_with_traceback(_vm: &mut Vm, a: Args) -> R {
    ret(a.pos.first().cloned().unwrap_or(Value::None))
}

pub fn type_new(vm: &mut Vm, a: Args) -> R {
    match a.pos.len() {
        2 => ret(Value::Obj(vm.type_of(&a.pos[1]))),
        _ => Err(vm.type_error(
            "type() takes 1 argument (creating classes with type() is not supported yet)",
        )),
    }
}

pub fn int_new(vm: &mut Vm, a: Args) -> R {
    let v = arg(&a, 1, "x").unwrap_or(Value::Int(0));
    let base = arg(&a, 2, "base");
    match (&v, base) {
        (Value::Str(s), base) => {
            let b = match base {
                Some(b) => int_of(vm, &b)?,
                None => 10,
            };
            parse_int(vm, s, b).map(Outcome::Return)
        }
        (Value::Int(_) | Value::BigInt(_), None) => ret(v),
        (Value::Bool(b), None) => ret(Value::Int(*b as i64)),
        (Value::Float(f), None) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            ret(Value::from_bigint(BigInt::from(f.trunc() as i128)))
        }
        (Value::Bytes(b), _) => {
            let s = String::from_utf8_lossy(b).to_string();
            parse_int(vm, &s, 10).map(Outcome::Return)
        }
        _ => {
            if vm.has_python_special(&v, "__int__").is_some() {
                let f = vm.lookup_special(&v, "__int__").unwrap_or(Value::None);
                return Ok(Outcome::TailCall(f, Args::positional(vec![v])));
            }
            let t = vm.type_name(&v);
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{t}'"
            )))
        }
    }
}

fn parse_int(vm: &mut Vm, s: &str, base: i64) -> PyResult<Value> {
    let t = s.trim().replace('_', "");
    let (neg, digits) = match t.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, t.strip_prefix('+').unwrap_or(&t).to_string()),
    };
    let (base, digits) = match (base, digits.get(..2).map(|p| p.to_ascii_lowercase())) {
        (0 | 16, Some(p)) if p == "0x" => (16, digits[2..].to_string()),
        (0 | 8, Some(p)) if p == "0o" => (8, digits[2..].to_string()),
        (0 | 2, Some(p)) if p == "0b" => (2, digits[2..].to_string()),
        (0, _) => (10, digits),
        (b, _) => (b, digits),
    };
    let parsed = if (2..=36).contains(&base) && !digits.is_empty() {
        BigInt::parse_bytes(digits.as_bytes(), base as u32)
    } else {
        None
    };
    match parsed {
        Some(b) => Ok(Value::from_bigint(if neg { -b } else { b })),
        None => {
            let r = crate::runtime::format::str_repr(s);
            Err(vm.value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

pub fn float_new(vm: &mut Vm, a: Args) -> R {
    let v = a.pos.get(1).cloned().unwrap_or(Value::Float(0.0));
    match &v {
        Value::Float(_) => ret(v),
        Value::Int(i) => ret(Value::Float(*i as f64)),
        Value::Bool(b) => ret(Value::Float(*b as i64 as f64)),
        Value::BigInt(b) => ret(Value::Float(vm.int_to_float(b)?)),
        Value::Str(s) => {
            let t = s.trim().to_ascii_lowercase().replace('_', "");
            let f = match t.as_str() {
                "inf" | "+inf" | "infinity" | "+infinity" => Some(f64::INFINITY),
                "-inf" | "-infinity" => Some(f64::NEG_INFINITY),
                "nan" | "+nan" | "-nan" => Some(f64::NAN),
                other
                    if other
                        .chars()
                        .all(|c| c.is_ascii_digit() || "+-.e".contains(c)) =>
                {
                    other.parse::<f64>().ok()
                }
                _ => None,
            };
            match f {
                Some(f) => ret(Value::Float(f)),
                None => {
                    let r = crate::runtime::format::str_repr(s);
                    Err(vm.value_error(format!("could not convert string to float: {r}")))
                }
            }
        }
        _ => {
            let t = vm.type_name(&v);
            Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{t}'"
            )))
        }
    }
}

pub fn bool_new(vm: &mut Vm, a: Args) -> R {
    let v = a.pos.get(1).cloned().unwrap_or(Value::Bool(false));
    match vm.truthy(&v) {
        Some(b) => ret(Value::Bool(b)),
        None => tail(vm, "_truth", vec![v]),
    }
}

pub fn str_new(vm: &mut Vm, a: Args) -> R {
    let Some(v) = a.pos.get(1).cloned() else {
        return ret(Value::str(""));
    };
    if let (Value::Bytes(b), Some(_)) = (&v, a.pos.get(2).or(kwarg(&a, "encoding").as_ref())) {
        return match std::str::from_utf8(b) {
            Ok(s) => ret(Value::str(s)),
            Err(_) => Err(vm.error(
                vm.exc.unicode_decode_error,
                "'utf-8' codec can't decode bytes",
            )),
        };
    }
    if vm.needs_python_text(&v, 0) {
        return tail(vm, "_str", vec![v]);
    }
    ret(Value::Str(Rc::from(vm.str_checked(&v)?)))
}

pub fn bytes_new(vm: &mut Vm, a: Args) -> R {
    let v = a
        .pos
        .get(1)
        .cloned()
        .unwrap_or(Value::Bytes(Rc::from(Vec::new())));
    match &v {
        Value::Bytes(_) => ret(v),
        Value::Str(s) => ret(Value::Bytes(Rc::from(s.as_bytes().to_vec()))),
        Value::Int(n) => {
            vm.check_len((*n).max(0) as usize)?;
            ret(Value::Bytes(Rc::from(vec![0u8; (*n).max(0) as usize])))
        }
        _ => {
            let items = vm.iterate_native(&v)?;
            let mut out = Vec::new();
            for x in items {
                let i = int_of(vm, &x)?;
                if !(0..=255).contains(&i) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                out.push(i as u8);
            }
            ret(Value::Bytes(Rc::from(out)))
        }
    }
}

pub fn list_new(vm: &mut Vm, a: Args) -> R {
    let Some(v) = a.pos.get(1).cloned() else {
        return ret(vm.new_list(Vec::new()));
    };
    if vm.natively_iterable(&v) {
        let items = vm.iterate_native(&v)?;
        return ret(vm.new_list(items));
    }
    tail(vm, "_list", vec![v])
}

pub fn tuple_new(vm: &mut Vm, a: Args) -> R {
    let Some(v) = a.pos.get(1).cloned() else {
        return ret(Value::empty_tuple());
    };
    if let Value::Tuple(_) = v {
        return ret(v);
    }
    if vm.natively_iterable(&v) {
        let items = vm.iterate_native(&v)?;
        return ret(Value::tuple(items));
    }
    // tuple(gen): build the list in Python, then convert.
    let tuple_of = vm.prelude_fn("_tuple_of")?;
    Ok(Outcome::TailCall(tuple_of, Args::positional(vec![v])))
}

pub fn set_new(vm: &mut Vm, a: Args) -> R {
    let Some(v) = a.pos.get(1).cloned() else {
        return ret(Value::Obj(vm.alloc(Object::Set(PySet::default()))));
    };
    if vm.natively_iterable(&v) {
        return match vm.set_from_native(&v, false)? {
            Some(s) => ret(Value::Obj(vm.alloc(Object::Set(s)))),
            None => tail(vm, "_by_keys", vec![Value::str("_set_of_items"), v]),
        };
    }
    tail(vm, "_set_of", vec![v])
}

/// `frozenset(iterable)`: a set, frozen.
pub fn frozenset_new(vm: &mut Vm, a: Args) -> R {
    let Some(v) = a.pos.get(1).cloned() else {
        return ret(Value::Obj(vm.alloc(Object::Set(PySet::frozen()))));
    };
    if vm.natively_iterable(&v) {
        return match vm.set_from_native(&v, true)? {
            Some(s) => ret(Value::Obj(vm.alloc(Object::Set(s)))),
            None => tail(vm, "_by_keys", vec![Value::str("_frozenset_of_items"), v]),
        };
    }
    tail(vm, "_frozenset_of", vec![v])
}

pub fn dict_new(vm: &mut Vm, a: Args) -> R {
    let mut d = Dict::default();
    // What is left to add once a key turns out to need Python's `==` (`_dict_with_pairs`).
    let rest_by_python = |vm: &mut Vm, d: Dict, pairs: Vec<Value>, kw: Vec<(Rc<str>, Value)>| {
        let mut pairs = pairs;
        pairs.extend(
            kw.into_iter()
                .map(|(k, v)| Value::tuple(vec![Value::Str(k), v])),
        );
        let d = Value::Obj(vm.alloc(Object::Dict(d)));
        let pairs = vm.new_list(pairs);
        tail(
            vm,
            "_by_keys",
            vec![Value::str("_dict_with_pairs"), d, pairs],
        )
    };
    if let Some(src) = a.pos.get(1).cloned() {
        let entries: Option<Vec<(Value, Value)>> = match &src {
            Value::Obj(id) => match vm.get(*id) {
                Object::Dict(m) => Some(m.map.values().cloned().collect()),
                _ => None,
            },
            _ => None,
        };
        match entries {
            Some(e) => {
                for (i, (k, v)) in e.iter().enumerate() {
                    let Some(key) = vm.key(k)? else {
                        let rest = e[i..]
                            .iter()
                            .map(|(k, v)| Value::tuple(vec![k.clone(), v.clone()]))
                            .collect();
                        return rest_by_python(vm, d, rest, a.kw);
                    };
                    d.insert(key, k.clone(), v.clone());
                }
            }
            None => {
                if !vm.natively_iterable(&src) {
                    return tail(vm, "_dict_from", vec![src]);
                }
                let items = vm.iterate_native(&src)?;
                for (i, item) in items.iter().enumerate() {
                    let pair = match item {
                        Value::Tuple(t) => t.to_vec(),
                        other => vm.iterate_native(other)?,
                    };
                    if pair.len() != 2 {
                        return Err(vm.value_error(format!(
                            "dictionary update sequence element #0 has length {}; 2 is required",
                            pair.len()
                        )));
                    }
                    let Some(key) = vm.key(&pair[0])? else {
                        return rest_by_python(vm, d, items[i..].to_vec(), a.kw);
                    };
                    d.insert(key, pair[0].clone(), pair[1].clone());
                }
            }
        }
    }
    for (k, v) in a.kw {
        d.insert(crate::vm::dict::Key::Str(k.clone()), Value::Str(k), v);
    }
    ret(Value::Obj(vm.alloc(Object::Dict(d))))
}

pub fn range_new(vm: &mut Vm, a: Args) -> R {
    check_no_kw(vm, &a, "range")?;
    let nums: Vec<i64> = a.pos[1..]
        .iter()
        .map(|v| int_of(vm, v))
        .collect::<PyResult<_>>()?;
    let (start, stop, step) = match nums.as_slice() {
        [stop] => (0, *stop, 1),
        [start, stop] => (*start, *stop, 1),
        [start, stop, step] => (*start, *stop, *step),
        [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        _ => {
            return Err(vm.type_error(format!(
                "range expected at most 3 arguments, got {}",
                nums.len()
            )))
        }
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    ret(Value::Obj(vm.alloc(Object::Range { start, stop, step })))
}

pub fn slice_new(vm: &mut Vm, a: Args) -> R {
    let p = &a.pos[1..];
    let (start, stop, step) = match p.len() {
        1 => (Value::None, p[0].clone(), Value::None),
        2 => (p[0].clone(), p[1].clone(), Value::None),
        3 => (p[0].clone(), p[1].clone(), p[2].clone()),
        _ => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
    };
    ret(Value::Obj(vm.alloc(Object::Slice { start, stop, step })))
}

/// `greenlet.__init__(self, run=None, parent=None)`.
pub fn greenlet_init(vm: &mut Vm, a: Args) -> R {
    let Some(Value::Obj(this)) = a.pos.first().cloned() else {
        return ret(Value::None);
    };
    let run = arg(&a, 1, "run").filter(|v| !v.is_none());
    let parent = arg(&a, 2, "parent").and_then(|v| v.as_obj());
    if let Some(g) = vm.greenlet_mut(this) {
        if run.is_some() {
            g.run = run;
        }
        if parent.is_some() {
            g.parent = parent;
        }
    }
    ret(Value::None)
}

/// Is the greenlet alive in the `bool(g)` sense (started and not dead)?
pub fn greenlet_bool(vm: &mut Vm, a: Args) -> R {
    let alive = match a.pos.first() {
        Some(Value::Obj(id)) => {
            matches!(
                vm.greenlet(*id).map(|g| g.state),
                Some(GreenletState::Running | GreenletState::Suspended)
            )
        }
        _ => false,
    };
    ret(Value::Bool(alive))
}

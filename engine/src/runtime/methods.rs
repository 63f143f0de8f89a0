//! Methods of the built-in types (`str`, `bytes`, `list`, `dict`, `set`, `tuple`, generators,
//! greenlets). Each is a native whose first positional argument is the receiver.

use std::rc::Rc;

use super::builtins::{arg, int_of, kwarg, ret, R};
use super::text::{self, TextError, TextErrorKind};
use crate::trace::SwitchReason;
use crate::vm::coroutine::{GenInput, SwitchIn};
use crate::vm::dict::{Dict, PySet};
use crate::vm::frame::ResumeMode;
use crate::vm::heap::Object;
use crate::vm::value::{ObjId, Value};
use crate::vm::{Args, Outcome, PyResult, Vm};

/// A text error as the Python exception it stands for.
pub fn text_error(vm: &mut Vm, e: TextError) -> Value {
    let class = match e.kind {
        TextErrorKind::ValueError => vm.exc.value_error,
        TextErrorKind::TypeError => vm.exc.type_error,
        TextErrorKind::IndexError => vm.exc.index_error,
        TextErrorKind::LookupError => vm.exc.lookup_error,
        TextErrorKind::UnicodeEncodeError => vm.exc.unicode_encode_error,
        TextErrorKind::UnicodeDecodeError => vm.exc.unicode_decode_error,
        TextErrorKind::OverflowError => vm.exc.overflow_error,
        TextErrorKind::MemoryError => return vm.memory_error(),
    };
    vm.error(class, e.message)
}

fn recv_str(vm: &mut Vm, a: &Args, method: &str) -> PyResult<Rc<str>> {
    match a.pos.first() {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(other) => {
            let t = vm.type_name(other);
            Err(vm.type_error(format!(
                "descriptor '{method}' for 'str' objects doesn't apply to a '{t}' object"
            )))
        }
        None => Err(vm.type_error(format!("unbound method str.{method}() needs an argument"))),
    }
}

fn str_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => {
            let t = vm.type_name(other);
            Err(vm.type_error(format!("{what} must be str, not {t}")))
        }
    }
}

fn opt_str(vm: &mut Vm, v: Option<Value>, what: &str) -> PyResult<Option<Rc<str>>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => str_arg(vm, &v, what).map(Some),
    }
}

fn opt_int(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => int_of(vm, &v).map(Some),
    }
}

fn s(v: String) -> R {
    ret(Value::Str(Rc::from(v)))
}

fn strs(vm: &mut Vm, v: Vec<String>) -> R {
    let items = v.into_iter().map(|x| Value::Str(Rc::from(x))).collect();
    ret(vm.new_list(items))
}

macro_rules! str_unary {
    ($($name:ident => $f:path),* $(,)?) => {
        $(pub fn $name(vm: &mut Vm, a: Args) -> R {
            let x = recv_str(vm, &a, stringify!($name))?;
            s($f(&x))
        })*
    };
}

str_unary! {
    str_upper => text::upper,
    str_lower => text::lower,
    str_casefold => text::casefold,
    str_swapcase => text::swapcase,
    str_title => text::title,
    str_capitalize => text::capitalize,
}

macro_rules! str_pred {
    ($($name:ident => $f:path),* $(,)?) => {
        $(pub fn $name(vm: &mut Vm, a: Args) -> R {
            let x = recv_str(vm, &a, stringify!($name))?;
            ret(Value::Bool($f(&x)))
        })*
    };
}

str_pred! {
    str_isspace => text::isspace,
    str_isalpha => text::isalpha,
    str_isalnum => text::isalnum,
    str_isdecimal => text::isdecimal,
    str_isdigit => text::isdigit,
    str_isnumeric => text::isnumeric,
    str_isprintable => text::isprintable,
    str_isascii => text::isascii,
    str_isidentifier => text::isidentifier,
    str_isupper => text::isupper,
    str_islower => text::islower,
    str_istitle => text::istitle,
}

pub fn str_split(vm: &mut Vm, a: Args) -> R {
    let x = recv_str(vm, &a, "split")?;
    let sep = opt_str(vm, arg(&a, 1, "sep"), "must be str or None")?;
    let max = opt_int(vm, arg(&a, 2, "maxsplit"))?.unwrap_or(-1);
    let parts = text::split(&x, sep.as_deref(), max).map_err(|e| text_error(vm, e))?;
    strs(vm, parts)
}

pub fn str_rsplit(vm: &mut Vm, a: Args) -> R {
    let x = recv_str(vm, &a, "rsplit")?;
    let sep = opt_str(vm, arg(&a, 1, "sep"), "must be str or None")?;
    let max = opt_int(vm, arg(&a, 2, "maxsplit"))?.unwrap_or(-1);
    let parts = text::rsplit(&x, sep.as_deref(), max).map_err(|e| text_error(vm, e))?;
    strs(vm, parts)
}

pub fn str_splitlines(vm: &mut Vm, a: Args) -> R {
    let x = recv_str(vm, &a, "splitlines")?;
    let keep = arg(&a, 1, "keepends")
        .map(|v| vm.truthy(&v).unwrap_or(false))
        .unwrap_or(false);
    let parts = text::splitlines(&x, keep);
    strs(vm, parts)
}

macro_rules! str_strip {
    ($($name:ident => $f:path),* $(,)?) => {
        $(pub fn $name(vm: &mut Vm, a: Args) -> R {
            let x = recv_str(vm, &a, stringify!($name))?;
            let chars = opt_str(vm, a.pos.get(1).cloned(), "strip arg")?;
            s($f(&x, chars.as_deref()).to_string())
        })*
    };
}

str_strip! { str_strip => text::strip, str_lstrip => text::lstrip, str_rstrip => text::rstrip }

pub fn str_join(vm: &mut Vm, a: Args) -> R {
    let sep = recv_str(vm, &a, "join")?;
    let it = a.pos.get(1).cloned().unwrap_or(Value::None);
    if !vm.natively_iterable(&it) {
        let f = vm.prelude_fn("_join")?;
        return Ok(Outcome::TailCall(
            f,
            Args::positional(vec![Value::Str(sep), it]),
        ));
    }
    let items = vm.iterate_native(&it)?;
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match x {
            Value::Str(t) => out.push_str(t),
            other => {
                let t = vm.type_name(other);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {t} found"
                )));
            }
        }
        vm.check_len(out.len())?;
    }
    s(out)
}

pub fn str_replace(vm: &mut Vm, a: Args) -> R {
    let x = recv_str(vm, &a, "replace")?;
    let old = str_arg(
        vm,
        &a.pos.get(1).cloned().unwrap_or(Value::None),
        "replace() argument 1",
    )?;
    let new = str_arg(
        vm,
        &a.pos.get(2).cloned().unwrap_or(Value::None),
        "replace() argument 2",
    )?;
    let count = opt_int(vm, a.pos.get(3).cloned())?.unwrap_or(-1);
    let r = text::replace(&x, &old, &new, count).map_err(|e| text_error(vm, e))?;
    s(r)
}

fn find_args(
    vm: &mut Vm,
    a: &Args,
    name: &str,
) -> PyResult<(Rc<str>, Rc<str>, Option<i64>, Option<i64>)> {
    let x = recv_str(vm, a, name)?;
    let sub = str_arg(
        vm,
        &a.pos.get(1).cloned().unwrap_or(Value::None),
        "must be str",
    )?;
    let start = opt_int(vm, a.pos.get(2).cloned())?;
    let end = opt_int(vm, a.pos.get(3).cloned())?;
    Ok((x, sub, start, end))
}

pub fn str_find(vm: &mut Vm, a: Args) -> R {
    let (x, sub, st, en) = find_args(vm, &a, "find")?;
    ret(Value::Int(text::find(&x, &sub, st, en)))
}

pub fn str_rfind(vm: &mut Vm, a: Args) -> R {
    let (x, sub, st, en) = find_args(vm, &a, "rfind")?;
    ret(Value::Int(text::rfind(&x, &sub, st, en)))
}

pub fn str_index(vm: &mut Vm, a: Args) -> R {
    let (x, sub, st, en) = find_args(vm, &a, "index")?;
    let r = text::index(&x, &sub, st, en).map_err(|e| text_error(vm, e))?;
    ret(Value::Int(r))
}

pub fn str_rindex(vm: &mut Vm, a: Args) -> R {
    let (x, sub, st, en) = find_args(vm, &a, "rindex")?;
    let r = text::rindex(&x, &sub, st, en).map_err(|e| text_error(vm, e))?;
    ret(Value::Int(r))
}

pub fn str_count(vm: &mut Vm, a: Args) -> R {
    let (x, sub, st, en) = find_args(vm, &a, "count")?;
    ret(Value::Int(text::count(&x, &sub, st, en)))
}

fn prefix_test(vm: &mut Vm, a: Args, ends: bool) -> R {
    let x = recv_str(vm, &a, if ends { "endswith" } else { "startswith" })?;
    let start = opt_int(vm, a.pos.get(2).cloned())?;
    let end = opt_int(vm, a.pos.get(3).cloned())?;
    let candidates = match a.pos.get(1).cloned() {
        Some(Value::Tuple(t)) => t.to_vec(),
        Some(v) => vec![v],
        None => Vec::new(),
    };
    for c in candidates {
        let p = str_arg(
            vm,
            &c,
            if ends {
                "endswith first arg"
            } else {
                "startswith first arg"
            },
        )?;
        let hit = if ends {
            text::endswith(&x, &p, start, end)
        } else {
            text::startswith(&x, &p, start, end)
        };
        if hit {
            return ret(Value::Bool(true));
        }
    }
    ret(Value::Bool(false))
}

pub fn str_startswith(vm: &mut Vm, a: Args) -> R {
    prefix_test(vm, a, false)
}

pub fn str_endswith(vm: &mut Vm, a: Args) -> R {
    prefix_test(vm, a, true)
}

pub fn str_removeprefix(vm: &mut Vm, a: Args) -> R {
    let x = recv_str(vm, &a, "removeprefix")?;
    let p = str_arg(
        vm,
        &a.pos.get(1).cloned().unwrap_or(Value::None),
        "removeprefix() argument",
    )?;
    s(text::removeprefix(&x, &p).to_string())
}

pub fn str_removesuffix(vm: &mut Vm, a: Args) -> R {
    let x = recv_str(vm, &a, "removesuffix")?;
    let p = str_arg(
        vm,
        &a.pos.get(1).cloned().unwrap_or(Value::None),
        "removesuffix() argument",
    )?;
    s(text::removesuffix(&x, &p).to_string())
}

fn partition_impl(vm: &mut Vm, a: Args, right: bool) -> R {
    let x = recv_str(vm, &a, "partition")?;
    let sep = str_arg(
        vm,
        &a.pos.get(1).cloned().unwrap_or(Value::None),
        "must be str",
    )?;
    let r = if right {
        text::rpartition(&x, &sep)
    } else {
        text::partition(&x, &sep)
    };
    let (p, q, t) = r.map_err(|e| text_error(vm, e))?;
    ret(Value::tuple(vec![
        Value::str(p),
        Value::str(q),
        Value::str(t),
    ]))
}

pub fn str_partition(vm: &mut Vm, a: Args) -> R {
    partition_impl(vm, a, false)
}

pub fn str_rpartition(vm: &mut Vm, a: Args) -> R {
    partition_impl(vm, a, true)
}

fn justify(vm: &mut Vm, a: Args, which: u8) -> R {
    let x = recv_str(vm, &a, "center")?;
    let width = int_of(vm, &a.pos.get(1).cloned().unwrap_or(Value::Int(0)))?;
    let fill =
        opt_str(vm, a.pos.get(2).cloned(), "The fill character")?.unwrap_or_else(|| Rc::from(" "));
    let r = match which {
        0 => text::center(&x, width, &fill),
        1 => text::ljust(&x, width, &fill),
        _ => text::rjust(&x, width, &fill),
    };
    let r = r.map_err(|e| text_error(vm, e))?;
    s(r)
}

pub fn str_center(vm: &mut Vm, a: Args) -> R {
    justify(vm, a, 0)
}

pub fn str_ljust(vm: &mut Vm, a: Args) -> R {
    justify(vm, a, 1)
}

pub fn str_rjust(vm: &mut Vm, a: Args) -> R {
    justify(vm, a, 2)
}

pub fn str_zfill(vm: &mut Vm, a: Args) -> R {
    let x = recv_str(vm, &a, "zfill")?;
    let width = int_of(vm, &a.pos.get(1).cloned().unwrap_or(Value::Int(0)))?;
    let r = text::zfill(&x, width).map_err(|e| text_error(vm, e))?;
    s(r)
}

pub fn str_expandtabs(vm: &mut Vm, a: Args) -> R {
    let x = recv_str(vm, &a, "expandtabs")?;
    let n = opt_int(vm, arg(&a, 1, "tabsize"))?.unwrap_or(8);
    let r = text::expandtabs(&x, n).map_err(|e| text_error(vm, e))?;
    s(r)
}

pub fn str_encode(vm: &mut Vm, a: Args) -> R {
    let x = recv_str(vm, &a, "encode")?;
    let enc = opt_str(vm, arg(&a, 1, "encoding"), "encode() argument 'encoding'")?
        .unwrap_or_else(|| Rc::from("utf-8"));
    let errors = opt_str(vm, arg(&a, 2, "errors"), "encode() argument 'errors'")?
        .unwrap_or_else(|| Rc::from("strict"));
    let b = text::encode(&x, &enc, &errors).map_err(|e| text_error(vm, e))?;
    ret(Value::Bytes(Rc::from(b)))
}

pub fn str_format(vm: &mut Vm, a: Args) -> R {
    let x = recv_str(vm, &a, "format")?;
    let pos = a.pos[1..].to_vec();
    let out = vm.str_dot_format(&x, &pos, &a.kw)?;
    s(out)
}

pub fn str_mod(vm: &mut Vm, a: Args) -> R {
    let x = a.pos.first().cloned().unwrap_or(Value::None);
    let y = a.pos.get(1).cloned().unwrap_or(Value::None);
    ret(vm.percent_format_value(&x, &y)?)
}

// ---------------------------------------------------------------------- bytes

fn recv_bytes(vm: &mut Vm, a: &Args) -> PyResult<Rc<[u8]>> {
    match a.pos.first() {
        Some(Value::Bytes(b)) => Ok(b.clone()),
        _ => Err(vm.type_error("descriptor requires a 'bytes' object")),
    }
}

pub fn bytes_decode(vm: &mut Vm, a: Args) -> R {
    let b = recv_bytes(vm, &a)?;
    let enc = opt_str(vm, arg(&a, 1, "encoding"), "decode() argument 'encoding'")?
        .unwrap_or_else(|| Rc::from("utf-8"));
    let errors = opt_str(vm, arg(&a, 2, "errors"), "decode() argument 'errors'")?
        .unwrap_or_else(|| Rc::from("strict"));
    let r = text::decode(&b, &enc, &errors).map_err(|e| text_error(vm, e))?;
    s(r)
}

pub fn bytes_upper(vm: &mut Vm, a: Args) -> R {
    let b = recv_bytes(vm, &a)?;
    ret(Value::Bytes(Rc::from(text::bytes_upper(&b))))
}

pub fn bytes_lower(vm: &mut Vm, a: Args) -> R {
    let b = recv_bytes(vm, &a)?;
    ret(Value::Bytes(Rc::from(text::bytes_lower(&b))))
}

pub fn bytes_strip(vm: &mut Vm, a: Args) -> R {
    let b = recv_bytes(vm, &a)?;
    let chars = match a.pos.get(1) {
        Some(Value::Bytes(c)) => Some(c.clone()),
        _ => None,
    };
    ret(Value::Bytes(Rc::from(text::bytes_strip(
        &b,
        chars.as_deref(),
    ))))
}

pub fn bytes_split(vm: &mut Vm, a: Args) -> R {
    let b = recv_bytes(vm, &a)?;
    let sep = match arg(&a, 1, "sep") {
        Some(Value::Bytes(c)) => Some(c),
        _ => None,
    };
    let max = opt_int(vm, arg(&a, 2, "maxsplit"))?.unwrap_or(-1);
    let parts = text::bytes_split(&b, sep.as_deref(), max).map_err(|e| text_error(vm, e))?;
    let items = parts
        .into_iter()
        .map(|p| Value::Bytes(Rc::from(p)))
        .collect();
    ret(vm.new_list(items))
}

pub fn bytes_startswith(vm: &mut Vm, a: Args) -> R {
    let b = recv_bytes(vm, &a)?;
    match a.pos.get(1) {
        Some(Value::Bytes(p)) => ret(Value::Bool(text::bytes_startswith(&b, p, None, None))),
        _ => Err(vm.type_error("startswith first arg must be bytes or a tuple of bytes")),
    }
}

pub fn bytes_endswith(vm: &mut Vm, a: Args) -> R {
    let b = recv_bytes(vm, &a)?;
    match a.pos.get(1) {
        Some(Value::Bytes(p)) => ret(Value::Bool(text::bytes_endswith(&b, p, None, None))),
        _ => Err(vm.type_error("endswith first arg must be bytes or a tuple of bytes")),
    }
}

pub fn bytes_hex(vm: &mut Vm, a: Args) -> R {
    let b = recv_bytes(vm, &a)?;
    let r = text::bytes_hex(&b, None, 1).map_err(|e| text_error(vm, e))?;
    s(r)
}

pub fn bytes_replace(vm: &mut Vm, a: Args) -> R {
    let b = recv_bytes(vm, &a)?;
    match (a.pos.get(1), a.pos.get(2)) {
        (Some(Value::Bytes(o)), Some(Value::Bytes(n))) => {
            let r = text::bytes_replace(&b, o, n, -1).map_err(|e| text_error(vm, e))?;
            ret(Value::Bytes(Rc::from(r)))
        }
        _ => Err(vm.type_error("a bytes-like object is required")),
    }
}

/// The `sub` argument of `bytes.count`/`find`: bytes, or an int naming one byte.
fn bytes_sub(vm: &mut Vm, v: Option<&Value>) -> PyResult<Vec<u8>> {
    match v {
        Some(Value::Bytes(sub)) => Ok(sub.to_vec()),
        Some(v @ (Value::Int(_) | Value::Bool(_))) => {
            let n = int_of(vm, v)?;
            match u8::try_from(n) {
                Ok(b) => Ok(vec![b]),
                Err(_) => Err(vm.value_error("byte must be in range(0, 256)")),
            }
        }
        Some(other) => {
            let t = vm.type_name(other);
            Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{t}'"
            )))
        }
        None => Err(vm.type_error("count() takes at least 1 argument (0 given)")),
    }
}

pub fn bytes_count(vm: &mut Vm, a: Args) -> R {
    let b = recv_bytes(vm, &a)?;
    let sub = bytes_sub(vm, a.pos.get(1))?;
    let start = opt_int(vm, a.pos.get(2).cloned())?;
    let end = opt_int(vm, a.pos.get(3).cloned())?;
    ret(Value::Int(text::bytes_count(&b, &sub, start, end)))
}

/// `sep.join(iterable)` for bytes: every item must be bytes.
pub fn bytes_join(vm: &mut Vm, a: Args) -> R {
    let sep = recv_bytes(vm, &a)?;
    let it = a.pos.get(1).cloned().unwrap_or(Value::None);
    if !vm.natively_iterable(&it) {
        let f = vm.prelude_fn("_join")?;
        return Ok(Outcome::TailCall(
            f,
            Args::positional(vec![Value::Bytes(sep), it]),
        ));
    }
    let items = vm.iterate_native(&it)?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match x {
            Value::Bytes(t) => out.extend_from_slice(t),
            other => {
                let t = vm.type_name(other);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {t} found"
                )));
            }
        }
        vm.check_len(out.len())?;
    }
    ret(Value::Bytes(Rc::from(out)))
}

/// `bytes.fromhex(string)` (a classmethod): pairs of hex digits, spaces between pairs.
pub fn bytes_fromhex(vm: &mut Vm, a: Args) -> R {
    let text = match a.pos.get(1) {
        Some(Value::Str(s)) => s.clone(),
        Some(other) => {
            let t = vm.type_name(other);
            return Err(vm.type_error(format!("fromhex() argument must be str, not {t}")));
        }
        None => return Err(vm.type_error("fromhex() takes exactly one argument (0 given)")),
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let at = if hi.is_none() { i } else { i + 1 };
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {at}"
                )));
            }
        }
        i += 2;
    }
    ret(Value::Bytes(Rc::from(out)))
}

pub fn bytes_find(vm: &mut Vm, a: Args) -> R {
    let b = recv_bytes(vm, &a)?;
    match a.pos.get(1) {
        Some(Value::Bytes(sub)) => ret(Value::Int(text::bytes_find(&b, sub, None, None))),
        _ => Err(vm.type_error("argument should be integer or bytes-like object, not 'str'")),
    }
}

// ---------------------------------------------------------------------- list

fn recv_list(vm: &mut Vm, a: &Args, name: &str) -> PyResult<ObjId> {
    match a.pos.first() {
        Some(Value::Obj(id)) if matches!(vm.get(*id), Object::List(_)) => Ok(*id),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for 'list' objects doesn't apply"
        ))),
    }
}

/// The items of a list the caller has already checked (`recv_list`).
fn list_mut(vm: &mut Vm, id: ObjId) -> PyResult<&mut Vec<Value>> {
    if !matches!(vm.get(id), Object::List(_)) {
        return Err(vm.type_error("expected a list"));
    }
    match vm.get_mut(id) {
        Object::List(l) => Ok(l),
        // Checked just above.
        _ => Err(Value::None),
    }
}

pub fn list_append(vm: &mut Vm, a: Args) -> R {
    let id = recv_list(vm, &a, "append")?;
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    if let Object::List(l) = vm.get(id) {
        if l.len() >= vm.limits.max_len {
            return Err(vm.memory_error());
        }
    }
    list_mut(vm, id)?.push(v);
    ret(Value::None)
}

pub fn list_extend(vm: &mut Vm, a: Args) -> R {
    let id = recv_list(vm, &a, "extend")?;
    let it = a.pos.get(1).cloned().unwrap_or(Value::None);
    if !vm.natively_iterable(&it) {
        let f = vm.prelude_fn("_list_extend")?;
        return Ok(Outcome::TailCall(
            f,
            Args::positional(vec![Value::Obj(id), it]),
        ));
    }
    let items = vm.iterate_native(&it)?;
    list_mut(vm, id)?.extend(items);
    ret(Value::None)
}

pub fn list_insert(vm: &mut Vm, a: Args) -> R {
    let id = recv_list(vm, &a, "insert")?;
    let i = int_of(vm, &a.pos.get(1).cloned().unwrap_or(Value::Int(0)))?;
    let v = a.pos.get(2).cloned().unwrap_or(Value::None);
    let l = list_mut(vm, id)?;
    let n = l.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    l.insert(at, v);
    ret(Value::None)
}

pub fn list_pop(vm: &mut Vm, a: Args) -> R {
    let id = recv_list(vm, &a, "pop")?;
    let i = match a.pos.get(1) {
        Some(v) => Some(int_of(vm, v)?),
        None => None,
    };
    let n = match vm.get(id) {
        Object::List(l) => l.len() as i64,
        _ => 0,
    };
    if n == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = i.unwrap_or(-1);
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    let v = list_mut(vm, id)?.remove(j as usize);
    ret(v)
}

/// Where `v` is in a sequence, by `is` or `==` (the item first, as CPython compares).
enum Position {
    At(usize),
    Absent,
    /// A Python `__eq__` must decide: the prelude's `_seq_index` / `_list_remove` search.
    NeedsPython,
}

fn position(vm: &mut Vm, items: &[Value], v: &Value) -> PyResult<Position> {
    for (i, x) in items.iter().enumerate() {
        if x.is(v) {
            return Ok(Position::At(i));
        }
        match vm.eq_checked(x, v)? {
            Some(true) => return Ok(Position::At(i)),
            Some(false) => {}
            None => return Ok(Position::NeedsPython),
        }
    }
    Ok(Position::Absent)
}

fn list_position(vm: &mut Vm, id: ObjId, v: &Value) -> PyResult<Position> {
    let items = match vm.get(id) {
        Object::List(l) => l.clone(),
        _ => Vec::new(),
    };
    position(vm, &items, v)
}

/// `args` after the name of a function of `_userkeys`, for the prelude's `_by_keys`.
fn with_name(name: &str, args: Vec<Value>) -> Vec<Value> {
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(Value::str(name));
    all.extend(args);
    all
}

#[cold]
fn by_prelude(vm: &mut Vm, helper: &str, args: Vec<Value>) -> R {
    let f = vm.prelude_fn(helper)?;
    Ok(Outcome::TailCall(f, Args::positional(args)))
}

pub fn list_remove(vm: &mut Vm, a: Args) -> R {
    let id = recv_list(vm, &a, "remove")?;
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    match list_position(vm, id, &v)? {
        Position::At(i) => {
            list_mut(vm, id)?.remove(i);
            ret(Value::None)
        }
        Position::Absent => Err(vm.value_error("list.remove(x): x not in list")),
        Position::NeedsPython => by_prelude(
            vm,
            "_by_keys",
            vec![Value::str("_list_remove"), Value::Obj(id), v],
        ),
    }
}

pub fn list_index(vm: &mut Vm, a: Args) -> R {
    let id = recv_list(vm, &a, "index")?;
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    match list_position(vm, id, &v)? {
        Position::At(i) => ret(Value::Int(i as i64)),
        Position::Absent => {
            let r = vm.repr_of(&v);
            Err(vm.value_error(format!("{r} is not in list")))
        }
        Position::NeedsPython => by_prelude(
            vm,
            "_by_keys",
            vec![Value::str("_seq_index"), Value::Obj(id), v, Value::None],
        ),
    }
}

pub fn list_count(vm: &mut Vm, a: Args) -> R {
    let id = recv_list(vm, &a, "count")?;
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    let items = match vm.get(id) {
        Object::List(l) => l.clone(),
        _ => Vec::new(),
    };
    match count_equal(vm, &items, &v)? {
        Some(n) => ret(Value::Int(n as i64)),
        None => by_prelude(
            vm,
            "_by_keys",
            vec![Value::str("_seq_count"), Value::Obj(id), v],
        ),
    }
}

pub fn list_reverse(vm: &mut Vm, a: Args) -> R {
    let id = recv_list(vm, &a, "reverse")?;
    list_mut(vm, id)?.reverse();
    ret(Value::None)
}

pub fn list_clear(vm: &mut Vm, a: Args) -> R {
    let id = recv_list(vm, &a, "clear")?;
    list_mut(vm, id)?.clear();
    ret(Value::None)
}

pub fn list_copy(vm: &mut Vm, a: Args) -> R {
    let id = recv_list(vm, &a, "copy")?;
    let items = match vm.get(id) {
        Object::List(l) => l.clone(),
        _ => Vec::new(),
    };
    ret(vm.new_list(items))
}

pub fn list_sort(vm: &mut Vm, a: Args) -> R {
    let id = recv_list(vm, &a, "sort")?;
    let key = kwarg(&a, "key").unwrap_or(Value::None);
    let reverse = kwarg(&a, "reverse")
        .map(|r| vm.truthy(&r).unwrap_or(true))
        .unwrap_or(false);
    let mut items = match vm.get(id) {
        Object::List(l) => l.clone(),
        _ => Vec::new(),
    };
    if key.is_none() && super::builtins::sort_native(vm, &mut items, reverse)? {
        *list_mut(vm, id)? = items;
        return ret(Value::None);
    }
    let f = vm.prelude_fn("_list_sort")?;
    Ok(Outcome::TailCall(
        f,
        Args::positional(vec![Value::Obj(id), key, Value::Bool(reverse)]),
    ))
}

/// How many of `items` are `v` or equal to it (`RecursionError` for a comparison nested too
/// deep; an `__eq__` written in Python is not called: such items count as unequal).
/// How many items are `v` or equal it; `None` when a Python `__eq__` must decide.
fn count_equal(vm: &mut Vm, items: &[Value], v: &Value) -> PyResult<Option<usize>> {
    let mut n = 0;
    for x in items {
        if x.is(v) {
            n += 1;
            continue;
        }
        match vm.eq_checked(x, v)? {
            Some(true) => n += 1,
            Some(false) => {}
            None => return Ok(None),
        }
    }
    Ok(Some(n))
}

// ---------------------------------------------------------------------- tuple

pub fn tuple_index(vm: &mut Vm, a: Args) -> R {
    let Some(Value::Tuple(t)) = a.pos.first().cloned() else {
        return Err(vm.type_error("tuple expected"));
    };
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    match position(vm, &t, &v)? {
        Position::At(i) => ret(Value::Int(i as i64)),
        Position::Absent => Err(vm.value_error("tuple.index(x): x not in tuple")),
        Position::NeedsPython => {
            let missing = Value::str("tuple.index(x): x not in tuple");
            by_prelude(
                vm,
                "_by_keys",
                vec![Value::str("_seq_index"), Value::Tuple(t), v, missing],
            )
        }
    }
}

pub fn tuple_count(vm: &mut Vm, a: Args) -> R {
    let Some(Value::Tuple(t)) = a.pos.first().cloned() else {
        return Err(vm.type_error("tuple expected"));
    };
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    match count_equal(vm, &t, &v)? {
        Some(n) => ret(Value::Int(n as i64)),
        None => by_prelude(
            vm,
            "_by_keys",
            vec![Value::str("_seq_count"), Value::Tuple(t), v],
        ),
    }
}

// ---------------------------------------------------------------------- dict

fn recv_dict(vm: &mut Vm, a: &Args) -> PyResult<ObjId> {
    match a.pos.first() {
        Some(Value::Obj(id)) if matches!(vm.get(*id), Object::Dict(_)) => Ok(*id),
        _ => Err(vm.type_error("descriptor requires a 'dict' object")),
    }
}

fn dict_ref(vm: &Vm, id: ObjId) -> Option<&Dict> {
    match vm.get(id) {
        Object::Dict(d) => Some(d),
        _ => None,
    }
}

/// `table.name(k, …)` once more, after the prelude has found the stored key that equals `k`
/// (the table holds keys hashed by Python code, or `k` is one: see `vm/dict.rs`).
#[cold]
fn again_with_key(vm: &mut Vm, table: ObjId, name: &str, a: &Args) -> R {
    let k = a.pos.get(1).cloned().unwrap_or(Value::None);
    let rest = Value::tuple(a.pos[1..].to_vec());
    let args = vec![Value::Obj(table), k, Value::str(name), rest];
    by_prelude(vm, "_by_keys", with_name("_keyed_method", args))
}

/// `d[k]` as a method (`dict.__getitem__`): the VM's own subscript, or, when Python's `==` must
/// find the key, the prelude's `_keyed_getitem`. So also for `__setitem__`, `__delitem__` and
/// `__contains__` (of sets too).
pub fn dict_getitem(vm: &mut Vm, a: Args) -> R {
    let id = recv_dict(vm, &a)?;
    let k = a.pos.get(1).cloned().unwrap_or(Value::None);
    match vm.get_item(&Value::Obj(id), &k)? {
        Some(v) => ret(v),
        None => keyed(
            vm,
            "_by_keys",
            vec![Value::str("_keyed_getitem"), Value::Obj(id), k],
        ),
    }
}

pub fn dict_setitem(vm: &mut Vm, a: Args) -> R {
    let id = recv_dict(vm, &a)?;
    let k = a.pos.get(1).cloned().unwrap_or(Value::None);
    let v = a.pos.get(2).cloned().unwrap_or(Value::None);
    if vm.set_item(&Value::Obj(id), &k, v.clone())? {
        return ret(Value::None);
    }
    keyed(
        vm,
        "_by_keys",
        vec![Value::str("_keyed_setitem"), Value::Obj(id), k, v],
    )
}

pub fn dict_delitem(vm: &mut Vm, a: Args) -> R {
    let id = recv_dict(vm, &a)?;
    let k = a.pos.get(1).cloned().unwrap_or(Value::None);
    if vm.del_item(&Value::Obj(id), &k)? {
        return ret(Value::None);
    }
    keyed(
        vm,
        "_by_keys",
        vec![Value::str("_keyed_delitem"), Value::Obj(id), k],
    )
}

/// `k in table` for a dict, set or frozenset.
pub fn table_contains(vm: &mut Vm, a: Args) -> R {
    let table = match a.pos.first() {
        Some(v @ Value::Obj(id)) if matches!(vm.get(*id), Object::Dict(_) | Object::Set(_)) => {
            v.clone()
        }
        _ => return Err(vm.type_error("descriptor '__contains__' requires a dict or set")),
    };
    let k = a.pos.get(1).cloned().unwrap_or(Value::None);
    match vm.contains(&table, &k)? {
        Some(found) => ret(Value::Bool(found)),
        None => keyed(
            vm,
            "_by_keys",
            vec![Value::str("_keyed_contains"), table, k],
        ),
    }
}

#[cold]
fn keyed(vm: &mut Vm, helper: &str, args: Vec<Value>) -> R {
    let f = vm.prelude_fn(helper)?;
    Ok(Outcome::TailCall(f, Args::positional(args)))
}

pub fn dict_get(vm: &mut Vm, a: Args) -> R {
    let id = recv_dict(vm, &a)?;
    let k = a.pos.get(1).cloned().unwrap_or(Value::None);
    let default = a.pos.get(2).cloned().unwrap_or(Value::None);
    let Some(key) = vm.key_in(id, &k)? else {
        return again_with_key(vm, id, "get", &a);
    };
    ret(dict_ref(vm, id)
        .and_then(|d| d.get(&key).cloned())
        .unwrap_or(default))
}

pub fn dict_setdefault(vm: &mut Vm, a: Args) -> R {
    let id = recv_dict(vm, &a)?;
    let k = a.pos.get(1).cloned().unwrap_or(Value::None);
    let default = a.pos.get(2).cloned().unwrap_or(Value::None);
    let Some(key) = vm.key_in(id, &k)? else {
        return again_with_key(vm, id, "setdefault", &a);
    };
    if let Some(v) = dict_ref(vm, id).and_then(|d| d.get(&key).cloned()) {
        return ret(v);
    }
    if let Object::Dict(d) = vm.get_mut(id) {
        d.insert(key, k, default.clone());
    }
    ret(default)
}

pub fn dict_pop(vm: &mut Vm, a: Args) -> R {
    let id = recv_dict(vm, &a)?;
    let k = a.pos.get(1).cloned().unwrap_or(Value::None);
    let Some(key) = vm.key_in(id, &k)? else {
        return again_with_key(vm, id, "pop", &a);
    };
    let removed = match vm.get_mut(id) {
        Object::Dict(d) => d.remove(&key),
        _ => None,
    };
    match (removed, a.pos.get(2).cloned()) {
        (Some((_, v)), _) => ret(v),
        (None, Some(d)) => ret(d),
        (None, None) => Err(vm.key_error(k)),
    }
}

pub fn dict_popitem(vm: &mut Vm, a: Args) -> R {
    let id = recv_dict(vm, &a)?;
    let last = match vm.get_mut(id) {
        Object::Dict(d) => d.pop_last(),
        _ => None,
    };
    match last {
        Some((k, v)) => ret(Value::tuple(vec![k, v])),
        None => Err(vm.key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn dict_view(vm: &mut Vm, a: Args, which: u8) -> R {
    let id = recv_dict(vm, &a)?;
    let items: Vec<Value> = dict_ref(vm, id)
        .map(|d| {
            d.map
                .values()
                .map(|(k, v)| match which {
                    0 => k.clone(),
                    1 => v.clone(),
                    _ => Value::tuple(vec![k.clone(), v.clone()]),
                })
                .collect()
        })
        .unwrap_or_default();
    // Views are snapshots as lists: they print differently from CPython's views
    // (`dict_keys([...])`); `_dict_view` in the prelude wraps them for printing.
    let list = vm.new_list(items);
    let f = vm.prelude_fn(match which {
        0 => "_keys_view",
        1 => "_values_view",
        _ => "_items_view",
    })?;
    Ok(Outcome::TailCall(f, Args::positional(vec![list])))
}

pub fn dict_keys(vm: &mut Vm, a: Args) -> R {
    dict_view(vm, a, 0)
}

pub fn dict_values(vm: &mut Vm, a: Args) -> R {
    dict_view(vm, a, 1)
}

pub fn dict_items(vm: &mut Vm, a: Args) -> R {
    dict_view(vm, a, 2)
}

pub fn dict_update(vm: &mut Vm, a: Args) -> R {
    let id = recv_dict(vm, &a)?;
    if let Some(src) = a.pos.get(1).cloned() {
        // A mapping that is not a dict (anything with keys(), as CPython checks:
        // collections.Counter, OrderedDict): the prelude reads it with Python calls.
        let is_instance =
            matches!(&src, Value::Obj(s) if matches!(vm.get(*s), Object::Instance(_)));
        if is_instance && vm.lookup_special(&src, "keys").is_some() {
            let f = vm.prelude_fn("_dict_update_from")?;
            let pos = vec![Value::Obj(id), src];
            return Ok(Outcome::TailCall(f, Args { pos, kw: a.kw }));
        }
        let entries: Vec<(Value, Value)> = match &src {
            Value::Obj(sid) => match vm.get(*sid) {
                Object::Dict(d) => d.map.values().cloned().collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let entries = if entries.is_empty()
            && !matches!(&src, Value::Obj(s) if matches!(vm.get(*s), Object::Dict(_)))
        {
            let mut out = Vec::new();
            for item in vm.iterate_native(&src)? {
                let pair = vm.iterate_native(&item)?;
                if pair.len() != 2 {
                    return Err(vm.value_error(
                        "dictionary update sequence element #0 has length 1; 2 is required",
                    ));
                }
                out.push((pair[0].clone(), pair[1].clone()));
            }
            out
        } else {
            entries
        };
        for (i, (k, v)) in entries.iter().enumerate() {
            let Some(key) = vm.key_in(id, k)? else {
                // The rest through Python's == (`d[k] = v` each), then the keywords.
                let pairs: Vec<Value> = entries[i..]
                    .iter()
                    .map(|(k, v)| Value::tuple(vec![k.clone(), v.clone()]))
                    .chain(
                        a.kw.iter()
                            .map(|(k, v)| Value::tuple(vec![Value::Str(k.clone()), v.clone()])),
                    )
                    .collect();
                let pairs = vm.new_list(pairs);
                let args = with_name("_dict_update_pairs", vec![Value::Obj(id), pairs]);
                return by_prelude(vm, "_by_keys", args);
            };
            if let Object::Dict(d) = vm.get_mut(id) {
                d.insert(key, k.clone(), v.clone());
            }
        }
    }
    for (k, v) in a.kw {
        let kv = Value::Str(k);
        let Some(key) = vm.key_in(id, &kv)? else {
            let args = with_name("_keyed_setitem", vec![Value::Obj(id), kv, v]);
            return by_prelude(vm, "_by_keys", args);
        };
        if let Object::Dict(d) = vm.get_mut(id) {
            d.insert(key, kv, v);
        }
    }
    ret(Value::None)
}

pub fn dict_clear(vm: &mut Vm, a: Args) -> R {
    let id = recv_dict(vm, &a)?;
    if let Object::Dict(d) = vm.get_mut(id) {
        d.clear();
    }
    ret(Value::None)
}

// ---------------------------------------------------------------------- int

/// `n.bit_length()`: bits needed for `abs(n)` (0 for 0).
pub fn int_bit_length(vm: &mut Vm, a: Args) -> R {
    match a.pos.first() {
        Some(Value::Int(i)) => ret(Value::Int(64 - i.unsigned_abs().leading_zeros() as i64)),
        Some(Value::Bool(b)) => ret(Value::Int(*b as i64)),
        Some(Value::BigInt(b)) => ret(Value::Int(b.bits() as i64)),
        _ => Err(vm.type_error("descriptor 'bit_length' for 'int' objects doesn't apply")),
    }
}

/// `dict.fromkeys(iterable, value=None)` (a classmethod: `a.pos[0]` is the class).
pub fn dict_fromkeys(vm: &mut Vm, a: Args) -> R {
    let it = a.pos.get(1).cloned().unwrap_or(Value::None);
    let value = a.pos.get(2).cloned().unwrap_or(Value::None);
    if !vm.natively_iterable(&it) {
        let f = vm.prelude_fn("_dict_fromkeys")?;
        return Ok(Outcome::TailCall(f, Args::positional(vec![it, value])));
    }
    let mut d = Dict::default();
    for k in vm.iterate_native(&it)? {
        let Some(key) = vm.key(&k)? else {
            let f = vm.prelude_fn("_dict_fromkeys")?;
            return Ok(Outcome::TailCall(f, Args::positional(vec![it, value])));
        };
        d.insert(key, k, value.clone());
    }
    ret(Value::Obj(vm.alloc(Object::Dict(d))))
}

pub fn dict_copy(vm: &mut Vm, a: Args) -> R {
    let id = recv_dict(vm, &a)?;
    let d = dict_ref(vm, id).cloned().unwrap_or_default();
    ret(Value::Obj(vm.alloc(Object::Dict(d))))
}

// ---------------------------------------------------------------------- set

fn recv_set(vm: &mut Vm, a: &Args) -> PyResult<ObjId> {
    match a.pos.first() {
        Some(Value::Obj(id)) if matches!(vm.get(*id), Object::Set(_)) => Ok(*id),
        _ => Err(vm.type_error("descriptor requires a 'set' object")),
    }
}

pub fn set_add(vm: &mut Vm, a: Args) -> R {
    let id = recv_set(vm, &a)?;
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    let Some(k) = vm.key_in(id, &v)? else {
        return again_with_key(vm, id, "add", &a);
    };
    if let Object::Set(s) = vm.get_mut(id) {
        s.add(k, v);
    }
    ret(Value::None)
}

pub fn set_discard(vm: &mut Vm, a: Args) -> R {
    let id = recv_set(vm, &a)?;
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    let Some(k) = vm.key_in(id, &v)? else {
        return again_with_key(vm, id, "discard", &a);
    };
    if let Object::Set(s) = vm.get_mut(id) {
        s.discard(&k);
    }
    ret(Value::None)
}

pub fn set_remove(vm: &mut Vm, a: Args) -> R {
    let id = recv_set(vm, &a)?;
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    let Some(k) = vm.key_in(id, &v)? else {
        return again_with_key(vm, id, "remove", &a);
    };
    let removed = match vm.get_mut(id) {
        Object::Set(s) => s.discard(&k).is_some(),
        _ => false,
    };
    if !removed {
        return Err(vm.key_error(v));
    }
    ret(Value::None)
}

pub fn set_pop(vm: &mut Vm, a: Args) -> R {
    let id = recv_set(vm, &a)?;
    let first = match vm.get_mut(id) {
        Object::Set(s) => s.pop(),
        _ => None,
    };
    match first {
        Some(v) => ret(v),
        None => Err(vm.key_error(Value::str("pop from an empty set"))),
    }
}

pub fn set_update(vm: &mut Vm, a: Args) -> R {
    let id = recv_set(vm, &a)?;
    let sources = a.pos[1..].to_vec();
    for (i, src) in sources.iter().enumerate() {
        if !vm.set_update_in_place(id, src)? {
            // This one and the rest by Python's `==`.
            let mut args = vec![Value::Obj(id)];
            args.extend(sources[i..].iter().cloned());
            return by_prelude(vm, "_by_keys", with_name("_set_update_items", args));
        }
    }
    ret(Value::None)
}

fn set_binop(vm: &mut Vm, a: Args, op: crate::lang::ast::BinOp) -> R {
    let this = a.pos.first().cloned().unwrap_or(Value::None);
    let other = a.pos.get(1).cloned().unwrap_or(Value::None);
    let other = match &other {
        Value::Obj(o) if matches!(vm.get(*o), Object::Set(_)) => other,
        _ => {
            let Some(s) = vm.set_from_native(&other, false)? else {
                // `set(other)` through Python, then the method again.
                let args = vec![this, other, Value::str(set_method_name(op))];
                return by_prelude(vm, "_by_keys", with_name("_set_method_with_set", args));
            };
            Value::Obj(vm.alloc(Object::Set(s)))
        }
    };
    match vm.binary_op(op, &this, &other, false)? {
        Some(v) => ret(v),
        None => {
            // Elements hashed by Python code: the prelude's set algebra.
            let symbol = Value::str(op.symbol());
            let args = vec![this, other, symbol, Value::Bool(false)];
            by_prelude(vm, "_by_keys", with_name("_set_binop", args))
        }
    }
}

fn set_method_name(op: crate::lang::ast::BinOp) -> &'static str {
    use crate::lang::ast::BinOp;
    match op {
        BinOp::BitOr => "union",
        BinOp::BitAnd => "intersection",
        BinOp::Sub => "difference",
        _ => "symmetric_difference",
    }
}

pub fn set_union(vm: &mut Vm, a: Args) -> R {
    set_binop(vm, a, crate::lang::ast::BinOp::BitOr)
}

pub fn set_intersection(vm: &mut Vm, a: Args) -> R {
    set_binop(vm, a, crate::lang::ast::BinOp::BitAnd)
}

pub fn set_difference(vm: &mut Vm, a: Args) -> R {
    set_binop(vm, a, crate::lang::ast::BinOp::Sub)
}

pub fn set_symmetric_difference(vm: &mut Vm, a: Args) -> R {
    set_binop(vm, a, crate::lang::ast::BinOp::BitXor)
}

pub fn set_issubset(vm: &mut Vm, a: Args) -> R {
    let this = a.pos.first().cloned().unwrap_or(Value::None);
    let other = a.pos.get(1).cloned().unwrap_or(Value::None);
    match vm.compare(crate::lang::ast::CmpOp::LtE, &this, &other)? {
        Some(r) => ret(r),
        None => by_prelude(vm, "_compare", vec![this, other, Value::str("<=")]),
    }
}

pub fn set_issuperset(vm: &mut Vm, a: Args) -> R {
    let this = a.pos.first().cloned().unwrap_or(Value::None);
    let other = a.pos.get(1).cloned().unwrap_or(Value::None);
    match vm.compare(crate::lang::ast::CmpOp::GtE, &this, &other)? {
        Some(r) => ret(r),
        None => by_prelude(vm, "_compare", vec![this, other, Value::str(">=")]),
    }
}

/// `s.isdisjoint(other)`: no element in common (`other` any iterable).
pub fn set_isdisjoint(vm: &mut Vm, a: Args) -> R {
    let id = recv_set(vm, &a)?;
    let other = a.pos.get(1).cloned().unwrap_or(Value::None);
    let by_python = |vm: &mut Vm| {
        let args = with_name("_set_isdisjoint", vec![Value::Obj(id), other.clone()]);
        by_prelude(vm, "_by_keys", args)
    };
    let mut user_keys = matches!(vm.get(id), Object::Set(s) if s.has_user_keys());
    let items = match &other {
        Value::Obj(o) => match vm.get(*o) {
            Object::Set(s) => {
                user_keys |= s.has_user_keys();
                Some(s.keys().cloned().collect::<Vec<_>>())
            }
            _ => None,
        },
        _ => None,
    };
    if user_keys {
        return by_python(vm);
    }
    let keys = match items {
        Some(k) => k,
        None => {
            let mut keys = Vec::new();
            for v in vm.iterate_native(&other)? {
                match vm.key(&v)? {
                    Some(k) => keys.push(k),
                    None => return by_python(vm),
                }
            }
            keys
        }
    };
    let disjoint = match vm.get(id) {
        Object::Set(s) => !keys.iter().any(|k| s.contains_key(k)),
        _ => true,
    };
    ret(Value::Bool(disjoint))
}

pub fn set_copy(vm: &mut Vm, a: Args) -> R {
    let id = recv_set(vm, &a)?;
    let s = match vm.get(id) {
        // A frozenset's copy is itself.
        Object::Set(s) if s.frozen => return ret(Value::Obj(id)),
        Object::Set(s) => s.copy(false),
        _ => PySet::default(),
    };
    ret(Value::Obj(vm.alloc(Object::Set(s))))
}

pub fn set_clear(vm: &mut Vm, a: Args) -> R {
    let id = recv_set(vm, &a)?;
    if let Object::Set(s) = vm.get_mut(id) {
        s.clear();
    }
    ret(Value::None)
}

// ---------------------------------------------------------------------- generators

fn recv_gen(vm: &mut Vm, a: &Args) -> PyResult<ObjId> {
    match a.pos.first() {
        Some(Value::Obj(id)) if matches!(vm.get(*id), Object::Generator(_)) => Ok(*id),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

pub fn gen_send(vm: &mut Vm, a: Args) -> R {
    let id = recv_gen(vm, &a)?;
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    vm.resume_generator(id, GenInput::Send(v), ResumeMode::Send)?;
    Ok(Outcome::Done)
}

pub fn gen_next(vm: &mut Vm, a: Args) -> R {
    let id = recv_gen(vm, &a)?;
    vm.resume_generator(id, GenInput::Send(Value::None), ResumeMode::Send)?;
    Ok(Outcome::Done)
}

/// Turn `throw(type[, value])` arguments into an exception instance.
pub fn exception_argument(vm: &mut Vm, a: &Args, default: ObjId) -> PyResult<Value> {
    let typ = a.pos.get(1).cloned().unwrap_or(Value::Obj(default));
    let val = a.pos.get(2).cloned().unwrap_or(Value::None);
    match (&typ, &val) {
        (Value::Obj(c), v) if matches!(vm.get(*c), Object::Class(_)) => {
            if vm.is_exception(v) {
                return Ok(v.clone());
            }
            let args = if v.is_none() {
                Vec::new()
            } else {
                vec![v.clone()]
            };
            if !vm.is_subclass(*c, vm.exc.base_exception) {
                return Err(vm.type_error(
                    "exceptions must be classes or instances deriving from BaseException, not type",
                ));
            }
            Ok(vm.new_exception(*c, args))
        }
        _ => vm.exception_from(typ),
    }
}

pub fn gen_throw(vm: &mut Vm, a: Args) -> R {
    let id = recv_gen(vm, &a)?;
    let exc = exception_argument(vm, &a, vm.exc.exception)?;
    vm.resume_generator(id, GenInput::Throw(exc), ResumeMode::Send)?;
    Ok(Outcome::Done)
}

pub fn gen_close(vm: &mut Vm, a: Args) -> R {
    let id = recv_gen(vm, &a)?;
    let exc = vm.new_exception(vm.exc.generator_exit, Vec::new());
    let finished = matches!(vm.get(id), Object::Generator(g) if g.state == crate::vm::heap::GenState::Finished);
    if finished {
        return ret(Value::None);
    }
    // Python 3.11 throws GeneratorExit even into a generator that has not started: its frame
    // starts and ends at once, which the trace shows (3.12 skips that).
    vm.resume_generator(id, GenInput::Throw(exc), ResumeMode::Close)?;
    Ok(Outcome::Done)
}

pub fn iter_self(_vm: &mut Vm, a: Args) -> R {
    ret(a.pos.first().cloned().unwrap_or(Value::None))
}

pub fn iterator_next(vm: &mut Vm, a: Args) -> R {
    match a.pos.first() {
        Some(Value::Obj(id)) => match vm.next_native(*id)? {
            Some(v) => ret(v),
            None => Err(vm.new_exception(vm.exc.stop_iteration, Vec::new())),
        },
        _ => Err(vm.type_error("not an iterator")),
    }
}

// ---------------------------------------------------------------------- greenlet

fn recv_greenlet(vm: &mut Vm, a: &Args) -> PyResult<ObjId> {
    match a.pos.first() {
        Some(Value::Obj(id)) if vm.greenlet(*id).is_some() => Ok(*id),
        _ => Err(vm.type_error("descriptor 'switch' requires a 'greenlet.greenlet' object")),
    }
}

/// `g.switch(*args, **kwargs)`.
pub fn greenlet_switch(vm: &mut Vm, a: Args) -> R {
    let id = recv_greenlet(vm, &a)?;
    let pos = a.pos[1..].to_vec();
    let not_started = matches!(
        vm.greenlet(id).map(|g| g.state),
        Some(crate::vm::heap::GreenletState::NotStarted)
    );
    let input = if not_started || a.kw.is_empty() {
        SwitchIn::Args(Args { pos, kw: a.kw })
    } else {
        let d = vm.new_dict();
        for (k, v) in a.kw {
            vm.dict_set_str(d, k, v);
        }
        let v = if pos.is_empty() {
            Value::Obj(d)
        } else {
            Value::tuple(vec![Value::tuple(pos), Value::Obj(d)])
        };
        SwitchIn::Value(v)
    };
    vm.switch_greenlet(id, input, SwitchReason::Switch);
    Ok(Outcome::Done)
}

/// `g.throw([type[, value]])`: raise in `g` where it waits (default `GreenletExit`).
pub fn greenlet_throw(vm: &mut Vm, a: Args) -> R {
    let id = recv_greenlet(vm, &a)?;
    let exc = exception_argument(vm, &a, vm.exc.greenlet_exit)?;
    vm.switch_greenlet(id, SwitchIn::Throw(exc), SwitchReason::Switch);
    Ok(Outcome::Done)
}

pub fn getcurrent(vm: &mut Vm, _a: Args) -> R {
    ret(Value::Obj(vm.current))
}

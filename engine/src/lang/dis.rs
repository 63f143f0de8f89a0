//! A disassembler: prints what the compiler made (`coroscope dis FILE`), in the layout of
//! `python3 -m dis`: the source line where it changes, `>>` on jump targets, the instruction index,
//! the op name, its operand and what the operand means (a name, a constant's repr, a target).
//! Nested code objects (functions, classes, comprehensions) follow, each under its own header.
use std::fmt::Write;

use super::compile::jump_target;
use super::op::{Code, Const, Op};

/// The whole listing of `code` and of every code object nested in it.
pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    listing(code, &mut out);
    for c in &code.consts {
        if let Const::Code(inner) = c {
            let _ = write!(out, "\nDisassembly of {}:\n", code_repr(inner));
            out.push_str(&disassemble(inner));
        }
    }
    out
}

fn listing(code: &Code, out: &mut String) {
    let targets: Vec<u32> = code.ops.iter().filter_map(jump_target).collect();
    let mut last_line = None;
    for (i, op) in code.ops.iter().enumerate() {
        let line = code.line_at(i);
        let line_col = if last_line != Some(line) {
            if last_line.is_some() {
                out.push('\n');
            }
            last_line = Some(line);
            format!("{line:>4}")
        } else {
            String::new()
        };
        let marker = if targets.contains(&(i as u32)) {
            ">>"
        } else {
            "  "
        };
        let (name, arg) = name_and_arg(op);
        let hint = hint(code, op);
        let mut row = format!("{line_col:<4}  {marker} {i:>4} {name:<20}");
        if let Some(arg) = arg {
            let _ = write!(row, " {arg:>4}");
        }
        if !hint.is_empty() {
            let _ = write!(row, " ({hint})");
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
}

/// `LoadConst(3)` → (`LOAD_CONST`, `3`), from the op's `Debug` form so that new ops print too.
fn name_and_arg(op: &Op) -> (String, Option<String>) {
    let debug = format!("{op:?}");
    let (camel, arg) = match debug.find('(') {
        Some(p) => (&debug[..p], Some(debug[p + 1..debug.len() - 1].to_string())),
        None => (debug.as_str(), None),
    };
    let mut name = String::new();
    for (i, ch) in camel.chars().enumerate() {
        if ch.is_uppercase() && i > 0 {
            name.push('_');
        }
        name.push(ch.to_ascii_uppercase());
    }
    // Operator operands are shown in the hint instead (`BINARY_OP (+)`).
    let arg = arg.filter(|a| a.chars().all(|c| c.is_ascii_digit()));
    (name, arg)
}

fn hint(code: &Code, op: &Op) -> String {
    let name = |i: &u32| {
        code.names
            .get(*i as usize)
            .map(|s| s.to_string())
            .unwrap_or_else(|| "?".into())
    };
    let var = |i: &u32| {
        code.varnames
            .get(*i as usize)
            .map(|s| s.to_string())
            .unwrap_or_else(|| "?".into())
    };
    let cell = |i: &u32| {
        let i = *i as usize;
        code.cellvars
            .get(i)
            .or_else(|| code.freevars.get(i.wrapping_sub(code.cellvars.len())))
            .map(|s| s.to_string())
            .unwrap_or_else(|| "?".into())
    };
    if let Some(t) = jump_target(op) {
        return format!("to {t}");
    }
    match op {
        Op::LoadConst(i) => code
            .consts
            .get(*i as usize)
            .map(const_repr)
            .unwrap_or_else(|| "?".into()),
        Op::LoadName(i)
        | Op::StoreName(i)
        | Op::DeleteName(i)
        | Op::LoadGlobal(i)
        | Op::StoreGlobal(i)
        | Op::DeleteGlobal(i)
        | Op::LoadAttr(i)
        | Op::StoreAttr(i)
        | Op::DeleteAttr(i)
        | Op::ImportName(i)
        | Op::ImportFrom(i) => name(i),
        Op::LoadFast(i) | Op::StoreFast(i) | Op::DeleteFast(i) => var(i),
        Op::LoadDeref(i) | Op::StoreDeref(i) | Op::DeleteDeref(i) | Op::LoadClosure(i) => cell(i),
        Op::BinaryOp(b) => b.symbol().to_string(),
        Op::InplaceOp(b) => format!("{}=", b.symbol()),
        Op::CompareOp(c) => c.symbol().to_string(),
        Op::UnaryOp(u) => format!("{u:?}").to_lowercase(),
        Op::MakeFunction(flags) => {
            let parts: Vec<&str> = [(1, "defaults"), (2, "kwdefaults"), (8, "closure")]
                .iter()
                .filter(|(bit, _)| flags & bit != 0)
                .map(|(_, n)| *n)
                .collect();
            parts.join(", ")
        }
        Op::FormatValue(flags) => {
            let conv = ["", "str", "repr", "ascii"][(*flags & 3) as usize];
            let spec = if flags & 4 != 0 { "with format" } else { "" };
            [conv, spec]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(", ")
        }
        Op::UnpackEx(n) => format!("{} before, {} after", n & 0xff, n >> 8),
        _ => String::new(),
    }
}

fn code_repr(code: &Code) -> String {
    format!(
        "<code object {}, file \"{}\", line {}>",
        code.name, code.filename, code.first_line
    )
}

/// A constant as Python's `repr` writes it (close enough for a listing).
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(true) => "True".into(),
        Const::Bool(false) => "False".into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(i) => i.to_string(),
        Const::Float(f) => float_repr(*f),
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => bytes_repr(b),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(const_repr).collect();
            if inner.len() == 1 {
                format!("({},)", inner[0])
            } else {
                format!("({})", inner.join(", "))
            }
        }
        Const::FrozenSet(items) => {
            let inner: Vec<String> = items.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", inner.join(", "))
        }
        Const::Code(code) => code_repr(code),
    }
}

fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let s = format!("{f:?}");
    // Rust writes `1e100`; Python writes `1e+100`.
    match s.find('e') {
        Some(p) if !s[p + 1..].starts_with('-') => format!("{}e+{}", &s[..p], &s[p + 1..]),
        _ => s,
    }
}

fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &x in b {
        match x {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            x if x as char == quote => {
                out.push('\\');
                out.push(x as char);
            }
            0x20..=0x7e => out.push(x as char),
            x => {
                let _ = write!(out, "\\x{x:02x}");
            }
        }
    }
    out.push(quote);
    out
}

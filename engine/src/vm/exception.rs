//! Exceptions: making them, unwinding frames to a handler, and printing tracebacks as CPython
//! 3.11 does (carets included).
//!
//! An exception is an ordinary instance whose class derives from `BaseException`; its
//! [`ExceptionData`] holds `args`, the traceback and the chaining links. Unwinding walks the running
//! coroutine's frames only; what happens when it leaves a generator or a greenlet is decided by
//! the frame's [`Delivery`] (see `coroutine.rs`).

use std::rc::Rc;

use super::frame::Delivery;
use super::heap::{ExceptionData, Instance, Object, Payload, TracebackEntry};
use super::ops::ReprFailure;
use super::value::{ObjId, Value};
use super::Vm;
use crate::lang::ast::{ExprKind, StmtKind};

/// A Python-level result: `Err` holds the exception instance being raised.
pub type PyResult<T> = Result<T, Value>;

impl Vm {
    /// A new exception instance of `class` with these `args`.
    pub fn new_exception(&mut self, class: ObjId, args: Vec<Value>) -> Value {
        let data = ExceptionData {
            args,
            ..Default::default()
        };
        let id = self.alloc(Object::Instance(Instance {
            class,
            dict: Default::default(),
            payload: Payload::Exception(Box::new(data)),
        }));
        Value::Obj(id)
    }

    /// An exception of `class` with one message argument.
    pub fn error(&mut self, class: ObjId, msg: impl Into<String>) -> Value {
        let msg: String = msg.into();
        self.new_exception(class, vec![Value::str(&msg)])
    }

    pub fn type_error(&mut self, msg: impl Into<String>) -> Value {
        self.error(self.exc.type_error, msg)
    }

    pub fn value_error(&mut self, msg: impl Into<String>) -> Value {
        self.error(self.exc.value_error, msg)
    }

    pub fn runtime_error(&mut self, msg: impl Into<String>) -> Value {
        self.error(self.exc.runtime_error, msg)
    }

    pub fn index_error(&mut self, msg: impl Into<String>) -> Value {
        self.error(self.exc.index_error, msg)
    }

    pub fn attribute_error(&mut self, msg: impl Into<String>) -> Value {
        self.error(self.exc.attribute_error, msg)
    }

    pub fn zero_division(&mut self, msg: impl Into<String>) -> Value {
        self.error(self.exc.zero_division_error, msg)
    }

    pub fn overflow_error(&mut self, msg: impl Into<String>) -> Value {
        self.error(self.exc.overflow_error, msg)
    }

    pub fn memory_error(&mut self) -> Value {
        self.new_exception(self.exc.memory_error, Vec::new())
    }

    pub fn key_error(&mut self, key: Value) -> Value {
        self.new_exception(self.exc.key_error, vec![key])
    }

    pub fn exc_data(&self, exc: &Value) -> Option<&ExceptionData> {
        match exc {
            Value::Obj(id) => match self.heap.get(*id) {
                Object::Instance(Instance {
                    payload: Payload::Exception(d),
                    ..
                }) => Some(d),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn exc_data_mut(&mut self, exc: &Value) -> Option<&mut ExceptionData> {
        match exc {
            Value::Obj(id) => match self.heap.get_mut(*id) {
                Object::Instance(Instance {
                    payload: Payload::Exception(d),
                    ..
                }) => Some(d),
                _ => None,
            },
            _ => None,
        }
    }

    /// Is `exc` an instance of the exception class `class`?
    pub fn exc_matches(&self, exc: &Value, class: ObjId) -> bool {
        self.isinstance(exc, class)
    }

    /// The exception being handled now, as `sys.exc_info()` would see it.
    pub fn handled_exception(&self) -> Option<Value> {
        self.frames
            .iter()
            .rev()
            .find_map(|f| f.handling.last().cloned())
    }

    /// Turn what `raise X` was given into an exception instance: a class is instantiated with no
    /// arguments. (A class with a Python `__init__` is instantiated by the prelude instead.)
    pub fn exception_from(&mut self, v: Value) -> PyResult<Value> {
        if self.is_exception(&v) {
            return Ok(v);
        }
        if let Value::Obj(id) = v {
            if self.is_subclass(id, self.exc.base_exception) {
                return Ok(self.new_exception(id, Vec::new()));
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// Raise `exc` in the running frame: record where, chain it to the exception being handled,
    /// and unwind to the nearest handler.
    pub fn raise(&mut self, exc: Value) {
        if let Some(context) = self.handled_exception() {
            if !context.is(&exc) {
                if let Some(d) = self.exc_data_mut(&exc) {
                    if d.context.is_none() {
                        d.context = Some(context);
                    }
                }
            }
        }
        self.unwind(exc, true);
    }

    /// Re-raise without adding the current frame to the traceback (bare `raise`, end of `finally`).
    pub fn reraise(&mut self, exc: Value) {
        self.unwind(exc, false);
    }

    /// Unwind the running coroutine's frames until a handler takes `exc`.
    pub fn unwind(&mut self, exc: Value, mut add_here: bool) {
        loop {
            let Some(frame) = self.frames.last_mut() else {
                // No frames at all: only happens if a greenlet was resumed into nothing.
                self.uncaught(exc);
                return;
            };
            if add_here && !frame.code.is_internal {
                let entry = TracebackEntry {
                    code: frame.code.clone(),
                    ip: frame.ip.saturating_sub(1),
                };
                if let Some(d) = self.exc_data_mut(&exc) {
                    d.traceback.push(entry);
                }
            }
            let frame = self.frames.last_mut().expect("checked above");
            if let Some(block) = frame.blocks.pop() {
                let left = frame
                    .stack
                    .split_off((block.stack_depth as usize).min(frame.stack.len()));
                for v in &left {
                    self.note_dropped(v);
                }
                let frame = self.frames.last_mut().expect("checked above");
                frame.handling.truncate(block.handling_depth as usize);
                frame.handling.push(exc.clone());
                frame.stack.push(exc);
                frame.ip = block.handler as usize;
                return;
            }
            let frame = self.frames.pop().expect("checked above");
            self.note_frame_dropped(&frame);
            add_here = true;
            match frame.delivery {
                Delivery::Push
                | Delivery::PushInstead(_)
                | Delivery::MakeClass { .. }
                | Delivery::Import(_)
                | Delivery::Discard => {}
                Delivery::ForIterNext => {
                    if self.exc_matches(&exc, self.exc.stop_iteration) {
                        self.end_for_loop();
                        return;
                    }
                }
                Delivery::Generator(gen, mode) => match self.generator_raised(gen, mode, exc) {
                    Some(next) => {
                        return self.unwind(next, true);
                    }
                    None => return,
                },
                Delivery::GreenletRun => {
                    self.greenlet_raised(exc);
                    return;
                }
                Delivery::Main => {
                    self.uncaught(exc);
                    return;
                }
            }
        }
    }

    /// The caller's `ForIter` loop is over: pop its iterator and jump past the loop.
    pub fn end_for_loop(&mut self) {
        if let Some(f) = self.frames.last_mut() {
            f.stack.pop();
            let at = f.ip.saturating_sub(1);
            if let Some(crate::lang::op::Op::ForIter(target)) = f.code.ops.get(at) {
                f.ip = *target as usize;
            }
        }
    }

    /// The main program ends with an uncaught exception: print its traceback, exit code 1
    /// (`SystemExit` sets its own code and prints nothing).
    pub fn uncaught(&mut self, exc: Value) {
        if self.exc_matches(&exc, self.exc.system_exit) {
            let code = self.exc_data(&exc).and_then(|d| d.args.first().cloned());
            let exit = match code {
                None | Some(Value::None) => 0,
                Some(Value::Int(i)) => i as i32,
                Some(Value::Bool(b)) => b as i32,
                Some(other) => {
                    let text = self.str_of(&other);
                    self.write_stderr(&format!("{text}\n"));
                    1
                }
            };
            self.end_main(exit);
            return;
        }
        let text = self.format_exception(&exc);
        self.write_stderr(&text);
        self.end_main(1);
    }

    /// The top level ended with `code`. Simulated threads still run (CPython waits for them
    /// even after an uncaught exception); then the program ends with `code`.
    fn end_main(&mut self, code: i32) {
        if self.thread_hooks.is_some()
            && !self.exit_hooks.is_empty()
            && self.current == self.main_greenlet
        {
            self.exit_code = code;
            self.main_finished();
            return;
        }
        self.finish_program(code);
    }

    // ------------------------------------------------------------------ printing

    /// The whole report CPython prints for an uncaught exception, with its chained causes.
    pub fn format_exception(&self, exc: &Value) -> String {
        let mut out = String::new();
        self.format_chain(exc, &mut out);
        out
    }

    /// `exc` after the exceptions it was raised from or while handling, oldest first. The
    /// chain is followed in a loop, not by recursion: a program can make it as long as it
    /// likes (CPython itself crashes printing a chain of 100,000). An exception met again (a
    /// cycle) ends it; the link to it is still printed, as CPython does.
    fn format_chain(&self, exc: &Value, out: &mut String) {
        const CAUSE: &str =
            "\nThe above exception was the direct cause of the following exception:\n\n";
        const CONTEXT: &str =
            "\nDuring handling of the above exception, another exception occurred:\n\n";
        // Newest first: each exception with the link text to the one before it, if any.
        let mut chain: Vec<(&Value, Option<&str>)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut next = Some(exc);
        while let Some(e) = next.take() {
            if let Value::Obj(id) = e {
                // By index: the same set type as `Vm::needs_python_text`'s (one copy of its code).
                if !seen.insert(id.0 as usize) {
                    break;
                }
            }
            let mut link = None;
            if let Some(d) = self.exc_data(e) {
                if let Some(cause) = &d.cause {
                    link = Some(CAUSE);
                    next = Some(cause);
                } else if let (Some(context), false) = (&d.context, d.suppress_context) {
                    link = Some(CONTEXT);
                    next = Some(context);
                }
            }
            chain.push((e, link));
        }
        for (e, link) in chain.into_iter().rev() {
            if let Some(link) = link {
                out.push_str(link);
            }
            if let Some(d) = self.exc_data(e) {
                if !d.traceback.is_empty() {
                    out.push_str("Traceback (most recent call last):\n");
                    self.format_traceback(&d.traceback, out);
                }
            }
            out.push_str(&self.exception_line(e));
            if let Some(hint) = self.name_suggestion(e) {
                out.push_str(&format!(". Did you mean: '{hint}'?"));
            }
            out.push('\n');
        }
    }

    /// The name CPython 3.11 suggests for a `NameError` it prints: the closest (see
    /// [`suggestion_distance`]) among the innermost frame's variable names, else the module's
    /// globals, else the builtins.
    fn name_suggestion(&self, exc: &Value) -> Option<String> {
        let d = self.exc_data(exc)?;
        let (name, globals) = d.missing_name.clone()?;
        let entry = d.traceback.first()?;
        let varnames: Vec<String> = entry.code.varnames.iter().map(|s| s.to_string()).collect();
        let keys_of = |dict: ObjId| -> Vec<String> {
            self.str_keys(dict).iter().map(|s| s.to_string()).collect()
        };
        [varnames, keys_of(globals), keys_of(self.builtins)]
            .iter()
            .find_map(|candidates| best_suggestion(&name, candidates))
    }

    /// `ZeroDivisionError: division by zero`, or just the class name when the message is empty.
    pub fn exception_line(&self, exc: &Value) -> String {
        let class = self.type_of(exc);
        let (name, module) = match self.class(class) {
            Some(c) => (c.qualname.to_string(), c.module.to_string()),
            None => ("Exception".to_string(), "builtins".to_string()),
        };
        let qual = if module == "__main__" || module == "builtins" {
            name
        } else {
            format!("{module}.{name}")
        };
        let msg = self.exception_str(exc);
        if msg.is_empty() {
            qual
        } else {
            format!("{qual}: {msg}")
        }
    }

    /// `str(exc)` for built-in exception behaviour, as a traceback shows it: CPython's
    /// `<exception str() failed>` when it cannot be made (an argument nested too deep).
    pub fn exception_str(&self, exc: &Value) -> String {
        self.try_exception_str(exc)
            .unwrap_or_else(|_| "<exception str() failed>".to_string())
    }

    /// `str(exc)` for built-in exception behaviour: the single argument's str, or the args
    /// tuple's repr. An exception whose argument is an exception shows that one's message, and
    /// so on: a loop, not recursion (a program can chain them as deep as it likes), ending in
    /// `RecursionError` past the nesting budget, as CPython's.
    pub fn try_exception_str(&self, exc: &Value) -> Result<String, ReprFailure> {
        let mut text = String::new();
        let mut exc = exc;
        for _ in 0..=self.nesting_budget() {
            let Some(d) = self.exc_data(exc) else {
                return Ok(text);
            };
            let next = match d.args.as_slice() {
                [Value::Int(errno), second] if self.exc_matches(exc, self.exc.os_error) => {
                    text.push_str(&format!("[Errno {errno}] "));
                    second
                }
                [] => return Ok(text),
                [only] if self.exc_matches(exc, self.exc.key_error) => {
                    return Ok(text + &self.try_repr(only)?)
                }
                [only] => only,
                args => return Ok(text + &self.try_repr(&Value::tuple(args.to_vec()))?),
            };
            match next {
                Value::Str(s) => return Ok(text + s),
                _ if self.is_exception(next) => exc = next,
                other => return Ok(text + &self.try_repr(other)?),
            }
        }
        Err(ReprFailure::StrTooDeep)
    }

    fn format_traceback(&self, entries: &[TracebackEntry], out: &mut String) {
        // Outermost first; runs of the same line collapse as CPython's traceback module does.
        let mut last: Option<(Rc<str>, u32, Rc<str>)> = None;
        let mut repeats = 0usize;
        let flush = |out: &mut String, repeats: usize| {
            if repeats > 3 {
                let more = repeats - 3;
                out.push_str(&format!(
                    "  [Previous line repeated {} more time{}]\n",
                    more,
                    if more > 1 { "s" } else { "" }
                ));
            }
        };
        for entry in entries.iter().rev() {
            let span = entry.code.spans.get(entry.ip).copied().unwrap_or_default();
            let key = (
                entry.code.filename.clone(),
                span.line,
                entry.code.name.clone(),
            );
            if last.as_ref() == Some(&key) {
                repeats += 1;
                if repeats > 3 {
                    continue;
                }
            } else {
                flush(out, repeats);
                repeats = 1;
                last = Some(key);
            }
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                entry.code.filename, span.line, entry.code.name
            ));
            if let Some(line) = self.source_line(&entry.code.filename, span.line) {
                let stripped = line.trim();
                if stripped.is_empty() {
                    continue;
                }
                out.push_str(&format!("    {stripped}\n"));
                if let Some(carets) = caret_line(&line, span) {
                    out.push_str(&carets);
                }
            }
        }
        flush(out, repeats);
    }

    fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        if filename != &*self.filename || line == 0 {
            return None;
        }
        self.source_lines.get(line as usize - 1).cloned()
    }
}

/// The caret line under a traceback's source line, or `None` when the instruction covers the
/// whole line (CPython 3.11's `format_frame_summary`).
fn caret_line(line: &str, span: crate::lang::ast::Span) -> Option<String> {
    let chars: Vec<char> = line.chars().collect();
    let stripped = line.trim();
    let stripped_len = stripped.chars().count();
    let leading = chars.len() - line.trim_start().chars().count();
    let start = span.col as usize;
    let mut end = span.end_col as usize;
    let mut anchors = None;
    if span.end_line == span.line {
        if end > chars.len() || start > end {
            return None;
        }
        let segment: String = chars[start..end].iter().collect();
        anchors = caret_anchors(&segment);
    } else {
        end = leading + stripped_len;
    }
    let wide = end.saturating_sub(start) < stripped_len;
    let anchored = matches!(anchors, Some((l, r)) if r > l);
    if !(wide || anchored) {
        return None;
    }
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(start.saturating_sub(leading)));
    match anchors {
        Some((left, right)) => {
            out.push_str(&"~".repeat(left));
            out.push_str(&"^".repeat(right.saturating_sub(left)));
            out.push_str(&"~".repeat((end - start).saturating_sub(right)));
        }
        None => out.push_str(&"^".repeat(end - start)),
    }
    out.push('\n');
    Some(out)
}

/// Where the `^` part goes inside a binary operation or a subscript (character offsets within
/// the segment), as CPython's `_extract_caret_anchors_from_line_segment`.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    let module = crate::lang::parse::parse(segment).ok()?;
    if module.body.len() != 1 {
        return None;
    }
    let StmtKind::Expr(expr) = &module.body[0].kind else {
        return None;
    };
    let chars: Vec<char> = segment.chars().collect();
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            if left.span.end_line != 1 || right.span.line != 1 {
                return None;
            }
            let op_start = left.span.end_col as usize;
            let op_end = right.span.col as usize;
            let op_str: Vec<char> = chars.get(op_start..op_end)?.to_vec();
            let offset = op_str.iter().take_while(|c| c.is_whitespace()).count();
            let mut left_anchor = op_start + offset;
            let mut right_anchor = left_anchor + 1;
            if offset + 1 < op_str.len() && !op_str[offset + 1].is_whitespace() {
                right_anchor += 1;
            }
            while left_anchor < chars.len()
                && (chars[left_anchor].is_whitespace() || ")#".contains(chars[left_anchor]))
            {
                left_anchor += 1;
                right_anchor += 1;
            }
            Some((left_anchor, right_anchor))
        }
        ExprKind::Subscript { value, index } => {
            if value.span.end_line != 1 || index.span.end_line != 1 {
                return None;
            }
            let mut left_anchor = value.span.end_col as usize;
            let mut right_anchor = index.span.end_col as usize + 1;
            while left_anchor < chars.len()
                && (chars[left_anchor].is_whitespace() || chars[left_anchor] != '[')
            {
                left_anchor += 1;
            }
            while right_anchor < chars.len()
                && (chars[right_anchor].is_whitespace() || chars[right_anchor] != ']')
            {
                right_anchor += 1;
            }
            if right_anchor < chars.len() {
                right_anchor += 1;
            }
            Some((left_anchor, right_anchor))
        }
        _ => None,
    }
}

/// `calculate_suggestions` (Python/suggestions.c, 3.11): the candidate closest to `name`, if
/// no more than about a third of the characters need changing.
fn best_suggestion(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() >= 750 {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let mut max = (name.len() + c.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = suggestion_distance(name.as_bytes(), c.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.map_or(true, |(_, bd)| d < bd) {
            best = Some((c, d));
        }
    }
    best.map(|(c, _)| c.clone())
}

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.to_ascii_lowercase() == b.to_ascii_lowercase() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance`: moves cost 2, a case change 1; gives up (`max + 1`) past
/// `max`. Works on UTF-8 bytes, as CPython does.
fn suggestion_distance<'a>(mut a: &'a [u8], mut b: &'a [u8], max: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > 40 || b.len() > 40 {
        return max + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max {
        return max + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = row[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max {
            return max + 1;
        }
    }
    result
}

#[cfg(test)]
mod suggestion_tests {
    use super::*;

    #[test]
    fn suggests_like_cpython() {
        let names: Vec<String> = ["counter", "print", "total"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            best_suggestion("countr", &names),
            Some("counter".to_string())
        );
        assert_eq!(best_suggestion("prnt", &names), Some("print".to_string()));
        assert_eq!(best_suggestion("zzzzzz", &names), None);
    }
}

//! Importable modules: `greenlet`, `time` (on the virtual clock), `sys` and `math`.
//!
//! A module is made the first time it is imported and cached in `sys.modules`.

use std::cell::RefCell;
use std::rc::Rc;

use super::builtins::{int_of, ret, R};
use crate::lang::error::FrontEndError;
use crate::lang::op::Code;
use crate::lang::{compile, parse};
use crate::trace::EventKind;
use crate::vm::heap::{Module, Object};
use crate::vm::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// The virtual clock reads as this Unix time at the start of every run, so runs are repeatable.
pub const EPOCH_SECONDS: f64 = 1_700_000_000.0;

pub fn time_time(vm: &mut Vm, _a: Args) -> R {
    ret(Value::Float(EPOCH_SECONDS + vm.clock_ps as f64 / 1e12))
}

pub fn time_monotonic(vm: &mut Vm, _a: Args) -> R {
    ret(Value::Float(vm.clock_ps as f64 / 1e12))
}

/// `time.sleep(s)`: without gevent's monkey-patching it blocks the whole program: the clock
/// moves and nothing else runs.
pub fn time_sleep(vm: &mut Vm, a: Args) -> R {
    if let Some(hooks) = &vm.thread_hooks {
        // Simulated threads exist: the sleeping thread lets the others run.
        return Ok(crate::vm::Outcome::TailCall(hooks.1.clone(), a));
    }
    let secs = match a.pos.first() {
        Some(Value::Int(i)) => *i as f64,
        Some(Value::Float(f)) => *f,
        Some(Value::Bool(b)) => *b as i64 as f64,
        Some(other) => {
            let t = vm.type_name(other);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
        None => return Err(vm.type_error("time.sleep() takes exactly one argument (0 given)")),
    };
    if secs < 0.0 || secs.is_nan() {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    let ps = (secs * 1e12).min(1e19) as u64;
    let until = vm.clock_ps.saturating_add(ps);
    let lane = vm.lane;
    vm.event(EventKind::Sleep {
        coro: lane,
        until_ns: until / 1000,
    });
    if vm.machine.is_some() {
        // Other programs on the simulated machine run while this one sleeps.
        return vm.sleep_on_machine(until);
    }
    vm.clock_ps = until;
    ret(Value::None)
}

pub fn sys_exit(vm: &mut Vm, a: Args) -> R {
    let code = a.pos.first().cloned().unwrap_or(Value::None);
    let args = if code.is_none() {
        Vec::new()
    } else {
        vec![code]
    };
    Err(vm.new_exception(vm.exc.system_exit, args))
}

pub fn sys_getrecursionlimit(vm: &mut Vm, _a: Args) -> R {
    ret(Value::Int(vm.limits.recursion as i64))
}

pub fn sys_setrecursionlimit(vm: &mut Vm, a: Args) -> R {
    let n = int_of(vm, &a.pos.first().cloned().unwrap_or(Value::Int(1000)))?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    // Capped: every frame costs memory in the page.
    vm.limits.recursion = (n as usize).min(20_000);
    ret(Value::None)
}

fn math_unary(vm: &mut Vm, a: &Args, f: fn(f64) -> f64, name: &str) -> R {
    let x = match a.pos.first() {
        Some(Value::Int(i)) => *i as f64,
        Some(Value::Float(f)) => *f,
        Some(Value::Bool(b)) => *b as i64 as f64,
        Some(Value::BigInt(b)) => crate::vm::ops::big_to_f64(b),
        _ => return Err(vm.type_error(format!("must be real number, not {name}"))),
    };
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    ret(Value::Float(r))
}

pub fn math_sqrt(vm: &mut Vm, a: Args) -> R {
    math_unary(vm, &a, f64::sqrt, "sqrt")
}

pub fn math_floor(vm: &mut Vm, a: Args) -> R {
    match a.pos.first() {
        Some(Value::Float(f)) => ret(Value::from_bigint(num_bigint::BigInt::from(
            f.floor() as i128
        ))),
        Some(v @ (Value::Int(_) | Value::BigInt(_))) => ret(v.clone()),
        _ => Err(vm.type_error("must be real number")),
    }
}

pub fn math_ceil(vm: &mut Vm, a: Args) -> R {
    match a.pos.first() {
        Some(Value::Float(f)) => ret(Value::from_bigint(num_bigint::BigInt::from(
            f.ceil() as i128
        ))),
        Some(v @ (Value::Int(_) | Value::BigInt(_))) => ret(v.clone()),
        _ => Err(vm.type_error("must be real number")),
    }
}

impl Vm {
    fn new_module(&mut self, name: &str, entries: Vec<(&str, Value)>) -> Value {
        let dict = self.new_dict();
        self.dict_set_str(dict, Rc::from("__name__"), Value::str(name));
        for (k, v) in entries {
            self.dict_set_str(dict, Rc::from(k), v);
        }
        let m = self.alloc(Object::Module(Module {
            name: Rc::from(name),
            dict,
        }));
        Value::Obj(m)
    }

    pub fn native(&self, name: &str) -> Value {
        match self.natives.iter().position(|e| e.name == name) {
            Some(i) => Value::Native(crate::vm::value::NativeId(i as u16)),
            None => Value::None,
        }
    }

    /// `import name`: a built-in module, made on first use.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.get(name) {
            return Ok(m.clone());
        }
        let top = name.split('.').next().unwrap_or(name);
        let module = match top {
            "time" => {
                let entries = vec![
                    ("time", self.native("time")),
                    ("sleep", self.native("sleep")),
                    ("monotonic", self.native("monotonic")),
                    ("perf_counter", self.native("monotonic")),
                ];
                self.new_module("time", entries)
            }
            "greenlet" => {
                let entries = vec![
                    ("greenlet", Value::Obj(self.types.greenlet)),
                    ("getcurrent", self.native("getcurrent")),
                    ("GreenletExit", Value::Obj(self.exc.greenlet_exit)),
                    ("error", Value::Obj(self.exc.exception)),
                ];
                self.new_module("greenlet", entries)
            }
            "sys" => {
                let stdout = self.prelude_stream(1)?;
                let stderr = self.prelude_stream(2)?;
                let argv = self.new_list(vec![Value::Str(self.filename.clone())]);
                let entries = vec![
                    ("exit", self.native("exit")),
                    ("stdout", stdout),
                    ("stderr", stderr),
                    ("argv", argv),
                    ("getrecursionlimit", self.native("getrecursionlimit")),
                    ("setrecursionlimit", self.native("setrecursionlimit")),
                    ("version", Value::str("3.11.7 (coroscope)")),
                    ("maxsize", Value::Int(i64::MAX)),
                ];
                self.new_module("sys", entries)
            }
            "_coroscope" => {
                let names = [
                    "clock",
                    "advance_clock_to",
                    "main_greenlet",
                    "mark_hub",
                    "kill_unstarted",
                    "write_stderr",
                    "timestamp",
                    "print_greenlet_failure",
                    "warn",
                    "patch",
                    "note_sleep",
                    "traceback_len",
                    "truncate_traceback",
                    "add_exit_hook",
                    "make_module",
                    "module",
                    "set_thread_hooks",
                    "set_slice",
                    "thread_switch",
                    "mark_thread",
                    "print_thread_failure",
                    "block_forever",
                    "machine_yield",
                    "idle_until",
                    "net_event",
                    "shared",
                    "set_shared",
                ];
                let entries = names
                    .iter()
                    .map(|n| (*n, self.native(&format!("_coroscope.{n}"))))
                    .collect();
                self.new_module("_coroscope", entries)
            }
            "math" => {
                let entries = vec![
                    ("sqrt", self.native("sqrt")),
                    ("floor", self.native("floor")),
                    ("ceil", self.native("ceil")),
                    ("pi", Value::Float(std::f64::consts::PI)),
                    ("e", Value::Float(std::f64::consts::E)),
                    ("inf", Value::Float(f64::INFINITY)),
                ];
                self.new_module("math", entries)
            }
            _ => {
                return Err(self.error(
                    self.exc.module_not_found_error,
                    format!("No module named '{name}'"),
                ));
            }
        };
        self.modules.insert(Rc::from(top), module.clone());
        Ok(module)
    }

    /// `sys.stdout` / `sys.stderr`: the prelude's stream objects.
    fn prelude_stream(&mut self, fd: i64) -> PyResult<Value> {
        let class = self.prelude_fn("_Stream")?;
        let Value::Obj(cls) = class else {
            return Ok(Value::None);
        };
        let inst = self.alloc(Object::Instance(crate::vm::heap::Instance {
            class: cls,
            dict: Default::default(),
            payload: crate::vm::heap::Payload::None,
        }));
        if let Object::Instance(i) = self.get_mut(inst) {
            i.dict.insert(Rc::from("_fd"), Value::Int(fd));
        }
        Ok(Value::Obj(inst))
    }
}

// ---------------------------------------------------------------------- `_coroscope`
//
// Hooks that the engine's own Python modules (`gevent`, `threading`) need from the VM: the
// virtual clock, the hub's lane, warnings, and error reports in gevent's format.

/// The source of an engine module written in Python (`src/runtime/py/<name>.py`), as build.rs
/// embeds it: without comments, every line in its place.
macro_rules! python_module {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/runtime/py/", $name, ".py"))
    };
}

/// The Python sources of modules written in Python, by name.
/// The code of one of the engine's own Python sources (the prelude, `gevent`, `threading` …),
/// compiled once per thread. The sources are constants and a [`Code`] is immutable data shared
/// by `Rc` (no heap object in it), so every VM on the thread reuses the first compile: the page
/// starts a new VM at every edit, and parsing and compiling the prelude was most of that start.
pub fn internal_code(filename: &str, source: &'static str) -> Result<Rc<Code>, FrontEndError> {
    thread_local! {
        /// (file name, its code); a dozen entries at most, one per source.
        static COMPILED: RefCell<Vec<(String, Rc<Code>)>> = const { RefCell::new(Vec::new()) };
    }
    let known = COMPILED.with_borrow(|compiled| {
        (compiled.iter())
            .find(|(name, _)| name == filename)
            .map(|(_, code)| code.clone())
    });
    if let Some(code) = known {
        return Ok(code);
    }
    let code = compile::compile_internal(&parse::parse(source)?, filename)?;
    COMPILED.with_borrow_mut(|compiled| compiled.push((filename.to_owned(), code.clone())));
    Ok(code)
}

/// The code of the engine's Python module `name` (`gevent`, `threading` …), compiled once per
/// thread (see [`internal_code`]); `None` for a module written in Rust, or none at all. The VM's
/// imports come here, and so may a page that compiles a program's imports ahead of its run.
pub fn python_module_code(name: &str) -> Option<Result<Rc<Code>, FrontEndError>> {
    let source = python_module_source(name)?;
    Some(internal_code(&format!("<{name}>"), source))
}

pub fn python_module_source(name: &str) -> Option<&'static str> {
    match name {
        "gevent" => Some(python_module!("gevent")),
        "threading" => Some(python_module!("threading")),
        "socket" => Some(python_module!("socket")),
        "random" => Some(python_module!("random")),
        "functools" => Some(python_module!("functools")),
        "itertools" => Some(python_module!("itertools")),
        "operator" => Some(python_module!("operator")),
        "collections" => Some(python_module!("collections")),
        "queue" => Some(python_module!("queue")),
        "heapq" => Some(python_module!("heapq")),
        "contextlib" => Some(python_module!("contextlib")),
        "bisect" => Some(python_module!("bisect")),
        "string" => Some(python_module!("string")),
        "copy" => Some(python_module!("copy")),
        "_userkeys" => Some(python_module!("_userkeys")),
        _ => None,
    }
}

fn seconds_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<f64> {
    match v {
        Some(Value::Int(i)) => Ok(*i as f64),
        Some(Value::Float(f)) => Ok(*f),
        Some(Value::Bool(b)) => Ok(*b as i64 as f64),
        _ => Err(vm.type_error("a number is required")),
    }
}

/// `_coroscope.clock()`: the virtual clock in seconds.
pub fn co_clock(vm: &mut Vm, _a: Args) -> R {
    ret(Value::Float(vm.clock_ps as f64 / 1e12))
}

/// `_coroscope.advance_clock_to(t)`: nothing is ready, so time jumps to the next timer.
pub fn co_advance_clock_to(vm: &mut Vm, a: Args) -> R {
    let t = seconds_arg(vm, a.pos.first())?;
    let ps = (t * 1e12).clamp(0.0, 1.8e19) as u64;
    if ps > vm.clock_ps {
        vm.clock_ps = ps;
    }
    ret(Value::None)
}

pub fn co_main_greenlet(vm: &mut Vm, _a: Args) -> R {
    ret(Value::Obj(vm.main_greenlet))
}

/// `_coroscope.mark_hub(g)`: its lane is the `hub`.
pub fn co_mark_hub(vm: &mut Vm, a: Args) -> R {
    if let Some(Value::Obj(g)) = a.pos.first() {
        let lane = vm.greenlet_lane(*g);
        if let Some(info) = vm.trace.coros.get_mut(lane as usize) {
            info.label = "hub".into();
            info.kind = crate::trace::CoroKind::Hub;
        }
        if let Some(gl) = vm.greenlet_mut(*g) {
            gl.label_pending = false;
        }
    }
    ret(Value::None)
}

/// `_coroscope.kill_unstarted(g)`: a greenlet killed before it ran is dead without running.
pub fn co_kill_unstarted(vm: &mut Vm, a: Args) -> R {
    if let Some(Value::Obj(g)) = a.pos.first() {
        if let Some(gl) = vm.greenlet_mut(*g) {
            if gl.state == crate::vm::heap::GreenletState::NotStarted {
                gl.state = crate::vm::heap::GreenletState::Dead;
            }
        }
    }
    ret(Value::None)
}

pub fn co_write_stderr(vm: &mut Vm, a: Args) -> R {
    if let Some(Value::Str(s)) = a.pos.first() {
        let s = s.clone();
        vm.write_stderr(&s);
    }
    ret(Value::None)
}

/// `_coroscope.timestamp()`: the virtual clock as gevent's UTC timestamp (`2023-11-14T22:13:20Z`).
pub fn co_timestamp(vm: &mut Vm, _a: Args) -> R {
    let secs = EPOCH_SECONDS as i64 + (vm.clock_ps / 1_000_000_000_000) as i64;
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    let text = format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    );
    ret(Value::Str(Rc::from(text)))
}

/// `_coroscope.print_greenlet_failure(exc)`: the traceback gevent prints for a greenlet that
/// raised, whose first frame is gevent's compiled `Greenlet.run`.
pub fn co_print_greenlet_failure(vm: &mut Vm, a: Args) -> R {
    let exc = a.pos.first().cloned().unwrap_or(Value::None);
    let report = vm.format_exception(&exc);
    let header = "Traceback (most recent call last):\n";
    let gevent_frame =
        "  File \"src/gevent/greenlet.py\", line 912, in gevent._gevent_cgreenlet.Greenlet.run\n";
    let text = match report.strip_prefix(header) {
        Some(rest) => format!("{header}{gevent_frame}{rest}"),
        None => format!("{header}{gevent_frame}{report}"),
    };
    vm.write_stderr(&text);
    ret(Value::None)
}

/// `_coroscope.warn(category_name, message)`: a warning attributed to the innermost frame of the
/// user's program, shown once per place (Python's default filter).
pub fn co_warn(vm: &mut Vm, a: Args) -> R {
    let (Some(Value::Str(category)), Some(Value::Str(message))) = (a.pos.first(), a.pos.get(1))
    else {
        return ret(Value::None);
    };
    let (category, message) = (category.clone(), message.clone());
    let place = vm
        .frames
        .iter()
        .rev()
        .find(|f| !f.code.is_internal)
        .map(|f| (f.code.filename.clone(), f.line()));
    let Some((file, line)) = place else {
        return ret(Value::None);
    };
    let key = format!("{file}:{line}:{category}:{message}");
    // A list, not a set: a program shows few warnings (and std's BTreeSet cost 2 KB of wasm).
    if vm.warnings_shown.contains(&key) {
        return ret(Value::None);
    }
    vm.warnings_shown.push(key);
    let mut text = format!("{file}:{line}: {category}: {message}\n");
    if let Some(src) = vm.source_lines.get(line as usize - 1) {
        text.push_str(&format!("  {}\n", src.trim()));
    }
    vm.write_stderr(&text);
    ret(Value::None)
}

/// `_coroscope.note_sleep(deadline)`: the running greenlet sleeps until the clock reads
/// `deadline` seconds (a `Sleep` event for the timeline; the hub does the waking).
pub fn co_note_sleep(vm: &mut Vm, a: Args) -> R {
    let t = seconds_arg(vm, a.pos.first())?;
    let until_ns = (t * 1e9).clamp(0.0, 1.8e19) as u64;
    let lane = vm.lane;
    vm.event(EventKind::Sleep {
        coro: lane,
        until_ns,
    });
    ret(Value::None)
}

/// `_coroscope.traceback_len(exc)`: how many frames `exc`'s traceback holds so far.
pub fn co_traceback_len(vm: &mut Vm, a: Args) -> R {
    let len = a
        .pos
        .first()
        .and_then(|e| vm.exc_data(e))
        .map_or(0, |d| d.traceback.len());
    ret(Value::Int(len as i64))
}

/// `_coroscope.truncate_traceback(exc, n)`: drop the frames added after the first `n`, as
/// `exc.__traceback__ = saved` does in CPython (contextlib restores the with-block's traceback
/// after throwing the exception into the generator, which added the generator's frame).
pub fn co_truncate_traceback(vm: &mut Vm, a: Args) -> R {
    let n = match a.pos.get(1) {
        Some(Value::Int(n)) => (*n).max(0) as usize,
        _ => return ret(Value::None),
    };
    if let Some(d) = a.pos.first().and_then(|e| vm.exc_data_mut(e)) {
        d.traceback.truncate(n);
    }
    ret(Value::None)
}

pub fn co_patch(vm: &mut Vm, a: Args) -> R {
    if let Some(Value::Str(s)) = a.pos.first() {
        if !vm.patched.iter().any(|p| **p == **s) {
            vm.patched.push(s.to_string());
        }
    }
    ret(Value::None)
}

/// `_coroscope.add_exit_hook(f)`: run `f` in the main greenlet after the program's top level.
pub fn co_add_exit_hook(vm: &mut Vm, a: Args) -> R {
    if let Some(f) = a.pos.first() {
        if !vm.exit_hooks.iter().any(|h| h.is(f)) {
            vm.exit_hooks.push(f.clone());
        }
    }
    ret(Value::None)
}

/// `_coroscope.make_module(name, namespace)`: register a module (a submodule such as
/// `gevent.event`) made of these names.
pub fn co_make_module(vm: &mut Vm, a: Args) -> R {
    let (Some(Value::Str(name)), Some(Value::Obj(ns))) =
        (a.pos.first().cloned(), a.pos.get(1).cloned())
    else {
        return Err(vm.type_error("make_module(name, dict)"));
    };
    let m = vm.alloc(Object::Module(Module {
        name: name.clone(),
        dict: ns,
    }));
    vm.dict_set_str(ns, Rc::from("__name__"), Value::Str(name.clone()));
    vm.modules.insert(name, Value::Obj(m));
    ret(Value::Obj(m))
}

pub fn co_module(vm: &mut Vm, a: Args) -> R {
    let Some(Value::Str(name)) = a.pos.first() else {
        return ret(Value::None);
    };
    ret(vm.modules.get(&**name).cloned().unwrap_or(Value::None))
}

#[cfg(test)]
mod tests {
    use super::python_module_source;
    use crate::lang::{compile, parse};
    use crate::runtime::bootstrap::PRELUDE;

    /// What the engine makes of `source`: its code, every line and column included.
    fn compiled(source: &str, file: &str) -> std::rc::Rc<crate::lang::op::Code> {
        let module = parse::parse(source).unwrap_or_else(|e| panic!("{file}: {e:?}"));
        compile::compile_internal(&module, file).unwrap_or_else(|e| panic!("{file}: {e:?}"))
    }

    #[test]
    fn internal_code_is_compiled_once_per_thread() {
        let source = python_module_source("heapq").unwrap();
        let first = super::internal_code("<heapq>", source).unwrap();
        let again = super::internal_code("<heapq>", source).unwrap();
        assert!(std::rc::Rc::ptr_eq(&first, &again));
        assert_eq!(*first, *compiled(source, "<heapq>"));
    }

    #[test]
    fn the_embedded_python_sources_compile_to_the_code_of_the_originals() {
        let runtime = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/runtime");
        let mut pairs = vec![("prelude.py".to_owned(), PRELUDE)];
        for entry in std::fs::read_dir(runtime.join("py")).unwrap().flatten() {
            let file = entry.file_name().to_string_lossy().into_owned();
            if let Some(name) = file.strip_suffix(".py") {
                let embedded = python_module_source(name)
                    .unwrap_or_else(|| panic!("py/{file} is not a module of python_module_source"));
                pairs.push((format!("py/{file}"), embedded));
            }
        }
        assert!(pairs.len() > 10, "{pairs:?}");
        for (file, embedded) in pairs {
            let original = std::fs::read_to_string(runtime.join(&file)).unwrap();
            assert!(
                !embedded.lines().any(|l| l.trim_start().starts_with('#')),
                "{file}: a comment line is left"
            );
            assert!(embedded.len() < original.len(), "{file}: nothing stripped");
            assert_eq!(embedded.lines().count(), original.lines().count(), "{file}");
            assert!(
                compiled(embedded, &file) == compiled(&original, &file),
                "{file}: the stripped source compiles to other code"
            );
        }
    }
}

//! Importable modules: `greenlet`, `time` (on the virtual clock), `sys` and `math`.
//!
//! A module is made the first time it is imported and cached in `sys.modules`.

use std::rc::Rc;

use super::builtins::{int_of, ret, R};
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

    fn native(&self, name: &str) -> Value {
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

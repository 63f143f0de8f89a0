//! Calls: binding arguments to parameters, pushing frames, instantiating classes, and running
//! natives.
//!
//! A call never recurses in Rust: a Python callee becomes a new frame whose [`Delivery`] says
//! where its result goes; a native runs at once and may hand back a tail call.

use std::rc::Rc;

use super::frame::{Delivery, Frame};
use super::heap::{GenState, Generator, Object};
use super::value::{ObjId, Value};
use super::{Args, Outcome, PyResult, Vm};

impl Vm {
    /// Call `func` with `args`; its result goes where `delivery` says.
    pub fn call_value(&mut self, func: Value, args: Args, delivery: Delivery) -> PyResult<()> {
        // What is called may wrap what it calls (a bound method, a static method, `__call__`, a
        // native's tail call), to any depth: a loop unwraps it, not recursion.
        let (mut func, mut args) = (func, args);
        loop {
            (func, args) = match &func {
                Value::Obj(id) => {
                    let id = *id;
                    match self.heap.get(id) {
                        Object::Function(_) => return self.call_function(id, args, delivery),
                        Object::Class(_) => return self.call_class(id, args, delivery),
                        Object::Instance(_) => match self.lookup_special(&func, "__call__") {
                            Some(call) => (self.bind(call, func.clone()), args),
                            None => return Err(self.not_callable(&func)),
                        },
                        Object::StaticMethod(f) => (f.clone(), args),
                        _ => return Err(self.not_callable(&func)),
                    }
                }
                Value::Method(_) => {
                    // A method of a method …: the innermost receiver goes first.
                    let mut receivers = Vec::with_capacity(args.pos.len() + 1);
                    let mut inner = func.clone();
                    while let Value::Method(m) = &inner {
                        receivers.push(m.receiver.clone());
                        let f = m.func.clone();
                        inner = f;
                    }
                    receivers.reverse();
                    receivers.extend(args.pos);
                    let args = Args {
                        pos: receivers,
                        kw: args.kw,
                    };
                    (inner, args)
                }
                Value::Native(n) => {
                    let native = self.natives.get(n.0 as usize).map(|e| e.func);
                    let Some(native) = native else {
                        return Err(self.not_callable(&func));
                    };
                    match native(self, args)? {
                        Outcome::Return(v) => return self.deliver(v, delivery),
                        Outcome::TailCall(f, a) => (f, a),
                        Outcome::Done => return Ok(()),
                    }
                }
                _ => return Err(self.not_callable(&func)),
            };
        }
    }

    fn not_callable(&mut self, v: &Value) -> Value {
        let name = self.type_name(v);
        self.type_error(format!("'{name}' object is not callable"))
    }

    /// Hand a result that did not come from a frame (a native's) to its destination.
    pub fn deliver(&mut self, v: Value, delivery: Delivery) -> PyResult<()> {
        match delivery {
            Delivery::Push | Delivery::ForIterNext => self.push_result(v),
            Delivery::PushInstead(x) => self.push_result(x),
            Delivery::Import(_) => {}
            Delivery::GreenletRun => self.greenlet_returned(v),
            Delivery::Main => self.main_finished(),
            Delivery::MakeClass { name, bases } => {
                let cls = self.make_class(name, bases, v)?;
                self.push_result(cls);
            }
            Delivery::Generator(..) => self.push_result(v),
            Delivery::Discard => {}
        }
        Ok(())
    }

    /// Bind a function found on a class to its receiver (`obj.method`).
    pub fn bind(&self, func: Value, receiver: Value) -> Value {
        match &func {
            Value::Obj(id) => match self.heap.get(*id) {
                Object::Function(_) => {
                    Value::Method(Rc::new(super::value::BoundMethod { func, receiver }))
                }
                Object::StaticMethod(f) => f.clone(),
                Object::ClassMethod(f) => {
                    let cls = Value::Obj(self.type_of(&receiver));
                    Value::Method(Rc::new(super::value::BoundMethod {
                        func: f.clone(),
                        receiver: cls,
                    }))
                }
                _ => func,
            },
            Value::Native(n)
                if self
                    .natives
                    .get(n.0 as usize)
                    .map(|e| e.is_method)
                    .unwrap_or(false) =>
            {
                Value::Method(Rc::new(super::value::BoundMethod { func, receiver }))
            }
            _ => func,
        }
    }

    /// Call a Python function: a new frame on the running coroutine, or a new generator.
    fn call_function(&mut self, id: ObjId, args: Args, delivery: Delivery) -> PyResult<()> {
        let Object::Function(f) = self.heap.get(id) else {
            return Ok(());
        };
        let code = f.code.clone();
        let globals = f.globals;
        let closure = f.closure.clone();
        if self.frames.len() >= self.limits.recursion {
            return Err(self.error(self.exc.recursion_error, "maximum recursion depth exceeded"));
        }
        let mut frame = Frame::new(code.clone(), globals, None, delivery.clone());
        self.bind_args(id, &mut frame, args)?;
        for _ in 0..code.cellvars.len() {
            let cell = self.alloc(Object::Cell(None));
            frame.cells.push(cell);
        }
        for (cell, slot) in &code.cell_params {
            let v = frame.locals.get(*slot as usize).cloned().flatten();
            if let Some(c) = frame.cells.get(*cell as usize) {
                *self.heap.get_mut(*c) = Object::Cell(v);
            }
        }
        frame.cells.extend(closure);
        if code.is_generator {
            let gen = self.alloc(Object::Generator(Generator {
                name: code.name.clone(),
                qualname: code.qualname.clone(),
                frame: Some(frame),
                state: GenState::Created,
                lane: None,
                resumer_lane: 0,
                class: self.generator_class(&code),
                internal: code.is_internal,
            }));
            return self.deliver(Value::Obj(gen), delivery);
        }
        self.frames.push(frame);
        Ok(())
    }

    /// Put the arguments in the new frame's parameter slots, with CPython's errors.
    fn bind_args(&mut self, func: ObjId, frame: &mut Frame, args: Args) -> PyResult<()> {
        let Object::Function(f) = self.heap.get(func) else {
            return Ok(());
        };
        let code = f.code.clone();
        let defaults = f.defaults.clone();
        let kwdefaults = f.kwdefaults.clone();
        let qualname = f.qualname.clone();
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let posonly = code.posonlyargcount as usize;
        let mut pos = args.pos;
        let given = pos.len();
        let extra: Vec<Value> = if pos.len() > argcount {
            pos.split_off(argcount)
        } else {
            Vec::new()
        };
        for (i, v) in pos.into_iter().enumerate() {
            frame.locals[i] = Some(v);
        }
        let mut slot = argcount + kwonly;
        if code.has_varargs {
            frame.locals[slot] = Some(Value::tuple(extra));
            slot += 1;
        } else if !extra.is_empty() {
            let with_defaults = !defaults.is_empty();
            let takes = if with_defaults {
                format!("from {} to {}", argcount - defaults.len(), argcount)
            } else {
                argcount.to_string()
            };
            let plural = if argcount == 1 && !with_defaults {
                ""
            } else {
                "s"
            };
            let was = if given == 1 { "was" } else { "were" };
            return Err(self.type_error(format!(
                "{qualname}() takes {takes} positional argument{plural} but {given} {was} given"
            )));
        }
        let kwargs_dict = if code.has_varkw {
            let d = self.new_dict();
            frame.locals[slot] = Some(Value::Obj(d));
            Some(d)
        } else {
            None
        };
        for (name, v) in args.kw {
            let found = code.varnames[posonly..argcount + kwonly]
                .iter()
                .position(|n| **n == *name);
            match found {
                Some(i) => {
                    let i = i + posonly;
                    if frame.locals[i].is_some() {
                        return Err(self.type_error(format!(
                            "{qualname}() got multiple values for argument '{name}'"
                        )));
                    }
                    frame.locals[i] = Some(v);
                }
                None => match kwargs_dict {
                    Some(d) => {
                        self.dict_set_str(d, name, v);
                    }
                    None => {
                        return Err(self.type_error(format!(
                            "{qualname}() got an unexpected keyword argument '{name}'"
                        )))
                    }
                },
            }
        }
        // Defaults fill the last positional parameters.
        let first_default = argcount - defaults.len().min(argcount);
        let mut missing = Vec::new();
        for i in 0..argcount {
            if frame.locals[i].is_none() {
                if i >= first_default {
                    frame.locals[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(&qualname, "positional", &missing));
        }
        for i in argcount..argcount + kwonly {
            if frame.locals[i].is_none() {
                let name = &code.varnames[i];
                match kwdefaults.iter().find(|(n, _)| n == name) {
                    Some((_, v)) => frame.locals[i] = Some(v.clone()),
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(&qualname, "keyword-only", &missing));
        }
        Ok(())
    }

    /// How CPython names a callable in some call errors (`_PyObject_FunctionStr`): a function or
    /// class of the program as `__main__.K.m()`, a built-in as `print()`.
    pub fn function_str(&self, callable: &Value) -> String {
        let mut v = callable;
        while let Value::Method(m) = v {
            v = &m.func;
        }
        match v {
            Value::Obj(id) => match self.heap.get(*id) {
                Object::Function(f) if f.code.is_internal => format!("{}()", f.qualname),
                Object::Function(f) => format!("__main__.{}()", f.qualname),
                Object::Class(c) if &*c.module == "builtins" => format!("{}()", c.name),
                Object::Class(c) => format!("{}.{}()", c.module, c.name),
                _ => format!("{}()", self.type_name(v)),
            },
            _ => match self.callable_name(v) {
                Some(name) => format!("{name}()"),
                None => format!("{}()", self.type_name(v)),
            },
        }
    }

    fn missing_args(&mut self, qualname: &str, kind: &str, missing: &[Rc<str>]) -> Value {
        let quoted: Vec<String> = missing.iter().map(|n| format!("'{n}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        let n = missing.len();
        let s = if n == 1 { "" } else { "s" };
        self.type_error(format!(
            "{qualname}() missing {n} required {kind} argument{s}: {list}"
        ))
    }

    /// Instantiate a class: `__new__` (a native for built-in behaviour), then `__init__`.
    fn call_class(&mut self, cls: ObjId, args: Args, delivery: Delivery) -> PyResult<()> {
        let new = self.lookup_in_class(cls, "__new__");
        let obj = match new {
            Some(Value::Native(n)) => {
                let native = self.natives.get(n.0 as usize).map(|e| e.func);
                let Some(native) = native else { return Ok(()) };
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(Value::Obj(cls));
                pos.extend(args.pos.iter().cloned());
                match native(
                    self,
                    Args {
                        pos,
                        kw: args.kw.clone(),
                    },
                )? {
                    Outcome::Return(v) => v,
                    Outcome::TailCall(f, a) => return self.call_value(f, a, delivery),
                    Outcome::Done => return Ok(()),
                }
            }
            _ => return Err(self.type_error("cannot create instances of this class")),
        };
        // Built-in types other than `object` and exceptions build the whole value in `__new__`.
        let is_instance = matches!(&obj, Value::Obj(id) if matches!(self.heap.get(*id), Object::Instance(i) if i.class == cls));
        if !is_instance {
            return self.deliver(obj, delivery);
        }
        match self.lookup_in_class(cls, "__init__") {
            Some(init @ Value::Obj(_)) => {
                let bound = self.bind(init, obj.clone());
                self.call_value(bound, args, Delivery::PushInstead(obj))?;
                // The instance is pushed when `__init__` returns; other deliveries need it now.
                self.redirect_init_delivery(delivery)
            }
            Some(Value::Native(n)) => {
                let native = self.natives.get(n.0 as usize).map(|e| e.func);
                if let Some(native) = native {
                    let mut pos = Vec::with_capacity(args.pos.len() + 1);
                    pos.push(obj.clone());
                    pos.extend(args.pos);
                    native(self, Args { pos, kw: args.kw })?;
                }
                self.deliver(obj, delivery)
            }
            _ => self.deliver(obj, delivery),
        }
    }

    /// `__init__` frames deliver with `PushInstead`; when the class call itself had another
    /// delivery (a greenlet's `run` that is a class, say), fix the frame's delivery up.
    fn redirect_init_delivery(&mut self, delivery: Delivery) -> PyResult<()> {
        if let Delivery::Push = delivery {
            return Ok(());
        }
        if let Some(top) = self.frames.last_mut() {
            if let Delivery::PushInstead(_) = top.delivery {
                // Rare: keep the instance result, but deliver as asked.
                top.delivery = delivery;
            }
        }
        Ok(())
    }
}

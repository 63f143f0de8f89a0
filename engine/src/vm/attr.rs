//! Attribute access: `obj.name` for instances, classes, modules and built-in values.
//!
//! A look-up may need Python code to run (a `property` getter, `__getattr__`): then it answers
//! [`Lookup::Call`] and the caller turns that into a frame, so no Python call becomes a Rust call.

use std::rc::Rc;

use super::heap::{GreenletState, Object, Payload};
use super::value::Value;
use super::{Args, PyResult, Vm};

/// The result of reading an attribute.
pub enum Lookup {
    Found(Value),
    /// Call this with these arguments; its result is the attribute's value.
    Call(Value, Args),
}

impl Vm {
    /// `obj.name`, when the caller can handle a getter that must run Python code.
    pub fn load_attr(&mut self, obj: &Value, name: &Rc<str>) -> PyResult<Lookup> {
        if let Some(v) = self.special_attr(obj, name) {
            return Ok(Lookup::Found(v));
        }
        match obj {
            Value::Obj(id) => {
                let id = *id;
                match self.heap.get(id) {
                    Object::Instance(inst) => {
                        let class = inst.class;
                        let in_class = self.lookup_in_class(class, name);
                        if let Some(Value::Obj(p)) = &in_class {
                            if let Object::Property { fget, .. } = self.heap.get(*p) {
                                return Ok(Lookup::Call(
                                    fget.clone(),
                                    Args::positional(vec![obj.clone()]),
                                ));
                            }
                        }
                        if let Object::Instance(inst) = self.heap.get(id) {
                            if let Some(v) = inst.dict.get(&**name) {
                                return Ok(Lookup::Found(v.clone()));
                            }
                        }
                        if let Some(v) = in_class {
                            return Ok(Lookup::Found(self.bind(v, obj.clone())));
                        }
                        if let Some(getattr) = self.lookup_in_class(class, "__getattr__") {
                            let bound = self.bind(getattr, obj.clone());
                            return Ok(Lookup::Call(
                                bound,
                                Args::positional(vec![Value::Str(name.clone())]),
                            ));
                        }
                        Err(self.no_attribute(obj, name))
                    }
                    Object::Class(_) => match self.lookup_in_class(id, name) {
                        Some(v) => Ok(Lookup::Found(self.unwrap_class_attr(v, id))),
                        None => {
                            let cname = self
                                .class(id)
                                .map(|c| c.name.clone())
                                .unwrap_or_else(|| Rc::from("?"));
                            Err(self.attribute_error(format!(
                                "type object '{cname}' has no attribute '{name}'"
                            )))
                        }
                    },
                    Object::Module(m) => {
                        let (dict, mname) = (m.dict, m.name.clone());
                        match self.dict_get_str(dict, name) {
                            Some(v) => Ok(Lookup::Found(v)),
                            None => Err(self.attribute_error(format!(
                                "module '{mname}' has no attribute '{name}'"
                            ))),
                        }
                    }
                    Object::Function(f) => match f.dict.get(&**name) {
                        Some(v) => Ok(Lookup::Found(v.clone())),
                        None => self.type_attr(obj, name),
                    },
                    Object::Super {
                        class,
                        obj: receiver,
                    } => {
                        let (class, receiver) = (*class, receiver.clone());
                        let start_type = match &receiver {
                            Value::Obj(r) if matches!(self.heap.get(*r), Object::Class(_)) => *r,
                            _ => self.type_of(&receiver),
                        };
                        let mro = self
                            .class(start_type)
                            .map(|c| c.mro.clone())
                            .unwrap_or_default();
                        let after = mro
                            .iter()
                            .position(|c| *c == class)
                            .map(|i| i + 1)
                            .unwrap_or(mro.len());
                        for c in &mro[after..] {
                            if let Some(v) = self
                                .class(*c)
                                .and_then(|cls| cls.dict.get(&**name).cloned())
                            {
                                return Ok(Lookup::Found(self.bind(v, receiver)));
                            }
                        }
                        Err(self
                            .attribute_error(format!("'super' object has no attribute '{name}'")))
                    }
                    _ => self.type_attr(obj, name),
                }
            }
            _ => self.type_attr(obj, name),
        }
    }

    /// `obj.name` where no Python getter is expected; a getter that needs Python is an error here.
    pub fn get_attr(&mut self, obj: &Value, name: &Rc<str>) -> PyResult<Value> {
        match self.load_attr(obj, name)? {
            Lookup::Found(v) => Ok(v),
            Lookup::Call(..) => {
                Err(self.runtime_error(format!("attribute '{name}' needs Python code here")))
            }
        }
    }

    /// Look `name` up on the value's type (built-in methods such as `str.upper`).
    fn type_attr(&mut self, obj: &Value, name: &Rc<str>) -> PyResult<Lookup> {
        let t = self.type_of(obj);
        match self.lookup_in_class(t, name) {
            Some(v) => Ok(Lookup::Found(self.bind(v, obj.clone()))),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    fn no_attribute(&mut self, obj: &Value, name: &str) -> Value {
        let t = self.type_name(obj);
        self.attribute_error(format!("'{t}' object has no attribute '{name}'"))
    }

    /// A class attribute read from the class itself: functions stay plain, class methods bind to
    /// the class, static methods unwrap.
    fn unwrap_class_attr(&self, v: Value, class: super::value::ObjId) -> Value {
        if let Value::Obj(id) = &v {
            match self.heap.get(*id) {
                Object::StaticMethod(f) => return f.clone(),
                Object::ClassMethod(f) => {
                    return Value::Method(Rc::new(super::value::BoundMethod {
                        func: f.clone(),
                        receiver: Value::Obj(class),
                    }))
                }
                _ => {}
            }
        }
        v
    }

    /// Attributes that come from native state rather than a dict.
    fn special_attr(&mut self, obj: &Value, name: &str) -> Option<Value> {
        if name == "__class__" {
            return Some(Value::Obj(self.type_of(obj)));
        }
        if name == "__dict__" {
            if let Value::Obj(id) = obj {
                if let Object::Instance(inst) = self.heap.get(*id) {
                    // A copy: an instance keeps its attributes itself, not in a dict object, so
                    // writing through `obj.__dict__[k]` does not reach it (a known gap).
                    let items: Vec<(Rc<str>, Value)> = inst
                        .dict
                        .iter()
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .collect();
                    let d = self.new_dict();
                    for (k, v) in items {
                        self.dict_set_str(d, k, v);
                    }
                    return Some(Value::Obj(d));
                }
            }
        }
        match obj {
            Value::Obj(id) => match self.heap.get(*id) {
                Object::Instance(inst) => match &inst.payload {
                    Payload::Exception(d) => match name {
                        "args" => Some(Value::tuple(d.args.clone())),
                        "value" if self.exc_matches(obj, self.exc.stop_iteration) => {
                            Some(d.args.first().cloned().unwrap_or(Value::None))
                        }
                        "__cause__" => Some(d.cause.clone().unwrap_or(Value::None)),
                        "__context__" => Some(d.context.clone().unwrap_or(Value::None)),
                        "__suppress_context__" => Some(Value::Bool(d.suppress_context)),
                        "__traceback__" => Some(Value::None),
                        "name" if self.exc_matches(obj, self.exc.name_error) => Some(
                            d.missing_name
                                .as_ref()
                                .map(|(n, _)| Value::Str(n.clone()))
                                .unwrap_or(Value::None),
                        ),
                        _ => None,
                    },
                    Payload::Greenlet(g) => match name {
                        "dead" => Some(Value::Bool(g.state == GreenletState::Dead)),
                        "parent" => Some(g.parent.map(Value::Obj).unwrap_or(Value::None)),
                        "gr_frame" => Some(Value::None),
                        "run" => g.run.clone(),
                        _ => None,
                    },
                    Payload::None => None,
                },
                Object::Class(c) => match name {
                    "__name__" => Some(Value::Str(c.name.clone())),
                    "__qualname__" => Some(Value::Str(c.qualname.clone())),
                    "__module__" => Some(Value::Str(c.module.clone())),
                    "__bases__" => Some(Value::tuple(
                        c.bases.iter().map(|b| Value::Obj(*b)).collect(),
                    )),
                    "__mro__" => Some(Value::tuple(c.mro.iter().map(|b| Value::Obj(*b)).collect())),
                    _ => None,
                },
                Object::Function(f) => match name {
                    "__name__" => Some(Value::Str(f.name.clone())),
                    "__qualname__" => Some(Value::Str(f.qualname.clone())),
                    "__module__" => Some(Value::str("__main__")),
                    _ => None,
                },
                Object::Generator(g) => match name {
                    "__name__" => Some(Value::Str(g.name.clone())),
                    "__qualname__" => Some(Value::Str(g.qualname.clone())),
                    "gi_running" => Some(Value::Bool(g.state == super::heap::GenState::Running)),
                    _ => None,
                },
                Object::Module(m) => match name {
                    "__name__" => Some(Value::Str(m.name.clone())),
                    _ => None,
                },
                Object::Range { start, stop, step } => match name {
                    "start" => Some(Value::Int(*start)),
                    "stop" => Some(Value::Int(*stop)),
                    "step" => Some(Value::Int(*step)),
                    _ => None,
                },
                Object::Slice { start, stop, step } => match name {
                    "start" => Some(start.clone()),
                    "stop" => Some(stop.clone()),
                    "step" => Some(step.clone()),
                    _ => None,
                },
                _ => None,
            },
            Value::Method(m) => match name {
                "__self__" => Some(m.receiver.clone()),
                "__func__" => Some(m.func.clone()),
                "__name__" => self.callable_name(&m.func).map(|n| Value::str(&n)),
                _ => None,
            },
            Value::Native(n) => match name {
                "__name__" => self.natives.get(n.0 as usize).map(|e| Value::str(e.name)),
                _ => None,
            },
            Value::Int(_) | Value::Bool(_) => match name {
                "real" | "numerator" => Some(match obj {
                    Value::Bool(b) => Value::Int(*b as i64),
                    other => other.clone(),
                }),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            },
            _ => None,
        }
    }

    /// `obj.name = v`. Returns a call to make when a property setter must run.
    pub fn store_attr(
        &mut self,
        obj: &Value,
        name: &Rc<str>,
        v: Value,
    ) -> PyResult<Option<(Value, Args)>> {
        match obj {
            Value::Obj(id) => {
                let id = *id;
                match self.heap.get(id) {
                    Object::Instance(inst) => {
                        let class = inst.class;
                        if let Some(Value::Obj(p)) = self.lookup_in_class(class, name) {
                            if let Object::Property { fset, .. } = self.heap.get(p) {
                                if fset.is_none() {
                                    let cname = self.type_name(obj);
                                    return Err(self.attribute_error(format!(
                                        "property '{name}' of '{cname}' object has no setter"
                                    )));
                                }
                                return Ok(Some((
                                    fset.clone(),
                                    Args::positional(vec![obj.clone(), v]),
                                )));
                            }
                        }
                        let is_exc = self.exc_data(obj).is_some();
                        if is_exc {
                            match &**name {
                                "__cause__" => {
                                    let cause = if v.is_none() { None } else { Some(v) };
                                    if let Some(d) = self.exc_data_mut(obj) {
                                        d.cause = cause;
                                        d.suppress_context = true;
                                    }
                                    return Ok(None);
                                }
                                "__context__" => {
                                    let ctx = if v.is_none() { None } else { Some(v) };
                                    if let Some(d) = self.exc_data_mut(obj) {
                                        d.context = ctx;
                                    }
                                    return Ok(None);
                                }
                                "args" => {
                                    let args = self.iterate_native(&v)?;
                                    if let Some(d) = self.exc_data_mut(obj) {
                                        d.args = args;
                                    }
                                    return Ok(None);
                                }
                                _ => {}
                            }
                        }
                        if &**name == "parent" {
                            if let (Some(_), Value::Obj(p)) = (self.greenlet(id), &v) {
                                let p = *p;
                                if let Some(g) = self.greenlet_mut(id) {
                                    g.parent = Some(p);
                                }
                                return Ok(None);
                            }
                        }
                        if &**name == "run" && self.greenlet(id).is_some() {
                            if let Some(g) = self.greenlet_mut(id) {
                                g.run = Some(v);
                            }
                            return Ok(None);
                        }
                        if let Object::Instance(inst) = self.heap.get_mut(id) {
                            inst.dict.insert(name.clone(), v);
                        }
                        Ok(None)
                    }
                    Object::Class(class) => {
                        // Renaming a class, as collections.namedtuple does with the class it
                        // makes, changes its repr, its instances' reprs and its tracebacks.
                        let renames = matches!(&**name, "__name__" | "__qualname__");
                        if renames && !matches!(v, Value::Str(_)) {
                            let cname = class.name.clone();
                            let t = self.type_name(&v);
                            return Err(self.type_error(format!(
                                "can only assign string to {cname}.{name}, not '{t}'"
                            )));
                        }
                        if let Object::Class(c) = self.heap.get_mut(id) {
                            match (&**name, v) {
                                ("__name__", Value::Str(s)) => c.name = s,
                                ("__qualname__", Value::Str(s)) => c.qualname = s,
                                ("__module__", Value::Str(s)) => c.module = s,
                                (_, v) => {
                                    c.dict.insert(name.clone(), v);
                                }
                            }
                        }
                        Ok(None)
                    }
                    Object::Function(_) => {
                        // `functools.wraps` renames the wrapper: its repr and its generators'
                        // names use the new name, as in CPython (tracebacks keep the code's).
                        let renames = matches!(&**name, "__name__" | "__qualname__");
                        if renames && !matches!(v, Value::Str(_)) {
                            return Err(
                                self.type_error(format!("{name} must be set to a string object"))
                            );
                        }
                        if let Object::Function(f) = self.heap.get_mut(id) {
                            match (&**name, v) {
                                ("__name__", Value::Str(s)) => f.name = s,
                                ("__qualname__", Value::Str(s)) => f.qualname = s,
                                (_, v) => {
                                    f.dict.insert(name.clone(), v);
                                }
                            }
                        }
                        Ok(None)
                    }
                    Object::Module(m) => {
                        let d = m.dict;
                        self.dict_set_str(d, name.clone(), v);
                        Ok(None)
                    }
                    _ => Err(self.no_attribute(obj, name)),
                }
            }
            _ => Err(self.no_attribute(obj, name)),
        }
    }

    pub fn delete_attr(&mut self, obj: &Value, name: &Rc<str>) -> PyResult<()> {
        if let Value::Obj(id) = obj {
            let removed = match self.heap.get_mut(*id) {
                Object::Instance(inst) => inst.dict.shift_remove(&**name).is_some(),
                Object::Class(c) => c.dict.shift_remove(&**name).is_some(),
                Object::Function(f) => f.dict.shift_remove(&**name).is_some(),
                Object::Module(m) => {
                    let d = m.dict;
                    self.dict_del_str(d, name)
                }
                _ => false,
            };
            if removed {
                return Ok(());
            }
        }
        Err(self.no_attribute(obj, name))
    }
}

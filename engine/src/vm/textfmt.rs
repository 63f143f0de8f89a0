//! The VM's side of text formatting: values seen through `runtime::format::FormatArg`, for
//! `format()`, f-strings, `str.format` and `%`.
//!
//! Values whose text needs Python code (`__str__`, `__repr__`, `__format__`) are sent to the
//! prelude before they get here; this module only handles built-in behaviour.

use std::rc::Rc;

use num_bigint::BigInt;

use super::heap::Object;
use super::ops::{ReprFailure, REPR_TOO_DEEP, STR_TOO_DEEP};
use super::value::Value;
use super::{PyResult, Vm};
use crate::runtime::format::{
    format_spec_float, format_spec_int_as, format_spec_str, percent_format, str_format, FormatArg,
    FormatError, FormatErrorKind, PercentArgs,
};

/// A value with the VM that can show it.
struct Arg<'a> {
    vm: &'a Vm,
    v: Value,
}

impl FormatArg for Arg<'_> {
    fn str_text(&self) -> Result<String, FormatError> {
        self.vm.try_str(&self.v).map_err(repr_failure)
    }

    fn repr_text(&self) -> Result<String, FormatError> {
        self.vm.try_repr(&self.v).map_err(repr_failure)
    }

    fn type_name(&self) -> String {
        self.vm.type_name(&self.v).to_string()
    }

    fn as_int(&self) -> Option<BigInt> {
        match &self.v {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Bool(b) => Some(BigInt::from(*b as i64)),
            Value::BigInt(b) => Some((**b).clone()),
            _ => None,
        }
    }

    fn as_float(&self) -> Option<f64> {
        match &self.v {
            Value::Float(f) => Some(*f),
            _ => None,
        }
    }

    fn as_char(&self) -> Option<char> {
        match &self.v {
            Value::Str(s) if s.chars().count() == 1 => s.chars().next(),
            _ => None,
        }
    }

    fn format_with_spec(&self, spec: &str) -> Result<String, FormatError> {
        format_builtin(self.vm, &self.v, spec)
    }

    fn get_item_index(&self, index: usize) -> Result<Box<dyn FormatArg + '_>, FormatError> {
        let item = match &self.v {
            Value::Tuple(t) => t.get(index).cloned(),
            Value::Obj(id) => match self.vm.heap.get(*id) {
                Object::List(l) => l.get(index).cloned(),
                _ => None,
            },
            _ => None,
        };
        match item {
            Some(v) => Ok(Box::new(Arg { vm: self.vm, v })),
            None => Err(FormatError::new(
                FormatErrorKind::IndexError,
                "list index out of range",
            )),
        }
    }

    fn get_item_key(&self, key: &str) -> Result<Box<dyn FormatArg + '_>, FormatError> {
        if let Value::Obj(id) = &self.v {
            if let Object::Dict(d) = self.vm.heap.get(*id) {
                if let Some(v) = d.get(&super::dict::Key::Str(Rc::from(key))) {
                    return Ok(Box::new(Arg {
                        vm: self.vm,
                        v: v.clone(),
                    }));
                }
            }
        }
        Err(FormatError::new(FormatErrorKind::KeyError, key))
    }
}

fn repr_failure(e: ReprFailure) -> FormatError {
    match e {
        ReprFailure::TooDeep => FormatError::new(FormatErrorKind::RecursionError, REPR_TOO_DEEP),
        ReprFailure::StrTooDeep => FormatError::new(FormatErrorKind::RecursionError, STR_TOO_DEEP),
        ReprFailure::TooLong => FormatError::new(FormatErrorKind::MemoryError, ""),
    }
}

/// `format(v, spec)` for built-in types.
fn format_builtin(vm: &Vm, v: &Value, spec: &str) -> Result<String, FormatError> {
    match v {
        Value::Bool(b) if spec.is_empty() => Ok(if *b { "True".into() } else { "False".into() }),
        Value::Bool(b) => format_spec_int_as(&BigInt::from(*b as i64), spec, "bool"),
        Value::Int(i) => format_spec_int_as(&BigInt::from(*i), spec, "int"),
        Value::BigInt(b) => format_spec_int_as(b, spec, "int"),
        Value::Float(f) => format_spec_float(*f, spec),
        Value::Str(s) => format_spec_str(s, spec),
        other => {
            if spec.is_empty() {
                vm.try_str(other).map_err(repr_failure)
            } else {
                Err(FormatError::type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    vm.type_name(other)
                )))
            }
        }
    }
}

impl Vm {
    fn format_error(&mut self, e: FormatError) -> Value {
        match e.kind {
            FormatErrorKind::TypeError => self.type_error(e.message),
            FormatErrorKind::ValueError => self.value_error(e.message),
            FormatErrorKind::KeyError => self.key_error(Value::str(&e.message)),
            FormatErrorKind::IndexError => self.index_error(e.message),
            FormatErrorKind::OverflowError => self.overflow_error(e.message),
            FormatErrorKind::RecursionError => self.error(self.exc.recursion_error, e.message),
            FormatErrorKind::MemoryError => self.memory_error(),
            FormatErrorKind::Raised => self.runtime_error(e.message),
        }
    }

    /// `format(v, spec)` with built-in behaviour.
    pub fn format_with_spec(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            // `format(v, "")` is `str(v)`, with its errors for a too deeply nested container.
            return self.str_checked(v);
        }
        let r = format_builtin(self, v, spec);
        r.map_err(|e| self.format_error(e))
    }

    /// `fmt % args`.
    pub fn percent_format_value(&mut self, fmt: &Value, args: &Value) -> PyResult<Value> {
        let Value::Str(fmt) = fmt else {
            return Ok(Value::NotImplemented);
        };
        let is_mapping =
            matches!(args, Value::Obj(id) if matches!(self.heap.get(*id), Object::Dict(_)));
        let r = {
            let vm: &Vm = self;
            match args {
                Value::Tuple(items) => {
                    let wrapped: Vec<Arg> =
                        items.iter().map(|v| Arg { vm, v: v.clone() }).collect();
                    let refs: Vec<&dyn FormatArg> =
                        wrapped.iter().map(|a| a as &dyn FormatArg).collect();
                    percent_format(fmt, PercentArgs::Tuple(&refs))
                }
                _ if is_mapping => {
                    let whole = Arg {
                        vm,
                        v: args.clone(),
                    };
                    let get = |key: &str| -> Result<Box<dyn FormatArg + '_>, FormatError> {
                        whole.get_item_key(key)
                    };
                    percent_format(
                        fmt,
                        PercentArgs::Mapping {
                            value: &whole,
                            get: &get,
                        },
                    )
                }
                other => {
                    let single = Arg {
                        vm,
                        v: other.clone(),
                    };
                    percent_format(fmt, PercentArgs::Single(&single))
                }
            }
        };
        match r {
            Ok(s) => {
                self.check_len(s.len())?;
                Ok(Value::Str(Rc::from(s)))
            }
            Err(e) => Err(self.format_error(e)),
        }
    }

    /// `fmt.format(*pos, **kw)`.
    pub fn str_dot_format(
        &mut self,
        fmt: &str,
        pos: &[Value],
        kw: &[(Rc<str>, Value)],
    ) -> PyResult<String> {
        let r = {
            let vm: &Vm = self;
            let wrapped: Vec<Arg> = pos.iter().map(|v| Arg { vm, v: v.clone() }).collect();
            let refs: Vec<&dyn FormatArg> = wrapped.iter().map(|a| a as &dyn FormatArg).collect();
            let keyword = |name: &str| -> Option<Box<dyn FormatArg + '_>> {
                kw.iter()
                    .find(|(k, _)| &**k == name)
                    .map(|(_, v)| Box::new(Arg { vm, v: v.clone() }) as Box<dyn FormatArg>)
            };
            str_format(fmt, &refs, &keyword)
        };
        r.map_err(|e| self.format_error(e))
    }
}

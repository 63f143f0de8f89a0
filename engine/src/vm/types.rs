//! The built-in classes (`int`, `list`, `BaseException` …) as heap objects, and the type of a value.

use std::rc::Rc;

use indexmap::IndexMap;

use super::heap::{BuiltinType, Class, Object, Payload};
use super::value::{ObjId, Value};
use super::Vm;

/// Ids of the built-in classes, created once at start-up.
#[derive(Clone, Debug)]
pub struct Types {
    pub object: ObjId,
    pub type_: ObjId,
    pub none: ObjId,
    pub not_implemented: ObjId,
    pub ellipsis: ObjId,
    pub bool_: ObjId,
    pub int: ObjId,
    pub float: ObjId,
    pub str_: ObjId,
    pub bytes: ObjId,
    pub tuple: ObjId,
    pub list: ObjId,
    pub dict: ObjId,
    pub set: ObjId,
    pub frozenset: ObjId,
    pub function: ObjId,
    pub builtin_function: ObjId,
    pub method: ObjId,
    pub module: ObjId,
    pub cell: ObjId,
    pub generator: ObjId,
    pub iterator: ObjId,
    pub range: ObjId,
    pub slice: ObjId,
    pub property: ObjId,
    pub staticmethod: ObjId,
    pub classmethod: ObjId,
    pub super_: ObjId,
    pub greenlet: ObjId,
    /// The native iterators' types by name (`list_iterator`, `range_iterator` …): one class
    /// per [`super::heap::IterState::type_name`], so `type(it).__name__` is CPython's.
    pub iterator_types: Vec<(&'static str, ObjId)>,
    /// The types of [`PRELUDE_ITERATORS`], in its order.
    pub prelude_iterators: Vec<ObjId>,
}

/// Names of the native iterators' types (see [`super::heap::IterState::type_name`]).
pub const ITERATOR_TYPE_NAMES: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "bytes_iterator",
    "range_iterator",
    "dict_keyiterator",
    "list_reverseiterator",
    "reversed",
    "iterator",
];

/// Built-in iterator types that are implemented by a prelude generator function, because
/// producing an item runs Python code (`map`'s function, a generator being zipped):
/// (type name, prelude function). Calling the type calls the function; the generator it makes
/// has that type.
pub const PRELUDE_ITERATORS: &[(&str, &str)] = &[
    ("zip", "_zip"),
    ("map", "_map"),
    ("filter", "_filter"),
    ("enumerate", "_enumerate"),
    ("reversed", "_reversed"),
];

/// The built-in exception classes the VM raises itself.
#[derive(Clone, Debug)]
pub struct ExcTypes {
    pub base_exception: ObjId,
    pub exception: ObjId,
    pub system_exit: ObjId,
    pub generator_exit: ObjId,
    pub stop_iteration: ObjId,
    pub arithmetic_error: ObjId,
    pub zero_division_error: ObjId,
    pub overflow_error: ObjId,
    pub assertion_error: ObjId,
    pub attribute_error: ObjId,
    pub import_error: ObjId,
    pub module_not_found_error: ObjId,
    pub lookup_error: ObjId,
    pub index_error: ObjId,
    pub key_error: ObjId,
    pub memory_error: ObjId,
    pub name_error: ObjId,
    pub unbound_local_error: ObjId,
    pub runtime_error: ObjId,
    pub recursion_error: ObjId,
    pub not_implemented_error: ObjId,
    pub type_error: ObjId,
    pub value_error: ObjId,
    pub unicode_decode_error: ObjId,
    pub unicode_encode_error: ObjId,
    pub os_error: ObjId,
    pub greenlet_exit: ObjId,
    pub deprecation_warning: ObjId,
    /// Every built-in exception class by name, for the `builtins` module.
    pub all: Vec<(Rc<str>, ObjId)>,
}

/// The exception hierarchy: (name, parent). Parents come before children.
pub const EXCEPTION_TREE: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("FloatingPointError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("RuntimeError", "Exception"),
    ("RecursionError", "RuntimeError"),
    ("NotImplementedError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
];

/// `OSError(errno, strerror)` makes the subclass for `errno` (Linux numbers), as CPython does.
pub const OS_ERROR_BY_ERRNO: &[(i64, &str)] = &[
    (1, "PermissionError"),          // EPERM
    (2, "FileNotFoundError"),        // ENOENT
    (3, "ProcessLookupError"),       // ESRCH
    (4, "InterruptedError"),         // EINTR
    (10, "ChildProcessError"),       // ECHILD
    (11, "BlockingIOError"),         // EAGAIN
    (13, "PermissionError"),         // EACCES
    (17, "FileExistsError"),         // EEXIST
    (20, "NotADirectoryError"),      // ENOTDIR
    (21, "IsADirectoryError"),       // EISDIR
    (32, "BrokenPipeError"),         // EPIPE
    (103, "ConnectionAbortedError"), // ECONNABORTED
    (104, "ConnectionResetError"),   // ECONNRESET
    (108, "BrokenPipeError"),        // ESHUTDOWN
    (110, "TimeoutError"),           // ETIMEDOUT
    (111, "ConnectionRefusedError"), // ECONNREFUSED
    (114, "BlockingIOError"),        // EALREADY
    (115, "BlockingIOError"),        // EINPROGRESS
];

/// Attribute names the VM looks up itself, interned once.
#[derive(Clone, Debug)]
pub struct Names {
    pub init: Rc<str>,
    pub new: Rc<str>,
    pub call: Rc<str>,
    pub iter: Rc<str>,
    pub next: Rc<str>,
    pub enter: Rc<str>,
    pub exit: Rc<str>,
    pub run: Rc<str>,
    pub name: Rc<str>,
    pub classcell: Rc<str>,
    pub qualname: Rc<str>,
    pub module: Rc<str>,
}

impl Names {
    pub fn new() -> Names {
        Names {
            init: Rc::from("__init__"),
            new: Rc::from("__new__"),
            call: Rc::from("__call__"),
            iter: Rc::from("__iter__"),
            next: Rc::from("__next__"),
            enter: Rc::from("__enter__"),
            exit: Rc::from("__exit__"),
            run: Rc::from("run"),
            name: Rc::from("__name__"),
            classcell: Rc::from("__classcell__"),
            qualname: Rc::from("__qualname__"),
            module: Rc::from("__module__"),
        }
    }
}

impl Default for Names {
    fn default() -> Self {
        Names::new()
    }
}

/// Make a built-in class object. `bases` are already-made classes.
pub fn make_builtin_class(
    heap: &mut super::heap::Heap,
    name: &str,
    bases: &[ObjId],
    builtin: BuiltinType,
) -> ObjId {
    let id = heap.alloc(Object::Free);
    let mut mro = vec![id];
    for b in bases {
        if let Object::Class(c) = heap.get(*b) {
            for m in &c.mro {
                if !mro.contains(m) {
                    mro.push(*m);
                }
            }
        }
    }
    *heap.get_mut(id) = Object::Class(Class {
        name: Rc::from(name),
        qualname: Rc::from(name),
        module: Rc::from("builtins"),
        bases: bases.to_vec(),
        mro,
        dict: IndexMap::default(),
        builtin,
    });
    id
}

impl Vm {
    /// The type of a generator made by `code`: a prelude generator that implements a built-in
    /// iterator type has that type; every other one is a `generator`.
    pub fn generator_class(&self, code: &crate::lang::op::Code) -> ObjId {
        if code.is_internal {
            if let Some(i) = PRELUDE_ITERATORS
                .iter()
                .position(|(_, f)| *f == &*code.name)
            {
                if let Some(c) = self.types.prelude_iterators.get(i) {
                    return *c;
                }
            }
        }
        self.types.generator
    }

    /// The class of a value.
    pub fn type_of(&self, v: &Value) -> ObjId {
        let t = &self.types;
        match v {
            Value::None => t.none,
            Value::NotImplemented => t.not_implemented,
            Value::Ellipsis => t.ellipsis,
            Value::Bool(_) => t.bool_,
            Value::Int(_) | Value::BigInt(_) => t.int,
            Value::Float(_) => t.float,
            Value::Str(_) => t.str_,
            Value::Bytes(_) => t.bytes,
            Value::Tuple(_) => t.tuple,
            Value::Method(_) => t.method,
            Value::Native(_) => t.builtin_function,
            Value::Obj(id) => match self.heap.get(*id) {
                Object::List(_) => t.list,
                Object::Dict(_) => t.dict,
                Object::Set(s) if s.frozen => t.frozenset,
                Object::Set(_) => t.set,
                Object::Function(_) => t.function,
                Object::Class(_) => t.type_,
                Object::Instance(i) => i.class,
                Object::Module(_) => t.module,
                Object::Cell(_) => t.cell,
                Object::Generator(g) => g.class,
                Object::Iterator(it) => {
                    let name = it.type_name();
                    t.iterator_types
                        .iter()
                        .find(|(n, _)| *n == name)
                        .map(|(_, c)| *c)
                        .unwrap_or(t.iterator)
                }
                Object::Range { .. } => t.range,
                Object::Slice { .. } => t.slice,
                Object::Property { .. } => t.property,
                Object::StaticMethod(_) => t.staticmethod,
                Object::ClassMethod(_) => t.classmethod,
                Object::Super { .. } => t.super_,
                Object::Free | Object::Code(_) => t.object,
            },
        }
    }

    pub fn class(&self, id: ObjId) -> Option<&Class> {
        match self.heap.get(id) {
            Object::Class(c) => Some(c),
            _ => None,
        }
    }

    /// The name of a value's type, as error messages print it.
    pub fn type_name(&self, v: &Value) -> Rc<str> {
        let t = self.type_of(v);
        self.class(t)
            .map(|c| c.name.clone())
            .unwrap_or_else(|| Rc::from("object"))
    }

    /// `issubclass(sub, sup)` for class ids.
    pub fn is_subclass(&self, sub: ObjId, sup: ObjId) -> bool {
        match self.class(sub) {
            Some(c) => c.mro.contains(&sup),
            None => false,
        }
    }

    pub fn isinstance(&self, v: &Value, class: ObjId) -> bool {
        let t = self.type_of(v);
        t == class
            || self.is_subclass(t, class)
            || (class == self.types.int && matches!(v, Value::Bool(_)))
    }

    /// The built-in behaviour of a value's class.
    pub fn builtin_of(&self, v: &Value) -> BuiltinType {
        let t = self.type_of(v);
        self.class(t)
            .map(|c| c.builtin)
            .unwrap_or(BuiltinType::Object)
    }

    /// Is this value an exception instance?
    pub fn is_exception(&self, v: &Value) -> bool {
        match v {
            Value::Obj(id) => {
                matches!(self.heap.get(*id), Object::Instance(i) if matches!(i.payload, Payload::Exception(_)))
            }
            _ => false,
        }
    }

    /// Find `name` in the class's MRO.
    pub fn lookup_in_class(&self, class: ObjId, name: &str) -> Option<Value> {
        let c = self.class(class)?;
        for m in &c.mro {
            if let Some(cls) = self.class(*m) {
                if let Some(v) = cls.dict.get(name) {
                    return Some(v.clone());
                }
            }
        }
        None
    }

    /// Look up a special method on a value's type (Python looks these up on the type only).
    pub fn lookup_special(&self, v: &Value, name: &str) -> Option<Value> {
        let t = self.type_of(v);
        self.lookup_in_class(t, name)
    }

    /// Does a user-defined (Python) class in the value's MRO define `name`? Built-in behaviour is
    /// used otherwise.
    pub fn has_python_special(&self, v: &Value, name: &str) -> Option<Value> {
        if let Value::Obj(id) = v {
            if let Object::Instance(inst) = self.heap.get(*id) {
                let found = self.lookup_in_class(inst.class, name)?;
                if matches!(found, Value::Obj(f) if matches!(self.heap.get(f), Object::Function(_)))
                {
                    return Some(found);
                }
            }
        }
        None
    }
}

//! Values: what sits on an operand stack, in a local, or inside a container.
//!
//! Immutable values (numbers, strings, bytes, tuples, bound methods) live inline or behind an
//! `Rc`: sharing them can never be observed, so cloning the VM stays correct. Everything mutable
//! (lists, dicts, instances, functions, generators, greenlets …) lives in the [`Heap`] arena and is
//! addressed by an [`ObjId`]; cloning the heap clones the whole program state, which is what
//! checkpoints need.
//!
//! [`Heap`]: super::heap::Heap

use std::rc::Rc;

use num_bigint::BigInt;

/// Index of an object in the heap arena.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

/// Index of a native (Rust) function in the VM's native table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NativeId(pub u16);

#[derive(Clone, Debug)]
pub enum Value {
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    /// Small ints; results that overflow are promoted to `BigInt`.
    Int(i64),
    /// Only for values outside `i64` (the invariant keeps equality and hashing simple).
    BigInt(Rc<BigInt>),
    Float(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Value]>),
    /// A function bound to its receiver (`obj.method`).
    Method(Rc<BoundMethod>),
    /// A native function or method descriptor.
    Native(NativeId),
    /// Anything mutable or with identity: lists, dicts, classes, instances, functions …
    Obj(ObjId),
}

#[derive(Clone, Debug)]
pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        if items.is_empty() {
            return Value::empty_tuple();
        }
        Value::Tuple(Rc::from(items))
    }

    /// `()`: one shared object, as in CPython (nothing can tell the copies apart anyway).
    pub fn empty_tuple() -> Value {
        thread_local! {
            static EMPTY: Rc<[Value]> = Rc::from(Vec::new());
        }
        EMPTY.with(|e| Value::Tuple(e.clone()))
    }

    /// An int from a big integer, kept small when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    pub fn as_obj(&self) -> Option<ObjId> {
        match self {
            Value::Obj(id) => Some(*id),
            _ => None,
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity, as Python's `is` sees it.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Small ints are cached in CPython; every int we make behaves as cached.
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::BigInt(a), Value::BigInt(b)) => Rc::ptr_eq(a, b),
            (Value::Str(a), Value::Str(b)) => Rc::ptr_eq(a, b) || a == b,
            (Value::Bytes(a), Value::Bytes(b)) => Rc::ptr_eq(a, b),
            (Value::Tuple(a), Value::Tuple(b)) => {
                Rc::ptr_eq(a, b) || (a.is_empty() && b.is_empty())
            }
            (Value::Method(a), Value::Method(b)) => Rc::ptr_eq(a, b),
            (Value::Native(a), Value::Native(b)) => a == b,
            (Value::Obj(a), Value::Obj(b)) => a == b,
            _ => false,
        }
    }
}

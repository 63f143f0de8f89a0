//! Values: what sits on an operand stack, in a local, or inside a container.
//!
//! Immutable values (numbers, strings, bytes, tuples, bound methods) live inline or behind an
//! `Rc`: sharing them can never be observed, so cloning the VM stays correct. Everything mutable
//! (lists, dicts, instances, functions, generators, greenlets …) lives in the [`Heap`] arena and is
//! addressed by an [`ObjId`]; cloning the heap clones the whole program state, which is what
//! checkpoints need.
//!
//! Tuples and bound methods can nest without limit (`t = (t,)` a hundred thousand times), so
//! nothing may walk them by Rust recursion: freeing goes through [`TupleItems`]'s and
//! [`BoundMethod`]'s `Drop`, which empty the nested ones into a work list (what CPython's
//! "trashcan" does for the same reason).
//!
//! [`Heap`]: super::heap::Heap

use std::ops::Deref;
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
    Tuple(TupleItems),
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

/// A tuple's items, shared by every copy of the tuple (cloning is cheap; nothing can change
/// them). Dropping the last copy frees nested tuples and methods without recursion.
#[derive(Clone)]
pub struct TupleItems(Rc<[Value]>);

impl TupleItems {
    /// Are both the same tuple object (Python's `is`)?
    pub fn ptr_eq(&self, other: &TupleItems) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }

    /// Where the items are: the tuple's identity while it lives.
    pub fn as_ptr(&self) -> *const Value {
        self.0.as_ptr()
    }

    /// Is this the only holder of the items (so dropping it frees them)?
    pub fn is_unique(&self) -> bool {
        Rc::strong_count(&self.0) == 1
    }
}

impl Deref for TupleItems {
    type Target = [Value];

    fn deref(&self) -> &[Value] {
        &self.0
    }
}

impl From<Vec<Value>> for TupleItems {
    fn from(items: Vec<Value>) -> TupleItems {
        TupleItems(Rc::from(items))
    }
}

impl From<&[Value]> for TupleItems {
    fn from(items: &[Value]) -> TupleItems {
        TupleItems(Rc::from(items))
    }
}

/// Shallow: the items' own `Debug` would recurse as deep as the tuple nests.
impl std::fmt::Debug for TupleItems {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TupleItems(len {})", self.0.len())
    }
}

impl Drop for TupleItems {
    #[inline]
    fn drop(&mut self) {
        // Only the last holder's drop frees the items.
        if Rc::strong_count(&self.0) == 1 {
            self.free_nested();
        }
    }
}

impl TupleItems {
    /// The last holder is going: free the nested tuples and methods with a work list.
    fn free_nested(&mut self) {
        // Most tuples hold no tuple or method: a look at the kinds settles it.
        let holds_nested = |v: &Value| match v {
            Value::Tuple(t) => !t.is_empty(),
            Value::Method(_) => true,
            _ => false,
        };
        if !self.0.iter().any(holds_nested) {
            return;
        }
        if let Some(items) = Rc::get_mut(&mut self.0) {
            if items.iter().any(frees_nested) {
                let mut pending = Vec::new();
                take_nested(items, &mut pending);
                free_iteratively(pending);
            }
        }
    }
}

impl Drop for BoundMethod {
    fn drop(&mut self) {
        if frees_nested(&self.func) || frees_nested(&self.receiver) {
            let mut pending = Vec::new();
            take_nested([&mut self.func, &mut self.receiver], &mut pending);
            free_iteratively(pending);
        }
    }
}

/// Would dropping `v` free a tuple or method that holds values of its own (the only drops that
/// recurse)?
#[inline(always)]
fn frees_nested(v: &Value) -> bool {
    match v {
        Value::Tuple(t) => t.is_unique() && !t.is_empty(),
        Value::Method(m) => Rc::strong_count(m) == 1,
        _ => false,
    }
}

/// Move the values whose drop would recurse out of `items` (leaving `None`) onto `pending`.
fn take_nested<'a>(items: impl IntoIterator<Item = &'a mut Value>, pending: &mut Vec<Value>) {
    for item in items {
        if frees_nested(item) {
            pending.push(std::mem::replace(item, Value::None));
        }
    }
}

/// Drop `pending` and everything only it holds, one level at a time: each tuple or method is
/// emptied of its nested ones before it is dropped, so its own `Drop` finds nothing to do.
fn free_iteratively(mut pending: Vec<Value>) {
    while let Some(mut v) = pending.pop() {
        match &mut v {
            Value::Tuple(t) => {
                if let Some(items) = Rc::get_mut(&mut t.0) {
                    take_nested(items.iter_mut(), &mut pending);
                }
            }
            Value::Method(m) => {
                if let Some(m) = Rc::get_mut(m) {
                    take_nested([&mut m.func, &mut m.receiver], &mut pending);
                }
            }
            _ => {}
        }
        drop(v);
    }
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        if items.is_empty() {
            return Value::empty_tuple();
        }
        Value::Tuple(TupleItems::from(items))
    }

    /// `()`: one shared object, as in CPython (nothing can tell the copies apart anyway).
    pub fn empty_tuple() -> Value {
        thread_local! {
            static EMPTY: TupleItems = TupleItems::from(Vec::new());
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
            (Value::Tuple(a), Value::Tuple(b)) => a.ptr_eq(b) || (a.is_empty() && b.is_empty()),
            (Value::Method(a), Value::Method(b)) => Rc::ptr_eq(a, b),
            (Value::Native(a), Value::Native(b)) => a == b,
            (Value::Obj(a), Value::Obj(b)) => a == b,
            _ => false,
        }
    }
}

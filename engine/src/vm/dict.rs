//! Dicts and sets: insertion-ordered hash tables keyed by a value's [`Key`].
//!
//! A `Key` is the hashable identity of a value under Python's `==`: `1`, `1.0` and `True` are the
//! same key, as in Python. Lists, dicts and sets have no key (`unhashable type`). Objects with
//! identity (instances, functions, classes) are keyed by their id.
//!
//! An instance whose class defines `__hash__` in Python, or a tuple holding one, is a
//! [`Key::User`]: its hash is what `__hash__` returned, and it compares by identity here. Python's
//! `==` between such keys runs as Python code before the table is asked: the VM sees that a key
//! needs it ([`NotAKey::NeedsPython`]), the prelude's `_resolve_key` finds the stored key that
//! equals the value (same hash, then `is` or `==`, as CPython's lookup), and the operation runs
//! again with that key (`Vm::key_in`). A table counts its user keys: while it holds any, every
//! look-up goes that way, since a built-in key may equal a user key too.

use std::rc::Rc;

use indexmap::IndexMap;
use num_bigint::BigInt;

use super::value::{NativeId, ObjId, Value};

/// `Key`'s `Hash`, `PartialEq` and `Drop` never recurse: a tuple key may nest 100,000 deep.
/// Equality walks a work list, hashing reads the hash a tuple key computed when it was made,
/// and [`KeyTuple`]'s `Drop` empties nested tuples into a work list.
#[derive(Clone, Debug)]
pub enum Key {
    None,
    NotImplemented,
    Ellipsis,
    Int(i64),
    BigInt(Rc<BigInt>),
    /// A float that is not a whole number (whole floats become `Int`), by its bits.
    Float(u64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(KeyTuple),
    Native(NativeId),
    /// Bound methods compare by function and receiver: the two items, in that order.
    Method(KeyTuple),
    Id(ObjId),
    /// A value hashed by Python code (see the module's documentation).
    User(UserKey),
}

/// A value whose hash comes from a Python `__hash__`: that hash, and which object it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UserKey {
    /// What `hash()` of the value gives (never -1).
    pub hash: i64,
    pub identity: Identity,
}

/// Which object a [`UserKey`] stands for (Python's `is`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Identity {
    Obj(ObjId),
    /// A tuple holding such an instance, by the address of its items (the table keeps the
    /// tuple alive while the key is in it).
    Tuple(usize),
}

/// The keys of a tuple's items (or a bound method's function and receiver), with a hash of
/// them all computed once when the key is made (from the stored hashes of nested tuples), so
/// hashing a key never walks into it. CPython's own tuple hash, which sets need for their
/// order, is [`set::key_hash`](super::set::key_hash)'s business.
#[derive(Clone)]
pub struct KeyTuple {
    items: Rc<[Key]>,
    hash: u64,
}

impl KeyTuple {
    pub fn new(items: Vec<Key>) -> KeyTuple {
        use std::hash::{Hash, Hasher};
        let mut h = FxHasher::default();
        items.len().hash(&mut h);
        for k in &items {
            k.hash(&mut h);
        }
        KeyTuple {
            items: Rc::from(items),
            hash: h.finish(),
        }
    }

    pub fn items(&self) -> &[Key] {
        &self.items
    }
}

/// Shallow: the items' own `Debug` would recurse as deep as the tuple nests.
impl std::fmt::Debug for KeyTuple {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "KeyTuple(len {})", self.items.len())
    }
}

impl Drop for KeyTuple {
    fn drop(&mut self) {
        // Only the last holder frees the items; nested tuple keys go to a work list.
        let Some(items) = Rc::get_mut(&mut self.items) else {
            return;
        };
        let frees_nested = |k: &Key| match k {
            Key::Tuple(t) | Key::Method(t) => Rc::strong_count(&t.items) == 1,
            _ => false,
        };
        if !items.iter().any(frees_nested) {
            return;
        }
        let mut pending: Vec<Key> = Vec::new();
        let take = |items: &mut [Key], pending: &mut Vec<Key>| {
            for k in items.iter_mut().filter(|k| frees_nested(k)) {
                pending.push(std::mem::replace(k, Key::None));
            }
        };
        take(items, &mut pending);
        while let Some(mut k) = pending.pop() {
            if let Key::Tuple(t) | Key::Method(t) = &mut k {
                if let Some(items) = Rc::get_mut(&mut t.items) {
                    take(items, &mut pending);
                }
            }
            // Emptied of nested tuples above: its own drop is shallow.
            drop(k);
        }
    }
}

impl std::hash::Hash for Key {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // As `#[derive(Hash)]` would, except that a tuple contributes its stored hash.
        std::mem::discriminant(self).hash(state);
        match self {
            Key::None | Key::NotImplemented | Key::Ellipsis => {}
            Key::Int(i) => i.hash(state),
            Key::BigInt(b) => b.hash(state),
            Key::Float(bits) => bits.hash(state),
            Key::Str(s) => s.hash(state),
            Key::Bytes(b) => b.hash(state),
            Key::Tuple(t) | Key::Method(t) => t.hash.hash(state),
            Key::Native(n) => n.hash(state),
            Key::Id(id) => id.hash(state),
            Key::User(u) => u.hash(state),
        }
    }
}

impl PartialEq for Key {
    #[inline]
    fn eq(&self, other: &Key) -> bool {
        match (self, other) {
            (Key::Tuple(a), Key::Tuple(b)) | (Key::Method(a), Key::Method(b)) => tuples_equal(a, b),
            _ => flat_equal(self, other),
        }
    }
}

/// A tuple or a bound method: its key is a [`KeyTuple`].
fn is_nested(v: &Value) -> bool {
    matches!(v, Value::Tuple(_) | Value::Method(_))
}

/// A tuple key or a method key: they hold keys.
fn holds_keys(k: &Key) -> bool {
    matches!(k, Key::Tuple(_) | Key::Method(_))
}

/// Equality of two keys that are not both tuples (nor both methods).
#[inline]
fn flat_equal(a: &Key, b: &Key) -> bool {
    match (a, b) {
        (Key::None, Key::None)
        | (Key::NotImplemented, Key::NotImplemented)
        | (Key::Ellipsis, Key::Ellipsis) => true,
        (Key::Int(a), Key::Int(b)) => a == b,
        (Key::BigInt(a), Key::BigInt(b)) => a == b,
        (Key::Float(a), Key::Float(b)) => a == b,
        (Key::Str(a), Key::Str(b)) => a == b,
        (Key::Bytes(a), Key::Bytes(b)) => a == b,
        (Key::Native(a), Key::Native(b)) => a == b,
        (Key::Id(a), Key::Id(b)) => a == b,
        (Key::User(a), Key::User(b)) => a == b,
        _ => false,
    }
}

/// Equality of two tuple keys. Tuples of plain keys (the usual kind) are compared item by
/// item; tuples inside tuples go through a work list, not recursion.
fn tuples_equal(a: &KeyTuple, b: &KeyTuple) -> bool {
    if Rc::ptr_eq(&a.items, &b.items) {
        return true;
    }
    if a.hash != b.hash || a.items.len() != b.items.len() {
        return false;
    }
    if !a.items.iter().any(holds_keys) {
        return a
            .items
            .iter()
            .zip(b.items.iter())
            .all(|(x, y)| flat_equal(x, y));
    }
    let mut pending: Vec<(&Key, &Key)> = a.items.iter().zip(b.items.iter()).collect();
    while let Some(pair) = pending.pop() {
        match pair {
            (Key::Tuple(x), Key::Tuple(y)) | (Key::Method(x), Key::Method(y)) => {
                if Rc::ptr_eq(&x.items, &y.items) {
                    continue;
                }
                if x.hash != y.hash || x.items.len() != y.items.len() {
                    return false;
                }
                pending.extend(x.items.iter().zip(y.items.iter()));
            }
            (x, y) => {
                if !flat_equal(x, y) {
                    return false;
                }
            }
        }
    }
    true
}

impl Eq for Key {}

/// How a heap object is hashed (the VM tells; see [`Key::of`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObjHash {
    /// By identity (functions, classes, instances of classes without `__eq__`).
    Identity,
    /// Not at all: lists, dicts, sets, instances whose class sets `__hash__` to None or defines
    /// `__eq__` without `__hash__`.
    Unhashable,
    /// By its class's Python `__hash__`.
    Python,
}

/// Why a value has no [`Key`] of its own.
#[derive(Debug)]
pub enum NotAKey {
    /// This object (the value or an item of it) cannot be hashed: `unhashable type`.
    Unhashable(ObjId),
    /// Python code must hash it (and compare it with what the table holds).
    NeedsPython,
}

impl Key {
    /// The key of `v`, given how heap objects hash.
    pub fn of(v: &Value, unhashable: &dyn Fn(ObjId) -> ObjHash) -> Result<Key, NotAKey> {
        match v {
            Value::Tuple(items) if !items.iter().any(is_nested) => {
                let keys: Result<Vec<Key>, NotAKey> =
                    items.iter().map(|x| Key::of_flat(x, unhashable)).collect();
                Ok(Key::Tuple(KeyTuple::new(keys?)))
            }
            Value::Tuple(_) | Value::Method(_) => Key::of_nested(v, unhashable),
            _ => Key::of_flat(v, unhashable),
        }
    }

    /// The key of anything but a tuple or a bound method.
    fn of_flat(v: &Value, unhashable: &dyn Fn(ObjId) -> ObjHash) -> Result<Key, NotAKey> {
        Ok(match v {
            Value::None => Key::None,
            Value::NotImplemented => Key::NotImplemented,
            Value::Ellipsis => Key::Ellipsis,
            Value::Bool(b) => Key::Int(*b as i64),
            Value::Int(i) => Key::Int(*i),
            Value::BigInt(b) => Key::BigInt(b.clone()),
            Value::Float(f) => {
                if f.fract() == 0.0 && f.abs() < 9.0e18 {
                    Key::Int(*f as i64)
                } else if f.is_nan() {
                    Key::Float(f64::NAN.to_bits())
                } else {
                    Key::Float(f.to_bits())
                }
            }
            Value::Str(s) => Key::Str(s.clone()),
            Value::Bytes(b) => Key::Bytes(b.clone()),
            Value::Native(n) => Key::Native(*n),
            Value::Obj(id) => match unhashable(*id) {
                ObjHash::Identity => Key::Id(*id),
                ObjHash::Unhashable => return Err(NotAKey::Unhashable(*id)),
                ObjHash::Python => return Err(NotAKey::NeedsPython),
            },
            Value::Tuple(_) | Value::Method(_) => return Key::of_nested(v, unhashable),
        })
    }

    /// The key of a tuple or bound method, built bottom-up with an explicit stack of the
    /// tuples being keyed (each with the keys of its items so far) instead of recursion.
    fn of_nested(v: &Value, unhashable: &dyn Fn(ObjId) -> ObjHash) -> Result<Key, NotAKey> {
        /// A tuple (or method) whose items are being keyed.
        struct Open<'a> {
            items: Items<'a>,
            keys: Vec<Key>,
        }
        enum Items<'a> {
            Tuple(&'a [Value]),
            Method(&'a Value, &'a Value),
        }
        impl<'a> Items<'a> {
            fn get(&self, i: usize) -> Option<&'a Value> {
                match *self {
                    Items::Tuple(items) => items.get(i),
                    Items::Method(func, _) if i == 0 => Some(func),
                    Items::Method(_, receiver) if i == 1 => Some(receiver),
                    Items::Method(..) => None,
                }
            }
        }
        fn open(v: &Value) -> Option<Open<'_>> {
            match v {
                Value::Tuple(items) => Some(Open {
                    items: Items::Tuple(items),
                    keys: Vec::with_capacity(items.len()),
                }),
                Value::Method(m) => Some(Open {
                    items: Items::Method(&m.func, &m.receiver),
                    keys: Vec::with_capacity(2),
                }),
                _ => None,
            }
        }
        let Some(mut current) = open(v) else {
            return Key::of_flat(v, unhashable);
        };
        let mut enclosing: Vec<Open> = Vec::new();
        loop {
            if let Some(item) = current.items.get(current.keys.len()) {
                match open(item) {
                    Some(inner) => enclosing.push(std::mem::replace(&mut current, inner)),
                    None => {
                        let key = Key::of_flat(item, unhashable)?;
                        current.keys.push(key);
                    }
                }
                continue;
            }
            let tuple = KeyTuple::new(std::mem::take(&mut current.keys));
            let key = match current.items {
                Items::Method(..) => Key::Method(tuple),
                Items::Tuple(_) => Key::Tuple(tuple),
            };
            match enclosing.pop() {
                Some(parent) => {
                    current = parent;
                    current.keys.push(key);
                }
                None => return Ok(key),
            }
        }
    }
}

/// A fast, deterministic hasher for the engine's tables (the FxHash of rustc): namespaces and
/// attribute dicts are looked up on every `LOAD_GLOBAL` and `LOAD_ATTR`, and SipHash costs more
/// than the rest of such a look-up. Iteration order never depends on it (the maps keep insertion
/// order).
#[derive(Clone, Copy, Debug, Default)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl std::hash::Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn write_isize(&mut self, i: isize) {
        self.add(i as u64);
    }

    #[inline]
    fn write_i64(&mut self, i: i64) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Build [`FxHasher`]s (the hasher type parameter of the engine's maps).
pub type FxBuild = std::hash::BuildHasherDefault<FxHasher>;

/// A dict: key → (the key as first stored, value).
#[derive(Clone, Debug, Default)]
pub struct Dict {
    pub map: IndexMap<Key, (Value, Value), FxBuild>,
    /// Present while some key is a [`Key::User`]: then look-ups run Python's `==`.
    user: Option<Box<UserKeys>>,
}

/// Keys (with their first spelling) by their Python hash.
type HashIndex = std::collections::HashMap<i64, Vec<(Key, Value)>, FxBuild>;

/// What a dict holding keys hashed by Python code keeps besides its map.
#[derive(Clone, Debug)]
struct UserKeys {
    /// How many keys are [`Key::User`]s (at least one).
    count: usize,
    /// All the keys (with their first spelling) by their Python hash, made by the first
    /// [`Dict::keys_with_hash`] and then kept up to date (so that a look-up does not scan the
    /// whole dict).
    by_hash: Option<HashIndex>,
}

impl Dict {
    /// Does a look-up need Python code (some key is hashed by Python)?
    #[inline]
    pub fn has_user_keys(&self) -> bool {
        self.user.is_some()
    }

    /// The keys (as stored) whose hash is `hash`, in insertion order: what a look-up of a
    /// value with that hash compares it with.
    #[cold]
    #[inline(never)]
    pub fn keys_with_hash(&mut self, hash: i64) -> Vec<Value> {
        let map = &self.map;
        let Some(user) = &mut self.user else {
            // No user key yet (the first one's look-up): a scan, no index to keep.
            return (map.iter())
                .filter(|(k, _)| super::set::key_hash(k) == hash)
                .map(|(_, (kv, _))| kv.clone())
                .collect();
        };
        let by_hash = user.by_hash.get_or_insert_with(|| {
            let mut index = HashIndex::default();
            for (k, (kv, _)) in map.iter() {
                index
                    .entry(super::set::key_hash(k))
                    .or_default()
                    .push((k.clone(), kv.clone()));
            }
            index
        });
        let keys = by_hash.get(&hash).map(Vec::as_slice).unwrap_or_default();
        keys.iter().map(|(_, kv)| kv.clone()).collect()
    }

    /// Remove the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let (k, entry) = self.map.pop()?;
        if self.user.is_some() {
            self.forget(&k);
        }
        Some(entry)
    }

    pub fn clear(&mut self) {
        self.map.clear();
        self.user = None;
    }

    /// Bookkeeping for a key just added, when it or another key is a user key.
    #[cold]
    #[inline(never)]
    fn note_added(&mut self, k: &Key, key_value: &Value) {
        let user = self.user.get_or_insert_with(|| {
            Box::new(UserKeys {
                count: 0,
                by_hash: None,
            })
        });
        if matches!(k, Key::User(_)) {
            user.count += 1;
        }
        if let Some(index) = &mut user.by_hash {
            index
                .entry(super::set::key_hash(k))
                .or_default()
                .push((k.clone(), key_value.clone()));
        }
    }

    /// Bookkeeping for a key just removed from a dict holding user keys.
    #[cold]
    #[inline(never)]
    fn forget(&mut self, k: &Key) {
        let Some(user) = &mut self.user else {
            return;
        };
        if matches!(k, Key::User(_)) {
            user.count -= 1;
            if user.count == 0 {
                // Built-in keys only again: plain look-ups, no index.
                self.user = None;
                return;
            }
        }
        if let Some(index) = &mut user.by_hash {
            if let Some(keys) = index.get_mut(&super::set::key_hash(k)) {
                keys.retain(|(x, _)| x != k);
            }
        }
    }

    pub fn get(&self, k: &Key) -> Option<&Value> {
        self.map.get(k).map(|(_, v)| v)
    }

    /// Insert or replace; a replaced entry keeps its original key object and position.
    /// Set `k`; returns the value it replaces (the key keeps its place and first spelling).
    pub fn insert(&mut self, k: Key, key_value: Value, value: Value) -> Option<Value> {
        match self.map.get_mut(&k) {
            Some(slot) => Some(std::mem::replace(&mut slot.1, value)),
            None => {
                if self.user.is_some() || matches!(k, Key::User(_)) {
                    self.note_added(&k, &key_value);
                }
                self.map.insert(k, (key_value, value));
                None
            }
        }
    }

    pub fn remove(&mut self, k: &Key) -> Option<(Value, Value)> {
        let removed = self.map.shift_remove(k);
        if removed.is_some() && self.user.is_some() {
            self.forget(k);
        }
        removed
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// Sets live in `set.rs` (they replay CPython's table for its iteration order).
pub use super::set::PySet;

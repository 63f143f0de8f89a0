//! Dicts and sets: insertion-ordered hash tables keyed by a value's [`Key`].
//!
//! A `Key` is the hashable identity of a value under Python's `==`: `1`, `1.0` and `True` are the
//! same key, as in Python. Lists, dicts and sets have no key (`unhashable type`). Objects with
//! identity (instances, functions, classes) are keyed by their id; a user-defined `__hash__` or
//! `__eq__` is not consulted for keys (documented limitation).

use std::rc::Rc;

use indexmap::IndexMap;
use num_bigint::BigInt;

use super::value::{NativeId, ObjId, Value};

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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
    Tuple(Rc<[Key]>),
    Native(NativeId),
    /// Bound methods compare by function and receiver.
    Method(Box<Key>, Box<Key>),
    Id(ObjId),
}

/// The value cannot be a key; the string is its type name for the error message.
#[derive(Debug)]
pub struct Unhashable(pub &'static str);

impl Key {
    /// The key of `v`, given a way to tell unhashable heap objects (lists, dicts, sets).
    pub fn of(
        v: &Value,
        unhashable: &dyn Fn(ObjId) -> Option<&'static str>,
    ) -> Result<Key, Unhashable> {
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
            Value::Tuple(items) => {
                let mut keys = Vec::with_capacity(items.len());
                for item in items.iter() {
                    keys.push(Key::of(item, unhashable)?);
                }
                Key::Tuple(Rc::from(keys))
            }
            Value::Native(n) => Key::Native(*n),
            Value::Method(m) => Key::Method(
                Box::new(Key::of(&m.func, unhashable)?),
                Box::new(Key::of(&m.receiver, unhashable)?),
            ),
            Value::Obj(id) => {
                if let Some(name) = unhashable(*id) {
                    return Err(Unhashable(name));
                }
                Key::Id(*id)
            }
        })
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
}

impl Dict {
    pub fn get(&self, k: &Key) -> Option<&Value> {
        self.map.get(k).map(|(_, v)| v)
    }

    /// Insert or replace; a replaced entry keeps its original key object and position.
    /// Set `k`; returns the value it replaces (the key keeps its place and first spelling).
    pub fn insert(&mut self, k: Key, key_value: Value, value: Value) -> Option<Value> {
        match self.map.get_mut(&k) {
            Some(slot) => Some(std::mem::replace(&mut slot.1, value)),
            None => {
                self.map.insert(k, (key_value, value));
                None
            }
        }
    }

    pub fn remove(&mut self, k: &Key) -> Option<(Value, Value)> {
        self.map.shift_remove(k)
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

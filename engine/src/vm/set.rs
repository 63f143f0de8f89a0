//! Sets laid out as CPython lays them out, so they iterate (and print) in CPython's order.
//!
//! A CPython set is an open-addressing table: an element goes to slot `hash & mask`, probing the
//! next 9 slots and then jumping by a perturbed recurrence; removal leaves a dummy, which a
//! later insertion may reuse; the table grows when used slots and dummies fill 60% of it.
//! Checked against CPython's own tables (read through `ctypes`) on random sequences of adds,
//! discards, pops and set operations. Iteration walks the slots in order, so `print({5, 1, 3})` shows
//! `{1, 3, 5}`, and what a set prints depends on the hashes, the table size and the history of
//! insertions and removals. This module replays exactly that (`Objects/setobject.c`, 3.11),
//! with CPython's hashes for numbers and tuples of them. Strings are hashed with a per-process
//! random key in CPython, so their order differs from run to run there; here it is merely
//! deterministic.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::dict::{Key, KeyTuple};
use super::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Debug)]
enum Slot {
    Empty,
    /// A removed element's slot: probing goes on past it; an insertion may reuse it.
    Dummy,
    Used(Key, i64),
}

/// The slots a look-up for one hash visits, in CPython's order (`set_lookkey`): slot
/// `hash & mask` and the 9 after it (when they fit before the table's end), then a jump by the
/// perturbed recurrence, and again. Endless: callers stop at an empty slot, which every probe
/// sequence reaches (the table is at most 60% full).
struct Probe {
    mask: usize,
    perturb: u64,
    /// The first slot of the current run of linear probes.
    start: usize,
    /// The next slot, and the last one of the current run.
    next: usize,
    last: usize,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        let start = (hash as u64 as usize) & mask;
        Probe {
            mask,
            perturb: hash as u64,
            start,
            next: start,
            last: Probe::run_end(start, mask),
        }
    }

    fn run_end(start: usize, mask: usize) -> usize {
        if start + LINEAR_PROBES <= mask {
            start + LINEAR_PROBES
        } else {
            start
        }
    }
}

impl Iterator for Probe {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if self.next > self.last {
            self.perturb >>= PERTURB_SHIFT;
            self.start = (self
                .start
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb as usize))
                & self.mask;
            self.next = self.start;
            self.last = Probe::run_end(self.start, self.mask);
        }
        self.next += 1;
        Some(self.next - 1)
    }
}

/// A set (or frozenset): its elements by key, and CPython's table giving their order.
#[derive(Clone, Debug)]
pub struct PySet {
    /// Each element as first stored, by key.
    items: HashMap<Key, Value>,
    table: Vec<Slot>,
    /// Used slots plus dummies.
    fill: usize,
    /// Where `pop()` starts looking.
    finger: usize,
    /// A `frozenset`: same data, no mutating methods (its class has none).
    pub frozen: bool,
    /// How many elements are [`Key::User`]s: while any is, look-ups run Python's `==`.
    user_keys: usize,
}

impl Default for PySet {
    fn default() -> Self {
        PySet {
            items: HashMap::new(),
            table: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            finger: 0,
            frozen: false,
            user_keys: 0,
        }
    }
}

impl PySet {
    pub fn frozen() -> PySet {
        PySet {
            frozen: true,
            ..Default::default()
        }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn contains_key(&self, k: &Key) -> bool {
        self.items.contains_key(k)
    }

    /// Does a look-up need Python code (some element is hashed by Python)?
    #[inline]
    pub fn has_user_keys(&self) -> bool {
        self.user_keys != 0
    }

    /// The elements whose hash is `hash`, in the order CPython's look-up meets them (its probe
    /// sequence, up to the first empty slot).
    pub fn values_with_hash(&self, hash: i64) -> Vec<Value> {
        let mut found = Vec::new();
        for j in self.probe(hash) {
            match &self.table[j] {
                Slot::Empty => return found,
                Slot::Used(k, h) if *h == hash => found.extend(self.items.get(k).cloned()),
                _ => {}
            }
        }
        found
    }

    /// The elements in iteration order.
    pub fn values(&self) -> impl Iterator<Item = &Value> + '_ {
        self.table.iter().filter_map(|s| match s {
            Slot::Used(k, _) => self.items.get(k),
            _ => None,
        })
    }

    /// Each element with its hash, in iteration order.
    pub fn hashed_values(&self) -> impl Iterator<Item = (&Value, i64)> + '_ {
        self.entries()
            .filter_map(|(k, h)| self.items.get(k).map(|v| (v, h)))
    }

    /// The keys in iteration order.
    pub fn keys(&self) -> impl Iterator<Item = &Key> + '_ {
        self.entries().map(|(k, _)| k)
    }

    /// (key, hash) in iteration order.
    fn entries(&self) -> impl Iterator<Item = (&Key, i64)> + '_ {
        self.table.iter().filter_map(|s| match s {
            Slot::Used(k, h) => Some((k, *h)),
            _ => None,
        })
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// The slots CPython's look-up visits for `hash`, in order.
    fn probe(&self, hash: i64) -> Probe {
        Probe::new(hash, self.mask())
    }

    /// `set_add_entry`: add unless present (the first stored element is kept).
    pub fn add(&mut self, k: Key, v: Value) {
        let h = key_hash(&k);
        self.add_hashed(k, h, v);
    }

    fn add_hashed(&mut self, k: Key, hash: i64, v: Value) {
        if self.items.contains_key(&k) {
            return;
        }
        // The search ends at an empty slot; the element goes into the last dummy passed on the
        // way, if any (measured on CPython 3.11.7's tables), else into that empty slot.
        let mut free: Option<usize> = None;
        let mut slot = 0;
        for j in self.probe(hash) {
            match &self.table[j] {
                Slot::Empty => {
                    slot = free.unwrap_or(j);
                    break;
                }
                Slot::Dummy => free = Some(j),
                Slot::Used(..) => {}
            }
        }
        let was_empty = matches!(self.table[slot], Slot::Empty);
        if matches!(k, Key::User(_)) {
            self.user_keys += 1;
        }
        self.table[slot] = Slot::Used(k.clone(), hash);
        self.items.insert(k, v);
        if was_empty {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                let used = self.len();
                self.resize(if used > 50_000 { used * 2 } else { used * 4 });
            }
        }
    }

    /// The slot holding `k`, probing as CPython does.
    fn find(&self, k: &Key) -> Option<usize> {
        if !self.items.contains_key(k) {
            return None;
        }
        let hash = key_hash(k);
        for j in self.probe(hash) {
            match &self.table[j] {
                Slot::Empty => return None,
                Slot::Used(key, h) if *h == hash && key == k => return Some(j),
                _ => {}
            }
        }
        None
    }

    /// Remove `k`; its slot becomes a dummy (still counted in `fill`).
    pub fn discard(&mut self, k: &Key) -> Option<Value> {
        let slot = self.find(k)?;
        self.table[slot] = Slot::Dummy;
        if matches!(k, Key::User(_)) {
            self.user_keys -= 1;
        }
        self.items.remove(k)
    }

    /// `set.pop()`: the first element from where the last pop stopped.
    pub fn pop(&mut self) -> Option<Value> {
        if self.is_empty() {
            return None;
        }
        let n = self.table.len();
        let mut i = self.finger & self.mask();
        while !matches!(self.table[i], Slot::Used(..)) {
            i = (i + 1) % n;
        }
        let Slot::Used(k, _) = std::mem::replace(&mut self.table[i], Slot::Dummy) else {
            return None;
        };
        self.finger = i + 1;
        if matches!(k, Key::User(_)) {
            self.user_keys -= 1;
        }
        self.items.remove(&k)
    }

    pub fn clear(&mut self) {
        let frozen = self.frozen;
        *self = PySet::default();
        self.frozen = frozen;
    }

    /// `set_table_resize`: a table of the smallest power of two above `min_used`, the elements
    /// re-inserted in slot order.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; size]);
        self.fill = self.len();
        for s in old {
            if let Slot::Used(k, h) = s {
                self.insert_clean(k, h);
            }
        }
    }

    /// `set_insert_clean`: place a new element in a table without dummies.
    fn insert_clean(&mut self, k: Key, hash: i64) {
        if let Some(j) = self
            .probe(hash)
            .find(|&j| matches!(self.table[j], Slot::Empty))
        {
            self.table[j] = Slot::Used(k, hash);
        }
    }

    /// `set_merge`: add every element of `other` (what `update`, `|` and copying do).
    pub fn merge(&mut self, other: &PySet) {
        if other.is_empty() {
            return;
        }
        if (self.fill + other.len()) * 5 >= self.mask() * 3 {
            self.resize((self.len() + other.len()) * 2);
        }
        if self.fill == 0 && self.table.len() == other.table.len() && other.fill == other.len() {
            // Same size, empty, no dummies: CPython copies the table as it is.
            self.table = other.table.clone();
            self.items = other.items.clone();
            self.fill = other.fill;
            self.user_keys = other.user_keys;
            return;
        }
        let entries: Vec<(Key, i64)> = other.entries().map(|(k, h)| (k.clone(), h)).collect();
        for (k, h) in entries {
            let v = other.items.get(&k).cloned().unwrap_or(Value::None);
            self.add_hashed(k, h, v);
        }
    }

    /// Before adding `n` elements from a dict: grow once, as `set_update_internal` does.
    pub fn reserve_for(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.len() + n) * 2);
        }
    }

    /// A copy as `set(s)` / `s.copy()` makes it (a fresh set merged with this one).
    pub fn copy(&self, frozen: bool) -> PySet {
        let mut r = PySet {
            frozen,
            ..Default::default()
        };
        r.merge(self);
        r
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` with CPython's order of insertions (the result has
    /// the left operand's type).
    pub fn binary(op: SetOp, a: &PySet, b: &PySet) -> PySet {
        match op {
            SetOp::Or => {
                let mut r = a.copy(a.frozen);
                r.merge(b);
                r
            }
            SetOp::And => {
                // Walk the smaller one, looking each element up in the larger.
                let (big, small) = if b.len() > a.len() { (b, a) } else { (a, b) };
                let mut r = PySet {
                    frozen: a.frozen,
                    ..Default::default()
                };
                for (k, h) in small.entries() {
                    if big.contains_key(k) {
                        let v = small.items.get(k).cloned().unwrap_or(Value::None);
                        r.add_hashed(k.clone(), h, v);
                    }
                }
                r
            }
            SetOp::Sub => {
                if (a.len() >> 2) > b.len() {
                    // Much larger than `b`: copy, then remove `b`'s elements.
                    let mut r = a.copy(a.frozen);
                    r.difference_update(b);
                    return r;
                }
                let mut r = PySet {
                    frozen: a.frozen,
                    ..Default::default()
                };
                for (k, h) in a.entries() {
                    if !b.contains_key(k) {
                        let v = a.items.get(k).cloned().unwrap_or(Value::None);
                        r.add_hashed(k.clone(), h, v);
                    }
                }
                r
            }
            SetOp::Xor => {
                let mut r = b.copy(a.frozen);
                r.symmetric_update(a);
                r
            }
        }
    }

    /// `^=`: each element of `other` is removed if present, else added.
    pub fn symmetric_update(&mut self, other: &PySet) {
        let entries: Vec<(Key, i64)> = other.entries().map(|(k, h)| (k.clone(), h)).collect();
        for (k, h) in entries {
            if self.discard(&k).is_none() {
                let v = other.items.get(&k).cloned().unwrap_or(Value::None);
                self.add_hashed(k, h, v);
            }
        }
    }

    /// `&=`: the intersection's table replaces this one (`set_swap_bodies`, which keeps where
    /// `pop()` goes on from).
    pub fn intersection_update(&mut self, other: &PySet) {
        let finger = self.finger;
        *self = PySet::binary(SetOp::And, self, other);
        self.finger = finger;
    }

    /// `-=`: remove `other`'s elements; then, if more than a quarter of the table is dummies,
    /// rebuild it (`set_difference_update_internal`).
    pub fn difference_update(&mut self, other: &PySet) {
        let keys: Vec<Key> = other.keys().cloned().collect();
        for k in keys {
            self.discard(&k);
        }
        if self.fill - self.len() > self.mask() / 4 {
            let used = self.len();
            self.resize(if used > 50_000 { used * 2 } else { used * 4 });
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetOp {
    Or,
    And,
    Sub,
    Xor,
}

/// `2**61 - 1`: CPython reduces numeric hashes modulo this prime.
const MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: i32 = 61;

/// CPython's `hash()` of the value a key stands for: exact for ints, floats and tuples of
/// them; for the rest (CPython randomises strings and uses addresses for objects) any stable
/// value.
pub fn key_hash(k: &Key) -> i64 {
    let h = match k {
        Key::Int(i) => {
            let a = (i.unsigned_abs() % MODULUS) as i64;
            if *i < 0 {
                -a
            } else {
                a
            }
        }
        Key::BigInt(b) => {
            let m = BigInt::from(MODULUS);
            let a = (b.magnitude() % m.magnitude()).to_i64().unwrap_or(0);
            if b.sign() == Sign::Minus {
                -a
            } else {
                a
            }
        }
        Key::Float(bits) => float_hash(f64::from_bits(*bits)),
        Key::Tuple(t) | Key::Method(t) => tuple_hash(t),
        // Already adjusted (never -1).
        Key::User(u) => return u.hash,
        other => {
            let mut s = std::collections::hash_map::DefaultHasher::new();
            other.hash(&mut s);
            s.finish() as i64
        }
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `_Py_HashDouble` for a float that is not a whole number.
fn float_hash(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { 314_159 } else { -314_159 };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (HASH_BITS - 28);
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % HASH_BITS
    } else {
        HASH_BITS - 1 - ((-1 - e) % HASH_BITS)
    };
    x = ((x << e) & MODULUS) | x >> (HASH_BITS - e);
    (x as i64).wrapping_mul(sign)
}

/// `frexp`: `v = m * 2**e` with `0.5 <= |m| < 1`.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// CPython's tuple hash (xxHash-based, 3.8+). Items that are tuples themselves are hashed
/// with a work list, not recursion (a tuple may nest 100,000 deep).
fn tuple_hash(t: &KeyTuple) -> i64 {
    let nested = |k: &Key| matches!(k, Key::Tuple(_) | Key::Method(_));
    if !t.items().iter().any(nested) {
        return flat_tuple_hash(t.items().iter().map(key_hash));
    }
    /// A tuple being hashed: its items, how many are done, and the accumulator so far.
    struct Open<'a> {
        items: &'a [Key],
        next: usize,
        acc: u64,
    }
    fn open(t: &KeyTuple) -> Open<'_> {
        Open {
            items: t.items(),
            next: 0,
            acc: TUPLE_HASH_SEED,
        }
    }
    let mut current = open(t);
    let mut enclosing: Vec<Open> = Vec::new();
    loop {
        if let Some(k) = current.items.get(current.next) {
            current.next += 1;
            match k {
                Key::Tuple(inner) | Key::Method(inner) => {
                    enclosing.push(std::mem::replace(&mut current, open(inner)));
                }
                flat => current.acc = tuple_hash_add(current.acc, key_hash(flat) as u64),
            }
            continue;
        }
        let h = tuple_hash_finish(current.acc, current.items.len());
        match enclosing.pop() {
            Some(parent) => {
                current = parent;
                // `key_hash` of the inner tuple: never -1, so no adjustment.
                current.acc = tuple_hash_add(current.acc, h as u64);
            }
            None => return h,
        }
    }
}

const TUPLE_HASH_SEED: u64 = 2_870_177_450_012_600_261;

/// CPython's hash of a tuple whose items hash to `hashes` (`hash()` of a tuple holding
/// instances hashed by Python code).
pub fn tuple_hash_of(hashes: &[i64]) -> i64 {
    flat_tuple_hash(hashes.iter().copied())
}

/// CPython's tuple hash of items with these hashes.
fn flat_tuple_hash(lanes: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = lanes.len();
    let acc = lanes.fold(TUPLE_HASH_SEED, |acc, lane| {
        tuple_hash_add(acc, lane as u64)
    });
    tuple_hash_finish(acc, len)
}

/// One item's hash (`lane`) into the accumulator.
fn tuple_hash_add(acc: u64, lane: u64) -> u64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    acc.wrapping_add(lane.wrapping_mul(P2))
        .rotate_left(31)
        .wrapping_mul(P1)
}

fn tuple_hash_finish(acc: u64, len: usize) -> i64 {
    let acc = acc.wrapping_add((len as u64) ^ (TUPLE_HASH_SEED ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set_of(xs: &[i64]) -> PySet {
        let mut s = PySet::default();
        for x in xs {
            s.add(Key::Int(*x), Value::Int(*x));
        }
        s
    }

    fn order(s: &PySet) -> Vec<i64> {
        s.values()
            .map(|v| match v {
                Value::Int(i) => *i,
                _ => 0,
            })
            .collect()
    }

    #[test]
    fn small_ints_go_by_slot() {
        // CPython: {5, 1, 3} == {1, 3, 5} in that order; {8, 1} is {8, 1} (8 & 7 == 0).
        assert_eq!(order(&set_of(&[5, 1, 3])), vec![1, 3, 5]);
        assert_eq!(order(&set_of(&[1, 8])), vec![8, 1]);
    }

    #[test]
    fn hashes_match_cpython() {
        assert_eq!(key_hash(&Key::Int(-1)), -2);
        assert_eq!(
            key_hash(&Key::Float(1.5f64.to_bits())),
            1_152_921_504_606_846_977
        );
        assert_eq!(
            key_hash(&Key::Float(0.1f64.to_bits())),
            230_584_300_921_369_408
        );
        assert_eq!(
            key_hash(&Key::Float(1e300f64.to_bits())),
            1_224_995_262_755_759_164
        );
        assert_eq!(
            key_hash(&Key::Float((-0.5f64).to_bits())),
            -1_152_921_504_606_846_976
        );
        // hash((1, 2)) in CPython 3.11.
        let t = Key::Tuple(super::super::dict::KeyTuple::new(vec![
            Key::Int(1),
            Key::Int(2),
        ]));
        assert_eq!(key_hash(&t), -3_550_055_125_485_641_917);
    }

    /// Tuples inside tuples hash with a work list, to CPython's values.
    #[test]
    fn nested_tuple_hashes_match_cpython() {
        let tuple = |items: Vec<Key>| Key::Tuple(KeyTuple::new(items));
        let t = tuple(vec![tuple(vec![Key::Int(1), Key::Int(2)]), Key::Int(3)]);
        assert_eq!(key_hash(&t), -333_907_151_259_015_829); // hash(((1, 2), 3))
        let t = tuple(vec![tuple(vec![])]);
        assert_eq!(key_hash(&t), -5_486_347_211_504_344_842); // hash(((),))
        let t = tuple(vec![
            Key::Float(1.5f64.to_bits()),
            tuple(vec![Key::Int(2), tuple(vec![Key::Int(3)])]),
        ]);
        assert_eq!(key_hash(&t), -5_163_397_474_136_221_077); // hash((1.5, (2, (3,))))
        let mut deep = tuple(vec![]);
        for _ in 0..100_000 {
            deep = tuple(vec![deep]);
        }
        assert_eq!(key_hash(&deep), key_hash(&deep.clone()));
    }

    #[test]
    fn pop_continues_from_the_finger() {
        let mut s = set_of(&[1, 2, 3]);
        assert!(matches!(s.pop(), Some(Value::Int(1))));
        assert!(matches!(s.pop(), Some(Value::Int(2))));
    }
}

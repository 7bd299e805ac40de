//! `Map`: the insertion-ordered hash table behind dict, set, instance attributes, class
//! attributes and module globals. It is embedded in those objects (three words, so that an
//! instance with its map fits one heap block), and its storage is one heap block:
//!
//! ```text
//!   entries: [key, value] * cap        (deleted entries have key NULL, kept for order)
//!   index:   slots * width bits        (only when cap > LINEAR_MAX; 0 = empty, else entry+1)
//! ```
//! Small maps (the common case for instances and kwargs) are searched linearly, which beats
//! hashing for a handful of keys; larger ones probe the index linearly from the key's hash.
//! Two things keep large maps as small as MicroPython's unordered ones: capacities come from
//! a fixed table growing by 1.5x (its position is kept in the top bits of `used`), and index
//! slots are only as wide as the capacity needs (10 bits for up to 1023 entries), with 5
//! slots for every 4 entries.

use core::ptr;

use crate::gc::WORD;
use crate::obj::Obj;
use crate::qstr::Qstr;
use crate::vm::{PyResult, Vm};

const LINEAR_MAX: usize = 8;

/// Bits of `Map::used` that hold the capacity class; the rest count used entries.
const CLASS_BITS: u32 = 6;
const USED_BITS: u32 = usize::BITS - CLASS_BITS;
const USED_MASK: usize = (1 << USED_BITS) - 1;

/// The capacities a map can have: 0, 2, 4, 8, then 1.5x each (floor), below 2^USED_BITS.
const CAPS: [usize; 1 << CLASS_BITS] = {
    let mut caps = [0usize; 1 << CLASS_BITS];
    let (mut i, mut c) = (1, 2usize);
    while i < caps.len() {
        caps[i] = if c <= USED_MASK { c } else { USED_MASK };
        c = if c < LINEAR_MAX {
            2 * c
        } else {
            c.saturating_add(c / 2)
        };
        i += 1;
    }
    caps
};

#[repr(C)]
#[derive(Clone, Copy)]
pub struct Entry {
    pub key: Obj,
    pub value: Obj,
}

#[repr(C)]
pub struct Map {
    /// Live entries.
    len: usize,
    /// Entries used, live or deleted (low bits), and the capacity class (top `CLASS_BITS`).
    used: usize,
    entries: *mut Entry,
}

/// Where the index of a map of capacity `cap` finds its slots.
#[derive(Clone, Copy)]
struct Index {
    base: *mut u8,
    slots: usize,
    width: u32,
}

impl Index {
    /// Slots and bits per slot of the index for `cap` entries.
    fn shape(cap: usize) -> (usize, u32) {
        (cap + cap / 4, usize::BITS - cap.leading_zeros())
    }

    fn of(entries: *mut Entry, cap: usize) -> Index {
        let (slots, width) = Index::shape(cap);
        Index {
            // SAFETY: the index follows the entries in the same block.
            base: unsafe { entries.add(cap) as *mut u8 },
            slots,
            width,
        }
    }

    /// Bytes of an index for `cap` entries; 8 spare bytes let every slot be read as one
    /// unaligned 64-bit word.
    fn bytes(cap: usize) -> usize {
        let (slots, width) = Index::shape(cap);
        (slots * width as usize).div_ceil(8) + 8
    }

    /// The first slot to probe for `hash` (Fibonacci hashing spreads consecutive ints, then
    /// a multiply maps the 32 bits onto `0..slots`).
    fn start(&self, hash: u32) -> usize {
        let h = hash.wrapping_mul(0x9e37_79b9);
        ((u64::from(h) * self.slots as u64) >> 32) as usize
    }

    fn next(&self, s: usize) -> usize {
        if s + 1 == self.slots {
            0
        } else {
            s + 1
        }
    }

    fn word(&self, s: usize) -> (*mut u8, u32) {
        let bit = s * self.width as usize;
        // SAFETY: s < slots, and the index has 8 spare bytes.
        (unsafe { self.base.add(bit / 8) }, (bit % 8) as u32)
    }

    fn get(&self, s: usize) -> usize {
        let (p, shift) = self.word(s);
        // SAFETY: see `word`.
        let w = u64::from_le(unsafe { (p as *const u64).read_unaligned() });
        ((w >> shift) & ((1 << self.width) - 1)) as usize
    }

    fn set(&self, s: usize, v: usize) {
        let (p, shift) = self.word(s);
        let mask = ((1u64 << self.width) - 1) << shift;
        // SAFETY: see `word`.
        unsafe {
            let w = u64::from_le((p as *const u64).read_unaligned());
            let w = (w & !mask) | ((v as u64) << shift);
            (p as *mut u64).write_unaligned(w.to_le());
        }
    }
}

impl Default for Map {
    fn default() -> Self {
        Self::new()
    }
}

impl Map {
    pub const fn new() -> Map {
        Map {
            len: 0,
            used: 0,
            entries: ptr::null_mut(),
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline]
    fn used(&self) -> usize {
        self.used & USED_MASK
    }

    #[inline]
    fn cap(&self) -> usize {
        CAPS[self.used >> USED_BITS]
    }

    fn set_used(&mut self, used: usize) {
        self.used = (self.used & !USED_MASK) | used;
    }

    /// Entry slots in use (live or deleted): iterate `0..slot_count()` with `entry_at`.
    #[inline]
    pub fn slot_count(&self) -> usize {
        self.used()
    }

    /// The entry at slot `i`, or None if it was deleted.
    #[inline]
    pub fn entry_at(&self, i: usize) -> Option<Entry> {
        if i >= self.used() {
            return None;
        }
        // SAFETY: i < used <= cap.
        let e = unsafe { *self.entries.add(i) };
        (!e.key.is_null()).then_some(e)
    }

    /// Live entries in insertion order (a snapshot-free walk: don't mutate while iterating).
    pub fn iter(&self) -> impl Iterator<Item = Entry> + '_ {
        (0..self.used()).filter_map(move |i| self.entry_at(i))
    }

    fn index(&self) -> Index {
        Index::of(self.entries, self.cap())
    }

    /// The key of entry `i` (NULL if deleted).
    fn key_at(&self, i: usize) -> Obj {
        // SAFETY: callers pass i < used.
        unsafe { (*self.entries.add(i)).key }
    }

    /// The slot of `key`, found by identity or equality. `hash` is the key's hash.
    fn find(&self, vm: &mut Vm, key: Obj, hash: u32) -> PyResult<Option<usize>> {
        if self.cap() <= LINEAR_MAX {
            // Identity first: attribute names and small ints are found without `eq`.
            if let Some(i) = (0..self.used()).find(|&i| self.key_at(i) == key) {
                return Ok(Some(i));
            }
            if vm.eq_is_identity(key) {
                return Ok(None);
            }
            for i in 0..self.used() {
                let k = self.key_at(i);
                if !k.is_null() && vm.hash_of(k)? == hash && vm.eq(k, key)? {
                    return Ok(Some(i));
                }
            }
            return Ok(None);
        }
        let ix = self.index();
        let by_identity = vm.eq_is_identity(key);
        let mut s = ix.start(hash);
        loop {
            let e = ix.get(s);
            if e == 0 {
                return Ok(None);
            }
            // Index entries point below `used`.
            let k = self.key_at(e - 1);
            if k == key {
                return Ok(Some(e - 1));
            }
            let maybe_equal =
                !k.is_null() && !by_identity && vm.known_hash(k).is_none_or(|h| h == hash);
            if maybe_equal && vm.eq(k, key)? {
                return Ok(Some(e - 1));
            }
            s = ix.next(s);
        }
    }

    pub fn get(&self, vm: &mut Vm, key: Obj) -> PyResult<Option<Obj>> {
        let h = vm.hash_of(key)?;
        Ok(self
            .find(vm, key, h)?
            // SAFETY: find returns a live slot.
            .map(|i| unsafe { (*self.entries.add(i)).value }))
    }

    /// Lookup of an interned-string key (attribute names, globals) by identity only: the
    /// runtime interns every str it stores as an attribute or global name.
    #[inline]
    pub fn get_qstr(&self, vm: &Vm, q: Qstr) -> Option<Obj> {
        let key = Obj::qstr(q);
        let found = if self.cap() <= LINEAR_MAX {
            (0..self.used()).find(|&i| self.key_at(i) == key)
        } else {
            let ix = self.index();
            let mut s = ix.start(vm.qstrs.hash(q));
            loop {
                let e = ix.get(s);
                if e == 0 {
                    break None;
                }
                if self.key_at(e - 1) == key {
                    break Some(e - 1);
                }
                s = ix.next(s);
            }
        };
        // SAFETY: a live slot.
        found.map(|i| unsafe { (*self.entries.add(i)).value })
    }

    pub fn contains(&self, vm: &mut Vm, key: Obj) -> PyResult<bool> {
        let h = vm.hash_of(key)?;
        Ok(self.find(vm, key, h)?.is_some())
    }

    /// Sets `key` to `value`, keeping the position of an existing key.
    pub fn insert(&mut self, vm: &mut Vm, key: Obj, value: Obj) -> PyResult<()> {
        let h = vm.hash_of(key)?;
        if let Some(i) = self.find(vm, key, h)? {
            // SAFETY: live slot.
            unsafe { (*self.entries.add(i)).value = value };
            return Ok(());
        }
        if self.used() == self.cap() {
            // Room for a quarter more than the live entries: after many deletions this only
            // compacts, and a full map grows to the next class.
            let len = self.len;
            self.resize(vm, len + len / 4 + 1)?;
        }
        let i = self.used();
        // SAFETY: i < cap after resizing.
        unsafe { *self.entries.add(i) = Entry { key, value } };
        self.set_used(i + 1);
        self.len += 1;
        if self.cap() > LINEAR_MAX {
            self.index_insert(h, i);
        }
        Ok(())
    }

    fn index_insert(&mut self, hash: u32, entry: usize) {
        let ix = self.index();
        let mut s = ix.start(hash);
        // The index is never full (slots > cap).
        while ix.get(s) != 0 {
            s = ix.next(s);
        }
        ix.set(s, entry + 1);
    }

    /// Moves the live entries, in order, to new storage with at least `min_cap` entries
    /// (MemoryError beyond the largest class), dropping deleted ones and rebuilding the index.
    fn resize(&mut self, vm: &mut Vm, min_cap: usize) -> PyResult<()> {
        let Some(class) = CAPS.iter().position(|&c| c >= min_cap) else {
            return Err(vm.memory_error);
        };
        let new_cap = CAPS[class];
        let entry_bytes = new_cap * 2 * WORD;
        let bytes = if new_cap > LINEAR_MAX {
            entry_bytes + Index::bytes(new_cap)
        } else {
            entry_bytes
        };
        let new = vm.alloc_raw(bytes, false)? as *mut Entry;
        let mut n = 0;
        for e in self.iter() {
            // SAFETY: n < len <= new_cap.
            unsafe { *new.add(n) = e };
            n += 1;
        }
        let old = self.entries;
        self.entries = new;
        self.used = class << USED_BITS | n;
        self.len = n;
        if !old.is_null() {
            vm.free_raw(old as *mut u8);
        }
        if new_cap > LINEAR_MAX {
            for i in 0..n {
                let h = vm.hash_of(self.key_at(i))?;
                self.index_insert(h, i);
            }
        }
        Ok(())
    }

    /// Removes `key`, returning its value.
    pub fn remove(&mut self, vm: &mut Vm, key: Obj) -> PyResult<Option<Obj>> {
        let h = vm.hash_of(key)?;
        let Some(i) = self.find(vm, key, h)? else {
            return Ok(None);
        };
        Ok(Some(self.remove_slot(i)))
    }

    /// Removes the live entry at slot `i`, returning its value.
    pub fn remove_slot(&mut self, i: usize) -> Obj {
        // SAFETY: the caller found slot i live.
        let e = unsafe { &mut *self.entries.add(i) };
        let v = e.value;
        e.key = Obj::NULL;
        e.value = Obj::NULL;
        self.len -= 1;
        // In an indexed map the index entry keeps pointing at the dead slot: a tombstone that
        // keeps probe chains intact (`find` skips it, its key being NULL).
        if i + 1 == self.used() && self.cap() <= LINEAR_MAX {
            self.set_used(i);
        }
        v
    }

    /// Removes and returns the last live entry.
    pub fn pop_last(&mut self) -> Option<Entry> {
        let i = (0..self.used())
            .rev()
            .find(|&i| self.entry_at(i).is_some())?;
        let e = self.entry_at(i)?;
        self.remove_slot(i);
        Some(e)
    }

    pub fn clear(&mut self) {
        *self = Map::new();
    }

    /// A copy with its own storage.
    pub fn copy(&self, vm: &mut Vm) -> PyResult<Map> {
        let mut m = Map::new();
        if self.len > 0 {
            m.resize(vm, self.len)?;
            // Re-inserting cannot call Python: keys already hashed fine once.
            for e in self.iter() {
                m.insert(vm, e.key, e.value)?;
            }
        }
        Ok(m)
    }
}

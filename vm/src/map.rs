//! `Map`: the insertion-ordered hash table behind dict, set, instance attributes, class
//! attributes and module globals. It is embedded in those objects, and its storage is one
//! heap block:
//!
//! ```text
//!   entries: [key, value] * cap        (deleted entries have key NULL, kept for order)
//!   index:   u32 * slots               (only when cap > LINEAR_MAX; 0 = empty, else entry+1)
//! ```
//! Small maps (the common case for instances and kwargs) are searched linearly, which beats
//! hashing for a handful of keys; larger ones probe the index linearly from the key's hash.

use core::ptr;

use crate::gc::WORD;
use crate::obj::Obj;
use crate::qstr::Qstr;
use crate::vm::{PyResult, Vm};

const LINEAR_MAX: u32 = 8;

#[repr(C)]
#[derive(Clone, Copy)]
pub struct Entry {
    pub key: Obj,
    pub value: Obj,
}

#[repr(C)]
pub struct Map {
    /// Live entries.
    len: u32,
    /// Entries used, live or deleted.
    used: u32,
    cap: u32,
    entries: *mut Entry,
}

fn index_slots(cap: u32) -> u32 {
    (cap * 2).next_power_of_two()
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
            cap: 0,
            entries: ptr::null_mut(),
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len as usize
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Entry slots in use (live or deleted): iterate `0..slot_count()` with `entry_at`.
    #[inline]
    pub fn slot_count(&self) -> usize {
        self.used as usize
    }

    /// The entry at slot `i`, or None if it was deleted.
    #[inline]
    pub fn entry_at(&self, i: usize) -> Option<Entry> {
        if i >= self.used as usize {
            return None;
        }
        // SAFETY: i < used <= cap.
        let e = unsafe { *self.entries.add(i) };
        (!e.key.is_null()).then_some(e)
    }

    /// Live entries in insertion order (a snapshot-free walk: don't mutate while iterating).
    pub fn iter(&self) -> impl Iterator<Item = Entry> + '_ {
        (0..self.used as usize).filter_map(move |i| self.entry_at(i))
    }

    fn index(&self) -> *mut u32 {
        // SAFETY: the index follows the entries in the same block.
        unsafe { self.entries.add(self.cap as usize) as *mut u32 }
    }

    /// The slot of `key`, found by identity or equality. `hash` is the key's hash.
    fn find(&self, vm: &mut Vm, key: Obj, hash: u32) -> PyResult<Option<usize>> {
        if self.cap <= LINEAR_MAX {
            // Identity first: attribute names and small ints are found without `eq`.
            for i in 0..self.used as usize {
                // SAFETY: i < used.
                if unsafe { (*self.entries.add(i)).key } == key {
                    return Ok(Some(i));
                }
            }
            if vm.eq_is_identity(key) {
                return Ok(None);
            }
            for i in 0..self.used as usize {
                // SAFETY: i < used.
                let k = unsafe { (*self.entries.add(i)).key };
                if !k.is_null() && vm.hash_of(k)? == hash && vm.eq(k, key)? {
                    return Ok(Some(i));
                }
            }
            return Ok(None);
        }
        let mask = index_slots(self.cap) - 1;
        let idx = self.index();
        let mut s = hash & mask;
        loop {
            // SAFETY: s <= mask < slots.
            let e = unsafe { *idx.add(s as usize) };
            if e == 0 {
                return Ok(None);
            }
            let i = (e - 1) as usize;
            // SAFETY: index entries point below `used`.
            let k = unsafe { (*self.entries.add(i)).key };
            if k == key || (!k.is_null() && !vm.eq_is_identity(key) && vm.eq(k, key)?) {
                return Ok(Some(i));
            }
            s = (s + 1) & mask;
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
        if self.cap <= LINEAR_MAX {
            for i in 0..self.used as usize {
                // SAFETY: i < used.
                let e = unsafe { &*self.entries.add(i) };
                if e.key == key {
                    return Some(e.value);
                }
            }
            return None;
        }
        let hash = vm.qstrs.hash(q);
        let mask = index_slots(self.cap) - 1;
        let idx = self.index();
        let mut s = hash & mask;
        loop {
            // SAFETY: as in `find`.
            let e = unsafe { *idx.add(s as usize) };
            if e == 0 {
                return None;
            }
            // SAFETY: as in `find`.
            let entry = unsafe { &*self.entries.add((e - 1) as usize) };
            if entry.key == key {
                return Some(entry.value);
            }
            s = (s + 1) & mask;
        }
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
        if self.used == self.cap {
            self.grow(vm)?;
        }
        let i = self.used;
        // SAFETY: i < cap after growing.
        unsafe { *self.entries.add(i as usize) = Entry { key, value } };
        self.used += 1;
        self.len += 1;
        if self.cap > LINEAR_MAX {
            self.index_insert(h, i);
        }
        Ok(())
    }

    fn index_insert(&mut self, hash: u32, entry: u32) {
        let mask = index_slots(self.cap) - 1;
        let idx = self.index();
        let mut s = hash & mask;
        // SAFETY: the index is never full (slots >= 2 * cap).
        unsafe {
            while *idx.add(s as usize) != 0 {
                s = (s + 1) & mask;
            }
            *idx.add(s as usize) = entry + 1;
        }
    }

    /// Reallocates with room for more entries, dropping deleted ones and rebuilding the index.
    fn grow(&mut self, vm: &mut Vm) -> PyResult<()> {
        let live = self.len;
        let new_cap = match live {
            0..=1 => 2,
            2..=3 => 4,
            4..=7 => 8,
            n => n + n / 2 + 1,
        }
        .max(live + 1);
        self.resize(vm, new_cap)
    }

    fn resize(&mut self, vm: &mut Vm, new_cap: u32) -> PyResult<()> {
        let entry_bytes = new_cap as usize * 2 * WORD;
        let bytes = if new_cap > LINEAR_MAX {
            entry_bytes + index_slots(new_cap) as usize * 4
        } else {
            entry_bytes
        };
        let new = vm.alloc_raw(bytes, false)? as *mut Entry;
        let mut n = 0u32;
        for i in 0..self.used as usize {
            // SAFETY: i < used; n <= i < new_cap.
            unsafe {
                let e = *self.entries.add(i);
                if !e.key.is_null() {
                    *new.add(n as usize) = e;
                    n += 1;
                }
            }
        }
        let old = self.entries;
        self.entries = new;
        self.cap = new_cap;
        self.used = n;
        self.len = n;
        if !old.is_null() {
            vm.free_raw(old as *mut u8);
        }
        if new_cap > LINEAR_MAX {
            for i in 0..n {
                // SAFETY: i < used.
                let k = unsafe { (*self.entries.add(i as usize)).key };
                let h = vm.hash_of(k)?;
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
        if i + 1 == self.used as usize && self.cap <= LINEAR_MAX {
            self.used -= 1;
        }
        v
    }

    /// Removes and returns the last live entry.
    pub fn pop_last(&mut self) -> Option<Entry> {
        let i = (0..self.used as usize)
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
            m.resize(vm, self.len.max(2))?;
            // Re-inserting cannot call Python: keys already hashed fine once.
            for e in self.iter() {
                m.insert(vm, e.key, e.value)?;
            }
        }
        Ok(m)
    }
}

//! A small direct-mapped cache of attribute lookups along a type's MRO (CPython's method cache
//! in miniature): `self.x`, `obj.method()` and operator dunders look at the class chain on
//! every access, and most of those lookups repeat.
//!
//! Invariant: an entry is valid only while `epoch` is unchanged. The epoch moves whenever any
//! class is created or has an attribute set or deleted (`class::update_flags`), which also
//! covers a new class reusing a dead one's address. Builtin types never change.

use alloc::vec;
use alloc::vec::Vec;

use crate::obj::Obj;
use crate::qstr::Qstr;

/// Entries (a power of two): enough for the hot paths of a program, small on a microcontroller.
const ENTRIES: usize = if usize::BITS == 32 { 64 } else { 256 };

#[derive(Clone, Copy)]
struct Entry {
    ty: usize,
    name: Qstr,
    epoch: u32,
    /// NULL when the MRO has no such attribute.
    value: Obj,
}

pub struct TypeCache {
    entries: Vec<Entry>,
    epoch: u32,
}

impl Default for TypeCache {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeCache {
    pub fn new() -> TypeCache {
        let empty = Entry {
            ty: 0,
            name: Qstr(0),
            epoch: 0,
            value: Obj::NULL,
        };
        TypeCache {
            entries: vec![empty; ENTRIES],
            epoch: 1,
        }
    }

    fn slot(ty: usize, name: Qstr) -> usize {
        let h = (ty >> 4) ^ (name.0 as usize).wrapping_mul(0x9e37_79b9);
        (h ^ (h >> 8)) & (ENTRIES - 1)
    }

    /// `Some(value)` (NULL for "no such attribute") when the lookup is cached.
    #[inline]
    pub fn get(&self, ty: usize, name: Qstr) -> Option<Obj> {
        let e = &self.entries[Self::slot(ty, name)];
        (e.ty == ty && e.name == name && e.epoch == self.epoch).then_some(e.value)
    }

    pub fn put(&mut self, ty: usize, name: Qstr, value: Obj) {
        let epoch = self.epoch;
        self.entries[Self::slot(ty, name)] = Entry {
            ty,
            name,
            epoch,
            value,
        };
    }

    /// Forgets every entry: some class changed.
    pub fn invalidate(&mut self) {
        self.epoch = self.epoch.wrapping_add(1);
        if self.epoch == 0 {
            // After 2^32 changes old epochs come round again: clear them for real.
            *self = TypeCache::new();
        }
    }
}

//! tuple: a fixed-length array of objects stored inline.

use crate::obj::{Obj, ObjHeader};
use crate::types::builtin;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct TupleObj {
    pub header: ObjHeader,
    pub len: usize,
}

/// The items of a tuple (callers guarantee `o` is a tuple).
#[inline]
pub fn items<'a>(o: Obj) -> &'a [Obj] {
    // SAFETY: tuples store `len` objects after the header.
    unsafe {
        let t = o.as_ref::<TupleObj>();
        core::slice::from_raw_parts((t as *const TupleObj).add(1) as *const Obj, t.len)
    }
}

/// Mutable items, for filling a tuple just allocated.
#[inline]
pub fn items_mut<'a>(o: Obj) -> &'a mut [Obj] {
    // SAFETY: as in `items`; only used before the tuple is shared.
    unsafe {
        let t = o.as_mut::<TupleObj>();
        core::slice::from_raw_parts_mut((t as *mut TupleObj).add(1) as *mut Obj, t.len)
    }
}

impl Vm {
    pub fn new_tuple(&mut self, items: &[Obj]) -> PyResult {
        let t = self.new_tuple_uninit(items.len())?;
        items_mut(t).copy_from_slice(items);
        Ok(t)
    }

    /// A tuple of `n` NULLs, to be filled by the caller before anything else sees it.
    pub fn new_tuple_uninit(&mut self, n: usize) -> PyResult {
        let p: *mut TupleObj = self.alloc_obj(&builtin::TUPLE, n * core::mem::size_of::<Obj>())?;
        // SAFETY: freshly allocated.
        unsafe { (*p).len = n };
        Ok(Obj::from_ptr(p))
    }
}

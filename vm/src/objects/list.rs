//! list: a growable array of objects in a separate heap block.

use crate::obj::{Obj, ObjHeader};
use crate::types::builtin;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct ListObj {
    pub header: ObjHeader,
    pub len: usize,
    pub cap: usize,
    pub items: *mut Obj,
}

/// The live items of a list (for a list, or an instance whose native value is one).
#[inline]
pub fn items<'a>(o: Obj) -> &'a mut [Obj] {
    // SAFETY: callers pass list objects; `items` has `len` live slots.
    unsafe {
        let l = o.as_ref::<ListObj>();
        if l.len == 0 {
            return &mut [];
        }
        core::slice::from_raw_parts_mut(l.items, l.len)
    }
}

#[inline]
pub fn len(o: Obj) -> usize {
    // SAFETY: callers pass list objects.
    unsafe { o.as_ref::<ListObj>().len }
}

impl Vm {
    pub fn new_list(&mut self, items: &[Obj]) -> PyResult {
        let l = self.new_list_with_capacity(items.len())?;
        for &x in items {
            self.list_push(l, x)?;
        }
        Ok(l)
    }

    pub fn new_list_with_capacity(&mut self, cap: usize) -> PyResult {
        let p: *mut ListObj = self.alloc_obj(&builtin::LIST, 0)?;
        if cap > 0 {
            let items = self.alloc_raw(cap * core::mem::size_of::<Obj>(), false)? as *mut Obj;
            // SAFETY: p is a fresh list.
            unsafe {
                (*p).items = items;
                (*p).cap = cap;
            }
        }
        Ok(Obj::from_ptr(p))
    }

    /// Makes room for `extra` more items.
    pub fn list_reserve(&mut self, list: Obj, extra: usize) -> PyResult<()> {
        // SAFETY: callers pass list objects.
        let (len, cap, items) = unsafe {
            let l = list.as_ref::<ListObj>();
            (l.len, l.cap, l.items)
        };
        if len + extra <= cap {
            return Ok(());
        }
        let new_cap = (len + extra).max(cap + cap / 2 + 4);
        let p = self.realloc_raw(items as *mut u8, new_cap * core::mem::size_of::<Obj>())?;
        // SAFETY: as above.
        unsafe {
            let l = list.as_mut::<ListObj>();
            l.items = p as *mut Obj;
            l.cap = new_cap;
        }
        Ok(())
    }

    #[inline]
    pub fn list_push(&mut self, list: Obj, x: Obj) -> PyResult<()> {
        // SAFETY: callers pass list objects.
        unsafe {
            let l = list.as_mut::<ListObj>();
            if l.len < l.cap {
                *l.items.add(l.len) = x;
                l.len += 1;
                return Ok(());
            }
        }
        self.list_reserve(list, 1)?;
        // SAFETY: room was made.
        unsafe {
            let l = list.as_mut::<ListObj>();
            *l.items.add(l.len) = x;
            l.len += 1;
        }
        Ok(())
    }

    /// Sets the length (shrinking, or growing with None).
    pub fn list_set_len(&mut self, list: Obj, n: usize) -> PyResult<()> {
        let cur = len(list);
        if n > cur {
            self.list_reserve(list, n - cur)?;
            // SAFETY: room was made.
            unsafe {
                let l = list.as_mut::<ListObj>();
                for i in cur..n {
                    *l.items.add(i) = Obj::NONE;
                }
            }
        }
        // SAFETY: callers pass list objects.
        unsafe { list.as_mut::<ListObj>().len = n };
        Ok(())
    }
}

//! Builtin iterators: one layout with a `next` function and a few fields whose meaning each
//! iterator kind chooses (list iterators: `a` the list, `i` the position; and so on).

use crate::obj::{Obj, ObjHeader};
use crate::types::builtin;
use crate::vm::{PyResult, Vm};

/// Advances an iterator: the next value, or None when exhausted.
pub type NextFn = fn(&mut Vm, &mut IterObj) -> PyResult<Option<Obj>>;

#[repr(C)]
pub struct IterObj {
    pub header: ObjHeader,
    pub next: NextFn,
    pub a: Obj,
    pub b: Obj,
    pub i: isize,
    pub n: isize,
}

impl Vm {
    /// A builtin iterator presented as type `ty` (an `Iterator`-kind type with this layout).
    pub fn new_typed_iter(
        &mut self,
        ty: &'static crate::types::TypeObj,
        next: NextFn,
        a: Obj,
        b: Obj,
        i: isize,
        n: isize,
    ) -> PyResult {
        let it = self.new_iter(next, a, b, i, n)?;
        // SAFETY: a fresh iterator object; `ty` has the same layout.
        unsafe { it.as_mut::<IterObj>().header.ty = ty };
        Ok(it)
    }

    pub fn new_iter(&mut self, next: NextFn, a: Obj, b: Obj, i: isize, n: isize) -> PyResult {
        let p: *mut IterObj = self.alloc_obj(&builtin::ITERATOR, 0)?;
        // SAFETY: fresh allocation.
        unsafe {
            (*p).next = next;
            (*p).a = a;
            (*p).b = b;
            (*p).i = i;
            (*p).n = n;
        }
        Ok(Obj::from_ptr(p))
    }
}

/// Calls the `next` of a builtin iterator object.
#[inline]
pub fn next(vm: &mut Vm, it: Obj) -> PyResult<Option<Obj>> {
    // SAFETY: callers pass iterator objects; the object stays alive on our stack.
    let io = unsafe { it.as_mut::<IterObj>() };
    (io.next)(vm, io)
}

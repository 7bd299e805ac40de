//! complex: a pair of doubles.

use crate::obj::{Obj, ObjHeader};
use crate::types::{builtin, Kind};
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct ComplexObj {
    pub header: ObjHeader,
    pub re: f64,
    pub im: f64,
}

/// The (real, imaginary) parts of a complex object, or None for other objects.
#[inline]
pub fn value(o: Obj) -> Option<(f64, f64)> {
    if o.is_ptr() && o.type_of().kind == Kind::Complex {
        // SAFETY: checked to be a complex object.
        let c = unsafe { o.as_ref::<ComplexObj>() };
        return Some((c.re, c.im));
    }
    None
}

impl Vm {
    pub fn new_complex(&mut self, re: f64, im: f64) -> PyResult {
        let p: *mut ComplexObj = self.alloc_obj_noscan(&builtin::COMPLEX, 0)?;
        // SAFETY: fresh allocation.
        unsafe {
            (*p).re = re;
            (*p).im = im;
        }
        Ok(Obj::from_ptr(p))
    }
}

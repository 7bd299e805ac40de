//! int: small ints live in the object word; larger ones are heap objects holding a sign and
//! little-endian 32-bit limbs, converted to `BigInt` for arithmetic.

use crate::bigint::BigInt;
use crate::obj::{Obj, ObjHeader};
use crate::types::{builtin, Kind};
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct BigObj {
    pub header: ObjHeader,
    pub neg: usize,
    pub len: usize,
}

impl BigObj {
    fn limbs(&self) -> &[u32] {
        // SAFETY: `len` limbs follow the header.
        unsafe {
            core::slice::from_raw_parts((self as *const BigObj).add(1) as *const u32, self.len)
        }
    }
}

/// Whether `o` is an int (including bool and int subclasses' values held natively).
#[inline]
pub fn is_int(o: Obj) -> bool {
    o.is_small_int() || matches!(o.type_of().kind, Kind::Int | Kind::Bool)
}

/// Whether `o` is a heap (big) int.
#[inline]
pub fn is_big(o: Obj) -> bool {
    o.is_ptr() && o.type_of().kind == Kind::Int
}

/// The value of an int as i64 when it fits (bools are 0 and 1).
pub fn to_i64(o: Obj) -> Option<i64> {
    if let Some(v) = o.as_small_int() {
        return Some(v as i64);
    }
    match o {
        Obj::TRUE => Some(1),
        Obj::FALSE => Some(0),
        _ if is_big(o) => to_bigint(o).to_i64(),
        _ => None,
    }
}

/// Any int as a `BigInt`.
pub fn to_bigint(o: Obj) -> BigInt {
    if let Some(v) = to_small_or_bool(o) {
        return BigInt::from_i64(v);
    }
    // SAFETY: callers pass ints; what is not small or bool is a BigObj.
    let b = unsafe { o.as_ref::<BigObj>() };
    BigInt::from_parts(b.neg != 0, b.limbs())
}

fn to_small_or_bool(o: Obj) -> Option<i64> {
    if let Some(v) = o.as_small_int() {
        return Some(v as i64);
    }
    match o {
        Obj::TRUE => Some(1),
        Obj::FALSE => Some(0),
        _ => None,
    }
}

impl Vm {
    #[inline]
    pub fn new_int(&mut self, v: i64) -> PyResult {
        if Obj::fits_small(v) {
            Ok(Obj::small_int(v as isize))
        } else {
            self.new_bigint(BigInt::from_i64(v))
        }
    }

    /// An int from a `BigInt`, small when it fits.
    pub fn new_bigint(&mut self, b: BigInt) -> PyResult {
        if let Some(v) = b.to_i64() {
            if Obj::fits_small(v) {
                return Ok(Obj::small_int(v as isize));
            }
        }
        let limbs = b.limbs();
        let size = core::mem::size_of::<BigObj>() + limbs.len() * 4;
        let p = self.alloc_raw_with(size, |h| h.alloc_noscan_uninit(size))? as *mut BigObj;
        // SAFETY: room for the header and the limbs, all written here.
        unsafe {
            p.write(BigObj {
                header: ObjHeader { ty: &builtin::INT },
                neg: b.is_negative() as usize,
                len: limbs.len(),
            });
            core::ptr::copy_nonoverlapping(limbs.as_ptr(), p.add(1) as *mut u32, limbs.len());
        }
        Ok(Obj::from_ptr(p))
    }
}

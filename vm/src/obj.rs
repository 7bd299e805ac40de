//! `Obj`: every Python value is one machine word.
//!
//! ```text
//!   ...xxxxxxx1   small int, value = word >> 1 (31 bits on a 32-bit machine, 63 on 64)
//!   ...xxxxx010   interned string (qstr), index = word >> 3
//!   ...xxxxx110   immediate: None, False, True, Ellipsis, NotImplemented
//!   ...xxxxxx00   pointer to an object whose first word points to its type
//!   0             NULL: "no value" (unbound local, empty cell, exception pending)
//! ```
//! The word is a pointer type so that static objects (builtin types and functions) can be
//! referenced from `static` tables, and so that machine code can pass it in one register.

use core::ptr;

use crate::qstr::Qstr;
use crate::types::TypeObj;

#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct Obj(*mut u8);

/// The header every heap and static object starts with.
#[repr(C)]
pub struct ObjHeader {
    pub ty: *const TypeObj,
}

const TAG_INT: usize = 1;
const TAG_QSTR: usize = 0b010;
const TAG_IMM: usize = 0b110;

/// Small ints must fit in a word with one bit to spare.
pub const SMALL_INT_MAX: isize = isize::MAX >> 1;
pub const SMALL_INT_MIN: isize = isize::MIN >> 1;

impl Obj {
    pub const NULL: Obj = Obj(ptr::null_mut());
    pub const NONE: Obj = Obj::imm(0);
    pub const FALSE: Obj = Obj::imm(1);
    pub const TRUE: Obj = Obj::imm(2);
    pub const ELLIPSIS: Obj = Obj::imm(3);
    pub const NOT_IMPLEMENTED: Obj = Obj::imm(4);

    const fn imm(n: usize) -> Obj {
        Obj(ptr::without_provenance_mut((n << 3) | TAG_IMM))
    }

    #[inline(always)]
    pub fn bits(self) -> usize {
        self.0.addr()
    }

    #[inline(always)]
    pub fn is_null(self) -> bool {
        self.0.is_null()
    }

    // ---- small ints
    /// A small int; the caller guarantees `SMALL_INT_MIN <= v <= SMALL_INT_MAX`.
    #[inline(always)]
    pub const fn small_int(v: isize) -> Obj {
        Obj(ptr::without_provenance_mut(((v as usize) << 1) | TAG_INT))
    }

    #[inline(always)]
    pub fn fits_small(v: i64) -> bool {
        v >= SMALL_INT_MIN as i64 && v <= SMALL_INT_MAX as i64
    }

    #[inline(always)]
    pub fn is_small_int(self) -> bool {
        self.bits() & 1 != 0
    }

    /// The value of a small int (meaningless for other objects).
    #[inline(always)]
    pub fn small_int_value(self) -> isize {
        (self.bits() as isize) >> 1
    }

    #[inline(always)]
    pub fn as_small_int(self) -> Option<isize> {
        self.is_small_int().then(|| self.small_int_value())
    }

    // ---- interned strings
    #[inline(always)]
    pub const fn qstr(q: Qstr) -> Obj {
        Obj(ptr::without_provenance_mut(
            ((q.0 as usize) << 3) | TAG_QSTR,
        ))
    }

    #[inline(always)]
    pub fn is_qstr(self) -> bool {
        self.bits() & 0b111 == TAG_QSTR
    }

    #[inline(always)]
    pub fn as_qstr(self) -> Option<Qstr> {
        self.is_qstr().then(|| Qstr((self.bits() >> 3) as u32))
    }

    #[inline(always)]
    pub fn is_immediate(self) -> bool {
        self.bits() & 0b111 == TAG_IMM
    }

    #[inline(always)]
    pub fn from_bool(b: bool) -> Obj {
        if b {
            Obj::TRUE
        } else {
            Obj::FALSE
        }
    }

    // ---- pointers
    #[inline(always)]
    pub fn is_ptr(self) -> bool {
        self.bits() & 0b11 == 0 && !self.is_null()
    }

    #[inline(always)]
    pub const fn from_ptr<T>(p: *const T) -> Obj {
        Obj(p as *mut u8)
    }

    /// Reference to a static object (builtin type, function...) as an `Obj`.
    #[inline(always)]
    pub const fn from_static<T>(r: &'static T) -> Obj {
        Obj(r as *const T as *mut u8)
    }

    #[inline(always)]
    pub fn as_ptr<T>(self) -> *mut T {
        self.0 as *mut T
    }

    /// # Safety
    /// `self` must be a pointer to a live object of type `T`.
    #[inline(always)]
    pub unsafe fn as_ref<'a, T>(self) -> &'a T {
        &*(self.0 as *const T)
    }

    /// # Safety
    /// `self` must be a pointer to a live object of type `T`, not otherwise borrowed.
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn as_mut<'a, T>(self) -> &'a mut T {
        &mut *(self.0 as *mut T)
    }

    /// The type of any non-NULL object.
    #[inline(always)]
    pub fn type_of(self) -> &'static TypeObj {
        use crate::types::builtin as t;
        let b = self.bits();
        if b & 1 != 0 {
            &t::INT
        } else if b & 0b11 == 0 {
            // SAFETY: every pointer object starts with its type.
            unsafe { &*(*(self.0 as *const ObjHeader)).ty }
        } else if b & 0b111 == TAG_QSTR {
            &t::STR
        } else {
            match self {
                Obj::NONE => &t::NONE_TYPE,
                Obj::FALSE | Obj::TRUE => &t::BOOL,
                Obj::ELLIPSIS => &t::ELLIPSIS_TYPE,
                _ => &t::NOT_IMPLEMENTED_TYPE,
            }
        }
    }

    /// Whether this object's type is exactly `ty` (no subclasses).
    #[inline(always)]
    pub fn is_exactly(self, ty: &'static TypeObj) -> bool {
        ptr::eq(self.type_of(), ty)
    }
}

impl core::fmt::Debug for Obj {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if let Some(v) = self.as_small_int() {
            write!(f, "Obj(int {v})")
        } else if let Some(q) = self.as_qstr() {
            write!(f, "Obj(qstr {})", q.0)
        } else {
            write!(f, "Obj({:#x})", self.bits())
        }
    }
}

// SAFETY: an `Obj` is a plain word; static tables of objects are immutable, and a VM and its
// heap are only ever used from one thread.
unsafe impl Sync for Obj {}
unsafe impl Send for Obj {}

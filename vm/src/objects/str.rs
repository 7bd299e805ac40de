//! str: UTF-8 text with code-point semantics. Interned strings (qstrs) are str objects too;
//! heap strings carry their hash (computed on first use), byte length and character length, so
//! `len()` and indexing
//! of ASCII text are O(1).

use crate::obj::{Obj, ObjHeader};
use crate::qstr::{hash_bytes, q};
use crate::types::builtin;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct StrObj {
    pub header: ObjHeader,
    pub hash: u32,
    pub blen: u32,
    pub clen: u32,
}

impl StrObj {
    fn data(&self) -> *const u8 {
        // SAFETY: the text follows the header in the same allocation.
        unsafe { (self as *const StrObj).add(1) as *const u8 }
    }
}

/// The text of a str object, or None for other objects.
#[inline]
pub fn as_str<'a>(vm: &Vm, o: Obj) -> Option<&'a str> {
    if let Some(qs) = o.as_qstr() {
        return Some(vm.qstr_text(qs));
    }
    if o.is_ptr() && o.type_of().kind == crate::types::Kind::Str {
        // SAFETY: str objects hold valid UTF-8 of `blen` bytes after the header.
        unsafe {
            let s = o.as_ref::<StrObj>();
            return Some(core::str::from_utf8_unchecked(core::slice::from_raw_parts(
                s.data(),
                s.blen as usize,
            )));
        }
    }
    None
}

/// Number of code points.
pub fn char_len(vm: &Vm, o: Obj) -> usize {
    if let Some(qs) = o.as_qstr() {
        return vm.qstr_text(qs).chars().count();
    }
    // SAFETY: callers pass str objects.
    unsafe { o.as_ref::<StrObj>().clen as usize }
}

/// Whether every character is ASCII (so byte and character offsets agree).
pub fn is_ascii(vm: &Vm, o: Obj) -> bool {
    if let Some(qs) = o.as_qstr() {
        return vm.qstr_text(qs).is_ascii();
    }
    // SAFETY: callers pass str objects.
    unsafe {
        let s = o.as_ref::<StrObj>();
        s.clen == s.blen
    }
}

/// The string hash (same for interned and heap strings of equal text).
pub fn hash(vm: &Vm, o: Obj) -> u32 {
    if let Some(qs) = o.as_qstr() {
        return vm.qstrs.hash(qs);
    }
    // SAFETY: callers pass str objects.
    let s = unsafe { o.as_mut::<StrObj>() };
    if s.hash == 0 {
        // 0 means "not computed yet" (`hash_bytes` never returns 0).
        let text = as_str(vm, o).unwrap_or("");
        s.hash = hash_bytes(text.as_bytes());
    }
    s.hash
}

impl Vm {
    /// A str object with the given text: single ASCII characters and the empty string are
    /// interned (they are extremely common as results of indexing and splitting).
    pub fn new_str(&mut self, s: &str) -> PyResult {
        if s.is_empty() {
            return Ok(Obj::qstr(q::empty));
        }
        if s.len() == 1 {
            let qs = self.intern(s);
            return Ok(Obj::qstr(qs));
        }
        let p: *mut StrObj = self.alloc_obj_noscan(&builtin::STR, s.len() + 1)?;
        // SAFETY: the allocation has room for the header and the text.
        unsafe {
            (*p).blen = s.len() as u32;
            (*p).clen = if s.is_ascii() {
                s.len()
            } else {
                s.chars().count()
            } as u32;
            core::ptr::copy_nonoverlapping(s.as_ptr(), (*p).data() as *mut u8, s.len());
        }
        Ok(Obj::from_ptr(p))
    }

    /// An interned str object: for names (attributes, globals, keywords).
    pub fn new_qstr(&mut self, s: &str) -> Obj {
        Obj::qstr(self.intern(s))
    }

    /// The text of `o`, or TypeError when it is not a str.
    pub fn str_arg<'a>(&mut self, o: Obj) -> PyResult<&'a str> {
        match as_str(self, o) {
            Some(s) => Ok(s),
            None => Err(self.type_error_obj(o, "is not a str")),
        }
    }
}

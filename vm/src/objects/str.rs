//! str: UTF-8 text with code-point semantics. Interned strings (qstrs) are str objects too;
//! heap strings carry their hash (computed on first use), byte length and character length, so
//! `len()` and indexing of ASCII text are O(1).
//!
//! A heap string's text normally follows its header in the same (unscanned) allocation. A long
//! result of `+` instead keeps its text at the start of a separate, growable [`TextBuf`]: when
//! the left operand of a later `+` is such a string and its text still ends where the buffer's
//! used part ends, the right operand is appended in place and the new string is a new header
//! over a longer prefix of the same buffer. Every string stays immutable (each sees only its
//! own prefix, and bytes are only ever added past the used part), and `s += t` in a loop costs
//! amortised O(len(t)) instead of a copy of `s`, with no reference counts needed.

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

/// The flag in `clen` of a string whose text is in a [`TextBuf`] (a [`BufStrObj`]).
const IN_BUF: u32 = 1 << 31;
/// Results of `+` shorter than this keep their text inline.
const BUF_MIN: usize = 64;

/// A string whose text is the first `blen` bytes of `buf`.
#[repr(C)]
struct BufStrObj {
    s: StrObj,
    buf: *mut TextBuf,
}

/// The growable text behind [`BufStrObj`]s: `cap` bytes follow, the first `used` are written.
#[repr(C)]
struct TextBuf {
    used: usize,
    cap: usize,
}

impl TextBuf {
    fn bytes(buf: *mut TextBuf) -> *mut u8 {
        // SAFETY: the text follows the header in the same allocation.
        unsafe { buf.add(1) as *mut u8 }
    }
}

impl StrObj {
    fn data(&self) -> *const u8 {
        if self.clen & IN_BUF != 0 {
            // SAFETY: the flag is only set on BufStrObjs.
            return TextBuf::bytes(unsafe { (*(self as *const StrObj as *const BufStrObj)).buf });
        }
        // SAFETY: the text follows the header in the same allocation.
        unsafe { (self as *const StrObj).add(1) as *const u8 }
    }

    fn chars(&self) -> usize {
        (self.clen & !IN_BUF) as usize
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
    unsafe { o.as_ref::<StrObj>().chars() }
}

/// Whether every character is ASCII (so byte and character offsets agree).
pub fn is_ascii(vm: &Vm, o: Obj) -> bool {
    if let Some(qs) = o.as_qstr() {
        return vm.qstr_text(qs).is_ascii();
    }
    // SAFETY: callers pass str objects.
    unsafe {
        let s = o.as_ref::<StrObj>();
        s.chars() == s.blen as usize
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

/// The hash of a heap str object once computed (None for other objects, or not yet).
#[inline]
pub fn cached_hash(o: Obj) -> Option<u32> {
    if o.is_ptr() && o.type_of().kind == crate::types::Kind::Str {
        // SAFETY: a str object.
        let h = unsafe { o.as_ref::<StrObj>().hash };
        return (h != 0).then_some(h);
    }
    None
}

impl Vm {
    /// A str object with the given text: single ASCII characters and the empty string are
    /// interned (they are extremely common as results of indexing and splitting).
    pub fn new_str(&mut self, s: &str) -> PyResult {
        self.new_str_concat(&[s])
    }

    /// A str object holding `parts` one after the other, copied straight into the object.
    pub fn new_str_concat(&mut self, parts: &[&str]) -> PyResult {
        let blen: usize = parts.iter().map(|p| p.len()).sum();
        if blen <= 1 {
            let s = parts.iter().find(|p| !p.is_empty()).copied().unwrap_or("");
            return Ok(Obj::qstr(if s.is_empty() {
                q::empty
            } else {
                self.intern(s)
            }));
        }
        let clen: usize = parts
            .iter()
            .map(|p| {
                if p.is_ascii() {
                    p.len()
                } else {
                    p.chars().count()
                }
            })
            .sum();
        let size = core::mem::size_of::<StrObj>() + blen;
        let p = self.alloc_raw_with(size, |h| h.alloc_noscan_uninit(size))? as *mut StrObj;
        // SAFETY: the allocation has room for the header and the text, and is written in
        // full here (the collector never reads it: it is noscan).
        unsafe {
            p.write(StrObj {
                header: ObjHeader { ty: &builtin::STR },
                hash: 0,
                blen: blen as u32,
                clen: clen as u32,
            });
            let mut dst = (*p).data() as *mut u8;
            for part in parts {
                core::ptr::copy_nonoverlapping(part.as_ptr(), dst, part.len());
                dst = dst.add(part.len());
            }
        }
        Ok(Obj::from_ptr(p))
    }

    /// `a + y`, where `a` is a str object and `x` its text: appended in place to `a`'s buffer
    /// when it has one that it ends and that has room (see the module comment).
    pub fn str_concat(&mut self, a: Obj, x: &str, y: &str) -> PyResult {
        let blen = x.len() + y.len();
        if blen < BUF_MIN {
            return self.new_str_concat(&[x, y]);
        }
        let clen = char_len(self, a)
            + if y.is_ascii() {
                y.len()
            } else {
                y.chars().count()
            };
        let size = core::mem::size_of::<BufStrObj>();
        let p = self.alloc_raw(size, false)? as *mut BufStrObj;
        let old = (a.is_ptr() && a.type_of().kind == crate::types::Kind::Str)
            // SAFETY: a heap str object.
            .then(|| unsafe { a.as_ref::<StrObj>() })
            .filter(|s| s.clen & IN_BUF != 0)
            // SAFETY: the flag is only set on BufStrObjs.
            .map(|s| unsafe { (*(s as *const StrObj as *const BufStrObj)).buf });
        // SAFETY: `buf` is a live TextBuf (reachable from `a`, which the caller holds);
        // bytes are only written past its used part, which no string sees yet.
        let buf = unsafe {
            match old {
                Some(buf) if (*buf).used == x.len() && (*buf).cap >= blen => {
                    let dst = TextBuf::bytes(buf).add(x.len());
                    core::ptr::copy_nonoverlapping(y.as_ptr(), dst, y.len());
                    (*buf).used = blen;
                    buf
                }
                _ => {
                    // A second append doubles the room; a first one takes what it needs.
                    let cap = if old.is_some() { 2 * blen } else { blen };
                    let bytes = core::mem::size_of::<TextBuf>() + cap;
                    let buf = self.alloc_raw_with(bytes, |h| h.alloc_noscan_uninit(bytes))?
                        as *mut TextBuf;
                    buf.write(TextBuf { used: blen, cap });
                    let dst = TextBuf::bytes(buf);
                    core::ptr::copy_nonoverlapping(x.as_ptr(), dst, x.len());
                    core::ptr::copy_nonoverlapping(y.as_ptr(), dst.add(x.len()), y.len());
                    buf
                }
            }
        };
        // SAFETY: a fresh allocation of the right size.
        unsafe {
            p.write(BufStrObj {
                s: StrObj {
                    header: ObjHeader { ty: &builtin::STR },
                    hash: 0,
                    blen: blen as u32,
                    clen: clen as u32 | IN_BUF,
                },
                buf,
            });
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

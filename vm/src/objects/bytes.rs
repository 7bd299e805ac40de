//! bytes (immutable, inline data), bytearray (growable, separate buffer) and memoryview.

use crate::obj::{Obj, ObjHeader};
use crate::types::{builtin, Kind};
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct BytesObj {
    pub header: ObjHeader,
    pub len: usize,
}

#[repr(C)]
pub struct ByteArrayObj {
    pub header: ObjHeader,
    pub len: usize,
    pub cap: usize,
    pub data: *mut u8,
}

/// A window onto another object's bytes.
#[repr(C)]
pub struct MemoryViewObj {
    pub header: ObjHeader,
    pub obj: Obj,
    pub start: usize,
    pub len: usize,
}

/// The bytes of any object with the buffer protocol (bytes, bytearray, memoryview), or
/// None. Writable for bytearray and memoryviews of one.
pub fn buffer<'a>(o: Obj) -> Option<&'a mut [u8]> {
    if !o.is_ptr() {
        return None;
    }
    // SAFETY: each arm matches the layout of its kind.
    unsafe {
        match o.type_of().kind {
            Kind::Bytes => {
                let b = o.as_mut::<BytesObj>();
                Some(core::slice::from_raw_parts_mut(
                    (b as *mut BytesObj).add(1) as *mut u8,
                    b.len,
                ))
            }
            Kind::ByteArray => {
                let b = o.as_mut::<ByteArrayObj>();
                if b.len == 0 {
                    return Some(&mut []);
                }
                Some(core::slice::from_raw_parts_mut(b.data, b.len))
            }
            Kind::MemoryView => {
                let m = o.as_ref::<MemoryViewObj>();
                let whole = buffer(m.obj)?;
                whole.get_mut(m.start..m.start + m.len)
            }
            Kind::Instance => {
                let v = crate::objects::instance::native_value(o);
                if v == o {
                    None
                } else {
                    buffer(v)
                }
            }
            _ => None,
        }
    }
}

/// The bytes behind any object with the buffer protocol: those of `buffer`, and an
/// `array.array`'s items (which are bytes only to code that wants raw memory: viper
/// pointers, `asm_xtensa` arguments, `bytes(...)`).
pub fn raw_buffer<'a>(o: Obj) -> Option<&'a mut [u8]> {
    buffer(o).or_else(|| crate::modules::array::bytes_of(crate::objects::instance::native_value(o)))
}

impl Vm {
    pub fn new_bytes(&mut self, data: &[u8]) -> PyResult {
        let p: *mut BytesObj = self.alloc_obj_noscan(&builtin::BYTES, data.len())?;
        // SAFETY: room for the data follows the header.
        unsafe {
            (*p).len = data.len();
            core::ptr::copy_nonoverlapping(data.as_ptr(), p.add(1) as *mut u8, data.len());
        }
        Ok(Obj::from_ptr(p))
    }

    pub fn new_bytearray(&mut self, data: &[u8]) -> PyResult {
        let p: *mut ByteArrayObj = self.alloc_obj(&builtin::BYTEARRAY, 0)?;
        let o = Obj::from_ptr(p);
        self.bytearray_resize(o, data.len())?;
        // SAFETY: resized to hold the data.
        unsafe { core::ptr::copy_nonoverlapping(data.as_ptr(), (*p).data, data.len()) };
        Ok(o)
    }

    /// Sets a bytearray's length, zero-filling growth.
    pub fn bytearray_resize(&mut self, o: Obj, n: usize) -> PyResult<()> {
        // SAFETY: callers pass bytearrays.
        let b = unsafe { o.as_mut::<ByteArrayObj>() };
        if n > b.cap {
            let cap = n.max(b.cap + b.cap / 2 + 8);
            let d = if b.data.is_null() {
                self.alloc_raw(cap, true)?
            } else {
                self.realloc_raw(b.data, cap)?
            };
            // SAFETY: `o` is still live (on our stack) after the allocation.
            let b = unsafe { o.as_mut::<ByteArrayObj>() };
            b.data = d;
            b.cap = cap;
        }
        // SAFETY: as above.
        let b = unsafe { o.as_mut::<ByteArrayObj>() };
        if n > b.len {
            // SAFETY: n <= cap.
            unsafe { core::ptr::write_bytes(b.data.add(b.len), 0, n - b.len) };
        }
        b.len = n;
        Ok(())
    }

    pub fn new_memoryview(&mut self, obj: Obj, start: usize, len: usize) -> PyResult {
        let p: *mut MemoryViewObj = self.alloc_obj(&builtin::MEMORYVIEW, 0)?;
        // SAFETY: fresh allocation.
        unsafe {
            (*p).obj = obj;
            (*p).start = start;
            (*p).len = len;
        }
        Ok(Obj::from_ptr(p))
    }
}

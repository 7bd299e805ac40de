//! range and slice objects.

use crate::obj::{Obj, ObjHeader};
use crate::types::builtin;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct RangeObj {
    pub header: ObjHeader,
    pub start: isize,
    pub stop: isize,
    pub step: isize,
}

impl RangeObj {
    pub fn len(&self) -> usize {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 {
            (hi - lo + step - 1) / step
        } else {
            (lo - hi - step - 1) / -step
        };
        n.max(0) as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> isize {
        self.start + (i as isize) * self.step
    }
}

#[repr(C)]
pub struct SliceObj {
    pub header: ObjHeader,
    pub start: Obj,
    pub stop: Obj,
    pub step: Obj,
}

impl Vm {
    pub fn new_range(&mut self, start: isize, stop: isize, step: isize) -> PyResult {
        let p: *mut RangeObj = self.alloc_obj(&builtin::RANGE, 0)?;
        // SAFETY: fresh allocation.
        unsafe {
            (*p).start = start;
            (*p).stop = stop;
            (*p).step = step;
        }
        Ok(Obj::from_ptr(p))
    }

    pub fn new_slice(&mut self, start: Obj, stop: Obj, step: Obj) -> PyResult {
        let p: *mut SliceObj = self.alloc_obj(&builtin::SLICE, 0)?;
        // SAFETY: fresh allocation.
        unsafe {
            (*p).start = start;
            (*p).stop = stop;
            (*p).step = step;
        }
        Ok(Obj::from_ptr(p))
    }
}

/// A slice resolved against a sequence of length `len`: Python's `slice.indices()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SliceIndices {
    pub start: isize,
    pub stop: isize,
    pub step: isize,
    /// Number of items selected.
    pub count: usize,
}

impl SliceIndices {
    /// The index of the `i`th selected item.
    pub fn index(&self, i: usize) -> usize {
        (self.start + i as isize * self.step) as usize
    }
}

/// Resolves slice object `s` for a sequence of length `len`.
pub fn slice_indices(vm: &mut Vm, s: Obj, len: usize) -> PyResult<SliceIndices> {
    // SAFETY: callers pass slice objects.
    let so = unsafe { s.as_ref::<SliceObj>() };
    let (start, stop, step) = (so.start, so.stop, so.step);
    let step = if step == Obj::NONE {
        1
    } else {
        let v = vm.index_i64(step).map_err(|_| {
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        })?;
        if v == 0 {
            return Err(vm.value_error("slice step cannot be zero"));
        }
        v.clamp(-(isize::MAX as i64), isize::MAX as i64) as isize
    };
    let len = len as isize;
    let bound = |vm: &mut Vm, o: Obj, default: isize| -> PyResult<isize> {
        if o == Obj::NONE {
            return Ok(default);
        }
        let v = match vm.index_i64(o) {
            Ok(v) => v.clamp(isize::MIN as i64 / 2, isize::MAX as i64 / 2) as isize,
            Err(_) if crate::objects::int::is_int(o) => {
                if crate::objects::int::to_bigint(o).is_negative() {
                    isize::MIN / 2
                } else {
                    isize::MAX / 2
                }
            }
            Err(_) => {
                return Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ))
            }
        };
        let v = if v < 0 { v + len } else { v };
        Ok(if step > 0 {
            v.clamp(0, len)
        } else {
            v.clamp(-1, len - 1)
        })
    };
    let (dstart, dstop) = if step > 0 { (0, len) } else { (len - 1, -1) };
    let start = bound(vm, start, dstart)?;
    let stop = bound(vm, stop, dstop)?;
    let count = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok(SliceIndices {
        start,
        stop,
        step,
        count,
    })
}

/// Resolves an index for a sequence of length `len` (negative from the end), or None when
/// out of range.
pub fn seq_index(vm: &mut Vm, i: Obj, len: usize) -> PyResult<Option<usize>> {
    let v = match i.as_small_int() {
        Some(v) => v as i64,
        None => vm.index_i64(i).or_else(|e| {
            if crate::objects::int::is_int(i) {
                Ok(i64::MAX)
            } else {
                Err(e)
            }
        })?,
    };
    let v = if v < 0 { v + len as i64 } else { v };
    Ok((v >= 0 && (v as u64) < len as u64).then_some(v as usize))
}

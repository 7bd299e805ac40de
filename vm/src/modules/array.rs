//! The `array` module: `array.array(typecode[, initializer])`, a growable vector of machine
//! numbers (`b B h H i I l L q Q f d`) stored as bytes in native (little-endian) order. Its
//! buffer is what viper pointers and `asm_xtensa` arguments see, as in MicroPython, where
//! arrays are the usual way to hand typed data to machine code.
//!
//! Items out of their type's range raise OverflowError, as in CPython (MicroPython truncates
//! them silently); `l`/`L` are machine words, as C's `long` is on the ESP8266 and on 64-bit
//! Linux.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use crate::builtins::funcs::index_obj;
use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::methods::seq::{resolve_key, Key};
use crate::obj::{Obj, ObjHeader};
use crate::objects::bytes::ByteArrayObj;
use crate::objects::instance::native_value;
use crate::objects::int;
use crate::objects::iter::IterObj;
use crate::objects::module;
use crate::objects::range::SliceIndices;
use crate::qstr::Qstr;
use crate::types::{builtin, Kind, Slots, TypeObj};
use crate::vm::{PyResult, Vm};
use crate::{method, methods};

/// Its first four fields are a bytearray's, so the bytearray's storage code serves it
/// (`len` and `cap` count bytes).
#[repr(C)]
pub struct ArrayObj {
    pub header: ObjHeader,
    pub len: usize,
    pub cap: usize,
    pub data: *mut u8,
    pub typecode: usize,
}

pub static ARRAY: TypeObj = TypeObj::builtin(
    "array",
    Kind::Array,
    Some(&builtin::OBJECT),
    &[&APPEND, &EXTEND, &TOBYTES, &FROMBYTES, &TOLIST],
    &ARRAY_SLOTS,
);

static ARRAY_SLOTS: Slots = Slots {
    repr: Some(repr),
    compare: Some(compare),
    binop: Some(binop),
    len: Some(len),
    getitem: Some(getitem),
    setitem: Some(setitem),
    iter: Some(iter),
    getattr: Some(getattr),
    new: Some(array_new),
    ..Slots::NONE
};

method!(APPEND, "append", append);
method!(EXTEND, "extend", extend);
method!(TOBYTES, "tobytes", tobytes);
method!(FROMBYTES, "frombytes", frombytes);
method!(TOLIST, "tolist", tolist);

pub fn make(vm: &mut Vm) -> PyResult {
    let m = vm.new_module("array")?;
    vm.dict_set_str(module::dict(m), "array", ARRAY.as_obj())?;
    let codes = vm.new_str(TYPECODES)?;
    vm.dict_set_str(module::dict(m), "typecodes", codes)?;
    Ok(m)
}

const TYPECODES: &str = "bBhHiIlLqQfd";

/// How an item is stored.
#[derive(Clone, Copy, PartialEq)]
enum Item {
    Signed(usize),
    Unsigned(usize),
    Float32,
    Float64,
}

impl Item {
    fn of(code: u8) -> Option<Item> {
        const WORD: usize = core::mem::size_of::<usize>();
        Some(match code {
            b'b' => Item::Signed(1),
            b'B' => Item::Unsigned(1),
            b'h' => Item::Signed(2),
            b'H' => Item::Unsigned(2),
            b'i' => Item::Signed(4),
            b'I' => Item::Unsigned(4),
            b'l' => Item::Signed(WORD),
            b'L' => Item::Unsigned(WORD),
            b'q' => Item::Signed(8),
            b'Q' => Item::Unsigned(8),
            b'f' => Item::Float32,
            b'd' => Item::Float64,
            _ => return None,
        })
    }

    fn size(self) -> usize {
        match self {
            Item::Signed(n) | Item::Unsigned(n) => n,
            Item::Float32 => 4,
            Item::Float64 => 8,
        }
    }

    /// The object for the item stored in `b`.
    fn load(self, vm: &mut Vm, b: &[u8]) -> PyResult {
        let mut w = [0u8; 8];
        w[..b.len()].copy_from_slice(b);
        let raw = u64::from_le_bytes(w);
        match self {
            Item::Signed(n) => {
                let shift = 64 - 8 * n as u32;
                vm.new_int(((raw << shift) as i64) >> shift)
            }
            Item::Unsigned(_) => match i64::try_from(raw) {
                Ok(v) => vm.new_int(v),
                Err(_) => vm.new_bigint(crate::bigint::BigInt::from_u64(raw)),
            },
            Item::Float32 => vm.new_float(f32::from_bits(raw as u32) as f64),
            Item::Float64 => vm.new_float(f64::from_bits(raw)),
        }
    }

    /// Stores object `v` in `out`, checking its type and range.
    fn store(self, vm: &mut Vm, code: u8, v: Obj, out: &mut [u8]) -> PyResult<()> {
        let raw: u64 = match self {
            Item::Float32 => (vm.to_f64(v)? as f32).to_bits() as u64,
            Item::Float64 => vm.to_f64(v)?.to_bits(),
            Item::Signed(n) | Item::Unsigned(n) => {
                let i = int_value(vm, v)?;
                let bits = 8 * n as u32;
                let (lo, hi) = match self {
                    Item::Signed(_) => (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1),
                    _ => (0, (1i128 << bits) - 1),
                };
                if !(lo..=hi).contains(&i.unwrap_or(i128::MAX)) {
                    let msg =
                        alloc::format!("array item out of range for typecode '{}'", code as char);
                    return Err(vm.overflow_error(&msg));
                }
                i.unwrap_or(0) as u64
            }
        };
        out.copy_from_slice(&raw.to_le_bytes()[..out.len()]);
        Ok(())
    }
}

/// An integer argument's value, or None when it does not fit 128 bits.
fn int_value(vm: &mut Vm, v: Obj) -> PyResult<Option<i128>> {
    let v = index_obj(vm, v)?;
    if let Some(x) = int::to_i64(v) {
        return Ok(Some(x as i128));
    }
    let b = int::to_bigint(v);
    if b.limbs().len() > 4 {
        return Ok(None);
    }
    let m = b
        .limbs()
        .iter()
        .rev()
        .fold(0u128, |m, &l| m << 32 | u128::from(l));
    Ok(i128::try_from(m)
        .ok()
        .map(|m| if b.is_negative() { -m } else { m }))
}

fn fields<'a>(o: Obj) -> &'a mut ArrayObj {
    // SAFETY: callers pass arrays.
    unsafe { o.as_mut::<ArrayObj>() }
}

fn is_array(o: Obj) -> bool {
    o.is_ptr() && o.type_of().kind == Kind::Array
}

/// The bytes of array `o` (None when `o` is no array): its buffer.
pub fn bytes_of<'a>(o: Obj) -> Option<&'a mut [u8]> {
    if !is_array(o) {
        return None;
    }
    let a = fields(o);
    if a.len == 0 {
        return Some(&mut []);
    }
    // SAFETY: `data` holds `len` bytes.
    Some(unsafe { core::slice::from_raw_parts_mut(a.data, a.len) })
}

fn code_of(o: Obj) -> (u8, Item) {
    let c = fields(o).typecode as u8;
    (c, Item::of(c).unwrap_or(Item::Unsigned(1)))
}

/// Number of items.
fn count(o: Obj) -> usize {
    fields(o).len / code_of(o).1.size()
}

// The storage fields are where a bytearray has them (see `ArrayObj`).
const _: () = {
    use core::mem::offset_of;
    assert!(offset_of!(ArrayObj, len) == offset_of!(ByteArrayObj, len));
    assert!(offset_of!(ArrayObj, cap) == offset_of!(ByteArrayObj, cap));
    assert!(offset_of!(ArrayObj, data) == offset_of!(ByteArrayObj, data));
};

/// Sets the array's size in bytes (zero-filling growth).
fn resize(vm: &mut Vm, o: Obj, bytes: usize) -> PyResult<()> {
    vm.bytearray_resize(o, bytes)
}

fn new_array(vm: &mut Vm, code: u8, bytes: &[u8]) -> PyResult {
    let p: *mut ArrayObj = vm.alloc_obj(&ARRAY, 0)?;
    // SAFETY: fresh allocation.
    unsafe { (*p).typecode = code as usize };
    let o = Obj::from_ptr(p);
    resize(vm, o, bytes.len())?;
    if let Some(d) = bytes_of(o) {
        d.copy_from_slice(bytes);
    }
    Ok(o)
}

/// Appends the items of iterable `src` to array `o`.
fn extend_from(vm: &mut Vm, o: Obj, src: Obj) -> PyResult<()> {
    let (code, item) = code_of(o);
    if is_array(src) {
        if code_of(src).0 != code {
            return Err(vm.type_error("can only extend with array of same kind"));
        }
        let add = Vec::from(&*bytes_of(src).unwrap_or(&mut []));
        return append_bytes(vm, o, &add);
    }
    let it = vm.get_iter(src)?;
    let mut buf = [0u8; 8];
    while let Some(x) = vm.iter_next(it)? {
        item.store(vm, code, x, &mut buf[..item.size()])?;
        append_bytes(vm, o, &buf[..item.size()])?;
    }
    Ok(())
}

fn append_bytes(vm: &mut Vm, o: Obj, add: &[u8]) -> PyResult<()> {
    let n = fields(o).len;
    resize(vm, o, n + add.len())?;
    if let Some(d) = bytes_of(o) {
        d[n..].copy_from_slice(add);
    }
    Ok(())
}

fn array_new(vm: &mut Vm, _t: &'static TypeObj, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "array", args, kwnames, 1, 2)?;
    let code = match crate::objects::str::as_str(vm, native_value(a[0])) {
        Some(s) if s.len() == 1 && TYPECODES.contains(s) => s.as_bytes()[0],
        Some(_) => {
            let msg = "bad typecode (must be b, B, h, H, i, I, l, L, q, Q, f or d)";
            return Err(vm.value_error(msg));
        }
        None => {
            let msg = alloc::format!(
                "array() argument 1 must be a unicode character, not {}",
                a[0].type_of().name
            );
            return Err(vm.type_error(&msg));
        }
    };
    let o = new_array(vm, code, &[])?;
    if let Some(&init) = a.get(1) {
        match crate::objects::bytes::buffer(native_value(init)) {
            // Bytes-like initialisers are the items' bytes, as `frombytes` takes them.
            Some(b) => {
                let b = Vec::from(&*b);
                from_bytes(vm, o, &b)?;
            }
            None => extend_from(vm, o, init)?,
        }
    }
    Ok(o)
}

fn from_bytes(vm: &mut Vm, o: Obj, b: &[u8]) -> PyResult<()> {
    if !b.len().is_multiple_of(code_of(o).1.size()) {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    append_bytes(vm, o, b)
}

fn self_array(vm: &mut Vm, o: Obj, name: &str) -> PyResult<Obj> {
    methods::seq::check_self(vm, o, Kind::Array, "array", name)
}

fn append(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "append", args, kw, 2, 2)?;
    let o = self_array(vm, a[0], "append")?;
    let (code, item) = code_of(o);
    let mut buf = [0u8; 8];
    item.store(vm, code, a[1], &mut buf[..item.size()])?;
    append_bytes(vm, o, &buf[..item.size()])?;
    Ok(Obj::NONE)
}

fn extend(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "extend", args, kw, 2, 2)?;
    let o = self_array(vm, a[0], "extend")?;
    extend_from(vm, o, a[1])?;
    Ok(Obj::NONE)
}

fn tobytes(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "tobytes", args, kw, 1, 1)?;
    let o = self_array(vm, a[0], "tobytes")?;
    let b = Vec::from(&*bytes_of(o).unwrap_or(&mut []));
    vm.new_bytes(&b)
}

fn frombytes(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "frombytes", args, kw, 2, 2)?;
    let o = self_array(vm, a[0], "frombytes")?;
    let Some(b) = crate::objects::bytes::buffer(native_value(a[1])) else {
        let msg = alloc::format!(
            "a bytes-like object is required, not '{}'",
            a[1].type_of().name
        );
        return Err(vm.type_error(&msg));
    };
    let b = Vec::from(&*b);
    from_bytes(vm, o, &b)?;
    Ok(Obj::NONE)
}

/// The items as a new list (built in place: the objects made so far must stay reachable
/// from the heap while the next ones are allocated).
fn to_list(vm: &mut Vm, o: Obj) -> PyResult {
    let item = code_of(o).1;
    let d = Vec::from(&*bytes_of(o).unwrap_or(&mut []));
    let list = vm.new_list(&[])?;
    for b in d.chunks_exact(item.size()) {
        let x = item.load(vm, b)?;
        vm.list_push(list, x)?;
    }
    Ok(list)
}

fn tolist(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "tolist", args, kw, 1, 1)?;
    let o = self_array(vm, a[0], "tolist")?;
    to_list(vm, o)
}

fn repr(vm: &mut Vm, o: Obj, out: &mut String) -> PyResult<()> {
    let code = code_of(o).0 as char;
    if count(o) == 0 {
        let _ = write!(out, "array('{code}')");
        return Ok(());
    }
    let list = to_list(vm, o)?;
    let _ = write!(out, "array('{code}', ");
    vm.repr_into(list, out)?;
    out.push(')');
    Ok(())
}

fn len(_vm: &mut Vm, o: Obj) -> PyResult<usize> {
    Ok(count(o))
}

fn getattr(vm: &mut Vm, o: Obj, name: Qstr) -> PyResult<Option<Obj>> {
    Ok(match vm.qstr_text(name) {
        "typecode" => {
            let c = [code_of(o).0];
            Some(vm.new_str(core::str::from_utf8(&c).unwrap_or("?"))?)
        }
        "itemsize" => Some(Obj::small_int(code_of(o).1.size() as isize)),
        _ => None,
    })
}

/// Byte range of the items a slice selects, when they are contiguous.
fn byte_range(si: &SliceIndices, size: usize) -> core::ops::Range<usize> {
    let start = si.start.max(0) as usize * size;
    start..start + si.count * size
}

fn getitem(vm: &mut Vm, o: Obj, k: Obj) -> PyResult {
    let (code, item) = code_of(o);
    let size = item.size();
    match resolve_key(vm, k, count(o), "array")? {
        Key::Index(i) => {
            let b = Vec::from(&bytes_of(o).unwrap_or(&mut [])[i * size..(i + 1) * size]);
            item.load(vm, &b)
        }
        Key::OutOfRange => Err(vm.index_error("array index out of range")),
        Key::Slice(si) => {
            let d = bytes_of(o).unwrap_or(&mut []);
            let v: Vec<u8> = if si.step == 1 {
                Vec::from(&d[byte_range(&si, size)])
            } else {
                (0..si.count)
                    .flat_map(|j| {
                        d[si.index(j) * size..(si.index(j) + 1) * size]
                            .iter()
                            .copied()
                    })
                    .collect()
            };
            new_array(vm, code, &v)
        }
    }
}

fn setitem(vm: &mut Vm, o: Obj, k: Obj, v: Obj) -> PyResult<()> {
    let (code, item) = code_of(o);
    let size = item.size();
    let n = count(o);
    match resolve_key(vm, k, n, "array")? {
        Key::OutOfRange => Err(vm.index_error("array assignment index out of range")),
        Key::Index(i) if v.is_null() => {
            let mut d = Vec::from(&*bytes_of(o).unwrap_or(&mut []));
            d.drain(i * size..(i + 1) * size);
            replace(vm, o, &d)
        }
        Key::Index(i) => {
            let mut buf = [0u8; 8];
            item.store(vm, code, v, &mut buf[..size])?;
            if let Some(d) = bytes_of(o) {
                d[i * size..(i + 1) * size].copy_from_slice(&buf[..size]);
            }
            Ok(())
        }
        Key::Slice(si) => {
            let mut d = Vec::from(&*bytes_of(o).unwrap_or(&mut []));
            let selected: Vec<usize> = (0..si.count).map(|j| si.index(j)).collect();
            if v.is_null() {
                let keep = (0..n).filter(|i| !selected.contains(i));
                let kept: Vec<u8> = keep
                    .flat_map(|i| d[i * size..(i + 1) * size].to_vec())
                    .collect();
                return replace(vm, o, &kept);
            }
            if !is_array(v) || code_of(v).0 != code {
                let msg = alloc::format!(
                    "can only assign array (not \"{}\") to array slice",
                    v.type_of().name
                );
                return Err(vm.type_error(&msg));
            }
            let new = Vec::from(&*bytes_of(v).unwrap_or(&mut []));
            if si.step == 1 {
                d.splice(byte_range(&si, size), new);
                return replace(vm, o, &d);
            }
            if new.len() != si.count * size {
                let msg = alloc::format!(
                    "attempt to assign array of size {} to extended slice of size {}",
                    new.len() / size,
                    si.count
                );
                return Err(vm.value_error(&msg));
            }
            for (j, &i) in selected.iter().enumerate() {
                d[i * size..(i + 1) * size].copy_from_slice(&new[j * size..(j + 1) * size]);
            }
            replace(vm, o, &d)
        }
    }
}

/// Replaces the contents of array `o` by `d`.
fn replace(vm: &mut Vm, o: Obj, d: &[u8]) -> PyResult<()> {
    resize(vm, o, d.len())?;
    if let Some(b) = bytes_of(o) {
        b.copy_from_slice(d);
    }
    Ok(())
}

fn iter_next(vm: &mut Vm, it: &mut IterObj) -> PyResult<Option<Obj>> {
    let o = it.a;
    let item = code_of(o).1;
    let i = it.i as usize;
    if i >= count(o) {
        return Ok(None);
    }
    it.i += 1;
    let size = item.size();
    let b = Vec::from(&bytes_of(o).unwrap_or(&mut [])[i * size..(i + 1) * size]);
    item.load(vm, &b).map(Some)
}

fn iter(vm: &mut Vm, o: Obj) -> PyResult {
    vm.new_iter(iter_next, o, Obj::NULL, 0, 0)
}

fn compare(vm: &mut Vm, op: CompareKind, a: Obj, b: Obj) -> PyResult<Option<bool>> {
    if !(is_array(a) && is_array(b)) {
        return Ok(None);
    }
    let xl = to_list(vm, a)?;
    let yl = to_list(vm, b)?;
    vm.rich_compare(op, xl, yl)
        .and_then(|r| vm.truth(r))
        .map(Some)
}

fn binop(vm: &mut Vm, op: BinaryOpKind, a: Obj, b: Obj, inplace: bool) -> PyResult<Option<Obj>> {
    if !is_array(a) {
        return Ok(None);
    }
    match op {
        BinaryOpKind::Add if is_array(b) => {
            if code_of(b).0 != code_of(a).0 {
                return Err(vm.type_error("bad argument type for built-in operation"));
            }
            let add = Vec::from(&*bytes_of(b).unwrap_or(&mut []));
            if inplace {
                append_bytes(vm, a, &add)?;
                return Ok(Some(a));
            }
            let mut v = Vec::from(&*bytes_of(a).unwrap_or(&mut []));
            v.extend_from_slice(&add);
            new_array(vm, code_of(a).0, &v).map(Some)
        }
        BinaryOpKind::Mul => {
            let Some(n) = methods::seq::repeat_count(vm, b)? else {
                return Ok(None);
            };
            let d = Vec::from(&*bytes_of(a).unwrap_or(&mut []));
            vm.ensure_fits(d.len().saturating_mul(n))?;
            let v = d.repeat(n);
            if inplace {
                replace(vm, a, &v)?;
                return Ok(Some(a));
            }
            new_array(vm, code_of(a).0, &v).map(Some)
        }
        _ => Ok(None),
    }
}

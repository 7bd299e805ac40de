//! bytes, bytearray and memoryview: slots and the methods they do not share with str (those
//! are in `bytes_common`).

use alloc::string::String;
use alloc::vec::Vec;

use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::obj::Obj;
use crate::objects::bytes::{buffer, MemoryViewObj};
use crate::objects::instance::native_value;
use crate::objects::iter::IterObj;
use crate::objects::range::{seq_index, slice_indices};
use crate::objects::{exc, int, str as pystr};
use crate::qstr::Qstr;
use crate::types::{builtin, BuiltinFn, Kind, Slots, TypeObj};
use crate::vm::{PyResult, Vm};
use crate::{classmethod, method, methods};

use super::bytes_common::{self as common, make, repr_bytes, SeqKind};

pub static BYTES_SLOTS: Slots = Slots {
    repr: Some(repr),
    str: Some(repr),
    hash: Some(hash),
    compare: Some(compare),
    binop: Some(binop),
    len: Some(len),
    getitem: Some(getitem),
    contains: Some(contains),
    iter: Some(iter),
    new: Some(bytes_new),
    ..Slots::NONE
};

pub static BYTEARRAY_SLOTS: Slots = Slots {
    repr: Some(repr),
    str: Some(repr),
    hash: Some(unhashable),
    compare: Some(compare),
    binop: Some(binop),
    len: Some(len),
    getitem: Some(getitem),
    setitem: Some(ba_setitem),
    contains: Some(contains),
    iter: Some(iter),
    new: Some(bytearray_new),
    ..Slots::NONE
};

pub static MEMORYVIEW_SLOTS: Slots = Slots {
    repr: Some(mv_repr),
    hash: Some(mv_hash),
    compare: Some(compare),
    len: Some(len),
    getitem: Some(mv_getitem),
    setitem: Some(mv_setitem),
    iter: Some(iter),
    getattr: Some(mv_getattr),
    new: Some(mv_new),
    ..Slots::NONE
};

method!(DECODE, "decode", decode);
method!(HEX, "hex", hex);
classmethod!(FROMHEX, "fromhex", fromhex);
method!(APPEND, "append", append);
method!(EXTEND, "extend", extend);
method!(POP, "pop", pop);
method!(INSERT, "insert", insert);
method!(REMOVE, "remove", remove);
method!(CLEAR, "clear", clear);
method!(COPY, "copy", copy);
method!(REVERSE, "reverse", reverse);
method!(TOBYTES, "tobytes", tobytes);
method!(TOLIST, "tolist", tolist);
method!(RELEASE, "release", release);
method!(ENTER, "__enter__", enter);
method!(SETITEM, "__setitem__", dunder_setitem);
method!(DELITEM, "__delitem__", dunder_delitem);
method!(EXIT, "__exit__", exit);

macro_rules! with_common {
    ($($extra:expr),* $(,)?) => {
        &[
            &common::FIND,
            &common::RFIND,
            &common::INDEX,
            &common::RINDEX,
            &common::COUNT,
            &common::REPLACE,
            &common::SPLIT,
            &common::RSPLIT,
            &common::SPLITLINES,
            &common::JOIN,
            &common::STRIP,
            &common::LSTRIP,
            &common::RSTRIP,
            &common::STARTSWITH,
            &common::ENDSWITH,
            &common::UPPER,
            &common::LOWER,
            &common::CAPITALIZE,
            &common::TITLE,
            &common::SWAPCASE,
            &common::CENTER,
            &common::LJUST,
            &common::RJUST,
            &common::ZFILL,
            &common::PARTITION,
            &common::RPARTITION,
            &common::ISDIGIT,
            &common::ISALPHA,
            &common::ISALNUM,
            &common::ISSPACE,
            &common::ISUPPER,
            &common::ISLOWER,
            &common::ISTITLE,
            &common::ISASCII,
            &common::EXPANDTABS,
            &common::REMOVEPREFIX,
            &common::REMOVESUFFIX,
            &common::LEN,
            &common::GETITEM,
            &common::CONTAINS,
            &common::ITER,
            $($extra),*
        ]
    };
}

pub static BYTES_METHODS: &[&BuiltinFn] = with_common![&DECODE, &HEX, &FROMHEX];
pub static BYTEARRAY_METHODS: &[&BuiltinFn] = with_common![
    &DECODE, &HEX, &FROMHEX, &SETITEM, &DELITEM, &APPEND, &EXTEND, &POP, &INSERT, &REMOVE, &CLEAR,
    &COPY, &REVERSE,
];
pub static MEMORYVIEW_METHODS: &[&BuiltinFn] = &[
    &TOBYTES,
    &TOLIST,
    &HEX,
    &RELEASE,
    &ENTER,
    &EXIT,
    &common::LEN,
    &common::GETITEM,
    &SETITEM,
];

/// The bytes of `o` (or of its native value).
fn data<'a>(o: Obj) -> Option<&'a mut [u8]> {
    buffer(native_value(o))
}

fn kind_of(o: Obj) -> SeqKind {
    if o.type_of().kind == Kind::ByteArray {
        SeqKind::ByteArray
    } else {
        SeqKind::Bytes
    }
}

fn repr(_vm: &mut Vm, o: Obj, out: &mut String) -> PyResult<()> {
    let d = buffer(o).unwrap_or(&mut []);
    if o.type_of().kind == Kind::ByteArray {
        out.push_str("bytearray(");
        repr_bytes(d, out);
        out.push(')');
    } else {
        repr_bytes(d, out);
    }
    Ok(())
}

fn hash(_vm: &mut Vm, o: Obj) -> PyResult<i64> {
    Ok(i64::from(crate::qstr::hash_bytes(
        buffer(o).unwrap_or(&mut []),
    )))
}

fn unhashable(vm: &mut Vm, o: Obj) -> PyResult<i64> {
    let msg = alloc::format!("unhashable type: '{}'", o.type_of().name);
    Err(vm.type_error(&msg))
}

fn compare(_vm: &mut Vm, op: CompareKind, a: Obj, b: Obj) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (data(a), data(b)) else {
        return Ok(None);
    };
    let mv = a.type_of().kind == Kind::MemoryView || b.type_of().kind == Kind::MemoryView;
    Ok(match op {
        CompareKind::Eq => Some(x == y),
        CompareKind::Ne => Some(x != y),
        _ if mv => None,
        CompareKind::Lt => Some(x < y),
        CompareKind::Le => Some(x <= y),
        CompareKind::Gt => Some(x > y),
        CompareKind::Ge => Some(x >= y),
        _ => None,
    })
}

fn binop(vm: &mut Vm, op: BinaryOpKind, a: Obj, b: Obj, inplace: bool) -> PyResult<Option<Obj>> {
    let ak = a.is_ptr() && matches!(a.type_of().kind, Kind::Bytes | Kind::ByteArray);
    match op {
        BinaryOpKind::Add => {
            if !ak {
                return Ok(None);
            }
            let x = buffer(a).unwrap_or(&mut []);
            let Some(y) = data(b) else {
                if b.type_of().is_class() {
                    return Ok(None);
                }
                let msg =
                    alloc::format!("can't concat {} to {}", b.type_of().name, a.type_of().name);
                return Err(vm.type_error(&msg));
            };
            if inplace && kind_of(a) == SeqKind::ByteArray {
                let y = Vec::from(&*y);
                ba_extend_bytes(vm, a, &y)?;
                return Ok(Some(a));
            }
            let mut v = Vec::with_capacity(x.len() + y.len());
            v.extend_from_slice(x);
            v.extend_from_slice(y);
            Ok(Some(make(vm, kind_of(a), &v)?))
        }
        BinaryOpKind::Mul => {
            let (s, n) = if ak {
                (a, b)
            } else if b.is_ptr() && matches!(b.type_of().kind, Kind::Bytes | Kind::ByteArray) {
                (b, a)
            } else {
                return Ok(None);
            };
            let Some(count) = super::seq::repeat_count(vm, n)? else {
                if n.type_of().is_class() {
                    return Ok(None);
                }
                let msg = alloc::format!(
                    "can't multiply sequence by non-int of type '{}'",
                    n.type_of().name
                );
                return Err(vm.type_error(&msg));
            };
            let v = super::str::repeat_bytes(vm, buffer(s).unwrap_or(&mut []), count)?;
            if inplace && ak && kind_of(a) == SeqKind::ByteArray {
                ba_set(vm, a, &v)?;
                return Ok(Some(a));
            }
            Ok(Some(make(vm, kind_of(s), &v)?))
        }
        BinaryOpKind::Mod => {
            if !ak {
                return Ok(None);
            }
            let f: String = buffer(a)
                .unwrap_or(&mut [])
                .iter()
                .map(|&c| c as char)
                .collect();
            let r = super::str_format::percent(vm, &f, b, true)?;
            let v: Vec<u8> = r.chars().map(|c| c as u32 as u8).collect();
            Ok(Some(make(vm, kind_of(a), &v)?))
        }
        _ => Ok(None),
    }
}

fn len(_vm: &mut Vm, o: Obj) -> PyResult<usize> {
    Ok(data(o).map_or(0, |d| d.len()))
}

fn index_type_error(vm: &mut Vm, o: Obj, k: Obj) -> Obj {
    let what = if o.type_of().kind == Kind::MemoryView {
        String::from("memoryview: invalid slice key")
    } else {
        alloc::format!(
            "{} indices must be integers or slices, not {}",
            if o.type_of().kind == Kind::ByteArray {
                "bytearray"
            } else {
                "byte"
            },
            k.type_of().name
        )
    };
    vm.type_error(&what)
}

fn is_slice(k: Obj) -> bool {
    k.is_ptr() && k.type_of().kind == Kind::Slice
}

fn getitem(vm: &mut Vm, o: Obj, k: Obj) -> PyResult {
    let d = buffer(o).unwrap_or(&mut []);
    if is_slice(k) {
        let si = slice_indices(vm, k, d.len())?;
        let d = buffer(o).unwrap_or(&mut []);
        let v: Vec<u8> = if si.step == 1 {
            Vec::from(&d[si.start as usize..si.start as usize + si.count])
        } else {
            (0..si.count).map(|i| d[si.index(i)]).collect()
        };
        return make(vm, kind_of(o), &v);
    }
    if !int::is_int(native_value(k)) && !k.type_of().is_class() {
        return Err(index_type_error(vm, o, k));
    }
    match seq_index(vm, k, d.len())? {
        Some(i) => Ok(Obj::small_int(d[i] as isize)),
        None => Err(vm.index_error(if o.type_of().kind == Kind::ByteArray {
            "bytearray index out of range"
        } else {
            "index out of range"
        })),
    }
}

fn contains(vm: &mut Vm, o: Obj, x: Obj) -> PyResult<bool> {
    let d = buffer(o).unwrap_or(&mut []);
    if let Some(n) = data(x) {
        return Ok(common::find_bytes(d, n).is_some());
    }
    if !int::is_int(native_value(x)) && !x.type_of().is_class() {
        let msg = alloc::format!(
            "a bytes-like object is required, not '{}'",
            x.type_of().name
        );
        return Err(vm.type_error(&msg));
    }
    let v = byte_value(vm, x)?;
    Ok(d.contains(&v))
}

/// An int in range(256) (TypeError/ValueError otherwise).
fn byte_value(vm: &mut Vm, x: Obj) -> PyResult<u8> {
    let v = if int::is_int(native_value(x)) || x.type_of().is_class() {
        vm.index_i64(x)
    } else {
        Err(vm.type_error_obj(x, "cannot be interpreted as an integer"))
    };
    let v = match v {
        Ok(v) => v,
        Err(e) if int::is_int(native_value(x)) => {
            let _ = e;
            -1
        }
        Err(e) => return Err(e),
    };
    if !(0..256).contains(&v) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(v as u8)
}

fn iter_next(_vm: &mut Vm, io: &mut IterObj) -> PyResult<Option<Obj>> {
    let d = buffer(io.a).unwrap_or(&mut []);
    let i = io.i as usize;
    if i >= d.len() {
        return Ok(None);
    }
    io.i += 1;
    Ok(Some(Obj::small_int(d[i] as isize)))
}

fn iter(vm: &mut Vm, o: Obj) -> PyResult {
    vm.new_iter(iter_next, o, Obj::NULL, 0, 0)
}

/// The bytes a `bytes(...)`/`bytearray(...)` call describes.
fn source_bytes(
    vm: &mut Vm,
    name: &str,
    args: &[Obj],
    kwnames: &[Obj],
) -> PyResult<Option<Vec<u8>>> {
    let (pos, kw) = methods::kwargs(vm, name, args, kwnames, ["source", "encoding", "errors"])?;
    if pos.len() > 3 {
        let msg = alloc::format!(
            "{}() takes at most 3 arguments ({} given)",
            name,
            args.len()
        );
        return Err(vm.type_error(&msg));
    }
    let get = |i: usize| {
        if !kw[i].is_null() {
            kw[i]
        } else {
            pos.get(i).copied().unwrap_or(Obj::NULL)
        }
    };
    let (src, enc, errs) = (get(0), get(1), get(2));
    if src.is_null() {
        if !enc.is_null() || !errs.is_null() {
            let msg = if !enc.is_null() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            };
            return Err(vm.type_error(msg));
        }
        return Ok(None);
    }
    let v = native_value(src);
    if let Some(s) = pystr::as_str(vm, v) {
        if enc.is_null() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let e = vm.str_arg(native_value(enc))?;
        let r = if errs.is_null() {
            "strict"
        } else {
            vm.str_arg(native_value(errs))?
        };
        return super::str::encode_text(vm, s, e, r).map(Some);
    }
    if !enc.is_null() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if !errs.is_null() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if let Some(d) = crate::objects::bytes::raw_buffer(v) {
        return Ok(Some(Vec::from(&*d)));
    }
    if int::is_int(v) {
        let n = vm.index_i64(v)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        if n > (1 << 30) {
            return Err(vm.new_exc(&crate::objects::exc::MEMORY_ERROR, ""));
        }
        return Ok(Some(alloc::vec![0u8; n as usize]));
    }
    let t = src.type_of();
    if t.is_class() {
        let name = vm.intern("__bytes__");
        if let Some(f) = vm.lookup_type_attr(t, name) {
            let r = vm.call(f, &[src], &[])?;
            return match buffer(native_value(r)) {
                Some(d) if r.type_of().kind == Kind::Bytes || r.type_of().is_class() => {
                    Ok(Some(Vec::from(&*d)))
                }
                _ => {
                    let msg =
                        alloc::format!("__bytes__ returned non-bytes (type {})", r.type_of().name);
                    Err(vm.type_error(&msg))
                }
            };
        }
    }
    let it = match vm.get_iter(src) {
        Ok(it) => it,
        Err(_) => {
            let msg = alloc::format!("cannot convert '{}' object to {}", src.type_of().name, name);
            return Err(vm.type_error(&msg));
        }
    };
    let mut out = Vec::new();
    while let Some(x) = vm.iter_next(it)? {
        match byte_value(vm, x) {
            Ok(b) => out.push(b),
            Err(e) if name == "bytes" && exc::matches(e, &exc::VALUE_ERROR) => {
                return Err(vm.value_error("bytes must be in range(0, 256)"))
            }
            Err(e) => return Err(e),
        }
    }
    Ok(Some(out))
}

fn bytes_new(vm: &mut Vm, _t: &'static TypeObj, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    if args.len() == 1 && kwnames.is_empty() && args[0].is_exactly(&builtin::BYTES) {
        return Ok(args[0]);
    }
    let v = source_bytes(vm, "bytes", args, kwnames)?.unwrap_or_default();
    vm.new_bytes(&v)
}

fn bytearray_new(vm: &mut Vm, _t: &'static TypeObj, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let v = source_bytes(vm, "bytearray", args, kwnames)?.unwrap_or_default();
    vm.new_bytearray(&v)
}

// ---------------------------------------------------------------------------------------
// bytearray mutation.

fn ba_self(vm: &mut Vm, o: Obj) -> PyResult<Obj> {
    let v = native_value(o);
    if v.is_ptr() && v.type_of().kind == Kind::ByteArray {
        Ok(v)
    } else {
        Err(vm.type_error("descriptor requires a 'bytearray' object"))
    }
}

/// Replaces the contents of bytearray `o`.
fn ba_set(vm: &mut Vm, o: Obj, v: &[u8]) -> PyResult<()> {
    vm.bytearray_resize(o, v.len())?;
    if let Some(d) = buffer(o) {
        d.copy_from_slice(v);
    }
    Ok(())
}

fn ba_extend_bytes(vm: &mut Vm, o: Obj, v: &[u8]) -> PyResult<()> {
    let n = buffer(o).map_or(0, |d| d.len());
    vm.bytearray_resize(o, n + v.len())?;
    if let Some(d) = buffer(o) {
        d[n..].copy_from_slice(v);
    }
    Ok(())
}

/// The bytes of a value assigned to a bytearray slice.
fn assigned_bytes(vm: &mut Vm, v: Obj) -> PyResult<Vec<u8>> {
    if let Some(d) = data(v) {
        return Ok(Vec::from(&*d));
    }
    if int::is_int(native_value(v)) || pystr::as_str(vm, native_value(v)).is_some() {
        return Err(
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        );
    }
    let it = vm.get_iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = vm.iter_next(it)? {
        out.push(byte_value(vm, x)?);
    }
    Ok(out)
}

fn ba_setitem(vm: &mut Vm, o: Obj, k: Obj, v: Obj) -> PyResult<()> {
    let n = buffer(o).map_or(0, |d| d.len());
    if is_slice(k) {
        let si = slice_indices(vm, k, n)?;
        let cur = Vec::from(&*buffer(o).unwrap_or(&mut []));
        let mut new: Vec<u8>;
        if v.is_null() {
            if si.step == 1 {
                new = cur;
                new.drain(si.start as usize..si.start as usize + si.count);
            } else {
                let mut del = alloc::vec![false; n];
                for i in 0..si.count {
                    del[si.index(i)] = true;
                }
                new = cur
                    .iter()
                    .zip(del.iter())
                    .filter(|(_, &d)| !d)
                    .map(|(&b, _)| b)
                    .collect();
            }
        } else {
            let val = assigned_bytes(vm, v)?;
            if si.step == 1 {
                let start = (si.start.max(0) as usize).min(n);
                new = cur;
                new.splice(start..start + si.count, val);
            } else {
                if val.len() != si.count {
                    let msg = alloc::format!(
                        "attempt to assign bytes of size {} to extended slice of size {}",
                        val.len(),
                        si.count
                    );
                    return Err(vm.value_error(&msg));
                }
                new = cur;
                for (i, b) in val.into_iter().enumerate() {
                    new[si.index(i)] = b;
                }
            }
        }
        return ba_set(vm, o, &new);
    }
    if !int::is_int(native_value(k)) && !k.type_of().is_class() {
        return Err(index_type_error(vm, o, k));
    }
    let Some(i) = seq_index(vm, k, n)? else {
        return Err(vm.index_error("bytearray index out of range"));
    };
    if v.is_null() {
        let mut cur = Vec::from(&*buffer(o).unwrap_or(&mut []));
        cur.remove(i);
        return ba_set(vm, o, &cur);
    }
    let b = byte_value(vm, v)?;
    if let Some(d) = buffer(o) {
        d[i] = b;
    }
    Ok(())
}

fn append(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "append", args, kwnames, 2, 2)?;
    let o = ba_self(vm, a[0])?;
    let b = byte_value(vm, a[1])?;
    ba_extend_bytes(vm, o, &[b])?;
    Ok(Obj::NONE)
}

fn extend(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "extend", args, kwnames, 2, 2)?;
    let o = ba_self(vm, a[0])?;
    if pystr::as_str(vm, native_value(a[1])).is_some() {
        return Err(vm.type_error("expected iterable of integers; got: 'str'"));
    }
    let v = assigned_bytes(vm, a[1]).map_err(|e| {
        if int::is_int(native_value(a[1])) {
            let msg = alloc::format!("can't extend bytearray with {}", a[1].type_of().name);
            vm.type_error(&msg)
        } else {
            e
        }
    })?;
    ba_extend_bytes(vm, o, &v)?;
    Ok(Obj::NONE)
}

fn pop(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "pop", args, kwnames, 1, 2)?;
    let o = ba_self(vm, a[0])?;
    let n = buffer(o).map_or(0, |d| d.len());
    if n == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let i = match a.get(1) {
        Some(&k) => match seq_index(vm, k, n)? {
            Some(i) => i,
            None => return Err(vm.index_error("pop index out of range")),
        },
        None => n - 1,
    };
    let mut cur = Vec::from(&*buffer(o).unwrap_or(&mut []));
    let b = cur.remove(i);
    ba_set(vm, o, &cur)?;
    Ok(Obj::small_int(b as isize))
}

fn insert(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "insert", args, kwnames, 3, 3)?;
    let o = ba_self(vm, a[0])?;
    let n = buffer(o).map_or(0, |d| d.len()) as i64;
    let mut i = vm.index_i64(a[1])?;
    if i < 0 {
        i = (i + n).max(0);
    }
    let i = i.min(n) as usize;
    let b = byte_value(vm, a[2])?;
    let mut cur = Vec::from(&*buffer(o).unwrap_or(&mut []));
    cur.insert(i, b);
    ba_set(vm, o, &cur)?;
    Ok(Obj::NONE)
}

fn remove(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "remove", args, kwnames, 2, 2)?;
    let o = ba_self(vm, a[0])?;
    let b = byte_value(vm, a[1])?;
    let mut cur = Vec::from(&*buffer(o).unwrap_or(&mut []));
    match cur.iter().position(|&x| x == b) {
        Some(i) => {
            cur.remove(i);
            ba_set(vm, o, &cur)?;
            Ok(Obj::NONE)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn clear(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "clear", args, kwnames, 1, 1)?;
    let o = ba_self(vm, a[0])?;
    vm.bytearray_resize(o, 0)?;
    Ok(Obj::NONE)
}

fn copy(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "copy", args, kwnames, 1, 1)?;
    let o = ba_self(vm, a[0])?;
    let cur = Vec::from(&*buffer(o).unwrap_or(&mut []));
    vm.new_bytearray(&cur)
}

fn reverse(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "reverse", args, kwnames, 1, 1)?;
    let o = ba_self(vm, a[0])?;
    if let Some(d) = buffer(o) {
        d.reverse();
    }
    Ok(Obj::NONE)
}

// ---------------------------------------------------------------------------------------
// Methods of bytes and bytearray (and memoryview's hex).

fn decode(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let (me, enc, errs) = super::str::codec_args(vm, "decode", args, kwnames)?;
    let d = data(me).unwrap_or(&mut []);
    super::str::decode(vm, d, enc, errs)
}

fn hex(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = methods::kwargs(vm, "hex", args, kwnames, ["sep", "bytes_per_sep"])?;
    let a = methods::args(vm, "hex", pos, &[], 1, 3)?;
    let sep_o = if !kw[0].is_null() {
        kw[0]
    } else {
        a.get(1).copied().unwrap_or(Obj::NULL)
    };
    let per_o = if !kw[1].is_null() {
        kw[1]
    } else {
        a.get(2).copied().unwrap_or(Obj::NULL)
    };
    let sep: Option<char> = if sep_o.is_null() || sep_o == Obj::NONE {
        None
    } else {
        let s: String = if let Some(s) = pystr::as_str(vm, native_value(sep_o)) {
            String::from(s)
        } else if let Some(d) = data(sep_o) {
            d.iter().map(|&b| b as char).collect()
        } else {
            return Err(vm.type_error("sep must be str or bytes."));
        };
        let mut cs = s.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) if c.is_ascii() => Some(c),
            (Some(_), None) => return Err(vm.value_error("sep must be ASCII.")),
            _ => return Err(vm.value_error("sep must be length 1.")),
        }
    };
    let per = if per_o.is_null() {
        1
    } else {
        vm.index_i64(per_o)?
    };
    let d = data(a[0]).unwrap_or(&mut []);
    let mut out = String::with_capacity(d.len() * 3);
    const HEXD: &[u8; 16] = b"0123456789abcdef";
    let group = per.unsigned_abs() as usize;
    for (i, &b) in d.iter().enumerate() {
        if let Some(s) = sep {
            if i > 0 && group > 0 {
                let boundary = if per > 0 {
                    (d.len() - i) % group == 0
                } else {
                    i % group == 0
                };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push(HEXD[(b >> 4) as usize] as char);
        out.push(HEXD[(b & 15) as usize] as char);
    }
    vm.new_str(&out)
}

fn fromhex(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "fromhex", args, kwnames, 2, 2)?;
    let s = match pystr::as_str(vm, native_value(a[1])) {
        Some(s) => s,
        None => {
            let msg = alloc::format!(
                "fromhex() argument must be str, not {}",
                a[1].type_of().name
            );
            return Err(vm.type_error(&msg));
        }
    };
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    let bad = |vm: &mut Vm, i: usize| {
        let msg = alloc::format!(
            "non-hexadecimal number found in fromhex() arg at position {}",
            i
        );
        vm.value_error(&msg)
    };
    while i < b.len() {
        if b[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = (b[i] as char).to_digit(16).ok_or_else(|| bad(vm, i))?;
        let lo = b
            .get(i + 1)
            .and_then(|&c| (c as char).to_digit(16))
            .ok_or_else(|| bad(vm, i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let is_ba = core::ptr::eq(a[0].as_ptr::<TypeObj>(), &builtin::BYTEARRAY);
    if is_ba {
        vm.new_bytearray(&out)
    } else if core::ptr::eq(a[0].as_ptr::<TypeObj>(), &builtin::BYTES) {
        vm.new_bytes(&out)
    } else {
        let b = vm.new_bytes(&out)?;
        vm.call(a[0], &[b], &[])
    }
}

// ---------------------------------------------------------------------------------------
// memoryview.

fn mv_fields(o: Obj) -> &'static MemoryViewObj {
    // SAFETY: callers pass memoryview objects.
    unsafe { o.as_ref::<MemoryViewObj>() }
}

fn mv_readonly(o: Obj) -> bool {
    let m = mv_fields(o);
    native_value(m.obj).type_of().kind != Kind::ByteArray
}

fn mv_repr(_vm: &mut Vm, o: Obj, out: &mut String) -> PyResult<()> {
    use core::fmt::Write;
    let _ = write!(out, "<memory at {:#x}>", o.bits());
    Ok(())
}

fn mv_hash(vm: &mut Vm, o: Obj) -> PyResult<i64> {
    if !mv_readonly(o) {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    hash(vm, o)
}

fn mv_new(vm: &mut Vm, _t: &'static TypeObj, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = methods::kwargs(vm, "memoryview", args, kwnames, ["object"])?;
    let a = methods::args(vm, "memoryview", pos, &[], 0, 1)?;
    let o = if !kw[0].is_null() {
        kw[0]
    } else if let Some(&o) = a.first() {
        o
    } else {
        return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    let v = native_value(o);
    if v.is_ptr() && v.type_of().kind == Kind::MemoryView {
        let m = mv_fields(v);
        return vm.new_memoryview(m.obj, m.start, m.len);
    }
    match buffer(v) {
        Some(d) => {
            let n = d.len();
            vm.new_memoryview(v, 0, n)
        }
        None => {
            let msg = alloc::format!(
                "memoryview: a bytes-like object is required, not '{}'",
                o.type_of().name
            );
            Err(vm.type_error(&msg))
        }
    }
}

fn mv_getitem(vm: &mut Vm, o: Obj, k: Obj) -> PyResult {
    let n = buffer(o).map_or(0, |d| d.len());
    if is_slice(k) {
        let si = slice_indices(vm, k, n)?;
        let m = mv_fields(o);
        if si.step == 1 {
            return vm.new_memoryview(m.obj, m.start + si.start as usize, si.count);
        }
        let d = buffer(o).unwrap_or(&mut []);
        let v: Vec<u8> = (0..si.count).map(|i| d[si.index(i)]).collect();
        let b = vm.new_bytes(&v)?;
        return vm.new_memoryview(b, 0, v.len());
    }
    if !int::is_int(native_value(k)) && !k.type_of().is_class() {
        return Err(index_type_error(vm, o, k));
    }
    match seq_index(vm, k, n)? {
        Some(i) => Ok(Obj::small_int(buffer(o).unwrap_or(&mut [])[i] as isize)),
        None => Err(vm.index_error("index out of bounds on dimension 1")),
    }
}

fn mv_setitem(vm: &mut Vm, o: Obj, k: Obj, v: Obj) -> PyResult<()> {
    if mv_readonly(o) {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    if v.is_null() {
        return Err(vm.type_error("cannot delete memory"));
    }
    let n = buffer(o).map_or(0, |d| d.len());
    if is_slice(k) {
        let si = slice_indices(vm, k, n)?;
        let Some(src) = data(v) else {
            let msg = alloc::format!(
                "a bytes-like object is required, not '{}'",
                v.type_of().name
            );
            return Err(vm.type_error(&msg));
        };
        if src.len() != si.count {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let src = Vec::from(&*src);
        let d = buffer(o).unwrap_or(&mut []);
        for (i, b) in src.into_iter().enumerate() {
            d[si.index(i)] = b;
        }
        return Ok(());
    }
    if !int::is_int(native_value(k)) && !k.type_of().is_class() {
        return Err(index_type_error(vm, o, k));
    }
    let Some(i) = seq_index(vm, k, n)? else {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    };
    let b = match int::to_i64(native_value(v)) {
        Some(x) if (0..256).contains(&x) => x as u8,
        Some(_) => return Err(vm.value_error("memoryview: invalid value for format 'B'")),
        None => return Err(vm.type_error("memoryview: invalid type for format 'B'")),
    };
    buffer(o).unwrap_or(&mut [])[i] = b;
    Ok(())
}

fn mv_getattr(vm: &mut Vm, o: Obj, name: Qstr) -> PyResult<Option<Obj>> {
    let n = buffer(o).map_or(0, |d| d.len());
    Ok(Some(match vm.qstr_text(name) {
        "readonly" => Obj::from_bool(mv_readonly(o)),
        "nbytes" => vm.new_int(n as i64)?,
        "itemsize" | "ndim" => Obj::small_int(1),
        "format" => vm.new_str("B")?,
        "obj" => mv_fields(o).obj,
        "shape" => {
            let x = vm.new_int(n as i64)?;
            vm.new_tuple(&[x])?
        }
        "strides" => vm.new_tuple(&[Obj::small_int(1)])?,
        "c_contiguous" | "f_contiguous" | "contiguous" => Obj::TRUE,
        _ => return Ok(None),
    }))
}

fn mv_self(vm: &mut Vm, o: Obj) -> PyResult<Obj> {
    let v = native_value(o);
    if v.is_ptr() && v.type_of().kind == Kind::MemoryView {
        Ok(v)
    } else {
        Err(vm.type_error("descriptor requires a 'memoryview' object"))
    }
}

fn tobytes(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let (pos, _) = methods::kwargs(vm, "tobytes", args, kwnames, ["order"])?;
    let a = methods::args(vm, "tobytes", pos, &[], 1, 2)?;
    let o = mv_self(vm, a[0])?;
    let d = Vec::from(&*buffer(o).unwrap_or(&mut []));
    vm.new_bytes(&d)
}

fn tolist(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "tolist", args, kwnames, 1, 1)?;
    let o = mv_self(vm, a[0])?;
    let n = buffer(o).map_or(0, |d| d.len());
    let l = vm.new_list(&[])?;
    for i in 0..n {
        let b = buffer(o).unwrap_or(&mut [])[i];
        vm.list_push(l, Obj::small_int(b as isize))?;
    }
    Ok(l)
}

fn release(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    methods::args(vm, "release", args, kwnames, 1, 1)?;
    Ok(Obj::NONE)
}

fn enter(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "__enter__", args, kwnames, 1, 1)?;
    Ok(a[0])
}

fn exit(_vm: &mut Vm, _args: &[Obj], _kwnames: &[Obj]) -> PyResult {
    Ok(Obj::NONE)
}

fn dunder_setitem(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "__setitem__", args, kwnames, 3, 3)?;
    let o = native_value(a[0]);
    match o.type_of().slots.setitem {
        Some(f) => f(vm, o, a[1], a[2]).map(|_| Obj::NONE),
        None => Err(vm.type_error_obj(o, "does not support item assignment")),
    }
}

fn dunder_delitem(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "__delitem__", args, kwnames, 2, 2)?;
    let o = native_value(a[0]);
    match o.type_of().slots.setitem {
        Some(f) => f(vm, o, a[1], Obj::NULL).map(|_| Obj::NONE),
        None => Err(vm.type_error_obj(o, "doesn't support item deletion")),
    }
}

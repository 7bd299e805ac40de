//! The methods str, bytes and bytearray share. One implementation works on the UTF-8 or raw
//! bytes of the receiver: a "unit" is a code point for str and a byte for bytes/bytearray.
//! Searching, splitting and stripping compare bytes (exact for UTF-8), while indices given to
//! or returned from Python are converted between unit and byte offsets at the boundary
//! (free for bytes and ASCII text).

use alloc::string::String;
use alloc::vec::Vec;

use crate::obj::Obj;
use crate::objects::instance::native_value;
use crate::objects::{bytes as pybytes, list, str as pystr, tuple};
use crate::types::{builtin, BuiltinFn, Kind};
use crate::vm::{PyResult, Vm};
use crate::{method, methods};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SeqKind {
    Str,
    Bytes,
    ByteArray,
}

/// A str, bytes or bytearray value seen as bytes.
#[derive(Clone, Copy)]
pub struct Seq<'a> {
    pub kind: SeqKind,
    pub data: &'a [u8],
    /// Unit offsets equal byte offsets (bytes, or ASCII text).
    pub ascii: bool,
    /// Number of units.
    pub ulen: usize,
}

/// The receiver `o` (or its native value) as a sequence.
pub fn seq_of<'a>(vm: &Vm, o: Obj) -> Option<Seq<'a>> {
    let o = native_value(o);
    if let Some(s) = pystr::as_str(vm, o) {
        let ascii = pystr::is_ascii(vm, o);
        let ulen = if ascii {
            s.len()
        } else {
            pystr::char_len(vm, o)
        };
        return Some(Seq {
            kind: SeqKind::Str,
            data: s.as_bytes(),
            ascii,
            ulen,
        });
    }
    if !o.is_ptr() {
        return None;
    }
    let kind = match o.type_of().kind {
        Kind::Bytes | Kind::MemoryView => SeqKind::Bytes,
        Kind::ByteArray => SeqKind::ByteArray,
        _ => return None,
    };
    let data = pybytes::buffer(o)?;
    Some(Seq {
        kind,
        data,
        ascii: true,
        ulen: data.len(),
    })
}

/// A str sequence over Rust text.
pub fn str_seq(s: &str) -> Seq<'_> {
    let ascii = s.is_ascii();
    Seq {
        kind: SeqKind::Str,
        data: s.as_bytes(),
        ascii,
        ulen: if ascii { s.len() } else { s.chars().count() },
    }
}

fn receiver<'a>(vm: &mut Vm, args: &[Obj]) -> PyResult<Seq<'a>> {
    match args.first().and_then(|&o| seq_of(vm, o)) {
        Some(s) => Ok(s),
        None => Err(vm.type_error("descriptor requires a 'str' or 'bytes' object")),
    }
}

impl<'a> Seq<'a> {
    pub fn is_str(&self) -> bool {
        self.kind == SeqKind::Str
    }

    /// The byte offset of unit `u` (clamped to the end).
    pub fn byte_off(&self, u: usize) -> usize {
        if self.ascii {
            return u.min(self.data.len());
        }
        if u >= self.ulen {
            return self.data.len();
        }
        let mut n = 0;
        for (i, &b) in self.data.iter().enumerate() {
            if b & 0xc0 != 0x80 {
                if n == u {
                    return i;
                }
                n += 1;
            }
        }
        self.data.len()
    }

    /// The unit offset of byte offset `b` (a unit boundary).
    pub fn unit_off(&self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        self.data[..b].iter().filter(|&&c| c & 0xc0 != 0x80).count()
    }

    /// The unit starting at byte `pos` and its byte length.
    #[inline]
    pub fn unit_at(&self, pos: usize) -> (u32, usize) {
        let b0 = self.data[pos];
        if self.kind != SeqKind::Str || b0 < 0x80 {
            return (u32::from(b0), 1);
        }
        let n = if b0 >= 0xf0 {
            4
        } else if b0 >= 0xe0 {
            3
        } else {
            2
        };
        let mut c = u32::from(b0) & (0x7f >> n);
        for &b in &self.data[pos + 1..pos + n] {
            c = (c << 6) | (u32::from(b) & 0x3f);
        }
        (c, n)
    }

    /// The unit ending at byte `pos` and its byte length.
    #[inline]
    pub fn unit_before(&self, pos: usize) -> (u32, usize) {
        if self.kind != SeqKind::Str || self.data[pos - 1] < 0x80 {
            return (u32::from(self.data[pos - 1]), 1);
        }
        let mut s = pos - 1;
        while self.data[s] & 0xc0 == 0x80 {
            s -= 1;
        }
        (self.unit_at(s).0, pos - s)
    }

    fn units(&self) -> Units<'_, 'a> {
        Units { s: self, pos: 0 }
    }
}

struct Units<'s, 'a> {
    s: &'s Seq<'a>,
    pos: usize,
}

impl Iterator for Units<'_, '_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.pos >= self.s.data.len() {
            return None;
        }
        let (c, n) = self.s.unit_at(self.pos);
        self.pos += n;
        Some(c)
    }
}

/// Appends unit `c` in the encoding of `kind`.
#[inline]
pub fn push_unit(kind: SeqKind, out: &mut Vec<u8>, c: u32) {
    if kind == SeqKind::Str && c >= 0x80 {
        let ch = char::from_u32(c).unwrap_or('\u{fffd}');
        let mut buf = [0u8; 4];
        out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
    } else {
        out.push(c as u8);
    }
}

/// A new object of `kind` holding `data` (valid UTF-8 for str).
pub fn make(vm: &mut Vm, kind: SeqKind, data: &[u8]) -> PyResult {
    match kind {
        // SAFETY: str results are built from whole UTF-8 units.
        SeqKind::Str => vm.new_str(unsafe { core::str::from_utf8_unchecked(data) }),
        SeqKind::Bytes => vm.new_bytes(data),
        SeqKind::ByteArray => vm.new_bytearray(data),
    }
}

fn type_name(kind: SeqKind) -> &'static str {
    match kind {
        SeqKind::Str => "str",
        _ => "bytes",
    }
}

/// An argument that must be of the receiver's family (str for str, a bytes-like object for
/// bytes and bytearray).
pub fn arg_seq<'a>(vm: &mut Vm, me: &Seq, o: Obj) -> PyResult<Seq<'a>> {
    let v = native_value(o);
    if me.is_str() {
        if let Some(s) = pystr::as_str(vm, v) {
            return Ok(str_seq(s));
        }
        let msg = alloc::format!("must be str, not {}", o.type_of().name);
        return Err(vm.type_error(&msg));
    }
    match pybytes::buffer(v) {
        Some(d) => Ok(Seq {
            kind: SeqKind::Bytes,
            data: d,
            ascii: true,
            ulen: d.len(),
        }),
        None => {
            let msg = alloc::format!(
                "a bytes-like object is required, not '{}'",
                o.type_of().name
            );
            Err(vm.type_error(&msg))
        }
    }
}

/// The needle of find/count/index: like `arg_seq`, but bytes also accept an int.
fn needle<'a>(vm: &mut Vm, me: &Seq, o: Obj, buf: &'a mut [u8; 1]) -> PyResult<&'a [u8]> {
    if !me.is_str() {
        if let Some(v) = crate::objects::int::to_i64(native_value(o)) {
            if !(0..256).contains(&v) {
                return Err(vm.value_error("byte must be in range(0, 256)"));
            }
            buf[0] = v as u8;
            return Ok(&buf[..]);
        }
    }
    let s = arg_seq(vm, me, o)?;
    // SAFETY: the data belongs to an argument object kept alive by the caller.
    Ok(unsafe { core::slice::from_raw_parts(s.data.as_ptr(), s.data.len()) })
}

/// An optional unit index argument (None or missing = `default`).
fn opt_index(vm: &mut Vm, o: Option<&Obj>, default: isize) -> PyResult<isize> {
    match o {
        None => Ok(default),
        Some(&o) if o == Obj::NONE || o.is_null() => Ok(default),
        Some(&o) => match vm.index_i64(o) {
            Ok(v) => Ok(v.clamp(isize::MIN as i64 / 2, isize::MAX as i64 / 2) as isize),
            Err(_) if crate::objects::int::is_int(native_value(o)) => {
                if crate::objects::int::to_bigint(native_value(o)).is_negative() {
                    Ok(isize::MIN / 2)
                } else {
                    Ok(isize::MAX / 2)
                }
            }
            Err(_) => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
    }
}

/// CPython's ADJUST_INDICES for optional start/end unit arguments: (start, end), which may be
/// out of order (empty range) and start may exceed the length.
fn adjust(
    vm: &mut Vm,
    me: &Seq,
    start: Option<&Obj>,
    end: Option<&Obj>,
) -> PyResult<(isize, isize)> {
    let len = me.ulen as isize;
    let mut s = opt_index(vm, start, 0)?;
    let mut e = opt_index(vm, end, len)?;
    if e > len {
        e = len;
    } else if e < 0 {
        e = (e + len).max(0);
    }
    if s < 0 {
        s = (s + len).max(0);
    }
    Ok((s, e))
}

/// First occurrence of `n` in `h`.
pub fn find_bytes(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    if n.len() > h.len() {
        return None;
    }
    let first = n[0];
    let last = h.len() - n.len();
    let mut i = 0;
    while i <= last {
        match h[i..=last].iter().position(|&b| b == first) {
            None => return None,
            Some(p) => {
                i += p;
                if &h[i..i + n.len()] == n {
                    return Some(i);
                }
                i += 1;
            }
        }
    }
    None
}

/// Last occurrence of `n` in `h`.
pub fn rfind_bytes(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.len() > h.len() {
        return None;
    }
    (0..=h.len() - n.len())
        .rev()
        .find(|&i| &h[i..i + n.len()] == n)
}

/// Non-overlapping occurrences of `n` (non-empty) in `h`.
fn count_bytes(h: &[u8], n: &[u8], max: usize) -> usize {
    let mut c = 0;
    let mut pos = 0;
    while c < max {
        match find_bytes(&h[pos..], n) {
            Some(p) => {
                c += 1;
                pos += p + n.len();
            }
            None => break,
        }
    }
    c
}

// ---------------------------------------------------------------------------------------
// Character classes.

/// str.isspace for one code point.
pub fn uni_isspace(c: u32) -> bool {
    match c {
        0x09..=0x0d | 0x1c..=0x20 | 0x85 | 0xa0 => true,
        _ if c < 0x80 => false,
        _ => char::from_u32(c).is_some_and(char::is_whitespace),
    }
}

fn is_space(kind: SeqKind, c: u32) -> bool {
    if kind == SeqKind::Str {
        uni_isspace(c)
    } else {
        matches!(c, 0x09..=0x0d | 0x20)
    }
}

/// Starts of the runs of ten decimal digits (Unicode category Nd) outside ASCII.
const DECIMAL_ZEROS: &[u32] = &[
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0,
    0x11730, 0x118e0, 0x16a60, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e950,
    0x1fbf0,
];

/// The value of a decimal digit code point (str.isdecimal).
pub fn decimal_value(c: u32) -> Option<u32> {
    if (0x30..=0x39).contains(&c) {
        return Some(c - 0x30);
    }
    if c < 0x660 {
        return None;
    }
    DECIMAL_ZEROS
        .iter()
        .find(|&&z| c >= z && c < z + 10)
        .map(|&z| c - z)
}

fn uni_isdigit(c: u32) -> bool {
    decimal_value(c).is_some()
        || matches!(c, 0xb2 | 0xb3 | 0xb9 | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089
            | 0x2460..=0x2468 | 0x2474..=0x247c | 0x2488..=0x2490 | 0x24f5..=0x24fd
            | 0x24ea | 0x24ff | 0x2776..=0x277e | 0x2780..=0x2788 | 0x278a..=0x2792)
}

fn uni_isnumeric(c: u32) -> bool {
    uni_isdigit(c)
        || char::from_u32(c).is_some_and(char::is_numeric)
        || matches!(
            c,
            0x3007
                | 0x4e00
                | 0x4e8c
                | 0x4e09
                | 0x56db
                | 0x4e94
                | 0x516d
                | 0x4e03
                | 0x516b
                | 0x4e5d
                | 0x5341
                | 0x767e
                | 0x5343
                | 0x4e07
        )
}

fn uni_isalpha(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_alphabetic();
    }
    char::from_u32(c).is_some_and(|ch| ch.is_alphabetic() && !ch.is_numeric())
}

fn is_upper(kind: SeqKind, c: u32) -> bool {
    if kind != SeqKind::Str || c < 0x80 {
        return (0x41..=0x5a).contains(&c);
    }
    char::from_u32(c).is_some_and(char::is_uppercase)
}

fn is_lower(kind: SeqKind, c: u32) -> bool {
    if kind != SeqKind::Str || c < 0x80 {
        return (0x61..=0x7a).contains(&c);
    }
    char::from_u32(c).is_some_and(char::is_lowercase)
}

fn is_title(kind: SeqKind, c: u32) -> bool {
    kind == SeqKind::Str
        && matches!(c, 0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f
            | 0x1fa8..=0x1faf | 0x1fbc | 0x1fcc | 0x1ffc)
}

/// str.isprintable for one code point (also what repr() leaves unescaped).
pub fn uni_isprintable(c: u32) -> bool {
    if c < 0x7f {
        return c >= 0x20;
    }
    if c < 0xa0 {
        return false;
    }
    match c {
        0xa0
        | 0xad
        | 0x600..=0x605
        | 0x61c
        | 0x6dd
        | 0x70f
        | 0x890
        | 0x891
        | 0x8e2
        | 0x1680
        | 0x180e
        | 0x2000..=0x200f
        | 0x2028..=0x202f
        | 0x205f..=0x2064
        | 0x2066..=0x206f
        | 0x3000
        | 0xd7fc..=0xf8ff
        | 0xfdd0..=0xfdef
        | 0xfeff
        | 0xfff0..=0xfffb
        | 0x110bd
        | 0x110cd
        | 0x13430..=0x1343f
        | 0x1bca0..=0x1bca3
        | 0x1d173..=0x1d17a
        | 0xe0000..=0xe0fff
        | 0xf0000.. => false,
        // Unassigned code points CPython knows about in the common blocks.
        0x378
        | 0x379
        | 0x380..=0x383
        | 0x38b
        | 0x38d
        | 0x3a2
        | 0x530
        | 0x557
        | 0x558
        | 0x58b
        | 0x58c
        | 0x590
        | 0x5c8..=0x5cf
        | 0x5eb..=0x5ee
        | 0x5f5..=0x5ff => false,
        _ => (c & 0xfffe) != 0xfffe,
    }
}

fn is_ident_start(c: u32) -> bool {
    c == 0x5f
        || uni_isalpha(c)
        || (c >= 0x80 && char::from_u32(c).is_some_and(|x| x.is_alphabetic()))
}

fn is_ident_continue(c: u32) -> bool {
    is_ident_start(c)
        || (0x30..=0x39).contains(&c)
        || (c >= 0x80 && char::from_u32(c).is_some_and(|x| x.is_alphanumeric()))
        || (0x300..=0x36f).contains(&c)
}

fn map_upper(kind: SeqKind, c: u32, out: &mut Vec<u8>) {
    if kind != SeqKind::Str || c < 0x80 {
        out.push((c as u8).to_ascii_uppercase());
    } else if let Some(ch) = char::from_u32(c) {
        for u in ch.to_uppercase() {
            push_unit(kind, out, u as u32);
        }
    }
}

fn map_lower(kind: SeqKind, c: u32, out: &mut Vec<u8>) {
    if kind != SeqKind::Str || c < 0x80 {
        out.push((c as u8).to_ascii_lowercase());
    } else if let Some(ch) = char::from_u32(c) {
        for u in ch.to_lowercase() {
            push_unit(kind, out, u as u32);
        }
    }
}

/// Title case of one character (upper case, except for the few digraphs with a title form).
fn map_title(kind: SeqKind, c: u32, out: &mut Vec<u8>) {
    match c {
        0x1c4..=0x1c6 if kind == SeqKind::Str => push_unit(kind, out, 0x1c5),
        0x1c7..=0x1c9 if kind == SeqKind::Str => push_unit(kind, out, 0x1c8),
        0x1ca..=0x1cc if kind == SeqKind::Str => push_unit(kind, out, 0x1cb),
        0x1f1..=0x1f3 if kind == SeqKind::Str => push_unit(kind, out, 0x1f2),
        0xdf if kind == SeqKind::Str => out.extend_from_slice("Ss".as_bytes()),
        _ => map_upper(kind, c, out),
    }
}

fn is_cased(kind: SeqKind, c: u32) -> bool {
    is_upper(kind, c) || is_lower(kind, c) || is_title(kind, c)
}

// ---------------------------------------------------------------------------------------
// The shared methods.

method!(FIND, "find", find);
method!(RFIND, "rfind", rfind);
method!(INDEX, "index", index);
method!(RINDEX, "rindex", rindex);
method!(COUNT, "count", count);
method!(REPLACE, "replace", replace);
method!(SPLIT, "split", split);
method!(RSPLIT, "rsplit", rsplit);
method!(SPLITLINES, "splitlines", splitlines);
method!(JOIN, "join", join);
method!(STRIP, "strip", strip);
method!(LSTRIP, "lstrip", lstrip);
method!(RSTRIP, "rstrip", rstrip);
method!(STARTSWITH, "startswith", startswith);
method!(ENDSWITH, "endswith", endswith);
method!(UPPER, "upper", upper);
method!(LOWER, "lower", lower);
method!(CAPITALIZE, "capitalize", capitalize);
method!(TITLE, "title", title);
method!(SWAPCASE, "swapcase", swapcase);
method!(CENTER, "center", center);
method!(LJUST, "ljust", ljust);
method!(RJUST, "rjust", rjust);
method!(ZFILL, "zfill", zfill);
method!(PARTITION, "partition", partition);
method!(RPARTITION, "rpartition", rpartition);
method!(ISDIGIT, "isdigit", isdigit);
method!(ISALPHA, "isalpha", isalpha);
method!(ISALNUM, "isalnum", isalnum);
method!(ISSPACE, "isspace", isspace);
method!(ISUPPER, "isupper", isupper);
method!(ISLOWER, "islower", islower);
method!(ISTITLE, "istitle", istitle);
method!(ISASCII, "isascii", isascii);
method!(EXPANDTABS, "expandtabs", expandtabs);
method!(REMOVEPREFIX, "removeprefix", removeprefix);
method!(REMOVESUFFIX, "removesuffix", removesuffix);
method!(LEN, "__len__", dunder_len);
method!(GETITEM, "__getitem__", dunder_getitem);
method!(CONTAINS, "__contains__", dunder_contains);
method!(ITER, "__iter__", dunder_iter);

/// The methods every one of str, bytes and bytearray has.
pub static COMMON_METHODS: &[&BuiltinFn] = &[
    &FIND,
    &RFIND,
    &INDEX,
    &RINDEX,
    &COUNT,
    &REPLACE,
    &SPLIT,
    &RSPLIT,
    &SPLITLINES,
    &JOIN,
    &STRIP,
    &LSTRIP,
    &RSTRIP,
    &STARTSWITH,
    &ENDSWITH,
    &UPPER,
    &LOWER,
    &CAPITALIZE,
    &TITLE,
    &SWAPCASE,
    &CENTER,
    &LJUST,
    &RJUST,
    &ZFILL,
    &PARTITION,
    &RPARTITION,
    &ISDIGIT,
    &ISALPHA,
    &ISALNUM,
    &ISSPACE,
    &ISUPPER,
    &ISLOWER,
    &ISTITLE,
    &ISASCII,
    &EXPANDTABS,
    &REMOVEPREFIX,
    &REMOVESUFFIX,
    &LEN,
    &GETITEM,
    &CONTAINS,
    &ITER,
];

fn dunder_len(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "__len__", args, kwnames, 1, 1)?;
    let n = vm.len(a[0])?;
    vm.new_int(n as i64)
}

fn dunder_getitem(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "__getitem__", args, kwnames, 2, 2)?;
    let o = native_value(a[0]);
    match o.type_of().slots.getitem {
        Some(f) => f(vm, o, a[1]),
        None => Err(vm.type_error_obj(o, "is not subscriptable")),
    }
}

fn dunder_contains(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "__contains__", args, kwnames, 2, 2)?;
    let o = native_value(a[0]);
    match o.type_of().slots.contains {
        Some(f) => Ok(Obj::from_bool(f(vm, o, a[1])?)),
        None => Err(vm.type_error_obj(o, "is not a container")),
    }
}

fn dunder_iter(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "__iter__", args, kwnames, 1, 1)?;
    let o = native_value(a[0]);
    match o.type_of().slots.iter {
        Some(f) => f(vm, o),
        None => Err(vm.type_error_obj(o, "is not iterable")),
    }
}

/// find/rfind/index/rindex: the unit index of `sub` in `self[start:end]`, or None.
fn find_common(
    vm: &mut Vm,
    name: &str,
    args: &[Obj],
    kwnames: &[Obj],
    rev: bool,
) -> PyResult<Option<usize>> {
    let a = methods::args(vm, name, args, kwnames, 2, 4)?;
    let me = receiver(vm, a)?;
    let mut buf = [0u8; 1];
    let sub = needle(vm, &me, a[1], &mut buf)?;
    let (s, e) = adjust(vm, &me, a.get(2), a.get(3))?;
    // Python code run by `adjust` (`__index__`) may have resized a bytearray.
    let me = receiver(vm, a)?;
    if s > me.ulen as isize || e < s {
        return Ok(None);
    }
    let (bs, be) = (me.byte_off(s as usize), me.byte_off(e as usize));
    let hay = &me.data[bs..be];
    let r = if rev {
        rfind_bytes(hay, sub)
    } else {
        find_bytes(hay, sub)
    };
    Ok(r.map(|p| me.unit_off(bs + p)))
}

fn find_result(vm: &mut Vm, r: Option<usize>) -> PyResult {
    match r {
        Some(i) => vm.new_int(i as i64),
        None => Ok(Obj::small_int(-1)),
    }
}

fn index_result(vm: &mut Vm, args: &[Obj], r: Option<usize>) -> PyResult {
    match r {
        Some(i) => vm.new_int(i as i64),
        None => {
            let is_str = pystr::as_str(vm, native_value(args[0])).is_some();
            Err(vm.value_error(if is_str {
                "substring not found"
            } else {
                "subsection not found"
            }))
        }
    }
}

fn find(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let r = find_common(vm, "find", args, kwnames, false)?;
    find_result(vm, r)
}

fn rfind(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let r = find_common(vm, "rfind", args, kwnames, true)?;
    find_result(vm, r)
}

fn index(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let r = find_common(vm, "index", args, kwnames, false)?;
    index_result(vm, args, r)
}

fn rindex(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let r = find_common(vm, "rindex", args, kwnames, true)?;
    index_result(vm, args, r)
}

fn count(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "count", args, kwnames, 2, 4)?;
    let me = receiver(vm, a)?;
    let mut buf = [0u8; 1];
    let sub = needle(vm, &me, a[1], &mut buf)?;
    let (s, e) = adjust(vm, &me, a.get(2), a.get(3))?;
    // Python code run by `adjust` (`__index__`) may have resized a bytearray.
    let me = receiver(vm, a)?;
    if s > me.ulen as isize || e < s {
        return Ok(Obj::small_int(0));
    }
    if sub.is_empty() {
        return vm.new_int((e - s + 1) as i64);
    }
    let (bs, be) = (me.byte_off(s as usize), me.byte_off(e as usize));
    let n = count_bytes(&me.data[bs..be], sub, usize::MAX);
    vm.new_int(n as i64)
}

fn replace(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "replace", args, kwnames, 3, 4)?;
    receiver(vm, a)?;
    let max = match a.get(3) {
        None => usize::MAX,
        Some(&c) => {
            let v = vm.index_i64(c)?;
            if v < 0 {
                usize::MAX
            } else {
                v as usize
            }
        }
    };
    // `__index__` may have resized a bytearray: look at the operands again.
    let me = receiver(vm, a)?;
    let old = arg_seq(vm, &me, a[1])?;
    let new = arg_seq(vm, &me, a[2])?;
    let mut out = Vec::with_capacity(me.data.len());
    let mut done = 0;
    if old.data.is_empty() {
        let mut pos = 0;
        while pos <= me.data.len() {
            if done < max {
                out.extend_from_slice(new.data);
                done += 1;
            }
            if pos == me.data.len() {
                break;
            }
            let n = me.unit_at(pos).1;
            out.extend_from_slice(&me.data[pos..pos + n]);
            pos += n;
        }
    } else {
        let mut pos = 0;
        while done < max {
            match find_bytes(&me.data[pos..], old.data) {
                Some(p) => {
                    out.extend_from_slice(&me.data[pos..pos + p]);
                    out.extend_from_slice(new.data);
                    pos += p + old.data.len();
                    done += 1;
                }
                None => break,
            }
        }
        out.extend_from_slice(&me.data[pos..]);
    }
    if done == 0 && me.kind == SeqKind::Str && args[0].type_of().kind == Kind::Str {
        return Ok(args[0]);
    }
    make(vm, me.kind, &out)
}

/// The (sep, maxsplit) arguments of split/rsplit.
fn split_args<'a>(
    vm: &mut Vm,
    name: &str,
    args: &[Obj],
    kwnames: &[Obj],
) -> PyResult<(Seq<'a>, Option<Seq<'a>>, usize)> {
    let (pos, kw) = methods::kwargs(vm, name, args, kwnames, ["sep", "maxsplit"])?;
    let a = methods::args(vm, name, pos, &[], 1, 3)?;
    let me = receiver(vm, a)?;
    let sep_o = if !kw[0].is_null() {
        kw[0]
    } else {
        a.get(1).copied().unwrap_or(Obj::NONE)
    };
    let max_o = if !kw[1].is_null() {
        kw[1]
    } else {
        a.get(2).copied().unwrap_or(Obj::NULL)
    };
    let sep = if sep_o == Obj::NONE {
        None
    } else {
        let s = arg_seq(vm, &me, sep_o)?;
        if s.data.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        Some(s)
    };
    let max = if max_o.is_null() {
        usize::MAX
    } else {
        let v = vm.index_i64(max_o)?;
        if v < 0 {
            usize::MAX
        } else {
            v as usize
        }
    };
    // `__index__` may have resized a bytearray: look at the operands again.
    let me = receiver(vm, a)?;
    let sep = match sep {
        Some(_) => Some(arg_seq(vm, &me, sep_o)?),
        None => None,
    };
    Ok((me, sep, max))
}

fn push_part(vm: &mut Vm, l: Obj, kind: SeqKind, data: &[u8]) -> PyResult<()> {
    let o = make(vm, kind, data)?;
    vm.list_push(l, o)
}

fn split(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let (me, sep, max) = split_args(vm, "split", args, kwnames)?;
    let l = vm.new_list(&[])?;
    let d = me.data;
    match sep {
        Some(sep) => {
            let mut pos = 0;
            let mut n = 0;
            while n < max {
                match find_bytes(&d[pos..], sep.data) {
                    Some(p) => {
                        push_part(vm, l, me.kind, &d[pos..pos + p])?;
                        pos += p + sep.data.len();
                        n += 1;
                    }
                    None => break,
                }
            }
            push_part(vm, l, me.kind, &d[pos..])?;
        }
        None => {
            let mut pos = 0;
            let mut n = 0;
            loop {
                while pos < d.len() {
                    let (c, w) = me.unit_at(pos);
                    if !is_space(me.kind, c) {
                        break;
                    }
                    pos += w;
                }
                if pos >= d.len() {
                    break;
                }
                if n >= max {
                    push_part(vm, l, me.kind, &d[pos..])?;
                    break;
                }
                let start = pos;
                while pos < d.len() {
                    let (c, w) = me.unit_at(pos);
                    if is_space(me.kind, c) {
                        break;
                    }
                    pos += w;
                }
                push_part(vm, l, me.kind, &d[start..pos])?;
                n += 1;
            }
        }
    }
    Ok(l)
}

fn rsplit(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let (me, sep, max) = split_args(vm, "rsplit", args, kwnames)?;
    let l = vm.new_list(&[])?;
    let d = me.data;
    match sep {
        Some(sep) => {
            let mut end = d.len();
            let mut n = 0;
            while n < max {
                match rfind_bytes(&d[..end], sep.data) {
                    Some(p) => {
                        push_part(vm, l, me.kind, &d[p + sep.data.len()..end])?;
                        end = p;
                        n += 1;
                    }
                    None => break,
                }
            }
            push_part(vm, l, me.kind, &d[..end])?;
        }
        None => {
            let mut end = d.len();
            let mut n = 0;
            loop {
                while end > 0 {
                    let (c, w) = me.unit_before(end);
                    if !is_space(me.kind, c) {
                        break;
                    }
                    end -= w;
                }
                if end == 0 {
                    break;
                }
                if n >= max {
                    push_part(vm, l, me.kind, &d[..end])?;
                    break;
                }
                let stop = end;
                while end > 0 {
                    let (c, w) = me.unit_before(end);
                    if is_space(me.kind, c) {
                        break;
                    }
                    end -= w;
                }
                push_part(vm, l, me.kind, &d[end..stop])?;
                n += 1;
            }
        }
    }
    list_reverse(l);
    Ok(l)
}

fn list_reverse(l: Obj) {
    list::items(l).reverse();
}

fn is_linebreak(kind: SeqKind, c: u32) -> bool {
    match c {
        0x0a | 0x0d => true,
        0x0b | 0x0c | 0x1c..=0x1e | 0x85 | 0x2028 | 0x2029 => kind == SeqKind::Str,
        _ => false,
    }
}

fn splitlines(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = methods::kwargs(vm, "splitlines", args, kwnames, ["keepends"])?;
    let a = methods::args(vm, "splitlines", pos, &[], 1, 2)?;
    receiver(vm, a)?;
    let keep_o = if !kw[0].is_null() {
        kw[0]
    } else {
        a.get(1).copied().unwrap_or(Obj::FALSE)
    };
    let keep = vm.truth(keep_o)?;
    let me = receiver(vm, a)?;
    let l = vm.new_list(&[])?;
    let d = me.data;
    let mut pos = 0;
    let mut start = 0;
    while pos < d.len() {
        let (c, w) = me.unit_at(pos);
        if is_linebreak(me.kind, c) {
            let mut eol = pos + w;
            if c == 0x0d && d.get(eol) == Some(&b'\n') {
                eol += 1;
            }
            let end = if keep { eol } else { pos };
            push_part(vm, l, me.kind, &d[start..end])?;
            pos = eol;
            start = eol;
        } else {
            pos += w;
        }
    }
    if start < d.len() {
        push_part(vm, l, me.kind, &d[start..])?;
    }
    Ok(l)
}

fn join(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "join", args, kwnames, 2, 2)?;
    receiver(vm, a)?;
    let it = a[1];
    let seq = if it.is_exactly(&builtin::LIST) || it.is_exactly(&builtin::TUPLE) {
        it
    } else {
        vm.iterate_to_list(it)?
    };
    let me = receiver(vm, a)?;
    let items: &[Obj] = if seq.is_exactly(&builtin::TUPLE) {
        tuple::items(seq)
    } else {
        list::items(seq)
    };
    if items.len() == 1 && me.is_str() && items[0].type_of().kind == Kind::Str {
        return Ok(items[0]);
    }
    let mut out: Vec<u8> = Vec::new();
    for (i, &x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(me.data);
        }
        let v = native_value(x);
        let part: Option<&[u8]> = if me.is_str() {
            pystr::as_str(vm, v).map(str::as_bytes)
        } else {
            pybytes::buffer(v).map(|b| &*b)
        };
        match part {
            Some(p) => out.extend_from_slice(p),
            None => {
                let msg = if me.is_str() {
                    alloc::format!(
                        "sequence item {}: expected str instance, {} found",
                        i,
                        x.type_of().name
                    )
                } else {
                    alloc::format!(
                        "sequence item {}: expected a bytes-like object, {} found",
                        i,
                        x.type_of().name
                    )
                };
                return Err(vm.type_error(&msg));
            }
        }
    }
    make(vm, me.kind, &out)
}

/// strip/lstrip/rstrip: `left`/`right` say which ends.
fn strip_common(
    vm: &mut Vm,
    name: &str,
    args: &[Obj],
    kwnames: &[Obj],
    left: bool,
    right: bool,
) -> PyResult {
    let a = methods::args(vm, name, args, kwnames, 1, 2)?;
    let me = receiver(vm, a)?;
    let chars = match a.get(1) {
        Some(&c) if c != Obj::NONE => Some(arg_seq(vm, &me, c).map_err(|_| {
            let msg = if me.is_str() {
                alloc::format!("{} arg must be None or str", name)
            } else {
                alloc::format!(
                    "a bytes-like object is required, not '{}'",
                    c.type_of().name
                )
            };
            vm.type_error(&msg)
        })?),
        _ => None,
    };
    let set: Option<Vec<u32>> = chars.map(|c| c.units().collect());
    let strip_it = |c: u32| match &set {
        None => is_space(me.kind, c),
        Some(s) => s.contains(&c),
    };
    let d = me.data;
    let mut start = 0;
    let mut end = d.len();
    if left {
        while start < end {
            let (c, w) = me.unit_at(start);
            if !strip_it(c) {
                break;
            }
            start += w;
        }
    }
    if right {
        while end > start {
            let (c, w) = me.unit_before(end);
            if !strip_it(c) {
                break;
            }
            end -= w;
        }
    }
    if start == 0 && end == d.len() && me.is_str() && args[0].type_of().kind == Kind::Str {
        return Ok(args[0]);
    }
    make(vm, me.kind, &d[start..end])
}

fn strip(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    strip_common(vm, "strip", args, kwnames, true, true)
}

fn lstrip(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    strip_common(vm, "lstrip", args, kwnames, true, false)
}

fn rstrip(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    strip_common(vm, "rstrip", args, kwnames, false, true)
}

fn starts_ends(vm: &mut Vm, name: &str, args: &[Obj], kwnames: &[Obj], end: bool) -> PyResult {
    let a = methods::args(vm, name, args, kwnames, 2, 4)?;
    let me = receiver(vm, a)?;
    let (s, e) = adjust(vm, &me, a.get(2), a.get(3))?;
    // Python code run by `adjust` (`__index__`) may have resized a bytearray.
    let me = receiver(vm, a)?;
    let p = native_value(a[1]);
    let cands: &[Obj] = if p.is_exactly(&builtin::TUPLE) {
        tuple::items(p)
    } else {
        core::slice::from_ref(&a[1])
    };
    if s > me.ulen as isize {
        return Ok(Obj::FALSE);
    }
    let e = e.max(s);
    let (bs, be) = (me.byte_off(s as usize), me.byte_off(e as usize));
    let hay = &me.data[bs..be];
    for &c in cands {
        let sub = match arg_seq(vm, &me, c) {
            Ok(x) => x,
            Err(_) => {
                let t = type_name(me.kind);
                let msg = if core::ptr::eq(cands.as_ptr(), &a[1]) {
                    alloc::format!(
                        "{} first arg must be {} or a tuple of {}, not {}",
                        name,
                        t,
                        t,
                        c.type_of().name
                    )
                } else {
                    alloc::format!(
                        "tuple for {} must only contain {}, not {}",
                        name,
                        t,
                        c.type_of().name
                    )
                };
                return Err(vm.type_error(&msg));
            }
        };
        let ok = if end {
            hay.ends_with(sub.data)
        } else {
            hay.starts_with(sub.data)
        };
        if ok {
            return Ok(Obj::TRUE);
        }
    }
    Ok(Obj::FALSE)
}

fn startswith(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    starts_ends(vm, "startswith", args, kwnames, false)
}

fn endswith(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    starts_ends(vm, "endswith", args, kwnames, true)
}

/// Maps every unit through `f(kind, unit, index, previous unit, out)`.
fn map_units(
    vm: &mut Vm,
    name: &str,
    args: &[Obj],
    kwnames: &[Obj],
    f: fn(SeqKind, u32, usize, Option<u32>, &mut Vec<u8>),
) -> PyResult {
    let a = methods::args(vm, name, args, kwnames, 1, 1)?;
    let me = receiver(vm, a)?;
    let mut out = Vec::with_capacity(me.data.len());
    let mut prev = None;
    for (i, c) in me.units().enumerate() {
        f(me.kind, c, i, prev, &mut out);
        prev = Some(c);
    }
    make(vm, me.kind, &out)
}

fn upper(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    map_units(vm, "upper", args, kwnames, |k, c, _, _, out| {
        map_upper(k, c, out)
    })
}

fn lower(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "lower", args, kwnames, 1, 1)?;
    let me = receiver(vm, a)?;
    if me.is_str() && !me.ascii {
        // SAFETY: str data is UTF-8. (`to_lowercase` handles the final sigma.)
        let s = unsafe { core::str::from_utf8_unchecked(me.data) }.to_lowercase();
        return vm.new_str(&s);
    }
    let out: Vec<u8> = me.data.to_ascii_lowercase();
    make(vm, me.kind, &out)
}

fn capitalize(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    map_units(vm, "capitalize", args, kwnames, |k, c, i, _, out| {
        if i == 0 {
            map_title(k, c, out)
        } else {
            map_lower(k, c, out)
        }
    })
}

fn title(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "title", args, kwnames, 1, 1)?;
    let me = receiver(vm, a)?;
    let mut out = Vec::with_capacity(me.data.len());
    let mut prev_cased = false;
    for c in me.units() {
        if prev_cased {
            map_lower(me.kind, c, &mut out);
        } else {
            map_title(me.kind, c, &mut out);
        }
        prev_cased = is_cased(me.kind, c);
    }
    make(vm, me.kind, &out)
}

fn swapcase(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    map_units(vm, "swapcase", args, kwnames, |k, c, _, _, out| {
        if is_upper(k, c) {
            map_lower(k, c, out)
        } else if is_lower(k, c) {
            map_upper(k, c, out)
        } else {
            push_unit(k, out, c)
        }
    })
}

/// The (width, fill unit) arguments of center/ljust/rjust.
fn pad_args<'a>(
    vm: &mut Vm,
    name: &str,
    args: &[Obj],
    kwnames: &[Obj],
) -> PyResult<(Seq<'a>, usize, u32)> {
    let a = methods::args(vm, name, args, kwnames, 2, 3)?;
    receiver(vm, a)?;
    let w = vm.index_i64(a[1])?;
    let me = receiver(vm, a)?;
    let fill = match a.get(2) {
        None => 0x20,
        Some(&f) => {
            let fs = seq_of(vm, f).filter(|s| s.is_str() == me.is_str());
            match fs {
                Some(s) if s.ulen == 1 => s.unit_at(0).0,
                _ => {
                    let msg = if me.is_str() {
                        if fs.is_some() {
                            String::from("The fill character must be exactly one character long")
                        } else {
                            alloc::format!(
                                "The fill character must be a unicode character, not {}",
                                f.type_of().name
                            )
                        }
                    } else {
                        alloc::format!(
                            "{}() argument 2 must be a byte string of length 1, not {}",
                            name,
                            f.type_of().name
                        )
                    };
                    return Err(vm.type_error(&msg));
                }
            }
        }
    };
    Ok((me, w.max(0) as usize, fill))
}

fn pad(vm: &mut Vm, args: &[Obj], me: &Seq, left: usize, right: usize, fill: u32) -> PyResult {
    if left == 0 && right == 0 && me.is_str() && args[0].type_of().kind == Kind::Str {
        return Ok(args[0]);
    }
    let mut out = Vec::with_capacity(me.data.len() + left + right);
    for _ in 0..left {
        push_unit(me.kind, &mut out, fill);
    }
    out.extend_from_slice(me.data);
    for _ in 0..right {
        push_unit(me.kind, &mut out, fill);
    }
    make(vm, me.kind, &out)
}

fn center(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let (me, w, fill) = pad_args(vm, "center", args, kwnames)?;
    let total = w.saturating_sub(me.ulen);
    // CPython's rule: the extra space goes left when the width is odd.
    let left = total / 2 + (total & w & 1);
    pad(vm, args, &me, left, total - left, fill)
}

fn ljust(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let (me, w, fill) = pad_args(vm, "ljust", args, kwnames)?;
    pad(vm, args, &me, 0, w.saturating_sub(me.ulen), fill)
}

fn rjust(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let (me, w, fill) = pad_args(vm, "rjust", args, kwnames)?;
    pad(vm, args, &me, w.saturating_sub(me.ulen), 0, fill)
}

fn zfill(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "zfill", args, kwnames, 2, 2)?;
    receiver(vm, a)?;
    let w = vm.index_i64(a[1])?.max(0) as usize;
    let me = receiver(vm, a)?;
    let n = w.saturating_sub(me.ulen);
    let d = me.data;
    let mut out = Vec::with_capacity(d.len() + n);
    let signed = matches!(d.first(), Some(b'+' | b'-'));
    if signed {
        out.push(d[0]);
    }
    out.resize(out.len() + n, b'0');
    out.extend_from_slice(&d[signed as usize..]);
    make(vm, me.kind, &out)
}

fn partition_common(vm: &mut Vm, name: &str, args: &[Obj], kwnames: &[Obj], rev: bool) -> PyResult {
    let a = methods::args(vm, name, args, kwnames, 2, 2)?;
    let me = receiver(vm, a)?;
    let sep = arg_seq(vm, &me, a[1])?;
    if sep.data.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let d = me.data;
    let found = if rev {
        rfind_bytes(d, sep.data)
    } else {
        find_bytes(d, sep.data)
    };
    let (x, y, z) = match found {
        Some(p) => (&d[..p], &d[p..p + sep.data.len()], &d[p + sep.data.len()..]),
        None if rev => (&d[..0], &d[..0], d),
        None => (d, &d[..0], &d[..0]),
    };
    let t = vm.new_tuple(&[Obj::NONE, Obj::NONE, Obj::NONE])?;
    for (i, part) in [x, y, z].into_iter().enumerate() {
        let o = if i == 1 && found.is_some() && me.is_str() {
            native_value(a[1])
        } else {
            make(vm, me.kind, part)?
        };
        tuple::items_mut(t)[i] = o;
    }
    Ok(t)
}

fn partition(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    partition_common(vm, "partition", args, kwnames, false)
}

fn rpartition(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    partition_common(vm, "rpartition", args, kwnames, true)
}

/// A predicate true when the receiver is non-empty and every unit satisfies `f`.
fn all_units(
    vm: &mut Vm,
    name: &str,
    args: &[Obj],
    kwnames: &[Obj],
    f: fn(SeqKind, u32) -> bool,
) -> PyResult {
    let a = methods::args(vm, name, args, kwnames, 1, 1)?;
    let me = receiver(vm, a)?;
    Ok(Obj::from_bool(
        !me.data.is_empty() && me.units().all(|c| f(me.kind, c)),
    ))
}

fn isdigit(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    all_units(vm, "isdigit", args, kwnames, |k, c| {
        if k == SeqKind::Str {
            uni_isdigit(c)
        } else {
            (0x30..=0x39).contains(&c)
        }
    })
}

fn isalpha(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    all_units(vm, "isalpha", args, kwnames, |k, c| {
        if k == SeqKind::Str {
            uni_isalpha(c)
        } else {
            (c as u8).is_ascii_alphabetic()
        }
    })
}

fn isalnum(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    all_units(vm, "isalnum", args, kwnames, |k, c| {
        if k == SeqKind::Str {
            uni_isalpha(c) || uni_isnumeric(c)
        } else {
            (c as u8).is_ascii_alphanumeric()
        }
    })
}

fn isspace(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    all_units(vm, "isspace", args, kwnames, is_space)
}

/// isupper/islower: some cased unit and none of the `other` case.
fn case_pred(vm: &mut Vm, name: &str, args: &[Obj], kwnames: &[Obj], upper: bool) -> PyResult {
    let a = methods::args(vm, name, args, kwnames, 1, 1)?;
    let me = receiver(vm, a)?;
    let mut cased = false;
    for c in me.units() {
        let (same, other) = if upper {
            (
                is_upper(me.kind, c),
                is_lower(me.kind, c) || is_title(me.kind, c),
            )
        } else {
            (
                is_lower(me.kind, c),
                is_upper(me.kind, c) || is_title(me.kind, c),
            )
        };
        if other {
            return Ok(Obj::FALSE);
        }
        cased |= same;
    }
    Ok(Obj::from_bool(cased))
}

fn isupper(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    case_pred(vm, "isupper", args, kwnames, true)
}

fn islower(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    case_pred(vm, "islower", args, kwnames, false)
}

fn istitle(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "istitle", args, kwnames, 1, 1)?;
    let me = receiver(vm, a)?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in me.units() {
        if is_upper(me.kind, c) || is_title(me.kind, c) {
            if prev_cased {
                return Ok(Obj::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(me.kind, c) {
            if !prev_cased {
                return Ok(Obj::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Obj::from_bool(cased))
}

fn isascii(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "isascii", args, kwnames, 1, 1)?;
    let me = receiver(vm, a)?;
    Ok(Obj::from_bool(me.data.is_ascii()))
}

/// str-only predicates.
pub fn isdecimal(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    all_units(vm, "isdecimal", args, kwnames, |_, c| {
        decimal_value(c).is_some()
    })
}

pub fn isnumeric(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    all_units(vm, "isnumeric", args, kwnames, |_, c| uni_isnumeric(c))
}

pub fn isprintable(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "isprintable", args, kwnames, 1, 1)?;
    let me = receiver(vm, a)?;
    Ok(Obj::from_bool(me.units().all(uni_isprintable)))
}

pub fn isidentifier(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "isidentifier", args, kwnames, 1, 1)?;
    let me = receiver(vm, a)?;
    let mut u = me.units();
    let ok = match u.next() {
        Some(c) => is_ident_start(c) && u.all(is_ident_continue),
        None => false,
    };
    Ok(Obj::from_bool(ok))
}

fn expandtabs(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = methods::kwargs(vm, "expandtabs", args, kwnames, ["tabsize"])?;
    let a = methods::args(vm, "expandtabs", pos, &[], 1, 2)?;
    receiver(vm, a)?;
    let ts_o = if !kw[0].is_null() {
        Some(kw[0])
    } else {
        a.get(1).copied()
    };
    let ts = match ts_o {
        Some(o) => vm.index_i64(o)?,
        None => 8,
    };
    let me = receiver(vm, a)?;
    let mut out = Vec::with_capacity(me.data.len());
    let mut col: i64 = 0;
    for c in me.units() {
        match c {
            0x09 => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.resize(out.len() + n as usize, b' ');
                    col += n;
                }
            }
            0x0a | 0x0d => {
                out.push(c as u8);
                col = 0;
            }
            _ => {
                push_unit(me.kind, &mut out, c);
                col += 1;
            }
        }
    }
    make(vm, me.kind, &out)
}

fn remove_affix(vm: &mut Vm, name: &str, args: &[Obj], kwnames: &[Obj], suffix: bool) -> PyResult {
    let a = methods::args(vm, name, args, kwnames, 2, 2)?;
    let me = receiver(vm, a)?;
    let x = arg_seq(vm, &me, a[1])?;
    let d = me.data;
    let r = if !x.data.is_empty() && suffix && d.ends_with(x.data) {
        &d[..d.len() - x.data.len()]
    } else if !x.data.is_empty() && !suffix && d.starts_with(x.data) {
        &d[x.data.len()..]
    } else {
        if me.is_str() && args[0].type_of().kind == Kind::Str {
            return Ok(args[0]);
        }
        d
    };
    make(vm, me.kind, r)
}

fn removeprefix(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    remove_affix(vm, "removeprefix", args, kwnames, false)
}

fn removesuffix(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    remove_affix(vm, "removesuffix", args, kwnames, true)
}

/// Appends the bytes literal repr (`b'...'`) of `d`.
pub fn repr_bytes(d: &[u8], out: &mut String) {
    use core::fmt::Write;
    let q = if d.contains(&b'\'') && !d.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.push('b');
    out.push(q as char);
    for &b in d {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ if b == q => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7e => out.push(b as char),
            _ => {
                let _ = write!(out, "\\x{:02x}", b);
            }
        }
    }
    out.push(q as char);
}
